"""The name in apposition to a bare end: a spokesman's title, a kin noun, «نظيره» or an honorific stands for
the person named right after it.

News at large names the holder after the title and the body: «وقال المتحدث باسم التحالف العقيد الركن تركي
المالكي», «اتصال هاتفي مع نظيره التركي، رجب طيب أردوغان،», «برفقة زوجته نورين التي …», «لأمير المنطقة
الشرقية صاحب السمو الملكي الأمير سعود بن نايف». The cue table's end is then the title («المتحدث»), the kin
noun, «نظيره التركي» or «صاحب السمو»; the gold end (and the useful one) is the name. Between the bare end and
the name only the relation's other end, the cue's own words, ranks and honorifics, nationality adjectives and
one comma may stand. The rest of a compound rank taken for the holder («الفريق أول ركن عبدالرحمن البنيان» read
with «أول ركن» as the holder) gives way the same way. An unnamed spokesman («قال متحدث باسم الجيش إن») keeps his
title. Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.events.mention import FUNCTION_WORDS
from marsad.relations.lexicon import Cue
from marsad.relations.qualifiers import HONORIFICS
from marsad.relations.slots import PRONOUN_ENDINGS, RELATIVES, Ends, SentenceSlots, is_person, norm_words
from marsad.relations.words import COMMAS, RANKS
from marsad.text.tokens import clitics, is_arabic_word

SPOKESMEN = frozenset(strip_article(w) for w in norm_words("المتحدث الناطق المتحدثة الناطقة"))
"""Spokesmen's titles: the end «المتحدث» of «المتحدث باسم X» gives way to the name after X."""
KIN_STEMS = ("زوج", "ابن", "نجل", "شقيق", "ابنت", "نجلت", "شقيقت", "ارمل")
"""Kin nouns with a possessive pronoun («زوجته», «نجله», «شقيقها») named by the word after them."""
COUNTERPART = "نظير"
"""«نظيره التركي، رجب طيب أردوغان»: the counterpart named after his adjective."""
HONOURS = norm_words("صاحب السمو الملكي المعالي الفخامة السعادة")
"""«صاحب السمو الملكي الأمير …», «صاحب المعالي»: a form of address standing before the name."""
SKIPPED = HONORIFICS | RANKS | HONOURS | norm_words("الرسمي الرسمية")
RANK_PARTS = norm_words("أول اول ركن الركن طيار بحري")
"""The rest of a compound rank («الفريق أول ركن», «اللواء الركن طيار»): taken alone for the holder, they give
way to the name after them."""
NAME_WORDS = 10
"""At most this many words between the bare end and the name."""
BARE_NAME_WORDS = 2
"""At most this many untagged words that begin a name before its tagged part («تركي المالكي»)."""


def _kind(ctx: SentenceSlots, c: Candidate) -> str | None:
    """Which bare end ``c`` is: ``spokesman``, ``kin``, ``counterpart``, ``honour``, ``rank`` or None (a
    name)."""
    if c.entity is not None or not ctx.owns(c) or c.last - c.first > 2:
        return None
    key = ctx.keys[c.first]
    bare = strip_article(key)
    definite = ctx.sent.tokens[c.first].core.startswith("ال")
    if bare in SPOKESMEN and definite:  # «قال متحدث باسم الجيش»: an unnamed spokesman keeps his title
        return "spokesman"
    if key.startswith(COUNTERPART) and key.endswith(PRONOUN_ENDINGS):
        return "counterpart"
    if key.endswith(PRONOUN_ENDINGS) and any(key.startswith(s) and len(key) - len(s) <= 2 for s in KIN_STEMS):
        return "kin"
    if bare == "صاحب":
        return "honour"
    if all(ctx.keys[j] in SKIPPED or ctx.keys[j] in RANK_PARTS for j in range(c.first, c.last + 1)):
        return "rank"  # «الفريق أول ركن عبدالرحمن البنيان» read with «أول ركن» as the holder
    return None


def _nisba(ctx: SentenceSlots, j: int) -> bool:
    tok = ctx.sent.tokens[j]
    return tok.core.startswith("ال") and tok.core.endswith(("ي", "ية")) and not clitics(tok)


def _plain(ctx: SentenceSlots, j: int) -> bool:
    """An untagged word that may begin a name: Arabic, no clitic, no article, no function word."""
    tok = ctx.sent.tokens[j]
    return (
        is_arabic_word(tok)
        and not clitics(tok)
        and not tok.core.startswith("ال")
        and ctx.keys[j] not in FUNCTION_WORDS
        and j not in ctx.cue_tokens
        and ctx.at(j) is None
    )


def _name_after(ctx: SentenceSlots, c: Candidate, other: Candidate, kind: str) -> Candidate | None:
    """The person named after the bare end ``c``, past ``other`` (the relation's other end), the cue's
    words, ranks, honorifics, adjectives and one comma."""
    toks, keys = ctx.sent.tokens, ctx.keys
    j, commas = c.last + 1, 0
    while j < len(toks) and j <= c.last + NAME_WORDS:
        d = ctx.at(j)
        if d is not None and d.first == j and is_person(d) and "و" not in clitics(toks[j]):
            return d if d is not other else None
        if d is not None and d.first <= j and (d is other or (ctx.owns(other) and d.first == other.first)):
            j = max(j, d.last) + 1
            continue
        if (ctx.owns(other) and other.first <= j <= other.last) or j in ctx.cue_tokens:
            j += 1
            continue
        if d is None and (keys[j] in SKIPPED or keys[j] in RANK_PARTS or _nisba(ctx, j)):
            j += 1
            continue
        if toks[j].text in COMMAS and commas == 0:
            commas += 1
            j += 1
            continue
        break
    if j >= len(toks):
        return None
    # «العقيد الركن تركي المالكي» with «المالكي» alone tagged: the untagged first name belongs to it
    n = 0
    while n < BARE_NAME_WORDS and j + n < len(toks) and _plain(ctx, j + n):
        n += 1
        d = ctx.at(j + n) if j + n < len(toks) else None
        if d is not None and d.first == j + n and is_person(d):
            start = toks[j].start
            return Candidate(j, d.last, start, d.end, ctx.doc.text[start : d.end], d.entity, None, False)
    # «زوجته نورين التي …»: a kin noun's untagged name, one word closed by a relative, a comma or the end
    if kind == "kin" and _plain(ctx, j) and j == c.last + 1:
        nxt = j + 1
        if nxt >= len(toks) or keys[nxt] in RELATIVES or toks[nxt].text in COMMAS:
            tok = toks[j]
            return Candidate(j, j, tok.start, tok.end, ctx.doc.text[tok.start : tok.end], None, None, False)
    return None


def apposed_names(ctx: SentenceSlots, cue: Cue, ends: Ends) -> Ends:
    """``ends`` with a bare title, kin noun, counterpart or honorific replaced by the name after it."""
    out: Ends = []
    for src, tgt, sub in ends:
        ends_ = [src, tgt]
        for i in (0, 1):
            kind = _kind(ctx, ends_[i])
            if kind is None or (kind == "spokesman" and cue.type != "member_of"):
                continue
            name = _name_after(ctx, ends_[i], ends_[1 - i], kind)
            other = ends_[1 - i]
            # the name follows the other end when that end follows the bare one («المتحدث باسم التحالف …»)
            if name is not None and (not ctx.owns(other) or other.last < ends_[i].first or name.first > other.last):
                ends_[i] = name
        out.append((ends_[0], ends_[1], sub))
    return out
