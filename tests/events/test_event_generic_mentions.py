"""Generic and topical mentions that are no happening (the ninth round of detection precision).

Each test is one construction of Arabic news prose, in sentences written for this file (none is a sentence of
the development set); each pairs the generic use with the same word told as an event.
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mentions


def types_of(pipeline: Any, text: str, word: str) -> list[str]:
    """The PLOVER types of the mentions whose trigger contains ``word``."""
    return [ev["plover_type"] for ev, m in mentions(pipeline, text) if word in m["trigger"]["text"]]


def test_rules_of_engagement_are_no_clash(pipeline: Any) -> None:
    assert types_of(pipeline, "وقال الوزير إنه لا نية لتغيير قواعد الاشتباك على الحدود.", "الاشتباك") == []
    assert types_of(pipeline, "وأكد الجيش أن قواعد إطلاق النار لن تتغير.", "إطلاق") == []
    assert types_of(pipeline, "واندلع الاشتباك بين الجيش والمسلحين قرب الحدود فجر اليوم.", "الاشتباك") == ["ASSAULT"]


def test_attacks_feared_or_prevented_did_not_happen(pipeline: Any) -> None:
    assert types_of(pipeline, "وتم تمديد حالة الطوارئ بسبب استمرار خطر الاعتداءات المسلحة.", "الاعتداءات") == []
    assert types_of(pipeline, "وفشلت السلطات في كبح الهجمات التي ينفذها المتطرفون.", "الهجمات") == []
    assert types_of(pipeline, "وقال الجيش إن جنوده أطلقوا النار لمنع هجمات على السياج.", "هجمات") == []
    assert types_of(pipeline, "وشن المسلحون هجمات على السياج الحدودي فجر اليوم.", "هجمات") == ["ASSAULT"]


def test_a_charge_names_no_attack(pipeline: Any) -> None:
    assert types_of(pipeline, "وأوقفت الشرطة ستة أشخاص بتهمة الاعتداء على الممتلكات العامة.", "الاعتداء") == []


def test_a_class_of_attacks_is_no_attack(pipeline: Any) -> None:
    text = "وقتل ثلاثون جنديا في هجوم على قاعدة عسكرية في واحدة من أكبر الهجمات هذا العام."
    assert types_of(pipeline, text, "الهجمات") == []
    assert types_of(pipeline, text, "هجوم") == ["ASSAULT"]
    assert types_of(pipeline, "ونفذت الجماعة العديد من التفجيرات في شمال البلاد.", "التفجيرات") == []
    assert types_of(pipeline, "وأسفرت التفجيرات عن مقتل عشرة أشخاص في السوق.", "التفجيرات") == ["ASSAULT"]


def test_the_agreement_as_a_topic_is_no_agreement(pipeline: Any) -> None:
    assert types_of(pipeline, "ويزور الوزير الدوحة لطمأنة دول الخليج إزاء الاتفاق النووي.", "الاتفاق") == []
    assert types_of(pipeline, "ودأب الرئيس على انتقاد الاتفاق في خطاباته.", "الاتفاق") == []
    # its making or its year told beside it: the agreement recalled as an event
    assert types_of(pipeline, "وحذر من الانسحاب من الاتفاق النووي الذي وقعته القوى الكبرى.", "الاتفاق") == ["AGREE"]
    assert types_of(pipeline, "وتوصل الطرفان إلى اتفاق لوقف إطلاق النار في المدينة.", "اتفاق") == ["AGREE"]


def test_reinforcements_sent_or_struck_are_no_mobilisation_of_their_own(pipeline: Any) -> None:
    text = "وشرعت السلطات في نشر تعزيزات عسكرية على طول الحدود."
    assert types_of(pipeline, text, "نشر") == ["MOBILIZE"]
    assert types_of(pipeline, text, "تعزيزات") == []
    text = "وقصفت مقاتلات التحالف تعزيزات عسكرية للمتمردين شرق المدينة."
    assert types_of(pipeline, text, "تعزيزات") == []
    assert types_of(pipeline, "ووصلت تعزيزات عسكرية للجيش إلى المنطقة.", "تعزيزات") == ["MOBILIZE"]


def test_what_a_call_or_a_need_asks_for_is_not_told(pipeline: Any) -> None:
    assert types_of(pipeline, "وقال الوزير إن تسوية الأزمة بحاجة إلى حوار بين كل الأطراف.", "حوار") == []
    assert types_of(pipeline, "ودعا القائد قيادة التحالف إلى مواصلة قصفها على مواقع المتمردين.", "قصف") == []
    assert types_of(pipeline, "وشدد الوزير على ضرورة وقف الاعتداءات على المدنيين.", "الاعتداءات") == []
    # the call itself is a request
    assert "REQUEST" in types_of(pipeline, "ودعا القائد قيادة التحالف إلى مواصلة قصفها على مواقع المتمردين.", "دعا")
    assert types_of(pipeline, "وبدأ حوار بين الحكومة والمعارضة في العاصمة أمس.", "حوار") == ["CONSULT"]


def test_a_group_described_by_what_it_holds_takes_no_territory(pipeline: Any) -> None:
    text = "وقاتلت القوات التنظيم الذي سيطر على مناطق واسعة في سوريا والعراق."
    assert types_of(pipeline, text, "سيطر") == []
    assert types_of(pipeline, "وسيطر المسلحون على مدينة سرت بعد معارك عنيفة.", "سيطر") == ["ASSAULT"]


def test_a_fire_or_prices_under_control_are_no_territory(pipeline: Any) -> None:
    assert types_of(pipeline, "وسيطر رجال الإطفاء على الحريق بعد ساعات.", "سيطر") == []
    assert types_of(pipeline, "وسيطر رجال القبائل على البلدة بعد ساعات.", "سيطر") == ["ASSAULT"]


def test_a_verbal_noun_in_the_title_of_an_institution_is_no_event(pipeline: Any) -> None:
    text = "وشاركت وحدات من الجيش في مناورات مشتركة في إطار برنامج التعاون العسكري بين البلدين."
    assert types_of(pipeline, text, "التعاون") == []
    assert types_of(pipeline, "واشتعلت المنافسة بين شركات الاتصالات في السوق المحلية.", "الاتصالات") == []
    assert types_of(pipeline, "وأجرى الرئيس اتصالات مع قادة الدول المجاورة.", "اتصالات") == ["CONSULT"]


def test_receiving_condolers_is_no_consultation(pipeline: Any) -> None:
    assert types_of(pipeline, "واستقبلت أسرة الفقيد المعزين في منزلها.", "استقبلت") == []
    assert types_of(pipeline, "واستقبل الرئيس وزير الخارجية الأمريكي في قصر الرئاسة.", "استقبل") == ["CONSULT"]


def test_sanctions_brandished_are_the_threat(pipeline: Any) -> None:
    text = "وانتقد الرئيس تصريحات الوزير الأمريكي الذي لوح فيها لفرض عقوبات جديدة على المسؤولين."
    assert types_of(pipeline, text, "عقوبات") == []
    assert types_of(pipeline, "وفرضت واشنطن عقوبات جديدة على المسؤولين أمس.", "عقوبات") == ["SANCTION"]


def test_a_crowd_after_a_preposition_is_no_mobilisation(pipeline: Any) -> None:
    assert types_of(pipeline, "وقال الرئيس في كلمة أمام حشد جماهيري في المدينة إن العمليات مستمرة.", "حشد") == []
    assert types_of(pipeline, "وحشد الجيش قواته على الحدود الشمالية.", "حشد") == ["MOBILIZE"]


def test_words_markets_and_weather_fight_no_one(pipeline: Any) -> None:
    assert types_of(pipeline, "ووقع اشتباك كلامي بين النائبين خلال جلسة البرلمان.", "اشتباك") == []
    assert types_of(pipeline, "وتعرض موقع الوزارة لهجوم إلكتروني أدى إلى توقفه لساعات.", "هجوم") == []
    assert types_of(pipeline, "وتراجع الدولار أمام العملات الرئيسية.", "تراجع") == []
    assert types_of(pipeline, "واجتاحت موجة من الحر الشديد مناطق واسعة من البلاد.", "اجتاحت") == []
    assert types_of(pipeline, "ووقع اشتباك مسلح بين الجيش والمهربين قرب الحدود.", "اشتباك") == ["ASSAULT"]


def test_leaving_a_race_or_a_contest_is_no_withdrawal(pipeline: Any) -> None:
    assert types_of(pipeline, "وانسحب المرشح من السباق الانتخابي قبل أيام من الاقتراع.", "انسحب") == []
    assert types_of(pipeline, "وانسحب النادي من البطولة العربية لأسباب مالية.", "انسحب") == []
    assert types_of(pipeline, "وانسحب المسلحون من البلدة بعد معارك عنيفة.", "انسحب") == ["RETREAT"]


def test_economic_backing_and_subsidies_are_no_support(pipeline: Any) -> None:
    assert types_of(pipeline, "وأطلق البنك المركزي مبادرة لدعم المشاريع الصغيرة.", "دعم") == []
    assert types_of(pipeline, "وتعرضت الحكومة لانتقادات بسبب قرار رفع الدعم عن المحروقات.", "الدعم") == []
    assert types_of(pipeline, "وأعلن الحزب دعمه للمرشح المستقل في الانتخابات.", "دعم") == ["SUPPORT"]


def test_an_aggression_on_a_freedom_or_judged_so_hits_no_one(pipeline: Any) -> None:
    text = "واستنكرت الهيئة اعتقال المحامي واعتبرته اعتداء على حرية الدفاع."
    assert types_of(pipeline, text, "اعتداء") == []
    assert types_of(pipeline, "وندد الحزب بالاعتداء المتكرر على حرية الصحافة.", "الاعتداء") == []
    assert types_of(pipeline, "ووقع اعتداء على دورية للشرطة في وسط المدينة مساء أمس.", "اعتداء") == ["ASSAULT"]


def test_a_right_to_an_act_and_a_source_reached_are_no_events(pipeline: Any) -> None:
    assert types_of(pipeline, "ويضمن القانون للمحتجزين حق الاتصال بمحام بعد توقيفهم.", "الاتصال") == []
    assert types_of(pipeline, "ويكفل الدستور حق التظاهر السلمي لجميع المواطنين.", "التظاهر") == []
    text = "وأكد مسؤول في الجيش تم الاتصال به في باماكو أن الهجوم استهدف وحدة للحرس."
    assert types_of(pipeline, text, "الاتصال") == []
    assert types_of(pipeline, "وجرى الاتصال بين الرئيسين مساء أمس لبحث الأزمة.", "الاتصال") == ["CONSULT"]
