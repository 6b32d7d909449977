"""The sides of talks, agreements, demands and statements of praise or condemnation
(marsad/events/arg_politics.py). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import side

from marsad.events.arg_politics import new_clause_between
from marsad.text.tokens import tokenize

TARGETS = [
    # the other side after «مع», named by a side noun and its nationality adjective
    ("وأعلنت الحكومة انتهاء المحادثات مع الجانب التركي دون نتيجة.", "المحادثات", "الجانب التركي"),
    # a broken plural of a nationality as the other side
    ("وقالت الفصائل إن المفاوضات مع الروس انتهت مساء أمس.", "المفاوضات", "الروس"),
    # «مع» farther than a plain object, a date between and a count before the side
    ("ووقعت الحكومة على الاتفاق في عام 2019 مع ثلاث دول مجاورة.", "وقعت", "دول"),
    # the relative clause of an agreement noun: its subject acts, the «مع» side is the target
    ("وانتقد الوزير الاتفاق الذي وقعته الحكومة السودانية مع المتمردين.", "الاتفاق", "المتمردين"),
    # the second conjunct of the subject of «توصل»
    ("جاء ذلك بعد توصل إثيوبيا وإريتريا الشهر الماضي إلى اتفاق سلام.", "اتفاق", "إريتريا"),
    # who is held responsible: the subject after «أن», or the name after «هو»
    ("وأكد الوزير أن حركة طالبان تتحمل مسؤولية الهجوم.", "تتحمل", "حركة طالبان"),
    ("واعتبر الرئيس أن الطرف الذي يتحمل المسؤولية هو حركة حماس.", "يتحمل", "حركة حماس"),
    # the object of the act a threat names with ب, past a long subject and a date
    ("وتعهد رئيس الحكومة الليبية فائز السراج، أمس الأحد، بالانتقام من تنظيم داعش.", "تعهد", "تنظيم داعش"),
    # the agent of the act praised or condemned, in its relative clause
    ("وأشاد الوزير بالجهود التي تبذلها الأمم المتحدة في ليبيا.", "أشاد", "الأمم المتحدة"),
    ("وندد السكان بالحملات التي يقوم بها تنظيم داعش في المنطقة.", "ندد", "تنظيم داعش"),
]


@pytest.mark.parametrize(("text", "trigger", "target"), TARGETS)
def test_other_side_of_talks_and_praised_agents(pipeline: Any, text: str, trigger: str, target: str) -> None:
    got = side(pipeline, text, trigger, "actor2")
    assert got is not None and target in got


ACTORS = [
    # the name after an honorific that opens the genitive of a visit
    ("وصدر البيان بمناسبة زيارة صاحب السمو الملكي الأمير سلطان بن سلمان إلى الرباط.", "زيارة", "سلطان بن سلمان"),
    # the sponsor of talks that have no actor of their own, and the genitive of a mediation noun
    ("وتنطلق جلسة المباحثات المقبلة في نيروبي برعاية الأمم المتحدة الأسبوع المقبل.", "المباحثات", "الأمم المتحدة"),
    # the participants a meeting gathers
    ("وقال المصدر إن الاجتماع كان يضم عددا من قادة الفصائل.", "الاجتماع", "عددا من"),
    # «بين A، الذي …، و B»: the first side across the relative clause that describes it
    ("وتوسطت مصر في محادثات بين حركة فتح، التي تقود السلطة الفلسطينية، وحركة حماس.", "محادثات", "حركة فتح"),
]


@pytest.mark.parametrize(("text", "trigger", "actor"), ACTORS)
def test_actor_of_meetings_and_talks(pipeline: Any, text: str, trigger: str, actor: str) -> None:
    got = side(pipeline, text, trigger, "actor1")
    assert got is not None and actor in got


def test_between_across_a_relative_clause_gives_the_second_side(pipeline: Any) -> None:
    text = "وتوسطت مصر في محادثات بين حركة فتح، التي تقود السلطة الفلسطينية، وحركة حماس."
    assert side(pipeline, text, "محادثات", "actor2") == "حركة حماس"


def test_speaker_not_the_blamed_is_the_actor(pipeline: Any) -> None:
    text = "وأكد الوزير أن حركة طالبان تتحمل مسؤولية الهجوم."
    assert side(pipeline, text, "تتحمل", "actor1") == "الوزير"


PLURAL = [
    # a plural verb agrees with the subject before it, across quotation marks and a coordinated verb
    ("وقالت اللجنة إن المسلحين «انضموا وبايعوا» تنظيم داعش.", "بايعوا", "المسلحين", "تنظيم داعش"),
    # a count before the plural verb of an indefinite relative clause
    ("وأعلنت الشرطة أنها اعتقلت خمسة بايعوا تنظيم داعش.", "بايعوا", "خمسة", "تنظيم داعش"),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), PLURAL)
def test_plural_verb_has_its_subject_before(pipeline: Any, text: str, trigger: str, actor: str, target: str) -> None:
    assert side(pipeline, text, trigger, "actor1") == actor
    got = side(pipeline, text, trigger, "actor2")
    assert got is not None and target in got


def test_place_visited_does_not_meet(pipeline: Any) -> None:
    text = "وكانت آخر زيارة قام بها لموسكو في 2010."
    assert side(pipeline, text, "زيارة", "actor1") is None


def test_agreement_relative_clause_gives_its_subject_as_actor(pipeline: Any) -> None:
    text = "وانتقد الوزير الاتفاق الذي وقعته الحكومة السودانية مع المتمردين."
    assert side(pipeline, text, "الاتفاق", "actor1") == "الحكومة السودانية"


NO_TARGET = [
    # the genitive of the topic of the talks is what the talks are about, not a party
    ("وترعى الأمم المتحدة محادثات توحيد الجيش الليبي منذ العام الماضي.", "محادثات"),
    # what a demand asks for is no addressee
    ("وطالب الوزير بسرعة إدراج الجماعة على قائمة الإرهاب.", "طالب"),
    ("وانتهت الجلسة بسبب إصرارهم على تسليم السلاح الثقيل.", "إصرارهم"),
    # the «مع» of a new coordinated clause belongs to that clause's noun
    ("وقدمت اللجنة تقريرها خلال جلسات الاجتماع واستعرضت نتائجها مع الفصائل المسلحة.", "الاجتماع"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_TARGET)
def test_no_target_in_topics_contents_and_next_clauses(pipeline: Any, text: str, trigger: str) -> None:
    assert side(pipeline, text, trigger, "actor2") is None


def test_new_clause_between_needs_a_coordinated_verb() -> None:
    toks = tokenize("الاجتماع واستعرضت نتائجها مع الفصائل")
    assert new_clause_between(toks, [], 0, 3)
    toks = tokenize("إطلاق نار على جنود وعلى مدينة")
    assert not new_clause_between(toks, [], 0, 5)
