"""When the imperfect of a verb of holding tells a change, not a state (used by
:meth:`marsad.events.triggers.TriggerFinder.find`): after a verb of becoming («باتت المقاومة تسيطر على الأمن
السياسي», «أصبحت القوات تسيطر على 90 بالمئة من الغوطة») the hold is new, a takeover told; alone («الحوثيون الذين
يسيطرون على المنطقة») it is a state and no event."""

from __future__ import annotations

from marsad.events.lexicon import word_keys
from marsad.model import Token

BECAME = word_keys("بات باتت باتوا أصبح أصبحت أصبحوا صار صارت صاروا أضحى أضحت باتا أصبحا")
"""Verbs of becoming whose predicate is an imperfect verb («باتت تسيطر»)."""
BECAME_SPAN = 4
"""Words before the imperfect a verb of becoming may stand (its subject between: «باتت قوات النظام تسيطر»)."""


def became(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The imperfect at ``i`` is the predicate of a verb of becoming within :data:`BECAME_SPAN` words before it,
    with no punctuation between («باتت المقاومة الشعبية تسيطر»). The tokenizer may split «باتت» as ب + «اتت»:
    the word is read with its prefix too (a conjunction و/ف off)."""
    for j in range(i - 1, max(-1, i - 1 - BECAME_SPAN), -1):
        if not keys[j][:1].isalpha():
            return False
        whole = tokens[j].norm[1:] if tokens[j].norm[:1] in "وف" and len(tokens[j].norm) > 4 else tokens[j].norm
        if keys[j] in BECAME or whole in BECAME or tokens[j].norm in BECAME:
            return True
    return False
