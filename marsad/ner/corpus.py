"""Reading NER corpora in CoNLL form (``WORD TAG`` per line, blank line between sentences)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marsad.errors import InputError
from marsad.model import Token
from marsad.text.tokens import word_token

TAG_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
"""Corpus types → marsad types (ANERcorp writes PERS)."""


@dataclass(slots=True)
class TaggedSentence:
    words: list[str]
    tags: list[str]

    def tokens(self) -> list[Token]:
        out: list[Token] = []
        pos = 0
        for w in self.words:
            out.append(word_token(w, pos))
            pos += len(w) + 1
        return out


def _map_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    bio, typ = tag.split("-", 1)
    mapped = TAG_MAP.get(typ)
    return f"{bio}-{mapped}" if mapped else "O"


def read_conll(path: str | Path) -> list[TaggedSentence]:
    """Read a CoNLL file; tags are mapped with :data:`TAG_MAP` (unknown types become ``O``)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"corpus file {p} does not exist; give the path of a CoNLL file (WORD TAG per line)")
    sentences: list[TaggedSentence] = []
    words: list[str] = []
    tags: list[str] = []
    with p.open(encoding="utf-8-sig") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").replace("\u200e", "").replace("\u200f", "")
            if not line.strip():
                if words:
                    sentences.append(TaggedSentence(words, tags))
                    words, tags = [], []
                continue
            sep = "\t" if "\t" in line else " "
            if sep not in line:
                raise InputError(f"{p}:{n}: expected 'WORD TAG', got {line!r}")
            word, tag = line.rsplit(sep, 1)
            if not word:
                continue
            words.append(word)
            tags.append(_map_tag(tag.strip()))
    if words:
        sentences.append(TaggedSentence(words, tags))
    if not sentences:
        raise InputError(f"corpus file {p} has no sentences")
    return sentences
