"""Tests of the Arabic folding table (marsad.text.normalize)."""

import pyarabic.araby as araby
import pytest

from marsad.text.normalize import FOLDING_TABLE, arabic_ratio, normalize, normalize_with_map, original_span


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("أَعْلَنَ", "اعلن"),  # harakat removed, hamza-on-alef folded
        ("إسلام", "اسلام"),
        ("آمال", "امال"),
        ("ٱلله", "الله"),  # alef wasla
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("ليبیا", "ليبيا"),  # Farsi yeh
        ("مصراتة", "مصراته"),  # taa marbuta
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("ســـلام", "سلام"),  # tatweel
        ("كاريکاتير", "كاريكاتير"),  # Persian keheh
        ("ڨرقنة", "قرقنه"),  # Maghrebi qaf with three dots
        ("ڤيينا", "فيينا"),
        ("٢٠ جانفي ٢٠٢٤", "20 جانفي 2024"),  # Eastern Arabic digits
        ("۱۲۳", "123"),  # Persian digits
        ("٣٫٥", "3.5"),
        ("ﻻ", "لا"),  # presentation form ligature via NFKC
        ("ﷲ", "الله"),
        ("طرابلس\u200f", "طرابلس"),  # bidi mark
        ("بن\u200cغازي", "بنغازي"),  # zero-width non-joiner
        ("\ufeffنص", "نص"),  # BOM
        ("UN Security", "un security"),
        ("الماء", "الماء"),  # hamza on the line is kept
    ],
)
def test_normalize(raw: str, key: str) -> None:
    assert normalize(raw) == key


def test_table_covers_pyarabic_tashkeel_and_tatweel() -> None:
    for ch in [*araby.TASHKEEL, araby.TATWEEL, araby.SHADDA, araby.SUKUN]:
        assert FOLDING_TABLE.get(ch) == "", f"{ch!r} ({ord(ch):04X}) must be removed"
    for ch in araby.ALEFAT:
        # pyarabic counts alef maqsura (folded to yeh here, as CAMeL Tools does for matching) and the
        # superscript alef (a diacritic, removed) among the alefs
        if ch not in (araby.ALEF, araby.ALEF_MAKSURA, "\u0670"):
            assert FOLDING_TABLE.get(ch) == araby.ALEF, f"{ch!r} must fold to alef"


def test_map_points_into_original() -> None:
    text = "قالَ المشيرُ خليفة حفتر"
    key, offsets = normalize_with_map(text)
    assert key == "قال المشير خليفه حفتر"
    assert len(offsets) == len(key) + 1
    i = key.index("المشير")
    start, end = original_span(offsets, i, i + len("المشير"))
    assert text[start:end] == "المشيرُ"  # the final damma stays inside the span


def test_map_with_ligature_expansion() -> None:
    text = "ﻻ بد"
    key, offsets = normalize_with_map(text)
    assert key == "لا بد"
    assert offsets[:3] == [0, 0, 1]


def test_normalize_with_map_agrees_with_normalize() -> None:
    for text in ["أَعْلَنَ الرئيسُ", "ﻻ ١٢٣ ـــ مصراتة", "Libya ليبيا", ""]:
        assert normalize_with_map(text)[0] == normalize(text)


def test_arabic_ratio() -> None:
    assert arabic_ratio("هذا نص عربي") == 1.0
    assert arabic_ratio("This is English") == 0.0
    assert arabic_ratio("123 !!") == 0.0
    assert 0.3 < arabic_ratio("نص عربي mixed text") < 0.6


def test_offset_map_of_plain_words_equals_the_per_character_map() -> None:
    # normalize_with_map takes a short cut when every character folds to exactly one; the result must be
    # what folding each character on its own gives
    for text in ["وبنغازي", "مصراتة", "أجدابيا", "ڨفصة", "٢٠٢٤", "Tripoli", "إِلى", "ﻻ", "Straße", "سـلام"]:
        key, offsets = normalize_with_map(text)
        expected_key, expected_offsets = "", []
        for i, ch in enumerate(text):
            piece = normalize(ch)
            expected_key += piece
            expected_offsets += [i] * len(piece)
        assert (key, offsets) == (expected_key, [*expected_offsets, len(text)]), text


def test_moroccan_g_letters_match_kaf() -> None:
    # Moroccan papers write /g/ as ڭ or ݣ (أݣادير، ڭلميم); gazetteers spell the names with ك
    assert normalize("أݣادير") == normalize("أكادير") == normalize("أڭادير")
