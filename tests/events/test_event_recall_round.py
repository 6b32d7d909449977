"""Trigger detection added with the recall round (d156–d161): derived forms and missing types.

Each test is one construction of Arabic news prose, in sentences written for this file (none is a sentence of
the development set).
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mentions


def types_of(pipeline: Any, text: str, word: str) -> list[str]:
    """The PLOVER types of the mentions whose trigger contains ``word``."""
    return [ev["plover_type"] for ev, m in mentions(pipeline, text) if word in m["trigger"]["text"]]


def test_governed_preposition_with_a_pronoun(pipeline: Any) -> None:
    # «قبض على» with the object a pronoun on the preposition: «عليه», «عليهم»
    assert types_of(pipeline, "وتمكنت الدوريات من تحديد هوية الجاني والأمن يقبض عليه في الرياض.", "يقبض") == ["COERCE"]
    assert types_of(pipeline, "وقبضت الشرطة عليهم فجر اليوم في حي السلي.", "قبضت") == ["COERCE"]
    # the bare verb still needs its preposition
    assert types_of(pipeline, "وقبضت الشركة أرباحها من الصفقة.", "قبضت") == []


def test_a_number_inside_the_phrase_before_a_governed_preposition(pipeline: Any) -> None:
    text = "وسيطرت قوات الجيش الوطني خلال 48 ساعة من المعارك على عدة مواقع جبلية."
    assert types_of(pipeline, text, "سيطرت") == ["ASSAULT"]


def test_an_execution_carried_out(pipeline: Any) -> None:
    assert types_of(pipeline, "وأوضح المرصد أن عملية الإعدام جرت في ساحة عامة وسط المدينة.", "الإعدام") == ["ASSAULT"]
    # a sentence handed down is no execution yet
    assert types_of(pipeline, "وأصدرت المحكمة حكما بالإعدام على المتهم الأول في القضية.", "الإعدام") == []


def test_stab_wounds_are_an_attack(pipeline: Any) -> None:
    assert types_of(pipeline, "ووجه الجاني عدة طعنات للضحية في صدره قبل أن يلوذ بالفرار.", "طعنات") == ["ASSAULT"]
    # «طعن» is also a legal appeal
    assert types_of(pipeline, "وقدم المحامي طعنا في الحكم أمام محكمة الاستئناف.", "طعن") == []


def test_targeting_villages(pipeline: Any) -> None:
    assert types_of(pipeline, "وواصل المسلحون استهداف قرى الريف الشمالي منذ الصباح.", "استهداف") == ["ASSAULT"]


def test_dana_condemned(pipeline: Any) -> None:
    assert types_of(pipeline, "ودانت الحكومة الأردنية التفجير الذي استهدف السفارة أمس.", "دانت") == ["ACCUSE"]


def test_solidarity_with_a_party_is_support(pipeline: Any) -> None:
    assert types_of(pipeline, "وأكد الوزير تضامن بلاده مع الشعب الفلسطيني في محنته.", "تضامن") == ["SUPPORT"]
    assert types_of(pipeline, "وعقد صندوق التضامن الإسلامي اجتماعه السنوي في جدة.", "تضامن") == []


def test_seizing_arms_or_property(pipeline: Any) -> None:
    assert types_of(pipeline, "واستولى المسلحون على أسلحة وذخائر من المعسكر المهجور.", "استولى") == ["COERCE"]
    assert types_of(pipeline, "وتمكنت المقاومة من الاستيلاء على آليات عسكرية للمتمردين.", "الاستيلاء") == ["COERCE"]
    # a town taken is a takeover, not a seizure of goods
    assert "COERCE" not in types_of(pipeline, "واستولى المتمردون على مدينة عمران بعد معارك.", "استولى")


def test_final_alif_maqsura_before_a_pronoun(pipeline: Any) -> None:
    # «التقى» + ه is written «التقاه» (and looks like a word with the article); «نفى» + ه is «نفاه»
    assert types_of(pipeline, "وقال المصدر إن الرئيس التقاهم في قصر الرئاسة أمس.", "التقاهم") == ["CONSULT"]
    assert types_of(pipeline, "ونفاه المتحدث باسم الجيش في بيان مقتضب.", "نفاه") == ["REJECT"]


def test_nominative_hamza_before_a_pronoun(pipeline: Any) -> None:
    assert types_of(pipeline, "وجاء لقاؤه بالرئيس المصري بعد جولة خليجية.", "لقاؤه") == ["CONSULT"]
