"""Trigger words that are part of a name or a set phrase, not an act (called from
:func:`marsad.events.detect_clauses.untold`).

* «شارع علي بن أبي طالب», «أبو طالب»: a word after «أبو/أبي/أبا/بن/ابن/بنت» is part of a person's name
  (a kunya or a patronymic), whatever verb or noun it spells.
* «قيادتنا الرشيدة أيدها الله», «الملك حفظه الله ونصره الله»: a verb with an object pronoun right before
  «الله» is a pious formula of the press, no act of its subject.
* «فيما يتصل بعمل إرهابي», «ما يتصل بالملف»: «يتصل» after «فيما/ما» means «as regards», no call.
* «أسقطت مروحيات عسكرية منشورات تحث المدنيين على المغادرة»: aircraft dropping leaflets make no attack.
* «وضع نظام يسن عقوبات للمتحرش», «قانون ينص على عقوبات صارمة»: the penalties a law or regulation sets are
  no sanction imposed by one side on another.
* «الجيش يحقق انتصارات كبيرة في عدن», «حققت تقدما في»: «حقق» with an object of success achieves it; it
  investigates only with «في/مع» («حققت الشرطة في الحادث»).
* «هدفهم الحكم الذاتي», «نظام الحكم», «سدة الحكم»: «الحكم» is rule, no court's ruling (the entry's near= words
  may come from elsewhere in the sentence: «القضاء على التنظيم»).
* «الطريق يتصل بدائري المبرز ويقطعه عدد من الطرق»: the present «يتصل» (not future: «ستتصل الوزارة بـ») says what
  a thing joins, and «يقطعه/تقطعها» with an object pronoun what crosses it; no call, no road blocked.
* «أصبح كل الشيعة أشرارا قتلة»: a four-letter word written with ة is no verb, though normalised it spells one
  («قتله», killed him); it is a noun (killers), which no verb entry may read.
"""

from __future__ import annotations

from marsad.events.lexicon import Trigger, word_keys
from marsad.model import Token
from marsad.text.normalize import normalize

NAME_LINKS = word_keys("أبو أبي أبا بن ابن بنت")
"""Words of kinship that open the next word of a person's name («بن أبي طالب»)."""
GOD = normalize("الله")
REGARDING = word_keys("فيما ما")
CALL_VERBS = word_keys("يتصل تتصل اتصل")


def name_part(keys: list[str], i: int) -> bool:
    """The trigger at ``i`` follows a word of kinship: part of a name («علي بن أبي طالب»)."""
    return i > 0 and keys[i - 1] in NAME_LINKS


def pious_formula(entry: Trigger, core: str, keys: list[str], last: int) -> bool:
    """A verb with an attached pronoun right before «الله» («أيدها الله», «حفظه الله»): a formula."""
    if entry.pos == "noun" or last + 1 >= len(keys) or keys[last + 1] != GOD:
        return False
    return core.endswith(("ه", "ها", "هم", "هما", "ك", "كم"))


def regarding(entry: Trigger, keys: list[str], i: int) -> bool:
    """«فيما يتصل ب»: as regards, no call."""
    return entry.plover_type == "CONSULT" and keys[i] in CALL_VERBS and i > 0 and keys[i - 1] in REGARDING


LEAFLETS = word_keys("منشورات منشورا مناشير")
LEAFLET_SPAN = 4
LAW_WORDS = word_keys("نظام قانون تشريع لائحة يسن تسن سن ينص تنص نص")
"""Words of a law or rule that sets penalties («نظام يسن عقوبات», «ينص على عقوبات»; not «يفرض»: «يفرض
الاتحاد عقوبات» is a sanction)."""
PENALTY_NOUNS = word_keys("عقوبات عقوبة")
LAW_SPAN = 4


def leaflets(entry: Trigger, keys: list[str], last: int) -> bool:
    """An attack verb whose object a few words on is leaflets («أسقطت مروحيات منشورات»)."""
    if entry.plover_type != "ASSAULT" or entry.pos == "noun":
        return False
    return any(k in LEAFLETS for k in keys[last + 1 : last + 1 + LEAFLET_SPAN])


def penalties_of_law(entry: Trigger, keys: list[str], i: int) -> bool:
    """«عقوبات» set by a law or regulation named just before it: penalties, no sanction."""
    if entry.plover_type != "SANCTION" or keys[i] not in PENALTY_NOUNS:
        return False
    return any(k in LAW_WORDS for k in keys[max(0, i - LAW_SPAN) : i])


SUCCESS = word_keys(
    "انتصار انتصارا انتصارات تقدم تقدما نجاح نجاحا نجاحات هدف أهداف أهدافه أهدافها مكاسب مكسبا إنجاز إنجازا "
    "إنجازات أرباح أرباحا نمو نموا ارتفاع ارتفاعا فوز فوزا رقما أرقاما مبيعات عائدات إيرادات"
)
"""Objects of «حقق» in the sense of achieving («يحقق انتصارات», «حققت تقدما»)."""
INVESTIGATE_KEYS = word_keys("حقق يحقق تحقق نحقق حققت حققوا يحققون")
RULE_AFTER = word_keys("الذاتي")
RULE_BEFORE = word_keys("نظام أنظمة سدة مقاليد كرسي تولي تولى توليه نظم")
RULING_KEYS = word_keys("حكم")


def achieves(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """«يحقق انتصارات في»: achieving, no investigation."""
    if entry.plover_type != "ACCUSE" or keys[i] not in INVESTIGATE_KEYS:
        return False
    return last + 1 < len(keys) and keys[last + 1] in SUCCESS


def rule_not_ruling(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """«الحكم الذاتي», «نظام الحكم»: rule, no court's ruling."""
    if entry.plover_type != "COERCE" or entry.pos != "noun" or keys[i] not in RULING_KEYS:
        return False
    return (last + 1 < len(keys) and keys[last + 1] in RULE_AFTER) or (i > 0 and keys[i - 1] in RULE_BEFORE)


PRESENT_JOINS = word_keys("يتصل تتصل")
SOON = normalize("سوف")
FUTURE = "س"
CROSSES = word_keys("يقطعه يقطعها تقطعه تقطعها يقطعهما تقطعهما")


def joins_or_crosses(entry: Trigger, tokens: list[Token], keys: list[str], i: int) -> bool:
    """«يتصل بدائري المبرز» (present, not future), «ويقطعه عدد من الطرق»: a thing joined or crossed."""
    if entry.plover_type == "CONSULT" and keys[i] in PRESENT_JOINS:
        return not tokens[i].prefix.endswith(FUTURE) and not (i > 0 and keys[i - 1] == SOON)
    return entry.plover_type == "PROTEST" and keys[i] in CROSSES


TAA_MARBUTA = "ة"
NOUN_LENGTH = 4
"""Only the pattern فعلة (broken plurals of agents: «قتلة», «جناة» is read elsewhere); longer words in ة
(«استعادة», «مواجهة») are verbal nouns a verb entry rightly reads."""
MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")


def noun_in_taa(entry: Trigger, raw: str) -> bool:
    """A verb entry read on a word written with final ة («قتلة»): a noun, no verb."""
    if entry.pos != "verb":
        return False
    letters = [c for c in raw if c not in MARKS]
    return len(letters) == NOUN_LENGTH and letters[-1] == TAA_MARBUTA
