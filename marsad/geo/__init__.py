"""Places: geocoding the place entities of a document, with the document as context.

The stage works in four steps:

1. **Candidates.** Every LOC/GPE/FAC entity is looked up in the gazetteer (:mod:`marsad.geo.gazetteer`)
   by its mentions' keys; a leading type word («مدينة», «محافظة», «ولاية», «منطقة» …) is tried off as
   well. Places the tagger missed are added from a gazetteer scan of the text, but only for names that
   cannot be ordinary words: countries, curated places and cities of 50,000 people or more whose name
   is not a common word (Zipf frequency below 4.5 in wordfreq).
2. **Nisba adjectives.** «الجزائرية», «التركي», «القوات السعودية»: a country's adjective is an
   affiliation, not a place. Such a mention gives no place; the entity keeps the country as
   ``entity.country`` (the actors stage uses it).
3. **Disambiguation.** Each candidate scores a prior (countries first, then curated places, then
   cities by population) plus the share of the document's unambiguous place mentions that lie in the
   candidate's country. So «طرابلس» in an article about Libya is Tripoli, Libya, and in an article about
   Lebanon Tripoli, Lebanon; an unknown small place is biased to the countries around it.
4. **Places no gazetteer lists** (:mod:`marsad.geo.context`): names a place-kind word announces
   («قرية فيفا», «حي الشيخ مقصود») become places, and an unknown place takes the coordinates of the
   place its sentence puts it in or near, marked ``precision = "near"``; one that has no such place but
   shares its sentence with places of one country (capitals aside) gets that country (``precision =
   "country"``).
5. **Focus.** The country with the most place mentions (a city counts for its country), and its most
   mentioned place.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from marsad.geo.context import DIRECTIONS, LOCATIVE, containers, kind_word_places, kind_words, plausible_entries
from marsad.geo.gazetteer import GeoEntry, PlaceGazetteer, distance_km, load_places, name_key
from marsad.geo.latin_match import CONFIDENCE as LATIN_CONFIDENCE
from marsad.geo.latin_match import latin_index
from marsad.model import Document, Entity, Mention, Place, Token
from marsad.settings import GeoSettings
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

__all__ = ["PlaceStage", "distance_km", "load_places"]

PLACE_TYPES = ("LOC", "GPE", "FAC")
TYPE_WORDS = frozenset(
    normalize(w)
    for w in (
        "مدينة بلدة قرية محافظة ولاية منطقة إقليم اقليم مقاطعة بلدية شعبية عاصمة العاصمة جزيرة مديرية قضاء ناحية"
    ).split()
)
"""Words that name the kind of place before its name («مدينة سرت»); tried off when looking up."""

DEFINITE_HEADS = frozenset(
    normalize(w)
    for w in (
        "الحكومة القوات السلطات الخارجية الداخلية الدفاع الأجهزة الوزارة الأمن الشرطة البحرية الطائرات "
        "المقاتلات الوحدات الجهات الرئاسة الصحف الصحيفة الوكالة القناة الشركة الشركات المصادر المعارضة "
        "الميليشيات الفصائل الدولة الأراضي الحدود العاصمة المملكة المدن المدينة البلاد السفارة القنصلية "
        "الجيش الحرس القيادة الاستخبارات الرئيس الملك الأمير الوزير الوفد الشعب الجالية الطائفة العملة"
    ).split()
)
"""Definite nouns that a following nisba adjective qualifies («الحكومة الجزائرية», «القوات السعودية»)."""

FEATURE_TYPE = {
    "country": "GPE",
    "region": "GPE",
    "city": "GPE",
    "district": "GPE",
    "facility": "FAC",
    "border_crossing": "FAC",
    "natural": "LOC",
}

_PRIOR = {"country": 4.0, "region": 2.6, "facility": 2.6, "border_crossing": 2.6, "natural": 2.4, "district": 2.2}
_SCAN_MIN_POPULATION = 20_000
_BIG_CITY = 1_000_000
_SCAN_MAX_ZIPF = 4.5
_STRAY_POPULATION = 250_000


def _prior(e: GeoEntry) -> float:
    if e.weak:
        return 1.5
    if e.feature in _PRIOR:
        base = _PRIOR[e.feature] + (0.3 if e.id.startswith("curated:") else 0.0)
    else:
        base = math.log10(e.population + 10) / 2.0  # a city of 1M: 3.0; 10,000: 2.0
    return base + (1.0 if e.capital else 0.0)


@dataclass(slots=True)
class _Candidate:
    entity: Entity
    entries: list[GeoEntry]
    nisba_of: str | None = None
    mentions: list[Mention] | None = None
    """The mentions that name the place, when some of the entity's mentions are adjectives."""


class PlaceStage:
    """Pipeline stage ``places``: a :class:`~marsad.model.Place` for every place entity, and the focus."""

    name = "places"

    def __init__(self, settings: GeoSettings | None = None) -> None:
        s = settings or GeoSettings()
        self.gazetteer: PlaceGazetteer = load_places(s.extra_places)

    # -- candidates ---------------------------------------------------------------------------------
    def _lookup(self, text: str, elided: bool = False) -> list[GeoEntry]:
        """Gazetteer entries for a name; ``elided``: the name follows «لل» («لليمن»), whose article
        lost its alif, so «يمن» is looked up as «اليمن» too."""
        key = name_key(text)
        found = self.gazetteer.lookup(key)
        if not found and len(key) > 1 and key[0] in TYPE_WORDS:
            found = self.gazetteer.lookup(key[1:])
        if not found and key and key[0].startswith("ال") and len(key) == 1:
            found = self.gazetteer.lookup((key[0][2:],))
        if not found and elided and key and not key[0].startswith("ال"):
            found = self.gazetteer.lookup(("ال" + key[0], *key[1:]))
        return found

    def _nisba_mentions(
        self, doc: Document, entity: Entity, entries: list[GeoEntry]
    ) -> tuple[str | None, list[Mention]]:
        """``(country, mentions used as a nisba adjective)`` of a place entity.

        A pure adjective («الجزائرية», «التركي») always is one. A form that is also the country's name
        («السعودية») is an adjective where it follows a definite noun that it qualifies («الحكومة
        السعودية», «الأراضي السعودية»), not after a preposition, a verb or an indefinite word («في
        السعودية», «زار السعودية»).
        """
        nisba = [e for e in entries if e.nisba]
        if not nisba:
            return None, []
        if not any(not e.nisba for e in entries):
            return nisba[0].country, list(entity.mentions)
        used: list[Mention] = []
        for m in entity.mentions:
            prev = tokenize(doc.text, max(0, m.start - 40), m.start)
            head = prev[-1].core if prev else ""
            if head in DEFINITE_HEADS or (
                head.startswith("ال") and head not in TYPE_WORDS and not head.endswith(("ي", "يه"))
            ):
                used.append(m)
        return nisba[0].country, used

    def _candidates(self, doc: Document, entities: list[Entity]) -> list[_Candidate]:
        cands: list[_Candidate] = []
        for ent in entities:
            if ent.type not in PLACE_TYPES:
                continue
            entries: list[GeoEntry] = []
            elided = any(doc.text[max(0, m.start - 2) : m.start] == "لل" for m in ent.mentions)
            for text in dict.fromkeys([ent.text, *(m.text for m in ent.mentions)]):
                entries = self._lookup(text, elided)
                if entries:
                    break
            nisba_cc, as_adjective = self._nisba_mentions(doc, ent, entries) if entries else (None, [])
            places = [e for e in entries if not e.nisba]
            if nisba_cc and as_adjective and len(as_adjective) < len(ent.mentions):
                cands.append(_Candidate(ent, places, None, [m for m in ent.mentions if m not in as_adjective]))
                continue
            if not as_adjective:
                nisba_cc = None
            if any(e.feature == "country" for e in places) and self._capital_follows(doc, ent):
                capitals = [e for e in places if e.capital] or self._capitals_of({e.country for e in places})
                places = capitals or places
            cands.append(_Candidate(ent, places, nisba_cc))
        return cands

    def _capital_follows(self, doc: Document, ent: Entity) -> bool:
        """«تونس العاصمة», «الجزائر العاصمة»: the country's name followed by «العاصمة» is its capital."""
        m = ent.mentions[0]
        nxt = tokenize(doc.text, m.end, min(len(doc.text), m.end + 20))
        return bool(nxt) and nxt[0].norm == "العاصمه"

    def _capitals_of(self, countries: set[str]) -> list[GeoEntry]:
        out = []
        for cc in countries:
            country = self.gazetteer.countries.get(cc)
            if country:
                out += [e for e in self.gazetteer.lookup(name_key(country.name)) if e.capital and e.country == cc]
        return out

    def __call__(self, doc: Document) -> Document:
        self._widen(doc)
        cands = self._candidates(doc, doc.entities)
        weights = _country_weights(cands)
        cands += self._candidates(doc, self._retype(doc, weights))
        cands += self._candidates(doc, self._scan(doc, weights))
        kind_entities, kind_features = kind_word_places(doc, self.gazetteer, PLACE_TYPES)
        announced = self._candidates(doc, kind_entities)
        for c in announced:
            c.entries = plausible_entries(c.entries, weights)
        cands += announced
        weights = _country_weights(cands)
        total = sum(weights.values()) or 1.0
        places: list[Place] = []
        # the countries each candidate may lie in, and how many candidates name each country
        may = [{o.nisba_of} if o.nisba_of else {e.country for e in o.entries} for o in cands]
        named = Counter(cc for ccs in may for cc in ccs)
        for c, own in zip(cands, may, strict=True):
            ent = c.entity
            if c.nisba_of:
                ent.country = c.nisba_of
                ent.evidence.append(f"nisba:{c.nisba_of} ({ent.text})")
                continue
            entries = [e for e in c.entries if not _stray(e, own, named)]
            if not entries:
                places.append(
                    Place(
                        ent.id,
                        ent.text,
                        None,
                        None,
                        None,
                        None,
                        "unknown",
                        None,
                        0.0,
                        c.mentions or ent.mentions,
                        "",
                        precision="unknown",
                    )
                )
                continue
            scored = sorted(
                ((_prior(e) + 2.5 * weights[e.country] / total, e) for e in entries),
                key=lambda se: (-se[0], se[1].id),
            )
            best_score, best = scored[0]
            runner = scored[1][0] if len(scored) > 1 else 0.0
            confidence = 1.0 if len(scored) == 1 else 1.0 / (1.0 + math.exp(-(best_score - runner) * 2.0))
            ent.type = FEATURE_TYPE.get(best.feature, ent.type)
            if ent.country is None and best.country:
                ent.country = best.country
            places.append(
                Place(
                    ent.id,
                    # a GeoNames entry's first Arabic name may be a rare variant: the article's own
                    # spelling then reads better; curated entries and countries have a chosen name
                    best.name if not best.id.startswith("geonames:") else ent.text,
                    best.latin or None,
                    best.lat,
                    best.lon,
                    best.country or None,
                    best.feature,
                    best.geonames_id,
                    confidence,
                    c.mentions or ent.mentions,
                    best.id,
                    capital=best.capital,
                )
            )
        containers(doc, places, kind_features)
        _latin_towns(places)
        by_id = {e.id: e for e in doc.entities}
        for p in places:
            owner = by_id.get(p.entity_id)
            if owner is not None and owner.country is None and p.country_code and p.precision != "exact":
                owner.country = p.country_code
        doc.places = places
        doc.focus = _focus(places)
        return doc

    def _retype(self, doc: Document, weights: defaultdict[str, float]) -> list[Entity]:
        """PER/ORG/MISC entities that are well-known places of a country the document talks about.

        The tagger sometimes calls a town a person (أوباري) or an organisation (بني وليد); when the
        whole name is a curated place, a capital or a city of 100,000 people or more in a country the
        document already places things in, it is taken as a place.
        """
        out: list[Entity] = []
        for ent in doc.entities:
            if ent.type in PLACE_TYPES:
                continue
            entries = [e for e in self._lookup(ent.text) if not e.nisba]
            strong = [
                e
                for e in entries
                if weights[e.country] > 0
                and (e.id.startswith("curated:") or e.capital or e.population >= 100_000 or e.feature == "country")
            ]
            if strong:
                ent.evidence.append(f"retyped {ent.type}→place: gazetteer {strong[0].id} in a country of the document")
                ent.type = "LOC"
                out.append(ent)
        return out

    def _widen(self, doc: Document) -> None:
        """A place mention inside a longer gazetteer name of another place becomes a mention of that
        place: the tagger often marks only «العراق» of «كردستان العراق», or the two words apart.

        The longer name must find other entries than the mention alone and add no kind word or direction
        («مطار عدن», «محافظة لحج», «جنوب اليمن» stay mentions of Aden, Lahij and Yemen). The widened
        mention leaves its entity (Iraq keeps its other mentions) for an entity of its own.
        """
        g = self.gazetteer
        kinds = kind_words()
        by_sentence: defaultdict[int, list[tuple[Entity, Mention]]] = defaultdict(list)
        for ent in doc.entities:
            for m in ent.mentions:
                by_sentence[m.sentence].append((ent, m))
        widened: list[Mention] = []
        for si, pairs in by_sentence.items():
            if not 0 <= si < len(doc.sentences):
                continue
            toks = doc.sentences[si].tokens
            for ent, m in list(pairs):
                if ent.type not in PLACE_TYPES or (ent, m) not in pairs:
                    continue
                k = next((j for j, t in enumerate(toks) if t.end > m.start), None)
                if k is None:
                    continue
                own: set[str] | None = None  # the mention's own entries, looked up only when needed
                for i in range(max(0, k - 2), k + 1):
                    hit = g.index.longest(toks, i, toks[i].core)
                    if hit is None or len(hit) < 2:
                        continue
                    entries = [e for e in g.lookup(hit) if not e.nisba]
                    if own is None:
                        own = {e.id for e in self._lookup(m.text)}
                    if not entries or {e.id for e in entries} <= own:
                        continue
                    start, end = toks[i].core_start, toks[i + len(hit) - 1].end
                    if not (start <= m.start and m.end <= end and (start, end) != (m.start, m.end)):
                        continue
                    extra = [t for t in toks[i : i + len(hit)] if t.end <= m.start or t.start >= m.end]
                    if any(t.core in kinds or t.core in DIRECTIONS or t.norm in kinds for t in extra):
                        continue
                    inner = [(e, o) for e, o in pairs if o.start < end and start < o.end]
                    if any(e.type not in PLACE_TYPES or o.start < start or o.end > end for e, o in inner):
                        continue  # the longer name would cut or swallow a mention of something else
                    for e, o in inner:
                        e.mentions.remove(o)
                        pairs.remove((e, o))
                    widened.append(Mention(start, end, doc.text[start:end], "LOC", si, m.score))
                    break
        if not widened:
            return
        doc.entities[:] = [e for e in doc.entities if e.mentions]
        n = max((int(e.id[1:]) for e in doc.entities if e.id[1:].isdigit()), default=0)
        for w in widened:
            n += 1
            ent = Entity(f"e{n}", w.text, "LOC", [w], " ".join(normalize(w.text).split()))
            ent.evidence.append("widened to the gazetteer name around the tagger's place")
            doc.entities.append(ent)

    # -- places the tagger missed -------------------------------------------------------------------
    def _scan(self, doc: Document, weights: defaultdict[str, float]) -> list[Entity]:
        """Entities for place names the tagger missed (see the module docstring); added to ``doc``."""
        covered = [(m.start, m.end) for e in doc.entities for m in e.mentions]
        found: dict[str, list[Mention]] = {}
        g = self.gazetteer
        for si, sent in enumerate(doc.sentences):
            toks = sent.tokens
            i = 0
            while i < len(toks):
                hit = g.index.longest(toks, i, toks[i].core)
                if hit is None or not self._plausible(hit, weights, _locative(toks, i)):
                    i += 1
                    continue
                start, end = toks[i].core_start, toks[i + len(hit) - 1].end
                if not any(s < end and start < e for s, e in covered):
                    text = doc.text[start:end]
                    found.setdefault(" ".join(hit), []).append(Mention(start, end, text, "LOC", si, 0.5))
                    covered.append((start, end))
                i += len(hit)
        added: list[Entity] = []
        n = max((int(e.id[1:]) for e in doc.entities if e.id[1:].isdigit()), default=0)
        for joined, mentions in found.items():
            n += 1
            text = Counter(m.text for m in mentions).most_common(1)[0][0]
            added.append(Entity(f"e{n}", text, "LOC", mentions, joined, evidence=["gazetteer scan"]))
        doc.entities.extend(added)
        return added

    def _plausible(self, key: tuple[str, ...], weights: defaultdict[str, float], locative: bool = False) -> bool:
        """Whether a gazetteer match the tagger did not label may be taken as a place.

        Countries and curated places always; a city only when it is large, or in a country the
        document already talks about, and its name is not a common word (many Arabic place names
        are also words: سيول floods, مساكن houses, المدينة the city). After a word that says where
        («في الأحساء», «بالرياض», «قرب X») a curated place or a town of 20,000 people may be a more common
        word, and in a country the document has not named yet. A name that is also an adjective
        («السعودية») is taken; the nisba step then keeps only its uses as a place («بقيادة السعودية»,
        not «الحكومة السعودية»).
        """
        entries = self.gazetteer.lookup(key)
        if not entries or all(e.nisba for e in entries):
            return False
        z = zipf(key[0]) if len(key) == 1 else 0.0
        for e in entries:
            if e.feature == "country":
                return True
            if e.weak:
                continue
            if e.id.startswith("curated:"):
                # a curated name that is also a common word («الميناء» the port, El Mina in Lebanon)
                # only in a document about that country
                return z < (4.6 if locative else 4.0) or (z < 5.5 and weights[e.country] > 0)
            if e.population >= _BIG_CITY and z < 5.3:
                return True
            if (
                (e.population >= _SCAN_MIN_POPULATION or e.capital)
                and z < _SCAN_MAX_ZIPF
                and (locative or weights[e.country] > 0)
            ):
                return True
        return False


def _stray(e: GeoEntry, own: set[str], named: Counter[str]) -> bool:
    """A town abroad that only shares a name with a place of the document's countries: a GeoNames city
    under :data:`_STRAY_POPULATION` in a country no other place of the document can be in, while it
    names places elsewhere («الرين» in a Saudi article is not Rennes). Such a place stays unknown, so
    the steps that read its sentence can place it. ``own``: the countries of the entry's candidate;
    ``named``: for each country, how many of the document's candidates may lie in it."""
    if not e.id.startswith("geonames:") or e.population >= _STRAY_POPULATION or e.capital:
        return False
    elsewhere = any(n > (cc in own) for cc, n in named.items())
    return elsewhere and named[e.country] <= (e.country in own)


def _locative(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` is introduced as a place: «بالرياض», «في الأحساء», «قرب أحفير»."""
    tok = toks[i]
    return tok.prefix.startswith(("ب", "وب")) or (i > 0 and toks[i - 1].core in LOCATIVE)


def _latin_towns(places: list[Place]) -> None:
    """Coordinates for places known only roughly, from towns GeoNames names in Latin letters only
    (:mod:`marsad.geo.latin_match`)."""
    index = latin_index()
    # the document's countries, most named first: a place the sentence puts in one country may lie in
    # the neighbour the article is about («… من الجزائر … قرب أحفير» in a Moroccan article)
    counts = Counter(p.country_code for p in places if p.precision == "exact" and p.country_code for _ in p.mentions)
    for p in places:
        if p.precision not in ("near", "country") or not p.country_code:
            continue
        if p.precision == "near" and p.lat is not None and p.lon is not None:
            town = index.match(p.name, p.country_code, (p.lat, p.lon))
        else:
            tried = [p.country_code] + [cc for cc, _ in counts.most_common(3) if cc != p.country_code]
            town = next((t for cc in tried if (t := index.match(p.name, cc, None)) is not None), None)
        if town is None:
            continue
        p.country_code = town.country
        p.lat, p.lon, p.latin, p.geonames_id = town.lat, town.lon, town.latin, town.geonames_id
        p.feature, p.precision, p.confidence = "city", "exact", LATIN_CONFIDENCE
        p.source = f"latin:geonames:{town.geonames_id}"


def _country_weights(cands: list[_Candidate]) -> defaultdict[str, float]:
    """Mentions per country among the candidates that name one country only (nisba count half)."""
    weights: defaultdict[str, float] = defaultdict(float)
    for c in cands:
        if c.nisba_of:
            weights[c.nisba_of] += 0.5 * len(c.entity.mentions)
            continue
        ccs = {e.country for e in c.entries}
        if len(ccs) == 1:
            weights[next(iter(ccs))] += len(c.mentions or c.entity.mentions)
    return weights


def _focus(places: list[Place]) -> dict[str, str | None] | None:
    by_cc: Counter[str] = Counter()
    for p in places:
        if p.country_code:
            by_cc[p.country_code] += len(p.mentions)
    if not by_cc:
        return None
    cc = sorted(by_cc.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    inner = [p for p in places if p.country_code == cc and p.feature != "country"]
    best = max(inner, key=lambda p: (len(p.mentions), -p.mentions[0].start), default=None)
    return {
        "country_code": cc,
        "place": best.entity_id if best else None,
        "latin": best.latin if best else None,
    }
