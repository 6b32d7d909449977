"""The subject of a verb inside a reported «أن/إن» clause, the speaker kept out of it, and the one set of relative
pronouns (marsad/events/arg_reported.py, marsad/events/constructions.py). The sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

from event_checks import side

from marsad.events.constructions import RELATIVE_PRONOUNS
from marsad.events.mention import token_keys
from marsad.text.tokens import tokenize


def test_a_described_man_after_an_is_the_attacker_not_the_agency_told(pipeline: Any) -> None:
    text = "أكد مسؤول في الشرطة لوكالة رويترز أن رجلا يحمل مسدسا هاجم مصلين داخل كنيسة في المدينة."
    assert side(pipeline, text, "هاجم", "actor1") == "رجلا"


def test_a_partitive_subject_keeps_its_noun(pipeline: Any) -> None:
    text = "وقال سكان إن عددا من الرجال يرتدون ملابس مدنية هاجموا حاجزا للشرطة."
    assert side(pipeline, text, "هاجموا", "actor1") == "عددا من الرجال"


def test_the_definite_subject_with_adjectives_acts_and_the_name_after_the_verb_is_its_object(pipeline: Any) -> None:
    text = "وقالت الوزارة في بيان، إن القوات الخاصة الروسية واجهت مجموعة مسلحة في الجبال."
    # the nearest full mention (bench/dev/README-events.md): the forces with their adjectives (arg_adjectives)
    assert side(pipeline, text, "واجهت", "actor1") == "القوات الخاصة الروسية"
    assert side(pipeline, text, "واجهت", "actor2") == "مجموعة"


def test_the_speaker_before_the_particle_is_no_subject_of_its_verb(pipeline: Any) -> None:
    text = "وقال المتحدث باسم الجيش الإسرائيلي إن دبابة أطلقت قذيفة على المسلحين."
    assert side(pipeline, text, "أطلقت", "actor1") is None


def test_a_coordinated_verb_after_the_comma_is_the_speaker_s_own(pipeline: Any) -> None:
    text = "قال وزير الخارجية الفرنسي إن روسيا دعمت الحكومة، وأدان الهجوم على السفارة."
    assert (side(pipeline, text, "أدان", "actor1") or "").startswith("وزير الخارجية")


def test_an_with_kana_right_before_the_verb_keeps_the_denier_as_subject(pipeline: Any) -> None:
    text = "ونفى الجيش أن يكون قصف منطقة سكنية في المدينة."
    assert side(pipeline, text, "قصف", "actor1") == "الجيش"


def test_the_particle_s_noun_is_the_subject_of_a_light_verb(pipeline: Any) -> None:
    text = "وقالت مصادر محلية إن تركيا وفصائل موالية لها تشن منذ العشرين من الشهر الماضي هجوما واسعا على المنطقة."
    assert side(pipeline, text, "هجوما", "actor1") == "تركيا"


def test_bi_an_makes_the_speaker_no_actor_of_the_noun(pipeline: Any) -> None:
    text = "وصرح قائد اللواء الأول بأن المعركة ما زالت مستمرة حول المدينة."
    assert side(pipeline, text, "المعركة", "actor1") is None


def test_a_bare_person_head_after_the_verb_joins_its_object(pipeline: Any) -> None:
    text = "وأكد الشهود أن مسلحا طعن رجل الأمن بسكين قبل أن يفر."
    assert side(pipeline, text, "طعن", "actor1") == "مسلحا"
    assert side(pipeline, text, "طعن", "actor2") == "رجل الأمن"


def test_every_relative_pronoun_is_in_the_one_set() -> None:
    words = "الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي"
    for word, key in zip(words.split(), token_keys(tokenize(words)), strict=True):
        assert key in RELATIVE_PRONOUNS, word


def test_the_dead_of_an_unvocalised_passive_are_no_actor(pipeline: Any) -> None:
    text = "وقال مسؤول محلي إن ضابطا قتل عندما انفجرت عبوة ناسفة قرب منزله."
    assert side(pipeline, text, "قتل", "actor1") is None
