"""Arguments, places and modality read on the d288–d295 batch (marsad/events/arguments.py, arg_agreement.py,
arg_beneficiary.py, arg_candidates.py, arg_politics.py, location.py, modality.py, modal_scope.py, modal_plans.py). The sentences are
written for these tests after the batch's constructions."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import mention, side

from marsad.events.arg_agreement import feminine_verb_object
from marsad.events.mention import Candidate, token_keys
from marsad.events.modal_scope import new_subject, pluperfect
from marsad.text.tokens import tokenize

SIDES = [
    # a feminine verb does not agree with the masculine soldier after it: he is its object
    ("أربع رصاصات، الأولى قتلت الجندي عبدالعزيز عسيري بتاريخ 22-2-1436هـ.", "قتلت", "actor1", None),
    ("أربع رصاصات، الأولى قتلت الجندي عبدالعزيز عسيري بتاريخ 22-2-1436هـ.", "قتلت", "actor2", "عبدالعزيز عسيري"),
    # the subject of «تمكن من» acts; the genitive of its masdar is the object even with a ل-phrase after it
    ("وقال المصدر ان المقاومة تمكنت من قتل قائد ميداني للمليشيا الحوثية.", "قتل", "actor1", "المقاومة"),
    ("وقال المصدر ان المقاومة تمكنت من قتل قائد ميداني للمليشيا الحوثية.", "قتل", "actor2", "قائد"),
    # a verb's object takes no في: the front is where the captives were taken
    ("وقال المصدر ان المقاومة أسرت 11 حوثيا في جبهة جبل صبر المطل على مدينة تعز.", "أسرت", "actor2", "11 حوثيا"),
    # a people coordinated with a people is the other side of an agreement
    ("وهو ما رأيناه في سوريا، عندما اتفق الأتراك والإيرانيون بشأن القضية الكردية.", "اتفق", "actor2", "الإيرانيون"),
    # a company after «مع» is the other side of a contract
    ("وكشفت قطر عن توقيعها لاتفاقية مع شركة تركية، لإنشاء قاعدة عسكرية بحرية.", "توقيعها", "actor2", "شركة تركية"),
    # a relation noun past the trigger owns the «مع» after it
    (
        "وكرر الوزراء في بيان ختامي لاجتماعات في بروكسل، الالتزام بمواصلة تعزيز التعاون مع تونس من خلال المساعدة.",
        "اجتماعات",
        "actor2",
        None,
    ),
    ("وعقد الوزير اجتماعا أمس في الرباط مع نظيره الفرنسي.", "اجتماعا", "actor2", "نظيره الفرنسي"),
    # the beneficiary of aid after «لصالح/لفائدة» is its target
    (
        "اعتمد الاتحاد الأوروبي الجمعة حزمة مساعدات سنوية لصالح تونس، بمبلغ 116.8 مليون يورو.",
        "مساعدات",
        "actor2",
        "تونس",
    ),
    ("وقدمت السعودية مساعدات إنسانية لفائدة اللاجئين السوريين في الأردن.", "مساعدات", "actor2", "اللاجئين السوريين"),
    # the place visited is no side, after the visitor's genitive or after «إلى»
    ("ومنها زيارة رئيس الوزراء التونسي الحبيب الصيد مؤخرا إلى بروكسل.", "زيارة", "actor2", None),
    ("وزيارة رئيس مجلس الاتحاد الأوروبي دونالد تاسك إلى تونس.", "زيارة", "actor2", None),
]


@pytest.mark.parametrize(("text", "trigger", "which", "expected"), SIDES)
def test_sides(pipeline: Any, text: str, trigger: str, which: str, expected: str | None) -> None:
    assert side(pipeline, text, trigger, which) == expected


PLACES = [
    # «في مشهد» is a scene, not Mashhad; the place of the operation is named after it
    (
        "في مشهد يعكس رغبة موسكو ومعها النظام السوري في إنهاء العملية العسكرية في الغوطة الشرقية.",
        "العملية العسكرية",
        "الغوطة الشرقية",
    ),
    # after a town word the name is the city
    ("وقتل ثلاثة أشخاص في انفجار في مدينة مشهد الإيرانية.", "انفجار", "مشهد"),
    # a visit is located at the place after «إلى» past a long genitive
    ("وزيارة رئيس مجلس الاتحاد الأوروبي دونالد تاسك إلى تونس.", "زيارة", "تونس"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_places(pipeline: Any, text: str, trigger: str, place: str) -> None:
    loc = mention(pipeline, text, trigger)["location"]
    assert loc is not None and loc["text"] == place


MODALITIES = [
    # «وكان … قد» + a past verb is a pluperfect, though the key of «وكان» loses its وك
    ("وكان المسؤولان التونسيان قد التقيا المنسق الأوروبي لشؤون محاربة الإرهاب.", "التقيا", "asserted"),
    # «قد» before an imperfect is still a hedge
    ("وقال مسؤول إن الوزير قد يلتقي نظيره الفرنسي.", "يلتقي", "possible"),
    # a negation does not reach a definite noun with و that opens a clause of its own
    (
        "وذكر المرصد أن صورة الاتفاق النهائي لم تتبلور بعد والمفاوضات مستمرة بين ممثلين عن جيش الإسلام وضباط روس.",
        "المفاوضات",
        "reported",
    ),
    # what a verb of paving leads to, its subject between
    (
        "يصر النظام على رفض بقاء جيش الإسلام، حيث تمهد قوات النظام لبسط سيطرتها بشكل كامل على الغوطة الشرقية.",
        "سيطرتها",
        "planned",
    ),
    # a decision to speed up cooperation plans it, though «تعاونه» reads as a verb
    ("وقرر الاتحاد الأوروبي تسريع وتيرة تعاونه مع تونس.", "تعاونه", "planned"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), MODALITIES)
def test_modalities(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    assert mention(pipeline, text, trigger)["modality"] == modality


def test_pluperfect_reads_the_token_of_kana() -> None:
    toks = tokenize("وكان المسؤولان التونسيان قد التقيا")
    keys = token_keys(toks)
    assert not pluperfect(keys, 3)
    assert pluperfect(keys, 3, toks)


def test_new_subject_needs_a_definite_noun_with_waw() -> None:
    toks = tokenize("لم تتبلور بعد والمفاوضات مستمرة")
    assert new_subject(toks, token_keys(toks), 0, 3)
    toks = tokenize("لم يتم بعد والتحقيق معه")
    assert not new_subject(toks, token_keys(toks), 0, 3)  # a light verb keeps its negation


def test_feminine_verb_object_needs_a_masculine_person() -> None:
    toks = tokenize("الأولى قتلت الجندي عبدالعزيز عسيري")
    name = Candidate(3, 4, toks[3].start, toks[4].end, "عبدالعزيز عسيري", None, None, False)
    assert feminine_verb_object(toks, 1, name)
    toks = tokenize("قتلت القوات المسلحين")
    forces = Candidate(1, 1, toks[1].start, toks[1].end, "القوات", None, None, False)
    assert not feminine_verb_object(toks, 0, forces)
