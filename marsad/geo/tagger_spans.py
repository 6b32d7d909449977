"""Tagger spans that hold a place the geocoder would otherwise miss, mended before candidates are made.

Four constructions of news Arabic, common in Maghrebi and Levantine local news, make the tagger's span
wider than the place or give it the wrong type:

* a place span that runs over «و» into the next item of a list of places: «كفر الشيخ والمحلة الكبرى»
  becomes two mentions when each part is a gazetteer name and the whole is none (:func:`split_lists`);

* a governor's title taken into a person's span: «والي جندوبة» (Tunisian and Algerian governors),
  «محافظ عكار», «عمدة طرابلس» tagged as one person. The title names the office; what follows it is the
  territory it governs (README-places rule 6), so the span is cut to the place;
* two towns joined by «و» tagged as one organisation or person: «الطريق الرابط بين براك الشاطئ
  وأوباري». When each part is a well-known place (curated, a capital, a country or a town of
  :data:`STRONG_POPULATION`) and the whole is no name, the span becomes a place span, which the
  geocoder's list splitting then cuts in two;
* a forest, reserve or park named by its town: «غابات عين دراهم», «محمية الشوف». When the whole is no
  gazetteer name and the rest is a place, the mention is cut to the place, which locates the feature.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.geo.gazetteer import GeoEntry
from marsad.geo.named_after import PLACE_TYPES
from marsad.model import Document, Entity, Mention, Token
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

Lookup = Callable[[str], list[GeoEntry]]

GOVERNOR_TITLES = frozenset(normalize(w) for w in "محافظ والي حاكم عمدة معتمد".split())
"""Titles of a territory's governor: «والي» (wilaya, Tunisian governorate), «معتمد» (Tunisian
delegation), «محافظ», «حاكم», «عمدة» (mayor). «أمير» is left out: «أمير الكويت» is the emir."""

FEATURE_HEADS = frozenset(normalize(w) for w in "غابة غابات محمية منتزه متنزه".split())
"""Heads of a natural feature that news names by its town («غابات عين دراهم», «منتزه الباحة»)."""

STRONG_POPULATION = 10_000
"""Towns at least this large vouch for a «و»-joined pair of places tagged as one organisation."""


def _places(lookup: Lookup, text: str) -> list[GeoEntry]:
    return [e for e in lookup(text) if not e.nisba]


def _strong(entries: list[GeoEntry]) -> bool:
    return any(
        e.id.startswith(("curated:", "country:")) or e.capital or e.population >= STRONG_POPULATION for e in entries
    )


def _cut(doc: Document, m: Mention, start: int) -> Mention:
    return Mention(start, m.end, doc.text[start : m.end], "LOC", m.sentence, m.score)


def _cut_after_head(
    doc: Document, ent: Entity, lookup: Lookup, head_ok: Callable[[Mention, Token], bool]
) -> list[Mention] | None:
    """Every mention of ``ent`` cut to the place after its first word, when that word passes ``head_ok``
    and the rest is a place; None when any mention does not."""
    cut: list[Mention] = []
    for m in ent.mentions:
        toks = tokenize(doc.text, m.start, m.end)
        if len(toks) < 2 or not head_ok(m, toks[0]):
            return None
        start = toks[1].core_start
        if not _places(lookup, doc.text[start : m.end]):
            return None
        cut.append(_cut(doc, m, start))
    return cut


def governed_places(doc: Document, lookup: Lookup) -> None:
    """«والي جندوبة» tagged as a person: the span is cut to the governed place and becomes a place."""
    for ent in doc.entities:
        if ent.type != "PER" or not ent.mentions:
            continue
        cut = _cut_after_head(
            doc, ent, lookup, lambda m, head: head.core in GOVERNOR_TITLES and not head.prefix.lstrip("وف")
        )
        if cut is None:
            continue
        ent.mentions[:] = cut
        ent.text, ent.type = cut[0].text, "LOC"
        ent.evidence.append("retyped PER→place: the territory after a governor's title")


def joined_places(doc: Document, lookup: Lookup) -> None:
    """«براك الشاطئ وأوباري» tagged as one organisation: two well-known places joined by «و» make the
    span a place span (the geocoder's list splitting then makes two mentions of it)."""
    for ent in doc.entities:
        if ent.type in PLACE_TYPES or len(ent.mentions) != 1:
            continue
        m = ent.mentions[0]
        if " و" not in m.text or _places(lookup, m.text):
            continue
        toks = tokenize(doc.text, m.start, m.end)
        cut = next((j for j, t in enumerate(toks) if j > 0 and t.prefix.startswith("و")), None)
        if cut is None or len(toks) > 6:
            continue
        left = doc.text[m.start : toks[cut - 1].end]
        right = doc.text[toks[cut].core_start : m.end]
        if _strong(_places(lookup, left)) and _strong(_places(lookup, right)):
            ent.evidence.append(f"retyped {ent.type}→place: two known places joined by «و»")
            ent.type = "LOC"


def named_by_town(doc: Document, lookup: Lookup, entities: list[Entity] | None = None) -> None:
    """«غابات عين دراهم»: a forest, reserve or park that no gazetteer knows, named by a place, is cut to
    that place. ``entities``: those to mend (default: the document's; the kind-word scan's own too)."""
    for ent in doc.entities if entities is None else entities:
        if ent.type not in PLACE_TYPES or not ent.mentions:
            continue
        cut = _cut_after_head(doc, ent, lookup, lambda m, head: head.core in FEATURE_HEADS and not lookup(m.text))
        if cut is None:
            continue
        ent.mentions[:] = cut
        ent.text = cut[0].text
        ent.evidence.append("a natural feature named by its town: the town")


def split_lists(doc: Document, lookup: Lookup) -> None:
    """«كفر الشيخ والمحلة الكبرى»: a tagger's place span that runs over «و» into the next item of a
    list of places becomes two mentions, when each part is a gazetteer name and the whole is none.
    The second part leaves its entity for an entity of its own."""
    added: list[tuple[Entity, Mention]] = []
    for ent in doc.entities:
        if ent.type not in PLACE_TYPES:
            continue
        for m in list(ent.mentions):
            if " و" not in m.text or not 0 <= m.sentence < len(doc.sentences):
                continue
            toks = [t for t in doc.sentences[m.sentence].tokens if m.start <= t.start and t.end <= m.end]
            cut = next((j for j, t in enumerate(toks) if j > 0 and t.prefix.startswith("و")), None)
            if cut is None or lookup(m.text):
                continue
            left = Mention(
                m.start, toks[cut - 1].end, doc.text[m.start : toks[cut - 1].end], m.label, m.sentence, m.score
            )
            right = Mention(
                toks[cut].core_start, m.end, doc.text[toks[cut].core_start : m.end], m.label, m.sentence, m.score
            )
            if not (left.text.strip() and right.text.strip()):
                continue
            if not any(not e.nisba for e in lookup(left.text)) or not any(not e.nisba for e in lookup(right.text)):
                continue
            ent.mentions[ent.mentions.index(m)] = left
            added.append((ent, right))
    if not added:
        return
    n = doc.last_entity_number()
    for ent, right in added:
        n += 1
        new = Entity(f"e{n}", right.text, ent.type, [right], " ".join(normalize(right.text).split()))
        new.evidence.append("split from a place span that ran over «و» into the next item of a list")
        doc.entities.append(new)


SPLIT_HEADS = frozenset(normalize(w) for w in "بني بنو أبو أبا أم آل بيت عين بئر رأس دير كفر تل خميس".split())
"""First words of two-word place names that the tagger cuts off the second word when the second is a
personal name: «محافظ بني حسن محمد البقيصي» tagged as the place «بني» and the person «حسن محمد …»."""


def rejoined_heads(doc: Document, lookup: Lookup) -> None:
    """«بني» + «حسن …»: a place span that is only the head of a two-word place name (:data:`SPLIT_HEADS`),
    right before a person's or organisation's span whose first word completes a name the gazetteer knows
    («بني حسن», the governorate of al-Baha), takes that word; the person keeps the rest or disappears."""
    starts = {m.start: (e, m) for e in doc.entities if e.type not in PLACE_TYPES for m in e.mentions}
    changed = False
    for ent in doc.entities:
        if ent.type not in PLACE_TYPES:
            continue
        for k, m in enumerate(ent.mentions):
            after = doc.text[m.end : m.end + 3]  # a gap of 1 or 2 spaces: 3 characters tell
            gap = len(after) - len(after.lstrip(" "))
            if not 0 < gap <= 2 or m.end + gap not in starts:
                continue  # checked first: it needs no tokenizing
            toks = tokenize(doc.text, m.start, m.end)
            if len(toks) != 1 or toks[0].core not in SPLIT_HEADS:
                continue
            other, o = starts[m.end + gap]
            nxt = tokenize(doc.text, o.start, o.end)
            if not nxt or nxt[0].prefix:
                continue
            end = nxt[0].end
            if not _places(lookup, doc.text[m.start : end]):
                continue
            ent.mentions[k] = Mention(m.start, end, doc.text[m.start : end], m.label, m.sentence, m.score)
            rest = nxt[1].start if len(nxt) > 1 else None
            other.mentions.remove(o)
            if rest is not None:
                other.mentions.append(Mention(rest, o.end, doc.text[rest : o.end], o.label, o.sentence, o.score))
                other.mentions.sort(key=lambda x: x.start)
                other.text = other.mentions[0].text
            if len(ent.mentions) == 1:
                ent.text = ent.mentions[0].text
            ent.evidence.append("a place name's head rejoined with its second word from a person's span")
            changed = True
    if changed:
        doc.entities[:] = [e for e in doc.entities if e.mentions]


def mend_spans(doc: Document, lookup: Lookup) -> None:
    """The mendings of one entity's span, in order (a place name's head first, then a governed place: its
    title is no feature head); the geocoder then splits lists (:func:`split_lists`)."""
    rejoined_heads(doc, lookup)
    governed_places(doc, lookup)
    joined_places(doc, lookup)
    named_by_town(doc, lookup)
