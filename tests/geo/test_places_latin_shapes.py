"""Towns known only by Latin names (the ordered shape check, the alternate names kept, the region bound), and
lists of places after a colon that a plural kind word announces."""

from __future__ import annotations

import pytest

from marsad.geo.document import _latin_towns
from marsad.geo.latin_match import (
    arabic_shape,
    latin_index,
    latin_name_kept,
    latin_shape,
    shapes_agree,
    skeleton_of,
)
from marsad.model import Article, Document, Place
from marsad.pipeline import Pipeline


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("أحفير", "Ahfir"),
        ("القرارة", "Guerara"),
        ("حريتان", "Ḩuraytān"),
        ("أبوعريش", "Abū ‘Arīsh"),
        ("بيت عياض", "Bayt ‘Ayyāḑ"),
        ("إدلب", "Idlib"),  # a word's first alif is a hamza seat: any vowel
        ("تيارت", "Tiaret"),
        ("الحوطة", "Al Ḩawţah"),  # «و» between vowels: «aw»
        ("مصطفى", "Al Mustafá"),  # a final «ى» (normalised to «ي») is «a»
    ],
)
def test_the_same_name_in_both_scripts_agrees_as_an_ordered_shape(arabic: str, latin: str) -> None:
    a, b = arabic_shape(arabic), latin_shape(latin)
    assert skeleton_of(a) == skeleton_of(b)
    assert shapes_agree(a, b)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("أضم", "Dam"),  # the Arabic writes a vowel before the «d» the Latin has not
        ("المسيال", "Mislīyah"),  # a vowel between «s» and «l» in one, not in the other
        ("الروضة", "Riadi"),  # «و» is no «i»/«a»
        ("طريب", "Turabah"),  # the Latin's final «-ah» is a letter (ة) the Arabic lacks
        ("دارين", "Dharaan"),  # «ي» is no «a»
    ],
)
def test_names_sharing_only_a_skeleton_do_not_agree(arabic: str, latin: str) -> None:
    a, b = arabic_shape(arabic), latin_shape(latin)
    assert skeleton_of(a) == skeleton_of(b)
    assert not shapes_agree(a, b)


def test_codes_and_lower_case_romanisations_are_not_latin_names_of_a_town() -> None:
    assert latin_name_kept("Ad Dammam") and latin_name_kept("Dämmam") and latin_name_kept("al-Hasakah")
    for junk in ("DMM", "KAC", "dalan", "zai he lan", "aldmam", "Даммам"):
        assert not latin_name_kept(junk), junk


def test_a_town_matched_by_its_country_alone_lies_near_the_places_the_article_located() -> None:
    index = latin_index()
    # «أضم» (Adham, Makkah region) is no Dammam: neither spelled like it (its code «DMM» is no name)
    # nor near the article's places
    assert index.match("أضم", "SA", None) is None
    assert index.match("أضم", "SA", None, [("SA", 20.15, 40.27)]) is None  # Al Lith
    assert index.match("بيشة", "SA", None) is not None
    assert index.match("بيشة", "SA", None, [("SA", 20.01, 42.6)]) is not None  # Bisha's own region
    assert index.match("بيشة", "SA", None, [("SA", 26.43, 50.10)]) is None  # Dammam, 1,200 km away


def _place(name: str, cc: str, precision: str, at: tuple[float, float] | None = None) -> Place:
    lat, lon = at if at else (None, None)
    feature = "city" if at else "unknown"
    return Place(f"e-{name}", name, None, lat, lon, cc, feature, None, 0.5, precision=precision)


def test_the_latin_step_bounds_a_town_known_by_its_country_by_the_places_the_article_located() -> None:
    doc = Document(Article("g", ""))
    # Bisha (80,000 people) is the one Saudi town spelled «بيشة»: taken when the article is about Asir …
    places = [_place("أبها", "SA", "exact", (18.22, 42.51)), _place("بيشة", "SA", "country")]
    _latin_towns(doc, places)
    assert places[1].latin == "Qal‘at Bīshah" and places[1].precision == "exact"
    # … not when the article's places are all in the Eastern Province, 1,200 km away
    places = [_place("الدمام", "SA", "exact", (26.43, 50.10)), _place("بيشة", "SA", "country")]
    _latin_towns(doc, places)
    assert places[1].latin is None and places[1].precision == "country"


def test_a_list_after_a_colon_that_a_plural_kind_word_announces_names_places(pipeline: Pipeline) -> None:
    text = "وفي أبها حظيت المتنزهات السياحية: السودة، الفرعاء، دلغان، بإقبال كبير من الزوار."
    doc = pipeline(Article("g", text))
    by_name = {p.name: p for p in doc.places}
    for name in ("الفرعاء", "دلغان"):
        p = by_name.get(name)
        # announced as parks, and placed where the list's located item («السودة», near Abha) lies
        assert p is not None and p.feature == "natural" and p.precision == "near", name
        assert p.source == "near:curated:sa-soudah"


def test_a_colon_after_a_word_that_is_no_plural_kind_word_announces_nothing(pipeline: Pipeline) -> None:
    doc = pipeline(Article("g", "وقال المتحدث الرسمي: الفرعاء، دلغان، بخير والحمد لله."))
    assert not any(p.name in ("الفرعاء", "دلغان") and p.lat is not None for p in doc.places)
