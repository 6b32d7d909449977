"""Actors: mention boundaries the tagger gets wrong (a verb, a prepositional or coordinated word run into
a name), spellings of the group noun, a group noun before a person's name, and a family name glued to a
conjunction the tokenizer mis-split."""

from __future__ import annotations

import pytest
from actor_checks import hand_doc

from marsad.actors import ActorStage
from marsad.actors.heads import MILITIA_HEADS
from marsad.actors.names import GROUP_HEADS, fold_spelling, name_key


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage()


def mentions(doc: object, type_: str | None = None) -> list[str]:
    return [m.text for e in doc.entities for m in e.mentions if type_ is None or e.type == type_]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        ("والتقى جون كيري بنظرائه الخليجيين في الدوحة.", "جون كيري بنظرائه", "جون كيري"),
        ("وأكد محمود عباس بأن الوضع صعب.", "محمود عباس بأن", "محمود عباس"),
        ("ورحبت سعاد عبد الرحيم بالمنصب الجديد.", "سعاد عبد الرحيم بالمنصب", "سعاد عبد الرحيم"),
        ("وصل أشتون كارتر الخميس إلى بغداد.", "أشتون كارتر الخميس", "أشتون كارتر"),
        ("وقالت المصادر إن إبراهيم الجضران هاجمت قواته الموانئ.", "إبراهيم الجضران هاجمت", "إبراهيم الجضران"),
        ("وفي مصر سيلتقي كيري نظيره المصري.", "يلتقي كيري", "كيري"),
    ],
)
def test_a_person_mention_ends_where_the_name_ends(stage: ActorStage, text: str, tagged: str, name: str) -> None:
    doc = stage(hand_doc(text, [(tagged, "PER")]))
    assert mentions(doc, "PER") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الناطق راجح بادي إن الوضع صعب.", "راجح بادي"),  # «بادي» read by the tokenizer as ب + ادي
        ("وقال محمد وجدي إن الوضع صعب.", "محمد وجدي"),
        ("وقال عبد الله بن عبد العزيز إن الوضع صعب.", "عبد الله بن عبد العزيز"),
        ("وقال يوسف الشاهد إن الحكومة مستمرة.", "يوسف الشاهد"),
        # foreign names whose first letters read as clitics, the future «س» or «فإن»
        ("وقالت الممثلة غوينث بالترو إن الفيلم جاهز.", "غوينث بالترو"),
        ("وقال المدرب إرنستو فالفيردي إن الفريق جاهز.", "إرنستو فالفيردي"),
        ("وقالت ستيسي كونينغهام إن الفريق جاهز.", "ستيسي كونينغهام"),
        ("وقال المدرب لويس فان خال إن الفريق جاهز.", "لويس فان خال"),
        ("وقال الأمين العام بان كي مون إن الوضع صعب.", "بان كي مون"),
    ],
)
def test_a_name_is_not_cut(stage: ActorStage, text: str, name: str) -> None:
    tagged = "الأمين العام بان كي مون" if name == "بان كي مون" else name
    doc = stage(hand_doc(text, [(tagged, "PER")]))
    assert name in mentions(doc, "PER")


def test_an_organisation_ends_before_a_coordinated_body(stage: ActorStage) -> None:
    doc = stage(hand_doc("واتفق تيار المستقبل والحزب التقدمي على الخطة.", [("تيار المستقبل والحزب", "ORG")]))
    assert "تيار المستقبل" in mentions(doc, "ORG")


def test_coordinated_common_nouns_stay_in_the_name(stage: ActorStage) -> None:
    doc = stage(hand_doc("وقال حزب العدالة والتنمية إن الوضع صعب.", [("حزب العدالة والتنمية", "ORG")]))
    assert mentions(doc, "ORG") == ["حزب العدالة والتنمية"]


def test_variant_spellings_of_the_militia_noun_fold() -> None:
    assert fold_spelling("الميلشيات") == fold_spelling("الميليشيات") == "الميليشيات"
    assert name_key("ميلشيات الحوثي") == name_key("ميليشيات الحوثي") == name_key("مليشيات الحوثي")
    assert {"الميلشيات", "ميليشات", "ميلشيا"} <= MILITIA_HEADS
    assert GROUP_HEADS["ميلشيات"] == "armed_group"
    assert fold_spelling("المليشي") == "المليشي"  # only the listed forms


def test_a_misspelt_militia_meets_its_curated_name(stage: ActorStage) -> None:
    doc = stage(hand_doc("وشنت ميلشيات الحوثي هجوما على تعز.", [("ميلشيات", "MISC")]))
    assert any(e.actor_id == "ye-houthis" and e.text == "ميلشيات الحوثي" for e in doc.entities)


def test_a_person_after_a_definite_group_noun_is_the_person(stage: ActorStage) -> None:
    doc = stage(
        hand_doc("وقال زعيم الميليشيات عبدالملك الحوثي إن الحرب مستمرة.", [("الميليشيات عبدالملك الحوثي", "MISC")])
    )
    people = [e for e in doc.entities if e.type == "PER"]
    assert [e.text for e in people] == ["عبدالملك الحوثي"]
    assert people[0].actor_id == "ye-abdulmalik-houthi"


def test_a_body_named_after_a_person_stays_whole(stage: ActorStage) -> None:
    doc = stage(hand_doc("وأعلنت كتائب عبد الله عزام مسؤوليتها.", [("كتائب عبد الله عزام", "ORG")]))
    assert mentions(doc) == ["كتائب عبد الله عزام"]


@pytest.mark.parametrize(
    ("text", "full", "alone"),
    [
        ("قال جون كيري إن الاتفاق مهم. لقاء ثلاثي بين لافروف وكيري في قطر.", "جون كيري", "كيري"),
        ("قال إبراهيم الجضران إن الميناء مغلق. والجضران هو قائد الحرس.", "إبراهيم الجضران", "الجضران"),
    ],
)
def test_a_family_name_after_a_conjunction_joins_the_full_name(
    stage: ActorStage, text: str, full: str, alone: str
) -> None:
    doc = stage(hand_doc(text, [(full, "PER")]))
    person = next(e for e in doc.entities if e.text == full)
    assert [m.text for m in person.mentions] == [full, alone]


def test_a_patronymic_name_goes_by_its_first_name() -> None:
    from marsad.actors.union import contains_name

    assert contains_name(name_key("سلمان بن عبد العزيز"), name_key("سلمان"))
    assert not contains_name(name_key("محمد بن سلمان"), name_key("سلمان"))  # the father's name
    assert not contains_name(name_key("محمد بن سلمان"), name_key("محمد"))  # too common a first name
    assert not contains_name(name_key("سلمان العودة"), name_key("سلمان"))  # no patronymic
