"""Two force or weapon nouns sharing one genitive are one side (عطف على المضاف): «قصفت طائرات ومدفعية الجيش
مواقع المسلحين», «دمرت مدفعيات وطيران التحالف 6 مركبات», «غارات مكثفة لمقاتلات ومروحيات التحالف على مواقع
المتمردين».

News copy coordinates the heads and names the owner once, after the second. The candidates of the sentence then
split the phrase: the first head alone («طائرات», an actor noun) and the second head with the genitive
(«ومروحيات التحالف») or the genitive alone («الجيش», after a head that is no candidate). The verb-subject-object
and genitive rules took the second piece for the object, or, with the first head no candidate, the only side. Here
the pieces are joined again into the actor, and the target is looked for after the whole phrase (the object
right after it, else the later steps: the owner of the positions hit, the dead).

Only heads of forces and of weapons that fire (:data:`HEADS`) are joined: «قصفت مواقع وتجمعات الحوثيين» coordinates
what was hit, and its genitive stays the target.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arg_joins import text_to
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.events.objects import fused
from marsad.model import Token
from marsad.text.normalize import normalize

HEADS = frozenset(
    strip_article(normalize(w))
    for w in (
        "طائرات طائرة طيران مقاتلات مروحيات مدفعية مدفعيات دبابات بوارج زوارق راجمات قاذفات "
        "قوات وحدات عناصر مسلحو مسلحي مقاتلو مقاتلي ألوية كتائب"
    ).split()
)
"""Heads of a force or of a weapon that fires, which news copy coordinates before one owner («طيران ومدفعية
التحالف», «قوات ووحدات الجيش»)."""
REACH = 4
"""At most this many words from the end of the joined actor to the object of a verb."""


def _joined(toks: list[Token], a: Candidate, last: int) -> Candidate:
    """``a`` widened to the end of token ``last`` (no entity: the phrase is a described side)."""
    return Candidate(a.first, last, a.start, toks[last].end, text_to(toks, a, last), None, None, a.after_prep)


def _head(toks: list[Token], keys: list[str], j: int, conj: bool) -> bool:
    """Token ``j`` is a force or weapon head; with ``conj``, one that carries the conjunction «و»."""
    return 0 <= j < len(keys) and keys[j] in HEADS and (("و" in toks[j].prefix) == conj)


def _second(toks: list[Token], keys: list[str], head: int, every: list[Candidate]) -> Candidate | None:
    """The candidate that ends the phrase opened by a bare head at ``head``: «ومروحيات التحالف» right after it
    (a conjoined head with its genitive), or the genitive after a conjoined head that is no candidate
    («طائرات ومدفعية الجيش»)."""
    for c in every:
        if c.first == head + 1 and _head(toks, keys, c.first, True) and c.last > c.first:
            return c
        if c.first == head + 2 and _head(toks, keys, head + 1, True) and not toks[c.first].prefix:
            return c
    return None


def shared_head(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    verbish: bool,
    actor: Candidate | None,
    target: Candidate | None,
    can: Callable[[Candidate], bool],
) -> tuple[Candidate | None, Candidate | None]:
    """``(actor, target)``: the actor joined over two coordinated heads and their one genitive, and the
    target looked for after it (``None`` when only the later steps can name it)."""
    toks = m.sentence.tokens
    last = m.last
    if actor is not None and actor.first == actor.last and actor.first > last and _head(toks, keys, actor.first, False):
        # «قصفت طائرات ومدفعية الجيش», «غارات لمقاتلات ومروحيات التحالف»: the first head acts
        second = _second(toks, keys, actor.first, every)
        if second is None or (target is not None and target is not second and target.first <= second.last):
            return actor, target
        joined = _joined(toks, actor, second.last)
    elif (
        actor is None
        and target is not None
        and target.first == last + 2
        and _head(toks, keys, target.first, True)
        and _head(toks, keys, last + 1, False)
        and target.last > target.first
    ):
        # «دمرت مدفعيات وطيران التحالف 6 مركبات»: the first head is no candidate, the conjoined one was taken for
        # the object
        head = last + 1
        second = target
        joined = unnamed(toks, head, second.last)
    else:
        return actor, target
    if target is not None and target is not second and target.first > second.last:
        return joined, target  # the object was already found past the phrase
    obj = None
    if verbish:
        obj = next(
            (
                c
                for c in every
                if second.last < c.first <= second.last + REACH
                and not c.after_prep
                and not toks[c.first].prefix
                and not fused(c, toks)  # «للحوثيين» left whole: no span inside the fused word
                and (can(c) or c.civilian)
            ),
            None,
        )
    return joined, obj
