"""Places: namesakes. Which of a name's gazetteer entries a document can mean, when the name also
belongs to places elsewhere: a town abroad that shares a name with a place of the document's countries
(:func:`drop_strays`), a town abroad in a list of the document's villages (:func:`list_namesakes`), a town
abroad named like a mountain or a valley of the document (:func:`natural_namesakes`), and the small lead
of the Arab states and their neighbours over namesakes elsewhere (:func:`regional`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from marsad.geo.gazetteer import GeoEntry, distance_km
from marsad.geo.latin_match import COUNTRIES as REGION_COUNTRIES
from marsad.geo.phrases import word_ending_at
from marsad.geo.place_words import LIST_SEPARATORS, kind_of
from marsad.model import Document, Entity, Mention, Place
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize

NATURAL_HEADS = frozenset(normalize(w) for w in "جبل جبال وادي سهل تل تلة هضبة".split())
"""Heads of the names of mountains, valleys and plains («جبل السلوم», «وادي عتود»)."""
_STRAY_POPULATION = 250_000
_COMMON_ZIPF = 4.0
_REGIONAL_BONUS = 0.3
_REGION_TOWN = 50_000


@dataclass(slots=True)
class Candidate:
    entity: Entity
    entries: list[GeoEntry]
    nisba_of: str | None = None
    mentions: list[Mention] | None = None
    """The mentions that name the place, when some of the entity's mentions are adjectives."""
    word: bool = False
    """The name is a common word here, not the place abroad it also names (:func:`drop_strays`)."""


def regional(e: GeoEntry, abroad: bool) -> float:
    """A small lead for a place of the Arab states and their neighbours over a namesake elsewhere
    (``abroad``: the name has entries outside that region): Arabic news names «بيت لحم» for Bethlehem,
    not Bethlehem in Pennsylvania, whose Arabic name GeoNames also lists. The document's own countries
    weigh far more (see ``__call__``)."""
    return _REGIONAL_BONUS if abroad and e.country in REGION_COUNTRIES else 0.0


HOMOGRAPHS_FILE = Path(__file__).parent / "data" / "word_homographs.tsv"


@lru_cache(maxsize=1)
def word_homographs() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Place names written like a common Arabic word («سيول» floods, Seoul): normalised word → the
    places' countries and the countries whose places vouch for them (data/word_homographs.tsv). A word
    that names places in several countries («حصار» siege: Hisar in India, Hesar in Iran) has a row for
    each; their countries add up. ``vouched_by`` «none» makes the word never the place."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    with HOMOGRAPHS_FILE.open(encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]
    for row in rows[1:]:
        also = [c.strip() for c in row[4].split(",")] if len(row) > 4 and row[4].strip() else []
        key = normalize(row[0])
        places, vouching = out.get(key, (frozenset(), frozenset()))
        # «none»: a word far more common than its small place («البنى التحتية», «بمباركة»): never the place
        own = set() if also == ["none"] else {row[1], *also}
        out[key] = (places | {row[1]}, vouching | own)
    return out


def _homograph_country(cand: Candidate) -> tuple[frozenset[str], frozenset[str]] | None:
    """The country of the place a candidate's name shares with a common word, and the countries that
    vouch for it, if it does."""
    return word_homographs().get(" ".join(normalize(cand.entity.text).split()))


VENUE_HEADS = frozenset(
    normalize(w) for w in "مسار محادثات مفاوضات مؤتمر اتفاق اتفاقية إطار إعلان جولة جولات قمة منصة".split()
)
"""Nouns of talks, conferences and agreements named after their venue («مسار جنيف», «محادثات
أستانة», «اتفاق الصخيرات», «قمة الرياض»): the name after them is the venue city however far from the
document's other places it lies, not a namesake of one of them."""


def venue(doc: Document, cand: Candidate) -> bool:
    """Whether a candidate's place is named as the venue of talks or an agreement (:data:`VENUE_HEADS`)."""
    return any(after_head(doc, m, VENUE_HEADS) for m in cand.mentions or cand.entity.mentions)


def drop_strays(cands: list[Candidate], venues: list[bool] | None = None) -> list[list[GeoEntry]]:
    """Each candidate's entries without the namesakes abroad (:func:`_stray`). Two rounds: a namesake
    dropped in the first («الجبيلة» in Saudi Arabia) no longer vouches for its country in the second
    («الشرقية» in Saudi Arabia or Egypt). A name that is also a common word and names a place far
    away («سيول» floods, Seoul) is that place only where another place of the document lies in its
    country; elsewhere it is the word and loses that place. A venue of talks (``venues``, see
    :func:`venue`) keeps all its entries."""
    homographs = [_homograph_country(c) for c in cands]
    if any(homographs):
        # a place vouches for a country when it lies there alone: «الرياض», whose GeoNames namesakes include a
        # village in Egypt, does not make «أقصر» (shortest) Luxor
        countries = [{c.nisba_of} if c.nisba_of else _one_country(c.entries) for c in cands]
        for j, hom in enumerate(homographs):
            if hom is None:
                continue
            cc, vouching = hom
            # another homograph («كورنيش» … «الكورنيش») vouches for no place
            if not any(vouching & ccs for i, ccs in enumerate(countries) if i != j and homographs[i] is None):
                cands[j].entries = [e for e in cands[j].entries if e.country not in cc]
                cands[j].word = True
    kept = [list(c.entries) for c in cands]
    common = [common_word(c.entity.text) for c in cands]
    # «الجبل الأخضر» (the green mountain) of Abha is no Libyan or Omani range: a name made of common words
    # that curated places of several countries bear is as weak as a one-word common name
    described = [common_words(c.entity.text) and len({e.country for e in c.entries}) > 1 for c in cands]
    for _ in range(2):
        # the countries each candidate may lie in, how many candidates name each country, and how
        # many name it alone: a place that may lie in two countries vouches for neither
        may = [{c.nisba_of} if c.nisba_of else {e.country for e in k} for c, k in zip(cands, kept, strict=True)]
        named = Counter(cc for ccs in may for cc in ccs)
        alone = _alone(cands, may)
        kept = [
            [e for e in c.entries if at_venue or not _stray(e, own, named, alone, com or desc)]
            for c, own, com, desc, at_venue in zip(
                cands, may, common, described, venues or [False] * len(cands), strict=True
            )
        ]
    return kept


def _one_country(entries: list[GeoEntry]) -> set[str]:
    """The country of a candidate's entries when they all lie in one, else none."""
    ccs = {e.country for e in entries}
    return ccs if len(ccs) == 1 else set()


def _alone(cands: list[Candidate], may: list[set[str]]) -> Counter[str]:
    """For each country, how many different names of the document place something in it alone: a name
    repeated («الساحل» … «الساحل») is one piece of evidence, however many entities the steps made of it."""
    names = {
        (" ".join(normalize(c.entity.text).split()), next(iter(ccs)))
        for c, ccs in zip(cands, may, strict=True)
        if len(ccs) == 1
    }
    return Counter(cc for _, cc in names)


def list_namesakes(doc: Document, cands: list[Candidate], kept: list[list[GeoEntry]]) -> None:
    """«بلدات الجيزة وكحيل والمسيفرة»: a town abroad in a list of villages or towns that a kind word
    announces is a namesake of a village of the list's country, however large (Giza in Egypt among the
    villages of Daraa). When an item of such a list (names joined by «و», a comma or a dash) lies in a
    country that two or more candidates name alone, the entries of the items that cannot lie there are
    dropped, in place (capitals and countries are kept); the item stays unknown and the steps that read
    its sentence place it."""
    may = [{e.country for e in k} for k in kept]
    alone = _alone(cands, may)
    rows: defaultdict[int, list[tuple[int, int, int]]] = defaultdict(list)  # sentence → (first, last, cand)
    for ci, c in enumerate(cands):
        for m in c.mentions or c.entity.mentions:
            if 0 <= m.sentence < len(doc.sentences):
                toks = doc.sentences[m.sentence].tokens
                first = next((j for j, t in enumerate(toks) if t.end > m.start), len(toks) - 1)
                last = next((j for j, t in enumerate(toks) if t.end >= m.end), len(toks) - 1)
                rows[m.sentence].append((first, last, ci))
    for si, row in rows.items():
        toks = doc.sentences[si].tokens
        row.sort()
        chains: list[list[int]] = [[row[0][2]]]
        heads = [row[0][0]]  # the first token of each chain
        for (_, la, _), (f2, _, k) in pairwise(row):
            between = toks[la + 1 : f2]
            joined = (not between and toks[f2].prefix.startswith("و")) or (
                len(between) == 1 and between[0].norm in LIST_SEPARATORS
            )
            if joined:
                chains[-1].append(k)
            else:
                chains.append([k])
                heads.append(f2)
        for chain, head in zip(chains, heads, strict=True):
            kind = kind_of(toks[head - 1]) if head > 0 else None
            if len(chain) < 2 or kind is None or kind.feature not in ("city", "district"):
                continue  # only a list a kind word announces: «بلدات A وB», «قرى A، B»
            listed = {next(iter(may[k])) for k in chain if len(may[k]) == 1 and alone[next(iter(may[k]))] >= 2}
            for k in chain:
                if cands[k].nisba_of or not listed or may[k] & listed:
                    continue
                if not any(e.capital or e.feature == "country" for e in kept[k]):
                    kept[k] = []


def natural_namesakes(doc: Document, cands: list[Candidate], kept: list[list[GeoEntry]]) -> None:
    """«بسفح جبل السلوم» in Kasserine: a name right after «جبل», «وادي», «سهل» … (a mountain's, a
    valley's) is that feature's, not a town's abroad that bears the same name (Salloum in Egypt). When
    every mention of a candidate follows such a head, its town entries in countries no other candidate
    of the document names are dropped, in place; the place stays unknown and the steps that read its
    sentence place it. A longer name the gazetteer knows («جبل الشعانبي») never gets here: it is looked
    up whole."""
    for ci, c in enumerate(cands):
        mentions = c.mentions or c.entity.mentions
        if c.nisba_of or not kept[ci] or not mentions or not all(_after_natural_head(doc, m) for m in mentions):
            continue
        others = {e.country for k, entries in enumerate(kept) if k != ci for e in entries}
        kept[ci] = [e for e in kept[ci] if e.feature in ("natural", "country") or e.country in others]


RIVER_HEADS = frozenset(normalize(w) for w in "نهر نهري".split())
"""The head of a river's name («نهر النيل», «نهر الفرات»)."""


def river_not_region(doc: Document, cands: list[Candidate], kept: list[list[GeoEntry]]) -> None:
    """«وبلغ منسوب نهر النيل» is the river, not River Nile State of Sudan: a name written with «نهر» that is
    both a river and, without its type word, a region named after it («ولاية نهر النيل» → «نهر النيل»)
    is the river, unless a list joins it to other places («بولايات الخرطوم ونهر النيل وسنار», where it
    is the state). In place: the candidate keeps its natural entries only (a river shared by several
    countries has no country and is outside the set's scope)."""
    found: list[tuple[int, list[GeoEntry]]] = []
    for ci, c in enumerate(cands):
        words = normalize(c.entity.text).split()
        if not words or words[0] not in RIVER_HEADS:
            continue
        # the river itself may have been dropped as a description made of common words (drop_strays)
        rivers = [e for e in c.entries if e.feature == "natural"]
        if rivers and any(e.weak for e in kept[ci]):
            found.append((ci, rivers))
    if not found:
        return  # most documents: no list positions to gather
    ends: set[int] = set()
    starts: set[int] = set()
    for c, k in zip(cands, kept, strict=True):
        if k and not c.nisba_of:
            for m in c.mentions or c.entity.mentions:
                ends.add(m.end)
                starts.add(m.start)
    for ci, rivers in found:
        c = cands[ci]
        if not any(_listed(doc.text, m, ends, starts) for m in c.mentions or c.entity.mentions):
            kept[ci] = rivers


_LIST_REACH = 4


def _listed(text: str, m: Mention, ends: set[int], starts: set[int]) -> bool:
    """Whether another place mention is joined to ``m`` by «و», a comma or a dash right before or after it."""
    for end in range(max(0, m.start - _LIST_REACH), m.start):
        if end in ends and end != m.end and set(text[end : m.start].strip()) <= LIST_SEPARATORS:
            return True
    for start in range(m.end + 1, m.end + _LIST_REACH + 1):
        if start in starts and start != m.start and set(text[m.end : start].strip()) <= LIST_SEPARATORS:
            return True
    return False


def _after_natural_head(doc: Document, m: Mention) -> bool:
    return after_head(doc, m, NATURAL_HEADS)


def _stray(e: GeoEntry, own: set[str], named: Counter[str], alone: Counter[str], common: bool = False) -> bool:
    """A place abroad that only shares a name with a place of the document's countries: a GeoNames
    city under :data:`_STRAY_POPULATION`, or a curated region or town whose name is a common word
    («الريف» the countryside, not the Moroccan Rif; «الشرقية» eastern, not Sharqia), in a country no
    other place of the document names alone, while it names places elsewhere («الرين» in a Saudi
    article is not Rennes; «الجبيلة» in Derna is not the Saudi village). Such a place stays unknown,
    so the steps that read its sentence can place it. ``own``: the countries of the entry's
    candidate; ``named``: for each country, how many of the document's candidates may lie in it;
    ``alone``: how many name it as their only country; ``common``: the candidate's name is a common
    word."""
    if e.capital or e.feature == "country":
        return False
    if e.id.startswith("geonames:"):
        if e.population >= _STRAY_POPULATION:
            return False
        if e.population >= _REGION_TOWN and not common and len(own) == 1:
            # «القمة العربية في الظهران» in an article about Morocco and Iran, «رحلة من لارناكا» in one about
            # Egypt: a town of 50,000 people that only one place bears is what Arabic news means by its
            # name, wherever the story lies; no namesake of the document's countries competes with it
            return False
        elsewhere = any(n > (cc in own) for cc, n in named.items())
    elif e.id.startswith("curated:") and common:
        # a curated place is dropped only for a document clearly about another country: two of its
        # places named there («الريف» beside «حوران» and «درعا»)
        elsewhere = any(n >= 2 for cc, n in alone.items() if cc != e.country)
    else:
        return False
    return elsewhere and alone[e.country] <= (own == {e.country})


def common_word(name: str) -> bool:
    """Whether a one-word place name is also a common word of news text (Zipf frequency 4 or more)."""
    key = normalize(name).split()
    return len(key) == 1 and zipf(key[0]) >= _COMMON_ZIPF


def common_words(name: str) -> bool:
    """Whether a name of two or more words is made of common words only («الجبل الأخضر», «الجبل الغربي»)."""
    key = normalize(name).split()
    return len(key) > 1 and all(zipf(w) >= _COMMON_ZIPF for w in key)


def word_before(doc: Document, m: Mention) -> tuple[str, str]:
    """The normalised word right before a mention, one space away, and that word without the clitics
    glued to it («بشركة» → «شركه», «بالحدود» → «الحدود»); ``("", "")`` when punctuation or a line comes
    between. A cheap look at the text, not the tokenizer: it runs for every place mention."""
    word = word_ending_at(doc.text, m.start)
    if not word:
        return "", ""
    bare = word
    if len(bare) > 3 and bare[0] in "وف":
        bare = bare[1:]
    if bare.startswith("لل") and len(bare) > 4:
        bare = "ال" + bare[2:]  # «للحدود»: ل + الحدود
    elif len(bare) > 3 and bare[0] in "بلك":
        bare = bare[1:]
    return word, bare


def after_head(doc: Document, m: Mention, heads: frozenset[str]) -> bool:
    """Whether the word right before a mention (a clitic aside: «بشركة») is one of ``heads``."""
    word, bare = word_before(doc, m)
    return bool(word) and (word in heads or bare in heads)


NAMESAKE_TOWN_POPULATION = 100_000
"""A town under this size in the document's country does not outrank a capital of the same name."""


def capital_over_namesake(scored: list[tuple[float, GeoEntry]]) -> list[tuple[float, GeoEntry]]:
    """The ranked entries with a capital first when a small GeoNames namesake in the document's countries
    leads: «لندن وباريس» in an article that names Washington are London and Paris, not London (Ohio) and
    Paris (Texas). The country weights that rightly put «الشرقية» in the article's country would otherwise
    send every world capital with a namesake there (:data:`NAMESAKE_TOWN_POPULATION`)."""
    best = scored[0][1]
    if best.capital or best.feature == "country" or not best.id.startswith("geonames:"):
        return scored
    if best.population >= NAMESAKE_TOWN_POPULATION:
        return scored
    for i, (_, e) in enumerate(scored[1:], 1):
        if e.capital and e.country != best.country:
            return [scored[i], *scored[:i], *scored[i + 1 :]]
    return scored


_LOCAL_FEATURES = frozenset(("city", "district", "region"))
NAMESAKE_FAR_KM = 300.0
"""A town farther than this from every other place the document locates in its country is out of the story…"""
NAMESAKE_NEAR_KM = 150.0
"""…when a namesake of it in the same country lies this close to one of them."""


def nearer_namesake(places: list[Place], entries: Mapping[str, list[GeoEntry]]) -> None:
    """«البلديات المرتبطة (تربة، رنية، الخرمة …)» in a Ta'if story: Turabah by Ta'if, not Turubah of Ha'il.
    A country repeats many town names (Saudi Arabia's «تربة», «الخبر», «الحائط»; Yemen's «المحلة»), and
    the larger namesake wins on priors alone; local news names the towns around its own. A town that lies
    farther than :data:`NAMESAKE_FAR_KM` from every other town, district or region the document locates in
    its country (two at least) moves to the namesake of that country (``entries``: every gazetteer candidate
    of each place entity, the names a type word gives included) that lies within :data:`NAMESAKE_NEAR_KM`
    of one of them."""
    located = [
        p
        for p in places
        if p.precision == "exact" and p.feature in _LOCAL_FEATURES and p.lat is not None and p.lon is not None
    ]
    for p in located:
        if p.capital or p.feature == "region" or p.lat is None or p.lon is None:
            continue
        others = [(o.lat, o.lon) for o in located if o is not p and o.country_code == p.country_code]
        if len(others) < 2 or _reach(p.lat, p.lon, others) <= NAMESAKE_FAR_KM:
            continue
        alternatives = [
            e
            for e in entries.get(p.entity_id, [])
            if e.country == p.country_code
            and e.id != p.source
            and not e.nisba
            and e.feature in _LOCAL_FEATURES
            and e.lat is not None
            and e.lon is not None
        ]
        best = min(alternatives, key=lambda e: _reach(e.lat or 0.0, e.lon or 0.0, others), default=None)
        if (
            best is None
            or best.lat is None
            or best.lon is None
            or _reach(best.lat, best.lon, others) > NAMESAKE_NEAR_KM
        ):
            continue
        p.lat, p.lon, p.latin, p.geonames_id = best.lat, best.lon, best.latin or None, best.geonames_id
        p.feature, p.source = best.feature, best.id


def _reach(lat: float, lon: float, others: list[tuple[float | None, float | None]]) -> float:
    """The distance from a point to the nearest of ``others`` (km)."""
    return min(distance_km(lat, lon, a, b) for a, b in others if a is not None and b is not None)
