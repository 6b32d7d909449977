"""Word lists the relation rules share: particles, titles and ranks, armed nouns, limits of an apposition."""

from __future__ import annotations

import re

from marsad.events.constructions import COMMAS as COMMAS  # re-exported: «،» and «,»
from marsad.events.lexicon import strip_article
from marsad.relations.slots import GROUPS as GROUPS  # re-exported: the list is defined beside the slots
from marsad.relations.slots import norm_words
from marsad.text.normalize import normalize

PRONOUN_ENDS = norm_words("له لها لهم عنه عنها منه منها معه معها عليه عليها عليهم به بها بهم")
HE_IS = norm_words("هو وهو هي وهي")
"""«، وهو نجل الرئيس»: an apposition about the sentence's person."""
INSERTS = norm_words("سابقا أيضا كذلك هو هي هم الآخر الأخرى بدوره بدورها")
"""Words a writer puts between a cue and its ل: «الموالية سابقا لـ», «الموالي هو الآخر لـ»."""
BETWEEN = normalize("بين")
SIDE = normalize("جانب")
WITH = normalize("مع")
FROM = normalize("من")
AGAINST = normalize("ضد")
KIN_PLURALS = frozenset(strip_article(w) for w in norm_words("أبناء إخوان إخوة أشقاء أقارب"))
"""Kin nouns that stand for no one relative when no name follows («يوسف وإخوانه»)."""
ARMED = norm_words(
    "قوات جيش ميليشيا ميليشيات مليشيا مليشيات كتيبة كتائب لواء ألوية فصائل فصيل مقاتلين مقاتلي مقاتلو "
    "مسلحين مسلحو الحرس سرايا المقاومة الجيش"
)
"""Heads of armed recipients: support by a bare cue («المدعومة من», «دعم») to them is military."""
GENERIC_FORCES = norm_words("قوات القوات عناصر العناصر مقاتلين المقاتلين مسلحين المسلحين ميليشيات الميليشيات")
"""Plural nouns of armed men that, unnamed, describe a side rather than name a member of it."""
UN_NISBA = norm_words("الأممي الأممية الدولي")
SEAT_NOUNS = norm_words("مقر مقره مقرها مقرهم مقرا")
"""«ومقرها طرابلس»: the place after a seat noun is where a body sits."""
ENVOYS = norm_words("مبعوث المبعوث سفير السفير القائم")
"""Titles whose nationality adjective names the state they serve: «المبعوث الأمريكي», «السفير الروسي», «القائم
بالأعمال الأمريكي» (a minister or a head of state with a nisba is a title only: «وزير الخارجية السعودي»)."""
OFFICIALS = norm_words("المسؤولين القياديين القادة القيادي قيادي")
"""Titles whose adjective may name the group the official belongs to: «أحد المسؤولين الحوثيين», «القيادي
الحوثي» (member_of «الحوثيين»), unlike a state's nationality adjective («أحد المسؤولين الأمريكيين»: a title)."""
AS = norm_words("بصفته بصفتها بوصفه بوصفها باعتباره باعتبارها الذي التي يعتبر تعتبر يعد تعد")
"""«X، بصفته رئيس Y»: an apposition in the capacity of a title; «هادي العامري الذي يعتبر أحد أبرز قادة …»: a
relative verb of deeming before the title (any other verb between still keeps the title from the name)."""
SIDES = norm_words("خصوم حلفاء منتسبين المنتسبين")
"""Plural sides that are an actor themselves when no one stands before them («خصوم التيار»)."""
RULED = norm_words("حكومة إدارة نظام")
"""Bodies named by their head's title after them: «حكومة رئيس الوزراء حيدر العبادي»."""
DIRECTIONS = norm_words("وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي")
"""«وسط اليمن», «شرقي ليبيا»: a place named as a location, never the subject of a clause."""
MEMBER_GROUPS = norm_words("قيادات قياديون قياديين أعضاء مسؤولون مسؤولين نواب ضباط ضباطا")
"""Plural nouns that name members of a body without names («قيادات في حركة حماس», «نواب أحزاب المعارضة»);
with the article they are a body's own name or one of its parts («مجلس النواب», «الأعضاء»), no title."""
RANKS = norm_words("العميد العقيد اللواء الفريق المشير ركن المستشار الشيخ الدكتور النائب المهندس السفير الأمير")
"""Ranks and honorifics before a name: «العميد ركن أحمد عسيري», «النائب أحمد الأسدي»."""
OFFICE_WORDS = norm_words("ولي وزير نائب مستشار سفير")
"""Words of another title between a person and a title: «محمد بن نايف ولي العهد نائب رئيس …»."""
APPOSITION_WORDS = 8
SUBJECT_WORDS = 8
"""At most this many words of a gap's subject before an apposition."""
"""At most this many words between the two commas of an apposition («، أبرز حلفاء حزب الله،»)."""
LAM_SALIH = normalize("لصالح")
"""«لصالح»: the preposition (for the benefit of), or ل + the name صالح (Ali Abdullah Saleh, Aguila Saleh)."""
BY_NAME = normalize("باسم")
NAME = normalize("اسم")
"""«المتحدث باسمه»: with a pronoun the tokenizer splits the ب, and the cue's word is «اسم»."""
"""«المتحدث باسم»: the title of a spokesman."""
"""Nisba adjectives of organisations («المبعوث الأممي» = the UN's envoy)."""
PROVIDES = norm_words("تقدمه يقدمه تقدمها يقدمها قدمته قدمه قدمها توفره يوفره توفرها يوفرها وفرته وفرها")
"""«الدعم الذي تقدمه الولايات المتحدة لقوات التحالف»: a verb of giving in a relative clause between an
aid noun and its giver; the recipient follows with ل."""
DEMONSTRATIVES = norm_words("هذا هذه ذلك تلك هؤلاء أولئك")
"""«لمساندة تلك القوات»: a demonstrative before the object of a cue."""
ONE_OF = norm_words("أحد إحدى")
"""«أحد قيادات الحراك الجنوبي»: one of a body's members."""
WITH_PRONOUN_ONLY = norm_words("معارضة رعاية")
"""Cue nouns that are cues only with a possessive pronoun: «معارضته الشديدة للحكومة» (its opposition to),
while «المعارضة», «أحزاب معارضة» name a side; «رعايتها للميليشيات» (its patronage of), while «برعاية الأمم
المتحدة» is «under the auspices of»."""
KANA = norm_words("كان كانت وكان وكانت")
"""«كان والده قاضيا»: the word after the kin noun is a predicate, no name."""
OFFICES_HELD = frozenset(strip_article(w) for w in norm_words("رئاسة منصب مهام عضوية حقيبة"))
"""Offices and posts one holds or gives up («تخلى عن رئاسة الحزب»): no side of a relation."""
LIGHT_VERBS = norm_words("أجرى أجرت يجري تجري أجروا عقد عقدت يعقد تعقد عقدوا يعقدون سيعقد ستعقد سيجري ستجري")
"""Verbs that hold a meeting or talks whose noun is the cue («أجرى وفد … مشاورات مع», «عقد بوريطة
اجتماعا مع», «عقدت الحكومة لقاء مع»): in a verb-first clause their subject is the side that meets."""
WITH_WORDS = 8
"""How far «مع» may follow a meeting noun: past a time and a place («مشاورات السبت في أربيل مع»,
«لقاء، اليوم الاثنين، بقصر قرطاج مع»)."""
NOT_PARTNERS = frozenset(strip_article(w) for w in norm_words("العلاقات علاقات التعاون الشراكة الحدود"))
"""Nouns between a meeting noun and «مع» that take the «مع» themselves: «اجتماعا لبحث العلاقات مع
تركيا» is a meeting about relations with Turkey, not with Turkey."""
STOPS = frozenset('.؟?!:"«»')
"""Marks that end a clause: a meeting noun's «مع» or its holding verb is not looked for past them."""
AGENT_MASDARS = frozenset(
    strip_article(w) for w in norm_words("شن قيام تدخل إرسال مشاركة انخراط سعي محاولة استمرار مواصلة")
)
"""Verbal nouns of action whose genitive after a preposition is their agent, not a frame («إلى شن
الولايات المتحدة غارات», «بعد قيام الحكومة بـ», «رغم مواصلة إيران دعمها»), unlike «على مستوى مجلس الأمن»
or «في إطار التحالف»."""
ATTACK_NOUNS = norm_words("هجوما هجوم")
"""«شن … هجوما على»: an oppose cue only between political sides (a verbal attack), not armed ones."""
ORDERED = ("أمر", "يأمر", "تأمر")
"""The verb «أمر» (ordered), written with hamza on the alif: never the title «آمر» (commander), whose key it shares."""
DESPITE = norm_words("رغم الرغم")
"""«على الرغم من», «بالرغم من»: a «من» that ends no cue's gap («بدعم … من»)."""
STRUCK_ACTS = norm_words("هجوم هجوما هجمات ضربة ضربات غارة غارات قصف مباراة")
"""Acts «ضد» may follow: «هجمات ضد قوات النظام», «بضربة صاروخية ضد الأسد», «المباراة ضد بنما» name whom an
armed act (an event) or a match is aimed at, not a side's stance (unlike «حملة ضد», «الحرب ضد», «التحالف ضد»)."""
STANCE_VERBS = norm_words("تدعم يدعم دعمت دعم تؤيد يؤيد أيدت أيد تساند يساند ساندت توعد يتوعد تتوعد هدد يهدد تهدد")
"""Backing or threatening an act is a stance: «إنها تدعم الغارات ضد حزب العمال», «توعد ترامب بشن ضربات ضد
دمشق» set the backer or the threatener against whom the act hits."""
THEY = norm_words("هم وهم")
"""«وهم حلفاء لإيران»: a plural pronoun subject before a side noun («حلفاء», «خصوم»)."""
THAT_HE = norm_words("أنه إنه بأنه لأنه وأنه")
"""«كما أنه حليف وثيق لحزب الله»: «أنّ» with the pronoun of the person the sentence is about, before a cue
describing him (not «أنها»: a country, a party or a group, too often not the nearest one)."""
WHERE = norm_words("حيث")
"""«يزور … موسكو، حيث سيلتقي بوتين»: a clause of place that continues the visitor's clause."""
HOLDER_TITLES = frozenset(
    strip_article(w) for w in norm_words("الرئيس المخلوع الملك الأمير الزعيم العاهل المرشد المشير")
)
"""Titles that introduce a person's name after them and, alone, stand for him: «للمخلوع علي صالح», «فلول
الرئيس المخلوع علي عبد الله صالح» («المخلوع», the deposed: Yemeni and Egyptian usage for Saleh and Mubarak)."""
REMNANTS = norm_words("فلول")
"""«فلول صالح»: a fallen leader's remaining forces, loyal to him; «فلول داعش» are the group itself."""
BODY_HEADS = norm_words("البرلمان المعارضة المجلس الجيش البعثة الوزارة")
"""Bodies named by a common noun that a title governs before its holder's name: «رئيس البرلمان عقيلة صالح»,
«زعيم المعارضة المسلحة ريك مشار» (the recogniser may tag the noun and the name as one person)."""
MINISTRIES = norm_words("الخارجية الداخلية الدفاع")
"""Ministries named by their short definite form after a spokesman's title («الناطق باسم الخارجية الإيرانية»)."""
ONE_MEMBER = norm_words("مسؤول مسؤولا عميد ضابط")
"""An official or an officer «في» a body, unnamed: the title itself is the member («مسؤول في جهاز الاستخبارات»)."""
BRANCH = norm_words("فرع")
"""«جبهة النصرة، فرع القاعدة في سوريا»: the group before the title is a member of the body after it."""
SOURCE_NOUNS = norm_words("مصدر مصادر")
"""«مصدر مسؤول في التحالف», «مصادر مسؤولة في …»: the unnamed source is the member, «مسؤول» its adjective."""
UNNAMED_HEADS = norm_words("زعيم الزعيم")
"""Leaders' titles that stand for their holder when no name follows («وأضاف زعيم التيار الصدري أن», «زعيم
الحوثيين»): the title noun is the leader. Not «رئيس» or «قائد», which name an office as often as a person
(«رئيس الوزراء», «قائد العملية»)."""
MEMBERS_IN = norm_words(
    "قائد قائدا قادة قيادي قياديا قيادية عنصر عنصرا عناصر ممثل ممثلا ممثلين ممثلون "
    "مقاتلون مقاتلين متشددون متشددين مسلحون مسلحين فصائل فصيلا جماعات مجموعات"
)
"""Commanders, cadres, members and representatives «في/عن» a body, unnamed: «أفاد قائد في التحالف الإقليمي»,
«قيادي في حزب الله», «ممثلين عن المعارضة», fighters and factions «من» a body («متشددون من تنظيم داعش», «فصيلا من
الجيش الحر») — the title is the member; only for the member_of cues, since «قائد»
before a body with no «في» is its head («قائد الجيش»)."""
DUAL_VERB = re.compile(r"[وف]?(?:س)?[تي][\u0621-\u064a]{2,6}ان")
"""A verb in the dual before a meeting noun («تعقدان محادثات», «يجريان مباحثات»): its subject is the pair
named before it."""
WAR = frozenset(strip_article(w) for w in norm_words("حرب حربا"))
"""«حرب أهلية بين القوات الحكومية والمعارضة»: a war noun states opposition only with «بين» after it."""
ALI = "علي"
"""The first name «علي» as written (with ya): its key is that of the preposition «على» (alif maqsura)."""
THAT = normalize("أن")
"""«نفت الجزائر أن تكون قد قدمت دعما …»: a complement clause whose verb has no subject of its own."""
WEAPONS = frozenset(
    strip_article(normalize(w))
    for w in "أسلحة سلاح صواريخ صاروخ ذخائر ذخيرة عتاد طائرات مسيرة مسيرات دبابات مدرعات مدافع قذائف".split()
)
"""What a supply cue («تزويد», «زود») must name to be military support: «بصواريخ باليستية», «بالأسلحة»."""
SUPPLY = normalize("زود")
"""The root of the supply cues («تزويد», «زودت», «يزود»): support only with a weapon among the next words."""
OTHER = norm_words("أخرى اخرى آخرون آخرين")
"""«قبائل أخرى موالية للشرعية»: «other» between a group noun and the cue describing it."""
ESPECIALLY = norm_words("لاسيما سيما خصوصا خاصة")
"""«حلفاء حزب الله، لاسيما نبيه بري»: the word that singles one member out of a plural side."""
ESPECIALLY_BARE = normalize("خاصة")
"""«خاصة» singles out only with و («وخاصة», «وبخاصة»); alone it is mostly the adjective («قوات خاصة»)."""
