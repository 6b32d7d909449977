"""Constructions of real news articles the relations stage reads (third round, recall on articles): an
apposition between a subject and the rest of its cue, bare «نواب», a masdar with a possessive pronoun
the recogniser ran into a name, a second ل-item, «لصالح» as ل + صالح, and the agreement of a participle."""

from __future__ import annotations

from typing import Any

from relation_checks import analyse, found

from marsad.model import Document


def run(pipeline: Any, text: str) -> Document:
    return analyse(pipeline, text, schema=False)


def test_an_apposition_between_the_subject_and_the_rest_of_the_cue(pipeline: Any) -> None:
    doc = run(
        pipeline, "بحث رئيس مجلس النواب نبيه بري، أبرز حلفاء حزب الله، مع السفيرة الأمريكية دوروثي شيا ملف الحدود."
    )
    rel = found(doc, "negotiates_with", "نبيه بري", "دوروثي شيا")
    assert rel is not None
    assert "حزب الله" not in rel["source"]["text"]
    # the title inside the subject and the cue inside the apposition still speak
    assert found(doc, "leads", "نبيه بري", "مجلس النواب") is not None
    assert found(doc, "ally", "نبيه بري", "حزب الله") is not None


def test_the_apposition_s_own_modality_word_stays_in_it(pipeline: Any) -> None:
    doc = run(pipeline, "وتتمركز ميليشيات الكانيات، الموالية سابقا لحكومة الوفاق، في مدينة ترهونة.")
    rel = found(doc, "located_in", "ميليشيات الكانيات", "ترهونة")
    assert rel is not None
    assert rel["modality"] == "asserted"


def test_a_new_clause_after_a_comma_is_no_apposition(pipeline: Any) -> None:
    doc = run(pipeline, "بحث الوزير الملف، وأكد أن الحكومة ستتعاون مع الأمم المتحدة في ذلك.")
    assert not [r for r in doc.relations if r["type"] == "negotiates_with"]


def test_bare_deputies_are_members_of_the_party_they_govern(pipeline: Any) -> None:
    doc = run(pipeline, "وانتقد نواب أحزاب المعارضة هذه الخطوة.")
    assert found(doc, "member_of", "نواب", "أحزاب المعارضة") is not None


def test_the_house_of_deputies_is_no_title(pipeline: Any) -> None:
    doc = run(pipeline, "وقال رئيس مجلس النواب عقيلة صالح إن الجلسة تأجلت.")
    assert not [r for r in doc.relations if r["source"]["text"] in ("النواب", "نواب")]
    assert found(doc, "leads", "عقيلة صالح", "مجلس النواب") is not None


def test_a_masdar_with_a_pronoun_is_no_part_of_the_name_before_it(pipeline: Any) -> None:
    doc = run(pipeline, "أعلنت حركة الشعب مساندتها لمسار 25 جويلية وللرئيس قيس سعيد.")
    rel = found(doc, "support", "حركة الشعب", "قيس سعيد")
    assert rel is not None
    assert "مساندتها" not in rel["source"]["text"]


def test_a_denied_participation_in_a_government(pipeline: Any) -> None:
    doc = run(pipeline, "قررت حركة مجتمع السلم عدم المشاركة في الحكومة الجديدة.")
    rel = found(doc, "member_of", "حركة مجتمع السلم", "الحكومة")
    assert rel is not None
    assert rel["modality"] == "denied"


def test_lisalih_after_a_cue_that_governs_lam_is_the_name(pipeline: Any) -> None:
    doc = run(pipeline, "وكشف المصدر أن خبراء يدربون الحرس الجمهوري الموالي لصالح على زرع الألغام.")
    assert found(doc, "loyal_to", "الحرس الجمهوري", "صالح") is not None


def test_a_masculine_singular_participle_describes_one_noun_not_the_list(pipeline: Any) -> None:
    doc = run(pipeline, "يدرب الخبراء الميليشيات الحوثية والحرس الجمهوري الموالي لصالح.")
    assert found(doc, "loyal_to", "الحرس الجمهوري", "صالح") is not None
    assert found(doc, "loyal_to", "الميليشيات الحوثية", "صالح") is None


def test_after_between_the_item_joined_by_wa_is_the_other_side(pipeline: Any) -> None:
    doc = run(pipeline, "اندلعت اشتباكات بين ضباط موالين لصالح وجماعة الحوثي في صنعاء.")
    assert found(doc, "loyal_to", "ضباط", "جماعة الحوثي") is None


def test_a_rank_with_where_it_serves_before_the_name(pipeline: Any) -> None:
    doc = run(pipeline, "أكد المتحدث باسم التحالف المستشار بمكتب وزير الدفاع العميد ركن أحمد عسيري أن عدن آمنة.")
    assert found(doc, "member_of", "أحمد عسيري", "التحالف") is not None


def test_a_title_s_organisation_taken_into_the_person_s_candidate(pipeline: Any) -> None:
    doc = run(pipeline, "وانتقد زعيم التيار الصدري مقتدى الصدر الفصائل المسلحة.")
    rel = found(doc, "leads", "مقتدى الصدر", "التيار الصدري")
    assert rel is not None
    assert rel["source"]["text"] == "مقتدى الصدر"
    assert rel["target"]["text"] == "التيار الصدري"


def test_a_verb_with_wa_shares_the_subject_of_the_verb_first_clause(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "انشق قائد عسكري ومسؤولون محليون في محافظة البيضاء، وسط اليمن، عن ميليشيات الحوثي، وانضموا إلى الشرعية.",
    )
    assert found(doc, "member_of", "مسؤولون", "ميليشيات الحوثي") is not None
    assert found(doc, "member_of", "مسؤولون", "الشرعية") is not None


def test_a_verb_with_wa_and_its_own_subject_does_not_share(pipeline: Any) -> None:
    doc = run(pipeline, "انشق آمر كتيبة الفاروق عن قوات الوفاق، وانضمت الكتيبة إلى الجيش الوطني.")
    assert found(doc, "member_of", "آمر", "الجيش الوطني") is None


def test_a_name_the_recogniser_left_unmarked_after_a_title(pipeline: Any) -> None:
    doc = run(pipeline, "شدد الناطق باسم الحكومة اليمنية عادل بادي على أن مدينة عدن أصبحت آمنة.")
    assert found(doc, "member_of", "عادل بادي", "الحكومة اليمنية") is not None
    doc = run(pipeline, "وقال رئيس حركة النهضة #سامي_الطريقي إن الحركة ستشارك في الحكومة.")
    assert found(doc, "leads", "سامي_الطريقي", "حركة النهضة") is not None


def test_no_name_is_made_of_a_time_word_after_a_title(pipeline: Any) -> None:
    doc = run(pipeline, "وقال الناطق باسم الحكومة اليمنية يوم الأحد إن عدن آمنة.")
    assert not [r for r in doc.relations if "يوم" in r["source"]["text"]]
