"""An actor noun's definite adjectives belong to its candidate (marsad/events/arg_adjectives.py), the relations
stage reads the adjective inside it (marsad/relations/adjectival.py), the genitive of a noun of control before
«السيطرة» (marsad/events/arg_security.py), and the person nouns of the events stage (data/argument_nouns.tsv).
The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from event_checks import side

from marsad.events.arg_adjectives import adjectives_end
from marsad.events.mention import token_keys
from marsad.model import Article
from marsad.text.tokens import tokenize


def _end(text: str, first: int, last: int) -> int:
    toks = tokenize(text)
    return adjectives_end(toks, token_keys(toks), first, last, set(), set())


def test_a_nationality_adjective_belongs_to_the_forces(pipeline: Any) -> None:
    text = "وشنت القوات الأمريكية غارة على مواقع التنظيم."
    assert side(pipeline, text, "غارة", "actor1") == "القوات الأمريكية"


def test_the_adjective_may_agree_with_the_genitive(pipeline: Any) -> None:
    text = "واعتقلت قوات الأمن المصرية ثلاثة أشخاص."
    assert side(pipeline, text, "اعتقلت", "actor1") == "قوات الأمن المصرية"


def test_a_masculine_nisba_after_a_feminine_head_begins_the_object(pipeline: Any) -> None:
    text = "واعتقلت السلطات المغربية الزفزافي."
    assert side(pipeline, text, "اعتقلت", "actor1") == "السلطات المغربية"
    assert side(pipeline, text, "اعتقلت", "actor2") == "الزفزافي"


def test_a_broken_plural_with_a_feminine_nisba_is_one_phrase(pipeline: Any) -> None:
    text = "اتفقت الأطراف الليبية المتنافسة على إجراء انتخابات رئاسية وبرلمانية."
    assert side(pipeline, text, "اتفقت", "actor1") == "الأطراف الليبية"


def test_a_title_keeps_its_office_and_name(pipeline: Any) -> None:
    text = "وصل نائب الرئيس اليمني رئيس الوزراء خالد بحاح، إلى مطار عدن أمس."
    assert side(pipeline, text, "وصل", "actor1") == "الرئيس اليمني رئيس الوزراء خالد بحاح"
    assert side(pipeline, text, "وصل", "actor2") is None


def test_no_elative_no_other_case_and_at_most_two_adjectives() -> None:
    assert _end("إن المجلس الأعلى رفض", 1, 1) == 1  # «المجلس الأعلى» is a name of its own
    assert _end("هاجم المسلحون الإسرائيليين", 1, 1) == 1  # the object, in another case
    assert _end("إن القوات الخاصة الروسية الجديدة", 1, 1) == 3


def test_the_genitive_before_control_takes_it_with_its_adjective(pipeline: Any) -> None:
    text = "وكان المتحدث أعلن استعادة القوات المسلحة السيطرة على ميناءي السدرة ورأس لانوف من أيدي الميليشيات المتشددة."
    assert side(pipeline, text, "استعادة", "actor1") == "القوات المسلحة"
    assert side(pipeline, text, "استعادة", "actor2") == "الميليشيات"


def test_the_relations_stage_reads_the_adjective_inside_the_forces(pipeline: Any) -> None:
    doc = pipeline(Article("t", "وتقدمت القوات السورية بدعم روسي نحو المدينة.", published=dt.date(2018, 4, 4)))
    found = [(r["source"]["text"], r["target"]["text"]) for r in doc.relations if r["type"] == "support"]
    assert found == [("روسي", "القوات السورية")]


def test_tweeters_demand(pipeline: Any) -> None:
    assert side(pipeline, "وطالب المغردون بمحاسبة المسؤولين عن الحادث.", "طالب", "actor1") == "المغردون"


def test_the_mufti_demands_of_the_authorities(pipeline: Any) -> None:
    text = "وطالب المفتي السلطات بالتحقيق في الحادث."
    assert side(pipeline, text, "طالب", "actor1") == "المفتي"
    assert side(pipeline, text, "طالب", "actor2") == "السلطات"


def test_the_perpetrator_of_a_police_statement_stabs(pipeline: Any) -> None:
    text = "وأوضحت الشرطة أن الجاني قام بتسديد عدة طعنات للضحية."
    assert side(pipeline, text, "طعنات", "actor1") == "الجاني"


def test_suicide_bombers_carry_out_the_blasts(pipeline: Any) -> None:
    text = "وأكدت الوزارة أن تفجيرات نفذها انتحاريون استهدفت السوق."
    assert side(pipeline, text, "تفجيرات", "actor1") == "انتحاريون"
