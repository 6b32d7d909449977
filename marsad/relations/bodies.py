"""A body named by its common noun right before «التابع/الموالي لـ»: «مركز الدفاع المدني التابع للمعارضة», «برنامج
الغذاء العالمي التابع للأمم المتحدة», «بعثة تقصي الحقائق التابعة لها», «وحدة الإعلام الحربي التابعة لحزب الله» —
the phrase is the actor the participle describes, though the recogniser tags no name in it and the events stage
offers no actor noun. Only before a participle of belonging or loyalty (a member_of or loyal_to modifier cue) and
only for the head nouns of institutions and units below, so that a place («منطقة الجاح التابعة لمديرية بيت
الفقيه», «المدينتين التابعتين لمحافظة خوزستان») or a thing («المعدات والوثائق التابعة للميليشيات») stays no end.
The phrase is the head noun (indefinite, in construct, or definite: «البعثة التابعة لـ») and up to three definite
words after it, ending right before the participle, with nothing of another actor in it. Used by
:meth:`marsad.relations.RelationStage.extract` when it builds a sentence's candidates."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.model import Document, Sentence
from marsad.relations.slots import Hit, SentenceSlots, clitics, definite_run, norm_words

HEADS = norm_words(
    "مركز برنامج بعثة لجنة وحدة فرقة فريق هيئة وكالة صحيفة قناة إذاعة مؤسسة شركة محكمة معهد "
    "مجموعة خلية منظمة جمعية كتيبة سرية لواء فصيل جماعة ميليشيا مليشيا غرفة جهاز دائرة مديرية"
)
"""Head nouns of institutions and units (centre, programme, mission, unit, channel, company, brigade …). Not places
(«منطقة», «مدينة», «قرية»), things («معدات», «أصول») or nouns as often a thing or an activity as a body («شبكة
الكمبيوتر التابعة للحكومة», «كلية وارتون للتجارة وإدارة الأموال التابعة لجامعة بنسيلفانيا»)."""
WORDS = 3
"""At most this many definite words between the head noun and the participle."""
TYPES = ("member_of", "loyal_to")


def body_phrases(
    doc: Document, sent: Sentence, keys: list[str], cands: list[Candidate], hits: list[Hit]
) -> list[Candidate]:
    """``cands`` with the body phrase before each participle of belonging or loyalty that has no candidate
    right before it."""
    toks = sent.tokens
    # the definite participle only: «تابعة لـ» without the article describes an indefinite noun, read elsewhere
    # (partitive.py)
    participles = [
        h.first
        for h in hits
        if h.cue.pattern == "modifier" and h.cue.type in TYPES and h.first > 0 and toks[h.first].core.startswith("ال")
    ]
    if not participles:
        return cands
    ends = {c.last for c in cands}
    taken = {j for c in cands for j in range(c.first, c.last + 1)}
    added: list[Candidate] = []
    for i in participles:
        if (i - 1) in ends:
            continue
        head = None
        for j in range(i - 1, max(-1, i - WORDS - 2), -1):
            if j in taken:
                break
            tok = toks[j]
            if strip_article(keys[j]) in HEADS and set(clitics(tok)) <= {"و", "ف"}:
                head = j
                break
            if not tok.core.startswith("ال") or clitics(tok):
                break  # a verb, a preposition's object or another indefinite noun: no phrase
        if head is None:
            continue
        start, end = toks[head].core_start, toks[i - 1].end
        added.append(Candidate(head, i - 1, start, end, doc.text[start:end], None, None, False))
        taken.update(range(head, i))
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: c.first)


ADJECTIVE_ENDINGS = ("ي", "يه", "ية", "يين", "يون")
GENERAL_WORDS = norm_words("العام العامة الأعلى العليا")


def definite_body(ctx: SentenceSlots, j: int) -> Candidate | None:
    """A body named by a definite noun at token ``j`` and up to two adjectives after it, where the recogniser tagged
    nothing: «المتحدث باسم السلطة القضائية»; the verb's object after it is no part of it («رفضت المتحدثة باسم
    النيابة العامة التعليق»: «النيابة العامة»)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    if j >= len(toks) or not toks[j].core.startswith("ال") or clitics(toks[j]) or ctx.at(j) is not None:
        return None
    last = definite_run(
        toks,
        j,
        2,
        lambda k: ctx.at(k) is None and (toks[k].core.endswith(ADJECTIVE_ENDINGS) or keys[k] in GENERAL_WORDS),
    )
    start, end = toks[j].core_start, toks[last].end
    return Candidate(j, last, start, end, ctx.doc.text[start:end], None, None, False)
