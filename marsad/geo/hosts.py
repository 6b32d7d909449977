"""Corrections to resolved places that the words right after a mention call for.

- A quarter or town named with the city it lies in glued on («حي السيدة زينب بالقاهرة», «حي الميدان
  بدمشق») or after «في» («… في بيروت») lies in that city's country: a namesake abroad the gazetteer
  ranked first (Sayyida Zaynab by Damascus, Medan in Indonesia) gives way to the namesake in that country,
  or, with none, to the city's own coordinates (``near``), as the containers rule does for unknown places.
- A country named «…يا» right after an indefinite accusative noun of persons («وفدا تركيا», «مواطنا ليبيا»,
  «لاجئا سوريا») is the masculine accusative nisba («تركيًا»: a Turkish delegation), the same letters.
- «المغرب» after «بلاد» («تنظيم القاعدة في بلاد المغرب») is the Maghreb, not Morocco.
- A quarter («حي المروج», «بحي السليمانية») that the gazetteer placed in a country the document places nothing
  else in is a quarter of the document's own town that shares a town's name abroad (El Mourouj in Tunisia,
  Sulaymaniyah in Iraq): it is unplaced, for the containers rule to put it by the town its text names.
- «دولة الجنوب» in a document about Sudan is South Sudan (:func:`state_of_the_south`).
- «أمريكا» / «أميركا» followed by «الشمالية», «الجنوبية», «الوسطى» or «اللاتينية» names a continent, not
  the United States: such a mention is no place the set annotates (multi-country areas have no one country).
"""

from __future__ import annotations

from collections.abc import Mapping

from marsad.geo.containers import quarter_list_item
from marsad.geo.gazetteer import GeoEntry
from marsad.geo.place_words import _quarter_word
from marsad.model import Document, Entity, Mention, Place, Token
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

NEAR_CONFIDENCE = 0.5
_IN = normalize("في")
_HOST_FEATURES = ("city", "district")
_GUEST_FEATURES = ("city", "district", "facility")

ACCUSATIVE_HEADS = frozenset(
    normalize(w)
    for w in (
        "وفدا مسؤولا مصدرا جنديا ضابطا مواطنا لاجئا طفلا شابا رجلا صحفيا دبلوماسيا مقاتلا عسكريا طالبا"
        " سائحا وزيرا سفيرا نائبا مراسلا ناشطا رئيسا لاعبا مدربا طيارا بحارا صيادا عاملا مهندسا طبيبا"
    ).split()
)
"""Indefinite accusative nouns of persons that news qualifies by a nationality: «استقبل وفدا تركيا»."""
_LANDS = normalize("بلاد")
_MAGHREB = normalize("المغرب")

AMERICA = frozenset(normalize(w) for w in "أمريكا أميركا امريكا اميركا".split())
"""Spellings of «America»: the bare name means the United States, but not before a continent's adjective."""
CONTINENT_HALVES = frozenset(
    normalize(w) for w in "الشمالية الجنوبية الوسطى اللاتينية والجنوبية والشمالية والوسطى واللاتينية".split()
)
"""«أمريكا الشمالية/الجنوبية/الوسطى/اللاتينية», also a shared head «أميركا الشمالية والجنوبية»."""


def _next_tokens(doc: Document, m: Mention, n: int = 2) -> list[Token]:
    """The first ``n`` tokens after a mention (a cheap window, not the sentence's tokens)."""
    return tokenize(doc.text, m.end, min(len(doc.text), m.end + 40))[:n]


def _host_after(doc: Document, m: Mention, starts: Mapping[int, Place]) -> Place | None:
    """The located town named right after ``m`` with «بـ» glued on or after «في», if any."""
    after = _next_tokens(doc, m)
    if not after or after[0].start - m.end > 1:
        return None
    first = after[0]
    if first.prefix in ("ب", "وب") or (first.norm.startswith("ب") and not first.prefix):
        # «بالقاهرة»: the host's mention starts after the glued «ب»
        for k in range(first.start, first.start + 3):
            if k in starts:
                return starts[k]
        return None
    if first.norm == _IN and len(after) > 1:
        return starts.get(after[1].start)
    return None


def rehome_in_host(doc: Document, places: list[Place], entries: Mapping[str, list[GeoEntry]]) -> None:
    """Move a town or quarter placed abroad into the country of the city named right after it.

    ``entries``: every gazetteer candidate of each place entity (by entity id), namesakes included.
    Capitals are left alone as guests: «سفارة واشنطن في بغداد» names a government, not a quarter.
    """
    starts = {
        m.start: p
        for p in places
        if p.lat is not None and p.country_code and p.feature in _HOST_FEATURES
        for m in p.mentions
    }
    if not starts:
        return
    for place in places:
        if place.lat is None or place.capital or place.feature not in _GUEST_FEATURES:
            continue
        for m in place.mentions:
            host = _host_after(doc, m, starts)
            if host is None or host is place or host.country_code == place.country_code:
                continue
            home = [
                e
                for e in entries.get(place.entity_id, [])
                if e.country == host.country_code and not e.nisba and e.lat is not None
            ]
            if home:
                best = max(home, key=lambda e: e.population)
                place.lat, place.lon, place.country_code = best.lat, best.lon, best.country
                place.latin, place.geonames_id, place.source = best.latin or None, best.geonames_id, best.id
                place.feature = best.feature
            else:
                place.lat, place.lon, place.country_code = host.lat, host.lon, host.country_code
                place.latin, place.geonames_id = None, None
                place.precision, place.source = "near", f"near:{host.source}"
                place.confidence = NEAR_CONFIDENCE
            break


def quarters_abroad(doc: Document, places: list[Place], nisbas: frozenset[str]) -> None:
    """Unplace each quarter a quarter word announces («حي X», «أحياء X», «ضاحية X») that the gazetteer took
    for a town in a country the document names nowhere else (no place, no nisba adjective: ``nisbas``)
    while it places a town (or a governorate, a district) in another: local news names its town's quarters, and
    many share a town's name abroad («حي المروج» in Tabuk is no El Mourouj, «بحي السليمانية» no Sulaymaniyah,
    «أحياء: العزيزية» in Yanbu no Aziziya of Libya). The containers
    rule (:func:`marsad.geo.containers.containers`) then places it by the town its text names, or leaves it out.
    Curated quarters (feature ``district``) are left alone.
    """
    # a town, or a governorate or district («محافظة ينبع»): where local news is
    towns = {
        p.country_code
        for p in places
        if p.feature in ("city", "district", "region") and p.lat is not None and p.country_code
    }
    if not towns:
        return
    for place in places:
        if place.lat is None or place.precision != "exact" or place.feature != "city":
            continue
        if any(p is not place and p.country_code == place.country_code for p in places):
            continue
        if not towns - {place.country_code} or place.country_code in nisbas:
            continue
        if not place.mentions or not all(
            _after_quarter_word(doc, m) or quarter_list_item(doc, m) for m in place.mentions
        ):
            continue
        place.lat = place.lon = None
        place.country_code = place.latin = place.geonames_id = None
        place.precision, place.source, place.confidence = "unknown", "", 0.0


def _after_quarter_word(doc: Document, m: Mention) -> bool:
    """Whether the word right before a mention is «حي», «أحياء», «ضاحية» (bare or with a glued «ب», «و» …)."""
    prev = _word_before(doc, m)
    return prev is not None and _quarter_word(prev)


def without_continents(doc: Document, places: list[Place]) -> list[Place]:
    """``places`` less the mentions that are no place of one country: «أمريكا» heading a continent
    («أميركا الشمالية والجنوبية»), «المغرب» of «بلاد المغرب», a «…يا» country name that is an accusative
    nisba («وفدا تركيا»).

    The mention leaves its entity too (the actors stage gives a place back all its entity's mentions);
    an entity left with none leaves the document.
    """
    out: list[Place] = []
    gone: set[tuple[int, int]] = set()
    for place in places:
        if place.feature == "country":
            heads = [m for m in place.mentions if _not_the_country(doc, m, place)]
            gone.update((m.start, m.end) for m in heads)
            place.mentions = [m for m in place.mentions if m not in heads]
            if not place.mentions:
                continue
        out.append(place)
    if gone:
        for e in doc.entities:
            e.mentions = [m for m in e.mentions if (m.start, m.end) not in gone]
        doc.entities = [e for e in doc.entities if e.mentions]
    return out


def _word_before(doc: Document, m: Mention) -> Token | None:
    """The token right before a mention on its line, if any (a cheap window)."""
    before = tokenize(doc.text, max(0, m.start - 30), m.start)
    if not before or "\n" in doc.text[before[-1].end : m.start] or m.start - before[-1].end > 1:
        return None
    return before[-1]


def _not_the_country(doc: Document, m: Mention, place: Place) -> bool:
    words = normalize(doc.text[m.start : m.end]).split()
    if len(words) != 1:
        return False
    word = words[0]
    if place.country_code == "US" and word in AMERICA:
        after = _next_tokens(doc, m, 1)
        return bool(after) and after[0].norm in CONTINENT_HALVES
    if word == _MAGHREB:
        prev = _word_before(doc, m)
        return prev is not None and prev.core == _LANDS
    if word.endswith("يا") and doc.text[m.start - 1 : m.start] in ("", " "):
        prev = _word_before(doc, m)
        if prev is None or prev.core.startswith("ال") or prev.core not in ACCUSATIVE_HEADS:
            return False
        # «وفدا تركيا وإيران»: a dual in construct before a list names the countries (their two delegations)
        after = _next_tokens(doc, m, 1)
        return not (after and after[0].prefix.startswith("و"))
    return False


_STATE_OF_THE_SOUTH = "دولة الجنوب"
_SUDANS = frozenset({"SD", "SS"})


def state_of_the_south(
    doc: Document, places: list[Place], south_sudan: GeoEntry | None, nisbas: frozenset[str]
) -> list[Place]:
    """Places for «دولة الجنوب» («the state of the South»), the Sudanese press's name for South Sudan, in
    a document that names Sudan or South Sudan (a place, or a nisba adjective: ``nisbas``); the mention is
    «الجنوب» (as the dev set annotates it). New entities join ``doc``. A plain string search: the phrase is
    rare and fixed.
    """
    if south_sudan is None or _STATE_OF_THE_SOUTH not in doc.text:
        return []
    if not any(p.country_code in _SUDANS for p in places) and not _SUDANS & nisbas:
        return []
    taken = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    mentions: list[Mention] = []
    at = doc.text.find(_STATE_OF_THE_SOUTH)
    while at >= 0:
        start = at + len("دولة ")
        end = at + len(_STATE_OF_THE_SOUTH)
        # «دولة الجنوبيين»: a longer word is no name
        free = not (end < len(doc.text) and "\u0621" <= doc.text[end] <= "\u064a")
        if free and not any(s < end and start < e for s, e in taken):
            sentence = next((i for i, st in enumerate(doc.sentences) if st.start <= start < st.end), 0)
            mentions.append(Mention(start, end, doc.text[start:end], "LOC", sentence, 0.4))
        at = doc.text.find(_STATE_OF_THE_SOUTH, end)
    if not mentions:
        return []
    n = doc.last_entity_number() + 1
    ent = Entity(f"e{n}", mentions[0].text, "GPE", mentions, normalize(mentions[0].text), country="SS")
    ent.evidence.append(f"«{_STATE_OF_THE_SOUTH}» in a document about Sudan: South Sudan")
    doc.entities.append(ent)
    e = south_sudan
    place = Place(
        ent.id, e.name, e.latin or None, e.lat, e.lon, e.country, e.feature, e.geonames_id, 0.8, mentions, e.id
    )
    return [place]
