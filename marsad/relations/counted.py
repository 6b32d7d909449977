"""Cue hits that a word's form rules out: a nisba adjective read as a pronoun, a counted title noun.

* A word with the article carries no attached pronoun, so a final ي on a definite word is the nisba ending:
  «وحدة الإعلام الحربي» (war media) is no «حرب» (war) + «ي» (my), «الطيران الحربي» no war between anyone.
* A member title counted by a number names how many members a body has or how many voted, not anyone's
  membership: «حصل صالح على أصوات 219 من أصل 329 عضوا في البرلمان» (Salih is not said to be a member),
  «صوت 150 نائبا في المجلس»; «أصبح صالح عضوا في البرلمان» keeps its relation.
"""

from __future__ import annotations

from marsad.events.casualties import CARDINALS, MULTITUDES
from marsad.relations.slots import norm_words
from marsad.text.tokens import Token

MEMBER_NOUNS = norm_words("عضو عضوا أعضاء عضوات نائبا نواب")
"""Member nouns that a number counts; «13 فصيلا من الجيش الحر» (factions of a body) stays a membership."""


def nisba_ending(token: Token, pronoun: str) -> bool:
    """The ``pronoun`` stripped from ``token`` is the ي of a definite nisba adjective («الحربي»)."""
    return pronoun == "ي" and token.core.startswith("ال")


def counted_member(tokens: list[Token], keys: list[str], i: int, type_: str) -> bool:
    """A member noun cue at ``i`` right after a number («329 عضوا في البرلمان», «عشرات الأعضاء في»)."""
    return type_ == "member_of" and keys[i] in MEMBER_NOUNS and after_count(tokens, keys, i)


def after_count(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The word at ``i`` follows a number («329 عضوا», «عشرات الأعضاء»): it is counted."""
    return i > 0 and (tokens[i - 1].text.isdigit() or keys[i - 1] in CARDINALS or keys[i - 1] in MULTITUDES)
