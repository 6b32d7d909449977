"""What a call or a need asks for, and the masdars that may stand before an event asked for (used by
:meth:`marsad.events.triggers.TriggerFinder.find`): «بحاجة إلى حوار بين كل الأطراف», «دعا قيادة التحالف إلى مواصلة
قصفها» name no event told, only one asked for; «حق التظاهر» is a right, not a protest (:data:`RIGHTS`)."""

from __future__ import annotations

from marsad.events.constructions import TO_WORDS
from marsad.events.lexicon import strip_article, verb_forms, word_keys
from marsad.model import Token
from marsad.text.normalize import normalize

CALLS = frozenset(
    strip_article(normalize(w))
    for w in "دعا دعت دعوا يدعو تدعو ندعو دعوة طالب طالبت يطالب تطالب المطالبة ناشد ناشدت حاجة بحاجة".split()
)
"""Words of calling for or needing something: the masdar they govern with «إلى» is asked for, not told."""
RIGHTS = frozenset(strip_article(normalize(w)) for w in ("حق", "حقه", "حقها", "حقهم"))
CALL_SPAN = 4
"""Words a call may stand before «إلى» (who is called on: «دعا قيادة التحالف إلى مواصلة قصفها»)."""
CONTINUING = word_keys("مواصلة استمرار استئناف تكثيف إجراء وقف وقوع")
"""Masdars of continuing, holding, stopping or happening that may stand between a call, a need or a topic word and
the event («دعا إلى وقف الاعتداءات», «ضرورة وقف الاعتداءات», «لمنع وقوع هجمات إرهابية»)."""


def requested(keys: list[str], i: int) -> bool:
    """The masdar at ``i`` is what a call or a need asks for: «بحاجة إلى حوار بين كل الأطراف», «دعا القيادة
    إلى مواصلة قصفها», «تدعو إلى إجراء مفاوضات» (a masdar of continuing or holding may stand between)."""
    j = i - 1
    if j >= 1 and keys[j] in CONTINUING:
        j -= 1
    if j < 1 or keys[j] not in TO_WORDS:
        return False
    for k in range(j - 1, max(-1, j - 1 - CALL_SPAN), -1):
        if not keys[k][:1].isalpha():
            return False
        if keys[k] in CALLS:
            return True
    return False


ASKED = strip_article(normalize("طلب"))
ASKING = frozenset(normalize(f) for f in verb_forms("طلب"))
"""The inflections of the verb «طلب» (طلبت، طلبوا، يطلب، تطلب …)."""
ASKED_PAST = word_keys("طلب طلبت طلبوا طلبنا طلبا طلبتا")
"""Its perfect with no object pronoun: an act of asking told. The imperfect is mostly a rule or an appeal to the
public («يطلب من المريض الصيام», «نطلب من الناس إخلاء المنطقة»); with a pronoun, the thing asked for («الأوراق
التي طلبتها السلطات»)."""
FROM = word_keys("من منه منها منهم منهما منا منك منكم مني")
NOUN_BEFORE = word_keys("بعد قبل أي عند حسب من على لأي وفق وفقا ألف آلاف هناك تقديم تم")
"""Words after which «طلب» is the noun, a request as a ground or a thing («بعد طلب من ناديي الهلال والنصر»,
«تلقى أكثر من 700 ألف طلب من كوادر الحزب», «تقديم طلب لاستخراج رخصة»), not the verb of asking someone."""


CALL_VERBS = frozenset(normalize(w) for w in "يدعو تدعو يدعوان تدعوان".split())
"""The imperfect only: a state of affairs «calls for» a feeling; «دعت إلى التفكير في الأوضاع» (the past, a person)
is a call."""
FEELINGS = word_keys(
    "القلق الشك الريبة التفاؤل التشاؤم الاستغراب الدهشة الأسف الحزن السخرية الضحك الارتياح الاطمئنان التساؤل الحيرة "
    "الخوف الفخر الاعتزاز الأمل التأمل التفكير الاستياء الإحباط"
)
"""Feelings and thoughts a state of affairs «calls for» («الوضع يدعو للقلق», «بما لا يدعو إلى الشك», "beyond
doubt"): no one is asked for anything."""


def feeling_called(keys: list[str], i: int) -> bool:
    """«يدعو/تدعو» at ``i`` calls for a feeling (:data:`FEELINGS`), with or without «إلى» between: «مما يدعو للقلق»,
    «أثبتت بما لا يدعو إلى الشك»."""
    if keys[i] not in CALL_VERBS:
        return False
    j = i + 1
    if j < len(keys) and keys[j] in TO_WORDS:
        j += 1
    return j < len(keys) and keys[j] in FEELINGS


def not_asking(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The word at ``i``, read as the verb «طلب» of asking someone («طلب من مسؤوليه التعاون», «طلبوا من نظرائهم
    وقف»), is no such request: it is no bare perfect (:data:`ASKED_PAST`), or «من» does not follow it at once
    (a thing ordered or asked for: «طلبت اليابان شراء 42 مقاتلة», «طلبت الشرطة شهادة من له معلومات»), or
    the bare «طلب» is the noun, after a glued ب or ل («أجرت التحاليل بطلب من الحكومة») or after a
    preposition, a number or «تم» (:data:`NOUN_BEFORE`). A call for a feeling (:func:`feeling_called`) asks for
    nothing either."""
    if feeling_called(keys, i):
        return True
    if keys[i] not in ASKING and ASKED not in keys[i]:
        return False
    if keys[i] not in ASKED_PAST or i + 1 >= len(keys) or keys[i + 1] not in FROM:
        return True
    if keys[i] != ASKED:
        return False
    return "ب" in tokens[i].prefix or "ل" in tokens[i].prefix or (i > 0 and keys[i - 1] in NOUN_BEFORE)
