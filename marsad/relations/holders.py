"""Who holds a title when the recogniser names no one after it (used by :func:`marsad.relations.ends.title_ends`):
a group before «فرع» («جبهة النصرة، فرع القاعدة في سوريا»: the group is the body's branch), an unnamed «زعيم»
(«وأضاف زعيم التيار الصدري أن …»: the title noun is the leader) and an unnamed member's title, widened over «مصدر»
before it («نفى مصدر مسؤول في التحالف»)."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import (
    CLAUSE_WORDS,
    IN_WORDS,
    PREPOSITIONS,
    Hit,
    SentenceSlots,
    clitics,
    has_lam,
    is_person,
    norm_words,
)
from marsad.relations.unmarked import STATEMENT, WHEN_WORDS
from marsad.relations.words import MEMBER_GROUPS, MEMBERS_IN, ONE_MEMBER, SOURCE_NOUNS, UNNAMED_HEADS


def branch_group(ctx: SentenceSlots, h: Hit, before: list[Candidate], fighting: bool) -> Candidate | None:
    """The named group right before «فرع» (a comma between or not); ``None`` for an armed force
    (``fighting``: «استهدفت مقاتلات التحالف فرع المؤسسة», a branch struck, the verb's object) or no group."""
    if not before or h.first - before[-1].last > 2 or fighting:
        return None
    side = before[-1]
    return side if side.entity is not None and not is_person(side) and side.place is None else None


MEMBER_IN_ONLY = norm_words("عضو")
"""A member's title that stands for an unnamed holder only before «في» («عضو في الحزب»)."""
SPECIAL = "خاص"
"""The second word of «الممثل/المبعوث/المنسق الخاص» (a cue's words are normalised without the article)."""

THAT_PRONOUN = norm_words("أنه إنه أنها إنها أنهم إنهم")
"""«وأضاف زعيم التيار الصدري أنه …»: a reported clause whose subject is a pronoun."""
NAME_REACH = 4
"""Words after a comma within which a name would follow an unnamed title («…، العميد أحمد المسماري»)."""


def no_name_at(ctx: SentenceSlots, nxt: int, name_units: dict[str, str]) -> bool:
    """Whether no holder's name stands at token ``nxt``, right after a title's body: the sentence ends, a
    clause, a preposition or a time begins («وهدد المتحدث باسم الجيش خلال مؤتمر صحافي»), another cue, or the
    verb's definite object («أدان المتحدث باسم السلطة الفلسطينية الاتهامات»; a nisba adjective after the body
    is still the body's: «باسم الخارجية السودانية قريب الله الخضر»). After a comma, a name may come with its
    rank («…، العميد أحمد المسماري»): no name is there when a clause, a preposition or a time follows the
    comma («وقال الناطق باسم الجماعة، إن …»), or another cue with no person named within
    :data:`NAME_REACH` words («وفدا يرأسه الناطق باسم جماعة الحوثي، ذراع إيران في اليمن»)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    if nxt >= len(toks):
        return True
    if toks[nxt].text in "،," and nxt + 1 < len(toks):
        k = nxt + 1
        if keys[k] in CLAUSE_WORDS or keys[k] in THAT_PRONOUN or keys[k] in PREPOSITIONS or keys[k] in WHEN_WORDS:
            return True
        return k in ctx.cue_tokens and not any(is_person(c) and k <= c.first <= k + NAME_REACH for c in ctx.cands)
    return (
        keys[nxt] in CLAUSE_WORDS
        or keys[nxt] in THAT_PRONOUN
        or toks[nxt].text in ".:؟!"
        or nxt in ctx.cue_tokens
        or keys[nxt] in PREPOSITIONS
        or keys[nxt] in WHEN_WORDS
        or (
            toks[nxt].core.startswith("ال")
            and not toks[nxt].core.endswith(("ي", "ية", "يه"))
            and not clitics(toks[nxt])
            and "PER" not in name_units.get(keys[nxt], "")
        )
    )


def unnamed_head(
    ctx: SentenceSlots, h: Hit, last: int, unnamed: bool, nxt: int, name_units: dict[str, str]
) -> Candidate | None:
    """«وأضاف زعيم التيار الصدري أن …», «ودعا زعيم تحالف "سائرون" باقي الكتل»: a leader's title with no name
    after its body is its holder, like a spokesman's. After a verb of saying, the word after the body is the
    verb's object unless it is a name."""
    toks = ctx.sent.tokens
    if h.cue.type != "leads" or ctx.keys[h.first] not in UNNAMED_HEADS or h.first != last or has_lam(toks[h.first]):
        return None
    if not unnamed and h.first > 0 and ctx.keys[h.first - 1] in STATEMENT and nxt < len(toks):
        named = ctx.at(nxt)
        unnamed = (named is None or not is_person(named)) and "PER" not in name_units.get(ctx.keys[nxt], "")
    if (
        not unnamed
        and nxt < len(toks)
        and not clitics(toks[nxt])
        and (named := ctx.at(nxt)) is not None
        and named.first == nxt
    ):
        # «وصف زعيم القاعدة أمريكا بأنها …»: a state or a body the recogniser tagged after the title's body is the
        # verb's object, not the leader's name
        unnamed = named.entity is not None and named.entity.type in ("GPE", "ORG") and not is_person(named)
    return title_noun(ctx, h.first) if unnamed else None


def member_title(ctx: SentenceSlots, h: Hit) -> bool:
    """«قيادات بارزة في حركة حماس», «مسؤولون في الحكومة»; one unnamed official or officer: «مسؤول في جهاز
    الاستخبارات», «مقتل عميد في القوات الخاصة»; a commander, cadre or representative «في/عن/من» a body
    (member_of cues only: «قائد الجيش» is its head)."""
    key = ctx.keys[h.first]
    if SPECIAL in h.cue.words:
        return False  # «الممثل الخاص للأمين العام …»: a special representative is named, never a bare title
    if key in MEMBER_IN_ONLY:
        # «وقال عضو في حزب الاتحاد الديمقراطي إن …»: an unnamed member only with «في»; «عضو مؤتمر الرياض …
        # الدكتورة ياسمين الفاطمي» names its holder further on, «العضو في» is an office held by someone named before
        nxt = h.first + 1
        return nxt < len(ctx.keys) and ctx.keys[nxt] in IN_WORDS and not ctx.sent.tokens[h.first].core.startswith("ال")
    return key in MEMBER_GROUPS or key in ONE_MEMBER or (key in MEMBERS_IN and h.cue.type == "member_of")


def title_noun(ctx: SentenceSlots, i: int) -> Candidate:
    """The title word at ``i`` as the holder, past its clitics; an indefinite title widened over «مصدر»
    before it («مصدر مسؤول في …»: the unnamed source, of whom «مسؤول» is the adjective)."""
    toks = ctx.sent.tokens
    tok = toks[i]
    first, start = i, tok.core_start
    if i > 0 and ctx.keys[i - 1] in SOURCE_NOUNS and not tok.core.startswith("ال"):
        first, start = i - 1, toks[i - 1].core_start
    text = ctx.doc.text[start : tok.end] if first < i else tok.text[len(tok.prefix) :]
    return Candidate(first, i, start, tok.end, text, None, None, False)
