"""The trigger lexicon completed by morphology (fifth round): the other forms of the listed roots, the
masculine-plural guard of :func:`candidate_keys`, and the governed preposition found past an aside.

Each test is one general form or construction of Arabic news prose, written for this file; none is a
sentence of the development set.
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mention, mentions

from marsad.events.lexicon import candidate_keys
from marsad.events.triggers import _past_aside
from marsad.text.normalize import normalize


def triggers(pipeline: Any, text: str) -> list[str]:
    return [m["trigger"]["text"] for _, m in mentions(pipeline, text)]


def test_forms_of_listed_roots_are_triggers(pipeline: Any) -> None:
    cases = {
        "ونفذت قوات الأمن مداهمات في عدة أحياء بالمدينة.": ("مداهمات", "ASSAULT"),
        "وقال السكان إن المستوطنين اعتدوا على المزارعين قرب القرية.": ("اعتدوا", "ASSAULT"),
        "وحرق مستوطنون منزلا في القرية فجر اليوم.": ("حرق", "ASSAULT"),
        "واحتج مئات الطلاب أمام مقر الوزارة.": ("احتج", "PROTEST"),
        "ونظم العمال اعتصامات أمام المصانع.": ("اعتصامات", "PROTEST"),
        "وزاروا مخيمات اللاجئين في الشمال.": ("زاروا", "CONSULT"),
        "وأجرى الوفدان مشاورات في الرباط.": ("مشاورات", "CONSULT"),
        "وقد أطلق سراح عشرين معتقلا أمس.": ("أطلق سراح", "RETREAT"),
        "وأعلنت السلطات إفراجها عن الصحفيين أمس.": ("إفراج", "RETREAT"),
        "وصدرت بيانات تنديد بالهجوم من عدة عواصم.": ("تنديد", "ACCUSE"),
        "وظهر زعيم التنظيم في تسجيل مصور، متوعدا الجيش بهجمات جديدة.": ("متوعدا", "THREATEN"),
        "وعبرت الأحزاب عن استهجانها لقرار الحكومة.": ("استهجان", "ACCUSE"),
        "وقررت النيابة حبس المتهمين أربعة أيام على ذمة التحقيق.": ("حبس", "COERCE"),
        "وتمكنت القوات من انتزاع مواقع جديدة شرقي المدينة.": ("انتزاع", "ASSAULT"),
    }
    for text, (word, ptype) in cases.items():
        found = [(ev, m) for ev, m in mentions(pipeline, text) if word in m["trigger"]["text"]]
        assert found, f"{word!r} not found in {text!r}: {triggers(pipeline, text)}"
        assert found[0][0]["plover_type"] == ptype, text


def test_tyres_burnt_by_protesters_are_no_arson(pipeline: Any) -> None:
    assert "حرق" not in triggers(pipeline, "وحرق المحتجون إطارات السيارات على الطريق الرئيسية.")


def test_sending_reinforcements_is_mobilisation_and_causing_is_not(pipeline: Any) -> None:
    found = triggers(pipeline, "وقرر الجيش دفع تعزيزات إلى المدينة.")
    assert any(t.startswith("دفع") for t in found), found
    assert not any(t.startswith("دفع") for t in triggers(pipeline, "مما دفع الحزب إلى الزج بمقاتلين جدد."))


def test_a_masculine_plural_is_not_read_as_the_feminine_masdar() -> None:
    # «المهاجمين» (the attackers) is not «مهاجمة» (attacking), «المحاصرين» not «محاصرة»
    keys = [k for k, _ in candidate_keys(normalize("المهاجمين"))]
    assert normalize("مهاجمة") not in keys
    assert normalize("مهاجم") in keys


def test_the_attackers_are_no_attack(pipeline: Any) -> None:
    assert "المهاجمين" not in triggers(pipeline, "وقال الجيش إن المهاجمين فروا نحو الجبال.")


def test_the_besieged_name_a_siege(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "وناشدت المنظمة إنقاذ المدنيين المحاصرين في المدينة.", "المحاصرين")
    assert ev["plover_type"] == "COERCE"


def test_a_governed_preposition_is_found_past_an_aside() -> None:
    keys = [normalize(w) for w in "دعت الرئاسة ، الأربعاء الماضي ، المجتمع الدولي إلى".split()]
    assert normalize("إلى") in _past_aside(keys, 0)
    # a comma that is not closed ends the clause: nothing past it
    keys = [normalize(w) for w in "دعت الرئاسة ، وقال المتحدث إنه سيسافر".split()]
    assert _past_aside(keys, 0) == []


def test_a_call_with_an_aside_before_its_preposition_is_a_request(pipeline: Any) -> None:
    text = "ودعت الحكومة اليمنية، في بيان صادر عن مكتبها، المجتمع الدولي إلى التدخل."
    ev, _ = mention(pipeline, text, "دعت")
    assert ev["plover_type"] == "REQUEST"
    # without إلى the verb is no call for anything («دعت الحاجة»)
    assert "دعت" not in triggers(pipeline, "ودعت الحكومة، في بيان صادر عن مكتبها، الصحفيين الأجانب.")


def test_an_object_past_an_aside_does_not_make_the_signing_verb_a_second_mention(pipeline: Any) -> None:
    found = triggers(pipeline, "ووقعت الحكومة والنقابة، أمس بالعاصمة، اتفاقية تعاون.")
    assert "وقعت" not in found


def test_retaking_terrain_is_a_regain_of_territory(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "وتمكن الجيش من تحرير جبال الضراوي بعد معارك عنيفة.", "تحرير")
    assert ev["acled_sub_event_type"] == "Government regains territory"
    # «تحرير» of anything else (a market, a text) is no fighting
    assert "تحرير" not in triggers(pipeline, "وأعلنت الحكومة تحرير أسعار الوقود ابتداء من الشهر المقبل.")


def test_what_a_force_strives_for_is_no_event(pipeline: Any) -> None:
    text = "وتجددت المواجهات إثر هجمات لقوات الجيش تسعى من خلالها لاستعادة تلال جبلية."
    found = triggers(pipeline, text)
    assert "لاستعادة" not in found and "استعادة" not in found, found
    ev, _ = mention(pipeline, "وأعلن الجيش استعادة مدينة الحديدة بعد معارك عنيفة.", "استعادة")
    assert ev["plover_type"] == "ASSAULT"


def test_a_killing_by_a_sniper_s_bullets_is_named_by_the_bullets(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "وقتل شاب فلسطيني برصاص قناص إسرائيلي شرقي مدينة غزة.", "رصاص")
    assert ev["plover_type"] == "ASSAULT"
    # bullets that are the instrument of a named attack are no second mention
    found = triggers(pipeline, "وهاجم مسلحون الحاجز برصاص كثيف فجر اليوم.")
    assert "رصاص" not in found, found


def test_a_clitic_the_tokenizer_left_on_is_outside_the_trigger(pipeline: Any) -> None:
    # «للاحتجاج» → احتجاج (ل + the fused article), «برصاص» → رصاص, as the annotation convention spans them
    assert "احتجاج" in triggers(pipeline, "وخرج المئات للاحتجاج على القرار.")
    assert "رصاص" in triggers(pipeline, "وقتل شاب برصاص قناص قرب الحدود.")


def test_praise_is_support_and_chad_is_no_praise(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "وأشادت الحكومة بجهود الوساطة التي قادتها الكويت.", "أشادت")
    assert ev["plover_type"] == "SUPPORT"
    assert not triggers(pipeline, "وتقع البلدة قرب حدود تشاد والنيجر.")
