"""Actors the tagger does not find: a country's body named by its head and nationality adjective, a name
before the title that describes it, and «بلاده» as the speaker's country."""

from __future__ import annotations

import pytest
from actor_checks import hand_doc

from marsad.actors import ActorStage
from marsad.actors.homeland import homeland_mentions
from marsad.actors.persons import opening_names
from marsad.model import Place


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage()


def orgs(doc: object) -> list[tuple[str, str | None]]:
    return [(m.text, e.country) for e in doc.entities if e.type == "ORG" for m in e.mentions]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        ("ونفت الخارجية الجزائرية تقديم أي دعم عسكري.", "الخارجية الجزائرية", "DZ"),
        ("وأكد الناطق باسم الخارجية الإيرانية أن الهجوم مدان.", "الخارجية الإيرانية", "IR"),
        ("وقال إن أغلبية القبائل اليمنية تناهض المشروع.", "القبائل اليمنية", "YE"),
        ("وقال إن المخابرات العامة المصرية أحبطت الهجوم.", "المخابرات العامة المصرية", "EG"),
        ("وكان بالخارجية المغربية أن تبحث عن حجة.", "الخارجية المغربية", "MA"),
    ],
)
def test_a_head_and_nationality_name_a_countrys_body(stage: ActorStage, text: str, body: str, country: str) -> None:
    assert (body, country) in orgs(stage(hand_doc(text, [])))


@pytest.mark.parametrize(
    "text",
    [
        "والتقى وزير الخارجية الإماراتي نظيره في الرياض.",  # the adjective qualifies the minister
        "وناقش الوزيران الشؤون الداخلية السورية.",  # the head is an adjective of the noun before it
        "وقالت إن القوات الموالية للحكومة تقدمت.",  # no nationality: a description
        "وانتشرت قبائل يمنية في المدينة.",  # indefinite: some tribes, no named body
    ],
)
def test_no_body_without_a_definite_head_and_its_nationality(stage: ActorStage, text: str) -> None:
    assert orgs(stage(hand_doc(text, []))) == []


def test_the_short_ministry_name_merges_with_the_long_one(stage: ActorStage) -> None:
    text = "ونفت الخارجية المغربية الخبر. وقالت وزارة الخارجية المغربية في بيان إن الأمر مختلف."
    doc = stage(hand_doc(text, [("وزارة الخارجية المغربية", "ORG")]))
    (ministry,) = [e for e in doc.entities if e.type == "ORG"]
    assert [m.text for m in ministry.mentions] == ["الخارجية المغربية", "وزارة الخارجية المغربية"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال خليل الحية عضو المكتب السياسي لحركة حماس إن الحركة مستعدة.", "خليل الحية"),
        ("وأكد خليل الحية، عضو المكتب السياسي للحركة، أن الحركة مستعدة.", "خليل الحية"),
    ],
)
def test_a_name_before_its_title_is_a_person(stage: ActorStage, text: str, name: str) -> None:
    doc = stage(hand_doc(text, []))
    assert name in [m.text for e in doc.entities if e.type == "PER" for m in e.mentions]


def test_a_preposition_spelt_like_a_given_name_opens_no_name(stage: ActorStage) -> None:
    assert "بين" in opening_names()  # a foreign given name of the gazetteer (Ben)
    doc = stage(hand_doc("وكان من بين المصابين العقيد علي عامر.", []))
    assert not any(m.text.startswith("بين") for e in doc.entities for m in e.mentions)


def _with_country(text: str, spans: list[tuple[str, str]], country: str) -> object:
    doc = hand_doc(text, spans)
    place = next(e for e in doc.entities if e.type == "GPE")
    doc.places.append(
        Place(
            place.id,
            place.text,
            None,
            None,
            None,
            country,
            "country",
            None,
            1.0,
            list(place.mentions),
            f"country:{country}",
        )
    )
    return doc


@pytest.mark.parametrize(
    "text",
    [
        "احتج المغرب. وأعلن وزير الخارجية المغربي، ناصر بوريطة، عن قطع بلاده للعلاقات مع طهران.",
        "احتج المغرب. وجدد ناصر بوريطة، وزير الخارجية المغربي، تأكيد بلاده لموقفها.",
    ],
)
def test_his_country_is_the_speakers_country(text: str) -> None:
    doc = _with_country(text, [("ناصر بوريطة", "PER"), ("المغرب", "GPE")], "MA")
    homeland_mentions(doc)  # type: ignore[arg-type]
    morocco = next(e for e in doc.entities if e.type == "GPE")  # type: ignore[attr-defined]
    assert [m.text for m in morocco.mentions] == ["المغرب", "بلاده"]


def test_his_country_stays_unread_without_the_speakers_nationality() -> None:
    doc = _with_country(
        "وقال ناصر بوريطة إن بلاده لن تتراجع. وكان المغرب قد احتج.", [("ناصر بوريطة", "PER"), ("المغرب", "GPE")], "MA"
    )
    homeland_mentions(doc)  # type: ignore[arg-type]
    morocco = next(e for e in doc.entities if e.type == "GPE")  # type: ignore[attr-defined]
    assert [m.text for m in morocco.mentions] == ["المغرب"]
