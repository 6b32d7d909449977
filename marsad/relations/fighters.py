"""Sides by their head word: an armed force («قوات حفتر», «الميليشيات», «مقاتلين») and a side that fights rather
than speaks («تنظيم داعش», «الطائرات»); the subtype support takes from the side it goes to. Used by
:mod:`marsad.relations.ends`, :mod:`marsad.relations.patterns` and the rules that read support."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import norm_words
from marsad.relations.words import ARMED
from marsad.text.normalize import normalize


def armed(c: Candidate) -> bool:
    """The actor is an armed force by its head word («قوات حفتر», «الميليشيات», «مقاتلين»)."""
    words = normalize(c.text).split()
    # «الفصائل»: the article too (ARMED lists «الحرس», «الجيش» with it and «فصائل» without)
    return bool(words) and any(w in ARMED for w in (words[0], words[0].removeprefix("ل"), strip_article(words[0])))


def support_subtype(supported: Candidate) -> str:
    """The subtype of support with none of its own: military for an armed force, else political."""
    return "military" if armed(supported) else "political"


FIGHTING_HEADS = frozenset(
    strip_article(w) for w in ARMED | norm_words("تنظيم طائرات مقاتلات مدفعية مسلحون عناصر مجهولون")
)
"""Heads of sides that fight rather than speak: with or without the article («القوات الحكومية»,
«تنظيم داعش»)."""


def fighting(c: Candidate) -> bool:
    """The actor fights: an armed force or an armed organisation by its head word («القوات», «تنظيم
    داعش»), so an attack it makes is an armed one."""
    words = normalize(c.text).split()
    return bool(words) and strip_article(words[0].removeprefix("و")) in FIGHTING_HEADS
