"""A member noun, one to three adjectives, then «في» and the body it serves: «مصدر عسكري في وزارة الدفاع
اليمنية», «ضابط سوداني كبير في التحالف العربي», «مصادر دبلوماسية في الحكومة اليمنية», «قيادي بارز في حركة
حماس», «مسؤول أمريكي رفيع في وزارة الخارجية». The bare «مصادر/مصدر في» is left alone: the dev set annotates it
once in four (a quoted source, not a stated membership, to most annotators).

The cue table lists «مسؤول في», «ضابط في», «القيادي في» word for word; the press puts a nationality, a rank
(«كبير», «رفيع»), a field («عسكري», «أمني», «دبلوماسي») or two between the noun and «في», in every region's
papers. The words between must be indefinite adjectives (no article, no preposition, no name, no cue; only a
glued و: «مصادر أمنية وعسكرية في»), and the word after «في» must start a body: an organisation the
recogniser tagged, a candidate that is no person and no place, or a definite organisation noun it missed
(«الحزب الجمهوري», «الحكومة اليمنية»). A count before the noun («قتل 40 عنصرا في») names no one's
membership. The member is the noun itself, or the person named right after the body past a comma («…،
العميد X»), as for :mod:`marsad.relations.staff`. Read by :func:`marsad.relations.partitive.partitive_members`.
"""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.mention import FUNCTION_WORDS
from marsad.relations.counted import after_count
from marsad.relations.names import ORG_NOUNS
from marsad.relations.slots import CLAUSE_WORDS, IN_WORDS, SentenceSlots, clitics, norm_words
from marsad.relations.staff import holder, is_body
from marsad.relations.words import SOURCE_NOUNS
from marsad.text.tokens import is_arabic_word

QUALIFIED = (
    norm_words(
        "مسؤول مسؤولا مسؤولة مسؤولون مسؤولين ضابط ضابطا ضباط قيادي قياديا قيادية قياديون قياديين "
        "عضو عضوا عضوة أعضاء دبلوماسي دبلوماسيا دبلوماسيون دبلوماسيين مستشار مستشارا موظف موظفا موظفون موظفين "
        "قائد قائدا قادة"
    )
    | SOURCE_NOUNS
)
"""Member nouns that take the body they serve with «في» past their adjectives (not «وزير»: «وزير سابق في
عهد …» names a time; not the armed plurals of ``words.MEMBERS_IN`` like «مسلحين»: «مسلحين مجهولين في المدينة»)."""
QUALIFIERS = 3
"""At most this many adjectives between the noun and «في»."""
RANK_WORDS = norm_words(
    "كبير كبيرا كبار رفيع رفيعا رفيعة رفيعو رفيعون رفيعين بارز بارزا بارزة بارزون بارزين سابق سابقا سابقة "
    "سابقون سابقين آخر آخرا أخرى آخرون آخرين مطلع مطلعا مطلعة مطلعون مطلعين فاعل فاعلا فاعلة فاعلون فاعلين "
    "مسؤول مسؤولة مسؤولون مسؤولين رفيع المستوى"
)
"""Adjectives of rank and standing that are no nisba: «ضابط كبير», «قيادي بارز», «مصدر مطلع», «أعضاء سابقون»."""
NISBA = ("ي", "ية", "يه", "يون", "يين", "يان", "يتان", "يا", "يات")
"""Nisba endings (on an indefinite word): «عسكري», «أمنية», «أمريكيون», «سودانيا»."""
BODY_WORDS = (
    norm_words(
        "الحزب الحكومة الحركة الجماعة التنظيم الجيش الائتلاف التحالف المجلس الهيئة الوزارة الجهاز الاتحاد "
        "الرئاسة البرلمان المخابرات الاستخبارات الشرطة القوات الجبهة"
    )
    | ORG_NOUNS
)
"""Organisation nouns that start a body the recogniser may miss: «الحزب الجمهوري», «الحكومة اليمنية»."""


def qualified_members(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(noun token, member, body)`` for each member noun with adjectives before «في» and a body."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for j in range(len(keys) - 2):
        if keys[j] not in QUALIFIED or j in ctx.cue_tokens or toks[j].core.startswith("ال"):
            continue
        if clitics(toks[j]) not in ("", "و") or after_count(toks, keys, j):
            continue  # «لمصادر»: a preposition's noun; «40 عنصرا»: a count (counted.py)
        noun = ctx.at(j)
        if noun is not None and (noun.entity is not None or noun.first != noun.last):
            continue  # the noun is part of a name
        k = j + 1
        while k < len(keys) and k - j <= QUALIFIERS and _adjective(ctx, k):
            k += 1
        if k == j + 1:
            continue  # «مسؤول في», «ضابط في»: cues of the table; «مصادر في المعارضة»: unannotated as often as not
        if k >= len(keys) - 1 or keys[k] not in IN_WORDS or clitics(toks[k]) or k + 1 in ctx.cue_tokens:
            continue
        body = _body(ctx, k + 1)
        if body is None:
            continue
        # «فرنسوا روفان، وأعضاء سابقون في الحركة»: a noun glued to و starts a new list item, no one's title
        member = ctx.word(j) if "و" in clitics(toks[j]) else holder(ctx, j, body)
        out.append((j, member, body))
    return out


def _adjective(ctx: SentenceSlots, k: int) -> bool:
    tok, key = ctx.sent.tokens[k], ctx.keys[k]
    return (
        is_arabic_word(tok)
        and clitics(tok) in ("", "و")
        and not tok.core.startswith("ال")
        and not tok.suffix
        and key not in FUNCTION_WORDS
        and key not in CLAUSE_WORDS
        and key not in IN_WORDS
        and k not in ctx.cue_tokens
        and ctx.at(k) is None
        and (key in RANK_WORDS or tok.core.removeprefix("و").endswith(NISBA))
    )


def _body(ctx: SentenceSlots, k: int) -> Candidate | None:
    """The body starting at token ``k``: a tagged organisation or a candidate that is no person and no place;
    else a definite organisation noun the recogniser missed."""
    toks = ctx.sent.tokens
    if clitics(toks[k]):
        return None
    c = ctx.at(k)
    if c is not None:
        return c if is_body(c, k) else None
    return ctx.slot(k) if ctx.keys[k] in BODY_WORDS else None
