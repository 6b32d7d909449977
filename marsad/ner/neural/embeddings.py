"""Subword word vectors learnt from unlabeled Arabic news (training time only: needs gensim).

The text is the ANT multi-source corpus (``../shared/data/ant_multisource``, Apache 2.0, so vectors
derived from it may ship). Each article is tokenised with :func:`marsad.text.tokens.tokenize` and
written as its normalised whole tokens (``Token.norm``): the tagger looks up both the whole token and
its clitic-free ``core`` (وبنغازي and بنغازي), so glued clitics need no separate training text.

gensim's FastText learns a vector per frequent word plus vectors for hashed character n-grams; the
shipped table (:func:`export_table`) keeps the most frequent words and every n-gram bucket, quantised
to int8 with one scale per row, so :class:`marsad.ner.neural.vectors.SubwordVectors` can build a
vector for any word at inference time without gensim.
"""

from __future__ import annotations

import json
import lzma
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np

from marsad.text.tokens import tokenize

EMBED_PARAMS: dict[str, int] = {
    "vector_size": 100,
    "window": 5,
    "min_count": 3,
    "min_n": 3,
    "max_n": 5,
    "bucket": 100_000,
    "epochs": 5,
    "sg": 1,
    "negative": 5,
}
"""FastText parameters (one worker thread, so the result is reproducible).

Also measured: the same parameters on the ANT corpus followed by the whole of SaudiNewsNet (19.5M
tokens against ANT's alone; 34 min on one busy core; vocabulary 160,680; table 25.1 MB), with
``train --with-saudinewsnet``: the tagger trained on those vectors (seed 1729, dev split) scored F1
0.7516 against 0.7580 with the shipped ANT vectors (PER 0.780 against 0.767, ORG 0.659 against 0.683;
unseen-name recall on the split 0.586 for both). Twice the text brought nothing, and SaudiNewsNet is
CC BY-NC-SA, so the shipped vectors stay ANT's alone."""

SEED = 1729


def article_texts(path: Path) -> Iterator[str]:
    """Titles and texts of the ANT multi-source JSON Lines archive (``.jsonl.xz``)."""
    with lzma.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for key in ("title", "text"):
                if rec.get(key):
                    yield rec[key]


def saudinewsnet_texts(folder: Path) -> Iterator[str]:
    """Titles and texts of SaudiNewsNet's daily zips (each one JSON array of articles).

    SaudiNewsNet is CC BY-NC-SA: vectors learnt from it are for experiments, never the shipped model.
    """
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name)):
                    for key in ("title", "content"):
                        if rec.get(key):
                            yield rec[key]


def write_token_corpus(src: Path | Iterable[str], out: Path, log: Callable[[str], None] = print) -> int:
    """Tokenise the unlabeled corpus (the ANT archive, or texts) into one line of normalised tokens per
    paragraph; return the number of tokens."""
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    t0 = time.perf_counter()
    tmp = out.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for text in article_texts(src) if isinstance(src, Path) else src:
            for para in text.split("\n"):
                toks = [t.norm for t in tokenize(para) if t.norm]
                if len(toks) > 1:
                    fh.write(" ".join(toks) + "\n")
                    n += len(toks)
    tmp.rename(out)
    log(f"token corpus: {n:,} tokens in {time.perf_counter() - t0:.0f} s → {out}")
    return n


def train_fasttext(
    corpus_file: Path, out: Path, params: dict[str, int] | None = None, log: Callable[[str], None] = print
) -> Path:
    """Train gensim FastText on a token corpus file (one worker: deterministic) and save it."""
    from gensim.models import FastText

    p = {**EMBED_PARAMS, **(params or {})}
    t0 = time.perf_counter()
    model = FastText(corpus_file=str(corpus_file), workers=1, seed=SEED, **p)
    log(f"fastText {p} trained in {time.perf_counter() - t0:.0f} s; vocabulary {len(model.wv):,}")
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(str(out))
    return out


def quantise(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows of ``m`` as int8 with one float16 scale per row (max-abs scaling)."""
    scale = np.abs(m).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(m / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float16)


def export_table(model_path: Path, out: Path, top_words: int, log: Callable[[str], None] = print) -> Path:
    """Write the shipped vector table: the ``top_words`` most frequent words and all n-gram buckets."""
    from gensim.models import FastText

    model = FastText.load(str(model_path))
    wv = model.wv
    words = list(wv.index_to_key[:top_words])
    wq, ws = quantise(np.asarray(wv.vectors[: len(words)], dtype=np.float32))
    nq, ns = quantise(np.asarray(wv.vectors_ngrams, dtype=np.float32))
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        words=np.array("\n".join(words)),
        word_q=wq,
        word_scale=ws,
        ngram_q=nq,
        ngram_scale=ns,
        min_n=np.int32(wv.min_n),
        max_n=np.int32(wv.max_n),
    )
    log(
        f"vector table: {len(words):,} words + {nq.shape[0]:,} n-gram buckets × {nq.shape[1]} → {out} "
        f"({out.stat().st_size / 1e6:.1f} MB)"
    )
    return out
