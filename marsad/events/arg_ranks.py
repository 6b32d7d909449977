"""The side whose dead are counted before the attack: «سقط قتلى وجرحى في صفوف المتمردين الحوثيين في مواجهات
عنيفة», «بسقوط عشرات القتلى والجرحى في صفوف ميليشيات الحوثي، إثر تصاعد وتيرة الهجمات».

:func:`marsad.events.objects.in_ranks` reads «في صفوف X» after the trigger («سقوط قتلى في صفوف الجيش»); in
the common order of the toll first and its cause after («قتل … في صفوف X في/إثر/جراء/خلال هجوم»), the ranks
stand before the trigger and name the side the attack or clash hit (bench/dev/README-events.md: the target
of an attack is who it hit). The ranks must follow a casualty word and reach the trigger through a
preposition of cause or circumstance within a few words, with no full stop or comma between.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import CLAUSE_BREAKS
from marsad.events.mention import Candidate, EventMention
from marsad.events.objects import RANKS
from marsad.text.normalize import normalize

IN = normalize("في")
TOLL = tuple(
    normalize(w) for w in ("قتل", "قتيل", "جرح", "جريح", "مصرع", "إصاب", "اصاب", "خسائر", "سقوط", "سقط", "ضحايا")
)
"""Stems of the toll before «في صفوف» («سقط قتلى وجرحى», «مقتل وإصابة», «خسائر فادحة»)."""
CAUSE = frozenset(normalize(w) for w in ("في", "إثر", "اثر", "جراء", "خلال", "بسبب", "عقب", "أثناء", "اثناء"))
TOLL_REACH = 5
CAUSE_REACH = 6


def _toll(key: str) -> bool:
    k = key[2:] if key.startswith("ال") else key
    return k.startswith(TOLL) or key.startswith(TOLL)


def ranks_before(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The side after «في صفوف» before the trigger, a toll before it and a preposition of cause between it and
    the trigger (see the module), or None."""
    toks = m.sentence.tokens
    for c in reversed(every):
        if c.last >= m.first or m.first - c.last > CAUSE_REACH + 1:
            continue
        j = c.first - 1
        if j < 1 or keys[j] not in RANKS or not (keys[j - 1] == IN or "ف" in toks[j].prefix):
            continue
        between = range(c.last + 1, m.first)
        if any(toks[i].text in CLAUSE_BREAKS for i in between):
            return None
        if not any(keys[i] in CAUSE or "ب" in toks[i].prefix for i in [*between, m.first]):
            return None  # «بسقوط قتلى في صفوف X، وتواصل المعارك»: no cause links the toll to the trigger
        start = j - 1 if keys[j - 1] == IN else j
        if not any(_toll(keys[i]) for i in range(max(0, start - TOLL_REACH), start)):
            return None
        return c if (can(c) or c.civilian) else None
    return None
