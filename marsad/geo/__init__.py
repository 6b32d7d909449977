"""Places: geocoding the place entities of a document, with the document as context.

The stage works in four steps:

1. **Candidates.** Every LOC/GPE/FAC entity is looked up in the gazetteer (:mod:`marsad.geo.gazetteer`)
   by its mentions' keys; a leading type word («مدينة», «محافظة», «ولاية», «منطقة» …) is tried off as
   well. Places the tagger missed are added from a gazetteer scan of the text, but only for names that
   cannot be ordinary words: countries, curated places and cities of 50,000 people or more whose name
   is not a common word (Zipf frequency below 4.5 in wordfreq). A mention inside a longer gazetteer name
   becomes a mention of that name («جنوب السودان», «قناة السويس»); a name the scan found after a cue is
   taken again where the text names it without one («بالأحساء» … «أمين الأحساء»); a hashtag's «#» and «_»
   are read as the words they join («#دير_الزور»); a country's name without its article
   («عراق موحد») is the country; a place's name after «شارع», «شركة», «نادي», «صحيفة» names a street or a
   body, not the place, and one inside another phrase is none («سورية الجنسية», «القوة القاهرة»:
   :mod:`marsad.geo.phrases`); a dateline's town («سبق- أبها:») is a place however common a word.
2. **Nisba adjectives** (:mod:`marsad.geo.nisbas`). «الجزائرية», «التركي», «القوات السعودية»: a country's
   adjective is an affiliation, not a place. Such a mention gives no place; the entity keeps the country as
   ``entity.country`` (the actors stage uses it).
3. **Disambiguation.** Each candidate scores a prior (countries first, then curated places, then
   cities by population, with a small lead for the Arab states and their neighbours over a namesake
   elsewhere) plus the share of the document's unambiguous place mentions that lie in the candidate's
   country. So «طرابلس» in an article about Libya is Tripoli, Libya, and in an article about
   Lebanon Tripoli, Lebanon; an unknown small place is biased to the countries around it. Namesakes
   abroad are dropped first: a small GeoNames town, or a curated place named by a common word, in a
   country no other place of the document names («الجبيلة» in Derna, «الريف» in Daraa), and any town
   abroad listed among the villages of the document's country («بلدات الجيزة وكحيل والمسيفرة»), and a
   town abroad named after «جبل», «وادي» … («جبل السلوم» in Kasserine is not Salloum in Egypt).
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
from collections.abc import Sequence

from marsad.geo.bare_names import without_bare_namesakes
from marsad.geo.bodies import body_places
from marsad.geo.containers import containers, in_local_story
from marsad.geo.context import kind_word_places, plausible_entries
from marsad.geo.document import (
    TYPE_WORDS,
    _among_countries,
    _country_over_foreign_city,
    _country_weights,
    _cued,
    _everyday_listed,
    _everyday_named,
    _everyday_word,
    _focus,
    _hashtag_words,
    _latin_towns,
    _locative,  # noqa: F401  (tests import it from here)
    _named_entry,
    _names_capital,
    _pointing_word,
    _unplace_words,
)
from marsad.geo.gazetteer import GeoEntry, PlaceGazetteer, distance_km, load_places, name_key
from marsad.geo.hosts import quarters_abroad, rehome_in_host, state_of_the_south, without_continents
from marsad.geo.latin_match import COUNTRIES as REGION_COUNTRIES
from marsad.geo.named_after import NAMED_AFTER, PLACE_TYPES, split_named_after
from marsad.geo.namesakes import (
    Candidate,
    capital_over_namesake,
    drop_strays,
    list_namesakes,
    natural_namesakes,
    nearer_namesake,
    regional,
    river_not_region,
    venue,
    word_before,
)
from marsad.geo.natural import named_after_place, place_by_namesake
from marsad.geo.nisbas import nisba_counts, nisba_mentions, nisba_words, with_nisbas
from marsad.geo.persons import unplace_persons
from marsad.geo.phrases import country_not_capital, unplace_adjectives
from marsad.geo.place_words import DIRECTIONS, kind_words
from marsad.geo.quarters import quarters_by_town
from marsad.geo.quotes import without_quoted_names
from marsad.geo.scan_words import word_abroad
from marsad.geo.story import story_country
from marsad.geo.tagger_spans import mend_spans, named_by_town, split_lists
from marsad.model import Document, Entity, Mention, Place, Token
from marsad.settings import GeoSettings
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

__all__ = ["PlaceStage", "distance_km", "load_places"]

TYPED_NAME_WORDS = frozenset(normalize(w) for w in "منطقة محافظة ولاية شعبية إقليم مديرية قضاء".split())
"""Type words that curated names carry («منطقة الجوف», «محافظة الجوف», «شعبية الجبل الأخضر»)."""

_MAGHREBI_G = str.maketrans({"ݣ": "ك", "ڭ": "ك", "ڨ": "ق", "ڤ": "ق"})
"""Maghrebi letters for g and the letter the gazetteer's spelling has («أݣادير» → «أكادير», «ڤالمة» → «قالمة»)."""
_MAGHREBI_G_LETTERS = frozenset("ݣڭڨڤ")

DIRECTION_ADVERBS = frozenset(normalize(w) for w in "شمالاً جنوباً شرقاً غرباً".split())
"""Adverbs of direction («دوما شمالاً، وحرستا غرباً»): the word before them names where something lies."""

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
_SCAN_LOCAL_POPULATION = 5_000
_BIG_CITY = 1_000_000
_SCAN_MAX_ZIPF = 4.5
_PHRASE_ZIPF = 4.5
_COMMON_WORD_ZIPF = 4.0


def _glued_list_item(text: str, toks: Sequence[Token], i: int, place_ends: set[int]) -> bool:
    """Whether token ``i`` is a list item right after a place that kept its «و» unsplit («والرجبان»
    after «الزنتان»: the tokenizer splits «و» only from words and names it knows)."""
    t = toks[i]
    return (
        i > 0
        and not t.prefix
        and len(t.core) > 4
        and t.core.startswith("و")
        and text[t.core_start : t.core_start + 1] == "و"
        and toks[i - 1].end in place_ends
    )


def _prior(e: GeoEntry) -> float:
    if e.weak:
        return 1.5
    if e.feature in _PRIOR:
        base = _PRIOR[e.feature] + (0.3 if e.id.startswith("curated:") else 0.0)
    elif e.id.startswith("curated:") and not e.population:
        base = 2.0  # a curated town of unknown population ranks with a town of 10,000, above weak names
    else:
        base = math.log10(e.population + 10) / 2.0  # a city of 1M: 3.0; 10,000: 2.0
    return base + (1.0 if e.capital else 0.0)


class PlaceStage:
    """Pipeline stage ``places``: a :class:`~marsad.model.Place` for every place entity, and the focus."""

    name = "places"

    def __init__(self, settings: GeoSettings | None = None) -> None:
        s = settings or GeoSettings()
        self.gazetteer: PlaceGazetteer = load_places(s.extra_places)
        self._main_keys: dict[str, tuple[str, ...]] = {}
        self._nisba_words = nisba_words(self.gazetteer)
        self._south_sudan = next(
            (
                e
                for e in self.gazetteer.lookup(name_key("جنوب السودان"))
                if e.feature == "country" and e.country == "SS"
            ),
            None,
        )

    # -- candidates ---------------------------------------------------------------------------------
    def _lookup(self, text: str, elided: bool = False) -> list[GeoEntry]:
        """Gazetteer entries for a name; ``elided``: the name follows «لل» («لليمن»), whose article
        lost its alif, so «يمن» is looked up as «اليمن» too."""
        key = name_key(text)
        found = self.gazetteer.lookup(key)
        if not found and _MAGHREBI_G_LETTERS & set(text):
            # «أݣادير», «ڤالمة»: Maghrebi press writes the sound g with letters that the gazetteer's
            # names write «ك» (Morocco) or «ق» (Algeria, Tunisia)
            found = self._lookup(text.translate(_MAGHREBI_G), elided)
        if not found and key and key[0].startswith("لل") and len(key[0]) > 4:
            # «للولايات المتحدة»: a tagger's span that took in the preposition «ل» before the article,
            # whose alif is then not written
            key = ("ال" + key[0][2:], *key[1:])
            found = self.gazetteer.lookup(key)
        if not found and len(key) > 1 and key[0] in TYPE_WORDS:
            found = self.gazetteer.lookup(key[1:])
        if not found and key and key[0].startswith("ال") and len(key) == 1:
            found = self.gazetteer.lookup((key[0][2:],))
        if elided and key and not key[0].startswith("ال") and (not found or all(e.nisba for e in found)):
            # «للسعودية»: the name with its article, not the indefinite adjective «سعودية»
            found = self.gazetteer.lookup(("ال" + key[0], *key[1:])) or found
        if not found and len(key) == 1 and not key[0].startswith("ال"):
            # «لبقاء عراق ديمقراطي», «يمن جديد»: a country whose name has the article is named without it
            # when an adjective makes it indefinite; not a name that is also the adjective («سعودية»)
            definite = self.gazetteer.lookup(("ال" + key[0],))
            if definite and not any(e.nisba for e in definite):
                found = [e for e in definite if e.feature == "country"]
        return found

    def _misspelled(self, ent: Entity) -> bool:
        """Whether every mention of an entity is one common word of news text (Zipf 4 or more) written
        unlike every listed name it folds to (:meth:`PlaceGazetteer.spelled`): the folding of «ئ» into
        «ي» and of «ة» into «ه» makes words of names."""
        for m in ent.mentions:
            word = m.text.strip()
            if " " in word or zipf(normalize(word)) < _COMMON_WORD_ZIPF or self.gazetteer.spelled(word):
                return False
        return bool(ent.mentions)

    def _main_key(self, e: GeoEntry) -> tuple[str, ...]:
        """The key of an entry's main name (memoised: the scan asks for it at every common word)."""
        key = self._main_keys.get(e.id)
        if key is None:
            key = self._main_keys[e.id] = name_key(e.name)
        return key

    def _names_place(self, text: str) -> bool:
        """Whether a name the tagger gave another type is itself a gazetteer place (not an adjective).
        A cheap look (the name's normalised words as the key): it runs for every such mention."""
        key = tuple(normalize(text).split())
        return 0 < len(key) <= 4 and any(not e.nisba for e in self.gazetteer.lookup(key))

    def _candidates(self, doc: Document, entities: list[Entity]) -> list[Candidate]:
        cands: list[Candidate] = []
        for ent in entities:
            if ent.type not in PLACE_TYPES:
                continue
            entries: list[GeoEntry] = []
            elided = any(doc.text[max(0, m.start - 2) : m.start] == "لل" for m in ent.mentions)
            for text in dict.fromkeys([ent.text, *(m.text for m in ent.mentions)]):
                entries = self._lookup(text, elided)
                if entries:
                    break
            typed = self._typed(doc, ent) if entries else []
            if typed and not {e.country for e in typed} & {e.country for e in entries if not e.weak}:
                # «بمنطقة الجوف»: the name with its type word is Saudi Arabia's al-Jouf Region, not the Yemeni
                # governorate that the bare «الجوف» names (a same-country town of the name is kept: the
                # containers rule places a region's quarters by it)
                entries = typed
            entries = without_bare_namesakes(doc, ent, entries)  # «رياض منصور» is no Riyadh
            if entries and self._misspelled(ent):
                # «في المائة» (per cent) is not «الماية» (Al Maya), «هوية» (identity) not «هوئه» (Huế):
                # a common word spelled unlike any listed name is the word
                entries = [e for e in entries if e.feature == "country"]
            if _everyday_word(ent):
                # «المدينة» (the city), «المنطقة»: the tagger's place is the word, not Medina, unless a
                # dateline or a list of places names it
                named = _everyday_named(doc, ent, entries, self._lookup)
                entries = named if named is not None else [e for e in entries if e.feature == "country" or e.capital]
            nisba_cc, as_adjective = nisba_mentions(doc, ent, entries) if entries else (None, [])
            places = [e for e in entries if not e.nisba]
            if nisba_cc and as_adjective and len(as_adjective) < len(ent.mentions):
                self._split_adjectives(doc, ent, as_adjective, nisba_cc)
                cands.append(Candidate(ent, places, None, list(ent.mentions)))
                continue
            if not as_adjective:
                nisba_cc = None
            if any(e.feature == "country" for e in places) and self._capital_follows(doc, ent):
                capitals = [e for e in places if e.capital] or self._capitals_of({e.country for e in places})
                places = capitals or places
            cands.append(Candidate(ent, places, nisba_cc))
        return cands

    def _typed(self, doc: Document, ent: Entity) -> list[GeoEntry]:
        """The entries of the name with the type word written before it («منطقة الجوف», «محافظة الجوف»),
        when the gazetteer lists that longer name: a place named with its type word is the place that
        carries it, of several that share the bare name."""
        for m in ent.mentions:
            _, bare = word_before(doc, m)
            if bare in TYPED_NAME_WORDS:
                key = (bare, *name_key(m.text))
                found = [
                    e for e in self.gazetteer.lookup(key) if not e.weak and e.country and e.id.startswith("curated:")
                ]
                if found:
                    return found
        return []

    @staticmethod
    def _split_adjectives(doc: Document, ent: Entity, adjectives: list[Mention], country: str) -> None:
        """«باتجاه الأراضي السعودية … أمن السعودية»: the adjective uses of a country's name leave its
        entity for one of their own, typed MISC as nationalities are in CoNLL, so that no later stage
        merges them back into the place."""
        ent.mentions[:] = [m for m in ent.mentions if m not in adjectives]
        n = doc.last_entity_number() + 1
        adj = Entity(f"e{n}", adjectives[0].text, "MISC", list(adjectives), f"{ent.key} نسبه".strip())
        adj.country = country
        adj.evidence.append(f"nisba:{country} ({adj.text}), split from the place's entity")
        doc.entities.append(adj)

    def _capital_follows(self, doc: Document, ent: Entity) -> bool:
        """Whether the entity's mentions name a capital (see :func:`_names_capital`)."""
        return _names_capital(doc, ent.mentions[0])

    def _split_capitals(self, doc: Document, entities: list[Entity]) -> list[Entity]:
        """«وتعمل تونس … وسط العاصمة تونس»: the mentions of a country's name that name its capital
        leave the country's entity for an entity of their own (returned, and added to ``doc``)."""
        out: list[Entity] = []
        for ent in entities:
            if ent.type not in PLACE_TYPES or len(ent.mentions) < 2:
                continue
            capital = [m for m in ent.mentions if _names_capital(doc, m)]
            if not capital or len(capital) == len(ent.mentions):
                continue
            if not any(e.feature == "country" for e in self._lookup(ent.text)):
                continue
            ent.mentions[:] = [m for m in ent.mentions if m not in capital]
            n = doc.last_entity_number() + 1
            new = Entity(f"e{n}", capital[0].text, ent.type, capital, f"{ent.key} العاصمه".strip())
            new.evidence.append("the capital named by «العاصمة», split from the country's entity")
            doc.entities.append(new)
            out.append(new)
        return out

    def _capitals_of(self, countries: set[str]) -> list[GeoEntry]:
        out = []
        for cc in countries:
            country = self.gazetteer.countries.get(cc)
            if country:
                out += [e for e in self.gazetteer.lookup(name_key(country.name)) if e.capital and e.country == cc]
        return out

    def __call__(self, doc: Document) -> Document:
        mend_spans(doc, self._lookup)
        split_lists(doc, self._lookup)
        self._widen(doc)
        self._split_capitals(doc, list(doc.entities))
        split_named_after(doc, doc.entities)
        body_places(doc, self._lookup)  # «شرطة الباحة», «تعليم تبوك»
        cands = self._candidates(doc, doc.entities)
        counts = nisba_counts(doc, self._nisba_words)
        weights = with_nisbas(_country_weights(cands), counts)
        cands += self._candidates(doc, self._retype(doc, weights))
        scanned = self._scan(doc, weights)
        split_named_after(doc, scanned)  # «عبر الحدود الغربية»: the scan's direction adjectives too
        cands += self._candidates(doc, [e for e in scanned if e.mentions])
        kind_entities, kind_features = kind_word_places(doc, self.gazetteer, PLACE_TYPES)
        named_by_town(doc, self._lookup, kind_entities)  # «غابات عين دراهم»: the town
        nisbas = frozenset(counts)  # the countries whose nisba adjectives the document uses
        announced = self._candidates(doc, kind_entities)
        for c in announced:
            entries = plausible_entries(c.entries, weights)
            if not entries and c.entries:
                # «مدينة قبلي التونسية», «السلطات التونسية»: a country the document names only by its
                # nisba adjective, which the tagger need not tag, is a country it talks about too
                entries = plausible_entries(c.entries, {cc: 0.5 for cc in nisbas})
            c.entries = entries
        cands += announced
        # the scan and the kind words may name the document's countries the tagger left out: a town the
        # tagger called a person in a list of such places («من الكفرة نحو تازربو») is then taken
        cands += self._candidates(doc, self._retype(doc, _country_weights(cands)))
        weights = with_nisbas(_country_weights(cands), counts)
        total = sum(weights.values()) or 1.0
        places: list[Place] = []
        kept = drop_strays(cands, [venue(doc, c) for c in cands])
        country_ends = {
            m.end
            for c, k in zip(cands, kept, strict=True)
            if k and all(e.feature == "country" for e in k)
            for m in c.mentions or c.entity.mentions
        }
        list_namesakes(doc, cands, kept)
        natural_namesakes(doc, cands, kept)
        river_not_region(doc, cands, kept)
        for c, entries in zip(cands, kept, strict=True):
            ent = c.entity
            if c.nisba_of:
                ent.country = c.nisba_of
                ent.evidence.append(f"nisba:{c.nisba_of} ({ent.text})")
                continue
            if not entries and c.word:
                continue  # «سيول» (floods) in a document with no place in Korea: a word, no place
            if not entries and _pointing_word(ent.text):
                continue  # «واللتين تقعان …» after a list of districts: a pronoun, no place
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
            abroad = any(e.country not in REGION_COUNTRIES for e in entries)
            scored = sorted(
                ((_prior(e) + regional(e, abroad) + 2.5 * weights[e.country] / total, e) for e in entries),
                key=lambda se: (-se[0], se[1].id),
            )
            scored = country_not_capital(
                doc.text,
                c.mentions or ent.mentions,
                _country_over_foreign_city(capital_over_namesake(scored), weights, nisbas),
            )
            if scored[0][1].feature != "country" and _among_countries(
                doc.text, c.mentions or ent.mentions, country_ends
            ):
                # «يضم السعودية والإمارات وعمان وقطر»: a name in a list of countries is the country (Oman)
                scored = sorted(scored, key=lambda se: se[1].feature != "country")
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
        every: defaultdict[str, list[GeoEntry]] = defaultdict(list)
        for c in cands:
            every[c.entity.id].extend(c.entries)
        rehome_in_host(doc, places, every)
        quarters_by_town(doc, places)
        nearer_namesake(places, every)
        places = without_continents(doc, places)
        places += state_of_the_south(doc, places, self._south_sudan, nisbas)
        quarters_abroad(doc, places, nisbas)
        # «قرى وادي جازان»: a valley named after a located place lies by it, whatever town its sentence names
        place_by_namesake(places)
        containers(doc, places, kind_features)
        _unplace_words(places, kind_features)
        unplace_adjectives(doc, places, kind_features)
        unplace_persons(doc, places, kind_features)  # «المبعوث الأممي، مارتن #غريفيث»
        # after the containers: «"مجلس شورى درنة"» is no place of its own, but says where the story is
        places = without_quoted_names(doc, places)
        _latin_towns(doc, places)
        story_country(places, kind_features)  # «أودية ليه، خلب» in a Jazan story
        in_local_story(places, doc.text)
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
            if ent.type in PLACE_TYPES or any(ev.startswith(("nisba:", NAMED_AFTER)) for ev in ent.evidence):
                continue  # a place already, or the adjective uses or the street's name split from one
            if self._retype_directed(doc, ent, weights) or self._retype_tail(doc, ent, weights):
                out.append(ent)
                continue
            if named_after_place(ent, lambda name: self._in_document(name, weights)):
                # «قرى وادي جازان» tagged as a person: a valley named after a place of the document
                ent.evidence.append(f"retyped {ent.type}→place: a natural feature named after a place")
                ent.type = "LOC"
                out.append(ent)
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
        split_named_after(doc, out)  # «على القريتين» (the two villages named before), tagged ORG: still no place
        return [e for e in out if e.mentions]

    def _in_document(self, name: str, weights: defaultdict[str, float]) -> bool:
        """Whether a name is a gazetteer place (no nisba) in a country the document talks about."""
        return any(not e.nisba and weights[e.country] > 0 for e in self._lookup(name))

    def _retype_directed(self, doc: Document, ent: Entity, weights: defaultdict[str, float]) -> bool:
        """«وحرستا غرباً», «دوما شمالاً»: a name the tagger took with the direction adverb after it for a
        person or an organisation. A direction adverb says the name before it is where something lies, so
        any gazetteer place of a country the document talks about is taken, and each mention is cut to
        the name."""
        cut: list[Mention] = []
        for m in ent.mentions:
            toks = tokenize(m.text)
            if len(toks) < 2 or toks[-1].norm not in DIRECTION_ADVERBS:
                return False
            end = m.start + toks[-2].end
            cut.append(Mention(m.start, end, doc.text[m.start : end], "LOC", m.sentence, m.score))
        entries = [e for e in self._lookup(cut[0].text) if not e.nisba and weights[e.country] > 0]
        if not entries:
            return False
        ent.evidence.append(f"retyped {ent.type}→place: {entries[0].id} before a direction adverb")
        ent.mentions[:] = cut
        ent.text, ent.type = cut[0].text, "LOC"
        return True

    def _retype_tail(self, doc: Document, ent: Entity, weights: defaultdict[str, float]) -> bool:
        """«طهرت جبل صبر»: a person the tagger made of a verb and the place after it. A person's span
        that ends with a place name of two words or more (a name head and its name: «جبل صبر», «وادي
        حمارا») in a country the document talks about is cut to that place."""
        if ent.type != "PER":
            return False
        cut: list[Mention] = []
        found: list[GeoEntry] = []
        for m in ent.mentions:
            toks = tokenize(doc.text, m.start, m.end)
            hit_at = None
            for i in range(1, len(toks) - 1):
                hit = self.gazetteer.index.longest(toks, i, toks[i].core)
                if hit is not None and len(hit) >= 2 and i + len(hit) == len(toks):
                    hit_at = i
                    break
            if hit_at is None:
                return False
            start = toks[hit_at].core_start
            entries = [e for e in self._lookup(doc.text[start : m.end]) if not e.nisba and weights[e.country] > 0]
            if not entries:
                return False
            found += entries
            cut.append(Mention(start, m.end, doc.text[start : m.end], "LOC", m.sentence, m.score))
        ent.evidence.append(f"retyped PER→place: {found[0].id} ends the tagger's span")
        ent.mentions[:] = cut
        ent.text, ent.type = cut[0].text, "LOC"
        return True

    def _widen(self, doc: Document) -> None:
        """A place mention inside a longer gazetteer name of another place becomes a mention of that
        place: the tagger often marks only «العراق» of «كردستان العراق», or the two words apart.

        The longer name must find other entries than the mention alone and add no kind word or direction
        («مطار عدن», «محافظة لحج», «جنوب اليمن» stay mentions of Aden, Lahij and Yemen), unless it names a
        country of its own («جنوب السودان», «جنوب أفريقيا»); a span that is no name of its own may widen over
        a kind word («براك الشاطئ الجوية», tagged without «قاعدة», is the air base). The widened mention
        leaves its entity (Iraq keeps its other mentions) for an entity of its own. A person's or an
        organisation's mention that lies wholly inside the longer name is part of it («بن قردان» tagged as
        the place «بن» and the person «قردان»). A place name the tagger typed as an organisation or a
        person («السويس» of «قناة السويس», often an organisation in «هيئة قناة السويس») is widened too, to
        a country's or a curated place's name only.
        """
        g = self.gazetteer
        kinds = kind_words()
        by_sentence: defaultdict[int, list[tuple[Entity, Mention]]] = defaultdict(list)
        for ent in doc.entities:
            for m in ent.mentions:
                by_sentence[m.sentence].append((ent, m))
        widened: list[Mention] = []
        hashtags = "#" in doc.text
        for si, pairs in by_sentence.items():
            if not 0 <= si < len(doc.sentences):
                continue
            toks = _hashtag_words(doc.sentences[si].tokens, hashtags)
            for ent, m in list(pairs):
                if (ent, m) not in pairs:
                    continue
                if ent.type not in PLACE_TYPES and not self._names_place(m.text):
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
                    if ent.type not in PLACE_TYPES and not any(_named_entry(e) for e in entries):
                        continue  # a mistyped name widens only to a country's or a curated place's name
                    start, end = toks[i].core_start, toks[i + len(hit) - 1].end
                    if not (start <= m.start and m.end <= end and (start, end) != (m.start, m.end)):
                        continue
                    extra = [t for t in toks[i : i + len(hit)] if t.end <= m.start or t.start >= m.end]
                    if own and any(t.core in kinds or t.norm in kinds for t in extra):
                        continue  # a name of its own keeps its kind word apart; a span no entry knows does not
                    if any(t.core in DIRECTIONS for t in extra) and not any(e.feature == "country" for e in entries):
                        continue  # «جنوب اليمن» is part of Yemen, but «جنوب السودان» is a country of its own
                    inner = [(e, o) for e, o in pairs if o.start < end and start < o.end]
                    if any(o.start < start or o.end > end for e, o in inner):
                        continue  # the longer name would cut a mention of something else
                    # a person or organisation the tagger found inside the name is part of it: «بن قردان»
                    # tagged «بن» (a place) + «قردان» (a person)
                    for e, o in inner:
                        e.mentions.remove(o)
                        pairs.remove((e, o))
                    widened.append(Mention(start, end, doc.text[start:end], "LOC", si, m.score))
                    break
        if not widened:
            return
        doc.entities[:] = [e for e in doc.entities if e.mentions]
        n = doc.last_entity_number()
        for w in widened:
            n += 1
            ent = Entity(f"e{n}", w.text, "LOC", [w], " ".join(normalize(w.text).split()))
            ent.evidence.append("widened to the gazetteer name around the tagger's place")
            doc.entities.append(ent)

    # -- places the tagger missed -------------------------------------------------------------------
    def _scan(self, doc: Document, weights: defaultdict[str, float]) -> list[Entity]:
        """Entities for place names the tagger missed (see the module docstring); added to ``doc``."""
        covered = [(m.start, m.end) for e in doc.entities for m in e.mentions]
        # a place the tagger found once is the same place where the text names it again («بلدة
        # المسيفرة» … «مستشفى المسيفرة»), however small or common its name
        named = {name_key(m.text) for e in doc.entities if e.type in PLACE_TYPES for m in e.mentions}
        # where the tagger's places end: a name joined to one by «و» or a comma is an item of a list
        # of places («بتمنراست وبرج باجي مختار», «حرض، خريص»)
        place_ends = {m.end for e in doc.entities if e.type in PLACE_TYPES for m in e.mentions}
        # the tagger's persons and organisations, which a curated name of two words or more may take in
        # («برج باجي مختار» tagged as the person «باجي مختار»)
        others = [(e, m) for e in doc.entities if e.type not in PLACE_TYPES for m in e.mentions]
        found: dict[str, list[Mention]] = {}
        # names passed over for want of a cue («أمين الأحساء»): taken after the pass where the scan found the
        # same name elsewhere with one («بالأحساء»), as a name the tagger found is taken again
        passed: list[tuple[int, int, tuple[str, ...]]] = []
        g = self.gazetteer
        hashtags = "#" in doc.text
        for si, sent in enumerate(doc.sentences):
            toks = _hashtag_words(sent.tokens, hashtags)
            i = 0
            while i < len(toks):
                hit = g.index.longest(toks, i, toks[i].core)
                glued = 0
                if hit is None and _glued_list_item(doc.text, toks, i, place_ends):
                    # «بين الزنتان والرجبان»: a small town the tokenizer does not know keeps its «و»
                    hit, glued = g.index.longest(toks, i, toks[i].core[1:]), 1
                cued = bool(glued) or _cued(doc.text, si, toks, i, len(hit or ()), place_ends)
                if hit is None or not (
                    hit in named
                    or self._plausible(hit, weights, cued)
                    or _everyday_listed(doc.text, si, toks, i, hit, weights, self.gazetteer.lookup)
                ):
                    if hit is not None and not glued:
                        passed.append((si, i, hit))
                    i += 1
                    continue
                start, end = toks[i].core_start + glued, toks[i + len(hit) - 1].end
                overlap = [(s, e) for s, e in covered if s < end and start < e]
                taken = [(e, m) for e, m in others if m.start < end and start < m.end]
                if overlap and len(hit) >= 2 and len(taken) == len(overlap) and self._curated_name(hit):
                    if all(start <= m.start and m.end <= end for _, m in taken):
                        for e, m in taken:
                            e.mentions.remove(m)
                            others.remove((e, m))
                            covered.remove((m.start, m.end))
                        overlap = []
                if not overlap:
                    text = doc.text[start:end]
                    found.setdefault(" ".join(hit), []).append(Mention(start, end, text, "LOC", si, 0.5))
                    covered.append((start, end))
                    place_ends.add(end)
                i += len(hit)
        for si, i, hit in passed:
            mentions = found.get(" ".join(hit))
            if not mentions:
                continue
            toks = _hashtag_words(doc.sentences[si].tokens, hashtags)
            start, end = toks[i].core_start, toks[i + len(hit) - 1].end
            if not any(s < end and start < e for s, e in covered):
                mentions.append(Mention(start, end, doc.text[start:end], "LOC", si, 0.5))
                covered.append((start, end))
                mentions.sort(key=lambda m: m.start)
        doc.entities[:] = [e for e in doc.entities if e.mentions]
        added: list[Entity] = []
        n = doc.last_entity_number()
        for joined, mentions in found.items():
            n += 1
            text = Counter(m.text for m in mentions).most_common(1)[0][0]
            added.append(Entity(f"e{n}", text, "LOC", mentions, joined, evidence=["gazetteer scan"]))
        doc.entities.extend(added)
        return added

    def _curated_name(self, key: tuple[str, ...]) -> bool:
        """Whether a gazetteer name is a curated place's (not only a weak or adjective entry)."""
        return any(e.id.startswith("curated:") and not e.weak and not e.nisba for e in self.gazetteer.lookup(key))

    def _plausible(self, key: tuple[str, ...], weights: defaultdict[str, float], locative: bool = False) -> bool:
        """Whether a gazetteer match the tagger did not label may be taken as a place.

        Countries and curated places always; a city only when it is large, or in a country the
        document already talks about, and its name is not a common word (many Arabic place names
        are also words: سيول floods, مساكن houses, المدينة the city). After a word that says where
        («في الأحساء», «بالرياض», «قرب X») a curated place or a town of 20,000 people may be a more common
        word, and in a country the document has not named yet; a town of 5,000 people too when it lies in a
        country the document names («في الدرب» in an article about Jazan). A name that is also an adjective
        («السعودية») is taken; the nisba step then keeps only its uses as a place («بقيادة السعودية»,
        not «الحكومة السعودية»).
        """
        entries = self.gazetteer.lookup(key)
        if not entries or all(e.nisba for e in entries):
            return False
        z = zipf(key[0]) if len(key) == 1 else 0.0
        # «الساحل الغربي» (Yemen's Red Sea coast, or Libya's west): a name made of common words that
        # names places in several countries is a description elsewhere; only where the document names
        # the place's country is it that place
        phrase = len(key) > 1 and len({e.country for e in entries}) > 1 and all(zipf(w) >= _PHRASE_ZIPF for w in key)
        for e in entries:
            if e.feature == "country":
                return True
            if e.weak:
                continue
            if e.id.startswith("curated:"):
                if phrase and weights[e.country] <= 0:
                    continue
                # a curated name that is also a common word («الميناء» the port, El Mina in Lebanon)
                # only in a document about that country; a city of a million people where a locative word
                # puts something («جنوب الموصل»): its name is frequent because the city is
                if e.population >= _BIG_CITY and locative and z < 5.3:
                    return True
                return z < (4.6 if locative else 4.0) or (z < 5.5 and weights[e.country] > 0)
            if z >= _COMMON_WORD_ZIPF and self._main_key(e) != key:
                continue  # «بأمان» (safely) is no spelling of Amman that news uses: only its main name
            if e.population >= _BIG_CITY and z < 5.3 and (z < _COMMON_WORD_ZIPF or locative or weights[e.country] > 0):
                return True  # a large city; one named by a word as common as «خفي» (hidden) needs a cue
            if (
                (e.population >= _SCAN_MIN_POPULATION or e.capital)
                and z < _SCAN_MAX_ZIPF
                and (locative or weights[e.country] > 0)
                and not word_abroad(e, z, locative, weights[e.country])  # «في سكر الدم» is no Sukkur
            ):
                return True
            if e.population >= _SCAN_LOCAL_POPULATION and z < _SCAN_MAX_ZIPF and locative and weights[e.country] > 0:
                return True  # a small town where a locative word puts something, in the document's country
        return False
