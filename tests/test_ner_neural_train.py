"""Tests of the neural tagger's training data (marsad.ner.neural.train and .embeddings)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from marsad.ner.neural.embeddings import saudinewsnet_texts
from marsad.ner.neural.train import main, read_wikifane

# WikiFANE Gold's layout: token TAB fine-grained BIO tag, CRLF, a left-to-right mark before some tokens,
# sentences separated by a line holding only a tab; clitics are separate tokens (و هي، سكان ها).
WIKIFANE_SAMPLE = [
    [("\u200eزار", "O"), ("الرئيس", "O"), ("و", "O"), ("باراك", "B-Politician"), ("أوباما", "I-Politician")],
    [("قرأ", "O"), ("رواية", "O"), ("الحرافيش", "B-Book"), ("في", "O"), ("القاهرة", "B-Population-Center")],
    [("كان", "O"), ("الجو", "O"), ("حارا", "O")],
    [("سكان", "O"), ("ها", "O"), ("في", "O"), ("بغداد", "B-Population-Center")],
]


def write_sample(path: Path) -> Path:
    lines = ["\ufeff"]
    for sent in WIKIFANE_SAMPLE:
        lines += [f"{w}\t{t}\r\n" for w, t in sent]
        lines.append("\t\r\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_wikifane_classes_map_to_coarse_types_and_clitics_are_glued(tmp_path: Path) -> None:
    sents = {" ".join(s.words): s.tags for s in read_wikifane(write_sample(tmp_path / "fane.txt"))}
    assert sents["زار الرئيس وباراك أوباما"] == ["O", "O", "B-PER", "I-PER"]
    # a book is no coarse type: its name becomes O
    assert sents["قرأ رواية الحرافيش في القاهرة"] == ["O", "O", "O", "O", "B-LOC"]
    assert "سكانها في بغداد" in sents
    assert len(sents) == 4


def test_wikifane_whole_keeps_sentences_whose_names_all_map(tmp_path: Path) -> None:
    sents = [" ".join(s.words) for s in read_wikifane(write_sample(tmp_path / "fane.txt"), whole=True)]
    # the book sentence would teach that a name is no entity; the nameless one teaches nothing
    assert sorted(sents) == sorted(["زار الرئيس وباراك أوباما", "سكانها في بغداد"])


def test_saudinewsnet_vectors_never_replace_the_bundled_model(tmp_path: Path) -> None:
    # (an empty --data and --work: without the guard this fails at once, writing nothing)
    args = ["vectors", "--with-saudinewsnet", "--data", str(tmp_path), "--work", str(tmp_path)]
    with pytest.raises(SystemExit, match="CC BY-NC-SA, so vectors learnt from it must not replace the bundled"):
        main(args)


def test_saudinewsnet_texts_read_titles_and_contents(tmp_path: Path) -> None:
    day = [{"title": "عنوان", "content": "نص الخبر", "source": "x"}, {"title": "", "content": "خبر ثان"}]
    with zipfile.ZipFile(tmp_path / "2015-07-21.zip", "w") as zf:
        zf.writestr("2015-07-21.json", json.dumps(day, ensure_ascii=False))
    assert list(saudinewsnet_texts(tmp_path)) == ["عنوان", "نص الخبر", "خبر ثان"]
