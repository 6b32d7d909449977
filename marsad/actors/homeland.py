"""«بلاده» / «بلادها» (his / her country) as a mention of the speaker's country.

Officials speak of their state as «بلاده»: «أعلن وزير الخارجية المغربي، ناصر بوريطة، عن قطع بلاده
للعلاقات مع طهران». The word names the country of the nearest person before it in the sentence (for
«بلادها» also of a body: «الخارجية المغربية … بلادها»): the person's country, else a nationality adjective
in the title beside the name («عبد الله بن زايد، وزير الخارجية الإماراتي، … بلاده»; «وزير الخارجية
المغربي، ناصر بوريطة، … بلاده»). The mention joins
that country's entity when the document names the country; otherwise it is left alone (no new actor is
made from a pronoun).
"""

from __future__ import annotations

from marsad.actors.names import load_nationalities
from marsad.actors.scan import TokenView
from marsad.actors.scan import word as _word
from marsad.model import Document, Entity, Mention
from marsad.text.normalize import normalize

HOMELAND_WORDS = {normalize("بلاده"): ("PER",), normalize("بلادها"): ("PER", "ORG")}
"""The possessed «country» and the entity types its pronoun may refer to."""
APPOSITION_WINDOW = 6
"""Tokens after a person's name searched for the nationality adjective of an apposed title."""


def homeland_mentions(doc: Document) -> None:
    """Add «بلاده»/«بلادها» as a mention of the country of the person (or body) who owns it."""
    view = TokenView(doc)
    hits = [i for i, t in enumerate(view.tokens) if _word(t) in HOMELAND_WORDS]
    if not hits:
        return
    countries: dict[str, Entity] = {}
    ents = {e.id: e for e in doc.entities}
    for p in doc.places:
        if p.source.startswith("country:") and p.country_code and p.entity_id in ents:
            countries.setdefault(p.country_code, ents[p.entity_id])
    if not countries:
        return
    owners = sorted(
        ((m.start, m.end, e) for e in doc.entities if e.type in ("PER", "ORG") for m in e.mentions),
        key=lambda x: x[0],
    )
    nats = load_nationalities()
    for i in hits:
        t = view.tokens[i]
        types = HOMELAND_WORDS[_word(t)]
        sent = view.sent[i]
        owner = next(
            (
                o
                for o in reversed(owners)
                if o[1] <= t.core_start and o[2].type in types and view.sentence_of(o[0]) == sent
            ),
            None,
        )
        if owner is None:
            continue
        country = owner[2].country or _apposed_nationality(view, owner[0], owner[1], i, nats)
        target = countries.get(country or "")
        if target is None or any(m.start == t.core_start for m in target.mentions):
            continue
        target.mentions.append(Mention(t.core_start, t.end, doc.text[t.core_start : t.end], target.type, sent))
        target.mentions.sort(key=lambda m: m.start)
        target.evidence.append(f"rule:«{t.text}» is the country of {owner[2].text}")


def _apposed_nationality(view: TokenView, start: int, end: int, limit: int, nats: dict[str, str]) -> str | None:
    """The country of a nationality adjective in the title beside a name: among the few tokens after it
    (up to token ``limit``), else among the few before it in its sentence («وزير الخارجية المغربي،
    ناصر بوريطة»)."""
    j, s = view.index_at(end - 1), view.index_at(start)
    if j is None or s is None:
        return None
    after = range(j + 1, min(limit, j + 1 + APPOSITION_WINDOW))
    before = range(s - 1, max(-1, s - 1 - APPOSITION_WINDOW), -1)
    for k in (*after, *before):
        if view.sent[k] != view.sent[s]:
            continue
        code = nats.get(_word(view.tokens[k]))
        if code:
            return code
    return None
