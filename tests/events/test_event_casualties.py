"""The dead and wounded as the target of an attack, battles named in a circumstance, seized weapons
(marsad/events/casualties.py, added with the seventh annotation round, d136–d139).

Each test is one construction of Arabic news prose, in sentences written for this file (none is a sentence of
the development set).
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mention, mentions, text_of

from marsad.events.casualties import CASUALTY_NOUNS, CIRCUMSTANCE, WEAPONS, partitive_words
from marsad.text.normalize import normalize


def test_the_dead_of_an_attack_with_no_other_target_are_its_target(pipeline: Any) -> None:
    _, m = mention(pipeline, "قتل سبعة مدنيين على الأقل في غارة جوية استهدفت سوقا شعبية مساء أمس.", "غارة")
    assert text_of(m["actor2"]) is not None and "مدنيين" in text_of(m["actor2"])
    _, m = mention(pipeline, "أسفر انفجار عبوة ناسفة في سوق المدينة عن مقتل ثلاثة أشخاص وإصابة عشرة.", "انفجار")
    assert text_of(m["actor2"]) is not None and "أشخاص" in text_of(m["actor2"])


def test_the_object_of_a_verb_of_killing_is_the_dead(pipeline: Any) -> None:
    _, m = mention(pipeline, "هاجم مسلحون حاجزا على الطريق فقتلوا أربعة جنود قبل أن يفروا.", "هاجم")
    assert text_of(m["actor1"]) == "مسلحون"
    assert text_of(m["actor2"]) is not None and "جنود" in text_of(m["actor2"])


def test_a_count_of_the_dead_is_the_target_when_no_noun_says_who_they_were(pipeline: Any) -> None:
    _, m = mention(pipeline, "خلف انفجار السيارة المفخخة عشرة قتلى في السوق.", "انفجار")
    assert text_of(m["actor2"]) == "قتلى"
    _, m = mention(pipeline, "شنت الطائرات غارة على السوق خلفت عشرات القتلى.", "غارة")
    assert text_of(m["actor2"]) == "القتلى"
    assert normalize("قتلى") in CASUALTY_NOUNS and normalize("جرحى") not in CASUALTY_NOUNS


def test_the_dead_of_both_sides_of_a_battle_are_no_target(pipeline: Any) -> None:
    _, m = mention(pipeline, "اندلعت اشتباكات عنيفة أسفرت عن مقتل 30 متمردا.", "اشتباكات")
    assert text_of(m["actor2"]) == "متمردا"  # the dead of one side are the other side's target
    _, m = mention(pipeline, "اندلعت اشتباكات عنيفة أسفرت عن مقتل 30 متمردا ومقتل ستة جنود.", "اشتباكات")
    assert text_of(m["actor2"]) is None


def test_a_battle_in_a_circumstance_is_fought_by_the_main_subject(pipeline: Any) -> None:
    s = "قال مصدر عسكري إن وحدات الجيش سيطرت على بلدة الكرمة شمال بغداد بعد معارك عنيفة مع مسلحي التنظيم."
    _, m = mention(pipeline, s, "معارك")
    assert text_of(m["actor1"]) == "وحدات الجيش"
    assert normalize("بعد") in CIRCUMSTANCE and normalize("قبل") not in CIRCUMSTANCE


def test_seized_weapons_are_no_target() -> None:
    for w in ("مسدسين", "بنادق", "الذخائر", "قذائف"):
        assert normalize(w).removeprefix("ال") in WEAPONS or normalize(w) in WEAPONS, w
    assert normalize("سلاح") not in WEAPONS  # «سلاح الجو» acts


def test_a_count_and_its_partitive_stand_between_an_arrest_and_its_target(pipeline: Any) -> None:
    _, m = mention(pipeline, "أعلنت الشرطة اعتقال 12 من عناصر الخلية في العاصمة.", "اعتقال")
    assert text_of(m["actor2"]) is not None and "عناصر" in text_of(m["actor2"])
    keys = [normalize(w) for w in "اعتقال 12 من عناصر".split()]
    assert partitive_words(keys, 1, 3) == 2


def test_reinforcements_of_a_named_force_and_expelling_the_rebels_are_events(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "ووصلت تعزيزات قوات الجيش إلى أطراف المدينة صباح اليوم.", "تعزيزات")
    assert ev["plover_type"] == "MOBILIZE"
    ev, _ = mention(pipeline, "تمكنت القوات من طرد الانقلابيين من البلدة بعد يومين.", "طرد")
    assert ev["plover_type"] == "ASSAULT"
    ev, _ = mention(pipeline, "دمرت المدفعية ثلاث مركبات عسكرية للمتمردين شرق المدينة.", "دمرت")
    assert ev["plover_type"] == "ASSAULT"


def test_a_hedged_count_stands_between_the_killed_word_and_the_dead(pipeline: Any) -> None:
    s = "وقتل ما لا يقل عن 40 مسلحا في غارات جوية فجر اليوم."
    _, m = mention(pipeline, s, "غارات")
    assert text_of(m["actor1"]) != "مسلحا"
    assert text_of(m["actor2"]) == "مسلحا"


def test_a_masdar_of_purpose_after_preparation_is_no_event(pipeline: Any) -> None:
    s = "ووصلت قوات إضافية إلى أطراف المدينة استعدادا لاقتحام أحيائها الشرقية."
    assert not [m for _, m in mentions(pipeline, s) if m["trigger"]["text"] == "اقتحام"]


def test_a_name_inside_a_fused_lam_and_article_is_no_argument(pipeline: Any) -> None:
    # «للحوثيين», «للطائرات»: the span would start inside the word; the annotations leave such arguments empty
    _, m = mention(pipeline, "واستهدفت الغارة تجمعا للحوثيين شرق المدينة.", "الغارة")
    assert text_of(m["actor2"]) is None
    _, m = mention(pipeline, "وأسفر قصف للطائرات الحربية على القرية عن أضرار كبيرة.", "قصف")
    assert text_of(m["actor1"]) is None


def test_a_front_named_by_its_place_locates_an_event_in_a_clause_of_its_own(pipeline: Any) -> None:
    s = "وأكدت مصادر عسكرية اعتقال قوات الجيش عشرات المسلحين من عناصر التنظيم، في جبهة التحيتا غربي اليمن."
    _, m = mention(pipeline, s, "اعتقال")
    assert text_of(m["location"]) == "التحيتا"
