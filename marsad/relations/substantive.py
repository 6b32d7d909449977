"""A participle cue standing for its own actor: «استطاع هو والموالون له», «سيواصل المعارضون له تمردهم».

A plural participle with the article and a pronoun after its preposition («الموالون له», «المعارضين لها»)
usually describes the noun before it («القوات الموالية له»); with no noun there it is itself the noun
(those loyal to him, his opponents): the source of its own relation, the pronoun's referent the target.
Only masculine plurals (human groups) are read so; a feminine «الموالية له» with nothing before it is an
adjective whose noun the sentence left out too far back to tell.
"""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import Hit, SentenceSlots, clitics

HUMAN_PLURALS = ("ون", "ين")
"""Endings of a masculine (human) plural participle: «الموالون», «المعارضين», «المؤيدين»."""


def substantive(ctx: SentenceSlots, h: Hit) -> Candidate | None:
    """The cue word itself as the source when it is a definite human plural participle with no noun before
    it: after a conjunction, a verb or a function word, not after an actor («والموالون له» but not
    «المقاتلين الموالين له»)."""
    i = h.first
    tok = ctx.sent.tokens[i]
    if h.cue.pattern != "modifier" or not tok.core.startswith("ال") or not ctx.keys[i].endswith(HUMAN_PLURALS):
        return None
    if clitics(tok) not in ("", "و"):
        return None  # «للموالين له»: a recipient, not a subject
    if i > 0 and ctx.at(i - 1) is not None:
        return None
    if i > 0 and "و" not in clitics(tok) and ctx.sent.tokens[i - 1].core.startswith("ال"):
        return None  # «الزعماء الدينيين الموالين»: a definite noun the recogniser did not tag
    return ctx.word(i)


def conjoined(ctx: SentenceSlots, h: Hit) -> Candidate | None:
    """A definite human plural participle carrying the conjunction و is a new conjunct, those it names:
    «ميليشيات الحوثيين الانقلابية والموالون للمخلوع علي عبدالله صالح» — the militias and those loyal to
    Saleh; neither the militias nor their adjective is said to be loyal. A feminine «والموالية لـ» may be a
    second adjective of the noun before («القوات الحكومية والموالية لها») and is left to the other rules."""
    i = h.first
    tok = ctx.sent.tokens[i]
    if h.cue.pattern != "modifier" or clitics(tok) != "و" or not tok.core.startswith("ال"):
        return None
    if not ctx.keys[i].endswith(HUMAN_PLURALS):
        return None
    return ctx.word(i)
