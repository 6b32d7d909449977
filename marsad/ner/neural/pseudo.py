"""Sentences of unlabeled news tagged by a teacher model, as extra training data (training time only).

Self-training, or distilling an ensemble into one network: a few models trained on ANERcorp with
different seeds, run together as one ensemble (:func:`marsad.ner.neural.train.export`), tag sentences
of the ANT multi-source corpus (Apache 2.0), and one network is trained on ANERcorp plus those
sentences. It sees thousands of names that ANERcorp never shows, in 2018 news contexts, labelled by a
teacher better than any single member, and tags at the cost of one network.

The sentences are picked deterministically: articles spread evenly over the corpus, the first
sentence of each with 6 to 50 tokens, mostly Arabic words. The tagged sentences are
written as a two-column file (word, tag) so a run can be checked and resumed.
"""

from __future__ import annotations

import json
import lzma
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from marsad.model import Token
from marsad.ner.corpus import TaggedSentence
from marsad.text.sentences import split_sentences
from marsad.text.tokens import is_arabic_word, tokenize

MIN_TOKENS = 6
MAX_TOKENS = 50
MIN_ARABIC = 0.7
"""Share of a sentence's tokens that must be Arabic words."""


def unlabeled_sentences(path: Path, limit: int, per_article: int = 1) -> Iterator[list[str]]:
    """Up to ``limit`` token lists from the ANT archive (``.jsonl.xz``), up to ``per_article`` from each
    article, from articles spread evenly over the corpus (every ``articles * per_article // limit``-th one)."""
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        stride = max(1, sum(1 for _ in fh) * per_article // max(1, limit))
    n = 0
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k % stride:
                continue
            text = json.loads(line).get("text") or ""
            taken = 0
            for s, e in split_sentences(text):
                toks = tokenize(text, s, e)
                if not MIN_TOKENS <= len(toks) <= MAX_TOKENS:
                    continue
                if sum(is_arabic_word(t) for t in toks) < MIN_ARABIC * len(toks):
                    continue
                yield [t.text for t in toks]
                n += 1
                taken += 1
                if n >= limit:
                    return
                if taken >= per_article:
                    break  # few sentences per article: more articles, more kinds of names


def pseudo_label(
    tag_many: Callable[[Sequence[Sequence[Token]]], list[list[str]]],
    sentences: list[list[str]],
) -> list[TaggedSentence]:
    """The ``sentences`` with the tags the teacher's ``tag_many`` gives them."""
    tokens = [TaggedSentence(words, ["O"] * len(words)).tokens() for words in sentences]
    return [TaggedSentence(words, tags) for words, tags in zip(sentences, tag_many(tokens), strict=True)]


def write_tagged(path: Path, sentences: list[TaggedSentence]) -> None:
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for s in sentences:
            fh.writelines(f"{w}\t{t}\n" for w, t in zip(s.words, s.tags, strict=True))
            fh.write("\n")
    tmp.rename(path)
