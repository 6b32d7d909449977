"""Constructions of the sixteenth round (Gulf press, SaudiNewsNet 2015): the whole a relative verb of containing
describes past a quoted name and a comma (marsad/relations/antecedents.py), the actor joined before «والمسلحون
الموالون لـ» (screens.py), a title's holder that is the genitive of another office after ل
(genitives.py), a bare office word as the one met (met.py), backing a body's taking part (screens.py), and the
new cues «بمؤازرة», «مسؤولون آخرون من»."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from relation_checks import absent_test, found_test

from marsad.events.coder import Candidate
from marsad.model import Entity
from marsad.relations.lexicon import Cue
from marsad.relations.met import chain_holders
from marsad.relations.slots import Hit, norm_words

FOUND = [
    # the antecedent before «، التي تضم» is the whole, past a quoted name the recogniser left outside it
    (
        "وجرى ذلك بعد الاتفاق بين طهران ومجموعة «5+1»، التي تضم روسيا والصين وفرنسا.",
        "member_of",
        "روسيا",
        "مجموعة",
        {},
    ),
    ("وشارك في الاجتماع وزراء خارجية دول الجوار، التي تضم مصر والجزائر وتونس.", "member_of", "مصر", "دول الجوار", {}),
    # the gunmen joined by و are loyal, not the actor before them
    (
        "وقال إن عدن ستكون منطلقا لاستعادة المدن التي يسيطر عليها الحوثيون والمسلحون الموالون للرئيس المخلوع علي "
        "عبدالله صالح.",
        "loyal_to",
        "المسلحون",
        "علي عبدالله صالح",
        {},
    ),
    # «بمؤازرة» (support, like «بمساندة»)
    (
        "حقق التحالف العربي انتصارا واضحا في اليمن بمؤازرة المقاومة وتحرير عدن.",
        "support",
        "المقاومة",
        "التحالف العربي",
        {},
    ),
    # other unnamed officials of a body
    (
        "وتزامنا مع زيارة بحاح، وصل مسؤولون آخرون من الحكومة اليمنية على متن طائرة ثانية.",
        "member_of",
        "مسؤولون",
        "الحكومة اليمنية",
        {},
    ),
    # the informant before the title holds it, not the genitive of «لرئيس» after the body
    (
        "وأوضح مصدر مسؤول في الحكومة اليمنية المرافقة لرئيس الوزراء لـ «عكاظ» أن رئيس الوزراء خالد بحاح سيغادر.",
        "member_of",
        "مصدر",
        "الحكومة اليمنية",
        {"source": "مصدر"},
    ),
]

ABSENT = [
    # the first country listed after «التي تضم» is no whole
    (
        "وجرى ذلك بعد الاتفاق النووي بين طهران ومجموعة «5+1»، التي تضم روسيا والصين وفرنسا.",
        "member_of",
        "الصين",
        "روسيا",
    ),
    (
        "وقال إن عدن ستكون منطلقا لاستعادة المدن التي يسيطر عليها الحوثيون والمسلحون الموالون للرئيس المخلوع علي "
        "عبدالله صالح.",
        "loyal_to",
        "الحوثيون",
        "",
    ),
    (
        "وأوضح مصدر مسؤول في الحكومة اليمنية المرافقة لرئيس الوزراء لـ «عكاظ» أن رئيس الوزراء خالد بحاح سيغادر في "
        "مهمة خارج البلد وستظل بقية الحكومة في الداخل.",
        "member_of",
        "الوزراء",
        "",
    ),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)


class _Slots:
    """The few parts of a sentence :func:`chain_holders` reads: keys, tokens' texts and candidates."""

    def __init__(self, words: list[str], cands: list[Candidate]) -> None:
        self.keys = [next(iter(norm_words(w))) if w not in "،." else w for w in words]
        self.sent = SimpleNamespace(tokens=[SimpleNamespace(text=w) for w in words])
        self.cands = cands

    def at(self, j: int) -> Candidate | None:
        return next((c for c in self.cands if c.first <= j <= c.last), None)


def test_office_word_gives_way_to_the_guest() -> None:
    """«التقى العطية، في الدوحة، مساعدة وزير الخارجية الأميركي آن باترسون»: the bare office word is part of the
    guest's title; the name closing the chain is the one met, and with no name before a comma nothing is."""
    words = ["التقى", "العطية", "،", "في", "الدوحة", "،", "مساعدة", "وزير", "الخارجية", "الأميركي", "آن", "باترسون"]
    host = Candidate(1, 1, 6, 12, "العطية", Entity("e1", "العطية", "PER"), None, False)
    guest = Candidate(10, 11, 60, 71, "آن باترسون", Entity("e2", "آن باترسون", "PER"), None, False)
    office = Candidate(7, 7, 40, 44, "وزير", None, None, False)
    hit = Hit(Cue(("التقى",), "verb", "negotiates_with", None, False, "cues.tsv:1"), 0, 0, None, "")
    ctx: Any = _Slots(words, [host, guest])
    assert chain_holders(ctx, hit, [(host, office, None)]) == [(host, guest, None)]
    ctx = _Slots([*words[:10], "،", "باترسون"], [host])
    assert chain_holders(ctx, hit, [(host, office, None)]) == []
    assert chain_holders(ctx, hit, [(host, host, None)]) == [(host, host, None)]
