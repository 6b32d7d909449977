"""A player of a sports club is a member of it: «سامي الجابر نجم الهلال السابق», «محمد صلاح لاعب ليفربول»,
«مهاجم الزمالك», «حارس مرمى الأهلي», «لاعبو الوداد».

Sports pages make up much of Arabic news in every region, and a club is named bare after the player's noun
(«الهلال», «الزمالك», «الترجي»): words the recogniser mostly leaves untagged, and that are common words
elsewhere («الاتحاد», «الشباب», «الوحدة», «العين»). The club is taken only right after a player's noun (or
after «نادي/فريق» there): an organisation the recogniser tagged («ليفربول»), or a definite word of
:data:`CLUBS` (the best-known clubs of the Gulf, Egypt, the Levant, Iraq and the Maghreb). «نجم المباراة»,
«لاعب الوسط», «نجم السينما» name no club. The player is the person named right before the noun or right after
the club (past a comma), else the noun itself («مهاجم الهلال»), as for :mod:`marsad.relations.staff`. A team
captain («قائد النصر») is left to the «قائد» cue. Read by :meth:`marsad.relations.RelationStage.extract`.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.coder import Candidate
from marsad.relations.slots import SentenceSlots, clitics, is_person, norm_words
from marsad.relations.staff import holder

PLAYERS = norm_words("نجم نجما لاعب لاعبا لاعبو لاعبي مهاجم مهاجما مدافع مدافعا هداف هدافا حارس حارسا نجوم")
"""A player's nouns, indefinite (in construct with the club)."""
TEAM = norm_words("نادي فريق مرمى")
"""Words between the player's noun and the club: «نجم نادي الهلال», «حارس مرمى الأهلي»."""
CLUBS = norm_words(
    # Gulf
    "الهلال النصر الاتحاد الأهلي الشباب الاتفاق الفيصلي التعاون الرائد الفتح الفيحاء الحزم الوحدة "
    "القادسية العين الجزيرة الوصل الشارقة السد الدحيل الريان الغرافة العربي الكويت المحرق "
    # Egypt, the Levant, Iraq
    "الزمالك الإسماعيلي المقاولون الوحدات الفيصلي الجيش الزوراء الطلبة الشرطة الأنصار النجمة "
    # the Maghreb
    "الترجي الصفاقسي الإفريقي الوداد الرجاء الجيش المولودية الشبيبة الوفاق"
)
"""Clubs named by one definite word; others need the recogniser («ليفربول», «برشلونة») or «نادي»."""


def has_players(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built."""
    return not PLAYERS.isdisjoint(keys)


def player_clubs(ctx: SentenceSlots) -> list[tuple[int, Candidate, Candidate]]:
    """``(noun token, player, club)`` for each player's noun right before a club."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, Candidate, Candidate]] = []
    for j in range(len(keys) - 1):
        if keys[j] not in PLAYERS or clitics(toks[j]) not in ("", "و") or toks[j].suffix:
            continue
        if toks[j].core.startswith("ال"):
            continue  # «النجم المصري محمد صلاح», «اللاعب الدولي»: a definite noun is described, not in construct
        merged = ctx.at(j)
        if merged is not None and is_person(merged) and merged.first < j and merged.last == j + 1:
            # «ماجد عبدالله نجم النصر» tagged as one person: the player before the noun, the club after it
            club = _club(ctx, j + 1, inside=True)
            if club is not None:
                end = toks[j - 1].end
                player = replace(merged, last=j - 1, end=end, text=ctx.doc.text[merged.start : end])
                out.append((j, player, club))
            continue
        k = j + 1
        if keys[k] in TEAM and not clitics(toks[k]) and k + 1 < len(keys):
            k += 1
        club = _club(ctx, k)
        if club is not None:
            out.append((j, holder(ctx, j, club), club))
    return out


def _club(ctx: SentenceSlots, k: int, inside: bool = False) -> Candidate | None:
    """The club at token ``k``: a tagged organisation, or a definite word of :data:`CLUBS` (``inside`` a
    person's name the recogniser ran on, or an unnamed candidate of its own: «الاتحاد»)."""
    tok = ctx.sent.tokens[k]
    if clitics(tok):
        return None
    c = None if inside else ctx.at(k)
    if c is not None and c.entity is None and c.first == c.last == k and ctx.keys[k] in CLUBS:
        c = None  # «محمد نور نجم الاتحاد»: the events' actor noun «الاتحاد» is the club
    if c is not None:
        nisba = not c.text.startswith("ال") and c.text.endswith(("ي", "ية"))  # «أول لاعب عربي»
        if c.first == k and c.entity is not None and c.entity.type == "ORG" and c.place is None and not nisba:
            return c
        return None
    return ctx.word(k) if ctx.keys[k] in CLUBS and tok.core.startswith("ال") else None  # not «لاعب عربي»
