"""Where a person lives, said after the place with «حيث»: «عاد إلى مدينة النجف حيث يعيش الصدر», «فر مشار
من بلده إلى جنوب أفريقيا حيث يعيش مذاك في المنفى», «… إلى لندن حيث يقيم». The place is the one named right
before «حيث»; the resident is the subject after the verb, or else (a dropped subject) the person the sentence
is about, named before the place. Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from itertools import pairwise

from marsad.events.coder import Candidate
from marsad.relations.slots import Ends, Hit, SentenceSlots, is_person, norm_words

WHERE_WORD = norm_words("حيث")
RESIDE = norm_words("يعيش تعيش يقيم تقيم يقطن تقطن يعيشون يقيمون يستقر تستقر")
"""Verbs of living somewhere (imperfect: where someone lives now)."""
RESIDENT_WORDS = 20
"""At most this many words between a dropped subject's person and the verb."""


def has_residence(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built: «حيث» right before a verb of living."""
    if WHERE_WORD.isdisjoint(keys):
        return False
    return any(k in WHERE_WORD and nxt in RESIDE for k, nxt in pairwise(keys))


def residence_pairs(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(verb token, resident, place)`` for each «PLACE حيث يعيش X» of the sentence."""
    keys, toks = ctx.keys, ctx.sent.tokens
    out: list[tuple[int, Candidate, Candidate]] = []
    for w, k in enumerate(keys):
        if k not in WHERE_WORD or w + 1 >= len(keys) or keys[w + 1] not in RESIDE:
            continue
        place = next((c for c in reversed(ctx.cands) if c.last < w and w - c.last <= 2), None)
        if place is None or place.place is None:
            continue
        v = w + 1
        resident = next((c for c in ctx.cands if v < c.first <= v + 2 and is_person(c)), None)
        if resident is None:
            resident = next(
                (
                    c
                    for c in reversed(ctx.cands)
                    if c.last < place.first and is_person(c) and v - c.last <= RESIDENT_WORDS
                ),
                None,
            )
            if resident is not None and any(toks[j].text in ".؟!" for j in range(resident.last + 1, w)):
                resident = None
        if resident is not None:
            out.append((v, resident, place))
    return out


LIVE = norm_words("يعيش تعيش")


def lived_in(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """The ends of «يعيش في» (cues.tsv): only a person lives somewhere («ويعيش ملايين اللاجئين في لبنان» is no
    actor's seat), and the place is the one named after a place word and its nationality adjective («في العاصمة
    السعودية الرياض»: Riyadh, not «العاصمة»)."""
    if h.cue.type != "located_in" or ctx.keys[h.first] not in LIVE:
        return ends
    out: Ends = []
    for src, tgt, sub in ends:
        if not is_person(src):
            continue
        if tgt.place is None and tgt.entity is None:
            named = next((c for c in ctx.cands if 0 < c.first - tgt.last <= 2 and c.place is not None), None)
            if named is None:
                continue
            tgt = named
        out.append((src, tgt, sub))
    return out
