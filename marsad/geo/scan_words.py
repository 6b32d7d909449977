"""Places: a common word the gazetteer scan would take for a town abroad.

The scan (:meth:`marsad.geo.PlaceStage._plausible`) takes a GeoNames town of 20,000 people whose name is rarer
than Zipf 4.5 after a locative word («في», «من», «بـ») even in a country the document names nowhere, or in a named
country without a locative word. Names of that band of frequency are often words as well: «في سكر الدم» (blood
sugar: Sukkur, Pakistan), «من طراز بوينغ» (a model: Taraz, Kazakhstan), «في إبادة اليهود» (genocide: an Iranian
village), «في الأشهر القليلة» (the months: a Turkish town), «بفنجان القهوة» (a cup), «لاجتياح بري» (a ground
invasion: Berri, US, in a story naming the US), «تعادل سلبي» (a goalless draw), «لوم حكومة» (blame: Lomé).
On 800 unlabeled SaudiNewsNet and ANT articles this test took 29 such matches away, every one a word or a
club's name («بوروسيا دورتموند»), and left the towns abroad that were right («نيودلهي», «لاهور», «بودابست»,
«همدان», «سوليفان»: rarer words, cities of a million, or both cues).

So a town outside the Arab states and their neighbours (:data:`marsad.geo.latin_match.COUNTRIES`) whose name is
as frequent as Zipf :data:`WORD_ZIPF` needs both: a locative word before it and its country named elsewhere in
the document («إعصار في سوليفان في شمال نيويورك»). Cities of a million people are decided before this test.
"""

from __future__ import annotations

from marsad.geo.gazetteer import GeoEntry
from marsad.geo.latin_match import COUNTRIES as REGION_COUNTRIES

WORD_ZIPF = 3.6
"""Zipf frequency from which a town's one-word name abroad is taken for a word unless both cues hold
(«نيودلهي» is 3.5, «سكر» 4.4, «طراز» 4.3)."""


def word_abroad(e: GeoEntry, z: float, locative: bool, weight: float) -> bool:
    """Whether the scan's match of a GeoNames town ``e`` (one-word name of Zipf ``z``) is rather a word: the
    town lies outside the Arab states and their neighbours, the name is at least :data:`WORD_ZIPF` frequent,
    and not both a locative word puts it and the document names its country (``weight``)."""
    if e.country in REGION_COUNTRIES or z < WORD_ZIPF:
        return False
    return not (locative and weight > 0)
