"""Actors of event mentions, fourth round (marsad/events/arg_dropped.py, arg_complement.py, the accusative object and
the statement's «لـ» object of agents.genitive_agent, the masdar «اتهام» and «بالوقوف وراء» of arg_accused, «التمرد»
in data/argument_nouns.tsv): the dropped subject of a coordinated verb, the speaker of «إنه» + verb + object noun, the
genitive agent of a verbal noun with an object, the accused of an accusation noun. Sentences in the style of the
development articles, written for these tests."""

from __future__ import annotations

from typing import Any

from event_checks import actor_test, side

SIDES = [
    # a coordinated verb with no subject of its own shares the subject of the clause it is joined to
    (
        "حملت حكومة الوفاق الوطني اللواء خليفة حفتر مسؤولية التصعيد العسكري في الجنوب، وطالبته بسحب قواته من محيط القاعدة.",
        "طالبته",
        "حكومة الوفاق الوطني",
    ),
    (
        "إلا أن فلاديمير بوتين أكد بعد فوزه أنه سيعمل على خفض الإنفاق العسكري ونفى خوض سباق نحو التسلح.",
        "نفى",
        "فلاديمير بوتين",
    ),
    # a bare «أن» between opens a clause with a subject of its own, unnamed: nothing is carried across it
    ("وذكر المالكي أن الصاروخ كان باتجاه مدينة جازان وأطلق بطريقة متعمدة.", "أطلق", None),
    # the speaker whose «إنه» governs the verb whose object is the event noun
    ("قال الجيش التركي الثلاثاء إنه يفرض طوقا على مدينة عفرين الواقعة شمال سوريا.", "طوقا", "الجيش التركي"),
    ("أعلنت جماعة الحوثي الثلاثاء أنها ستوقف الهجمات في البحر الأحمر.", "الهجمات", "جماعة الحوثي"),
    # not across a preposition, nor after an expletive «أنه» with a feminine verb
    ("قالت قوة الردع إنه متورط في تفجير سيارة مفخخة استهدف بوابة أمنية.", "تفجير", None),
    # the genitive of a verbal noun acts when an accusative object follows it
    ("وقتل خمسة حوثيين؛ إثر استهداف المقاومة رتلا عسكريا مكونا من 3 أطقم.", "استهداف", "المقاومة"),
    # and when a «لـ» object follows the genitive of a statement, whatever subject the sentence had
    (
        "استقبل الأمين العام لوزارة الشؤون الخارجية السفير الذي أعرب له عن رفض السلطات الجزائرية للتصريحات.",
        "رفض",
        "السلطات الجزائرية",
    ),
    # the accused of an accusation noun, and of «بالوقوف وراء» + the event
    (
        "بعد اتهام لندن موسكو بالوقوف وراء تسميم الجاسوس السابق سيرغي سكريبال في سالزبري.",
        "تسميم",
        "موسكو",
    ),
    ("واتهم حزب الله إسرائيل بالوقوف وراء اغتيال القيادي في دمشق.", "اغتيال", "إسرائيل"),
    # «التمرد» names the insurgency as a side
    ("وقتل عنصران من الشرطة التركية، في هجوم جديد نسبته السلطات إلى التمرد الكردي.", "هجوم", "التمرد الكردي"),
]


test_actors = actor_test(SIDES)


def test_purpose_lam_is_no_object(pipeline: Any) -> None:
    """«دعم القوات الأمنية لدحر تنظيم داعش»: the «لـ» of backing is a purpose, its genitive is the backed side."""
    text = "لعبت قوات الحشد الشعبي دورا رئيسيا في دعم القوات الأمنية لدحر تنظيم داعش."
    assert side(pipeline, text, "دعم", "actor1") != "القوات الأمنية"
