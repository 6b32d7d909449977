"""A person's name cut by a hashtag is one name: «الرئيس التركي، رجب طيب #أردوغان».

Al Arabiya and other Gulf sites tag the last word of a name («رجب طيب #أردوغان», «دونالد #ترمب»); the tokenizer
makes «#» a token of its own and the tagger then finds the surname alone, so the title before the name
(«الرئيس التركي،») is joined to nothing and the given names are lost. A person candidate right after «#» is
extended back over the bare words before the mark (at most three, no clitic, no article, up to a comma, a
candidate or the start of the sentence), so that the title joins the whole name as it does in untagged text.
"""

from __future__ import annotations

from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate
from marsad.model import Token
from marsad.text.tokens import clitics

HASH = "#"
GIVEN_NAMES = 3
"""Words of a name before the hashtagged surname («رجب طيب»)."""
NOT_NAMES = word_keys("ان أن إن قال قالت أكد أكدت أعلن أعلنت في من على عن إلى مع بعد قبل أمس اليوم الذي التي")
"""Words that end a name going back: complementizers, speech verbs, prepositions, times, relatives."""


def hashtag_names(cands: list[Candidate], toks: list[Token], keys: list[str], text: str) -> list[Candidate]:
    """``cands`` (in token order) with each person right after «#» extended over the given names before it."""
    out: list[Candidate] = []
    for c in cands:
        if c.entity is not None and c.entity.type == "PER" and c.first >= 2 and toks[c.first - 1].text == HASH:
            taken = out[-1].last if out else -1
            k = c.first - 1
            while k - 1 > taken and c.first - 1 - (k - 1) <= GIVEN_NAMES and _given_name(toks[k - 1], keys[k - 1]):
                k -= 1
            if k < c.first - 1:
                start = toks[k].start
                out.append(Candidate(k, c.last, start, c.end, text[start : c.end], c.entity, None, False))
                continue
        out.append(c)
    return out


def _given_name(tok: Token, key: str) -> bool:
    return (
        tok.core[:1].isalpha()
        and not clitics(tok)
        and not tok.core.startswith("ال")
        and key not in NOT_NAMES
        and len(tok.core) >= 2
    )
