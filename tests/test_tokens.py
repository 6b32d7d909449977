"""Tests of tokenisation and clitic segmentation (marsad.text.tokens)."""

import pytest

from marsad.text.tokens import segment, tokenize, word_token


def parts(word: str) -> tuple[str, str, str]:
    t = word_token(word)
    return t.prefix, t.stem, t.suffix


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وقال", ("و", "قال", "")),
        ("وبنغازي", ("و", "بنغازي", "")),
        ("لحفتر", ("ل", "حفتر", "")),
        ("ومصراته", ("و", "مصراته", "")),
        ("بالعاصمة", ("ب", "العاصمه", "")),
        ("وللسلام", ("ولل", "سلام", "")),
        ("حكومته", ("", "حكومه", "ه")),  # taa marbuta restored before the pronoun
        ("سيقوم", ("س", "يقوم", "")),  # future particle
        # names and words that only look clitic-initial stay whole
        ("بنغازي", ("", "بنغازي", "")),
        ("وليد", ("", "وليد", "")),
        ("كما", ("", "كما", "")),
        ("لبنان", ("", "لبنان", "")),
        ("بيروت", ("", "بيروت", "")),
        ("فرنسا", ("", "فرنسا", "")),
    ],
)
def test_segmentation(word: str, expected: tuple[str, str, str]) -> None:
    assert parts(word) == expected


def test_segment_is_a_partition_of_the_key() -> None:
    for key in ["والصادرات", "وبالجزاير", "للسلام", "كتابهم", "سيقوم"]:
        p, s, x = segment(key)
        assert p + s + x == key


def test_offsets_refer_to_original_text() -> None:
    text = "وقالَ المشيرُ حفتر إنّ قواته سيطرت على ومصراتة، بـ3.5 %"
    toks = tokenize(text)
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.start <= t.core_start <= t.stem_start <= t.stem_end <= t.end
    by_text = {t.text: t for t in toks}
    m = by_text["ومصراتة"]
    assert text[m.stem_start : m.stem_end] == "مصراتة"
    assert text[m.core_start : m.end] == "مصراتة"
    q = by_text["قواته"]
    assert text[q.stem_start : q.stem_end] == "قوات"
    assert [t.text for t in toks][-5:] == ["ومصراتة", "،", "بـ", "3.5", "%"]


def test_core_keeps_the_article() -> None:
    text = "وبالجزائر وللسعودية"
    a, b = tokenize(text)
    assert text[a.core_start : a.end] == "الجزائر"
    assert a.core == "الجزاير"
    assert b.core == "السعوديه"  # لل = ل + ال, the alef is restored in the matching form
    assert text[b.core_start : b.end] == "سعودية"


def test_punctuation_numbers_and_invisible_marks() -> None:
    text = "قال:\u200f «نعم» (د ب أ) 1,000 ٣٫٥ U.N."
    toks = [t.text for t in tokenize(text)]
    assert toks == ["قال", ":", "«", "نعم", "»", "(", "د", "ب", "أ", ")", "1,000", "٣٫٥", "U", ".", "N", "."]


def test_diacritics_stay_in_the_token() -> None:
    text = "وَقَالَ"
    (t,) = tokenize(text)
    assert t.text == text and t.norm == "وقال" and t.prefix == "و"
    assert text[t.stem_start : t.stem_end] == "قَالَ"


def test_tokenize_window() -> None:
    text = "أولا. ثم وبنغازي"
    toks = tokenize(text, 6)
    assert [t.text for t in toks] == ["ثم", "وبنغازي"]
    assert toks[1].start == 9
    assert [t.text for t in tokenize(text, 0, 5)] == ["أولا", "."]


@pytest.mark.parametrize(("word", "prefix", "core"), [("بأبها", "ب", "ابها"), ("وبأبها", "وب", "ابها")])
def test_a_hamza_name_behind_a_clitic_is_split(word: str, prefix: str, core: str) -> None:
    # normalised, «بأبها» (in Abha) reads «بابها» (her door); the hamza says a new word starts there
    t = tokenize(f"وصل الوفد {word} أمس")[2]
    assert (t.prefix, t.core) == (prefix, core)
    assert t.text[t.core_start - t.start :] == word[len(prefix) :]


def test_without_the_hamza_the_common_word_stays_whole() -> None:
    t = tokenize("فتح بابها أمس")[1]
    assert (t.prefix, t.stem, t.suffix) == ("", "باب", "ها")


@pytest.mark.parametrize(
    ("word", "prefix", "core"),
    [("سائرون", "", "سايرون"), ("وسائرون", "و", "سايرون"), ("سأعود", "س", "اعود"), ("وسأعود", "وس", "اعود")],
)
def test_sa_is_the_future_particle_only_before_a_hamza(word: str, prefix: str, core: str) -> None:
    t = tokenize(word)[0]
    assert (t.prefix, t.core) == (prefix, core)


@pytest.mark.parametrize(
    ("word", "prefix", "core"),
    [
        ("وسنار", "و", "سنار"),  # Sennar, not و + س + نار (fire)
        ("وسنجار", "و", "سنجار"),
        ("وسنعود", "وس", "نعود"),  # a verb keeps its future particle
        ("فسيتم", "فس", "يتم"),
    ],
)
def test_the_future_particle_never_comes_off_a_known_name(word: str, prefix: str, core: str) -> None:
    t = tokenize(word)[0]
    assert (t.prefix, t.core) == (prefix, core)
