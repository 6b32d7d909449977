"""The object of a relative verb: a definite group noun before «التي/الذي» that the recogniser does not tag.

«الفصائل التي تدعمها تركيا», «الجماعات المسلحة التي تدعمها إيران», «المليشيات التي يقودها …»: the verb's
pronoun is the group right before the relative, whose own name is only its plural noun (and an adjective).
The verb pattern takes the candidate before the verb (:mod:`marsad.relations.patterns`); a group noun is no
candidate, so without this reading the relation was lost while «الجماعات المدعومة من إيران» was read. An
indefinite group takes no relative pronoun: «جماعات تدعمها إيران», «لفصائل تدعمها تركيا» (with an adjective,
«فصائل مسلحة تدعمها إيران», :func:`marsad.relations.ends.lam_group` reads it).
"""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import GROUPS, RELATIVES, SentenceSlots, clitics
from marsad.text.tokens import is_arabic_word


def relative_group(ctx: SentenceSlots, i: int) -> Candidate | None:
    """The group the verb at ``i`` has for object: the definite group noun (with up to one definite adjective)
    before the relative at ``i - 1`` («الفصائل التي», «الفصائل السورية التي», «والجماعات المسلحة التي») or a bare
    indefinite one right before the verb («جماعات تدعمها»); None elsewhere."""
    toks, keys = ctx.sent.tokens, ctx.keys
    if i >= 1 and keys[i - 1] in GROUPS and not toks[i - 1].core.startswith("ال"):
        # «فصائل تدعمها تركيا», «لفصائل تدعمها إيران»: an indefinite antecedent takes no relative pronoun
        if clitics(toks[i - 1]) not in ("", "و", "ل", "ب") or ctx.at(i - 1) is not None or i - 1 in ctx.cue_tokens:
            return None
        return ctx.word(i - 1)
    if i < 2 or keys[i - 1] not in RELATIVES:
        return None
    last = i - 2
    head = last
    tok = toks[last]
    if strip_article(keys[last]) not in GROUPS and last > 0:
        # «الجماعات المسلحة التي»: a definite adjective after the group noun
        if not tok.core.startswith("ال") or clitics(tok) or not is_arabic_word(tok):
            return None
        head = last - 1
    g = toks[head]
    if (
        strip_article(keys[head]) not in GROUPS
        or not g.core.startswith("ال")
        or clitics(g) not in ("", "و")
        or any(ctx.at(j) is not None or j in ctx.cue_tokens for j in range(head, last + 1))
    ):
        return None
    start = g.core_start
    return Candidate(head, last, start, toks[last].end, ctx.doc.text[start : toks[last].end], None, None, False)
