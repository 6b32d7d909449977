"""Settings: defaults, TOML files, and clear errors for bad settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import ConfigError
from marsad.settings import Settings


def test_defaults() -> None:
    s = Settings()
    assert s.ingest.max_chars == 1_000_000 and s.ner.backend == "crf" and s.ner.model is None


def test_from_toml(tmp_path: Path) -> None:
    p = tmp_path / "m.toml"
    p.write_text('[ingest]\nmax_chars = 5000\nmin_arabic_ratio = 1\n[ner]\nmodel = "/x.crfsuite"\n', encoding="utf-8")
    s = Settings.from_toml(p)
    assert s.ingest.max_chars == 5000 and s.ingest.min_arabic_ratio == 1 and s.ner.model == "/x.crfsuite"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[nope]\nx = 1\n", "unknown section [nope]; known sections: actors, events, geo, ingest, ner, pipeline"),
        ("[ingest]\nmax = 1\n", "unknown key 'max' in [ingest]; known keys: max_chars, min_arabic_ratio, min_chars"),
        ("[ingest]\nmax_chars = 'x'\n", "[ingest] max_chars must be int, got 'x'"),
        ("ingest = 3\n", "[ingest] must be a table of keys"),
        ("[ingest\n", "is not valid TOML"),
    ],
)
def test_bad_settings(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "bad.toml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Settings.from_toml(p)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        Settings.from_toml(tmp_path / "none.toml")


def test_unknown_backend_is_an_error() -> None:
    from marsad.ner import NerStage
    from marsad.settings import NerSettings

    with pytest.raises(ConfigError, match="unknown NER backend 'bert'; choose one of: crf, neural"):
        NerStage(NerSettings(backend="bert"))
