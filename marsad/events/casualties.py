"""The dead and wounded of an attack as its target, and the side that fights a battle named in a circumstance.

ACLED codes the people an attack killed or wounded as its target when it names no other («قتل تسعة جنود في
هجوم» → actor2 «تسعة جنود»); the events dev set follows it (bench/dev/README-events.md). A battle named in
a circumstantial phrase («بعد معارك ضارية مع …», «خلال اشتباكات مع …») has no agent of its own: the side that
fights it is the subject of the main clause. Called by :func:`marsad.events.arguments.attach`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.dates.lexicon import load_lexicon as load_date_lexicon
from marsad.events.constructions import KILLED_VERBS, preposition, victim
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate, EventMention
from marsad.model import Token
from marsad.text.normalize import normalize

DIGITS = re.compile(r"^\d{1,5}$")

VICTIM_REACH = 15
"""Words between an attack and its dead: «قتل 23 شخصا على الأقل وأصيب أكثر من 40 آخرين مساء الأحد، في غارات»."""
CASUALTY_NOUNS = frozenset(normalize(w) for w in "قتيل قتيلا قتيلاً قتلى شهيدا شهداء".split())
"""Nouns of the dead counted by a number («عشرة قتلى», «مئات القتلى»); keys drop the article («القتلى»)."""
MULTITUDES = frozenset(normalize(w) for w in "عشرات مئات آلاف".split())
CARDINALS = frozenset(load_date_lexicon().cardinals)
WEAPONS = frozenset(
    strip_article(normalize(w))
    for w in (
        "مسدس مسدسين مسدسات رشاش رشاشين رشاشات كلاشنيكوف كلاشينكوف بندقية بنادق أسلحة ذخيرة ذخائر صاروخ صواريخ"
        " قذيفة قذائف عبوة عبوات متفجرات ألغام لغم قنبلة قنابل"
    ).split()
)
"""Heads of what a seizure takes («استرجعت مسدسين رشاشين»); «سلاح» is left out: «سلاح الجو» acts."""
TERRITORY = frozenset(("Government regains territory", "Non-state actor overtakes territory"))
"""ACLED sub-event types of a capture: the dead of the battle for a town are no target of its capture."""
MAIN_SUBJECT_REACH = 25
"""At most this many words between the main clause's subject and the circumstantial attack noun."""
CIRCUMSTANCE = frozenset(normalize(w) for w in "بعد خلال إثر اثر عقب أثناء اثناء".split())
"""Words that make an attack noun a circumstance of the main clause («بعد معارك», «خلال اشتباكات»)."""


def main_subject(
    every: list[Candidate],
    keys: list[str],
    toks: list[Token],
    first: int,
    can: Callable[[Candidate], bool],
    not_after: frozenset[str],
) -> Candidate | None:
    """The last candidate before ``first`` (within ``MAIN_SUBJECT_REACH`` words) that can stand as the subject
    of the sentence's main verb: no preposition glued to it nor any word of ``not_after`` before it
    (prepositions, object nouns whose genitive it would be), not a place, not the dead."""
    for c in reversed(every):
        if c.last >= first or first - c.last > MAIN_SUBJECT_REACH:
            continue
        if (
            can(c)
            and not c.after_prep
            and c.place is None
            and not (c.entity is not None and c.entity.type in ("GPE", "LOC"))
            and not preposition(toks[c.first])
            and not (c.first > 0 and keys[c.first - 1] in not_after)
            and not victim(keys, c)
        ):
            return c
    return None


def dead_of(m: EventMention, every: list[Candidate], keys: list[str], actor: Candidate | None) -> Candidate | None:
    """The nearest candidate of the sentence that the text gives as killed or wounded («مقتل 46 عنصرا من
    ميليشيات الحوثي», «8 من عناصر الحرس الوطني قتلوا»), within ``VICTIM_REACH`` words of the trigger."""
    if m.entry.acled_sub_event_type in TERRITORY:
        return None
    first, last = m.first, m.last
    found = [
        c
        for c in every
        if c is not actor
        and not c.unknown_place
        and c.place is None
        and (c.last < first or c.first > last)
        and min(abs(c.first - last), abs(first - c.last)) <= VICTIM_REACH
        and (
            victim(keys, c, first)
            # «هاجموا نقطة تفتيش فقتلوا خمسة جنود»: the object of a verb of killing
            or any(keys[j] in KILLED_VERBS and j != first for j in range(max(0, c.first - 2), c.first))
        )
    ]
    if not found and m.entry.acled_sub_event_type != "Armed clash":
        # «خلف عشرة قتلى», «أوقع 33 قتيلا وجريحا», «مئات القتلى»: a count of the dead with no noun of who they
        # were (not in a battle: its count is of both sides)
        toks = m.sentence.tokens
        found = [
            Candidate(
                j,
                j,
                toks[j].core_start,
                toks[j].end,
                toks[j].text[toks[j].core_start - toks[j].start :],
                None,
                None,
                False,
            )
            for j in range(1, len(keys))
            if keys[j] in CASUALTY_NOUNS
            and count_word(keys[j - 1])
            and (j < first or j > last)
            and min(abs(j - last), abs(first - j)) <= VICTIM_REACH
        ]
    if len(found) > 1 and m.entry.acled_sub_event_type == "Armed clash":
        return None  # «قتل 47 متمردا و5 من القوات الموالية في معارك»: the dead of both sides are its parties
    return min(found, key=lambda c: min(abs(c.first - last), abs(first - c.last)), default=None)


def partitive_words(keys: list[str], a: int, b: int) -> int:
    """How many of the words ``a``…``b - 1`` are a count and the partitive من after it («35 من», «عشرات من»,
    «المئات من»): between a noun and the genitive they quantify they do not count as distance."""
    n = 0
    for j in range(a, b):
        if count_word(keys[j]) or (keys[j] == FROM_KEY and j > a and count_word(keys[j - 1])):
            n += 1
    return n


def count_word(key: str) -> bool:
    """A count of people: digits, a cardinal word («ثلاثة») or a multitude («عشرات», «مئات»)."""
    return bool(DIGITS.match(key)) or key in CARDINALS or key in MULTITUDES


FROM_KEY = normalize("من")
