"""The tribe a sheikh's title names, read whole: «فهد طالب الشرفي، أحد مشايخ خولان بن عامر، أن …», «أحد مشايخ
قبيلة وائلة آل عمر», «شيخ شمل قبائل خولان بن عامر». Tribal names are built like persons' (« بن », «آل»), so the
recogniser often tags them as people, or not at all; after a sheikh's title the words up to the next comma, clause
word or preposition are the tribe. Used by :func:`marsad.relations.ends.title_ends`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.mention import FUNCTION_WORDS
from marsad.model import Document, Token
from marsad.relations.slots import CLAUSE_WORDS, PREPOSITIONS, SentenceSlots, clitics, norm_words
from marsad.text.tokens import is_arabic_word

SHEIKHS = norm_words("مشايخ شيوخ شمل")
"""The last word of a sheikh's title whose tribe follows («أحد مشايخ», «أحد شيوخ», «شيخ شمل» — the paramount
sheikh)."""
TRIBE_WORDS = 5
"""At most this many words in a tribe's name («قبيلة وائلة آل عمر», «قبائل خولان بن عامر»)."""
NAME_PARTICLES = norm_words("بن بني آل ال أبو أبي ابن")
"""Words inside tribal names («خولان بن عامر», «وائلة آل عمر», «بني حشيش»)."""
TRIBE_NOUNS = norm_words("قبائل قبيلة عشيرة عشائر")
"""Nouns that head a tribe's name: «قبائل صعدة», «قبيلة وائلة آل عمر», «عشائر الأنبار» (indefinite, in construct)."""


def sheikhs_tribe(ctx: SentenceSlots, last: int) -> Candidate | None:
    """The tribe named by the words after a sheikh's title ending at token ``last``, or ``None`` when the title
    is no sheikh's or no bare name follows."""
    keys, toks = ctx.keys, ctx.sent.tokens
    if keys[last] not in SHEIKHS or last + 1 >= len(keys):
        return None
    j = last + 1
    end = j - 1
    while end + 1 < len(toks) and end + 1 - j < TRIBE_WORDS:
        k = end + 1
        tok = toks[k]
        if not is_arabic_word(tok) or keys[k] in CLAUSE_WORDS or keys[k] in PREPOSITIONS:
            break
        if k in ctx.cue_tokens or (keys[k] in FUNCTION_WORDS and keys[k] not in NAME_PARTICLES):
            break
        if k > j and tok.prefix:
            break  # «… خولان بن عامر وقبائل …»: a second item or a clitic ends the name
        end = k
    if end < j or toks[j].core.startswith("ال"):
        return None  # «أحد مشايخ القبيلة»: a definite noun is the tribe's description, not its name
    start, stop = toks[j].core_start, toks[end].end
    return Candidate(j, end, start, stop, ctx.doc.text[start:stop], None, None, False)


def tribe_nouns(
    doc: Document, toks: list[Token], keys: list[str], cands: list[Candidate], cue_tokens: set[int]
) -> list[Candidate]:
    """Candidates for a tribe noun and the name after it («قبائل صعدة» over the town «صعدة»; «قبيلة وائلة آل
    عمر»), the tribe being the actor («رفض قبائل صعدة للانقلاب»); not after a preposition glued to the noun."""
    if TRIBE_NOUNS.isdisjoint(keys):
        return cands
    out = list(cands)
    for j, k in enumerate(keys[:-1]):
        tok = toks[j]
        if k not in TRIBE_NOUNS or tok.core.startswith("ال") or clitics(tok) not in ("", "و", "ف") or j in cue_tokens:
            continue
        if any(c.first <= j <= c.last for c in out):
            continue
        end = j
        while end + 1 < len(toks) and end - j < TRIBE_WORDS:
            n = end + 1
            if not is_arabic_word(toks[n]) or toks[n].core.startswith("ال") or n in cue_tokens:
                break
            if keys[n] in FUNCTION_WORDS or keys[n] in CLAUSE_WORDS or keys[n] in PREPOSITIONS or clitics(toks[n]):
                break
            # a name runs on only over «بن/آل» and the word after them
            if n > j + 1 and keys[n - 1] not in NAME_PARTICLES and keys[n] not in NAME_PARTICLES:
                break
            end = n
        if end == j:
            continue
        inside = [c for c in out if j < c.first and c.last <= end]
        if any(c.last > end for c in out if j < c.first <= end):
            continue  # a longer name runs past the tribe's
        out = [c for c in out if c not in inside]
        start, stop = tok.core_start, toks[end].end
        out.append(Candidate(j, end, start, stop, doc.text[start:stop], None, None, False))
    out.sort(key=lambda c: c.first)
    return out
