"""Trigger entries added with the eighth annotation round (d144–d155).

Each test is one construction of Arabic news prose, in sentences written for this file (none is a sentence of
the development set).
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mentions


def types_of(pipeline: Any, text: str, word: str) -> list[str]:
    """The PLOVER types of the mentions whose trigger contains ``word``."""
    return [ev["plover_type"] for ev, m in mentions(pipeline, text) if word in m["trigger"]["text"]]


def test_logistic_or_coalition_backing_is_military_aid(pipeline: Any) -> None:
    assert types_of(pipeline, "وأشاد القائد بالدعم اللوجستي الذي يقدمه التحالف للقوات الحكومية.", "دعم") == ["AID"]
    assert types_of(pipeline, "وتقدمت القوات نحو البلدة بدعم جوي من الطائرات الحربية.", "دعم") == ["AID"]
    # a party backing a candidate states its support; it sends no arms
    assert types_of(pipeline, "وأعلن الحزب دعمه للمرشح المستقل في الانتخابات الرئاسية.", "دعم") == ["SUPPORT"]


def test_clashes_with_protesters_are_a_riot(pipeline: Any) -> None:
    assert types_of(pipeline, "واندلعت مواجهات بين المتظاهرين وقوات الأمن وسط العاصمة مساء أمس.", "مواجهات") == [
        "PROTEST"
    ]
    assert types_of(pipeline, "واندلعت مواجهات عنيفة بين الجيش والمسلحين في ريف المدينة.", "مواجهات") == ["ASSAULT"]


def test_full_control_of_a_town_is_taken_territory(pipeline: Any) -> None:
    assert "ASSAULT" in types_of(pipeline, "وأعلن الجيش السيطرة الكاملة على مديريتي الحد ويافع.", "السيطرة")
    assert "ASSAULT" in types_of(pipeline, "وبسطت القوات سيطرتها الكاملة على مدينة الحوطة فجر اليوم.", "سيطرتها")
    assert types_of(pipeline, "وأكدت الوزارة السيطرة الكاملة على أسعار الوقود.", "السيطرة") == []


def test_driving_fighters_out_of_a_town_in_any_person(pipeline: Any) -> None:
    assert types_of(pipeline, "وطردوا الحوثيين من مدينة قعطبة بعد معارك استمرت يومين.", "طردوا") == ["ASSAULT"]
    assert types_of(pipeline, "وقررت الإدارة طرد الموظف بسبب غيابه المتكرر.", "طرد") == []


def test_an_advance_towards_a_place_is_a_ground_offensive(pipeline: Any) -> None:
    assert types_of(pipeline, "وتواصل القوات الحكومية التقدم صوب مركز المحافظة.", "التقدم") == ["ASSAULT"]
    assert types_of(pipeline, "وتقدم الوزير بالشكر إلى جميع الحضور.", "تقدم") == []


def test_a_sharp_verbal_attack_is_criticism(pipeline: Any) -> None:
    assert types_of(pipeline, "وشن الرئيس هجوما حادا على الحكومة السابقة في خطابه.", "هجوما") == ["ACCUSE"]
    assert types_of(pipeline, "وشن مسلحون هجوما عنيفا على حاجز للجيش شرق المدينة.", "هجوما") == ["ASSAULT"]


def test_a_private_or_family_visit_is_no_consultation(pipeline: Any) -> None:
    assert types_of(pipeline, "وغادر الأمير إلى المغرب في زيارة خاصة يقضي خلالها إجازته.", "زيارة") == []
    assert types_of(pipeline, "وكان الجنود في زيارة لدى أهاليهم خلال العيد.", "زيارة") == []
    assert types_of(pipeline, "وبدأ وزير الخارجية زيارة رسمية إلى القاهرة يلتقي خلالها الرئيس.", "زيارة") == ["CONSULT"]


def test_declining_to_comment_rejects_nothing(pipeline: Any) -> None:
    assert types_of(pipeline, "ورفض المتحدث الإدلاء بأي تفاصيل عن التحقيق.", "رفض") == []
    assert types_of(pipeline, "ورفضت الحكومة المبادرة التي قدمتها المعارضة.", "رفض") == ["REJECT"]


def test_leaving_a_treaty_is_no_withdrawal_of_forces(pipeline: Any) -> None:
    assert types_of(pipeline, "وحذرت طهران من الانسحاب من الاتفاق النووي.", "انسحاب") == []
    assert types_of(pipeline, "وأعلن الجيش انسحاب قواته من البلدة بعد المعارك.", "انسحاب") == ["RETREAT"]


def test_a_long_subject_between_a_threat_and_its_object(pipeline: Any) -> None:
    # «توعد X وY وZ …، بعمليات “ذبح”»: the threatened killing is the threat's object, not an attack
    text = (
        "توعد التنظيم في بيان مجلس النواب في طبرق والقائد العام للجيش في بنغازي، اللواء خليفة حفتر، "
        "بعمليات “ذبح وقتل” قريبة."
    )
    types = [ev["plover_type"] for ev, _ in mentions(pipeline, text)]
    assert "THREATEN" in types and "ASSAULT" not in types


def test_backing_after_bi_is_given_by_its_genitive(pipeline: Any) -> None:
    found = [
        (ev, m)
        for ev, m in mentions(pipeline, "واستعادت قوات الجيش، بدعم التحالف العربي، السيطرة على مدينة المخا.")
        if "دعم" in m["trigger"]["text"]
    ]
    assert found and found[0][0]["plover_type"] == "AID"
    m = found[0][1]
    assert m["actor1"] is not None and "التحالف" in m["actor1"]["text"]
    assert m["actor2"] is not None and "قوات" in m["actor2"]["text"]


def test_fighters_captured_in_battle(pipeline: Any) -> None:
    assert types_of(pipeline, "وقتل المهاجمون ثلاثة جنود وأسروا عددا من رفاقهم قرب الحدود.", "أسروا") == ["COERCE"]
    assert types_of(pipeline, "وأعلن الجيش مقتل عشرين مسلحا وأسر 7 آخرين خلال العملية.", "أسر") == ["COERCE"]
    # «أسر» is also the plural of «أسرة»: the families of the dead are no captives
    assert types_of(pipeline, "وزار المحافظ أسر الشهداء في المدينة وقدم لهم التعازي.", "أسر") == []


def test_an_aggression_with_missiles_is_a_strike(pipeline: Any) -> None:
    text = "وتعرضت مواقع عسكرية في ريف اللاذقية لعدوان جديد بصواريخ معادية فجر اليوم."
    assert types_of(pipeline, text, "عدوان") == ["ASSAULT"]


def test_laying_mines_is_a_bombing(pipeline: Any) -> None:
    text = "واتهمت السلطات المتمردين بزرع عشرات الألغام في الطرق المؤدية إلى القرية."
    found = [(ev, m) for ev, m in mentions(pipeline, text) if "زرع" in m["trigger"]["text"]]
    assert found and found[0][0]["plover_type"] == "ASSAULT" and found[0][0]["plover_mode"] == "bombing"


def test_in_a_riot_the_protesters_act(pipeline: Any) -> None:
    text = "واندلعت مواجهات بين قوات الأمن والمتظاهرين الغاضبين أمام مقر الحكومة."
    found = [(ev, m) for ev, m in mentions(pipeline, text) if m["trigger"]["text"] == "مواجهات"]
    assert found and found[0][0]["plover_type"] == "PROTEST"
    m = found[0][1]
    assert m["actor1"] is not None and "المتظاهرين" in m["actor1"]["text"]
