"""Places: gazetteer look-ups through clitics and spellings, disambiguation by context, nisba, focus, GeoJSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from marsad.errors import ConfigError
from marsad.export import DocumentWriter
from marsad.geo import PlaceStage, distance_km
from marsad.geo.gazetteer import load_places, name_key
from marsad.geo.latin_match import arabic_skeleton, latin_index, latin_skeleton
from marsad.model import Article, Document, Place
from marsad.pipeline import Pipeline
from marsad.settings import GeoSettings, Settings


def run(pipeline: Pipeline, text: str) -> Document:
    return pipeline(Article("g", text))


def places_by_text(doc: Document) -> dict[str, tuple[str | None, str]]:
    out = {}
    for p in doc.places:
        for m in p.mentions:
            out[m.text] = (p.country_code, p.latin or "")
    return out


def test_name_key_survives_clitics_and_spellings() -> None:
    assert name_key("ومصراته") == name_key("مصراتة") == ("مصراته",)
    assert name_key("بطرابلس") == name_key("طرابلس")
    assert name_key("اجدابيا") == name_key("أجدابيا")


@pytest.mark.parametrize(
    ("text", "mention", "cc"),
    [
        ("وصلت تعزيزات إلى ومصراته مساء أمس.", "مصراته", "LY"),
        ("اجتمع الوفد بطرابلس مع ممثلي حكومة الوفاق الليبية وسط توتر في سرت.", "طرابلس", "LY"),
        ("سيطرت القوات على أجدابيا ثم تقدمت نحو اجدابيا الجديدة.", "أجدابيا", "LY"),
        ("عاد الهدوء إلى لبنغازي بعد اشتباكات.", "بنغازي", "LY"),
    ],
)
def test_clitic_glued_place_names(pipeline: Pipeline, text: str, mention: str, cc: str) -> None:
    found = places_by_text(run(pipeline, text))
    assert mention in found, found
    assert found[mention][0] == cc


def test_tripoli_follows_the_document(pipeline: Pipeline) -> None:
    libya = run(
        pipeline, "قصفت قوات حفتر مواقع في طرابلس ومصراتة وسرت، وقال المجلس الرئاسي الليبي إن ليبيا تواجه عدوانا."
    )
    lebanon = run(
        pipeline, "اندلعت اشتباكات في طرابلس شمال لبنان بين مسلحين، وقال الجيش اللبناني إن الهدوء عاد إلى بيروت وعكار."
    )
    assert places_by_text(libya)["طرابلس"][0] == "LY"
    assert places_by_text(lebanon)["طرابلس"][0] == "LB"
    assert libya.focus and libya.focus["country_code"] == "LY"
    assert lebanon.focus and lebanon.focus["country_code"] == "LB"


def test_nisba_is_an_affiliation_not_a_place(pipeline: Pipeline) -> None:
    doc = run(pipeline, "أعلنت الحكومة الجزائرية أمس أن القوات السعودية وصلت إلى اليمن، فيما زار وفد يمني السعودية.")
    located = places_by_text(doc)
    assert "الجزائرية" not in located
    assert located.get("اليمن", (None,))[0] == "YE"
    assert located.get("السعودية", (None,))[0] == "SA"  # «زار السعودية»: the country


def test_every_place_entity_has_a_place_record(pipeline: Pipeline) -> None:
    doc = run(pipeline, "التقى الرئيس التونسي في قرطاج وفدا من ليبيا ومصر والجزائر.")
    place_ids = {p.entity_id for p in doc.places}
    for e in doc.entities:
        if e.type in ("LOC", "GPE", "FAC") and e.country is None:
            assert e.id in place_ids
    for p in doc.places:
        assert all(doc.text[m.start : m.end] == m.text for m in p.mentions)


def test_country_coordinates_and_types(pipeline: Pipeline) -> None:
    doc = run(pipeline, "وصل وزير الخارجية إلى الجزائر العاصمة قادما من تونس.")
    for p in doc.places:
        if p.latin and p.lat is not None and p.country_code == "DZ" and p.feature == "city":
            assert distance_km(p.lat, p.lon or 0.0, 36.75, 3.06) < 30  # Algiers


def test_extra_places_file(tmp_path: Path) -> None:
    f = tmp_path / "extra.tsv"
    f.write_text(
        "# test places\nid\tnames\tlatin\tlat\tlon\tcountry\tfeature\tgeonames_id\tpopulation\tsource\n"
        "xx-camp\tمعسكر الاختبار|معسكر التجربة\tTest Camp\t30.5\t20.1\tLY\tfacility\t\t\ttest\n",
        encoding="utf-8",
    )
    g = load_places(str(f))
    (entry,) = g.lookup(name_key("معسكر التجربة"))
    assert entry.latin == "Test Camp" and entry.feature == "facility"
    stage = PlaceStage(GeoSettings(extra_places=str(f)))
    assert stage.gazetteer is g


def test_bad_extra_places_file(tmp_path: Path) -> None:
    f = tmp_path / "bad.tsv"
    f.write_text(
        "id\tnames\tlatin\tlat\tlon\tcountry\tfeature\tgeonames_id\tpopulation\tsource\nx\tاسم\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"bad.tsv:2: expected 10 tab-separated columns"):
        load_places(str(f))
    with pytest.raises(ConfigError, match="does not exist"):
        Pipeline(Settings(geo=GeoSettings(extra_places=str(tmp_path / "none.tsv"))))


def test_geojson_export(pipeline: Pipeline) -> None:
    docs = [run(pipeline, "قصفت الطائرات مواقع في مصراتة وسرت."), run(pipeline, "عاد الهدوء إلى مصراتة.")]
    out = io.StringIO()
    with DocumentWriter(out, "geojson") as w:
        for d in docs:
            w.write(d)
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection"
    by_name = {f["properties"]["latin"]: f for f in fc["features"]}
    misrata = next(f for n, f in by_name.items() if n and n.startswith("Misrat"))
    assert misrata["properties"]["mentions"] == 2
    lon, lat = misrata["geometry"]["coordinates"]
    assert distance_km(lat, lon, 32.38, 15.09) < 30


def test_distance() -> None:
    assert round(distance_km(0.0, 0.0, 0.0, 1.0), 2) == 111.19  # one degree of the equator, R = 6371 km
    assert round(distance_km(10.0, 20.0, 10.0, 20.0), 6) == 0.0
    assert 640 < distance_km(32.88, 13.19, 32.12, 20.07) < 660  # Tripoli–Benghazi, about 650 km


def _place(doc: Document, text: str) -> Place:
    found = [p for p in doc.places if any(m.text == text for m in p.mentions)]
    assert found, f"no place for {text!r} in {[m.text for p in doc.places for m in p.mentions]}"
    return found[0]


def test_villages_announced_by_a_kind_word_lie_near_the_town_the_sentence_names(pipeline: Pipeline) -> None:
    doc = run(pipeline, "دارت معارك عنيفة في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور في ريف إدلب.")
    town = _place(doc, "جسر الشغور")
    assert town.precision == "exact"
    for name in ("تل أعور", "الفريكة"):  # a list continues the kind; «و» glued to an unknown word is split
        p = _place(doc, name)
        assert (p.precision, p.feature, p.country_code) == ("near", "city", "SY")
        assert (p.lat, p.lon) == (town.lat, town.lon)
        assert p.source == f"near:{town.source}" and p.confidence < 0.5


def test_quarter_in_a_city_and_a_dash_list_in_a_region(pipeline: Pipeline) -> None:
    doc = run(pipeline, "سيطرت فصائل المعارضة على حي بستان الباشا في حلب.")
    p = _place(doc, "بستان الباشا")
    assert (p.precision, p.feature) == ("near", "district")
    assert distance_km(p.lat or 0, p.lon or 0, 36.2, 37.16) < 20
    doc = run(pipeline, "يحذر الدفاع المدني من أمطار غزيرة بمناطق هروب – الدائر بمحافظة الضالع.")
    assert {_place(doc, n).country_code for n in ("هروب", "الدائر")} == {"YE"}


def test_a_common_word_after_a_kind_word_is_no_place(pipeline: Pipeline) -> None:
    doc = run(pipeline, "أعلنت الحكومة إقامة منطقة عازلة ومنطقة القتال قرب مدينة كبيرة في ليبيا.")
    names = {m.text for p in doc.places for m in p.mentions}
    assert not names & {"عازلة", "القتال", "كبيرة"}


def test_two_ends_of_a_movement_are_not_one_inside_the_other(pipeline: Pipeline) -> None:
    doc = run(pipeline, "وصلت تعزيزات من مصراتة إلى منطقة الوشكة مساء الأحد.")
    assert _place(doc, "الوشكة").precision != "near"
    doc = run(pipeline, "سيطرت القوات على حي الزهور، في حين تواصل القصف على إدلب.")
    assert _place(doc, "الزهور").precision != "near"  # the comma ends the search for a container


def test_a_place_placed_by_a_direction(pipeline: Pipeline) -> None:
    doc = run(pipeline, "تواصل القصف على الطريق الساحلي بين هراوة (شرق سرت) ومصراتة.")
    p = _place(doc, "هراوة")
    assert p.precision == "near" and p.country_code == "LY"


def test_near_places_keep_their_own_geojson_feature_and_acled_precision(pipeline: Pipeline) -> None:
    doc = run(pipeline, "دارت معارك في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور.")
    out = io.StringIO()
    with DocumentWriter(out, "geojson") as w:
        w.write(doc)
    fc = json.loads(out.getvalue())
    names = sorted(f["properties"]["name"] for f in fc["features"] if f["properties"]["precision"] == "near")
    assert names == ["الفريكة", "تل أعور"]


def test_a_rare_name_after_fi_placed_by_the_kind_of_place_it_lies_in(pipeline: Pipeline) -> None:
    doc = run(pipeline, "أعدم التنظيم ثلاثة رجال في حريتان بحي الشعار في مدينة حلب.")
    p = _place(doc, "حريتان")  # near Aleppo, and GeoNames knows it as «Ḩuraytān»
    assert p.precision == "exact" and p.country_code == "SY" and p.source.startswith("latin:")


def test_a_country_name_that_is_also_an_adjective_is_found_when_the_tagger_misses_it(pipeline: Pipeline) -> None:
    doc = run(pipeline, "انطلقت عملية السهم الذهبي المسنودة من قوات التحالف بقيادة السعودية لتحرير عدن.")
    assert _place(doc, "السعودية").country_code == "SA"
    doc = run(pipeline, "أكدت الحكومة السعودية دعمها للقرار.")  # the adjective stays an affiliation
    assert not any(p.country_code == "SA" and p.feature == "country" for p in doc.places)


def test_a_capital_standing_for_its_government_is_no_container(pipeline: Pipeline) -> None:
    doc = run(
        pipeline,
        "أعلنت هيئة تحرير الشام والفصائل المتحالفة معها أنها صدّت محاولة تقدم لقوات النظام المدعومة من موسكو "
        "على محور كفرنبودة، وأكدت مقتل 12 عنصرا من المهاجمين.",
    )
    assert any(m.text == "كفرنبودة" for p in doc.places for m in p.mentions)
    assert all(p.country_code != "RU" for p in doc.places if any(m.text == "كفرنبودة" for m in p.mentions))


def test_an_unknown_place_beside_places_of_one_country_gets_that_country(pipeline: Pipeline) -> None:
    doc = run(
        pipeline,
        "صدّت الفصائل محاولة تقدم لقوات النظام المدعومة من موسكو على محور كفرنبودة، وأكدت مقتل 12 عنصرا. "
        "وقصفت الطائرات بلدة كفرنبودة وإدلب.",
    )
    p = _place(doc, "كفرنبودة")
    assert (p.precision, p.country_code, p.lat) == ("country", "SY", None)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("القرارة", "Guerara"),  # French «gu» for ق, the article off
        ("أحفير", "Ahfir"),
        ("بيشة", "Bishah"),  # ة and a final «h»
        ("خريص", "Khurais"),
        ("بني أنصار", "Beni Ansar"),  # word boundaries do not count
        ("أم العرايس", "Oum el Araies"),  # «el» inside the name, «ou» a vowel before a consonant
        ("ورقلة", "Ouargla"),  # «ou» before a vowel is و
        ("الرين", "Ar Rayn"),  # a sun letter's article
    ],
)
def test_arabic_and_latin_names_share_a_consonant_skeleton(arabic: str, latin: str) -> None:
    assert arabic_skeleton(arabic) == latin_skeleton(latin)


def test_different_names_have_different_skeletons() -> None:
    assert arabic_skeleton("صفاقس") != latin_skeleton("Sousse")
    assert arabic_skeleton("سوسة") == latin_skeleton("Sousse") == "ss"
    assert latin_skeleton("Sfax") == arabic_skeleton("صفاقس") == "sfKs"


def test_latin_index_needs_the_country_and_a_nearby_or_unique_sizeable_town() -> None:
    index = latin_index()
    town = index.match("أحفير", "MA", None)
    assert town is not None and town.latin == "Ahfir"
    assert index.match("أحفير", "DZ", None) is None  # another country
    # near a known place: the nearest matching town, and only close by
    near = index.match("القرارة", "DZ", (32.49, 3.67))  # Ghardaia
    assert near is not None and near.latin == "Guerara"
    assert index.match("القرارة", "DZ", (36.75, 3.06)) is None  # Algiers is 450 km away
    # alone, a short skeleton needs a large town: Bisha (80,000 people) but not a two-letter village
    assert index.match("بيشة", "SA", None) is not None


def test_towns_known_only_by_latin_names_get_their_coordinates(pipeline: Pipeline) -> None:
    doc = run(pipeline, "عاد الهدوء إلى مدينة غرداية بعد المواجهات التي شهدتها بلدية القرارة.")
    p = _place(doc, "القرارة")
    assert (p.precision, p.country_code, p.latin) == ("exact", "DZ", "Guerara")
    assert p.source.startswith("latin:geonames:") and p.confidence == 0.5
    assert distance_km(p.lat or 0, p.lon or 0, 32.79, 4.50) < 5


def test_a_known_place_after_a_locative_word_is_found_when_the_tagger_misses_it(pipeline: Pipeline) -> None:
    doc = run(pipeline, "ضبط مفتشو الإيواء السياحي في الأحساء مخالفات في عدد من فنادق الطرق.")
    assert _place(doc, "الأحساء").country_code == "SA"


def test_the_place_a_governor_governs_is_split_from_his_name(pipeline: Pipeline) -> None:
    doc = run(pipeline, "وأفادت مصادر يمنية أن محافظ عدن نائف البكري وعددا من المسؤولين كانوا بالمطار.")
    assert _place(doc, "عدن").country_code == "YE"
    assert "نائف البكري" in {e.text for e in doc.entities if e.type == "PER"}


def test_a_dash_list_of_places_is_split_and_a_namesake_town_abroad_is_not_taken() -> None:
    from marsad.ner.places_in_spans import split_places
    from marsad.text.tokens import tokenize

    text = "طريق ( الرياض ـ الرين ـ بيشة )"
    toks = tokenize(text)
    assert split_places(text, toks, {(2, 5, "ORG")}) == {(2, 3, "LOC"), (3, 4, "LOC"), (4, 5, "LOC")}
    text = "شركة الأمل – للتجارة"  # no known place among the parts: left alone
    toks = tokenize(text)
    assert split_places(text, toks, {(0, 4, "ORG")}) == {(0, 4, "ORG")}


def test_a_namesake_town_abroad_stays_unknown_in_an_article_about_other_countries(pipeline: Pipeline) -> None:
    doc = run(pipeline, "تتزايد حوادث السير على طريق ( الرياض ـ الرين ـ بيشة )، والذي يمتد لمسافة 500 كيلو.")
    assert _place(doc, "الرياض").country_code == "SA"
    assert _place(doc, "الرين").country_code != "FR"  # Rennes is «الرين» too


def test_a_place_mention_inside_a_longer_gazetteer_name_takes_the_whole_name(pipeline: Pipeline) -> None:
    doc = run(pipeline, "وأعلنت السلطات في كردستان العراق حصيلة جديدة للنازحين.")
    names = {(p.name, p.country_code, p.feature) for p in doc.places}
    assert any(cc == "IQ" and feature == "region" for _, cc, feature in names), names
    assert not any(feature == "country" for _, _, feature in names)


def test_what_a_thing_lies_near_is_a_place_even_in_the_neighbouring_country(pipeline: Pipeline) -> None:
    doc = run(
        pipeline,
        "أوقفت السلطات المغربية في مدينة وجدة مهربين للوقود من الجزائر، وعززت المراقبة على الحدود قرب أحفير.",
    )
    p = _place(doc, "أحفير")
    assert (p.country_code, p.latin, p.precision) == ("MA", "Ahfir", "exact")


def test_a_list_of_places_passes_its_country_along(pipeline: Pipeline) -> None:
    doc = run(pipeline, "تتزايد حوادث السير على طريق ( الرياض ـ الرين ـ بيشة )، والذي يمتد لمسافة 500 كيلو.")
    assert _place(doc, "الرين").country_code == "SA"
    bisha = _place(doc, "بيشة")  # then GeoNames' «Bisha», a town of 80,000, is the one of that country
    assert (bisha.country_code, bisha.precision) == ("SA", "exact")
    assert distance_km(bisha.lat or 0, bisha.lon or 0, 20.0, 42.6) < 30


@pytest.mark.parametrize(
    ("text", "place"),
    [("تقدمت القوات على محور صرواح غرب مأرب.", "صرواح"), ("قال إن محور المقاومة سيرد على الغارات.", None)],
)
def test_a_front_names_its_place_but_not_a_bloc(pipeline: Pipeline, text: str, place: str | None) -> None:
    doc = run(pipeline, text)
    names = {m.text for p in doc.places for m in p.mentions}
    assert (place in names) if place else not any("المقاومة" in n for n in names)


def test_place_tables_are_what_marsad_train_places_writes(tmp_path: Path) -> None:
    """The bundled GeoNames tables match a rebuild: their keys follow today's text layer (a stale table keeps
    keys an older segmenter made, e.g. «سارو» read as the future «سا» + «رو»)."""
    from marsad.geo.gazetteer import GEONAMES, build_geonames_table
    from marsad.geo.latin_match import TABLE, build_latin_table

    for build, bundled in ((build_geonames_table, GEONAMES), (build_latin_table, TABLE)):
        out = tmp_path / bundled.name
        build(out)
        assert out.read_bytes() == bundled.read_bytes(), f"{bundled.name} is stale: run 'marsad train places'"
