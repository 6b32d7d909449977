"""Places, batch 6: a quarter followed by the city it lies in («حي السيدة زينب بالقاهرة»), a hashtag
that joins a noun to its nisba adjectives («#الحدود_السعودية_اليمنية»), and country names that name no
one country: «أميركا الشمالية», «بلاد المغرب», the accusative nisba «وفدا تركيا».

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, place_at, stage

from marsad.geo import distance_km


def test_a_quarter_glued_to_its_city_lies_in_that_city() -> None:
    # «السيدة زينب» is also the shrine town south of Damascus: «بالقاهرة» says which one
    text = "اندلعت اشتباكات في حي السيدة زينب بالقاهرة مساء الأحد."
    doc = stage()(make_doc(text, [("السيدة زينب", "LOC"), ("القاهرة", "GPE")]))
    quarter, cairo = place_at(doc, "السيدة زينب"), place_at(doc, "القاهرة")
    assert quarter is not None and cairo is not None and cairo.lat is not None and cairo.lon is not None
    assert quarter.country_code == "EG" and quarter.lat is not None and quarter.lon is not None
    assert distance_km(quarter.lat, quarter.lon, cairo.lat, cairo.lon) < 30


def test_a_quarter_after_fi_and_its_city_lies_in_that_city() -> None:
    text = "اندلعت اشتباكات في حي السيدة زينب في القاهرة مساء الأحد."
    doc = stage()(make_doc(text, [("السيدة زينب", "LOC"), ("القاهرة", "GPE")]))
    quarter = place_at(doc, "السيدة زينب")
    assert quarter is not None and quarter.country_code == "EG"


def test_the_damascus_namesake_stays_where_the_city_named_is_damascus() -> None:
    text = "قتل شخصان في منطقة السيدة زينب جنوب دمشق."
    doc = stage()(make_doc(text, [("السيدة زينب", "LOC"), ("دمشق", "GPE")]))
    quarter = place_at(doc, "السيدة زينب")
    assert quarter is not None and quarter.country_code == "SY"


def test_a_capital_before_fi_and_another_city_is_not_moved() -> None:
    # «سفير واشنطن في بغداد»: the capital names a government, not a quarter of Baghdad
    text = "التقى سفير واشنطن في بغداد بالوزير."
    doc = stage()(make_doc(text, [("واشنطن", "GPE"), ("بغداد", "GPE")]))
    washington = place_at(doc, "واشنطن")
    assert washington is not None and washington.country_code == "US"


def test_a_hashtag_joining_a_noun_and_its_nisbas_is_no_place() -> None:
    text = "توجه اللواء إلى #الحدود_السعودية_اليمنية في ميدي."
    doc = stage()(make_doc(text, [("السعودية", "GPE"), ("ميدي", "GPE")]))
    assert place_at(doc, "السعودية") is None
    midi = place_at(doc, "ميدي")
    assert midi is not None and midi.country_code == "YE"


def test_north_and_south_america_are_no_united_states() -> None:
    text = "تستكمل الانتخابات في بلدان أميركا الشمالية والجنوبية وأستراليا. وزار الوزير أميركا الشهر الماضي."
    doc = stage()(make_doc(text, [("أميركا", "GPE"), ("أستراليا", "GPE")]))
    assert place_at(doc, "أميركا") is None
    us = place_at(doc, "أميركا", 2)
    assert us is not None and us.country_code == "US"
    assert all(len(e.mentions) == 1 for e in doc.entities if e.text == "أميركا")
    australia = place_at(doc, "أستراليا")
    assert australia is not None and australia.country_code == "AU"


def test_the_lands_of_the_maghreb_are_no_morocco() -> None:
    text = "تبنى تنظيم القاعدة في بلاد المغرب الهجوم. وزار الوزير المغرب الأسبوع الماضي."
    doc = stage()(make_doc(text, [("المغرب", "GPE")]))
    assert place_at(doc, "المغرب") is None
    morocco = place_at(doc, "المغرب", 2)
    assert morocco is not None and morocco.country_code == "MA"


def test_an_accusative_nisba_after_a_noun_of_persons_is_no_country() -> None:
    text = "أبلغ الجعفري وفدا تركيا أن الحرب مستمرة. وزار الرئيس تركيا الأسبوع الماضي."
    doc = stage()(make_doc(text, [("تركيا", "GPE")]))
    assert place_at(doc, "تركيا") is None
    turkey = place_at(doc, "تركيا", 2)
    assert turkey is not None and turkey.country_code == "TR"


def test_a_dual_in_construct_before_a_list_names_the_countries() -> None:
    # «وفدا تركيا وإيران»: the two delegations of Turkey and Iran
    text = "التقى وفدا تركيا وإيران في موسكو."
    doc = stage()(make_doc(text, [("تركيا", "GPE"), ("إيران", "GPE"), ("موسكو", "GPE")]))
    turkey = place_at(doc, "تركيا")
    assert turkey is not None and turkey.country_code == "TR"


# -- «عمان»: Oman or Amman, by the document ---------------------------------------------------------


def test_oman_where_the_document_uses_the_omani_nisba() -> None:
    text = "قال وزير الشؤون الخارجية العماني يوسف بن علوي إن عمان تدعم الحل السياسي في اليمن."
    # the first «عمان» is inside «العماني»
    doc = stage()(make_doc(text, [("عمان", "GPE", 2), ("اليمن", "GPE")]))
    oman = place_at(doc, "عمان", 2)
    assert oman is not None and oman.country_code == "OM" and oman.feature == "country"


def test_oman_where_the_document_names_muscat() -> None:
    text = "وصل الوزير إلى مسقط. وقالت عمان إنها تدعم الحل."
    doc = stage()(make_doc(text, [("مسقط", "GPE"), ("عمان", "GPE")]))
    oman = place_at(doc, "عمان")
    assert oman is not None and oman.country_code == "OM"


def test_amman_where_the_document_names_jordan_too() -> None:
    text = "وصل الوزير العماني إلى عمان للقاء العاهل الأردني."
    doc = stage()(make_doc(text, [("عمان", "GPE", 2)]))
    amman = place_at(doc, "عمان", 2)
    assert amman is not None and amman.country_code == "JO" and amman.feature == "city"


def test_amman_with_no_word_of_either_country() -> None:
    text = "وصل الوزير السعودي إلى عمان في زيارة رسمية."
    doc = stage()(make_doc(text, [("عمان", "GPE", 1)]))
    amman = place_at(doc, "عمان", 1)
    assert amman is not None and amman.country_code == "JO"


def test_a_town_a_kind_word_announces_in_a_country_named_only_by_its_nisba() -> None:
    # «قبلي» (Kebili) is a small town and a common word: the document names Tunisia only by «التونسية»,
    # which no tagger need tag, and that makes the Tunisian town plausible
    text = "وقعت مواجهات في مدينة قبلي التونسية مساء الأحد."
    doc = stage()(make_doc(text, []))
    kebili = place_at(doc, "قبلي")
    assert kebili is not None and kebili.country_code == "TN" and kebili.lat is not None


# -- «دولة الجنوب» -----------------------------------------------------------------------------------


def test_the_state_of_the_south_in_sudan_news_is_south_sudan() -> None:
    text = "وعن اللقاء المرتقب بين الفرقاء في دولة الجنوب قال وزير الخارجية السوداني إن الحوار مستمر."
    doc = stage()(make_doc(text, []))
    south = place_at(doc, "الجنوب")
    assert south is not None and south.country_code == "SS" and south.feature == "country"
    assert doc.text[south.mentions[0].start : south.mentions[0].end] == "الجنوب"
    assert any(e.text == "الجنوب" and e.country == "SS" for e in doc.entities)


def test_the_state_of_the_south_elsewhere_is_left_alone() -> None:
    text = "قال الرئيس إن دولة الجنوب ستبقى قوية. وزار الرئيس الأردن."
    doc = stage()(make_doc(text, [("الأردن", "GPE")]))
    assert place_at(doc, "الجنوب") is None
