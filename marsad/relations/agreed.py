"""Two sides as the coordinated subject of a verb of agreeing: «اتفق رئيس جنوب السودان سالفا كير وزعيم
المعارضة رياك مشار … على تقاسم السلطة», «توصل كير ومشار إلى اتفاق», «وقعت الجزائر وروسيا اتفاقا», «وافق
كير ومشار على وقف دائم لإطلاق النار». News states a settlement this way as often as with a noun and
«بين» («اتفاق بين …», pattern ``between``): the verb comes first, then the sides joined by و, then what
they agreed on. Each pair of sides negotiates with the other (undirected).

The verb alone is not enough: «توصل» (reached) needs «إلى اتفاق/تفاهم/توافق» or «لاتفاق» after the
sides, «وقع» (signed; also «happened») an agreement noun, «اتفق/وافق» the «على» of what was agreed; and
the sides must be two actors or more, the first right after the verb past its titles. Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from itertools import combinations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.model import Token
from marsad.relations.slots import CLAUSE_WORDS, TO_WORDS, SentenceSlots, clitics, is_person, norm_words, unglued

AGREE_ON = norm_words("اتفق اتفقا اتفقت اتفقتا وافق وافقا وافقت وافقتا")
"""Verbs of agreeing whose object follows «على»: «اتفق X و Y على …»."""
REACH = norm_words("توصل توصلا توصلت توصلتا")
"""«توصل X و Y إلى اتفاق»: reached — an agreement only with the noun after it."""
SIGN = norm_words("وقع وقعا وقعت وقعتا")
"""«وقعت الجزائر وروسيا اتفاقا»: signed — also «happened» («وقع انفجار»), so an agreement noun must follow."""
AGREE_VERBS = AGREE_ON | REACH | SIGN
ON = norm_words("على علي")
AGREEMENTS = ("اتفاق", "تفاهم", "توافق", "مذكره", "معاهده")
"""Stems of what is agreed or signed (keys: ة folds to ه)."""
SUBJECT_WORDS = 6
"""At most this many words between the verb and its first side (its titles: «رئيس جنوب السودان»)."""
OBJECT_WORDS = 10
"""At most this many words between the last side and what was agreed (a time, a place: «في ختام مباحثات في
أوغندا السبت على تقاسم السلطة»)."""


SIGNED = (*AGREEMENTS, "اعلان", "وثيقه", "ميثاق", "بروتوكول")
"""Stems of what is signed, named before the signatories in a verb-object-subject clause: «ووقع الإعلان رئيس
حكومة الوحدة الوطنية فايز السراج ورئيس مجلس الدولة خالد المشري»."""


GLUED_VERBS = AGREE_VERBS | {c + v for c in "وف" for v in AGREE_VERBS}
"""The verbs as keys, also with a glued و/ف the key kept («وتوصلا»): one set lookup per word."""


def verb_key(key: str) -> str:
    """The key without a glued و/ف: «وتوصلا» → «توصلا»."""
    return unglued(key, AGREE_VERBS)


def has_agreeing_verb(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built: a verb of agreeing, then «على» or an
    agreement noun after it."""
    if GLUED_VERBS.isdisjoint(keys):
        return False
    verb = next((n for n, k in enumerate(keys) if k in GLUED_VERBS), None)
    return verb is not None and any(
        k in ON or strip_article(k).startswith(SIGNED) for k in keys[verb + 1 : verb + 2 + SUBJECT_WORDS + OBJECT_WORDS]
    )


def agreeing_pairs(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(verb token, side, side)`` for each pair of sides of each verb of agreeing in the sentence."""
    keys, toks = ctx.keys, ctx.sent.tokens
    out: list[tuple[int, Candidate, Candidate]] = []
    for i, k in enumerate(keys):
        verb = verb_key(k)
        if verb not in AGREE_VERBS:
            continue
        signed = verb in SIGN and i + 1 < len(keys) and _signed_first(toks[i + 1], keys[i + 1])
        first = _first_side(ctx, i + 1 if signed else i)
        if first is None:
            continue
        sides = ctx.members(first)
        if len(sides) < 2 or not (signed or _agreed_on(keys, toks, sides[-1].last, verb)):
            continue
        out.extend((i, a, b) for a, b in combinations(sides[:4], 2))
    return out


def _signed_first(tok: Token, key: str) -> bool:
    """A definite agreement noun right after «وقع», its signatories after it."""
    return tok.core.startswith("ال") and not clitics(tok) and strip_article(key).startswith(SIGNED)


def _first_side(ctx: SentenceSlots, i: int) -> Candidate | None:
    """The first side right after the verb: a person past his titles, else the actor at the next word."""
    toks = ctx.sent.tokens
    for c in ctx.cands:
        if c.first <= i or c.first - i > SUBJECT_WORDS:
            continue
        if any(toks[j].text in ".،,:؟!" or ctx.keys[j] in CLAUSE_WORDS for j in range(i + 1, c.first)):
            return None
        if c.after_prep:
            return None
        if c.first == i + 1 and (c.entity is not None or c.place is not None):
            if c.first not in ctx.titles:
                return c  # «وقعت الجزائر وروسيا»
        if is_person(c):
            # «اتفق رئيس جنوب السودان سالفا كير»: the holder of the titles before him
            if all(_title_word(ctx, j) for j in range(i + 1, c.first)):
                return c
            return None
    return None


def _title_word(ctx: SentenceSlots, j: int) -> bool:
    """A word of the titles before a person: a title cue («رئيس», «زعيم»), the body it governs, or a
    definite word («الرئيس الجنوب السوداني»)."""
    tok = ctx.sent.tokens[j]
    return (
        j in ctx.cue_tokens
        or any(d.first <= j <= d.last for d in ctx.cands)
        or (tok.core.startswith("ال") and not clitics(tok) and ctx.keys[j] not in CLAUSE_WORDS)
    )


def _agreed_on(keys: list[str], toks: list[Token], last: int, verb: str) -> bool:
    """What the sides agreed on follows them: «على …» for «اتفق/وافق», an agreement noun for «توصل»
    («إلى اتفاق», «لاتفاق») and «وقع»."""
    for j in range(last + 1, min(len(keys), last + 1 + OBJECT_WORDS)):
        if toks[j].text in ".،,:؟!" or keys[j] in CLAUSE_WORDS:
            return False
        noun = strip_article(keys[j]).startswith(AGREEMENTS)
        if verb in AGREE_ON and keys[j] in ON:
            return True
        if verb in REACH and (
            noun or (keys[j] in TO_WORDS and j + 1 < len(keys) and strip_article(keys[j + 1]).startswith(AGREEMENTS))
        ):
            return True
        if verb in SIGN and noun:
            return True
    return False
