"""Parts sent or drawn from a body, read without a cue of the table:

* a delegation «وفد من» a group or «وفد يمثل» a body is a member of it («استقبال نصر الله لوفد من المتمردين
  الحوثيين», «يجري وفد يمثل مجلس سوريا الديمقراطية محادثات»);
* men or a group drawn «من» a named body are members of it («عناصر من حزب الله», «على يد مجموعة من ميليشيات
  حزب الله»): a partitive of an organisation, not of a place («مقاتلون من درعا» come from a town,
  :mod:`marsad.relations.origins`); men counted by a number («قتل 40 عنصرا من مليشيات الحوثي») are a battle's
  toll, which the annotators leave out;
* indefinite forces «تابعة لـ» a body are some of its forces, hence its members («ميليشيات تابعة لـ"المجلس
  الرئاسي"», «قوات محدودة تابعة لقوات النظام»). The definite «القوات التابعة للحوثي» stays no relation (it
  describes the side's own forces, :mod:`marsad.relations.patterns`), and a person's forces are loyal to him,
  not a part of him: only a body is taken.

The end after the noun must be an organisation the recogniser tagged (not a person, not a place): «وفد من
مصر», «مجموعة من الدول», «عناصر من المسلحين» name no body. Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from itertools import pairwise

from marsad.events.casualties import CARDINALS, MULTITUDES
from marsad.events.coder import Candidate
from marsad.relations.players import has_players, player_clubs
from marsad.relations.qualified import QUALIFIED, QUALIFIERS, qualified_members
from marsad.relations.slots import IN_WORDS, SentenceSlots, clitics, norm_words
from marsad.relations.staff import STAFF, staff_members
from marsad.relations.within import WITHIN, within_members
from marsad.relations.words import ARMED, FROM, GROUPS

DELEGATIONS = norm_words("وفد وفدا وفود بعثة بعثه")
"""A delegation or a mission: «وفد من», «وفدا يمثل», «بعثة من المؤسسة الوطنية للنفط»."""
DETACHMENTS = norm_words("عناصر عنصر عنصرا مجموعة مجموعات")
"""Men or a group drawn from a body: «عناصر من», «مجموعة من»."""
REPRESENTS = norm_words("يمثل تمثل يمثلون")
"""A delegation «يمثل» a body (not «الإرهاب الذي تمثله تنظيمات»: the verb must follow the noun directly)."""
BELONGING = norm_words("تابعة تابع تابعين تابعون")
"""The indefinite participle «تابعة لـ» (the definite «التابعة» is a cue of the table)."""
FORCES = ARMED | GROUPS
"""Indefinite forces before «تابعة لـ»: «ميليشيات», «قوات», «كتائب», «فصائل»."""
HEADS = DELEGATIONS | DETACHMENTS | BELONGING
UNTAGGED_BODIES = norm_words(
    "القوات الجيش الأجهزة الأمن الشرطة الحرس الدرك المخابرات الاستخبارات الحكومة الحزب الحركة الجماعة التنظيم"
)
"""Definite heads of a body the recogniser may leave untagged after «عناصر/وفد من» («القوات المسلحة الأردنية»)."""


def has_parts(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built: a head noun followed by «من» or «يمثل», or the
    indefinite «تابعة»."""
    # «وزير بحكومة الحوثيين» (staff.py), «ضمن التحالف الدولي» (within.py), «نجم الهلال» (players.py),
    # «مصدر عسكري في» (qualified.py)
    if not (STAFF.isdisjoint(keys) and WITHIN.isdisjoint(keys)) or has_players(keys) or _qualified_in(keys):
        return True
    if HEADS.isdisjoint(keys):
        return False
    return any(
        k in BELONGING
        or (k in DELEGATIONS and n in REPRESENTS)
        or ((k in DELEGATIONS or k in DETACHMENTS) and n == FROM)
        for k, n in pairwise(keys)
    )


def _qualified_in(keys: list[str]) -> bool:
    """A member noun with «في» after one to ``QUALIFIERS`` words (its adjectives), as :func:`qualified_members`
    needs: its nouns («مسؤول», «مصادر») stand in one sentence in ten, «في» past an adjective far less often."""
    if QUALIFIED.isdisjoint(keys):
        return False
    return any(k in QUALIFIED and not IN_WORDS.isdisjoint(keys[j + 2 : j + 2 + QUALIFIERS]) for j, k in enumerate(keys))


def partitive_members(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(noun token, part, body)`` for each delegation, detachment or indefinite force of a body."""
    keys, toks = ctx.keys, ctx.sent.tokens
    # staff.py, within.py, qualified.py
    out: list[tuple[int, Candidate, Candidate]] = staff_members(ctx) + within_members(ctx) + qualified_members(ctx)
    out += player_clubs(ctx)  # players.py
    for j in range(len(keys) - 2):
        key = keys[j]
        if key in DELEGATIONS or key in DETACHMENTS:
            if not _bare(ctx, j) or j in ctx.cue_tokens:
                continue  # a named delegation («الوفد الحكومي») or a cue word: the table reads it
            if j > 0 and _counted(toks[j - 1].text, keys[j - 1]):
                continue  # «قتل أكثر من 40 عنصرا من مليشيات الحوثي»: a count of the dead or captured
            if keys[j + 1] != FROM and not (key in DELEGATIONS and keys[j + 1] in REPRESENTS):
                continue
            body = _body(ctx, j + 2)
            if body is not None:
                out.append((j, ctx.word(j), body))
        elif key in BELONGING and not toks[j].core.startswith("ال") and j > 0:
            part = _forces_before(ctx, j)
            nxt = j + 1
            if nxt >= len(toks):
                continue
            if keys[nxt] == "ل" and not clitics(toks[nxt]):
                nxt += 1  # «تابعة لـ"المجلس الرئاسي"»: the preposition written apart
            elif "ل" not in clitics(toks[nxt]):
                continue
            while nxt < len(toks) and toks[nxt].text in '"«':
                nxt += 1
            body = _body(ctx, nxt, reach=0)
            if part is not None and body is not None:
                out.append((j, part, body))
    return out


def _forces_before(ctx: SentenceSlots, j: int) -> Candidate | None:
    """The indefinite force noun right before «تابعة» or before one indefinite adjective («قوات محدودة»)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    for k in (j - 1, j - 2):
        if k < 0 or toks[k].core.startswith("ال") or not _bare(ctx, k):
            return None
        if keys[k] in FORCES and clitics(toks[k]) in ("", "و"):
            return ctx.word(k)
    return None


def _counted(text: str, key: str) -> bool:
    """A number before the noun: «18 عنصرا من», «ثمانية عناصر من», «عشرات العناصر من»."""
    return text.isdigit() or key in CARDINALS or key in MULTITUDES


def _untagged(ctx: SentenceSlots, j: int) -> bool:
    return (
        ctx.keys[j] in UNTAGGED_BODIES and ctx.sent.tokens[j].core.startswith("ال") and not clitics(ctx.sent.tokens[j])
    )


def _bare(ctx: SentenceSlots, j: int) -> bool:
    """Token ``j`` is no part of a name: no candidate, or an unnamed one of that word alone."""
    c = ctx.at(j)
    return c is None or (c.entity is None and c.first == c.last == j)


def _body(ctx: SentenceSlots, j: int, reach: int = 1) -> Candidate | None:
    """The organisation starting at token ``j`` (or up to ``reach`` words later, past its head noun:
    «مجموعة من ميليشيات حزب الله»)."""
    if j >= len(ctx.keys):
        return None
    c = next((c for c in ctx.cands if j <= c.last and c.first <= j + reach), None)
    if (c is None or (c.entity is None and c.first == j)) and _untagged(ctx, j):
        # «عناصر من القوات المسلحة الأردنية», «وفد من الحكومة اليمنية»: a definite body the recogniser missed
        return c or ctx.slot(j)
    # «مجلس سوريا الديمقراطية» may be tagged as a GPE with no place: a body all the same
    if c is None or c.entity is None or c.entity.type == "PER" or c.place is not None:
        return None
    return c
