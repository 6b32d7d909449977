"""Places, the round after batch 11 (Maghrebi, Levantine and Egyptian press): a governor's title in a
person's span («والي جندوبة»), two towns tagged as one organisation («براك الشاطئ وأوباري»), a forest
named by its town («غابات عين دراهم»), a quoted group name («جماعة "ولاية سيناء"»), a nisba after a noun
with «و» («وفصائل سورية»), a word homograph of two countries («حصار»), Egypt's Western Desert, a country
that shares its capital's name after a direction or a border («الحدود مع الجزائر»), and new rows.

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, near, place_at, stage

from marsad.geo.phrases import names_territory
from marsad.model import Mention


def test_a_wali_s_territory_is_the_place() -> None:
    text = "وأوضح والي جندوبة أن الحرائق أتت على مئات الهكتارات."
    doc = stage()(make_doc(text, [("والي جندوبة", "PER")]))
    place = place_at(doc, "جندوبة")
    assert place is not None and place.country_code == "TN"
    assert all(m.text == "جندوبة" for m in place.mentions)


def test_a_person_after_no_title_is_no_place() -> None:
    text = "وقال جندوبة العابد إن الحرائق أتت على مئات الهكتارات."
    doc = stage()(make_doc(text, [("جندوبة العابد", "PER")]))
    assert place_at(doc, "جندوبة") is None


def test_two_towns_tagged_as_one_organisation_are_two_places() -> None:
    text = "أغلقت الكتائب المحلية الطريق الرابط بين براك الشاطئ وأوباري جنوب ليبيا."
    doc = stage()(make_doc(text, [("براك الشاطئ وأوباري", "ORG"), ("ليبيا", "GPE")]))
    brak, ubari = place_at(doc, "براك"), place_at(doc, "أوباري")
    assert brak is not None and ubari is not None and brak is not ubari
    assert near(doc, "براك", (27.55, 14.27)) and near(doc, "أوباري", (26.59, 12.78))


def test_an_organisation_of_a_word_and_a_town_stays_an_organisation() -> None:
    text = "أعلنت شركة الواحة وأوباري للنفط عن خطة جديدة في ليبيا."
    doc = stage()(make_doc(text, [("الواحة وأوباري", "ORG"), ("ليبيا", "GPE")]))
    assert place_at(doc, "أوباري") is None


def test_a_forest_named_by_its_town_lies_at_the_town() -> None:
    text = "اندلعت الحرائق في غابات عين دراهم بولاية جندوبة التونسية."
    doc = stage()(make_doc(text, [("جندوبة", "GPE")]))
    assert near(doc, "عين دراهم", (36.78, 8.69), km=10.0)


def test_a_quoted_group_name_is_no_place() -> None:
    text = 'وقتل المئات في هجمات شنتها جماعة "ولاية سيناء" المرتبطة بتنظيم الدولة في شمال سيناء بمصر.'
    doc = stage()(make_doc(text, [("سيناء", "GPE"), ("مصر", "GPE")]))
    assert place_at(doc, "سيناء", 1) is None
    assert place_at(doc, "سيناء", 2) is not None


def test_a_quoted_place_title_without_a_group_head_stays_a_place() -> None:
    text = 'وبث التنظيم تسجيلا بعنوان "رسائل سرت" عن المعارك في ليبيا.'
    doc = stage()(make_doc(text, [("سرت", "GPE"), ("ليبيا", "GPE")]))
    assert place_at(doc, "سرت") is not None


def test_a_nisba_after_a_noun_with_and_is_no_country() -> None:
    text = "وتطوق القوات التركية وفصائل سورية موالية لها مدينة عفرين."
    doc = stage()(make_doc(text, [("سورية", "GPE"), ("عفرين", "GPE")]))
    assert place_at(doc, "سورية") is None
    # a preposition glued to the noun still makes the name the country
    text = "وصلت الأسلحة لفصائل في سورية عبر الحدود."
    doc = stage()(make_doc(text, [("سورية", "GPE")]))
    syria = place_at(doc, "سورية")
    assert syria is not None and syria.country_code == "SY"


def test_siege_and_fleeing_are_no_towns_of_india_iran_or_china() -> None:
    text = "فرضت القوات حصار على المدينة التي تؤوي متطرفين هاربين من مصر."
    doc = stage()(make_doc(text, [("حصار", "GPE"), ("هاربين", "GPE"), ("مصر", "GPE")]))
    assert place_at(doc, "حصار") is None and place_at(doc, "هاربين") is None


def test_the_western_desert_of_egyptian_news_is_in_egypt() -> None:
    text = "قال الجيش المصري إن العملية في سيناء ستشمل مناطق من الدلتا والصحراء الغربية."
    doc = stage()(make_doc(text, [("سيناء", "GPE"), ("الدلتا", "GPE"), ("الصحراء الغربية", "GPE")]))
    desert = place_at(doc, "الصحراء الغربية")
    assert desert is not None and desert.country_code == "EG"


def test_western_sahara_stays_western_sahara_in_moroccan_news() -> None:
    text = "أكد المغرب أن مقترح الحكم الذاتي في الصحراء الغربية هو الحل الوحيد."
    doc = stage()(make_doc(text, [("المغرب", "GPE"), ("الصحراء الغربية", "GPE")]))
    sahara = place_at(doc, "الصحراء الغربية")
    assert sahara is not None and sahara.country_code == "EH"


def test_a_border_or_a_direction_names_the_country_not_its_capital() -> None:
    text = "وقعت الهجمات في القصرين قرب الحدود مع الجزائر، فيما تقع مخيمات اللاجئين جنوب غربي الجزائر."
    doc = stage()(make_doc(text, [("القصرين", "GPE"), ("الجزائر", "GPE")]))
    algeria = place_at(doc, "الجزائر")
    assert algeria is not None and algeria.feature == "country" and algeria.country_code == "DZ"


def test_territory_cues_are_read_from_the_words_before() -> None:
    text = "على الشريط الحدودي مع الجزائر وفي شمال الكويت ثم وصل إلى الجزائر"
    first = text.find("الجزائر")
    kuwait = text.find("الكويت")
    last = text.rfind("الجزائر")
    assert names_territory(text, Mention(first, first + 7, "الجزائر", "GPE"))
    assert names_territory(text, Mention(kuwait, kuwait + 6, "الكويت", "GPE"))
    assert not names_territory(text, Mention(last, last + 7, "الجزائر", "GPE"))


def test_new_rows_of_lebanon_and_tunisia() -> None:
    text = "تظاهر المئات في النبطية والضنية، وامتدت التحركات إلى منزل بوزيان في تونس."
    doc = stage()(make_doc(text, [("النبطية", "GPE"), ("الضنية", "GPE"), ("منزل بوزيان", "GPE"), ("تونس", "GPE")]))
    assert near(doc, "النبطية", (33.38, 35.48), km=5.0)
    assert near(doc, "الضنية", (34.39, 36.03), km=5.0)
    assert near(doc, "منزل بوزيان", (34.57, 9.43), km=5.0)


def test_south_of_the_sahara_is_no_western_sahara() -> None:
    text = "قال المغرب إنه يدعم التنمية في دول جنوب الصحراء، فيما عاد الهدوء إلى الصحراء."
    doc = stage()(make_doc(text, [("المغرب", "GPE"), ("الصحراء", "GPE")]))
    assert place_at(doc, "الصحراء", 1) is None
    sahara = place_at(doc, "الصحراء", 2)
    assert sahara is not None and sahara.country_code == "EH"


def test_criminal_violence_is_no_indian_town() -> None:
    text = "حذرت الشرطة في تونس من أي عنف جنائي خلال الانتخابات."
    doc = stage()(make_doc(text, [("تونس", "GPE"), ("جنائي", "LOC")]))
    assert place_at(doc, "جنائي") is None


def test_world_capitals_beat_their_small_namesakes_in_the_document_s_country() -> None:
    text = "وقال مسؤولون في واشنطن إن لندن وباريس تدعمان الضربات."
    doc = stage()(make_doc(text, [("واشنطن", "GPE"), ("لندن", "GPE"), ("باريس", "GPE")]))
    london, paris = place_at(doc, "لندن"), place_at(doc, "باريس")
    assert london is not None and london.country_code == "GB"
    assert paris is not None and paris.country_code == "FR"


def test_words_far_commoner_than_their_place_are_never_the_place() -> None:
    text = "حذرت طهران من تدمير البنى التحتية، وقالت إن التصعيد يتم بمباركة بلد جار قبل وصوله إلى سدة الرئاسة."
    doc = stage()(make_doc(text, [("طهران", "GPE"), ("البنى", "LOC"), ("مباركة", "LOC"), ("سدة", "LOC")]))
    assert place_at(doc, "البنى") is None and place_at(doc, "مباركة") is None and place_at(doc, "سدة") is None
    assert place_at(doc, "طهران") is not None
