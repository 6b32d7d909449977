"""Detection: live fire named by its bullets is an attack told only in the perfect.

«أطلق مسلحون مجهولون الرصاص على مركبة», «أطلقت عليه الرصاص» tell a shooting (the ``أطلق`` entry of triggers.tsv
with a bullet word near it). The imperfect of the same verb is mostly a habit, a rule or a generality in news
(«لا يطلقون الرصاص الحي إلا عند الضرورة», «الشخص الذي يطلق الرصاص ينجذب إلى الخلف»), which the set does not
annotate; :func:`fire_not_told` drops it. Read by :meth:`marsad.events.triggers.TriggerFinder.find`.
"""

from __future__ import annotations

from marsad.events.lexicon import Trigger, word_keys
from marsad.model import Token

BULLETS = word_keys("الرصاص رصاص رصاصة رصاصات")
"""Words of the entry's condition that mark it (the artillery entry of «أطلق» has rockets and shells instead)."""


def fire_not_told(entry: Trigger, tok: Token, as_verb: bool) -> bool:
    """Whether ``tok`` is the imperfect of the bullets entry of «أطلق» («يطلقون الرصاص»): no shooting told."""
    if not as_verb or entry.plover_mode != "firearms" or entry.needs is None or entry.needs[0] != "near":
        return False
    if not entry.needs[1] & BULLETS:
        return False
    return tok.core[:1] in ("ي", "ت", "ن")
