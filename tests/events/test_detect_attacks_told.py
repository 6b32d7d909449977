"""Detection of the ANT batch d228–d235 of bench/dev/README-events.md: a projectile that fell, a suicide operation
named by its authors (also dual), killing named people («تصفية»), a retaliation by targeting, blame laid «على عاتق»,
the crash of an aircraft shot down, an attack attributed («نسبت … الهجوم إلى»), a masdar written with «إ», a trigger
after a colon or a clause word; and what names no event: officials («مسؤولون») with no «عن», the crash of an
aircraft nobody shot down and its toll, a war's toll in thousands, suicide operations as a tactic, settling accounts,
a task taken «على عاتقها», words attributed to a source («نسبت … قوله»), a question headline after a topic label
(«بعد معارك الحديدة: هل …؟»).

Each case is one construction, written for this file in the style of Gulf, Egyptian, Levantine and Maghrebi papers;
none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from event_checks import found_test, not_found_test, typed_triggers

from marsad.events.detect_clitics import hamza_below
from marsad.model import Token


def triggers(pipeline: Any, text: str) -> list[tuple[str, str]]:
    return typed_triggers(pipeline, text, dt.date(2018, 5, 10))


FOUND = [
    pytest.param(
        "وقتل ثلاثة مدنيين بعد سقوط صاروخ على سوق شعبي في مدينة تعز.",
        ("سقوط صاروخ", "ASSAULT"),
        id="projectile-fell-masdar",
    ),
    pytest.param(
        "وأكد مصدر طبي أن الصاروخ سقط على منزل في حي الروضة.",
        ("الصاروخ سقط", "ASSAULT"),
        id="projectile-fell-verb",
    ),
    pytest.param(
        "وتبنى التنظيم عملية استشهادية استهدفت حاجزا للجيش في سيناء.",
        ("عملية استشهادية", "ASSAULT"),
        id="suicide-operation-authors-word",
    ),
    pytest.param(
        "وقال التنظيم في بيان إن عمليتين انتحاريتين ضربتا مقر الشرطة.",
        ("عمليتين انتحاريتين", "ASSAULT"),
        id="suicide-operations-dual",
    ),
    pytest.param(
        "وقالت وزارة الداخلية إنه تم تصفية مسلحين اثنين قرب الحدود.",
        ("تصفية", "ASSAULT"),
        id="killing-named-people",
    ),
    pytest.param(
        "ورد الجيش باستهداف مصادر النيران شرق المدينة.",
        ("استهداف", "ASSAULT"),
        id="retaliation-by-targeting",
    ),
    pytest.param(
        "وقالت الوزارة إن المسؤولية عن أي تصعيد في المنطقة تقع على عاتق الميليشيات.",
        ("المسؤولية", "ACCUSE"),
        id="blame-on-shoulders-far",
    ),
    pytest.param(
        "ونسبت الشرطة الهجوم إلى خلية تابعة لتنظيم داعش.",
        ("نسبت", "ACCUSE"),
        id="attack-attributed",
    ),
    pytest.param(
        "أسقط المسلحون مروحية للجيش قرب الحدود. وقتل طياران في تحطم المروحية.",
        ("تحطم", "ASSAULT"),
        id="crash-after-shoot-down",
    ),
    pytest.param(
        "وأعلنت الدفاعات الجوية إسقاط طائرة مسيرة. وقالت إن سقوط الطائرة لم يسفر عن إصابات.",
        ("سقوط", "ASSAULT"),
        id="fall-after-shoot-down",
    ),
    pytest.param(
        "وقال مصدر أمني: قتل ثلاثة جنود في هجوم على حاجز للجيش.",
        ("هجوم", "ASSAULT"),
        id="statement-after-colon-is-no-question",
    ),
    pytest.param(
        'وقال مسؤول محلي في البلدة التي شهدت الهجوم: "اقتحم مسلحون مبنى البلدية".',
        ("اقتحم", "ASSAULT"),
        id="attack-after-colon",
    ),
    pytest.param(
        "وجاء الهجوم عقب اشتباكات عنيفة شهدتها المدينة الأسبوع الماضي حيث سيطر مسلحون قبليون على مبنى المحافظة.",
        ("سيطر", "ASSAULT"),
        id="takeover-after-clause-word",
    ),
]


test_found = found_test(FOUND, dt.date(2018, 5, 10))


NOT_FOUND = [
    pytest.param(
        "أعلن مسؤولون عراقيون مقتل ثلاثة أشخاص في انفجار عبوة ناسفة.",
        ("مسؤولون", "ACCUSE"),
        id="officials-are-no-blame",
    ),
    pytest.param(
        "قتل طياران في تحطم طائرة تدريب عسكرية قرب القاعدة الجوية.",
        ("تحطم", "ASSAULT"),
        id="crash-is-an-accident",
    ),
    pytest.param(
        "ونسبت الصحيفة لمسؤول أمني قوله إن الهجوم أحبط في اللحظة الأخيرة.",
        ("نسبت", "ACCUSE"),
        id="words-attributed-to-a-source",
    ),
    pytest.param(
        "قتل طياران في تحطم طائرة تدريب عسكرية قرب القاعدة الجوية.",
        ("قتل", "ASSAULT"),
        id="toll-of-an-accident",
    ),
    pytest.param(
        "وقال المرصد إن عشرة أشخاص قتلوا حينما سقطت مقاتلة على سوق مزدحم.",
        ("قتلوا", "ASSAULT"),
        id="toll-of-a-fallen-plane",
    ),
    pytest.param(
        "بعد معارك الحديدة: هل تنجح الأمم المتحدة في إنقاذ المفاوضات؟",
        ("معارك", "ASSAULT"),
        id="question-headline-after-label",
    ),
    pytest.param(
        "ومنذ ذلك الحين قتل أكثر من عشرة آلاف شخص في النزاع.",
        ("قتل", "ASSAULT"),
        id="war-toll-in-thousands",
    ),
    pytest.param(
        "وتلجأ الجماعة إلى العمليات الانتحارية منذ سنوات.",
        ("العمليات الانتحارية", "ASSAULT"),
        id="suicide-operations-a-tactic",
    ),
    pytest.param(
        "وطالب الحزب بتصفية الحسابات مع عناصر النظام السابق.",
        ("تصفية", "ASSAULT"),
        id="settling-accounts",
    ),
    pytest.param(
        "وشكل ناشطون لجنة تأخذ على عاتقها مسؤولية تنظيم التظاهرات.",
        ("مسؤولية", "ACCUSE"),
        id="task-taken-on-shoulders",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2018, 5, 10))


def test_a_war_toll_leaves_an_attack_of_the_story() -> None:
    """The toll rule looks only at the count after the toll verb (unit check of the helper)."""
    from marsad.events.detect_generic import war_toll
    from marsad.events.lexicon import Trigger

    toll = Trigger((), "verb", "ASSAULT", "firearms", None, None, ("alone", frozenset()), "t")
    assert war_toll(toll, ["قتل", "نحو", "عشره", "الاف", "شخص"], 0)
    assert not war_toll(toll, ["قتل", "خمسه", "مدنيين"], 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("إحالتهم", True), ("وإحالتهم", True), ("أحالتهم", False), ("احالتهم", False), ("وأحالتهم", False)],
)
def test_a_word_written_with_hamza_below_is_a_masdar(text: str, expected: bool) -> None:
    tok = Token(text, 0, len(text), text)
    assert hamza_below(tok) is expected


def test_a_masdar_with_hamza_below_is_read_as_a_noun(pipeline: Any) -> None:
    """«وإحالتهم للمحاكمة» inside a demand is what the families ask for: the masdar's reading (the content of the
    demand), not the verb «أحالتهم» (she referred them), which would be an accusation told."""
    found = triggers(pipeline, "وطالبت الأسر بتوجيه اتهام واضح للمعتقلين وإحالتهم بموجب ذلك للمحاكمة.")
    assert ("إحالتهم", "ACCUSE") not in found
