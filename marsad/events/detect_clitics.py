"""Lexicon entries read under a clitic the tokenizer left on a word (see ``TriggerFinder._find_entries``)."""

from __future__ import annotations

from marsad.events.lexicon import Trigger

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
