"""Coverage of the trigger lexicon on unseen news: passives and imperfects whose letters differ from the
listed stem, plurals and verbal nouns of listed words, and Maghrebi/Levantine/Egyptian words for the same
events (the gaps listed by bench/trigger_forms.py on the unlabeled corpus).

Each test is one general form or construction of Arabic news prose, written for this file; none is a
sentence of the development set.
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mentions


def typed(pipeline: Any, text: str) -> list[tuple[str, str]]:
    return [(m["trigger"]["text"], ev["plover_type"]) for ev, m in mentions(pipeline, text)]


def found(pipeline: Any, text: str, word: str, ptype: str) -> None:
    hits = [t for w, t in typed(pipeline, text) if word in w]
    assert hits, f"{word!r} not found in {text!r}: {typed(pipeline, text)}"
    assert hits[0] == ptype, f"{word!r} in {text!r} is {hits[0]}, not {ptype}"


def test_passives_whose_letters_differ_from_the_active(pipeline: Any) -> None:
    found(pipeline, "واغتيل رئيس فرع الحزب في المدينة مساء الأحد.", "اغتيل", "ASSAULT")
    found(pipeline, "وهوجم الموكب على الطريق الساحلي أمس.", "هوجم", "ASSAULT")
    found(pipeline, "ودوهمت منازل عدة في الحي فجر اليوم.", "دوهمت", "ASSAULT")
    found(pipeline, "وصودرت أسلحة وذخائر من المخزن.", "صودرت", "COERCE")
    found(pipeline, "وقال ناشطون إنه اقتيد إلى مقر احتجاز في العاصمة.", "اقتيد", "COERCE")
    found(pipeline, "وأخلي سبيله بكفالة مالية يوم الخميس.", "أخلي", "RETREAT")
    found(pipeline, "واستدعي السفير الإيطالي إلى وزارة الخارجية.", "استدعي", "ACCUSE")


def test_imperfects_of_hollow_and_defective_verbs(pipeline: Any) -> None:
    found(pipeline, "وتستعيد القوات الحكومية البلدة من المسلحين.", "تستعيد", "ASSAULT")
    found(pipeline, "وتستولي الجماعة المسلحة على المعدات الثقيلة في المعسكر.", "تستولي", "COERCE")
    found(pipeline, "وأغارت المقاتلات على مواقع للمسلحين شرقي المدينة.", "أغارت", "ASSAULT")


def test_taken_away_beside_the_arrest_is_no_second_arrest(pipeline: Any) -> None:
    # «اقتيد» alone: beside «اعتقل» it is the same arrest told again
    text = "واعتقلت الشرطة الناشط واقتيد إلى جهة مجهولة."
    assert [w for w, t in typed(pipeline, text) if t == "COERCE" and "اقتيد" in w] == []


def test_dispersal_cordon_and_custody(pipeline: Any) -> None:
    found(pipeline, "وقامت الشرطة بتفريق المتظاهرين أمام البرلمان بالقوة.", "تفريق", "COERCE")
    found(pipeline, "وفرضت قوات الأمن طوقا أمنيا حول الحي.", "طوقا", "COERCE")
    found(pipeline, "ووضع المشتبه به تحت تدابير الحراسة النظرية.", "الحراسة النظرية", "COERCE")
    found(pipeline, "وأذنت النيابة العمومية بالاحتفاظ بالمشتبه بهم الثلاثة.", "احتفاظ", "COERCE")
    found(pipeline, "وقررت المحكمة فرض الإقامة الجبرية على رئيس الحزب.", "الإقامة الجبرية", "COERCE")
    found(pipeline, "وأعلنت الحكومة حال الطوارئ في البلاد لمدة شهر.", "حال الطوارئ", "COERCE")


def test_telling_apart_is_no_dispersal(pipeline: Any) -> None:
    assert not [w for w, _ in typed(pipeline, "ولا يستطيع كثيرون التفريق بين الأمرين.") if "تفريق" in w]


def test_protest_and_attack_words_of_news_usage(pipeline: Any) -> None:
    found(pipeline, "وتجمهر مئات السكان أمام مقر الولاية احتجاجا على انقطاع المياه.", "تجمهر", "PROTEST")
    found(pipeline, "ورشق شبان الجنود بالحجارة عند مدخل البلدة.", "رشق", "PROTEST")
    found(pipeline, "ونفذ فلسطيني عملية دهس عند مفترق الطرق.", "عملية دهس", "ASSAULT")
    found(pipeline, "واندلع الاقتتال بين الفصيلين في ريف المدينة.", "الاقتتال", "ASSAULT")
    found(pipeline, "ووثقت المنظمة حالات الإخفاء القسري في السجون.", "الإخفاء القسري", "ASSAULT")
    found(pipeline, "وصدرت استنكارات واسعة للهجوم من الأحزاب.", "استنكارات", "ACCUSE")


def test_fighting_in_general_is_no_event(pipeline: Any) -> None:
    # «الاقتتال» without a verb of breaking out: the war in general («وضع حد للاقتتال»)
    assert not [w for w, _ in typed(pipeline, "ويهدف الاتفاق إلى وضع حد للاقتتال في الجنوب.") if "اقتتال" in w]


def test_surrender_to_a_force_and_an_appeal_after_the_verb(pipeline: Any) -> None:
    found(pipeline, "واستسلم عشرات المسلحين لقوات الجيش في الساحل الغربي.", "استسلم", "CONCEDE")
    assert not [w for w, _ in typed(pipeline, "واستسلم كثيرون للظروف الصعبة.") if "استسلم" in w]
    found(pipeline, "وندد الحزب بالهجوم على المسجد، مناشدا المجتمع الدولي التدخل.", "مناشدا", "REQUEST")
