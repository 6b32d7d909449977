"""Detection: an aid convoy and the aid it carries are one mention.

«قافلة المساعدات», «قافلة مساعدات إنسانية»: the convoy (an ``AID`` entry of the lexicon, with a ``near=`` word of
aid) names the delivery, and the aid noun in its genitive right after it says what it carried; the two are one
mention, spanning both words. It stays the convoy's entry so that a later definite «القافلة» («دخول القافلة إلى
الغوطة») refers back to it (the document licence of :meth:`marsad.events.triggers.TriggerFinder.find`).
"""

from __future__ import annotations

from marsad.events.lexicon import Trigger, strip_article
from marsad.events.mention import EventMention
from marsad.text.normalize import normalize

CONVOY = strip_article(normalize("قافلة"))
"""The convoy noun, as a lexicon key (its first word)."""


def convoy_cargo(prev: EventMention | None, entry: Trigger, keys: list[str], i: int, last: int) -> bool:
    """``entry`` at tokens ``i``..``last`` is an aid noun right after an aid convoy (``prev``, ``keys`` the
    sentence's token keys): the convoy's cargo, which the convoy's mention is extended over (True: no mention of
    its own)."""
    if (
        prev is None
        or entry.plover_type != "AID"
        or prev.entry.plover_type != "AID"
        or i != prev.last + 1
        or keys[prev.first] != CONVOY
    ):
        return False
    prev.last = last
    return True
