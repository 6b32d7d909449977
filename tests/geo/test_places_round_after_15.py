"""Places: fixes after batch 15 — a country's name used as an adjective or inside a fixed name, a town named
without its article, common words the scan took for towns abroad, and pronouns and particles as list items.

The documents are built by hand with the entities a tagger would give, so each rule is tested on its own,
whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, place_at, stage

from marsad.geo.adjective_uses import (
    body_name,
    common_country_noun,
    counted_nisba,
    nisba_phrase,
    space_adjective,
)
from marsad.geo.document import _everyday_listed
from marsad.geo.gazetteer import GeoEntry
from marsad.geo.persons import apposed_to_title
from marsad.geo.scan_words import word_abroad
from marsad.model import Article, Document, Mention
from marsad.pipeline import segment_text


def _doc(text: str) -> Document:
    return Document(Article("t", text))


def _mention(text: str, surface: str, occurrence: int = 1) -> Mention:
    at = -1
    for _ in range(occurrence):
        at = text.find(surface, at + 1)
    assert at >= 0
    return Mention(at, at + len(surface), surface, "LOC", 0)


def _source(text: str, entities: list[tuple[str, str]], surface: str) -> str | None:
    doc = make_doc(text, entities)
    stage()(doc)
    place = place_at(doc, surface)
    return place.source if place is not None and place.lat is not None else None


def test_a_country_in_ya_after_a_counted_noun_is_its_nisba() -> None:
    text = 'وأعلنت الولايات المتحدة طرد 60 "جاسوسا" روسيا. وقال مسؤول إن 48 منهم يعملون في السفارة.'
    assert counted_nisba(_doc(text), _mention(text, "روسيا"))
    text = "وانتشلت الشرطة القبرصية 35 مهاجرا سوريا وصلوا على متن قاربين."
    assert counted_nisba(_doc(text), _mention(text, "سوريا"))
    text = "وبذلك فإنه يصبح سوريا بإذن من رئيس الدولة."
    assert counted_nisba(_doc(text), _mention(text, "سوريا"))
    # a preposition, a time noun or a feminine verb: the country
    text = "وأرسلت واشنطن 60 جنديا إلى روسيا الأسبوع الماضي."
    assert not counted_nisba(_doc(text), _mention(text, "روسيا"))
    text = "وحكم الأسد 30 عاما سوريا بقبضة من حديد."
    assert not counted_nisba(_doc(text), _mention(text, "سوريا"))
    text = "وأصبحت سوريا ساحة لصراع القوى الكبرى."
    assert not counted_nisba(_doc(text), _mention(text, "سوريا"))


def test_the_counted_nisba_gives_no_place_in_the_stage() -> None:
    text = 'وأعلنت الولايات المتحدة طرد 60 "جاسوسا" روسيا. وقالت موسكو إنها سترد.'
    assert _source(text, [("روسيا", "GPE"), ("الولايات المتحدة", "GPE")], "روسيا") is None


def test_a_state_inside_a_chamber_or_a_group_name() -> None:
    text = "ونقلت وكالة للأنباء عن عضو في مجلس الاتحاد الروسي قوله إن موسكو سترد."
    assert body_name(_doc(text), _mention(text, "الاتحاد الروسي"))
    text = "وقالت قوات سوريا الديمقراطية إنها سيطرت على القرية."
    assert body_name(_doc(text), _mention(text, "سوريا"))
    text = "وطلب مجلس سوريا الديمقراطية من الحكومة الاعتراف بالإدارة الذاتية."
    assert body_name(_doc(text), _mention(text, "سوريا"))
    # the Russian Federation itself, and the Democratic Republic of the Congo
    text = "وقال رئيس الاتحاد الروسي إن بلاده لن تتراجع."
    assert not body_name(_doc(text), _mention(text, "الاتحاد الروسي"))
    text = "وقعت اشتباكات في شرق الكونغو الديمقراطية أمس."
    assert not body_name(_doc(text), _mention(text, "الكونغو"))
    text = "وعاد اللاجئون إلى سوريا الأسبوع الماضي."
    assert not body_name(_doc(text), _mention(text, "سوريا"))


def test_the_sdf_is_no_place_of_syria() -> None:
    text = "وتسيطر قوات سوريا الديمقراطية على مدينة منبج في شمال سوريا."
    doc = make_doc(text, [("سوريا", "GPE"), ("منبج", "GPE")])
    stage()(doc)
    assert place_at(doc, "سوريا", 1) is None
    second = place_at(doc, "سوريا", 2)
    assert second is not None and second.country_code == "SY"


def test_a_yard_is_no_al_baha() -> None:
    text = "واشتعلت النيران في كثير من السيارات في الباحة المكشوفة لشركة المزادات."
    assert space_adjective(_doc(text), _mention(text, "الباحة"))
    text = "وخرج المسلحون من الباب الخلفي للمبنى."
    assert space_adjective(_doc(text), _mention(text, "الباب"))
    text = "وهطلت أمطار غزيرة على منطقة الباحة الليلة الماضية."
    assert not space_adjective(_doc(text), _mention(text, "الباحة"))
    text = "وتوج اللاعب بلقب بطولة اليابان المفتوحة للتنس."
    assert not space_adjective(_doc(text), _mention(text, "اليابان"))


def test_balad_and_the_common_noun_country() -> None:
    text = "وقال إن الكويت والسعودية بلد واحد يعيشان سويا."
    assert common_country_noun(_doc(text), _mention(text, "بلد"))
    text = "وهذه أول بطولة تنظم في بلد عربي."
    assert common_country_noun(_doc(text), _mention(text, "بلد"))
    text = "وقتل خمسة أشخاص في انفجار في بلد شمال بغداد."
    assert not common_country_noun(_doc(text), _mention(text, "بلد"))


def test_a_part_of_a_country_named_by_its_nisba() -> None:
    for name in ("الجنوب الليبي", "الساحل السوري", "الجنوب اليمني", "الأراضي اليمنية"):
        assert nisba_phrase(_mention(f"وقعت غارات على {name} أمس.", name))
    for name in ("الساحل الغربي", "الشمال الشرقي"):
        assert not nisba_phrase(_mention(f"وتقدمت القوات في {name} أمس.", name))
    text = "والغارات الجوية الأجنبية على الجنوب الليبي ليست جديدة."
    assert _source(text, [("الجنوب الليبي", "LOC")], "الجنوب الليبي") is None


def test_nationality_after_the_definite_noun() -> None:
    text = "وذكرت الشرطة أن الركاب الثلاثة يحملون الجنسية السعودية، وأنهم توجهوا إلى لندن."
    assert _source(text, [("السعودية", "GPE"), ("لندن", "GPE")], "السعودية") is None
    text = "وصل الركاب الثلاثة إلى السعودية قادمين من لندن."
    assert _source(text, [("السعودية", "GPE"), ("لندن", "GPE")], "السعودية") == "country:SA"


def test_a_town_named_without_its_article() -> None:
    text = "وقال مراقب فلسطين الدائم لدى الأمم المتحدة، رياض منصور، إن الجمعية العامة ستجتمع."
    assert _source(text, [("رياض", "LOC")], "رياض") is None
    text = "وعاد الوفد إلى الرياض بعد زيارة إلى باريس."
    assert _source(text, [("الرياض", "LOC")], "الرياض") == "geonames:108410"
    # after «لل» the article's alif is not written: still Riyadh
    text = "وحققت الزيارة مكاسب سياسية للرياض وباريس."
    assert _source(text, [("رياض", "LOC")], "رياض") == "geonames:108410"


def _town(country: str) -> GeoEntry:
    return GeoEntry("geonames:1", "سكر", "Sukkur", 27.7, 68.8, country, "city", 1, 500_000)


def test_a_common_word_abroad_needs_both_cues() -> None:
    assert word_abroad(_town("PK"), 4.36, True, 0.0)  # «في سكر الدم»
    assert word_abroad(_town("US"), 4.31, False, 2.0)  # «لاجتياح بري» in a story naming the US
    assert not word_abroad(_town("US"), 4.31, True, 2.0)
    assert not word_abroad(_town("PK"), 3.5, True, 0.0)  # «إلى نيودلهي»: a rare word
    assert not word_abroad(_town("SY"), 4.36, True, 0.0)  # the Arab states keep their towns
    text = "وأكثر عرضة للإصابة باختلال في سكر الدم الذي كثيرا ما يتطور إلى مرض السكري."
    assert _source(text, [], "سكر") is None


def test_a_pronoun_after_a_comma_is_no_list_item() -> None:
    text = "والحكم الصادر ضد جونسون، هو الأكبر منذ ظهور المزاعم في الولايات المتحدة."
    doc = segment_text(Document(Article("t", text)))
    toks = doc.sentences[0].tokens
    i = next(k for k, t in enumerate(toks) if t.norm == "هو")
    weights = {"US": 1.0}

    def lookup(key: tuple[str, ...]) -> list[GeoEntry]:
        return [GeoEntry("geonames:2", key[0], "X", 40.0, -85.0, "US", "city", 2, 800)]

    assert not _everyday_listed(text, 0, toks, i, ("هو",), weights, lookup)


def test_a_name_apposed_to_a_title_is_a_person() -> None:
    text = "فإما أن تمتثل لنصائح المبعوث الأممي، مارتن #غريفيث، بالانسحاب من ميناء #الحديدة."
    assert apposed_to_title(text, _mention(text, "غريفيث"))
    text = "وقال وزير الخارجية الروسي، سيرغي لافروف، إن موسكو سترد."
    assert apposed_to_title(text, _mention(text, "لافروف"))
    # a place after a title is its complement, with no comma between
    text = "وقال محافظ عدن إن الخدمات عادت إلى المدينة."
    assert not apposed_to_title(text, _mention(text, "عدن"))
    text = "وصل الرئيس، أمس، إلى عدن في زيارة مفاجئة."
    assert not apposed_to_title(text, _mention(text, "عدن"))


def test_an_unknown_name_apposed_to_a_title_loses_its_coordinates() -> None:
    text = (
        "فإما أن تمتثل الميليشيات لنصائح المبعوث الأممي، مارتن #غريفيث، بالانسحاب من ميناء #الحديدة. "
        "وأبدت قيادات الانقلابيين استعدادها للموافقة على مقترح غريفيث بتسليم ميناء الحديدة."
    )
    doc = make_doc(text, [("غريفيث", "LOC"), ("الحديدة", "GPE")])
    stage()(doc)
    place = place_at(doc, "غريفيث")
    assert place is None or place.lat is None
