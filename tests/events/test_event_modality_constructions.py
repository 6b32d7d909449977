"""Modality of event mentions in general constructions of Arabic news (marsad/events/modality.py and
modal_scope.py): the scope of negations, denials and conditions, plans, hedges and attributions.
The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import mention

CASES = [
    # a negation inside a condition is as hypothetical as the condition
    ("وقال المبعوث إن العقوبات ستفرض إذا لم تتوصل الأطراف لاتفاق.", "اتفاق", "hypothetical"),
    ("لو لم تكن هناك قواعد للمسلحين فإن الطائرات لن تقصف القرى الحدودية.", "تقصف", "hypothetical"),
    # «ما إذا» asks whether: no condition
    ("لم توضح الشرطة ما إذا كان اعتقال الصحفي مرتبطا بمقالاته.", "اعتقال", "asserted"),
    # «لا تزال» means still
    ("ولا تزال الاشتباكات مستمرة في محيط المطار.", "الاشتباكات", "asserted"),
    # the subject of a denial does not end its scope; a denied role does not deny the event
    ("ونفت مصادر عسكرية قيام الطيران بقصف مواقع في المدينة.", "قصف", "denied"),
    ("ونفت الحركة أي علاقة لها بالتفجير الذي استهدف السوق الشعبي.", "التفجير", "asserted"),
    # «كان … قد» + a past verb is a pluperfect, not a hedge
    ("وكانت القرية قد تعرضت لقصف مدفعي عنيف الأسبوع الماضي.", "قصف", "asserted"),
    ("قد تشن الطائرات غارات جديدة على المنطقة.", "غارات", "possible"),
    # a feared event is possible
    ("وتسود مخاوف من هجوم وشيك على المدينة.", "هجوم", "possible"),
    # plan words: the article of «المنتظر», the ب of an order, the terms of an agreement
    ("أعلن العقيد منتظر الربيعي عن اعتقال خمسة مسلحين في البصرة.", "اعتقال", "reported"),
    ("واعتبر الوزير أن ما جرى أمر خطير وأن الهجوم على المدنيين جريمة.", "الهجوم", "asserted"),
    ("وأمر الرئيس باعتقال المتورطين في أعمال الشغب.", "اعتقال", "planned"),
    ("وتوصل الطرفان إلى اتفاق يقضي بانسحاب المسلحين من المدينة.", "انسحاب", "planned"),
    ("وفرض مجلس الأمن عقوبات تقضي بتجميد أرصدة قادة الميليشيات.", "تجميد", "asserted"),
    ("وتترقب الأوساط السياسية جولة المباحثات المقبلة بين الطرفين.", "المباحثات", "planned"),
    ("وجارٍ إلقاء القبض على بقية أفراد الخلية.", "القبض", "planned"),
    ("وأفرجت المحكمة عن الصحفيين بكفالة بانتظار الحكم النهائي.", "الحكم", "planned"),
    # an event told before keeps its modality under a future verb
    ("وقال رئيس الأركان: سيكون لهذه الغارات أثر عميق على قدرة التنظيم على تنفيذ عمليات.", "الغارات", "reported"),
    # attributions without a speech verb of the cue list
    ("واعتقلت الشرطة شابا متهما بقتل جاره في الحي.", "قتل", "reported"),
    ("وتحدث الحزب عن مقتل خمسة من عناصره في الغارات التركية.", "الغارات", "reported"),
    ("وأقر التنظيم بمقتل قائده في غارة جوية.", "غارة", "reported"),
    ("واستنكر الرئيس ما وصفه بـ«الهجوم الغادر» على المدنيين.", "الهجوم", "reported"),
    ("وتابع أن الشرطة اعتقلت ثلاثة مشتبهين في الحي.", "اعتقلت", "reported"),
    # «بأي» is «أي»
    ("ورحب الأردن بأي اتفاق للتهدئة في الجنوب.", "اتفاق", "hypothetical"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES)
def test_modality_of_general_constructions(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    assert mention(pipeline, text, trigger)["modality"] == modality


def test_quotation_opened_in_an_earlier_sentence_is_reported(pipeline: Any) -> None:
    text = "وقال القائد: «قواتنا تتقدم في كل المحاور.\nوقد قصفت طائراتنا مواقع المسلحين في الجبل»."
    assert mention(pipeline, text, "قصفت")["modality"] == "reported"


def test_scare_quotes_do_not_report(pipeline: Any) -> None:
    text = 'وأحبطت القوات البحرية "هجوما إرهابيا" على ناقلة نفط في البحر الأحمر.'
    assert mention(pipeline, text, "هجوما")["modality"] == "asserted"


def test_masdar_after_a_comma_and_a_preposition_is_no_speakers_participle(pipeline: Any) -> None:
    text = "وأوضح بيان للوزارة أنه تم القبض على المتهم، وبإحالته إلى المحكمة العامة صدر بحقه حكم بالسجن."
    assert mention(pipeline, text, "إحالته")["modality"] == "reported"


NEVER_ASSERTED = [
    ("لو هاجمت القوات المدينة لردت الحكومة بقوة.", "هاجمت", "hypothetical"),
    ("ولن تقصف الطائرات المناطق السكنية في المدينة.", "تقصف", "denied"),
    ("وأكدت الوزارة عدم اعتقال أي صحفي خلال الاحتجاجات.", "اعتقال", "denied"),
    ("وحذر المبعوث من أن أي هجوم على المدينة سيؤدي إلى كارثة.", "هجوم", "hypothetical"),
    ("ونفت مصادر أمنية اعتقال الناشط في العاصمة.", "اعتقال", "denied"),
    ("وفي حال لم تنسحب الميليشيات من الميناء فإن القوات ستشن هجوما.", "تنسحب", "hypothetical"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), NEVER_ASSERTED)
def test_negated_or_hypothetical_event_is_never_asserted(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    m = mention(pipeline, text, trigger)
    assert m["modality"] not in ("asserted", "reported")
    assert m["modality"] == modality
