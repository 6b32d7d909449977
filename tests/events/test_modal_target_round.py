"""The target of an attack or a clash whose toll is counted «في صفوف» a side before the trigger
(marsad/events/arg_ranks.py), and the modality of what a side can do or pledges to do
(marsad/events/modal_ability.py). The sentences follow dev articles and unannotated ANT articles."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import mention, side

TARGETS = [
    (
        "وفي مديرية التحتية، سقط قتلى وجرحى في صفوف المتمردين الحوثيين في مواجهات عنيفة وغارات للتحالف في منطقة الفازة.",
        "مواجهات",
        "المتمردين الحوثيين",
    ),
    (
        "وحقق الجيش خلال اليومين الماضيين إصابات نوعية في صفوف الميليشيات الحوثية إثر استهدافه بالقصف المدفعي.",
        "استهدافه",
        "الميليشيات الحوثية",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "target"), TARGETS)
def test_ranks_of_the_toll_before_the_attack(pipeline: Any, text: str, trigger: str, target: str) -> None:
    got = side(pipeline, text, trigger, "actor2")
    assert got is not None and target in got


def test_ranks_after_a_comma_are_another_clause(pipeline: Any) -> None:
    # the toll's ranks end their clause at the comma: the strikes of the next clause hit someone else
    text = "وسقط قتلى في صفوف المتمردين الحوثيين، فيما شنت طائرات التحالف غارات على مواقع في المدينة."
    got = side(pipeline, text, "غارات", "actor2")
    assert got is None or "المتمردين" not in got


MODALITIES = [
    # what a side can do is possible, «أن» or a quotation mark between
    ('وكان الرئيس التركي قد أكد الجمعة أن قواته يمكنها "اقتحام" عفرين في أي وقت.', "اقتحام", "possible"),
    ("وقال المسؤول إن الصواريخ يمكن أن تسقط الطائرات الحربية والمدنية.", "تسقط", "possible"),
    # what a side pledges to do is planned
    (
        "وفاجأ الرئيس الأميركي المسؤولين في سول عندما تعهد بإنهاء المناورات العسكرية بعد لقائه بزعيم كوريا الشمالية.",
        "إنهاء",
        "planned",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), MODALITIES)
def test_ability_and_pledges(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    assert mention(pipeline, text, trigger)["modality"] == modality


def test_a_hedged_reading_does_not_hedge_its_object(pipeline: Any) -> None:
    # «يمكن» governs «اعتبار», not the support the sentence tells
    text = "ويمكن اعتبار الدعم العسكري التركي لقطر متوقعا، وذلك لتقارب التوجهات السياسية بين البلدين."
    assert mention(pipeline, text, "الدعم")["modality"] != "possible"
