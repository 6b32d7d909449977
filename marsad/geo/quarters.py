"""Quarters named like a distant town of the same country: placed by the town their text names.

Gulf local news names a city's quarters by words that also name towns elsewhere in the country: «حي
الشفا جنوب الرياض» is a quarter of Riyadh, not the Ta'if mountain resort al-Shafa 700 km away; «حي
العزيزية بجدة», «حي النسيم في الرياض», «حي الروضة بجدة» likewise. The gazetteer's namesake in the same
country survives the checks of :mod:`marsad.geo.hosts` (which move only quarters placed *abroad*). When a
quarter word announces the name («حي», «أحياء», «ضاحية»: :func:`marsad.geo.place_words._quarter_word`), and
the words right after it name the town it lies in — glued «بـ» («بجدة»), «في» («في الرياض») or a direction
(«جنوب الرياض», «شرقي جدة») — a town namesake farther than :data:`QUARTER_KM` from that town gives way to
the town's own coordinates (``near``), as the containers rule does for quarters no gazetteer lists.

Curated quarters (feature ``district``) are left alone: their row already places them. Hand-written: the
pattern is the grammar of news Arabic («حي X بـY»), not a statistical fact.
"""

from __future__ import annotations

from collections.abc import Mapping

from marsad.geo.gazetteer import distance_km
from marsad.geo.hosts import NEAR_CONFIDENCE, _host_after, _next_tokens, _word_before
from marsad.geo.place_words import DIRECTIONS, _quarter_word
from marsad.model import Document, Mention, Place

QUARTER_KM = 40.0
"""A quarter lies within this distance of the town it is a quarter of (the largest Gulf cities span ~40 km)."""
_HOSTS = ("city", "district")


def _host(doc: Document, m: Mention, starts: Mapping[int, Place]) -> Place | None:
    """The located town named right after a quarter: «بجدة», «في الرياض», «جنوب الرياض»."""
    host = _host_after(doc, m, starts)
    if host is not None:
        return host
    after = _next_tokens(doc, m)
    if len(after) == 2 and after[0].start - m.end <= 1 and after[0].core in DIRECTIONS:
        return starts.get(after[1].start)
    return None


def quarters_by_town(doc: Document, places: list[Place]) -> None:
    """Put each quarter placed at a distant namesake town of the same country by the town named after it."""
    starts = {
        m.start: p
        for p in places
        if p.lat is not None and p.country_code and p.feature in _HOSTS and p.precision == "exact"
        for m in p.mentions
    }
    if not starts:
        return
    for place in places:
        if place.lat is None or place.lon is None or place.precision != "exact" or place.feature != "city":
            continue
        if not place.source.startswith("geonames:") or place.capital:
            continue
        for m in place.mentions:
            prev = _word_before(doc, m)
            if prev is None or not _quarter_word(prev):
                continue
            host = _host(doc, m, starts)
            if host is None or host is place or host.country_code != place.country_code:
                continue
            assert host.lat is not None and host.lon is not None
            if distance_km(place.lat, place.lon, host.lat, host.lon) <= QUARTER_KM:
                continue
            place.lat, place.lon = host.lat, host.lon
            place.latin, place.geonames_id, place.feature = None, None, "district"
            place.precision, place.source = "near", f"near:{host.source}"
            place.confidence = NEAR_CONFIDENCE
            break
