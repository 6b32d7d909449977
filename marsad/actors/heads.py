"""Word lists of the within-document rules (:mod:`marsad.actors.within`): heads, frequent names,
titles' kinds, and the thresholds that go with them. Every list holds normalised forms
(:func:`marsad.text.normalize.normalize`), so أ/ا and ة/ه variants need not be listed.
"""

from __future__ import annotations

import re

from marsad.actors.names import MILITIA_SPELLINGS, key_of_words, name_key
from marsad.text.normalize import normalize

ORG_WORD = re.compile(r"[\u0621-\u064a]{2,}")
ANAPHORIC_HEADS = frozenset(
    name_key(w)[0]
    for w in "التحالف المقاومة الجيش الحكومة المعارضة الحركة الجبهة التنظيم الجماعة الحزب المجلس الوزارة".split()
)
"""Definite heads that, alone, name again the one organisation of the document they head («التحالف» for
«التحالف العربي», «المقاومة» for «المقاومة الشعبية»)."""
DISTINCT_SINGLE = frozenset(
    key_of_words([w])[0]
    for w in (
        "داعش الاخوان حماس الحوثيين الحوثيون الحوثي تويتر فيسبوك السيسي اوباما اردوغان القذافي ترامب رويترز "
        "البغدادي بوتين روحاني خامنيي طالبان الناتو نتنياهو حفتر السراج بوتفليقه البيشمركه"
    ).split()
)
"""Curated one-word names that are frequent words yet nearly always mean the actor in news; other
one-word curated names are looked for in the text only when rarer than Zipf 4.0 and not listed in
:data:`AMBIGUOUS_SINGLE` (فتح is "opening", الكرامة "dignity", هادي "calm")."""

AMBIGUOUS_SINGLE = frozenset(
    key_of_words([w])[0]
    for w in "سبا قنا وات واج واس وام وال ظريف ليون بري عباس هادي فتح الكرامه الشرعيه التحالف الوفاق عقيله".split()
)

PAREN = re.compile(r"\s*[(\[]\s*([^()\[\]\n]{2,40}?)\s*[)\]]")
MAX_SURNAME_ZIPF = 4.5
MAX_COMMON_SURNAME_ZIPF = 5.5
"""A document's surname at or above :data:`MAX_SURNAME_ZIPF` but below this («الصدر» 4.7, «سلامة» 4.7)
is looked for alone only where a name stands (``within._Merger._name_slot``); above it the word is too
much a word of the language («محمد», «عبد»)."""
ORG_NAME_HEADS = frozenset(
    normalize(w)
    for w in (
        "حركة حزب تيار ائتلاف تجمع جبهة جماعة تنظيم كتيبة كتائب لواء سرايا جيش شرطة حكومة سلطات دولة وزارة مجلس "
        "برلمان رئاسة محكمة هيئة لجنة منظمة اتحاد جمعية نقابة رابطة مؤسسة شركة مصرف بنك وكالة قناة صحيفة "
        "جريدة تلفزيون إذاعة جامعة بعثة"
    ).split()
)
"""Head nouns that begin an organisation's name («وزارة الخارجية الروسية», «مجلس الدفاع الوطني»); the
generic heads («قوات», «أمن», «مركز», «موقع») are left out: they mostly begin descriptions."""
NISBA_HEADS = frozenset(normalize(w) for w in "خارجية داخلية قبائل عشائر استخبارات مخابرات".split())
"""Definite heads that name a country's body only with its nationality adjective right after them
(«الخارجية المغربية» for the ministry, «القبائل اليمنية», «المخابرات الفلسطينية»), maybe across one definite
adjective; alone or with another adjective they describe («القبائل المسلحة»). «القوات» + nationality
(«القوات السودانية») is left out for now: the events and relations stages read that phrase themselves from
the head «القوات» (``relations/adjectival.py`` looks for the forces' candidate before their adjective)."""
OFFICE_NOUNS = frozenset(
    normalize(w) for w in "عضو القيادي قائد زعيم مدير مستشار سفير وزير محافظ أمين نائب رئيس".split()
)
"""Nouns of an office that, after a comma or right after a person's name, describe it in apposition
(«خليل الحية عضو المكتب السياسي لحركة حماس»), besides the political, military and role titles of
``data/titles.tsv`` («علي الحسيني، الأمين العام لـ…»)."""
APPOSED_TITLE_TYPES = frozenset(("political", "military", "role"))
ROLE_TYPES = frozenset(("political", "royal", "military"))
"""Kinds of titles that, alone, name again the person they introduced (see ``role_nominals``)."""
NOT_ARTICLE = frozenset(
    normalize(w) for w in "إلى الى الذي التي الذين اللذين اللتين اللاتي اللواتي إلا الا الآن الان".split()
)
"""Words that begin with «ال» but carry no article."""
NOT_MODIFIERS = frozenset(normalize(w) for w in "في التي الذي الذين على حتى إلى لدى اليوم الآن".split())
"""Words after a head that look like its adjective (definite, or ending in «ي») but are prepositions,
relative pronouns or adverbs: «المقاومة التي سيطرت», «والمقاومة في زنجبار» keep the head alone."""
SPEECH_WORDS = frozenset(
    normalize(w)
    for w in (
        "قال قالت يقول أكد وأكد أضاف اعترف اعتبر ادعى زعم أعلن برر هدد دعا طالب توعد تعهد أقر وصف اتهم "
        "خطاب كلمة تصريح تصريحات حديث"
    ).split()
)
"""Speech verbs (the speaker follows: «وقال الحوثي») and speech nouns (the speaker is their genitive:
«خطاب الحوثي»): a family name that also names a movement is there the person who speaks."""
ARM_HEADS = frozenset(normalize(w) for w in "طيران مقاتلات طائرات قوات".split())
"""Heads that, before an organisation, name its arm and so the organisation itself («طيران التحالف»)."""
MILITIA_HEADS = frozenset(form for w in (*MILITIA_SPELLINGS, *MILITIA_SPELLINGS.values()) for form in (w, "ال" + w))
"""Heads that, before a group's adjective, name the group («الميليشيات الحوثية»), in every spelling
of :data:`~marsad.actors.names.MILITIA_SPELLINGS` («الميلشيات الحوثية»)."""
TIME_WORDS = frozenset(
    normalize(w) for w in "اليوم أمس الليلة الآن السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة".split()
)
"""Day words that end an organisation's name: «وزارة الخارجية الروسية اليوم السبت» is the ministry."""
SLOT_TIME_WORDS = TIME_WORDS | frozenset(normalize(w) for w in "الأسبوع الشهر العام الماضي الماضية".split())
"""Definite time words that may follow a name standing alone («أعلنه الصدر الأسبوع الماضي»)."""
ORG_RARE_ZIPF = 3.5
PRESENT_ORG_ZIPF = 4.5
"""A one-word short name of an organisation named in full in the document is looked for below this
frequency («النصرة» 4.2 after «جبهة النصرة»; not «القاعدة» 5.0, mostly "the base")."""
ORG_MAX_WORDS = 5
MEDIA_HEADS = frozenset(normalize(w) for w in "قناة صحيفة جريدة وكالة موقع إذاعة مجلة شبكة تلفزيون".split())
"""Heads before a media outlet's name in quotes: «وفقاً لقناة "العربية"», «ذكرت صحيفة "الوطن"»."""
QUOTES_OPEN = frozenset("\"“”«'")
QUOTES_CLOSE = frozenset("\"“”»'")
MAX_QUOTED_WORDS = 4
POLITICAL_HEADS = frozenset(normalize(w) for w in "تحالف ائتلاف حزب حركة تيار جبهة جماعة تنظيم".split())
"""Heads of parties, movements and fronts, shared by :data:`QUOTED_BODY_HEADS` and :data:`COORDINATED_HEADS`."""
QUOTED_BODY_HEADS = POLITICAL_HEADS | frozenset(normalize(w) for w in "كتلة قائمة".split())
"""Heads of political bodies whose name the press puts in quotes after them («تحالف "سائرون"»)."""
ELECTORAL_HEADS = frozenset(normalize(w) for w in "تحالف ائتلاف كتلة قائمة حزب تيار".split())
"""Of those, the heads of parties and electoral lists: the quoted body is a party («كتلة "الفتح"»)."""
COORDINATED_HEADS = POLITICAL_HEADS | frozenset(normalize(w) for w in "قوات كتائب حكومة".split())
"""Heads of political and armed bodies: glued to «و» inside an organisation's mention they open a second
body («تيار المستقبل والحزب التقدمي»). Heads that also end compound names are left out
(«الهيئة العامة للإذاعة والتلفزيون», «وزارة الشؤون البلدية والإدارة المحلية»)."""
