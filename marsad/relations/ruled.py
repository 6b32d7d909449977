"""A government named after its head: «حكومة حيدر العبادي», «لحكومة الفخفاخ» — the person leads it.

With a title between («حكومة رئيس الوزراء حيدر العبادي», «نظام الرئيس بشار الأسد») the title cue reads
the relation (:func:`marsad.relations.ends.title_ends`); bare, the recogniser either tags the person after
«حكومة» or runs the whole phrase into one organisation name. The person is then known by the gazetteer's
words of persons' names («حكومة إلياس الفخفاخ») or by the document's other mentions of persons: «حكومة
العبادي» after «رئيس الوزراء حيدر العبادي» earlier in the article. Only «حكومة» without the article: «الحكومة
العراقية» is no head's government, and «نظام»/«إدارة» are also common nouns («نظام الحكم», «إدارة الموارد»).
"""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.model import Document
from marsad.relations.slots import SentenceSlots, is_person
from marsad.text.normalize import normalize

GOVERNMENT = strip_article(normalize("حكومة"))


def person_words(doc: Document) -> frozenset[str]:
    """The keys of the document's persons' names and of their last words (a family name said alone:
    «العبادي» for «حيدر العبادي»)."""
    out: set[str] = set()
    for ent in doc.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            words = [strip_article(normalize(w)) for w in m.text.split()]
            if words:
                out.add(" ".join(words))
                if len(words[-1]) >= 3:
                    out.add(words[-1])
    return frozenset(out)


def headed_governments(
    ctx: SentenceSlots, name_units: dict[str, str], persons: frozenset[str]
) -> list[tuple[int, Candidate, Candidate]]:
    """(the token of «حكومة», its head, the word «حكومة» as the body) for each bare «حكومة X» with X a
    person."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for g, k in enumerate(keys[:-1]):
        if k != GOVERNMENT or toks[g].core.startswith("ال") or toks[g].suffix:
            continue
        if g in ctx.titles:
            continue  # «رئيس حكومة بافاريا هورست زيهوفر»: the head is named after the title, not after «حكومة»
        head: Candidate | None = next((c for c in ctx.cands if c.first == g + 1 and is_person(c)), None)
        if head is None:
            # the recogniser ran «حكومة X» into one name: X is a person by the gazetteer or the document
            run = next((c for c in ctx.cands if c.first == g and c.last > g and not is_person(c)), None)
            if run is not None:
                rest = keys[g + 1 : run.last + 1]
                known = " ".join(rest) in persons
                if known or (len(rest) >= 2 and "PER" in name_units.get(rest[0], "")):
                    start = toks[g + 1].start
                    head = Candidate(g + 1, run.last, start, run.end, ctx.doc.text[start : run.end], None, None, False)
        if head is None:
            continue
        tok = toks[g]
        body = Candidate(g, g, tok.core_start, tok.end, ctx.doc.text[tok.core_start : tok.end], None, None, False)
        out.append((g, head, body))
    return out
