"""Trigger words used in a sense that names no event of the story (called from
:func:`marsad.events.detect_clauses.untold` through :func:`other_sense`).

Found by the second precision audit on fresh text (30 articles no dev set references, every prediction
judged by reading); each test is a construction of Arabic news at large, not of one article:

* «ترى في هذه المليشيا تهديدا لأمنها», «يشكل تهديدا لجميع دول العالم», «يهدد الأمن والاستقرار»,
  «يتعرض الاتفاق لتهديد»: a danger judged or a stake endangered, no threat uttered by one side to another;
* «دعم وتطوير علاقاتنا», «دعم السياحة الداخلية», «مما يدعم الأمن»: support of relations or a sector, no
  political support of a party;
* «أوقفت الشركة رحلاتها», «إيقاف البث»: a service stopped, no arrest;
* «تمديد مدة التوقيف الاحترازي», «رهن الحبس الاحتياطي», «عقوبات بالسجن تصل إلى المؤبد», «يستهدف مشروع
  القانون مرتكبي …»: a period or state of custody, a scale of penalties, what a law aims at;
* «يضربهم في الصميم», «غضب عارم يجتاح الهند»: idioms and feelings that strike or sweep no one;
* «وصل إلى السلطة بانقلاب», «وصل عدد القتلى إلى»: a rank or a figure reached, no visit;
* «اتفاقية تعاون مع صندوق»: the name of an agreement, no cooperation of its own (the agreement is the event);
* «على نحو يتفق وأفكارهم», «بما يتفق مع»: accords with, no agreement;
* «يعتقل بشبهة التخطيط لهجوم»: the content of a charge (as «بتهمة الاعتداء»), no attack told;
* «بعد إدانته بالسرقة», «إدانتها بقتل المدرسة»: a court's conviction (COERCE), no condemnation (ACCUSE);
* «انسحاب الشركات الأجنبية»: companies leave a market; «زيارة المسجد الأقصى»: a visit to a shrine;
* «بهدف طرد المسلحين»: a verb entry read on the masdar after «بهدف/بغية» names an aim;
* «لن يتراجع أبدا»: a vow not to yield; «لم يقتل أو يجرح أي جندي»: a toll denied;
* «يمكن أن يعتبر إشادة بالإرهاب»: the name of an offence; «تنصت على الاتصالات الهاتفية»: calls listened to;
* «الرغبة القوية في السيطرة على المنطقة»: a desire; «توقعات تركيا بسيطرة قواتها»: an expectation;
* «الهجوم على الاتفاق»: words against an agreement or a law; «ليست اتفاقية»: a text denied to be one.

Each was checked on the whole development part (no right mention lost) and on 250 unlabeled articles.
"""

from __future__ import annotations

from marsad.events.constructions import FROM_WORD, ON, TO_WORDS
from marsad.events.detect_names import PENALTY_NOUNS
from marsad.events.lexicon import Trigger, strip_article, word_keys
from marsad.model import Token
from marsad.text.normalize import normalize


def bare(token: Token) -> str:
    """The token's stem without the article («بالسجن» → سجن, «رحلاتها» → رحلات)."""
    return strip_article(token.stem)


THREAT_NOUNS = word_keys("تهديد تهديدا تهديدات تهديدًا")
JUDGING = word_keys("يشكل تشكل شكل شكلت يمثل تمثل مثل مثلت يعد تعد يعتبر تعتبر اعتبر اعتبرت ترى يرى رأى رأت نرى")
"""Verbs that judge something a danger («يشكل تهديدا», «ترى في المليشيا تهديدا»)."""
JUDGING_SPAN = 6
STOPS = frozenset(".؛:!؟?،,")
STAKE_SPAN = 3
STAKES = word_keys(
    "أمن الأمن استقرار الاستقرار سلم السلم سلام السلام سلامة حياة حياته حياتهم مستقبل وحدة مصالح مصير بقاء وجود "
    "اقتصاد الاقتصاد"
)
"""What a danger endangers («يهدد الأمن والاستقرار», «يهدد حياة المدنيين»): no threat made to a party."""
EXPOSED = word_keys("يتعرض تتعرض تعرض تعرضت يواجه تواجه")
THINGS = word_keys(
    "الاتفاق اتفاق الاتفاقية اتفاقية القرار قرار القانون قانون الدستور المبادرة الخطة خطة السياسة سياسة "
    "العملية المفاوضات المحادثات الحوار الهدنة"
)
"""Abstract things a danger may face («يتعرض الاتفاق لتهديد»); also the law words a target verb may have
for subject («يستهدف القرار …»)."""


def danger_judged(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """«يشكل تهديدا لجميع الدول», «ترى فيه تهديدا لأمنها», «يهدد الأمن», «يتعرض الاتفاق لتهديد»."""
    if entry.plover_type != "THREATEN":
        return False
    if entry.pos != "noun":
        # «يهدد الأمن», «يهدد هذا التنظيم الأمن والاستقرار» (not «هدد بضرب …»: a threat's content)
        for j in range(last + 1, min(len(keys), last + 1 + STAKE_SPAN)):
            if keys[j] in STAKES:
                return True
            if "ب" in tokens[j].prefix or tokens[j].text in STOPS:
                return False
        return False
    if keys[i] not in THREAT_NOUNS:
        return False
    predicate = tokens[i].norm.endswith("ا")  # «تهديدا»: the accusative a judging verb governs
    for j in range(i - 1, max(-1, i - 1 - JUDGING_SPAN), -1):
        if tokens[j].text in STOPS:
            return False
        if keys[j] in JUDGING and (predicate or j == i - 1):
            return True
        if keys[j] in EXPOSED and j + 1 < i and keys[j + 1] in THINGS:
            return True
    return False


SECTORS = word_keys(
    "علاقات علاقة العلاقات السياحة سياحة الاقتصاد اقتصاد التنمية تنمية الاستثمار استثمار الاستثمارات الصناعة "
    "الصناعات التعليم الصحة البحث الأمن الاستقرار القطاع قطاع الأسعار أسعار المنتج المنتجات الإنتاج الصادرات "
    "الشباب المرأة الأسر الأسرة الرياضة الثقافة الفن الابتكار"
)
"""Relations and sectors a government or a programme supports («دعم السياحة», «يدعم الأمن الاستراتيجي»)."""
BUILDING = word_keys("تطوير تعزيز تنمية تحسين")


def sector_support(entry: Trigger, tokens: list[Token], keys: list[str], last: int) -> bool:
    """«دعم السياحة الداخلية», «دعم وتطوير علاقاتنا», «مما يدعم الأمن الاستراتيجي»: support of a sector."""
    if entry.plover_type != "SUPPORT" or last + 1 >= len(keys):
        return False
    j = last + 1
    if keys[j] in BUILDING and "و" in tokens[j].prefix and j + 1 < len(keys):
        j += 1
    return bare(tokens[j]) in SECTORS or keys[j] in SECTORS


SERVICES = word_keys(
    "رحلات رحلة الرحلات الطيران البث الإنتاج إنتاج الدراسة الخدمة الخدمات خدمات التعامل تعاملات التصدير "
    "تصدير الاستيراد استيراد الضخ ضخ صرف البيع بيع التداول الملاحة حركة الحركة العمل نشاط النشاط المشروع "
    "المشاريع التمويل تمويل المساعدات مساعدات الدعم"
)
"""What a company or an authority stops («أوقفت الشركة رحلاتها», «إيقاف البث»): no one is arrested."""


def service_stopped(entry: Trigger, tokens: list[Token], keys: list[str], last: int) -> bool:
    """An arrest verb or noun whose object is a service or an activity («أوقفت رحلاتها»)."""
    if entry.plover_type != "COERCE" or entry.plover_mode != "arrest" or last + 1 >= len(keys):
        return False
    nxt = tokens[last + 1]
    return bare(nxt) in SERVICES or keys[last + 1] in SERVICES


PERIOD = word_keys("مدة مدد فترة فترات أمد رهن")
"""«تمديد مدة التوقيف», «رهن الحبس الاحتياطي»: the length or the state of custody, no arrest told."""
SCALE = word_keys("تصل يصل تتراوح يتراوح مالية سالبة مشددة مخففة")
SCALE_STEMS = word_keys("سجن حبس إعدام اعدام غرامة مؤبد")
TARGET_VERBS = word_keys("يستهدف تستهدف استهدف استهدفت")


def legal_text(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """The period or state of custody, a scale of penalties, what a law aims at: no event told."""
    kind = entry.plover_type
    if kind == "COERCE" and entry.pos == "noun" and i > 0 and keys[i - 1] in PERIOD:
        return True
    if kind == "SANCTION" and keys[i] in PENALTY_NOUNS and last + 1 < len(keys):
        nxt = tokens[last + 1]
        return keys[last + 1] in SCALE or ("ب" in nxt.prefix and bare(nxt) in SCALE_STEMS)
    if kind == "ASSAULT" and keys[i] in TARGET_VERBS and last + 1 < len(keys):
        return keys[last + 1] in THINGS or keys[last + 1] in LAW_TEXTS or keys[last + 1] in ACTS
    return False


LAW_TEXTS = word_keys("مشروع مشاريع تعديل التعديلات مرسوم المرسوم اللائحة لائحة النظام التشريع تشريع البرنامج برنامج")
ACTS = word_keys("الأعمال الأفعال الجرائم المخالفات الممارسات السلوكيات الظواهر التصرفات")
"""Classes of acts a law or a plan aims at («كما يستهدف الأعمال التي تمس بسير المرفق العام»)."""
CORE = word_keys("الصميم صميم")
IDIOM_SPAN = 3
FEELINGS = word_keys(
    "غضب الغضب حزن الحزن فرحة الفرحة فرح قلق القلق ذعر الذعر هلع الهلع خوف الخوف حماس الحماس حمى الحمى "
    "شعور الشعور مشاعر موجة حالة سخط السخط استياء الاستياء"
)
"""Feelings that sweep a country («غضب عارم يجتاح الهند», «اجتاحت حالة من الذعر المدينة»)."""
SWEEP_VERBS = word_keys("اجتاح اجتاحت يجتاح تجتاح")
FEELING_SPAN = 2


def idiom(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """«يضربهم في الصميم»; a feeling that sweeps a country: no attack."""
    if entry.plover_type != "ASSAULT" or entry.pos == "noun":
        return False
    if any(k in CORE for k in keys[last + 1 : last + 1 + IDIOM_SPAN]):
        return True
    if keys[i] not in SWEEP_VERBS:
        return False
    around = keys[max(0, i - FEELING_SPAN) : i] + keys[last + 1 : last + 2]
    return any(k in FEELINGS for k in around)


RANKS = word_keys(
    "السلطة سلطة الحكم حكم سدة الرئاسة رئاسة طريق مرحلة المرحلة مستوى مستويات حد الحد نهائي النهائي الدور المربع "
    "قناعة ذروة الذروة ذروته ذروتها نسبة نتيجة نتائج مراحل درجة الدرجة المركز مرتبة مشارف أطراف تخوم"
)
"""What one reaches that is no host to visit («وصل إلى السلطة بانقلاب», «وصلت المفاوضات إلى طريق مسدود»,
«ثم الوصول إلى مشارف العاصمة ومحاصرتها»: an advance)."""
FIGURES = word_keys("عدد حصيلة نسبة حجم قيمة سعر أسعار مجموع إجمالي معدل")
"""A figure that reaches a number («وصل عدد القتلى إلى»)."""
REACH = word_keys("وصل وصلت يصل تصل وصول وصوله وصولها وصولهم")


def rank_reached(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """«وصل إلى السلطة», «وصل عدد القتلى إلى»: a rank or a figure reached, no visit."""
    if entry.plover_type != "CONSULT" or keys[i] not in REACH or last + 1 >= len(keys):
        return False
    j = last + 1
    if keys[j] in FIGURES:
        return True
    if keys[j] in TO_WORDS and j + 1 < len(keys):
        j += 1
    return keys[j] in RANKS


AGREEMENT_HEADS = word_keys("اتفاقية اتفاقيات اتفاق اتفاقات مذكرة مذكرات بروتوكول برنامج برامج")
COOPERATION = word_keys("تعاون التعاون")


def agreement_name(entry: Trigger, keys: list[str], i: int) -> bool:
    """«وقعت الجامعة اتفاقية تعاون»: the name of the agreement signed, no cooperation of its own."""
    return entry.plover_type == "COOPERATE" and keys[i] in COOPERATION and i > 0 and keys[i - 1] in AGREEMENT_HEADS


ACCORD_VERBS = word_keys("يتفق تتفق")
MANNER = word_keys("نحو بما ما بشكل وبما")


def accords(entry: Trigger, tokens: list[Token], keys: list[str], i: int) -> bool:
    """«على نحو يتفق وأفكارهم», «بما يتفق مع القانون»: accords with, no agreement reached."""
    if entry.plover_type != "AGREE" or keys[i] not in ACCORD_VERBS:
        return False
    return (i > 0 and (keys[i - 1] in MANNER or tokens[i - 1].core in MANNER)) or (
        i + 1 < len(tokens) and tokens[i + 1].prefix.startswith("و") and tokens[i + 1].core[:1].isalpha()
    )


CHARGES = word_keys("تهمة تهم شبهة الاشتباه اشتباه شبهات")
CHARGE_LINKS = word_keys("التخطيط تخطيط محاولة تنفيذ ارتكاب التورط الضلوع المشاركة الإعداد التحضير في")
CHARGE_SPAN = 3


def charge_content(entry: Trigger, keys: list[str], i: int) -> bool:
    """«يعتقل بشبهة التخطيط لهجوم»: an attack in the content of a charge, past the words that plan it."""
    if entry.plover_type != "ASSAULT" or entry.pos != "noun":
        return False
    for j in range(i - 1, max(-1, i - 1 - CHARGE_SPAN), -1):
        if keys[j] in CHARGES:
            return True
        if keys[j] not in CHARGE_LINKS:
            return False
    return False


CONVICTION_STEM = word_keys("إدانة إدانته إدانتها إدانتهم إدانتهما إدانتي")
STRESS = word_keys("شدة أشد قوة شكل كل عبارات العبارات")
CRIMES = word_keys(
    "قتل سرقة اغتصاب جريمة جرائم ارتكاب تهريب تورط ضلوع انتماء تزوير فساد اختلاس رشوة إرهاب تهمة تهم التهم "
    "الاعتداء اعتداء التحرش تحرش الاتجار الخيانة التجسس"
)
"""What a court convicts of («إدانة زعيم روحي باغتصاب فتاة»)."""
CONVICTED_SPAN = 4


def conviction(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """«بعد إدانته بالسرقة», «إدانة زعيم روحي باغتصاب»: a court's conviction for a crime read as a
    condemnation (not «إدانتها بشدة», «إدانته بأشد العبارات»)."""
    if entry.plover_type != "ACCUSE" or bare(tokens[i]) not in CONVICTION_STEM or last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1]
    if nxt.prefix.endswith("ب") and bare(nxt) not in STRESS and keys[last + 1] not in STRESS:
        return True
    for j in range(last + 2, min(len(tokens), last + 2 + CONVICTED_SPAN)):
        if tokens[j].prefix.endswith("ب") and (bare(tokens[j]) in CRIMES or keys[j] in CRIMES):
            return True
    return False


COMPANIES = word_keys(
    "شركات الشركات شركة الشركة المستثمرين المستثمرون مستثمرين البنوك بنوك المصارف مصارف رؤوس الاستثمارات"
)
MARKET = word_keys("السوق سوق الأسواق أسواق")


def market_exit(entry: Trigger, keys: list[str], last: int) -> bool:
    """«انسحاب الشركات الأجنبية», «انسحب من السوق»: companies leave a market, no forces withdraw."""
    if entry.plover_type != "RETREAT" or last + 1 >= len(keys):
        return False
    return keys[last + 1] in COMPANIES or (last + 2 < len(keys) and keys[last + 2] in MARKET)


SHRINES = word_keys(
    "المسجد مسجد الأقصى الحرم ضريح الضريح قبر القبر مقام المقام العتبات المتحف متحف الكنيسة كنيسة المعبد "
    "معبد الأماكن المشاعر البقاع"
)
VISITS = word_keys("زيارة زيارته زيارتها زار زارت يزور تزور")


def pilgrimage(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """«يرغبون في زيارة المسجد الأقصى», «زار ضريح …»: a visit to a shrine or a museum hosts no talks."""
    return entry.plover_type == "CONSULT" and keys[i] in VISITS and last + 1 < len(keys) and keys[last + 1] in SHRINES


AIMING = frozenset(normalize(w) for w in "بهدف بغية لهدف".split())


def aimed_verb(entry: Trigger, tokens: list[Token], i: int) -> bool:
    """«بهدف طرد مسلحي الوحدات»: a verb entry read on the masdar after «بهدف/بغية» names the aim (the noun
    entries are tested by :func:`marsad.events.detect_clauses.purpose`)."""
    return entry.pos != "noun" and i > 0 and tokens[i - 1].norm in AIMING


NEVER = normalize("لن")
YIELDING = frozenset({"RETREAT", "CONCEDE"})


def vowed_not(entry: Trigger, keys: list[str], i: int) -> bool:
    """«لن يتراجع أبدا أمام المتمردين», «لن ننسحب»: a vow not to yield, no withdrawal."""
    return entry.plover_type in YIELDING and entry.pos != "noun" and i > 0 and keys[i - 1] == NEVER


PRAISE = word_keys("إشادة الإشادة تمجيد التمجيد")
TERROR = word_keys("إرهاب الإرهاب")


def offence_name(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """«يمكن أن يعتبر إشادة بالإرهاب»: the name of an offence («apologie du terrorisme»), no praise given."""
    if entry.plover_type != "SUPPORT" or keys[i] not in PRAISE or last + 1 >= len(tokens):
        return False
    return "ب" in tokens[last + 1].prefix and bare(tokens[last + 1]) in TERROR


LISTENING = word_keys("تنصت التنصت التنصّت مراقبة رصد اعتراض")


def listened_to(entry: Trigger, keys: list[str], i: int) -> bool:
    """«تسمح بعمليات تنصت على الاتصالات الهاتفية»: communications listened to, no call made."""
    if entry.plover_type != "CONSULT" or entry.pos != "noun" or i == 0:
        return False
    j = i - 2 if keys[i - 1] in ON and i > 1 else i - 1
    return keys[j] in LISTENING


DESIRE = word_keys("رغبة الرغبة رغبته رغبتها رغبتهم أطماع الأطماع أطماعها مطامع طموح طموحات طموحها حلم")
IN_WORD = normalize("في")


def desired(entry: Trigger, keys: list[str], i: int) -> bool:
    """«هذه الرغبة القوية في السيطرة على المنطقة»: what one longs for, no act."""
    if entry.pos != "noun" or i == 0:
        return False
    if keys[i - 1] in DESIRE:
        return True
    return i > 2 and keys[i - 1] == IN_WORD and (keys[i - 2] in DESIRE or keys[i - 3] in DESIRE)


def attack_on_thing(entry: Trigger, keys: list[str], last: int) -> bool:
    """«بدأ متشددون الهجوم على الاتفاق»: words against an agreement or a law, no attack."""
    if entry.plover_type != "ASSAULT" or entry.pos != "noun" or last + 2 >= len(keys):
        return False
    return keys[last + 1] in ON and keys[last + 2] in THINGS


ANY_NOT = word_keys("ليس ليست")
"""Not «أي اتفاق»: like «أي ضربات» it may be a hypothetical mention («قبل أي هدنة»)."""


def no_agreement(entry: Trigger, keys: list[str], i: int) -> bool:
    """«خطة العمل الشاملة ليست اتفاقية او معاهدة»: a text denied to be an agreement."""
    return entry.plover_type == "AGREE" and entry.pos == "noun" and i > 0 and keys[i - 1] in ANY_NOT


NOT_PAST = normalize("لم")
ANY = word_keys("أي أية")
NONE_SPAN = 4
TOLL_VERBS = word_keys("يقتل تقتل قتل يجرح يصب يصاب")
"""Verbs of a toll (a denied attack, «لم تستهدف أبدا أي موقع مدني», stays a `denied` mention)."""


def no_one_hit(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """«لم يقتل أو يجرح أي جندي فرنسي»: nobody was killed; a toll denied names no attack."""
    if entry.plover_type != "ASSAULT" or keys[i] not in TOLL_VERBS or i == 0 or keys[i - 1] != NOT_PAST:
        return False
    return any(k in ANY for k in keys[last + 1 : last + 1 + NONE_SPAN])


EXPECTING = word_keys("توقعات توقع التوقعات تكهنات تقديرات توقعاتها")


def expected(entry: Trigger, tokens: list[Token], keys: list[str], i: int) -> bool:
    """«توقعات تركيا بسيطرة قواتها على المدينة»: an event expected, not told."""
    if "ب" not in tokens[i].prefix:
        return False
    return any(k in EXPECTING for k in keys[max(0, i - 2) : i])


def idea_reinforced(entry: Trigger, tokens: list[Token], i: int) -> bool:
    """«وهو أمر يعززه ثبوت وجود علاقة»: a verb of reinforcing with a pronoun object strengthens a view; troops
    are reinforced by name («عززت قواتها»)."""
    return entry.plover_type == "MOBILIZE" and entry.pos == "verb" and bool(tokens[i].suffix)


PREVENTING = word_keys("منع يمنع تمنع منعت لمنع منعه منعها يمنعوا")
PREVENT_SPAN = 6


def prevented(entry: Trigger, keys: list[str], i: int) -> bool:
    """«سيسعون لمنع الرئيس من رفع العقوبات»: the act a party is kept from, no concession made."""
    if entry.plover_type != "CONCEDE" or i < 2 or keys[i - 1] != FROM_WORD:
        return False
    return any(k in PREVENTING for k in keys[max(0, i - PREVENT_SPAN) : i - 1])


AGAINST = word_keys("ضد")


def opposed_text(entry: Trigger, keys: list[str], i: int) -> bool:
    """«الاحتجاجات ضد اتفاقية ترسيم الحدود»: the agreement opposed is the document, no agreement reached."""
    return entry.plover_type == "AGREE" and entry.pos == "noun" and i > 0 and keys[i - 1] in AGAINST


NOBODY = (normalize("لا"), normalize("أحد"))


def nobody(keys: list[str], i: int) -> bool:
    """«لا أحد يؤيد الإرهاب»: nobody does it; no act."""
    return i > 1 and keys[i - 2] in (NOBODY[0], "و" + NOBODY[0]) and keys[i - 1] == NOBODY[1]


def other_sense(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """One of the tests above holds: the trigger at ``i``..``last`` names no event of the story."""
    return (
        danger_judged(entry, tokens, keys, i, last)
        or sector_support(entry, tokens, keys, last)
        or service_stopped(entry, tokens, keys, last)
        or legal_text(entry, tokens, keys, i, last)
        or idiom(entry, keys, i, last)
        or rank_reached(entry, keys, i, last)
        or agreement_name(entry, keys, i)
        or accords(entry, tokens, keys, i)
        or charge_content(entry, keys, i)
        or conviction(entry, tokens, keys, i, last)
        or market_exit(entry, keys, last)
        or pilgrimage(entry, keys, i, last)
        or aimed_verb(entry, tokens, i)
        or vowed_not(entry, keys, i)
        or offence_name(entry, tokens, keys, i, last)
        or listened_to(entry, keys, i)
        or desired(entry, keys, i)
        or attack_on_thing(entry, keys, last)
        or no_agreement(entry, keys, i)
        or no_one_hit(entry, keys, i, last)
        or expected(entry, tokens, keys, i)
        or idea_reinforced(entry, tokens, i)
        or prevented(entry, keys, i)
        or opposed_text(entry, keys, i)
        or nobody(keys, i)
    )
