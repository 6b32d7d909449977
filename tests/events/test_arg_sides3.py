"""Sides of battle reports (marsad/events/arg_coordinated.py, arg_holders.py, arg_backed.backed_subject, arg_repel.py,
arg_sufferers.py, and the ل left on a noun after «تعرض»): two heads of one genitive, the holder of ground taken, the
subject before a backing aside, the two sides of a repelled attack, the side that bore a battle. Sentences in the
style of the development articles, written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import side

SIDES = [
    # two coordinated heads share the genitive: one actor, the object after the whole phrase
    ("وقصفت طائرات ومدفعية الجيش مواقع المسلحين في المدينة.", "قصفت", "طائرات ومدفعية الجيش", "المسلحين"),
    (
        "دمرت مدفعيات وطيران التحالف 6 مركبات عسكرية تابعة للحوثيين في محافظة صعدة.",
        "دمرت",
        "مدفعيات وطيران التحالف",
        None,
    ),
    # coordinated objects of the hit positions keep their genitive as the target
    ("وقصفت الطائرات مواقع وتجمعات الحوثيين.", "قصفت", "الطائرات", "الحوثيين"),
    # the holder of the ground taken: a verb of holding with a resumptive pronoun, «من أيدي», a purpose masdar
    (
        "انتزع الجيش اليمني، بإسناد من طيران التحالف العربي، الثلاثاء، مواقع تسيطر عليها ميليشيات الحوثي في مديرية القبيطة.",
        "انتزع",
        "الجيش اليمني",
        "ميليشيات الحوثي",
    ),
    (
        "فيما سيطرت المقاومة الشعبية على أغلب المواقع العسكرية التي كانت تتمركز فيها المليشيا الحوثية في جبل صبر.",
        "سيطرت",
        "المقاومة الشعبية",
        "المليشيا الحوثية",
    ),
    ("وكانت القوات الموالية لهادي استعادت عدن من أيدي الحوثيين وحلفائهم.", "استعادت", "القوات الموالية", "الحوثيين"),
    (
        "شنت ألوية العمالقة، الخميس، هجوما واسعا على مركز مديرية التحيتا في محافظة الحديدة لطرد ميليشيات الحوثي الإيرانية.",
        "هجوما",
        "ألوية",
        "ميليشيات الحوثي",
    ),
    (
        "وتشن قوات الحكومة السورية هجوماً منذ الأسبوع الماضي، لاستعادة أراض تسيطر عليها المعارضة.",
        "هجوماً",
        "قوات الحكومة السورية",
        "المعارضة",
    ),
    # the side ground is taken from after «من»; a backer after «من» is none
    (
        "حيث سيطرت قوات المجلس الانتقالي على معظم مناطق المدينة الساحلية من الحكومة المدعومة من السعودية.",
        "سيطرت",
        "قوات المجلس الانتقالي",
        "الحكومة",
    ),
    (
        "حررت قوات الجيش الوطني بإسناد جوي من مقاتلات التحالف، مواقع استراتيجية غربي محافظة صعدة.",
        "حررت",
        "قوات الجيش الوطني",
        None,
    ),
    # a clause that describes a side, not the place, names no holder
    (
        "وتشن تركيا عمليتها العسكرية ضد وحدات حماية الشعب الكردية التي تسيطر على عفرين.",
        "عمليتها العسكرية",
        "تركيا",
        "وحدات حماية الشعب الكردية",
    ),
    # the subject stands before a backing aside; the helper inside it does not act
    ("وقالت مصادر إن قوات الجيش، بدعم من طيران التحالف، سيطرت على مدينة الحزم.", "سيطرت", "قوات الجيش", None),
    (
        "وأفاد المرصد بأن الحكومة السورية، بمساعدة قوات حليفة لها، استعادت في بضعة أيام السيطرة على الغوطة.",
        "استعادت",
        "الحكومة السورية",
        None,
    ),
    # a repelled attack: the attackers are the repelling verb's target, the repelling side the attack noun's
    (
        "تصدت قوات المقاومة اليمنية المشتركة، بدعم التحالف العربي، الأربعاء، لهجومين شنهما الحوثيون على مديرية التحيتا.",
        "تصدت",
        "قوات المقاومة اليمنية المشتركة",
        "الحوثيون",
    ),
    (
        "تصدت قوات المقاومة اليمنية المشتركة، بدعم التحالف العربي، الأربعاء، لهجومين شنهما الحوثيون على مديرية التحيتا.",
        "هجومين",
        "الحوثيون",
        "قوات المقاومة اليمنية المشتركة",
    ),
    ("وتصدت قوات الأمن لمسلحين هاجموا نقطة تفتيش.", "تصدت", "قوات الأمن", "مسلحين"),
    # the side that bore the battle is its target, not its actor
    (
        "وفي مديرية التحيتا، سقط قتلى وجرحى في صفوف المتمردين الحوثيين في مواجهات عنيفة في منطقة الفازة.",
        "مواجهات",
        None,
        "المتمردين الحوثيين",
    ),
    ("وذكر المصدر أن قتلى من الحوثيين سقطوا في معارك عنيفة اندلعت في شارع الستين.", "معارك", None, "الحوثيين"),
    (
        "تكبدت ميليشيات الحوثي الانقلابية خسائر بشرية ومادية كبيرة خلال الـ24 ساعة الماضية، من المعارك الميدانية.",
        "المعارك",
        None,
        "ميليشيات الحوثي",
    ),
    # «تعرض» with the ل of what was suffered left on the trigger's word
    ("تعرضت دورية مساندة من قوة المجاهدين بقطاع الطوال لمقذوف عسكري من داخل الأراضي اليمنية.", "مقذوف", None, "دورية"),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), SIDES)
def test_sides(pipeline: Any, text: str, trigger: str, actor: str | None, target: str | None) -> None:
    assert (side(pipeline, text, trigger, "actor1"), side(pipeline, text, trigger, "actor2")) == (actor, target)
