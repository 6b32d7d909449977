"""The subject of a verb inside a reported «أن/إن» clause.

After the particle «أنّ/إنّ» (also «بأن», «فإن», «وأن») the noun that follows is the subject of the clause's
verb (اسم إنّ): «أكد ضابط شرطة لوكالة فرانس برس أن رجلا يحمل سكينا هاجم مصلين», «قالت اللجنة إن القوات الخاصة
الروسية واجهت مجموعة مسلحة», «قال الجيش الإسرائيلي إن دبابة أطلقت قذيفة». The speaker before the particle (and
whoever he spoke to) is never that verb's actor, and a candidate after the verb is its object, not a subject of
a verb-subject order. The pronoun forms «أنه/أنها» make the speaker the subject; they are read by
:func:`marsad.events.sharing.speaker_of`, not here.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import CLAUSE_WORDS, COMMAS, DIED_AFTER, FROM_WORD, STOPS
from marsad.events.mention import Candidate, unnamed
from marsad.events.sharing import COMPLEMENTIZERS, THAT
from marsad.model import Token
from marsad.text.normalize import normalize

REACH = 8
"""Words from the particle to the verb: a described subject («رجلا يحمل سكينا», «عددا من الرجال يرتدون زيا
عسكريا») stands between them."""
NOT_SUBJECTS = frozenset(
    normalize(w) for w in "هناك هنا هذا هذه ذلك تلك لا لم لن ما قد كل بعض في على من إلى الى عن مع بين هو هي هم".split()
)
"""Words after the particle that are no noun of its clause («أن هناك …», «إن هذا …», «أن لا …»)."""
BRACKETS = frozenset('()"«»[]')


def that_particle(toks: list[Token], keys: list[str], first: int) -> int | None:
    """The index of the bare «أن/إن» that opens the clause of the verb at ``first``, when a word stands between
    them (the particle's noun); None past a clause word, a bracket or a stop, or beyond :data:`REACH`."""
    # «قال كيري إن مصر دفعت ثمنا باهظا، وأدان اغتيال النائب العام»: a verb coordinated after a comma opens a
    # main clause of its own, whose subject is the speaker's (marsad.events.sharing.shared_subject)
    coordinated = "و" in toks[first].prefix or "ف" in toks[first].prefix
    for j in range(first - 1, max(-1, first - REACH - 1), -1):
        if keys[j] in THAT:
            return j if j + 1 < first else None
        if (
            keys[j] in CLAUSE_WORDS
            or toks[j].text in STOPS
            or toks[j].text in BRACKETS
            or (coordinated and toks[j].text in COMMAS)
        ):
            return None
    return None


def that_subject(
    every: list[Candidate], keys: list[str], toks: list[Token], first: int, can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The subject of the verb trigger at ``first`` inside a bare «أن/إن» clause: the candidate that starts right
    after the particle when it can act, or else an indefinite accusative noun there («أن رجلا يحمل سكينا هاجم»),
    with its partitive («إن عددا من الرجال … هاجموا»). None when the clause has no such noun before the verb (the
    verb comes first, «أن قصفت الطائرات», or a place or civilians stand there: other rules decide)."""
    k = that_particle(toks, keys, first)
    if k is None or keys[first] in DIED_AFTER:
        # «إن ضابطا قتل عندما انفجر لغم»: an unvocalised verb of dying is passive, its subject the dead
        # (marsad.events.objects.killed_passive)
        return None
    cand = next((c for c in every if c.first <= k + 1 <= c.last and c.last < first), None)
    if cand is not None:
        return cand if not cand.after_prep and can(cand) else None
    tok = toks[k + 1]
    core = normalize(tok.core)
    if (
        tok.prefix
        or core in NOT_SUBJECTS
        or len(core) < 4
        or not core.endswith("ا")
        or core.endswith(("وا", "ها"))
        or not core.isalpha()
    ):
        return None
    end = k + 1
    if k + 3 < first and keys[k + 2] == FROM_WORD and toks[k + 3].core.isalpha():
        end = k + 3  # «عددا من الرجال»
    return unnamed(toks, k + 1, end)


BE = frozenset(normalize(w) for w in "يكون تكون يكونوا تكونا يكونا نكون".split())
"""«نفى الجيش أن يكون استهدف منطقة مأهولة»: «أنْ» and a form of كان right before the verb introduce a verb of the
main subject, not a clause of its own."""
COMPLEMENTS = THAT | COMPLEMENTIZERS
"""The bare particles and their pronoun forms («أنه/إنها/أنهم»): a speaker stands before them."""


def across_that(keys: list[str], end: int, first: int, verb: bool = True) -> bool:
    """A complementizer stands between a candidate ending at ``end`` and the trigger at ``first`` («قال الجيش
    الإسرائيلي إن دبابة أطلقت»), so the candidate speaks and does not act; not «أن يكون» right before a ``verb``
    trigger (the denier's own act: «نفى الجيش أن يكون استهدف»)."""
    return any(
        keys[j] in COMPLEMENTS
        # «أن يكون استهدف»: كان right before the verb; «أن تكون الصواريخ التي ضربت» has a subject of its own
        and not (verb and keys[j] in THAT and keys[j + 1] in BE and j + 2 == first)
        for j in range(end + 1, first)
    )


def light_that_subject(
    every: list[Candidate],
    keys: list[str],
    toks: list[Token],
    first: int,
    can: Callable[[Candidate], bool],
    verbs: frozenset[str],
) -> Candidate | None:
    """The actor of an event noun that a light verb (``verbs``, e.g. «شن، قام، تمكن») takes as object inside a bare
    «أن/إن» clause, the verb's subject standing before it as the particle's noun: «إن تركيا وفصائل سورية موالية
    تشن منذ 20 كانون الثاني هجوما», «أن الجاني قام بتسديد عدة طعنات». Only when no candidate that can act stands
    between the verb and the noun (a verb-subject order is read elsewhere)."""
    for j in range(first - 1, max(-1, first - REACH - 1), -1):
        if keys[j] in CLAUSE_WORDS or keys[j] in COMPLEMENTS or toks[j].text in STOPS or toks[j].text in BRACKETS:
            return None
        if keys[j] in verbs:
            if any(j < c.first and c.last < first and not c.after_prep and can(c) for c in every):
                return None
            return that_subject(every, keys, toks, j, can)
    return None
