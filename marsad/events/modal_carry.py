"""Reporting carried across sentences: in a statement article the lead names the source («أعلن المتحدث
الأمني لشرطة المنطقة أنه …», «ذكرت الوكالة أن …») and the next sentences go on with its account without a
speech verb of their own («كما تم ضبط …», «وكذلك استهدفت …»). An event the modality coder finds asserted
in a sentence that opens with «كما» or «كذلك», right after a sentence that opens with a source or a speech
verb (or goes on with one the same way), is reported too.

Measured on the development part, mention by mention: «فيما» (mostly a contrast in the paper's own voice),
«وقد/فقد» (also the hedge «قد») and a plain «و» opening a sentence carry nothing or break more than they fix;
so does a sentence reported only by a cue inside it («بحسب المصدر», a charge, «أقر بـ»).
"""

from __future__ import annotations

from marsad.events.mention import EventMention, token_keys
from marsad.events.modality import SPOKEN
from marsad.model import Token
from marsad.text.normalize import normalize

CONTINUATIONS = frozenset(normalize(w) for w in ("كما", "كذلك"))
"""Words that go on with the account before them, with or without و («كما تم», «وكما», «وكذلك»)."""
CONJUNCTIONS = "وف"
OPENING = 2
"""Words at the head of a sentence where its source stands («وأعلنت الوزارة», «ذكرت مصادر»)."""


def continues(tokens: list[Token]) -> bool:
    """The sentence opens with a continuation word of :data:`CONTINUATIONS` («كما تم ضبط …», «وكذلك …»)."""
    first = next((t for t in tokens[:3] if any(c.isalpha() for c in t.norm)), None)
    if first is None:
        return False
    word = first.norm
    if len(word) > 3 and word[0] in CONJUNCTIONS:
        word = word[1:]
    return word in CONTINUATIONS


def carry_reported(found: list[EventMention]) -> None:
    """The mentions of a sentence that goes on with a source's account: what the coder found asserted is
    reported, except what the speaker does by speaking («كما دعا …», «كما أدان …», see
    :data:`marsad.events.modality.SPOKEN`)."""
    for m in found:
        if m.modality == "asserted" and m.entry.plover_type not in SPOKEN:
            m.modality = "reported"


def opens_attributed(tokens: list[Token], reporting: frozenset[str]) -> bool:
    """The sentence opens with a speech verb or a source («وأعلن المتحدث …», «وأفاد المصدر بمقتل …», «ذكرت
    الوكالة أن …»), one of the ``reporting`` cue keys among its first :data:`OPENING` words."""
    words = [t for t in tokens[: OPENING + 2] if any(c.isalpha() for c in t.norm)][:OPENING]
    for key in token_keys(words):
        if key in reporting or (len(key) > 3 and key[0] in CONJUNCTIONS and key[1:] in reporting):
            return True
    return False
