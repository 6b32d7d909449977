"""Events: who did what to whom, where and when — PLOVER and ACLED coding of Arabic news.

The stage ``events`` runs after ``dates``: it finds event triggers through the text layer's clitic
segmentation and codes each with a PLOVER type and mode and, for the events ACLED records, an ACLED
event and sub-event type (:mod:`marsad.events.triggers`), attaches actor, target, place, date and
fatalities from the same sentence (:mod:`marsad.events.arguments`, with the constructions of
:mod:`marsad.events.constructions`, the dead as targets of :mod:`marsad.events.casualties`, what an attack
hits of :mod:`marsad.events.objects` and the places of :mod:`marsad.events.location`), gives it a modality
(:mod:`marsad.events.modality`), and merges the mentions of one event within the article
(:mod:`marsad.events.records`); :mod:`marsad.events.coder` runs these parts over a document, and
:mod:`marsad.events.domains` drops the events a sports page's words only seem to report. The
word lists are read by :mod:`marsad.events.lexicon`; the mapping table is ``data/triggers.tsv``
(documented in ``docs/events.md``).
"""

from __future__ import annotations

from marsad.events.coder import EventCoder
from marsad.events.domains import drop_other_senses
from marsad.events.lexicon import ACLED_TYPES, PLOVER_TYPES, EventLexicon, load_lexicon
from marsad.events.modality import MODALITIES
from marsad.model import Document
from marsad.settings import EventSettings

__all__ = ["ACLED_TYPES", "MODALITIES", "PLOVER_TYPES", "EventCoder", "EventLexicon", "EventStage", "load_lexicon"]


class EventStage:
    """Pipeline stage ``events``: fills ``doc.events``."""

    name = "events"

    def __init__(self, settings: EventSettings | None = None) -> None:
        s = settings or EventSettings()
        self.coder = EventCoder(load_lexicon(s.extra_triggers))

    def __call__(self, doc: Document) -> Document:
        doc.events = drop_other_senses(doc, self.coder(doc))
        return doc
