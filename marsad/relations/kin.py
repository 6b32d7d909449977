"""Kin nouns the recogniser ran into a person's name: «تولى أحمد نجل صالح قيادتها» tagged as one person
«أحمد نجل صالح». :func:`marsad.relations.ends.outside_names` drops a title or kin cue inside a name, as «بن»
and «قائد» often are part of one («عبد الله بن زايد», «أحمد قايد صالح»); «نجل», «شقيق», «زوجة» never are, so
they stay cues and the name is cut at them (the relative before, the one related after). Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.coder import Candidate
from marsad.model import Document, Sentence
from marsad.relations.slots import Hit, norm_words

NEVER_NAMES = norm_words("نجل نجلة شقيق شقيقة زوجة أرملة")
"""Kin nouns that are no part of an Arabic personal name (unlike «بن», «ابن», «أبو»)."""


def kin_in_names(hits: list[Hit], kept: list[Hit], keys: list[str]) -> tuple[list[Hit], set[int]]:
    """``kept`` (the hits outside names) with the kin hits of :data:`NEVER_NAMES` put back, in sentence
    order, and the token positions of those put back (a name is cut there)."""
    back = [
        h
        for h in hits
        if h not in kept
        and h.cue.pattern == "kin"
        and h.first == h.last
        and not h.pronoun
        and keys[h.first] in NEVER_NAMES
    ]
    if not back:
        return kept, set()
    return sorted(kept + back, key=lambda h: (h.first, h.last)), {h.first for h in back}


def split_kin_names(doc: Document, sent: Sentence, cands: list[Candidate], inner: set[int]) -> list[Candidate]:
    """The person candidates cut at the kin nouns of ``inner``: «أحمد نجل صالح» → «أحمد», «صالح», both
    persons (the recogniser's label held for the whole run, and each side of «نجل» is a person)."""
    if not inner:
        return cands
    toks = sent.tokens
    out: list[Candidate] = []
    for c in cands:
        k = next((k for k in sorted(inner) if c.first < k < c.last), None)
        if k is None or c.entity is None or c.entity.type != "PER":
            out.append(c)
            continue
        end, start = toks[k - 1].end, toks[k + 1].core_start
        out.append(replace(c, last=k - 1, end=end, text=doc.text[c.start : end]))
        out.append(replace(c, first=k + 1, start=start, text=doc.text[start : c.end]))
    return out
