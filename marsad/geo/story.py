"""A place a kind word announces, in a local story of one country, lies in that country.

«وسالت على أثرها أودية ليه، خلب، دهوان، والمغيالة» in a Jazan story: the kind word («أودية», «قرى»,
«حي» …) says these are places, but their sentence names no place, so the containers rule
(:func:`marsad.geo.containers.containers`) gives them neither coordinates nor a country. When every town,
district and region the document locates lies in one country and within
:data:`marsad.geo.containers.LOCAL_STORY_KM` of each other (two at least), such a place is given that
country (``precision = "country"``), and :func:`marsad.geo.containers.in_local_story` then places it by
the town the story names most, as it does for places its sentence put in that country. Only names a kind
word announced count (and not quarters, :data:`STORY_FEATURES`): the tagger's unknown names («أوروبا», «الشرق
الأوسط») may lie anywhere.

Hand-written: a local story's unnamed villages and valleys lie in its area, the way news is written.
"""

from __future__ import annotations

from collections.abc import Mapping

from marsad.geo.containers import exact_settlements, local_area
from marsad.model import Place

STORY_FEATURES = frozenset(("natural", "city", "region"))
"""Kinds of announced places a story's area holds: valleys, villages, governorates. Not quarters and areas
(«حي», «منطقة»: ``district``), which lie in one town of the story, not always the one it names most."""


def story_country(places: list[Place], announced: Mapping[str, str]) -> None:
    """Give the one country of a local story to the places a kind word announced and nothing located."""
    located = exact_settlements(places)
    if len({p.country_code for p in located}) != 1 or not local_area(located):
        return
    country = located[0].country_code
    for place in places:
        if announced.get(place.entity_id) not in STORY_FEATURES:
            continue
        if place.precision == "unknown" and place.country_code is None:
            place.country_code, place.precision = country, "country"
