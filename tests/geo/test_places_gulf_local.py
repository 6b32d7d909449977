"""Places, batch 8: Saudi local news. Quarters that share a town's name abroad («بحي المروج» in Tabuk is no
El Mourouj), quarter names after «أبا», facilities named by what they are («محطة وقود»), a common word that is
a town abroad («طعنا بسكين»), and Saudi governorates the city lists miss.

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, place_at, stage

from marsad.geo import distance_km
from marsad.geo.place_words import _describes

TABUK = (28.3998, 36.5715)


def test_a_quarter_sharing_a_town_name_abroad_lies_in_the_local_town() -> None:
    text = (
        "باشرت فرق الهلال الأحمر حادثا بحي المروج بقرب الجامع، وتم نقل المصاب إلى مستشفى الملك فهد بتبوك. "
        "ووقع الحادث الثاني بحي السليمانية خلف المدارس."
    )
    doc = stage()(make_doc(text, [("المروج", "LOC"), ("تبوك", "GPE"), ("السليمانية", "GPE")]))
    for name in ("المروج", "السليمانية"):
        quarter = place_at(doc, name)
        assert quarter is not None and quarter.country_code == "SA", name
        assert quarter.lat is not None and quarter.lon is not None
        assert distance_km(quarter.lat, quarter.lon, *TABUK) < 30


def test_a_quarter_in_a_country_the_document_names_keeps_its_entry() -> None:
    # the document names Iraq (a nisba), so «السليمانية» after «حي» may well be the Iraqi town
    text = "قالت السلطات العراقية إن الانفجار وقع في حي السليمانية. وزار الوزير تبوك."
    doc = stage()(make_doc(text, [("السليمانية", "GPE"), ("تبوك", "GPE")]))
    quarter = place_at(doc, "السليمانية")
    assert quarter is not None and quarter.country_code == "IQ"


def test_a_town_not_after_a_quarter_word_keeps_its_entry() -> None:
    text = "وصل الوفد إلى السليمانية قادما من تبوك."
    doc = stage()(make_doc(text, [("السليمانية", "GPE"), ("تبوك", "GPE")]))
    town = place_at(doc, "السليمانية")
    assert town is not None and town.country_code == "IQ"


def test_a_quarter_name_after_aba_is_found_and_placed_by_its_town() -> None:
    text = "زار الوفد القصر التاريخي بحي أبا السعود في مدينة نجران."
    doc = stage()(make_doc(text, [("أبا السعود", "PER"), ("نجران", "GPE")]))
    quarter = place_at(doc, "أبا السعود")
    assert quarter is not None and quarter.country_code == "SA" and quarter.feature == "district"


def test_a_facility_named_by_what_it_is_is_no_place() -> None:
    text = "لقي مقيم مصرعه بجوار محطة وقود تقع غرب حفر الباطن."
    doc = stage()(make_doc(text, [("حفر الباطن", "GPE")]))
    assert place_at(doc, "وقود") is None and place_at(doc, "محطة وقود") is None
    assert _describes("وقود") and _describes("نفط")
    assert not _describes("زيزون") and not _describes("حميميم") and not _describes("الوطية")


def test_a_rare_facility_name_is_still_a_place() -> None:
    text = "قصفت الطائرات محطة زيزون الحرارية قرب سهل الغاب في ريف حماة."
    doc = stage()(make_doc(text, [("حماة", "GPE")]))
    station = place_at(doc, "محطة زيزون")
    assert station is not None and station.country_code == "SY"


def test_knife_is_no_norwegian_town() -> None:
    text = "لقي مقيم مصرعه طعنا بسكين صباح أمس غرب حفر الباطن."
    doc = stage()(make_doc(text, [("سكين", "GPE"), ("حفر الباطن", "GPE")]))
    assert place_at(doc, "سكين") is None


def test_saudi_governorates_the_city_lists_miss_are_known() -> None:
    text = "تلقى الدفاع المدني بمحافظة العيص بلاغا، وتمكنت فرقة الدفاع المدني بمحافظة العيدابي من إخراج سيارة."
    doc = stage()(make_doc(text, [("العيص", "GPE"), ("العيدابي", "GPE")]))
    ais, aydabi = place_at(doc, "العيص"), place_at(doc, "العيدابي")
    assert ais is not None and ais.country_code == "SA" and ais.lat is not None and abs(ais.lat - 25.07) < 0.2
    assert aydabi is not None and aydabi.country_code == "SA" and aydabi.lat is not None
    assert abs(aydabi.lat - 17.24) < 0.2


def test_a_governorate_named_by_a_common_word_needs_its_kind_word() -> None:
    # «الطوال» is also the adjective «long» (الساعات الطوال): only «محافظة/قطاع الطوال» names the place
    text = "سقطت مقذوفات على القرى الحدودية بمحافظة الطوال بعد الساعات الطوال من القصف."
    doc = stage()(make_doc(text, []))
    tuwal = place_at(doc, "محافظة الطوال")
    assert tuwal is not None and tuwal.country_code == "SA"
    assert place_at(doc, "الطوال", 2) is None
