"""Tests of the word lexicon (marsad.text.lexicon): frequencies, Zipf values and the start-up cache."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from marsad.text import lexicon
from marsad.text.lexicon import ABSENT, zipf


def test_zipf_values_fold_spelling_variants_and_mark_unknown_words() -> None:
    assert 5.5 < zipf("قال") < 7.0
    assert zipf("xqxqxq") == ABSENT
    table = lexicon.word_frequencies()
    # «أ» folds to «ا»: the key holds the frequencies of both spellings
    assert zipf("اعلن") == round(math.log10(table["اعلن"] * 1e9), 2)
    assert "أعلن" not in table


def test_the_folded_table_is_cached_and_read_back_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path))
    lexicon.word_frequencies.cache_clear()
    try:
        built = lexicon.word_frequencies()
        files = list(tmp_path.glob("word-frequencies-*.marshal"))
        assert len(files) == 1 and not list(tmp_path.glob("*.part"))
        lexicon.word_frequencies.cache_clear()
        assert lexicon.word_frequencies() == built == lexicon._fold_frequencies()
        # a damaged cache file is rebuilt, not trusted
        files[0].write_bytes(b"\x00garbage")
        lexicon.word_frequencies.cache_clear()
        assert lexicon.word_frequencies() == built
        assert files[0].stat().st_size > 1_000_000
    finally:
        lexicon.word_frequencies.cache_clear()


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MARSAD_CACHE", str(blocker / "sub"))
    lexicon.word_frequencies.cache_clear()
    try:
        assert lexicon.word_frequencies()["قال"] > 0
    finally:
        lexicon.word_frequencies.cache_clear()
