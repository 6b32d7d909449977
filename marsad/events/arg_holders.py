"""The side that held the ground a takeover or an expulsion is about: the target of that event.

Territory is taken from someone. When the trigger's own clause names no side after «من» (the rule of
:func:`marsad.events.constructions.expelled`), the press names the holder in one of three general ways:

* a verb of holding with a pronoun that resumes the place, after the place taken: «انتزع الجيش … مواقع تسيطر
  عليها ميليشيات الحوثي», «سيطرت المقاومة على أغلب المواقع التي كانت تتمركز فيها المليشيا الحوثية», «استعادت
  السيطرة على ثلث الغوطة التي كانت تسيطر عليها فصائل إسلامية» (the pronoun «عليها/فيها» shows that the clause
  describes the place; «الوحدات التي تسيطر على عفرين» describes a side and is left alone);
* «من أيدي/من يد/من قبضة X» after the place: «استعادت عدن من أيدي الحوثيين»;
* an attack whose purpose is a takeover: «هجوما واسعا على مركز مديرية التحيتا لطرد ميليشيات الحوثي», «هجمات
  تسعى لاستعادة تلال تتمركز فيها الميليشيات»: the side driven out is the target of the attack.

A plain strike on a town a side holds («غارات على مطار الحديدة التي يسيطر عليها الحوثيون») is not covered: the
development records leave such a target empty, the town being where the strike fell.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arg_backed import backer
from marsad.events.constructions import CLAUSE_WORDS, EXPEL, FROM_WORD, STOPS
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate, EventMention
from marsad.model import Token
from marsad.text.normalize import normalize

HOLDING = frozenset(
    normalize(w)
    for w in "تسيطر يسيطر سيطرت سيطر تتمركز يتمركز تمركزت تتحصن يتحصن تحصنت تحتل يحتل احتلت تتواجد يتواجد".split()
)
"""Verbs of holding ground, in the present and the past («كانت تسيطر عليها», «سيطرت عليها»)."""
RESUMING = frozenset(normalize(w) for w in "عليها عليه فيها فيه بها به".split())
"""A preposition with the pronoun that resumes the place held («تسيطر عليها», «تتمركز فيه»)."""
HANDS = frozenset(normalize(w) for w in "أيدي يد قبضة براثن".split())
"""«من أيدي/يد/قبضة X»: the side a place is taken from."""
TAKING = EXPEL | frozenset(
    strip_article(normalize(w)) for w in "سيطر سيطرت سيطروا سيطرة السيطرة بسط بسطت اجتاح اجتاحت اجتياح".split()
)
"""Triggers of taking ground: the expelling verbs and nouns and those of taking control."""
ATTACKS = frozenset(
    strip_article(normalize(w)) for w in "هجوم هجوما هجمات غارة غارات عملية عمليات حملة قصف اعتداء اعتداءات".split()
)
"""Attack nouns: a purpose after one of them belongs to it, not to a noun before it."""
AIMING = frozenset(normalize(w) for w in "تسعى يسعى تهدف يهدف ترمي يرمي".split())
"""Verbs of aim between an attack noun and its purpose («هجمات … تسعى من خلالها لاستعادة تلال»)."""
FROM_REACH = 12
"""Words after a trigger of taking control the «من» of the side it is taken from may stand."""
PARTITIVE_HEADS = frozenset(
    normalize(w) for w in "عدد عددا عدة مجموعة أجزاء جزء كثير الكثير العديد مزيد المزيد".split()
)
"""Quantity words before a partitive «من» («عدد من», «أجزاء من»): what follows is counted, not a side."""
REACH = 16
"""Words after the trigger the holder may stand (the subject, asides and the place come first)."""
PURPOSE_REACH = 10
"""Words between an attack noun and the «لـ» masdar of its purpose («هجمات لقوات الشرعية، تسعى من خلالها لاستعادة»)."""


def _holder(
    toks: list[Token], keys: list[str], start: int, every: list[Candidate], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The side named after a verb of holding with a resumptive pronoun, or after «من أيدي», within :data:`REACH`
    words after ``start``, before the sentence ends."""
    for j in range(start + 1, min(start + 1 + REACH, len(toks) - 1)):
        if toks[j].text in STOPS:
            return None
        at = None
        if keys[j] in HOLDING and keys[j + 1] in RESUMING:
            at = j + 2
        elif keys[j] == FROM_WORD and strip_article(keys[j + 1]) in HANDS:
            at = j + 2
        if at is not None:
            # «تسيطر عليها #ميليشيات_الحوثي»: the hashtag sign may stand alone before the name
            at += 1 if at + 1 < len(toks) and toks[at].text == "#" else 0
            return next((c for c in every if c.first == at and c.place is None and can(c)), None)
    return None


def _taken_from(
    toks: list[Token], keys: list[str], last: int, every: list[Candidate], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The side after «من» that ground is taken from («سيطر انفصاليون على معظم مناطق المدينة من الحكومة»), within
    :data:`FROM_REACH` words after a trigger of taking control, before a clause word; a place or a count after «من»
    is partitive («على عدد من القرى», «أجزاء من مدينة حلب») and no side."""
    for j in range(last + 1, min(last + FROM_REACH, len(toks) - 1)):
        if toks[j].text in STOPS or keys[j] in CLAUSE_WORDS:
            return None
        if keys[j] == FROM_WORD and not toks[j].suffix:
            side = next((c for c in every if c.first == j + 1 and c.place is None and not c.unknown_place), None)
            if side is not None and not side.civilian and can(side) and keys[j - 1] not in PARTITIVE_HEADS:
                return side
    return None


def _purpose(toks: list[Token], keys: list[str], last: int) -> int | None:
    """The index of a «لـ» masdar of taking ground after an attack noun («لطرد», «لاستعادة», «لتحرير»), with no
    other verb («جاء في وقت تؤكد فيه المعلومات التوصل إلى اتفاقات لإخراج») nor another attack noun («المواجهات إثر
    هجمات … لاستعادة»: the purpose is the nearer noun's) between them."""
    for j in range(last + 1, min(last + 1 + PURPOSE_REACH, len(toks))):
        if toks[j].text in STOPS or keys[j] in ATTACKS:
            return None
        if "ل" in toks[j].prefix and keys[j] in EXPEL:
            return j
        core = toks[j].core
        if not toks[j].prefix and core[:1] in "يت" and len(core) >= 4 and keys[j] not in AIMING:
            return None  # an imperfect verb opens another clause
    return None


def held_side(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    actor: Candidate | None,
    can: Callable[[Candidate], bool],
) -> Candidate | None:
    """The target of a takeover, an expulsion or an attack made to take ground (see the module docstring), or
    ``None``."""
    if m.entry.plover_type != "ASSAULT":
        return None
    toks = m.sentence.tokens
    start = m.last
    side = None
    if strip_article(keys[m.first]) not in TAKING and keys[m.first] not in TAKING:
        purpose = _purpose(toks, keys, m.last)
        if purpose is None:
            return None
        start = purpose
        # «هجوما … لطرد ميليشيات الحوثي»: the genitive of the masdar is driven out
        side = next((c for c in every if c.first == start + 1 and c.place is None and can(c)), None)
    if side is None:
        side = _holder(toks, keys, start, every, can)
    if side is None and start == m.last:
        side = _taken_from(toks, keys, m.last, every, can)
        if side is not None and backer(m, keys, side):
            side = None  # «حررت قوات الجيش بإسناد جوي من مقاتلات التحالف»: the backer, not the side driven out
    if side is None or (actor is not None and (side is actor or normalize(side.text) == normalize(actor.text))):
        return None
    return side
