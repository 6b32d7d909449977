"""Places, batch 14: Saudi administrative centres («مركز X بقطاع Y»), a place name's head cut off by the
tagger («بني» + «حسن …»), a Yemeni district GeoNames lists with population 0 («ردفان»), and the head of a
construct of common nouns in a local story («مزلقان السد»).

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, near, place_at, stage

DHAHRAN_JANUB = (17.6667, 43.5087)
BANI_HASAN = (20.15, 41.34)
RADFAN = (13.52, 44.8508)


def test_a_centre_in_a_border_sector_lies_by_the_sector() -> None:
    text = "استشهد 3 رجال أمن من مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير إثر قذائف عسكرية من داخل الأراضي اليمنية."
    doc = stage()(make_doc(text, [("ظهران الجنوب", "GPE"), ("عسير", "GPE")]))
    assert near(doc, "المسيال", DHAHRAN_JANUB)


def test_a_centre_of_a_governorate_after_attabi() -> None:
    text = "وأصيب شخصان في حادث مروري على طريق مركز ثلوث المنظر التابع لمحافظة العرضيات بمنطقة مكة المكرمة."
    doc = stage()(make_doc(text, [("العرضيات", "GPE"), ("مكة المكرمة", "GPE")]))
    place = place_at(doc, "ثلوث المنظر")
    assert place is not None and place.country_code == "SA"


def test_an_institution_named_centre_is_no_place() -> None:
    text = (
        "وأقيمت الدورة في قاعة مركز اليتيمات في محافظة حفر الباطن، ثم تفقد الوزير مركز الصيانة والتشغيل "
        "لقطار المشاعر في مكة المكرمة."
    )
    doc = stage()(make_doc(text, [("حفر الباطن", "GPE"), ("مكة المكرمة", "GPE")]))
    assert place_at(doc, "اليتيمات") is None
    assert place_at(doc, "الصيانة") is None


def test_a_centre_named_by_a_common_noun_is_no_place() -> None:
    text = "وهدد أنصار الحزب الحاكم المرشحين في مركز اقتراع بمنطقة كاتاني في مدينة إسطنبول التركية."
    doc = stage()(make_doc(text, [("إسطنبول", "GPE")]))
    assert place_at(doc, "اقتراع") is None


def test_a_place_head_cut_off_by_the_tagger_takes_its_second_word_back() -> None:
    text = "وحضر الحفل أمير منطقة الباحة ومحافظ بني حسن محمد بن سالم البقيصي ومدير إدارة التطوير."
    doc = stage()(make_doc(text, [("الباحة", "GPE"), ("بني", "LOC"), ("حسن محمد بن سالم البقيصي", "PER")]))
    assert near(doc, "بني حسن", BANI_HASAN)
    person = next(e for e in doc.entities if e.type == "PER")
    assert [m.text for m in person.mentions] == ["محمد بن سالم البقيصي"]


def test_a_head_before_a_person_that_completes_no_name_stays_apart() -> None:
    text = "وقال محافظ بني مالك سعيد العمري إن الأمطار هطلت على المحافظة."
    doc = stage()(make_doc(text, [("بني", "LOC"), ("مالك سعيد العمري", "PER")]))
    person = next(e for e in doc.entities if e.type == "PER")
    assert [m.text for m in person.mentions] == ["مالك سعيد العمري"]


def test_radfan_in_both_spellings() -> None:
    text = "تسير القوات نحو الضالع، ورادفان، وتعز، بعد أن سيطرت على جبال ردفان."
    doc = stage()(make_doc(text, [("الضالع", "GPE"), ("رادفان", "GPE"), ("ردفان", "GPE"), ("تعز", "GPE")]))
    assert near(doc, "رادفان", RADFAN)
    assert near(doc, "ردفان", RADFAN)


def test_the_head_of_a_construct_of_common_nouns_is_not_placed_by_the_story() -> None:
    text = (
        "وقال المتحدث إن فرقة الدفاع المدني بمحافظة ضمد أخرجت تسعة أشخاص، وانتشلت فرقة الدفاع المدني بالعيدابي "
        "سيارة سقطت في وادي ضمد بالقرب من مزلقان السد بعدما نجا قائدها من السيول."
    )
    doc = stage()(make_doc(text, [("ضمد", "GPE"), ("العيدابي", "GPE"), ("مزلقان", "LOC")]))
    place = place_at(doc, "مزلقان")
    assert place is None or place.lat is None


def test_a_name_before_a_relative_pronoun_is_still_placed_by_the_story() -> None:
    text = (
        "وقال المتحدث إن فرقة الدفاع المدني بمحافظة ضمد أخرجت تسعة أشخاص، وانتشلت فرقة الدفاع المدني بالعيدابي "
        "سيارة سقطت في مقاب التي جرت فيها السيول."
    )
    doc = stage()(make_doc(text, [("ضمد", "GPE"), ("العيدابي", "GPE"), ("مقاب", "LOC")]))
    place = place_at(doc, "مقاب")
    assert place is not None and place.lat is not None
