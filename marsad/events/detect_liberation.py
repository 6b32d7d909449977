"""«تحرير» before a bare city name: retaking the city («أن تحرير الحديدة ومينائها سيخلق واقعا جديدا», «جزء من
تحرير عدن وتطبيع الحياة فيها»).

The masdar «تحرير» names a battle only before ground (its entry's ``next=`` list: «تحرير مدينة», «تحرير مناطق»);
elsewhere it is editing, liberalising or freeing («رئيس التحرير», «تحرير الأسعار», «تحرير الرهائن»). A bare
place name right after it is ground too: the gazetteer's cities, districts and regions, not countries («تحرير
فلسطين», «تحرير الكويت» are slogans and history, the liberation movements' names) and not the small GeoNames
places whose names are common words.
"""

from __future__ import annotations

from marsad.events.lexicon import Trigger
from marsad.geo.gazetteer import load_places
from marsad.model import Token

GROUND = ("city", "district", "region")
MIN_POPULATION = 20_000
"""A GeoNames city is taken only from this size up (a village named like a common word is no evidence)."""


def retaken_city(entry: Trigger, tokens: list[Token], last: int) -> bool:
    """``entry`` is a noun of retaking territory and the word after it (``last`` + 1) is a city or region name."""
    if entry.pos != "noun" or entry.acled_sub_event_type != "Government regains territory" or last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1]
    if nxt.prefix:  # «تحرير وعدن», «تحرير لعدن»: no genitive name
        return False
    return any(
        e.feature in GROUND and not e.nisba and (e.feature != "city" or e.population >= MIN_POPULATION or e.capital)
        for e in load_places().lookup((nxt.core,))
    )
