"""Trigger words that name no event of the story (called from :func:`marsad.events.detect_clauses.untold`):
threats in general and the motive of a protest already named.

* «للرد على التهديد الممتد عبر الحدود», «لمواجهة التهديدات الإرهابية», «التهديدات الأمنية»: a threat in
  general, a danger faced, not an act of threatening by one side against another (a threat told names its
  author or what is threatened: «تهديد الحوثيين باقتحام», «التهديدات الأخيرة للجماعات الإرهابية»).
* «تظاهر عشرات الصحفيين أمس، احتجاجا على جريمة …», «استمرت المظاهرات … احتجاجا على تردي الخدمات»: the
  accusative «احتجاجا» after a protest named before it in the sentence gives that protest's motive; it is the
  same protest, not a second one.
* «مباحثات مع المملكة والكويت والإمارات لدعم احتياجات البلاد», «يأتي إطلاق سراح السجناء لدعم روح المصالحة»: «دعم»
  under ل is the aim of the act before it, unless a verb of giving is near («التي تقدمها دول التحالف لدعم الجيش»:
  the help given).
* «حذرت الجبهة … من أن السلطات سوف يدفعون الثمن», «وتعهد أردوغان بأن من أسقطوا الطائرة سيدفعون ثمنا باهظا»: the
  price to be paid after a verb of warning or vowing of the same sentence is the content of that threat, which the
  warning verb names; alone («لكنهم سيدفعون ثمنا لذلك») it is the threat.
* «ومذاك، قتل نحو عشرة آلاف يمني», «قتل أكثر من 40 ألف شخص منذ 1984»: a toll counted in thousands is a war's
  toll, no attack of the story (a toll verb names an event only where nothing else does, ``alone``).
* «ما هي فرص نجاح ماكرون في الوساطة بين الفرقاء في ليبيا؟»: a question (a headline or a link line to another
  story) asks about an act; it tells none.
"""

from __future__ import annotations

from marsad.events.lexicon import Trigger, word_keys
from marsad.model import Token
from marsad.text.normalize import normalize

THREAT_NOUNS = word_keys("تهديد تهديدات")
FACING = word_keys("مواجهة لمواجهة الرد للرد التصدي للتصدي مكافحة لمكافحة درء لدرء صد لصد تحديات مصادر حجم")
"""Words before a threat faced: «لمواجهة التهديدات», «للرد على التهديد» (the key before «التهديد» is «على»:
see :func:`general_threat`)."""
THREAT_KINDS = word_keys(
    "الإرهابي الإرهابية الأمني الأمنية الممتد الممتدة المتزايد المتزايدة المحتمل المحتملة الخارجي الخارجية "
    "الداخلي الداخلية القائم القائمة المشترك المشتركة المتنامي المتنامية المتصاعد المتصاعدة الإقليمي الإقليمية "
    "العابر العابرة الجديدة المستمر المستمرة"
)
"""Adjectives of a threat in general («التهديدات الأمنية», «التهديد الممتد عبر الحدود»)."""
ON_WORD = normalize("على")
PROTEST_MOTIVE = word_keys("احتجاجا")
PROTEST_WORDS = word_keys(
    "تظاهر تظاهروا تظاهرت يتظاهرون تتظاهر تظاهرات تظاهرة مظاهرة مظاهرات "
    "مسيرة مسيرات وقفة اعتصام اعتصامات اعتصم اعتصموا احتجاجات احتج احتجوا يحتجون "
    "إضراب أضرب أضربوا"
)
"""Words that name a protest before its motive «احتجاجا على»."""


def general_threat(entry: Trigger, tokens_core: str, keys: list[str], i: int) -> bool:
    """A definite threat noun at ``i`` that names a danger in general: after a word of facing it («لمواجهة
    التهديدات», «للرد على التهديد») or with an adjective of its kind («التهديدات الأمنية»)."""
    if entry.plover_type != "THREATEN" or entry.pos != "noun" or keys[i] not in THREAT_NOUNS:
        return False
    if not tokens_core.startswith("ال"):
        return False
    before = keys[i - 2] if i > 1 and keys[i - 1] == ON_WORD else (keys[i - 1] if i > 0 else "")
    return before in FACING or (i + 1 < len(keys) and keys[i + 1] in THREAT_KINDS)


def protest_motive(entry: Trigger, keys: list[str], i: int) -> bool:
    """«احتجاجا على …» after a protest named earlier in the sentence: the motive of that protest."""
    return entry.plover_type == "PROTEST" and keys[i] in PROTEST_MOTIVE and any(k in PROTEST_WORDS for k in keys[:i])


QUESTION_WORDS = frozenset(normalize(w) for w in "ما هل كيف لماذا متى ماذا أين من أي".split())
QUESTION_MARKS = ("؟", "?")


LABEL_SPAN = 8
"""Words a topic label may take before the colon of a question headline («بعد اشتباكات عدن: هل نشب الخلاف …؟»)."""


def question(tokens: list[Token]) -> bool:
    """The sentence is a question: it opens with a question word and ends with a question mark (not after و/ف:
    «وماذا كان يضيره لو أن الطرفين حضرا الاجتماع؟» asks, in an argument, about an act the text supposes); or it is
    a question headline after a short topic label and a colon, as the link lines of BBC and France 24 are («بعد
    اشتباكات عدن: هل نشب الخلاف بين السعودية والإمارات؟», «الحرب السورية: من يقاتل من؟»)."""
    if not tokens or not any(t.text in QUESTION_MARKS for t in tokens[-2:]):
        return False
    if tokens[0].core in QUESTION_WORDS and not tokens[0].prefix:
        return True
    for j, t in enumerate(tokens[: LABEL_SPAN + 1]):
        if t.text == ":":
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            return j > 0 and after is not None and after.core in QUESTION_WORDS and not after.prefix
    return False


BACKING = frozenset(normalize(w) for w in ("دعم",))
GIVING = word_keys(
    "قدم قدمت قدموا يقدم تقدم تقدمها يقدمها قدمها قدمته تقديم أرسل أرسلت أرسلوا يرسل إرسال خصص خصصت يخصص تخصيص "
    "منح منحت يمنح تبرع تبرعت وصل وصلت وصول"
)
"""Verbs of giving near a «لدعم»: the help is given, not aimed at."""
GIVING_SPAN = 6


def backing_aim(entry: Trigger, tokens: list[Token], keys: list[str], i: int) -> bool:
    """«لدعم X» with no verb of giving in the six words before it: the aim of another act."""
    if entry.plover_type not in ("SUPPORT", "AID") or keys[i] not in BACKING:
        return False
    tok = tokens[i]
    if "ل" not in tok.prefix or tok.core.startswith("ال"):
        return False
    return not any(k in GIVING for k in keys[max(0, i - GIVING_SPAN) : i])


PAYING = word_keys("يدفع يدفعون تدفع ندفع يدفعوا تدفعون")
"""The future of «دفع» (its س split off) in «سيدفعون الثمن»."""
WARNING_VERBS = word_keys(
    "حذر حذرت حذروا يحذر محذرا محذرة هدد هددت هددوا يهدد مهددا مهددة توعد توعدت يتوعد متوعدا متوعدة "
    "تعهد تعهدت يتعهد متعهدا متعهدة أنذر أنذرت"
)
"""Verbs of warning or vowing whose content may be the price the other side will pay."""


def price_of_warning(entry: Trigger, keys: list[str], i: int) -> bool:
    """«سيدفعون الثمن» after a verb of warning or vowing earlier in the sentence: the content of that threat."""
    return entry.plover_type == "THREATEN" and keys[i] in PAYING and any(k in WARNING_VERBS for k in keys[:i])


THOUSANDS = word_keys("آلاف الاف ألف الف ألفا الفا ألوف مليون ملايين")
"""Counts of a war's toll: «نحو عشرة آلاف يمني», «40 ألف شخص»."""
TOLL_SPAN = 4


def war_toll(entry: Trigger, keys: list[str], last: int) -> bool:
    """A toll verb or noun (an ``alone`` entry: «قتل», «مقتل») whose count, in the few words after it, is in thousands
    (a word or a figure): the toll of a war or a conflict, not one attack."""
    if entry.needs is None or entry.needs[0] != "alone":
        return False
    return any(k in THOUSANDS or _thousands_figure(k) for k in keys[last + 1 : last + 1 + TOLL_SPAN])


def _thousands_figure(key: str) -> bool:
    """A count written in figures of a thousand or more («مقتل أكثر من 9200 شخص», «مقتل وإصابة 3440 عراقيا»: the
    toll of a war or of a month, not of one attack)."""
    return key.isdigit() and len(key) < 9 and int(key) >= 1000
