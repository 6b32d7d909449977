"""Actors: names the tagger missed that relations and events need as ends — a surname that is also a
common word where a name stands, a curated word that is mostly a common word in its country's news, a
name after a title, a body named in quotes after its head noun."""

from __future__ import annotations

import pytest
from actor_checks import hand_doc

from marsad.actors import ActorStage
from marsad.model import Document


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage()


def mentions(doc: Document) -> dict[str, list[str]]:
    """Entity text → the texts of its mentions."""
    return {e.text: [m.text for m in e.mentions] for e in doc.entities}


def contexts(doc: Document, surface: str) -> list[str]:
    """The few words after each mention of ``surface`` (which occurrences became mentions)."""
    text = doc.text
    return [text[m.start : m.end + 8] for e in doc.entities for m in e.mentions if m.text == surface]


# --------------------------------------------------------------------------- common-word surnames


def test_a_common_word_surname_where_a_name_stands(stage: ActorStage) -> None:
    """«سلامة» is "safety": after «راشد سلامة» it names him as a subject or beside «و», not in a
    genitive («سلامة المواطنين») or with a pronoun's noun after it («سلامة أراضيه»)."""
    text = (
        "وأكد المحلل راشد سلامة أن سلامة المواطنين أولوية. وقال سلامة إن الحل قريب. "
        "ونحرص على سلامة أراضيه. واجتمع سلامة والوفد."
    )
    doc = stage(hand_doc(text, [("راشد سلامة", "PER")]))
    assert mentions(doc)["راشد سلامة"] == ["راشد سلامة", "سلامة", "سلامة"]
    assert contexts(doc, "سلامة") == ["سلامة إن الحل", "سلامة والوفد."]


def test_a_definite_surname_is_no_adjective_of_the_noun_before_it(stage: ActorStage) -> None:
    text = "قال القيادي أحمد الأحمر إن الوضع صعب. وعبرت سفن البحر الأحمر المضيق. وأكد الأحمر أن الحوار مستمر."
    doc = stage(hand_doc(text, [("أحمد الأحمر", "PER")]))
    assert contexts(doc, "الأحمر") == ["الأحمر أن الحو"]


def test_a_name_the_scan_finds_lets_its_surname_be_found_after_it(stage: ActorStage) -> None:
    """«مقتدى الصدر», a curated name the tagger missed, is found by the scan; «الصدر» after it too."""
    text = "قال زعيم التيار مقتدى الصدر إن التحالف قوي. ووصل الصدر إلى النجف أمس."
    doc = stage(hand_doc(text, []))
    assert mentions(doc)["مقتدى الصدر"] == ["مقتدى الصدر", "الصدر"]


# --------------------------------------------------------------------------- a common word in its country's news


def yemeni(text: str) -> Document:
    doc = hand_doc(text, [("الحكومة اليمنية", "ORG")])
    doc.focus = {"country_code": "YE"}
    return doc


def test_legitimacy_is_the_government_in_yemeni_news(stage: ActorStage) -> None:
    """«انضموا إلى الشرعية»: in Yemeni news the legitimate government's camp; not «الشرعية الدولية»
    (international legitimacy), nor the coalition's declared aim «لدعم الشرعية»."""
    text = (
        "دعت الحكومة اليمنية إلى الحوار. وانضم قادة عسكريون إلى الشرعية بعد انشقاقهم. "
        "وتحترم الشرعية الدولية سيادة البلاد. وجاء التدخل لدعم الشرعية في البلاد."
    )
    doc = stage(yemeni(text))
    assert contexts(doc, "الشرعية") == ["الشرعية بعد انش"]
    assert mentions(doc)["الحكومة اليمنية"] == ["الحكومة اليمنية", "الشرعية"]


def test_legitimacy_is_a_word_outside_its_countrys_news(stage: ActorStage) -> None:
    doc = hand_doc("دعت الحكومة اليمنية إلى الحوار. وانضم قادة عسكريون إلى الشرعية بعد انشقاقهم.", [])
    assert contexts(stage(doc), "الشرعية") == []


# --------------------------------------------------------------------------- a name after a title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال وزير الدفاع موشيه يعالون إن الجيش مستعد.", "موشيه يعالون"),
        ("وقال المتحدث باسم المقاومة شلال علي شايع في تصريحات صحفية إن الهجوم فشل.", "شلال علي شايع"),
        ("وصرح السفير حسام القاويش المتحدث الرسمي باسم الهيئة بأن الملاحة آمنة.", "حسام القاويش"),
    ],
)
def test_a_name_after_a_title_is_a_person(stage: ActorStage, text: str, name: str) -> None:
    doc = stage(hand_doc(text, []))
    ent = next(e for e in doc.entities if e.text == name)
    assert ent.type == "PER" and any("name after the title" in x for x in ent.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الداخلية يلتقي نظيره في الرياض.",  # a verb and its object, no name
        "وأجرى الرئيس الفلسطيني محمود عباس اتصالا هاتفيا مع الملك.",  # the title's holder, then an adverbial
        "التقى وزير الخارجية الأميركي بنظرائه الخليجيين في الدوحة.",  # a glued preposition, a plural
    ],
)
def test_words_after_a_title_that_are_no_name(stage: ActorStage, text: str) -> None:
    spans = [("محمود عباس", "PER")] if "عباس" in text else []
    doc = stage(hand_doc(text, spans))
    assert not any("name after the title" in x for e in doc.entities for x in e.evidence)


# --------------------------------------------------------------------------- bodies named in quotes


def test_a_political_body_named_in_quotes(stage: ActorStage) -> None:
    text = 'وتصدر تحالف "سائرون" نتائج الانتخابات. وحصلت قائمة «سائرون» على 54 مقعدا. وتحالف مع كتلة "الفتح".'
    doc = stage(hand_doc(text, []))
    saairun = next(e for e in doc.entities if e.text == "سائرون")
    assert [m.text for m in saairun.mentions] == ["سائرون", "سائرون"]
    assert "الفتح" in mentions(doc)


def test_a_quoted_adjective_after_a_head_names_no_body(stage: ActorStage) -> None:
    doc = stage(hand_doc('وقالت الشرطة إن المنفذين ينتمون إلى جماعة "تكفيرية" في المنطقة.', []))
    assert "تكفيرية" not in mentions(doc)
