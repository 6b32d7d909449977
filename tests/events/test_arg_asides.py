"""Objects past an aside, the person phrase «رجل الأمن» after a verb whose subject stands before it, and the
object pronoun of a masdar (marsad/events/arg_asides.py). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from event_checks import side


def test_the_object_follows_the_asides_after_the_subject(pipeline: Any) -> None:
    text = "توعد الرئيس التركي رجب طيب أردوغان، في كلمة ألقاها في أنقرة، الثلاثاء، المسؤولين عن الهجوم بالعقاب."
    assert side(pipeline, text, "توعد", "actor1") == "الرئيس التركي رجب طيب أردوغان"
    assert side(pipeline, text, "توعد", "actor2") == "المسؤولين"


def test_a_coordinated_clause_after_the_comma_ends_the_search(pipeline: Any) -> None:
    text = "توعد الرئيس التركي رجب طيب أردوغان، وقال في أنقرة، الثلاثاء، إن المسؤولين سيعاقبون."
    assert side(pipeline, text, "توعد", "actor2") is None


def test_one_of_them_stabbed_the_security_man(pipeline: Any) -> None:
    text = "وجدت الدورية شخصين يتشاجران إلا أن أحدهما طعن رجل الأمن ثم لاذ بالفرار."
    assert side(pipeline, text, "طعن", "actor1") == "أحدهما"
    assert side(pipeline, text, "طعن", "actor2") == "رجل الأمن"


def test_the_pronoun_of_an_attack_masdar_is_its_object(pipeline: Any) -> None:
    text = "أدت المواجهات إلى مقتل خمسة من رجال الأمن بعد مهاجمتهم بحافلة."
    assert side(pipeline, text, "مهاجمتهم", "actor1") is None
