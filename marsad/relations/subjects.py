"""The subject of a cue's clause: the nearest actor before the cue outside a prepositional phrase, carried into
a clause after «أن» that has none of its own («نفت الجزائر أن تكون قد قدمت دعما …»). Moved out of
:mod:`marsad.relations.patterns` (:class:`marsad.relations.patterns.EndFinder` and :mod:`marsad.relations.between`
use it)."""

from __future__ import annotations

from marsad.events.arguments import PLACE_WORDS
from marsad.events.coder import Candidate
from marsad.relations.ends import has_pronoun
from marsad.relations.slots import CLAUSE_WORDS, RELATIVES, Hit, SentenceSlots, clitics, is_person, is_town
from marsad.relations.words import ARMED, DIRECTIONS, GENERIC_FORCES, THAT


def clause_subject(ctx: SentenceSlots, h: Hit, fem: bool) -> Candidate | None:
    """The subject of the cue's clause: the nearest actor up to ten words before it that is not
    inside a prepositional phrase, not the end of another cue («بقيادة نبيل القروي») and not a
    town (unless right before the verb: «مدينة الزاوية وفرت»); a feminine pronoun («علاقاتها»,
    «ولاءها») is no man. Not across «أن», «حيث», «عندما» …: another clause."""
    i = h.first
    for c in reversed(ctx.cands):
        if c.last >= i:
            continue
        clause = next(
            (j for j in range(i - 1, c.last, -1) if ctx.keys[j] in CLAUSE_WORDS and ctx.keys[j] not in RELATIVES),
            None,
        )
        if clause is not None and _carried(ctx, clause, i, c):
            # «ونفت الجزائر أن تكون قد قدمت دعما عسكريا لقوات حفتر»: a clause after «أن» with no subject
            # of its own, whose verb agrees with the subject of the main clause
            return c
        if i - c.last > 10 or clause is not None:
            break
        if c.first in ctx.titles and not is_person(c) and c.entity is None and not c.after_prep:
            # «ولكن رئيس المجلس، الذي ينتمي إلى …»: no name, the title and its body are the subject
            t = ctx.sent.tokens[ctx.titles[c.first]]
            return Candidate(
                ctx.titles[c.first],
                c.last,
                t.core_start,
                c.end,
                ctx.doc.text[t.core_start : c.end],
                None,
                None,
                False,
            )
        if c.after_prep or c.unknown_place or c.first in ctx.obliques or (fem and is_person(c)):
            continue
        if (
            c.first >= 2
            and ctx.keys[c.first - 2] in RELATIVES
            and not has_pronoun(ctx.sent.tokens[c.first - 1], ctx.keys[c.first - 1])
        ):
            continue  # «حزب جبهة التحرير، الذي يحكم الجزائر في تحالف مع …»: the relative verb's object
        if is_town(c) and not (i - c.last <= 2 and c.first > 0 and ctx.keys[c.first - 1] in PLACE_WORDS):
            continue  # «المجلس العسكري مصراتة تحالفه»: the town names the council; «مدينة الزاوية وفرت» acts
        if c.place is not None and c.first > 0 and ctx.keys[c.first - 1] in DIRECTIONS:
            continue  # «في محافظة البيضاء، وسط اليمن، … وانضموا»: where, not who
        head = next((d for d in ctx.cands if d.last == c.first - 1), None)
        if (
            head is not None
            and head.entity is None
            and head.first == head.last
            and not ctx.sent.tokens[head.first].core.startswith("ال")
            and (ctx.keys[head.first] in GENERIC_FORCES or ctx.keys[head.first] in ARMED)
        ):
            return head  # «انشق بعض مقاتلي طالبان لينضموا إلى داعش»: the fighters, not their movement
        return c
    return None


def _carried(ctx: SentenceSlots, clause: int, i: int, c: Candidate) -> bool:
    """The subject ``c`` of a main clause carries into the «أن» clause at ``clause`` when that clause
    opens with an imperfect verb, holds no actor before the cue at ``i``, and ``c`` is the subject
    right after the main verb («نفت الجزائر أن تكون قد قدمت …»), not inside a phrase."""
    toks = ctx.sent.tokens
    return (
        ctx.keys[clause] == THAT
        and not toks[clause].suffix
        and clause + 1 < i
        and toks[clause + 1].text[:1] in "تي"
        and not any(clause < d.first < i for d in ctx.cands)
        and clause - c.last <= 2
        and not c.after_prep
        and c.first not in ctx.obliques
        and c.first > 0
        and not clitics(toks[c.first])
    )
