"""A call told by its verb at the head of a clause, however far the thing asked for stands.

News Arabic opens a paragraph or a clause with the verb of calling and its subject, then the party called on,
often with asides, and only then the act asked for: «ودعا المجلس الحكومات والبرلمانات العربية والدولية وسائر
المؤسسات … إلى», «ودعا الملا منصور، في أول تسجيل صوتي له، ولمدة 30 دقيقة، مقاتلي الحركة إلى», «دعا قائد الجيش
… العسكريين، بمناسبة الذكرى …، ليكونوا على أتم الاستعداد». At the head of a sentence, with its own و/ف or after
«كما», the verb is the call; elsewhere «دعا» also means «prompted» («مما دعا الحكومة إلى») and the entry's own
condition («إلى» close after it) decides. A prayer («دعا الله», «دعا له بالشفاء») is no call. «طلب/طلبت» at the
head of a clause is likewise a request whatever follows («وطلب من كبار القادة وضع خطط», «كما طلب منهم تحديد
الثغرات»); elsewhere its noun entry needs a release or a surrender after it.
"""

from __future__ import annotations

from marsad.events.constructions import SENTENCE_STOPS
from marsad.model import Token
from marsad.text.normalize import normalize

CALL_VERBS = frozenset(normalize(w) for w in "دعا دعت دعوا يدعو تدعو طلب طلبت".split())
ASKING = frozenset(normalize(w) for w in ("طلب", "طلبت"))
"""Verbs of asking whose object is the thing asked for itself («وطلب وضع مجموعة خطط»)."""
CALLED_FOR = frozenset(normalize(w) for w in ("إلى", "الى", "أن", "ان", "بأن"))
IMPERFECT = frozenset("يتن")
CALL_REACH = 30
"""Words after the call verb in which the thing called for may stand (asides and long objects come between)."""
ALSO = normalize("كما")
PRAYED_TO = frozenset(normalize(w) for w in "الله ربه له لها لهم لهما".split())
PRAYER_SPAN = 4
"""Words after the verb in which the one prayed to or for stands («ودعا الشيخ له بالشفاء»)."""


def opening_call(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The call verb at ``i`` opens its sentence or clause (first word, its own و/ف, or after «كما») and is no
    prayer: a call, whatever its object."""
    if keys[i] not in CALL_VERBS:
        return False
    if any(k in PRAYED_TO for k in keys[i + 1 : i + 1 + PRAYER_SPAN]):
        return False
    prefix = tokens[i].prefix
    if not (i == 0 or prefix.startswith(("و", "ف")) or keys[i - 1] == ALSO):
        return False
    return keys[i] in ASKING or asked_for(tokens, keys, i)


def asked_for(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The sentence goes on, within :data:`CALL_REACH` words, to what is called for: «إلى/الى», «أن», an
    imperfect under ل («ليكونوا على أتم الاستعداد») or a definite masdar under ل (:func:`masdar`); with none
    («ودعت الحكومة … الصحفيين الأجانب») the verb is an invitation or a prompting, no call."""
    for j in range(i + 1, min(len(keys), i + 1 + CALL_REACH)):
        if keys[j] in SENTENCE_STOPS:
            return False
        if keys[j] in CALLED_FOR or ("ل" in tokens[j].prefix and keys[j][:1] in IMPERFECT) or masdar(tokens, j):
            return True
    return False


BODIES = frozenset(
    normalize(w) for w in "للأمم للاتحاد للجيش للحكومة للدولة للشعب للمجتمع للجنة للمجلس للرئيس للجامعة للمنظمة".split()
)
"""Bodies under ل+ال after a call verb («ودعا الأمين العام للأمم المتحدة»): the caller's title, not the thing asked."""


def masdar(tokens: list[Token], j: int) -> bool:
    """A definite noun under ل, which the tokenizer may leave whole («للحيلولة دون مثل هذه الهجمات», «للإفراج عن
    المعتقلين»), or one made definite by the noun it is in construct with («لاستئناف التعاون الاستخباراتي», «ودعوا
    لمقاطعة الكيان»): what is called for; not a body in the caller's title (:data:`BODIES`)."""
    core = tokens[j].core
    glued = "ل" in tokens[j].prefix
    if glued and core.startswith("ال"):
        core = "ل" + core
        return core.startswith("لل") and len(core) > 5 and core not in BODIES
    if core.startswith("لل"):
        return len(core) > 5 and core not in BODIES
    bare = core if glued else core[1:] if core.startswith("ل") else ""
    return len(bare) > CONSTRUCT_MIN and j + 1 < len(tokens) and tokens[j + 1].core.startswith("ال")


CONSTRUCT_MIN = 4
"""The shortest masdar in construct after ل: longer than «لدى», «لكل», «لها» («لاستئناف», «لمقاطعة», «لوقف» is
left out with «لصالح»-like words of four letters)."""
