"""Places, batch 9: Saudi local news lists its town's quarters and its region's centres, names parks and
mountains by common words, and quotes roads and festivals; Yemeni districts GeoNames names only in Latin letters.

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, near, place_at, stage

from marsad.geo.namesakes import common_words
from marsad.geo.place_words import _adjective_construct

ABHA = (18.2164, 42.5053)
BURAYDAH = (26.3260, 43.9750)


def test_every_quarter_of_a_list_after_ahya_lies_in_the_town() -> None:
    text = (
        "هطلت الأمطار على مدينة أبها من خفيفة إلى متوسطة، وشملت أحياء الخالدية والبلد والجامعة والنميص، "
        "والبديع والموظفين."
    )
    doc = stage()(make_doc(text, [("أبها", "GPE")]))
    for name in ("الخالدية", "البلد", "الجامعة", "النميص", "البديع", "الموظفين"):
        assert near(doc, name, ABHA), name
        place = place_at(doc, name)
        assert place is not None and place.feature == "district", name


def test_a_quarter_list_item_is_no_town_of_the_same_name_far_away() -> None:
    # «النميص» has the Latin skeleton of An Nimas (110 km away): a quarter of Abha is no town
    text = "وشملت الأمطار في مدينة أبها أحياء الخالدية والنميص والمنسك."
    doc = stage()(make_doc(text, [("أبها", "GPE"), ("المنسك", "GPE")]))
    assert near(doc, "النميص", ABHA) and near(doc, "المنسك", ABHA)


def test_a_second_quarter_after_one_quarter_word_when_its_town_follows() -> None:
    text = "وأصدرت لجنة التنمية بحي الريان والنهضة ببريدة تقريرا العام الماضي."
    doc = stage()(make_doc(text, [("بريدة", "GPE")]))
    assert near(doc, "الريان", BURAYDAH) and near(doc, "النهضة", BURAYDAH)


def test_a_quarter_list_does_not_swallow_a_noun_with_its_adjective() -> None:
    text = "تجول الوفد في أحياء الملز والمدن الأخرى في الرياض."
    doc = stage()(make_doc(text, [("الرياض", "GPE")]))
    assert place_at(doc, "المدن") is None


def test_after_one_quarter_word_a_clause_is_no_second_quarter() -> None:
    text = "اندلع حريق في حي النسيم والدفاع المدني يباشر الحادث في الطائف."
    doc = stage()(make_doc(text, [("الطائف", "GPE")]))
    assert place_at(doc, "الدفاع") is None


def test_a_rare_word_listed_among_known_centres_is_a_place_of_the_region() -> None:
    text = "وتشمل الأمطار السودة وأبها والواديين ورجال ألمع والنماص."
    doc = stage()(make_doc(text, [("أبها", "GPE"), ("النماص", "GPE")]))
    assert near(doc, "الواديين", ABHA)
    soudah = place_at(doc, "السودة")
    assert soudah is not None and soudah.country_code == "SA"


def test_one_known_place_makes_no_list() -> None:
    text = "وزار الأمير أبها وآل مشيط في الأسبوع الماضي."
    doc = stage()(make_doc(text, [("أبها", "GPE")]))
    assert place_at(doc, "مشيط") is None


def test_an_adjective_in_construct_after_mintaqa_is_no_name() -> None:
    text = "اتفق الطرفان على إقامة منطقة منزوعة السلاح في محافظة إدلب."
    doc = stage()(make_doc(text, [("إدلب", "GPE")]))
    assert place_at(doc, "منزوعة") is None
    assert _adjective_construct("منزوعه") and _adjective_construct("واسعه")
    assert not _adjective_construct("جله") and not _adjective_construct("ساحه") and not _adjective_construct("قلعه")


def test_a_name_of_common_words_that_several_countries_bear_needs_its_country() -> None:
    text = "يجوب الباص مواقع مدينة أبها، وهي الحزام والجبل الأخضر وقرية المفتاحة، ووصل إلى خميس مشيط."
    doc = stage()(make_doc(text, [("أبها", "GPE"), ("الجبل الأخضر", "LOC"), ("خميس مشيط", "GPE")]))
    green = place_at(doc, "الجبل الأخضر")
    assert green is None or green.country_code in (None, "SA")
    assert common_words("الجبل الأخضر") and not common_words("جبل الشعانبي") and not common_words("الجبل")


def test_the_green_mountain_in_libyan_news_stays_libyan() -> None:
    text = "شنت القوات غارات على مواقع في الجبل الأخضر قرب مدينة البيضاء شرق بنغازي."
    doc = stage()(make_doc(text, [("الجبل الأخضر", "LOC"), ("البيضاء", "GPE"), ("بنغازي", "GPE")]))
    green = place_at(doc, "الجبل الأخضر")
    assert green is not None and green.country_code == "LY"


def test_a_quoted_road_names_its_towns_and_a_quoted_outlet_none() -> None:
    text = 'سجل مخفر الشرطة في المحافظة "امتداد طريق الرياض-الدمام" اعترافات المتهم.'
    doc = stage()(make_doc(text, [("الرياض", "GPE"), ("الدمام", "GPE")]))
    riyadh = place_at(doc, "الرياض")
    assert riyadh is not None and riyadh.country_code == "SA"
    text = 'وبثت قناة "سوريا مباشر" صورا للقصف على مدينة حلب.'
    doc = stage()(make_doc(text, [("سوريا", "GPE"), ("حلب", "GPE")]))
    assert place_at(doc, "سوريا") is None


def test_a_quoted_festival_title_names_its_town() -> None:
    text = "ينقل الباص زوار مهرجان «أبها يجمعنا» بين المواقع السياحية في منطقة عسير."
    doc = stage()(make_doc(text, [("أبها", "GPE"), ("عسير", "GPE")]))
    abha = place_at(doc, "أبها")
    assert abha is not None and abha.country_code == "SA"


def test_yemeni_districts_named_only_in_latin_by_geonames() -> None:
    text = "دمرت الغارات مواقع للمتمردين في مديريتي مجز وباقم في محافظة صعدة، وفي مديرية حيدان."
    doc = stage()(make_doc(text, [("صعدة", "GPE")]))
    for name, point in (("مجز", (17.0694, 43.5751)), ("باقم", (17.3971, 43.4774)), ("حيدان", (16.779, 43.4337))):
        assert near(doc, name, point, 10.0), name


def test_a_quarter_word_with_a_glued_conjunction_is_no_quarter_of_its_own() -> None:
    # the tokenizer leaves «وحي» whole: it is «و» + «حي» (no dual like «قريتي»), never a place named «وحي»
    text = "وتنفذ الأمانة حدائق في مدينة نجران شملت: حي الأملاح، وحي الفيصلية، وحي الفهد الشمالي، بتكلفة كبيرة."
    doc = stage()(make_doc(text, [("نجران", "GPE"), ("وحي", "LOC")]))
    stray = place_at(doc, "وحي")
    assert stray is None or stray.lat is None
    najran = (17.4933, 44.1277)
    assert near(doc, "الأملاح", najran) and near(doc, "الفيصلية", najran)


def test_a_park_or_forest_a_kind_word_announces_lies_by_the_town_named() -> None:
    text = "وازدحم منتزه الفرعاء شمال مدينة أبها بالزوار، وتنزه آخرون في غابة رغدان قرب محافظة بلجرشي."
    doc = stage()(make_doc(text, [("أبها", "GPE"), ("بلجرشي", "GPE")]))
    assert near(doc, "الفرعاء", ABHA)
    forest = place_at(doc, "غابة رغدان")
    assert forest is not None and forest.country_code == "SA" and forest.lat is not None
    assert place_at(doc, "منتزه") is None or place_at(doc, "منتزه") is place_at(doc, "الفرعاء")
    doc = stage()(make_doc("وقال إن غابة من الأسلحة انتشرت في جدة.", [("جدة", "GPE")]))
    assert place_at(doc, "غابة") is None


def test_a_name_in_a_list_of_countries_is_the_country() -> None:
    text = "ويضم مجلس التعاون الإمارات وعمان وقطر والبحرين والكويت."
    doc = stage()(make_doc(text, [("الإمارات", "GPE"), ("عمان", "GPE"), ("قطر", "GPE"), ("الكويت", "GPE")]))
    oman = place_at(doc, "عمان")
    assert oman is not None and oman.country_code == "OM" and oman.feature == "country"
    doc = stage()(make_doc("وصل الملك إلى عمان في زيارة للأردن.", [("عمان", "GPE")]))
    amman = place_at(doc, "عمان")
    assert amman is not None and amman.country_code == "JO" and amman.feature == "city"


def test_common_words_that_name_places_abroad_need_their_country() -> None:
    text = "سجلت وزارة الصحة إصابتين جديدتين بفيروس كورونا في الرياض، والذين كانوا دوما شركاء لنا."
    doc = stage()(make_doc(text, [("كورونا", "GPE"), ("الرياض", "GPE"), ("دوما", "GPE")]))
    assert place_at(doc, "كورونا") is None
    assert place_at(doc, "دوما") is None
    text = "قصفت الطائرات مدينة دوما في الغوطة الشرقية بريف دمشق."
    doc = stage()(make_doc(text, [("دوما", "GPE"), ("الغوطة الشرقية", "LOC"), ("دمشق", "GPE")]))
    douma = place_at(doc, "دوما")
    assert douma is not None and douma.country_code == "SY"


def test_more_common_words_that_name_places_abroad() -> None:
    text = "وأوصلتهم الحافلات إلى مقار سكنهم في أقصر وقت ممكن في الرياض، واتجه الزوار إلى كورنيش الضباب وزوار الكورنيش كثر."
    doc = stage()(make_doc(text, [("أقصر", "GPE"), ("الرياض", "GPE"), ("كورنيش", "GPE"), ("الكورنيش", "GPE")]))
    # «الرياض» has a GeoNames namesake in Egypt, and one homograph does not vouch for another
    assert place_at(doc, "أقصر") is None
    assert place_at(doc, "كورنيش") is None and place_at(doc, "الكورنيش") is None


def test_a_name_with_its_type_word_is_the_place_that_carries_it() -> None:
    text = "تمكن مكتب العمل بمنطقة الجوف من ضبط مخالفات. وأكد مدير فرع الوزارة بالجوف أن الحملات مستمرة."
    doc = stage()(make_doc(text, [("الجوف", "GPE")]))
    jouf = place_at(doc, "الجوف")
    assert jouf is not None and jouf.country_code == "SA"
    doc = stage()(make_doc("قصف الحوثيون مواقع في محافظة الجوف شمال اليمن.", [("الجوف", "GPE"), ("اليمن", "GPE")]))
    jawf = place_at(doc, "الجوف")
    assert jawf is not None and jawf.country_code == "YE"


def test_hamlets_sharing_a_common_word_make_no_list() -> None:
    text = "وتم تنفيذ الخطة في الأحساء والهفوف، بنجاح ويسر وسلاسة ولله الحمد."
    doc = stage()(make_doc(text, [("الأحساء", "GPE"), ("الهفوف", "GPE")]))
    assert place_at(doc, "سلاسة") is None


def test_a_small_town_that_kept_its_wa_after_a_place_is_the_next_list_item() -> None:
    # the tokenizer leaves «والرجبان» whole (Ar Rujbān, 6,400 people, is no word it knows): after a
    # place it is still the next item of the list, its mention without the «و»
    text = "وقالت مصادر محلية إن الاشتباكات بين الزنتان والرجبان توقفت بوساطة من أعيان جادو."
    doc = stage()(make_doc(text, [("الزنتان", "GPE"), ("جادو", "GPE")]))
    place = place_at(doc, "الرجبان")
    assert place is not None and place.country_code == "LY"
    assert [m.text for m in place.mentions] == ["الرجبان"]
    assert near(doc, "الرجبان", (31.95, 12.1667), km=10)


def test_a_glued_wa_word_after_no_place_is_left_alone() -> None:
    # a small GeoNames town (Tamzawah, 7,400 people) that no curated row protects; «الرجبان», the first
    # example here, has had a curated row since 2026-12-01 and is split off its «و» like any curated name
    text = "وقالت مصادر إن الاشتباكات توقفت وتمزاوة هادئة."
    doc = stage()(make_doc(text, []))
    assert place_at(doc, "تمزاوة") is None
