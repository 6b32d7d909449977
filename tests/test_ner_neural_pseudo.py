"""Tests of the teacher-tagged training sentences (marsad.ner.neural.pseudo), with the shipped tagger."""

from __future__ import annotations

from pathlib import Path

from conftest import shared

from marsad.ner.corpus import read_conll
from marsad.ner.neural import load_neural_tagger
from marsad.ner.neural.pseudo import MAX_TOKENS, MIN_TOKENS, pseudo_label, unlabeled_sentences, write_tagged
from marsad.text.tokens import is_arabic_word, tokenize


def test_unlabeled_sentences_are_deterministic_arabic_sentences_one_per_article() -> None:
    path = shared("ant_multisource", "ant_multisource.jsonl.xz")
    first = list(unlabeled_sentences(path, 40))
    assert first == list(unlabeled_sentences(path, 40))
    assert len(first) == 40
    for words in first:
        assert MIN_TOKENS <= len(words) <= MAX_TOKENS
        toks = tokenize(" ".join(words))
        assert sum(is_arabic_word(t) for t in toks) >= 0.7 * len(toks)
    assert len({tuple(w) for w in first}) == 40
    assert len(list(unlabeled_sentences(path, 5))) == 5


def test_pseudo_labels_round_trip_through_a_conll_file(tmp_path: Path) -> None:
    sentences = [
        "التقى الرئيس عبد الفتاح السيسي في القاهرة وزير الخارجية الروسي سيرغي لافروف".split(),
        "قصفت طائرات التحالف مواقع للحوثيين في صنعاء".split(),
    ]
    tagged = pseudo_label(load_neural_tagger().tag_many, sentences)
    assert [s.words for s in tagged] == sentences
    assert all(len(s.tags) == len(s.words) for s in tagged)
    first = dict(zip(tagged[0].words, tagged[0].tags, strict=True))
    assert first["القاهرة"] == "B-LOC"
    assert first["السيسي"] == "I-PER"
    path = tmp_path / "pseudo.tsv"
    write_tagged(path, tagged)
    back = read_conll(path)
    assert [(s.words, s.tags) for s in back] == [(s.words, s.tags) for s in tagged]
    assert not path.with_suffix(".part").exists()
