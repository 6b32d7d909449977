"""The document-level consistency pass of the NER stage."""

from __future__ import annotations

import pytest

from marsad.model import Article
from marsad.ner import NerStage
from marsad.ner.consistency import propagate, tag_in_windows
from marsad.settings import NerSettings
from marsad.text.tokens import tokenize


def test_untagged_repetitions_get_the_names_type() -> None:
    forms = [["قال", "خليفة", "حفتر", "اليوم"], ["واكد", "خليفة", "حفتر", "ان"], ["حفتر", "رفض"]]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "O", "O", "O"], ["O", "O"]]
    out = propagate(forms, tags)
    assert out[1] == ["O", "B-PER", "I-PER", "O"]
    assert out[2] == ["O", "O"]  # حفتر alone was never tagged alone
    assert tags[1] == ["O", "O", "O", "O"]  # the input is not changed


def test_longest_name_first_and_majority_type() -> None:
    forms = [["بنغازي"], ["بنغازي"], ["بنغازي"], ["زار", "بنغازي", "الجديدة"], ["في", "بنغازي", "الجديدة"]]
    tags = [["B-LOC"], ["B-LOC"], ["B-ORG"], ["O", "B-LOC", "I-LOC"], ["O", "O", "O"]]
    out = propagate(forms, tags)
    assert out[4] == ["O", "B-LOC", "I-LOC"]
    assert out[2] == ["B-ORG"]  # a tag the tagger gave is never changed


def test_tags_are_never_removed_or_overlapped() -> None:
    forms = [["مجلس", "النواب"], ["رئيس", "مجلس", "النواب"]]
    tags = [["B-ORG", "I-ORG"], ["B-PER", "I-PER", "O"]]
    out = propagate(forms, tags)
    assert out[1] == ["B-PER", "I-PER", "O"]  # the match would overlap a tagged word


def test_short_single_words_are_not_spread() -> None:
    forms = [["من"], ["من", "هنا"]]
    tags = [["B-MISC"], ["O", "O"]]
    assert propagate(forms, tags)[1] == ["O", "O"]


def test_mismatched_input_is_an_error() -> None:
    with pytest.raises(ValueError, match="sentences"):
        propagate([["a"]], [])


def test_windows_apply_the_pass_per_window() -> None:
    sents = [tokenize("قال سلامة"), tokenize("سلامة"), tokenize("سلامة")]

    def tag_many(ss):  # type: ignore[no-untyped-def]
        return [["O", "B-PER"]] + [["O"] for _ in ss[1:]]

    assert tag_in_windows(tag_many, sents, 0) == [["O", "B-PER"], ["O"], ["O"]]
    assert tag_in_windows(tag_many, sents, 2) == [["O", "B-PER"], ["B-PER"], ["O"]]


class FirstOnly:
    """A tagger that finds «حفتر» only in the first sentence (as a sentence-level tagger may)."""

    def tag(self, tokens):  # type: ignore[no-untyped-def]
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences):  # type: ignore[no-untyped-def]
        return [["B-PER" if k == 0 and t.norm == "حفتر" else "O" for t in s] for k, s in enumerate(sentences)]


@pytest.mark.parametrize("consistency", [True, False])
def test_stage_tags_a_repeated_name_missed_once(consistency: bool) -> None:
    from marsad.model import Document
    from marsad.pipeline import segment_text

    text = "قال حفتر إن قواته تقدمت. ورفض حفتر الحوار."
    doc = segment_text(Document(Article("a1", text)))
    stage = NerStage(NerSettings(consistency=consistency))
    stage.tagger = FirstOnly()
    found = [m.text for m in stage(doc).mentions]
    assert found == (["حفتر", "حفتر"] if consistency else ["حفتر"])
