"""Where an event happened (:mod:`marsad.events.location`, :mod:`marsad.events.loc_witness`,
:mod:`marsad.events.loc_nouns`): the place that «witnessed» it, a place named by a common noun, a place in the
relative clause about an attack noun, a place after «على معظم أجزاء», and a place that belongs to a time clause.

Sentences written for this file in the style of Arabic news (none is a sentence of the development set).
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mention, text_of


def place(pipeline: Any, text: str, trigger: str) -> str | None:
    """The text of the location of the mention of ``trigger``, None when it has none."""
    _, m = mention(pipeline, text, trigger)
    return text_of(m["location"])


def test_the_subject_of_shahida_is_where_the_event_happened(pipeline: Any) -> None:
    # «بغداد» only tells where the official spoke
    text = "وقال مسؤول محلي في بغداد إن مدينة الفلوجة شهدت اشتباكات عنيفة أمس."
    assert place(pipeline, text, "اشتباكات") == "الفلوجة"
    text = "وكانت مدينة الفلوجة قد شهدت في وقت متأخر من مساء الخميس، اشتباكات عنيفة بين مسلحين والشرطة."
    assert place(pipeline, text, "اشتباكات") == "الفلوجة"


def test_the_place_after_shahidatha_in_a_relative_clause(pipeline: Any) -> None:
    text = "وأطلقت أنقرة عملية عسكرية في شمال العراق بعد سلسلة من الهجمات الدامية التي شهدتها مدينة ديار بكر."
    assert place(pipeline, text, "الهجمات") == "ديار بكر"


def test_the_subject_of_taarrada_is_the_place_an_attack_hit(pipeline: Any) -> None:
    text = "وتعرضت قرى سهرة والحيمة القريبة من المدينة لقصف مدفعي من الميليشيات المتمركزة شمال مدينة تعز."
    assert place(pipeline, text, "قصف") == "قرى سهرة"


def test_a_noun_after_a_preposition_of_place_is_the_location_when_no_name_is(pipeline: Any) -> None:
    text = "وقالت المصادر إن اشتباكات عنيفة اندلعت في العاصمة بين ميليشيات متناحرة."
    assert place(pipeline, text, "اشتباكات") == "العاصمة"
    text = "واندلعت معارك عنيفة في شارع الستين بعد منتصف الليل."
    assert place(pipeline, text, "معارك") == "شارع الستين"


def test_a_name_in_apposition_to_the_noun_is_the_location(pipeline: Any) -> None:
    text = "وقتل عشرة أشخاص في اشتباكات بين الميليشيات في العاصمة، طرابلس."
    assert place(pipeline, text, "اشتباكات") == "طرابلس"


def test_the_region_at_large_is_no_place(pipeline: Any) -> None:
    text = "وقال المرصد إن مقاتلي المعارضة شنوا هجوما في المنطقة الليلة الماضية."
    assert place(pipeline, text, "هجوما") is None


def test_a_place_after_a_time_clause_belongs_to_the_fact_it_names(pipeline: Any) -> None:
    text = "واعتقلت الشرطة ثلاثة مستوطنين منذ مقتل الطفل في قرية دوما."
    assert place(pipeline, text, "اعتقلت") is None
    # «من قبل» (by) and «بعد ساعات» (a span of time) open no such clause
    text = "وقتل شاب برصاص أطلق من قبل قوات الاحتلال شرق مدينة الخليل."
    assert place(pipeline, text, "قتل") == "الخليل"


def test_the_relative_clause_about_an_attack_noun_tells_where_it_hit(pipeline: Any) -> None:
    text = (
        "وأسفرت الضربات الصاروخية التي استهدفت مخازن أسلحة وقواعد عسكرية تابعة لقوات النظام والميليشيات"
        " الإيرانية في مدينة حماة عن مقتل عشرين عنصرا."
    )
    assert place(pipeline, text, "الضربات") == "حماة"


def test_a_takeover_of_most_of_a_district_past_a_comma(pipeline: Any) -> None:
    text = "وسيطر التنظيم، على معظم أجزاء قضاء سنجار في أغسطس."
    assert place(pipeline, text, "سيطر") == "سنجار"


def test_a_name_after_a_place_word_may_end_like_a_pronoun(pipeline: Any) -> None:
    # «بونك» ends in ك, which the tokenizer reads as a pronoun; after «منطقة» it is a name
    text = "وأدان الأزهر هدم مسجد السنة الوحيد في منطقة بونك بطهران الأسبوع الماضي."
    assert place(pipeline, text, "هدم") == "بونك"


def test_a_place_word_followed_by_a_verb_names_no_place(pipeline: Any) -> None:
    text = "وقع الانفجار في شمال قطاع غزة وتحديدا في منطقة كانت خالية من الجنود."
    assert place(pipeline, text, "الانفجار") == "قطاع غزة"
    text = "وهاجم رجل يحمل سكينا مصلين داخل مسجد في ولاية كسلا."
    assert place(pipeline, text, "هاجم") == "كسلا"


def test_a_dual_place_word_passes_its_preposition_on(pipeline: Any) -> None:
    # «في مديريتي حيس والخوخة», «في ريفي حماة وحلب»: the places after the dual are named after في
    text = "وقتل عشرون مسلحا من الحوثيين جراء الغارات، في مديريتي حيس والخوخة."
    assert place(pipeline, text, "الغارات") == "حيس"
    assert place(pipeline, "وقصفت الطائرات مستودعات، في ريفي حماة وحلب.", "قصفت") == "حماة"
