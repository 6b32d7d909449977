"""«بلاده», «بلادها», «بلادنا» (his, its, our country) as an actor: «أكد أن بلاده تدعم حكومة الوفاق», «دعم
بلاده لحكومة الوفاق», «تأكيدات بلاده بدعمها لليمن», «قطع بلاده للعلاقات مع إيران».

Officials speak of their state this way in every press (a minister's «بلاده», a president's «بلادنا» in a
quote); the annotators take the word itself as the end (`rel-294`, `rel-1600`: «بلاده»), as with any pronoun
end resolved in the evidence. The recogniser tags no such word, so the relation cues found no actor there. Only
the word itself is added as an unnamed candidate; the cues decide whether it takes part in a relation.
Used by :meth:`marsad.relations.RelationStage.extract`.
"""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.model import Document, Sentence
from marsad.relations.slots import clitics, norm_words, word_candidate

HOMELANDS = norm_words("بلاده بلادها بلادنا بلادهم")


def homeland_candidates(doc: Document, sent: Sentence, keys: list[str], cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each «بلاده/بلادها/بلادنا» no candidate covers added as an unnamed actor, in order."""
    toks = sent.tokens
    extra = [
        j
        for j, k in enumerate(keys)
        if (k in HOMELANDS or toks[j].core in HOMELANDS)
        and set(clitics(toks[j])) <= {"و", "ل", "ب", "ف"}
        and not any(c.first <= j <= c.last for c in cands)
    ]
    if not extra:
        return cands
    return sorted([*cands, *(word_candidate(doc, toks[j], j) for j in extra)], key=lambda c: c.first)
