"""Subjects and objects by verb agreement, prepositions, the fronted phrase and a described subject; adjectives
and group members after a noun (marsad/events/arg_agreement.py, marsad/events/arguments.py); datelines and quoted
names (marsad/events/coder.py, marsad/events/arg_quoted.py); the speaker of a possessive after a colon
(marsad/events/arg_possessor.py); blame laid «على» a side (marsad/events/arg_blame.py); «بين X و Y» after a verb
of occurring (marsad/events/arg_between.py). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import side

from marsad.events.arg_agreement import plural_verb
from marsad.model import Token


def _token(core: str) -> Token:
    return Token(text=core, start=0, end=len(core), norm=core, core=core)


@pytest.mark.parametrize("word", ["حثوا", "هاجموا", "بايعوا", "يطالبون", "يهاجمون"])
def test_plural_verbs(word: str) -> None:
    assert plural_verb(_token(word))


@pytest.mark.parametrize("word", ["حث", "هاجم", "يطالب", "تتعاون", "يتعاون", "يكون", "متهما"])
def test_singular_verbs_and_words_ending_in_root_letters(word: str) -> None:
    assert not plural_verb(_token(word))


ACTORS = [
    # a plural verb agrees with a subject before it: the name after it is the object, never the subject
    ("لكن دولا كثيرة حثوا الحكومة على ضبط النفس.", "حثوا", "دولا"),
    # a subject takes no preposition: the name after «عن» or a glued ب before the verb is no subject
    ("وبحسب البيان الصادر عن وزارة الخارجية فقد اتفق الجانبان على تعزيز التعاون الأمني.", "اتفق", "الجانبان"),
    ("وفي ختام لقاء الرئيس بالوفد التقى وزير الخارجية بنظيره الفرنسي.", "التقى", "وزير الخارجية"),
    # «فقد» opens the main clause after a fronted phrase, whose names are not its subject
    ("وبناء على توجيه الملك وأخيه الرئيس فقد اتفق الجانبان على وضع آليات للتعاون.", "اتفق", "الجانبان"),
    # a dateline «الوكالة- المدينة:» names no actor
    ("واس- عمّان: دان مجلس النواب بشدة، الجريمة التي أدت إلى حرق رضيع فلسطيني.", "حرق", None),
    # a head noun and its quoted name are one side
    ("واتهمت حركة «حماس» إسرائيل بخرق الهدنة.", "اتهمت", "حركة «حماس»"),
    # the possessive on a noun after «قال X: إن» refers to the speaker
    ("قال وزير الخارجية الأردني أيمن الصفدي: إن زيارته إلى بغداد تهدف لتعزيز العلاقات.", "زيارته", "الصفدي"),
    # blame laid «على» a side names the attack's actor
    ("وارتفع عدد القتلى في الهجمات التي يلقى باللوم فيها على جماعة بوكو حرام.", "الهجمات", "بوكو حرام"),
    ("وقالت مصادر إن معارك عنيفة تدور في عدد من القرى بمديرية المدينة بين الجيش ومسلحي القبائل.", "معارك", "الجيش"),
    # the subject's name after a description of definite words («الناشط المدني والفنان المسرحي»)
    ("وطالب الناشط المدني والفنان المسرحي سعيد الخطيب، البلدية بفتح الطرق.", "طالب", "سعيد الخطيب"),
    # «هيئة» is no nisba adjective once its hamza is folded: the genitive of a meeting noun holds it
    ("وانطلقت اجتماعات الهيئة في العاصمة صباح الجمعة.", "اجتماعات", "الهيئة"),
    # after «تعرضوا لـ…», a ب-phrase is the means: its genitive fired
    ("وأصيب المتظاهرون الذين تعرضوا لإصابات خطيرة برصاص قوات الأمن.", "رصاص", "قوات الأمن"),
]


@pytest.mark.parametrize(("text", "trigger", "actor"), ACTORS)
def test_actor(pipeline: Any, text: str, trigger: str, actor: str | None) -> None:
    got = side(pipeline, text, trigger, "actor1")
    if actor is None:
        assert got is None
    else:
        assert got is not None and actor in got


TARGETS = [
    ("لكن دولا كثيرة حثوا الحكومة على ضبط النفس.", "حثوا", "الحكومة"),
    # «بين X و Y» past a verb of taking place and its place phrase (marsad/events/arg_between.py)
    ("وقالت مصادر إن معارك عنيفة تدور في عدد من القرى بمديرية المدينة بين الجيش ومسلحي القبائل.", "معارك", "مسلحي"),
    ("واتهمت حركة «حماس» إسرائيل بخرق الهدنة.", "اتهمت", "إسرائيل"),
    ("وهاجم تنظيم «داعش» مواقع الجيش في الصحراء.", "هاجم", "الجيش"),
]


@pytest.mark.parametrize(("text", "trigger", "target"), TARGETS)
def test_target(pipeline: Any, text: str, trigger: str, target: str) -> None:
    got = side(pipeline, text, trigger, "actor2")
    assert got is not None and target in got


def test_one_plural_side_after_بين_names_no_pair(pipeline: Any) -> None:
    text = "وقال المصدر إن مواجهات عنيفة اندلعت مساء الخميس بين الطرفين في المنطقة عقب محاولة المسلحين التقدم."
    assert side(pipeline, text, "مواجهات", "actor2") is None


def test_an_accusative_nisba_after_an_indefinite_noun_is_no_target(pipeline: Any) -> None:
    # «هجوما انتحاريا»: a noun with tanween takes no genitive, the word in «ـيا» is its adjective
    assert side(pipeline, "ونفذ مسلح هجوما انتحاريا على الموقع.", "هجوما", "actor2") is None


def test_members_named_after_بينهم_are_part_of_the_group(pipeline: Any) -> None:
    text = "وأيد حلفاء غربيون بينهم حلف شمال الأطلسي والولايات المتحدة الإجراءات الحكومية."
    assert side(pipeline, text, "أيد", "actor1") == "حلفاء"
    assert side(pipeline, text, "أيد", "actor2") is None
