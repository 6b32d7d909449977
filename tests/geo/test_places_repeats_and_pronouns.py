"""Places: a name the scan found with a cue is taken again without one, a town abroad that only one
place bears, pronouns the tagger took for places, adjectives of nearness, a hashtag after a kind word,
and Yemen's district seats.

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, place_at, stage

from marsad.geo.document import _pointing_word
from marsad.geo.gazetteer import load_places, name_key
from marsad.geo.place_words import _names_several


def test_a_name_the_scan_found_with_a_cue_is_taken_again_without_one() -> None:
    # «أمين الأحساء» (the mayor of al-Ahsa) has no locative word before the name; «بالأحساء» has
    text = "وأوضح أمين الأحساء أن اللجنة بدأت عملها. وتجري الانتخابات البلدية بالأحساء في موعدها."
    doc = stage()(make_doc(text, []))
    first, second = place_at(doc, "الأحساء", 1), place_at(doc, "الأحساء", 2)
    assert second is not None and second.country_code == "SA"
    assert first is not None and first.latin == second.latin


def test_a_name_without_a_cue_found_nowhere_else_is_not_taken() -> None:
    text = "وأوضح أمين الأحساء أن اللجنة بدأت عملها."
    doc = stage()(make_doc(text, []))
    assert place_at(doc, "الأحساء") is None


def test_a_sizeable_town_abroad_that_only_one_place_bears_is_kept() -> None:
    # Larnaca (Cyprus, 72,000 people) in an article about Egypt: no namesake in Egypt, so it is Larnaca
    text = "هبطت الطائرة في مطار القاهرة بعد رحلة من لارناكا، وقالت وزارة الطيران في مصر إن الركاب بخير."
    doc = stage()(make_doc(text, [("لارناكا", "LOC"), ("مصر", "GPE")]))
    larnaca = place_at(doc, "لارناكا")
    assert larnaca is not None and larnaca.country_code == "CY" and larnaca.precision == "exact"


def test_relative_and_demonstrative_pronouns_are_no_places() -> None:
    assert _pointing_word("اللتين") and _pointing_word("واللذين") and _pointing_word("تلك")
    assert not _pointing_word("اللاذقية") and not _pointing_word("الذيد")
    text = "تقدمت القوات في مديريتي حيس والجراحي بمحافظة الحديدة واللتين تقعان غرب محافظة إب."
    doc = stage()(make_doc(text, [("حيس", "LOC"), ("الجراحي", "LOC"), ("اللتين", "LOC")]))
    assert place_at(doc, "اللتين") is None
    assert place_at(doc, "حيس") is not None


def test_an_adjective_of_nearness_puts_a_suburb_near_its_city() -> None:
    text = "قتل شخص في انفجار هز ضاحية قشتوبرز القريبة من مدينة أربيل مساء الخميس."
    doc = stage()(make_doc(text, [("أربيل", "GPE")]))
    suburb = place_at(doc, "قشتوبرز")
    assert suburb is not None and suburb.precision == "near" and suburb.country_code == "IQ"
    assert suburb.feature == "district"


def test_a_name_after_a_kind_word_may_be_a_hashtag() -> None:
    text = "نشرت الميليشيا مسلحيها في أعلى قمة جبلية في محافظة #إب وسط #اليمن."
    doc = stage()(make_doc(text, [("اليمن", "GPE")]))
    ibb = place_at(doc, "إب")
    assert ibb is not None and ibb.country_code == "YE" and ibb.lat is not None
    assert not any(m.text.startswith("#") for p in doc.places for m in p.mentions)


def test_yemens_district_seats_are_in_the_gazetteer() -> None:
    g = load_places()
    for name in ("جبلة", "العدين", "حيفان", "المحابشة", "مكيراس", "الحبيلين"):
        assert any(e.country == "YE" for e in g.lookup(name_key(name))), name
    # names that are common words only with their type word: «التربة» (soil), «نصاب» (quorum)
    for word in ("التربة", "نصاب"):
        assert not any(e.country == "YE" and not e.weak for e in g.lookup(name_key(word))), word
    assert any(e.country == "YE" for e in g.lookup(name_key("مديرية التربة")))


def test_a_yemeni_district_named_like_a_syrian_town_lies_in_yemen() -> None:
    text = "استحدثت الميليشيا موقعا عسكريا في مديرية جبلة جنوب مدينة إب وسط اليمن."
    doc = stage()(make_doc(text, [("جبلة", "GPE"), ("إب", "GPE"), ("اليمن", "GPE")]))
    jiblah = place_at(doc, "جبلة")
    assert jiblah is not None and jiblah.country_code == "YE"


def test_a_place_name_written_as_a_hashtag_is_matched_like_its_words() -> None:
    text = "قصفت الطائرات مواقع في #دير_الزور شرق #سوريا، وسقط صاروخ على #قطاع_غزة."
    doc = stage()(make_doc(text, []))
    deir = place_at(doc, "دير_الزور")
    gaza = place_at(doc, "قطاع_غزة")
    assert deir is not None and deir.country_code == "SY" and deir.lat is not None
    assert gaza is not None and gaza.country_code == "PS"
    assert name_key("#دير_الزور") == name_key("دير الزور")


def test_a_kind_word_before_a_hashtag_name_gives_the_listed_place() -> None:
    text = "تقدمت القوات نحو محافظة #الحديدة غرب #اليمن."
    doc = stage()(make_doc(text, []))
    hodeidah = place_at(doc, "الحديدة")
    assert hodeidah is not None and hodeidah.country_code == "YE" and hodeidah.lat is not None


def test_after_a_singular_kind_word_wa_opens_a_clause_not_a_list() -> None:
    assert _names_several("قريتي") and _names_several("بلدات") and _names_several("مناطق")
    assert not _names_several("قريه") and not _names_several("مطار") and not _names_several("حي")
    text = "لم يستطع الطيار الوصول إلى مدرج مطار الغردقة وهبط بمنطقة رملية قرب المطار."
    doc = stage()(make_doc(text, [("الغردقة", "LOC")]))
    assert place_at(doc, "هبط") is None
    text = "قصفت المدفعية قريتي الزيادية وفتحوتة في سهل الغاب."
    doc = stage()(make_doc(text, []))
    assert place_at(doc, "فتحوتة") is not None  # a dual kind word announces a list


def test_a_quarter_with_no_town_in_its_sentence_lies_in_the_one_town_of_the_document() -> None:
    text = "شهدت مدينة صيدا اشتباكات عنيفة في مخيم عين الحلوة أمس. وامتد التوتر الأمني إلى أحياء الكشيبات."
    doc = stage()(make_doc(text, [("صيدا", "GPE")]))
    quarter = place_at(doc, "الكشيبات")
    assert quarter is not None and quarter.precision == "near" and quarter.country_code == "LB"


def test_a_quarter_in_a_document_about_several_towns_gets_no_town() -> None:
    text = "شهدت مدينتا صيدا وبعلبك اشتباكات أمس. وامتد التوتر الأمني إلى أحياء الكشيبات."
    doc = stage()(make_doc(text, [("صيدا", "GPE"), ("بعلبك", "GPE")]))
    quarter = place_at(doc, "الكشيبات")
    assert quarter is None or quarter.precision != "near"


def test_the_hajj_sites_are_places_near_mecca_and_mina_needs_its_head_noun() -> None:
    g = load_places()
    for name in ("عرفات", "مزدلفة", "مشعر منى", "المشاعر المقدسة"):
        entries = [e for e in g.lookup(name_key(name)) if e.country == "SA"]
        assert entries and all(21.2 < e.lat < 21.6 and 39.7 < e.lon < 40.1 for e in entries), name
    # the bare «منى» folds to «مني» (from me) and is a woman's name: no place
    assert not g.lookup(name_key("منى"))


def test_only_a_quarter_or_a_suburb_takes_the_one_town_of_the_document() -> None:
    # «منطقة الجزاء» is the penalty area of a match report, not a quarter of the town the match is in
    text = "أقيمت المباراة في مدينة بريدة أمس. وحضرها جمهور كبير. وسدد المهاجم كرة قوية من خارج منطقة الجزاء."
    doc = stage()(make_doc(text, [("بريدة", "GPE")]))
    area = place_at(doc, "الجزاء")
    assert area is None or area.precision != "near"


def test_afghan_and_pakistani_provinces_and_the_north_caucasus_are_in_the_gazetteer() -> None:
    g = load_places()
    expected = {"هلمند": "AF", "ننغرهار": "AF", "مزار الشريف": "AF", "كويتا": "PK", "شمال وزيرستان": "PK"}
    expected |= {"خيبر بختونخواه": "PK", "داغستان": "RU", "جمهورية الشيشان": "RU", "سيستان وبلوشستان": "IR"}
    for name, cc in expected.items():
        assert any(e.country == cc and not e.weak for e in g.lookup(name_key(name))), name
    # «المقاتلون الشيشان» (the Chechen fighters), «السند» (support), «وردك» (your roses): at most a weak
    # bare entry (a name the tagger marks), never one the gazetteer scan takes
    for word in ("الشيشان", "السند", "وردك"):
        assert not any(e.country in ("RU", "PK", "AF") and not e.weak for e in g.lookup(name_key(word))), word


def test_quetta_is_the_pakistani_city_not_its_american_namesake() -> None:
    text = "انفجرت قنبلة في مدينة كويتا عاصمة إقليم بلوشستان."
    doc = stage()(make_doc(text, [("كويتا", "GPE"), ("بلوشستان", "GPE")]))
    quetta = place_at(doc, "كويتا")
    assert quetta is not None and quetta.country_code == "PK"
