"""Lexicon entries read under a clitic the tokenizer left on a word (see ``TriggerFinder._find_entries``), and the
spelling that tells a masdar from a verb of the same letters (:func:`hamza_below`), and the characters a clitic
takes before the trigger's span (:func:`skipped`)."""

from __future__ import annotations

from marsad.events.lexicon import Trigger
from marsad.model import Token

CONJUNCTIONS = ("و", "ف")


def clitic_entries(found: list[tuple[Trigger, bool]], clitic: str, rest: str) -> list[tuple[Trigger, bool]]:
    """The entries ``found`` for ``rest``, the word without ``clitic``: a masdar after any clitic («للمطالبة»,
    «لمقذوف»); after و/ف also a rare verb form the tokenizer kept whole («وأسروا عددا من المقاتلين») and a
    two-letter verb, but only one that governs its next word (``next=``: «وحث … على», «ورد على الاتهامات»), as
    the tokenizer never splits و from a two-letter word («وفر», provided, is no «فر», fled)."""
    conj = clitic in CONJUNCTIONS
    return [
        (e, v and conj)
        for e, v in found
        if (e.pos == "noun" or (v and conj)) and (len(rest) > 2 or (e.needs is not None and e.needs[0] == "next"))
    ]


def hamza_below(tok: Token) -> bool:
    """The word (past its glued و/ف/ب/ل/ك) is written with «إ» as its first letter, as masdars of the fourth form are
    («إحالة», «إدانة», «إصابة»); verbs of that form begin with «أ» and the others with «ا» or a prefix."""
    word = tok.text[max(0, tok.core_start - tok.start) :]
    k = word.find("إ")
    return 0 <= k <= 2 and all(c in "وفبلك" for c in word[:k])


PREPOSITIONS = ("ب", "ل", "ك")
SHORT_PERFECTS = frozenset(("دان", "دانت", "دانوا"))
"""Short perfects that are also the end of other words: «ولدان» (two boys) is و + ل + «دان» to the tokenizer."""


def preposition_on_perfect(tok: Token, key: str) -> bool:
    """A short perfect (:data:`SHORT_PERFECTS`) with ب/ل/ك glued on it: a verb takes none, so it is another word."""
    return key in SHORT_PERFECTS and any(c in PREPOSITIONS for c in tok.prefix)


DIACRITICS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0640", "\u0670"}


def skipped(tok: Token, clitic: str, text: str | None = None) -> int:
    """Characters of the original word taken by the ``clitic`` before the trigger and their diacritics
    («بِرصاص»: ب and its kasra); the article stays in the trigger («بالقصف» → القصف, «للمطالبة» → مطالبة:
    the alef of the fused ال is not written)."""
    letters = len(clitic) - 2 if clitic.endswith("ال") else len(clitic)
    if not letters:
        return 0
    n = seen = 0
    if text is None:
        text = tok.text
    while n < len(text) and (seen < letters or text[n] in DIACRITICS):
        if text[n] not in DIACRITICS:
            seen += 1
        n += 1
    return n
