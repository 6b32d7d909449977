"""Places: longer names around the tagger's mention (a country named with a direction, a curated place
the tagger typed as an organisation), indefinite country names, mountains named like a town abroad,
common-word phrases that name places in several countries, names of streets and companies, the regional
lead over namesakes abroad, and the towns of the 2026-11 curated round.

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, place_at, stage

from marsad.geo.gazetteer import GeoEntry, distance_km, load_places, name_key
from marsad.geo.namesakes import regional


def test_a_direction_that_is_part_of_a_country_name_widens_the_mention() -> None:
    text = "وصل وزير خارجية جنوب السودان إلى الخرطوم لبحث الأزمة المشتعلة في جنوب السودان."
    doc = stage()(make_doc(text, [("السودان", "GPE"), ("الخرطوم", "GPE")]))
    south = place_at(doc, "جنوب السودان")
    assert south is not None and south.country_code == "SS"
    assert place_at(doc, "جنوب السودان", 2) is not None and place_at(doc, "جنوب السودان", 2).country_code == "SS"
    assert any(m.text == "جنوب السودان" for m in south.mentions)


def test_a_direction_before_a_country_that_names_no_country_stays_outside() -> None:
    text = "سيطرت القوات على مواقع في جنوب اليمن بعد معارك عنيفة."
    doc = stage()(make_doc(text, [("اليمن", "GPE")]))
    yemen = place_at(doc, "اليمن")
    assert yemen is not None and yemen.feature == "country" and yemen.country_code == "YE"
    assert all(m.text == "اليمن" for m in yemen.mentions)


def test_a_place_the_tagger_typed_as_an_organisation_widens_to_a_curated_name() -> None:
    # the document names Egypt, so the organisation «السويس» would otherwise be retyped to the city of Suez
    text = "أكد وفد زار مصر إعجابه بما تحقق في مشروع توسعة قناة السويس بعد زيارته لها."
    doc = stage()(make_doc(text, [("مصر", "GPE"), ("السويس", "ORG")]))
    canal = place_at(doc, "قناة السويس")
    assert canal is not None and canal.latin == "Suez Canal" and canal.feature == "facility"
    assert not any(e.type == "ORG" and e.text == "السويس" for e in doc.entities)


def test_an_organisation_is_not_widened_to_a_geonames_name() -> None:
    # «مدينة نصر» is a curated district; «نصر» alone, an organisation's name here, is no place
    text = "قال المتحدث باسم حركة نصر إن الاجتماع انتهى."
    doc = stage()(make_doc(text, [("نصر", "ORG")]))
    assert any(e.type == "ORG" and e.text == "نصر" for e in doc.entities)


def test_an_indefinite_country_name_without_its_article_is_the_country() -> None:
    text = "بذلنا كل الجهود لبقاء عراق ديمقراطي فيدرالي، لكن لم يبق هناك عراق موحد."
    doc = stage()(make_doc(text, [("عراق", "LOC")]))
    for k in (1, 2):
        iraq = place_at(doc, "عراق", k)
        assert iraq is not None and iraq.country_code == "IQ" and iraq.lat is not None


def test_an_indefinite_adjective_is_not_looked_up_as_a_country() -> None:
    found = stage()._lookup("سعودية")
    assert not any(e.feature == "country" and not e.nisba for e in found) or any(e.nisba for e in found)
    assert stage()._lookup("عراق") and all(e.country == "IQ" for e in stage()._lookup("عراق"))


def test_a_mountain_named_like_a_town_abroad_is_not_that_town() -> None:
    text = "استولى المسلحون على سيارة بسفح جبل السلوم قبل اقتحام بنك بمدينة القصرين التونسية."
    doc = stage()(make_doc(text, [("السلوم", "GPE"), ("القصرين", "GPE")]))
    mountain = place_at(doc, "السلوم")
    assert mountain is None or mountain.country_code != "EG"


def test_a_town_after_a_mountain_word_in_the_documents_country_is_kept() -> None:
    # the document names Egypt: Salloum is a place of its own there
    text = "تمركزت القوات المصرية قرب جبل السلوم على الحدود بين مصر وليبيا."
    doc = stage()(make_doc(text, [("السلوم", "GPE"), ("مصر", "GPE"), ("ليبيا", "GPE")]))
    salloum = place_at(doc, "السلوم")
    assert salloum is not None and salloum.country_code == "EG"


def test_the_west_coast_is_yemens_in_an_article_about_yemen() -> None:
    text = "تقدمت القوات اليمنية في الساحل الغربي نحو مدينة الحديدة، وقال التحالف إن اليمن سيتحرر."
    doc = stage()(make_doc(text, [("الحديدة", "GPE"), ("اليمن", "GPE")]))
    coast = place_at(doc, "الساحل الغربي")
    assert coast is not None and coast.country_code == "YE"


def test_the_west_coast_is_libyas_in_an_article_about_libya() -> None:
    text = "اندلعت اشتباكات في الساحل الغربي بين مدينتي الزاوية وصبراتة غرب طرابلس في ليبيا."
    doc = stage()(make_doc(text, [("الزاوية", "GPE"), ("صبراتة", "GPE"), ("طرابلس", "GPE"), ("ليبيا", "GPE")]))
    coast = place_at(doc, "الساحل الغربي")
    assert coast is not None and coast.country_code == "LY"


def test_the_west_coast_is_no_place_where_the_document_names_neither_country() -> None:
    text = "ضربت عاصفة قوية الساحل الغربي في الولايات المتحدة وأغلقت مطار لوس أنجلوس."
    doc = stage()(make_doc(text, [("الولايات المتحدة", "GPE")]))
    coast = place_at(doc, "الساحل الغربي")
    assert coast is None or coast.country_code not in ("YE", "LY")


def test_a_place_naming_a_street_or_a_company_gives_no_place() -> None:
    text = "انتشر الجيش اللبناني في شارع سوريا، بعد اشتباكات امتدت من سوريا إلى طرابلس."
    doc = stage()(make_doc(text, [("سوريا", "GPE"), ("طرابلس", "GPE")]))
    assert place_at(doc, "سوريا", 1) is None
    syria = place_at(doc, "سوريا", 2)
    assert syria is not None and syria.country_code == "SY"
    text = "قال مسؤول بشركة سرت لإنتاج النفط إن الإنتاج استؤنف."
    doc = stage()(make_doc(text, [("سرت", "GPE")]))
    assert place_at(doc, "سرت") is None


def test_the_regional_lead_goes_to_the_region_only_against_a_namesake_abroad() -> None:
    ps = GeoEntry("geonames:1", "بيت لحم", "Bethlehem", 31.7, 35.2, "PS", "city", 1, 25_000)
    us = GeoEntry("geonames:2", "بيت لحم", "Bethlehem", 40.6, -75.4, "US", "city", 2, 75_000)
    assert regional(ps, abroad=True) > 0 and regional(us, abroad=True) == 0
    assert regional(ps, abroad=False) == 0
    doc = stage()(make_doc("وصل الوفد إلى بيت لحم صباح اليوم.", [("بيت لحم", "GPE")]))
    bethlehem = place_at(doc, "بيت لحم")
    assert bethlehem is not None and bethlehem.country_code == "PS"


def test_towns_geonames_knows_only_in_latin_letters_have_arabic_names() -> None:
    g = load_places()
    for name, cc, lat, lon in (
        ("حفر الباطن", "SA", 28.43, 45.97),
        ("عنيزة", "SA", 26.10, 44.00),
        ("تمارة", "MA", 33.93, -6.91),
        ("مغنية", "DZ", 34.85, -1.73),
        ("المرسى", "TN", 36.88, 10.32),
        ("مدينة السادس من أكتوبر", "EG", 29.82, 31.05),
        ("التنف", "SY", 33.48, 38.65),
    ):
        entries = [e for e in g.lookup(name_key(name)) if e.country == cc]
        assert entries, f"{name} has no entry in {cc}"
        e = entries[0]
        assert e.lat is not None and e.lon is not None and distance_km(e.lat, e.lon, lat, lon) < 15


def test_a_span_that_took_in_the_preposition_before_the_article_is_looked_up_without_it() -> None:
    text = "دعا الرئيس إلى إيجاد بديل للولايات المتحدة كوسيط للسلام."
    doc = stage()(make_doc(text, [("للولايات المتحدة", "GPE")]))
    us = place_at(doc, "للولايات المتحدة")
    assert us is not None and us.country_code == "US"


def test_a_direction_adjective_after_its_definite_noun_is_no_governorate() -> None:
    text = "أحبطت القوات المصرية محاولة للهجرة غير الشرعية عبر الحدود الغربية قرب مطروح في مصر."
    doc = stage()(make_doc(text, [("الغربية", "LOC"), ("مطروح", "GPE"), ("مصر", "GPE")]))
    assert place_at(doc, "الغربية") is None
    text = "شهدت محافظة الغربية في مصر أمطارا غزيرة، وتعطلت الدراسة في الغربية أمس."
    doc = stage()(make_doc(text, [("الغربية", "GPE"), ("مصر", "GPE")]))
    gharbia = place_at(doc, "الغربية", 2)
    assert gharbia is not None and gharbia.country_code == "EG"


def test_a_common_word_spelled_unlike_any_listed_name_is_the_word() -> None:
    text = "بلغ معدل النمو 2.5 في المائة في ليبيا خلال العام الماضي."
    doc = stage()(make_doc(text, [("المائة", "LOC"), ("ليبيا", "GPE")]))
    word = place_at(doc, "المائة")
    assert word is None or word.lat is None
    g = load_places()
    assert not g.spelled("المائة") and g.spelled("الماية") and g.spelled("مصراته") and g.spelled("ادلب")


def test_a_big_city_reached_by_a_common_alternate_name_is_not_scanned() -> None:
    text = "دعا المبعوث إلى دخول قافلة المساعدات بأمان إلى الغوطة الشرقية في سوريا."
    doc = stage()(make_doc(text, [("سوريا", "GPE")]))
    amman = place_at(doc, "أمان")
    assert amman is None or amman.country_code != "JO"


def test_an_unknown_common_word_beside_a_place_gets_no_coordinates() -> None:
    text = "اتفق الطرفان على خروج المقاتلين من دوما إلى جرابلس وتسوية أوضاع المتبقين."
    doc = stage()(make_doc(text, [("دوما", "GPE"), ("جرابلس", "GPE"), ("تسوية", "LOC")]))
    word = place_at(doc, "تسوية")
    assert word is None or word.lat is None


def test_a_common_word_a_kind_word_announces_keeps_the_coordinates_of_its_town() -> None:
    text = "أعدم التنظيم أربعة أشخاص في حريتان بحي الشعار في مدينة حلب أمس."
    doc = stage()(make_doc(text, [("حلب", "GPE")]))
    quarter = place_at(doc, "الشعار")
    assert quarter is not None and quarter.lat is not None


def test_a_town_of_the_region_that_only_it_bears_is_kept_in_an_article_about_elsewhere() -> None:
    text = "أكد البيان تضامن المغرب في قراره قطع علاقاته مع إيران، وأشار إلى قرارات القمة العربية في الظهران."
    doc = stage()(make_doc(text, [("المغرب", "GPE"), ("إيران", "GPE"), ("الظهران", "GPE")]))
    dhahran = place_at(doc, "الظهران")
    assert dhahran is not None and dhahran.country_code == "SA" and dhahran.lat is not None


def test_a_name_after_a_royal_title_is_a_person_not_a_town() -> None:
    text = "التقى ولي العهد في لندن الملكة إليزابيث ورئيسة الوزراء البريطانية."
    doc = stage()(make_doc(text, [("لندن", "GPE"), ("إليزابيث", "GPE")]))
    assert place_at(doc, "إليزابيث") is None
    london = place_at(doc, "لندن")
    assert london is not None and london.country_code == "GB"


def test_the_moon_is_not_the_comoros() -> None:
    assert not any(e.feature == "country" for e in load_places().lookup(name_key("القمر")))
    assert any(e.country == "KM" for e in load_places().lookup(name_key("جزر القمر")))


def test_maghrebi_letters_for_g_find_the_gazetteer_spelling() -> None:
    found = stage()._lookup("أݣادير")
    assert found and found[0].country == "MA"
    assert any(e.country == "DZ" for e in stage()._lookup("ورڤلة"))
    text = "شهدت مدينة ݣلميم احتجاجات، وامتدت إلى أڭادير جنوب المغرب."
    doc = stage()(make_doc(text, [("ݣلميم", "GPE"), ("أڭادير", "GPE"), ("المغرب", "GPE")]))
    for name in ("ݣلميم", "أڭادير"):
        p = place_at(doc, name)
        assert p is not None and p.country_code == "MA" and p.lat is not None
