"""Verbs whose other end is a list or a counterpart, and the sides of meetings named by their ministers.

A verb of meeting followed, a few words on, by «نظيره/نظيريه/نظراءه» (his counterpart(s)) meets the persons named
after it — each of a list joined by و — not a place or a time between the verb and «نظيره» («سيلتقي لافروف خلال
زيارته للدوحة نظيريه الأميركي جون كيري والسعودي عادل الجبير», «على أن يلتقي … بنظيريه»). A verb's object that
heads a list joined by و («إيران تدعم حزب الله والحوثيين») gives one relation per member. Ministers met stand for
their body («اجتماعه مع وزراء خارجية دول مجلس التعاون»), and a meeting «الذي يجمع» A و B و C brings each pair
together. Used by :meth:`marsad.relations.RelationStage.extract` and :mod:`marsad.relations.between`."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from marsad.events.coder import Candidate
from marsad.relations.slots import (
    CLAUSE_WORDS,
    RELATIVES,
    Ends,
    Hit,
    SentenceSlots,
    clitics,
    is_country,
    is_person,
    norm_words,
)
from marsad.relations.words import MINISTRIES
from marsad.text.normalize import normalize

COUNTERPARTS = (normalize("نظير"), normalize("نظراء"), normalize("نظرائه"))
"""Stems of «نظيره», «نظيريه», «بنظيره», «نظراءه», «بنظرائه» (keys may keep ب and the pronoun; the hamza of «نظرائه»
is folded to ي)."""
REACH = 8
"""At most this many words between the verb and «نظيره»."""
LIST_WORDS = 12
"""At most this many words from «نظيره» to the last counterpart of its list."""
STOPS = norm_words(". ؟ ! :")
GROUP_ADJECTIVE_ENDS = ("يين", "يون", "ين", "ون", "عرب")
"""Plural adjectives that name counterparts by their region or nation («الخليجيين», «الأوروبيين», «العرب»)."""


def _counterpart(keys: list[str], j: int) -> bool:
    k = keys[j].removeprefix("ب")
    return k.startswith(COUNTERPARTS)


def counterpart_ends(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """The ends of a verb of meeting with the persons after «نظيره» as targets, or ``ends`` unchanged."""
    if h.cue.type != "negotiates_with" or h.cue.pattern != "verb":
        return ends
    keys = ctx.keys
    n = next(
        (j for j in range(h.last + 1, min(h.last + 1 + REACH, len(keys))) if _counterpart(keys, j)),
        None,
    )
    if n is None or any(keys[j] in CLAUSE_WORDS or keys[j] in STOPS for j in range(h.last + 1, n)):
        return ends
    people = counterparts_after(ctx, n)
    if not people:
        return ends
    if ends:
        source = ends[0][0]
    else:
        # «ويلتقي اليوم وزير الخارجية الأميركي جون كيري بنظرائه الخليجيين»: the person between the verb and «نظرائه»
        found = next((c for c in ctx.cands if h.last < c.first < n and c.last <= n and is_person(c)), None)
        if found is None:
            return ends
        if found.last == n:  # «جون كيري بنظرائه» tagged as one name: the counterpart word is no part of it
            end = ctx.sent.tokens[n - 1].end
            found = replace(found, last=n - 1, end=end, text=ctx.doc.text[found.start : end])
        source = found
    if any(source.first <= p.first <= source.last for p in people):
        return ends
    return [(source, p, None) for p in people]


def counterparts_after(ctx: SentenceSlots, n: int) -> list[Candidate]:
    """The persons a «نظيره/نظيريه/ونظراءه» at token ``n`` names after it, each of a list, up to a stop or a
    clause word («قمة بين الرئيس الإيراني حسن روحاني ونظيريه الروسي فلاديمير بوتين والتركي رجب طيب أردوغان»);
    ``[]`` when token ``n`` is no counterpart word."""
    keys = ctx.keys
    # the tokenizer leaves و on «ونظيريه»
    if n >= len(keys) or not keys[n].removeprefix("و").removeprefix("ب").startswith(COUNTERPARTS):
        return []
    people = []
    for c in ctx.cands:
        if c.first <= n or c.first > n + LIST_WORDS:
            continue
        if any(keys[j] in STOPS or keys[j] in CLAUSE_WORDS for j in range(n + 1, c.first)):
            break
        if is_person(c):
            people.append(c)
    if not people and n + 1 < len(keys) and (adj := ctx.sent.tokens[n + 1]).core.startswith("ال"):
        # «بنظرائه الخليجيين», «نظراءه العرب»: counterparts named by their adjective alone
        if adj.core.endswith(GROUP_ADJECTIVE_ENDS) and not clitics(adj):
            people = [ctx.word(n + 1)]
    return people


LISTED_TYPES = frozenset({"support", "oppose", "ally", "negotiates_with"})
"""Verbs whose object may be a list: «إيران تدعم حزب الله والحوثيين» supports each one."""
LISTED_SUBJECTS = frozenset({"leads"})
"""Besides those, verbs whose subject after an object pronoun may be a list: «كتلة يتزعمها A و B» (co-leaders)."""


def listed_ends(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """The ends of a verb with one pair per member of the list its object heads; ``ends`` unchanged when the
    object is no list or already listed. (A member title's list, «ممثلين عن المعارضة والنظام», was tried:
    it also joined what qualifies the body, «القيادي السابق في البناء والتنمية».)"""
    if len(ends) != 1 or h.cue.pattern != "verb" or h.cue.type not in LISTED_TYPES | LISTED_SUBJECTS:
        return ends
    source, target, subtype = ends[0]
    if target.first <= h.last:
        # an object pronoun: the target is before the verb, and the subject after it may be a list
        # («أجنحة يتزعمها A، وB، وC», «حركة يدعمها الحزب الديمقراطي وحركة النهضة»): each member
        if source.first <= h.last:
            return ends
        listed: list[Candidate] = []
        for m in ctx.members(source, names=is_person(source))[1:]:
            if any(ctx.keys[k] in RELATIVES for k in range(m.last + 1, min(m.last + 3, len(ctx.keys)))):
                break  # «ائتلاف النصر الذي يتزعمه العبادي وتحالف سائرون الذي …»: the next body, described anew
            if is_person(source) and m.entity is not None and not is_person(m):
                break  # a list of leaders is a list of persons
            listed.append(m)
        return ends + [(m, target, subtype) for m in listed if not (m.first <= target.first <= m.last)]
    if h.cue.type not in LISTED_TYPES:
        return ends
    more = ctx.members(target)[1:]
    return ends + [(source, m, subtype) for m in more if not (m.first <= source.first <= m.last)]


MINISTERS = norm_words("وزير وزيرا وزراء وزيري")
PORTFOLIOS = MINISTRIES
"""Portfolios in «وزراء خارجية دول مجلس التعاون»: the word between the minister and the body is no actor."""


def drop_portfolios(keys: list[str], cands: list[Candidate]) -> list[Candidate]:
    """The candidates without a lone portfolio word after a minister's noun («بعد اجتماعه مع وزراء خارجية دول
    مجلس التعاون»: the ministers meet for the body named next, which the cue's slot then reaches)."""
    return [
        c
        for c in cands
        if not (
            c.entity is None
            and c.first == c.last
            and c.first > 0
            and keys[c.first] in PORTFOLIOS
            and keys[c.first - 1] in MINISTERS
        )
    ]


def ministers_body(ctx: SentenceSlots, j: int) -> Candidate | None:
    """The body whose ministers token ``j`` starts («وزراء خارجية دول مجلس التعاون»), or None."""
    keys = ctx.keys
    if j + 2 >= len(keys) or keys[j] not in MINISTERS or keys[j + 1] not in PORTFOLIOS:
        return None
    body = ctx.at(j + 2)
    return body if body is not None and body.first == j + 2 and not is_person(body) else None


GATHER = norm_words("يجمع جمع سيجمع تجمع جمعت ستجمع")
"""Verbs of a meeting bringing its sides together: «اللقاء الذي يجمع A و B»."""
UNNAMED_SIDES = norm_words("ضباط مسؤولين مسؤولون قادة ممثلين ممثلون مبعوثين دبلوماسيين")
"""Unnamed men a meeting brings together with a named side: «الذي جمع ضباط مخابرات قطريين مع الحوثيين»."""
HOLDING = norm_words("يضم تضم ضم ضمت")
"""«لقاءً ثلاثيًا يضم A مع …»: a meeting that includes its sides (with no relative only: «التحالف الذي يضم» is a
whole and its parts)."""
WITH = norm_words("مع")
EACH = norm_words("كل")
FROM = norm_words("من")
GATHER_REACH = 3
"""At most this many words between the meeting noun and «الذي/التي» (an adjective: «اللقاء الثلاثي»)."""
SIDES_REACH = 10
"""At most this many words between the verb and the first side (a place and a time between commas)."""


def gathered_sides(ctx: SentenceSlots, last: int) -> list[tuple[Candidate, Candidate]]:
    """Each pair of the sides a meeting noun (ending at token ``last``) brings together with «الذي يجمع …»:
    «اللقاء الثلاثي الذي يجمع في العاصمة القطرية الدوحة، اليوم، وزراء خارجية السعودية والولايات المتحدة
    وروسيا» (a place after a preposition is where, not who)."""
    keys = ctx.keys
    v = next(
        (
            r + 1
            for r in range(last + 1, min(last + 1 + GATHER_REACH, len(keys) - 1))
            if keys[r] in RELATIVES and keys[r + 1] in GATHER
        ),
        None,
    )
    if v is None:
        # «لقاءً ثلاثيًا يضم لافروف مع نظيريه …», «مباحثات متعددة الأطراف، تجمع دول مجلس التعاون بكل من …»: the
        # verb right after the noun's adjectives (and a comma), with no relative
        v = next(
            (
                r
                for r in range(last + 1, min(last + 1 + GATHER_REACH + 1, len(keys)))
                if keys[r] in GATHER or keys[r] in HOLDING
            ),
            None,
        )
        if v is None or any(ctx.at(r) is not None or keys[r] in CLAUSE_WORDS for r in range(last + 1, v)):
            return []
        bare = True
    else:
        bare = False
    first = next(
        (
            c
            for c in ctx.cands
            if v < c.first <= v + SIDES_REACH and not c.after_prep and (c.place is None or is_country(c))
        ),
        None,
    )
    if v + 1 < len(keys) and ctx.at(v + 1) is None and keys[v + 1] not in CLAUSE_WORDS:
        # «تجمع دول مجلس التعاون الخليجي بكل من …»: a side the recogniser left out, right after the verb
        right = ctx.slot(v + 1)
        if right is not None and right.first == v + 1:
            first = right
    if first is None or (bare and first.first != v + 1):
        return []  # with no relative, the first side stands right after the verb
    sides = ctx.members(first)
    nxt = sides[-1].last + 1
    if len(sides) == 1 and first.entity is None and keys[first.first] in UNNAMED_SIDES:
        # «اللقاء الذي جمع ضباط مخابرات قطريين مع الحوثيين»: unnamed men, described up to «مع»
        w = next((r for r in range(nxt, min(nxt + 3, len(keys) - 1)) if keys[r] in WITH), None)
        if w is not None and not any(ctx.at(r) is not None for r in range(nxt, w)):
            toks = ctx.sent.tokens
            start, end = toks[first.first].core_start, toks[w - 1].end
            sides = [Candidate(first.first, w - 1, start, end, ctx.doc.text[start:end], None, None, False)]
            nxt = w
    if nxt + 1 < len(keys) and keys[nxt] in WITH:
        # «يضم لافروف مع نظيريه الأميركي كيري والسعودي الجبير»; «اللقاء الذي جمع ضباط مخابرات قطريين مع الحوثيين»
        met = counterparts_after(ctx, nxt + 1)
        if not met and (other := ctx.slot(nxt + 1)) is not None and other.first == nxt + 1:
            met = ctx.members(other)
        sides += met
    elif nxt + 2 < len(keys) and keys[nxt].removeprefix("ب") in EACH and keys[nxt + 1] in FROM:
        # «تجمع دول مجلس التعاون الخليجي بكل من الولايات المتحدة وروسيا»: the first side with each of the others
        other = ctx.slot(nxt + 2)
        return [(first, o) for o in ctx.members(other)] if other is not None else []
    return list(combinations(sides[:4], 2))
