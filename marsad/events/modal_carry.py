"""Reporting carried across sentences: in a statement article the lead names the source («أعلن المتحدث
الأمني لشرطة المنطقة أنه …», «ذكرت الوكالة أن …») and the next sentences go on with its account without a
speech verb of their own («كما تم ضبط …», «وكذلك استهدفت …»). An event the modality coder finds asserted
in a sentence that opens with «كما» or «كذلك», right after a sentence that opens with a source or a speech
verb (or goes on with one the same way), is reported too.

Measured on the development part, mention by mention: «فيما» (mostly a contrast in the paper's own voice),
«وقد/فقد» (also the hedge «قد») and a plain «و» opening a sentence carry nothing or break more than they fix;
so does a sentence reported only by a cue inside it («بحسب المصدر», a charge, «أقر بـ»). A passive «تم/جرى»
before the trigger carries even the types of what officials say and do («كما تم الاتفاق على …»), and a decision
verb before it carries nothing («كما قررت الوزارة منع …» is the body's own act).
"""

from __future__ import annotations

from marsad.events.mention import EventMention, token_keys
from marsad.events.modal_sources import PASSIVE_LIGHT
from marsad.events.modality import SPOKEN
from marsad.model import Token
from marsad.text.normalize import normalize

CONTINUATIONS = frozenset(normalize(w) for w in ("كما", "كذلك"))
"""Words that go on with the account before them, with or without و («كما تم», «وكما», «وكذلك»)."""
CONJUNCTIONS = "وف"
DECIDED = frozenset(normalize(w) for w in ("قرر", "قررت", "قرروا"))
DECISION_REACH = 3
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
    :data:`marsad.events.modality.SPOKEN`); a passive «تم/جرى» names no speaker, so what it tells («كما تم
    الاتفاق على …») is the source's account whatever its type."""
    for m in found:
        if m.modality == "asserted" and (m.entry.plover_type not in SPOKEN or _passive(m)) and not _decided(m):
            m.modality = "reported"


def _decided(m: EventMention) -> bool:
    """A decision verb at most :data:`DECISION_REACH` words before the trigger: «كما قررت منع …», «كما قررت
    الوزارة منع …» is the body's own act, like a call."""
    return any(t.norm in DECIDED for t in m.sentence.tokens[max(0, m.first - DECISION_REACH) : m.first])


def _passive(m: EventMention) -> bool:
    """The trigger right after a passive light verb: «كما تم الاتفاق», «وكذلك جرى التوقيع»."""
    return m.first > 0 and m.sentence.tokens[m.first - 1].norm in PASSIVE_LIGHT


def opens_attributed(tokens: list[Token], reporting: frozenset[str]) -> bool:
    """The sentence opens with a speech verb or a source («وأعلن المتحدث …», «وأفاد المصدر بمقتل …», «ذكرت
    الوكالة أن …»), one of the ``reporting`` cue keys among its first :data:`OPENING` words."""
    words = [t for t in tokens[: OPENING + 2] if any(c.isalpha() for c in t.norm)][:OPENING]
    for key in token_keys(words):
        if key in reporting or (len(key) > 3 and key[0] in CONJUNCTIONS and key[1:] in reporting):
            return True
    return False
