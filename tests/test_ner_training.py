"""`marsad train …` reproduces the committed model files byte for byte from the corpora."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from conftest import shared

from marsad.ner.crf import MODEL
from marsad.ner.gazetteer import DATA


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def test_train_ner_reproduces_the_bundled_model(tmp_path: Path) -> None:
    corpus = shared("anercorp", "ANERCorp_CamelLab_train.reconstructed.txt")
    out = tmp_path / "ner.crfsuite"
    proc = subprocess.run(
        [sys.executable, "-m", "marsad.cli", "train", "ner", "--corpus", str(corpus), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=1200,
        env={**os.environ, "PYTHONHASHSEED": "123"},
    )
    assert proc.returncode == 0, proc.stderr
    assert md5(out) == md5(MODEL), "the bundled NER model is not what 'marsad train ner' produces; retrain it"


def test_gazetteer_rebuild_is_identical(tmp_path: Path) -> None:
    from marsad.ner.gazetteer import build_gazetteer

    wikifane = shared("wikifane", "WikiFANE_Gold_2014_500K.txt")
    out = tmp_path / "gazetteer.tsv"
    build_gazetteer(wikifane, out)
    assert md5(out) == md5(DATA), "the bundled gazetteer is not what 'marsad train gazetteer' produces"
