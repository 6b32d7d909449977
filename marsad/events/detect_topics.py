"""Trigger words that name a topic, a figure or another word, not an event of the story (called from
:func:`marsad.events.detect_clauses.untold` through :func:`topical`).

Found by the third precision audit on fresh text (30 articles no dev set references, every prediction judged
by reading; ``bench/dev/audits/events-2026-12-01b.tsv``); each test is a construction of Arabic news at large:

* «ميناء الحديدة سيبقى مفتوحا أمام المساعدات», «المنفذ الوحيد لمرور المساعدات»: aid as a route's traffic, no
  aid given by one party to another;
* «الاشتراك في اتفاق جنائي»: criminal conspiracy, a charge's legal term, no agreement;
* «خرق بنود اتفاقية الطيران المدني», «المعروفة أيضا اتفاقية شيكاغو»: a convention's clauses or its name,
  the document, no agreement reached;
* «كل اتفاق يخضع للموازنة», «المتقبل لكل انتقاد»: «كل» before an indefinite noun makes it any such act;
* «هذا لا ينفي وجود تباين»: "this does not rule out", no denial by anyone;
* «يصعب تأكيد الوفاة بنسبة تامة»: «نسبة» (a proportion) is no attribution of blame;
* «تهديد حياة الركاب», «يجب أن ينظر إليه كتهديد»: a stake endangered or a danger judged, no threat uttered;
* «استعادة عافيتها», «باستعادة الشرعية»: health, legitimacy or trust recovered, no territory retaken;
* «في وزارته»: the ministry, not «و» + «زارته» (she visited him);
* «حققت المعارضة السورية المسلحة مكاسب»: achieving (the object of success after the subject), no investigation;
* «في إطار تحقيق يستهدف أتباع غولن»: an investigation aims at people, no attack;
* «دوت صفارات الإنذار تحذر من سقوط صواريخ»: sirens warn, no party threatens;
* «اللاجئين الذين فروا أمام الهجوم», «لحمل هذه الأقلية على الفرار»: civilians fleeing, or a flight forced as the
  aim of a campaign, no retreat of a party (the set codes fighters who flee);
* «تعتدي على الحقوق المدنية»: a verb of attack on a right or a freedom;
* wildfires and the weather (:mod:`marsad.events.detect_wildfires`);
* backing «terrorism» in general, a charge's wording (:mod:`marsad.events.detect_backing`);
* «تعليق مناورات», «وقف التعاون»: the cooperation a de-escalation stops is its object, no mention of its own;
* «مصادر إطلاق القذائف»: the weapon of a launch site.

Each was checked on the whole development part (no right mention lost) and counted on 520 unlabeled articles.
"""

from __future__ import annotations

from marsad.events.detect_backing import generic_backing
from marsad.events.detect_names import INVESTIGATE_KEYS, SUCCESS
from marsad.events.detect_objects import abstract_object
from marsad.events.detect_senses import STOPS, TARGET_VERBS, THREAT_NOUNS
from marsad.events.detect_wildfires import wildfire
from marsad.events.lexicon import Trigger, word_keys
from marsad.model import Token
from marsad.text.normalize import normalize

AID_WORDS = word_keys("المساعدات مساعدات المعونات معونات الإغاثة")
FLOW = word_keys("انسياب أمام امام مرور لمرور عبور")
"""«مفتوحا أمام المساعدات», «المنفذ الوحيد لمرور المساعدات»: aid as a route's traffic. Not «تدفق» nor a share
(«معظم المساعدات التي وصلت إلى عدن», «التعجيل بتدفق المساعدات»: the dev set codes these as aid sent)."""


def aid_flow(entry: Trigger, keys: list[str], i: int) -> bool:
    """«سيبقى مفتوحا أمام المساعدات», «لمرور المساعدات»: aid as traffic, no aid given."""
    return entry.plover_type == "AID" and keys[i] in AID_WORDS and i > 0 and keys[i - 1] in FLOW


CRIMINAL = word_keys("جنائي جنائيا الجنائي")
CLAUSES = word_keys(
    "بنود بند مواد مادة نصوص أحكام ديباجة المعروفة المعروف باسم تسمى يسمى انتهاك انتهاكا انتهاكها خرق خرقا لانتهاك"
)
"""Words before an agreement noun that make it the document: its clauses, its name, its violation
(«خرق بنود اتفاقية الطيران», «المعروفة أيضا اتفاقية شيكاغو», «انتهاكا لاتفاقية جنيف»)."""
CLAUSE_SPAN = 2


def agreement_text(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """«اتفاق جنائي» (conspiracy); «بنود اتفاقية», «المعروفة أيضا اتفاقية شيكاغو»: the document, no agreement."""
    if entry.plover_type != "AGREE" or entry.pos != "noun":
        return False
    if last + 1 < len(keys) and keys[last + 1] in CRIMINAL:
        return True
    # the whole word too: the tokenizer reads «بنود» as ب + «نود»
    return any(keys[j] in CLAUSES or tokens[j].norm in CLAUSES for j in range(max(0, i - CLAUSE_SPAN), i))


EVERY = word_keys("كل لكل بكل وكل")


def any_such(entry: Trigger, tokens: list[Token], keys: list[str], i: int) -> bool:
    """«كل اتفاق يخضع للموازنة», «لكل انتقاد»: «كل» before an indefinite singular noun (not «كل الهجمات»)."""
    return (
        entry.pos == "noun"
        and i > 0
        and keys[i - 1] in EVERY
        and not tokens[i].core.startswith("ال")
        and not tokens[i].prefix.endswith("ال")
    )


THIS = word_keys("هذا ذلك وهذا وذلك هذه")
NOT = normalize("لا")


def not_ruled_out(entry: Trigger, keys: list[str], i: int) -> bool:
    """«هذا لا ينفي وجود تباين»: this does not rule out; no denial."""
    return entry.plover_type == "REJECT" and i > 1 and keys[i - 1] == NOT and keys[i - 2] in THIS


PROPORTION = word_keys("نسبة النسبة بنسبة")


def proportion(entry: Trigger, keys: list[str], i: int) -> bool:
    """«بنسبة تامة», «نسبة 55 بالمئة»: a proportion, no blame attributed."""
    return entry.plover_type == "ACCUSE" and keys[i] in PROPORTION


STAKES = word_keys("حياة أرواح سلامة أمن استقرار مصالح مستقبل وجود بقاء وحدة")
"""What a danger endangers («تهديد حياة الركاب», «تهديد سلامة الملاحة»)."""
AS = "ك"


def danger(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """«تهديد حياة الركاب»: a stake endangered; «ينظر إليه كتهديد»: a danger judged; no threat uttered."""
    if entry.plover_type != "THREATEN" or keys[i] not in THREAT_NOUNS:
        return False
    if tokens[i].prefix.endswith(AS):
        return True
    return last + 1 < len(keys) and keys[last + 1] in STAKES


RECOVERED = word_keys(
    "عافية عافيتها عافيته العافية الشرعية شرعية الثقة ثقة الهدوء التوازن توازنه توازنها الزخم النشاط نشاطها "
    "نشاطه مكانة مكانتها مكانته دورها دوره الدور الأموال أموال الأرصدة أموالها حقوق الحقوق حقوقهم الحياة"
)
"""Things recovered that are no territory («استعادة عافيتها», «باستعادة الشرعية», «استعادة الثقة»)."""
RETAKE = word_keys("استعادة استعاد استعادت يستعيد تستعيد لاستعادة واستعادة")


def recovered(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """«استعادة عافيتها», «باستعادة الشرعية»: health, legitimacy or trust recovered, no territory retaken."""
    return entry.plover_type == "ASSAULT" and keys[i] in RETAKE and last + 1 < len(keys) and keys[last + 1] in RECOVERED


MINISTRY = normalize("وزارت")


def ministry(entry: Trigger, tokens: list[Token], i: int) -> bool:
    """«في وزارته», «وزارتها»: the ministry, read as «و» + «زارته»."""
    return (
        entry.plover_type == "CONSULT" and tokens[i].norm.startswith(MINISTRY) and tokens[i].core.startswith(MINISTRY)
    )


IN = normalize("في")
ACHIEVE_SPAN = 5


def achieved(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """«حققت المعارضة السورية المسلحة مكاسب»: an object of success after the subject (the next word is taken by
    :func:`marsad.events.detect_names.achieves`)."""
    if entry.plover_type != "ACCUSE" or keys[i] not in INVESTIGATE_KEYS:
        return False
    for j in range(last + 1, min(len(keys), last + 1 + ACHIEVE_SPAN)):
        if tokens[j].text in STOPS or keys[j] == IN:
            return False
        if keys[j] in SUCCESS:
            return True
    return False


PROBES = word_keys("تحقيق التحقيق تحقيقات التحقيقات حملة")


def probe_targets(entry: Trigger, keys: list[str], i: int) -> bool:
    """«في إطار تحقيق يستهدف أتباع غولن»: an investigation aims at people, no attack."""
    return entry.plover_type == "ASSAULT" and keys[i] in TARGET_VERBS and i > 0 and keys[i - 1] in PROBES


SIRENS = word_keys("صفارات صافرات صفارة صافرة")
SIREN_SPAN = 6


def sirens(entry: Trigger, keys: list[str], i: int) -> bool:
    """«دوت صفارات الإنذار في بلدات إسرائيلية تحذر من سقوط صواريخ»: sirens warn, no party threatens."""
    return entry.plover_type == "THREATEN" and any(k in SIRENS for k in keys[max(0, i - SIREN_SPAN) : i])


CIVILIANS = word_keys(
    "اللاجئين لاجئين اللاجئون لاجئون النازحين نازحين المدنيين مدنيين المدنيون السكان سكان الأهالي العائلات "
    "عائلات الأسر المهاجرين مهاجرين الأقلية"
)
FLEE = word_keys("فر فروا فرت يفر يفرون تفر الفرار فرار هربوا هرب فرارا")
FORCED = word_keys("حمل إجبار إرغام أجبر أجبرت أرغم اضطرار اضطر اضطروا")
FLEE_SPAN = 3
MILLIONS = word_keys("الملايين ملايين")
CROWD_COUNTS = word_keys("آلاف الآلاف الاف ألوف عشرات مئات الملايين ملايين")
"""Counts of people after a masdar of fleeing: millions are civilians; thousands or hundreds only with a civilian
noun."""


def civilians_flee(entry: Trigger, keys: list[str], i: int) -> bool:
    """«اللاجئين الذين فروا أمام الهجوم», «لحمل هذه الأقلية على الفرار», «فرار الملايين من مناطقهم», «فرار آلاف
    المدنيين»: civilians fleeing or forced to flee, no retreat of a party."""
    if entry.plover_type != "RETREAT" or keys[i] not in FLEE:
        return False
    before = keys[max(0, i - FLEE_SPAN) : i]
    if any(k in CIVILIANS for k in before):
        return True
    after = keys[i + 1 : i + 3]
    if after and (after[0] in CIVILIANS or after[0] in MILLIONS):
        return True  # «وتسبب في موت عشرات الآلاف وفرار الملايين من مناطقهم», «فرار السكان»
    if len(after) == 2 and after[0] in CROWD_COUNTS and after[1] in CIVILIANS:
        return True  # «فرار آلاف المدنيين» (not «فرار مئات المسلحين»: fighters who flee are a retreat)
    return any(k in FORCED for k in keys[max(0, i - FLEE_SPAN - 1) : i])


def abstract_verb(entry: Trigger, keys: list[str], last: int) -> bool:
    """«تعتدي على الحقوق المدنية للمواطنين»: a verb of attack on something abstract (a right, a freedom, the law),
    as the noun «اعتداء على حرية الدفاع» is read in :mod:`marsad.events.triggers`; no one is hit."""
    return entry.plover_type == "ASSAULT" and entry.pos != "noun" and abstract_object(keys, last)


SUSPENDING = word_keys("تعليق بتعليق إنهاء بإنهاء وقف بوقف تجميد بتجميد إلغاء بإلغاء")
"""Masdars of suspending, ending or cancelling: the cooperation after them is what is stopped."""


def suspended(entry: Trigger, keys: list[str], i: int) -> bool:
    """«إعلان تعليق مناورات عسكرية كبرى», «تعهد بإنهاء المناورات العسكرية», «وقف التعاون الأمني»: the joint
    exercises or the cooperation a masdar of suspending names are the object of that de-escalation (the event),
    no mention of their own (README-events, d291)."""
    return entry.plover_type == "COOPERATE" and entry.pos == "noun" and i > 0 and keys[i - 1] in SUSPENDING


LAUNCH = word_keys("إطلاق اطلاق")
LAUNCH_PLACES = word_keys("مصادر مصدر منصات منصة مواقع موقع قواعد قاعدة")
"""«مصادر إطلاق القذائف», «مواقع إطلاق الصواريخ»: where weapons are fired from, a target or a topic."""


def launch_site(entry: Trigger, keys: list[str], i: int) -> bool:
    """«للتعامل مع مصادر إطلاق القذائف», «استهدفت مواقع إطلاق الصواريخ»: the weapon after «إطلاق» names a launch
    site (:data:`LAUNCH_PLACES` before «إطلاق»), no attack with it (as «منصات إطلاق الصواريخ» for the masdar)."""
    return (
        entry.plover_type == "ASSAULT"
        and entry.pos == "noun"
        and i > 1
        and keys[i - 1] in LAUNCH
        and keys[i - 2] in LAUNCH_PLACES
    )


def topical(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """One of the tests above holds: the trigger at ``i``..``last`` names no event of the story."""
    return (
        aid_flow(entry, keys, i)
        or agreement_text(entry, tokens, keys, i, last)
        or any_such(entry, tokens, keys, i)
        or not_ruled_out(entry, keys, i)
        or proportion(entry, keys, i)
        or danger(entry, tokens, keys, i, last)
        or recovered(entry, keys, i, last)
        or ministry(entry, tokens, i)
        or achieved(entry, tokens, keys, i, last)
        or probe_targets(entry, keys, i)
        or sirens(entry, keys, i)
        or civilians_flee(entry, keys, i)
        or abstract_verb(entry, keys, last)
        or wildfire(entry, tokens, keys, i, last)
        or generic_backing(entry, keys, i, last)
        or suspended(entry, keys, i)
        or launch_site(entry, keys, i)
    )
