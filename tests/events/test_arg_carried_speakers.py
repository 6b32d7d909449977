"""The agent a relative clause of carrying out or giving names (marsad/events/arg_carried.py); a person who reports
an attack is no attacker (marsad/events/arg_speakers.py); an attack named in passing before or after the main
clause's act is not its subject's (marsad/events/arg_aftermath.py); who attends a meeting met
(marsad/events/arg_participants.py). Sentences in the style of the dev articles,
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import actor_test, side

ACTORS = [
    # «قام/يقوم به» and verbs of giving or directing with the noun's pronoun: their subject is the actor
    ("مؤكدا أن الحصار الذي تقوم به المليشيا الحوثية على بعض مناطق تعز سيتم كسره.", "الحصار", "المليشيا الحوثية"),
    ("ونوه المصدر بالدعم اللوجستي الكبير الذي تقدمه قوات التحالف العربي للمقاومة.", "الدعم", "قوات التحالف العربي"),
    (
        "وأشار إلى المساعدات الأمنية التي قدمتها كل من الولايات المتحدة وفرنسا للجيش.",
        "المساعدات",
        "الولايات المتحدة",
    ),
    ("واعترضت الخارجية على اتهامات وجهتها إليها جارتها المغرب بدعم الجبهة.", "اتهامات", "المغرب"),
    # a reporting person is no attacker; an organisation announcing its own strike keeps its side
    ("وقال المتحدث باسم الشرطة حسن نور إن الهجوم وقع قرب السوق.", "الهجوم", None),
    ("وقال باباكورا كولو العنصر في ميليشيا الدفاع الذاتي: وقع هجوم انتحاري في سوق غامبورو صباحا.", "هجوم", None),
    # a name after «إن» is the subject of the reported clause, not the speaker
    ("قالت الشرطة إن جارود راموس الذي نفذ هجوما على مكاتب الصحيفة كان يحاول قتل أكبر عدد.", "هجوما", "جارود راموس"),
    # an attack after «بعد/عقب/قبل» is not the main clause's subject's
    ("وقامت ميليشيات الحوثي باعتقال المئات من أبناء الحديدة عقب الغارات الجوية.", "الغارات", None),
    ("وأعلنت وزارة الدفاع رفع حالة التأهب القصوى بعد الهجوم الذي استهدف مصنع الغاز.", "الهجوم", None),
]


test_actors = actor_test(ACTORS)


KEPT = [
    # «ما تقوم به الميليشيات» is the noun's object: its subject is not the noun's actor
    ("وأجبروا الخطباء على دعم ما تقوم به الميليشيات من حملة تعبئة.", "دعم", "الميليشيات"),
    # a ل- or ضد-phrase after the verb is no subject: the verb's subject is a pronoun
    ("وكانت آخر زيارة قام بها رئيس الحركة لموسكو في 2010.", "زيارة", "موسكو"),
]


@pytest.mark.parametrize(("text", "trigger", "not_actor"), KEPT)
def test_not_actors(pipeline: Any, text: str, trigger: str, not_actor: str) -> None:
    assert side(pipeline, text, trigger, "actor1") != not_actor


KEEPS_SUBJECT = [
    # a battle after «بعد» was fought by the subject; so was an attack by which it took ground
    ("سيطرت وحدات الجيش على منطقة قنفودة بعد معارك ضارية مع مجلس الشورى.", "معارك", "وحدات الجيش"),
    (
        "وسيطر تحالف قوات سوريا الديمقراطية على مناطق واسعة بعد هجوم على تنظيم داعش.",
        "هجوم",
        "تحالف قوات سوريا الديمقراطية",
    ),
    # the accused carried out the attack after which they are accused
    ("واتهمت المنظمة التحالف بارتكاب جريمة حرب إثر غارة استهدفت حافلة.", "غارة", "التحالف"),
]


test_subject_kept = actor_test(KEEPS_SUBJECT)


PARTICIPANTS = [
    # the subject of «حضر/شارك في/يرأس» after the meeting noun met (marsad/events/arg_participants.py)
    (
        "وشارك في الاجتماع رئيس المخابرات المصرية عباس كامل ووزير الخارجية المصري سامح شكري.",
        "الاجتماع",
        "رئيس المخابرات المصرية عباس كامل",
    ),
    ("ويرأس وفد المملكة إلى الاجتماع معالي وزير الخارجية عادل الجبير.", "الاجتماع", "وزير الخارجية عادل الجبير"),
]


test_participants = actor_test(PARTICIPANTS)


def test_participant_no_target(pipeline: Any) -> None:
    text = "ويرأس وفد المملكة إلى الاجتماع معالي وزير الخارجية عادل الجبير."
    assert side(pipeline, text, "الاجتماع", "actor2") is None


def test_host_kept(pipeline: Any) -> None:
    # a subject before the verb of taking part: the summit's genitive is its host, not a participant
    text = "روحاني هو ثاني رئيس إيراني يشارك في قمة منظمة شنغهاي حيث تحظى إيران بوضع مراقب."
    assert side(pipeline, text, "قمة", "actor1") != "منظمة شنغهاي"
