"""The participants of a meeting: «بدأت في الخرطوم اجتماعات اللجنة الوزارية الثلاثية …، وذلك بمشاركة وزراء المياه
والخارجية في السودان ومصر وإثيوبيا». After a meeting noun (talks, a summit, a conference), «بمشاركة» names its
sides: when it lists two actors or more (joined by و), each pair negotiates (undirected, like «اجتماع بين A و B»).
A single participant is no pair; «بمشاركة» after no meeting noun («عملية عسكرية بمشاركة …») is read elsewhere.
Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from marsad.events.coder import Candidate
from marsad.model import Token
from marsad.relations.occasions import THAT  # «، وذلك بمشاركة …»: the writer's link back to the meeting
from marsad.relations.slots import SentenceSlots, clitics, is_town, norm_words, with_ba
from marsad.text.normalize import normalize

JOINING = normalize("بمشاركة")
"""«بمشاركة», as a key with its ب (the tokenizer may split the ب off: see :func:`marsad.relations.slots.with_ba`)."""
MEETINGS = norm_words("اجتماع اجتماعات محادثات مفاوضات مباحثات لقاء لقاءات قمة مؤتمر مشاورات حوار")
"""Meeting nouns whose participants «بمشاركة» names."""
MEETING_WORDS = 15
"""At most this many tokens between the meeting noun and «بمشاركة»."""
LIST_WORDS = 10
"""At most this many tokens (the participants' titles: «وزراء المياه والخارجية») between «بمشاركة» and the list."""


def has_joining(tokens: Iterable[tuple[str, str]]) -> bool:
    """A cheap test before the sentence's candidates are built: ``(core, prefix)`` of each token."""
    return any(with_ba(c, p) == JOINING for c, p in tokens)


def participant_pairs(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(token of «بمشاركة», side, side)`` for each pair of the participants listed after a meeting's «بمشاركة»."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for i, tok in enumerate(toks):
        if with_ba(tok.core, tok.prefix) != JOINING:
            continue
        meeting = next((k for k in range(i - 1, max(-1, i - MEETING_WORDS - 1), -1) if keys[k] in MEETINGS), None)
        if meeting is None or any(_new_item(toks[k], keys[k]) for k in range(meeting + 1, i)):
            continue
        for first in (c for c in ctx.cands if i < c.first <= i + LIST_WORDS and not is_town(c)):
            if any(toks[k].text in ".؟!:" for k in range(i + 1, first.first)):
                break
            sides = [m for m in ctx.members(first) if not is_town(m)]
            if len(sides) >= 2:  # «وزراء الخارجية في السودان ومصر»: the first list, past the titles' words
                out.extend((i, a, b) for a, b in combinations(sides[:4], 2))
                break
    return out


def _new_item(tok: Token, key: str) -> bool:
    """A word with a glued و/ف other than «وذلك» starts a new item or clause between the meeting and «بمشاركة»
    («مشاورات … جزءا من عملية أوسع نطاقا، وربما بمشاركة …»: the participation is the process's)."""
    return bool({"و", "ف"} & set(clitics(tok))) and key not in THAT and tok.core not in THAT
