"""Draw fresh articles for a new annotation batch or a precision audit: articles no bench/dev set refers to.

Run:  python bench/fresh_articles.py --source ant|snn --n 30 --seed S --out FILE.jsonl
          [--claimed CLAIMS.txt] [--grep WORD,WORD,...]

Reads the ANT multi-source corpus (``--source ant``, key: the article's ``id``) or the SaudiNewsNet sample
(``--source snn``, key: ``<zip>|<url>``, text: ``content``) from ../shared/data, leaves out every article that a
record of bench/dev/*.jsonl refers to (by ``ant_id`` or ``url``) and every key listed in ``--claimed`` (so that
several annotators drawing at the same time never take the same article; the drawn keys are appended to it under
a file lock), leaves out near-copies of referenced articles (a paper reprinting another's story: half or more of
the article's six-word runs occur in referenced articles of either corpus), keeps articles of 150–700 words with at
least two of the ``--grep`` words, shuffles them with ``--seed`` and writes the first ``--n`` as JSON Lines (``key``,
``source``, ``published``, ``text``).

The batches annotated on 2026-12-01 were drawn this way (the seeds are given in bench/dev/README-*.md); near-copies
are left out since the second batch of that day (the first drew one: aawsat's reprint of d70's Mukalla story).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import lzma
import random
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from _common import corpus, referenced

CONFLICT_WORDS = "قتل,هجوم,اشتباك,غارة,قصف,تفجير,اعتقال,مظاهر,احتجاج,دعم,تحالف,اتفاق,حوثي,مسلح,عسكري,قوات"


def articles(source: str) -> Iterator[tuple[str, str, str, str]]:
    """``(key, url-or-id, published, text)`` of every article of one corpus."""
    if source == "ant":
        with lzma.open(corpus("ant_multisource", "ant_multisource.jsonl.xz"), "rt", encoding="utf-8") as fh:
            for a in map(json.loads, fh):
                yield a["id"], a["id"], a.get("published") or "", a.get("text") or ""
        return
    for path in sorted(corpus("saudinewsnet_sample").glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            member = next(n for n in z.namelist() if n.endswith(".json"))
            for a in json.loads(z.read(member)):
                published = (a.get("date_extracted") or "")[:10]
                yield f"{path.name}|{a['url']}", a["url"], published, a.get("content") or ""


SHINGLE = 6
"""Words per run compared when looking for a reprint."""
COPY_SHARE = 0.5
"""An article whose runs occur in referenced articles at least this often is a copy of one of them."""


def shingles(text: str) -> set[int]:
    """Hashes of the article's runs of ``SHINGLE`` words (punctuation dropped, so a reprint's edits to commas do
    not hide it)."""
    words = re.findall(r"\w+", text)
    return {hash(tuple(words[k : k + SHINGLE])) for k in range(max(0, len(words) - SHINGLE + 1))}


def referenced_runs(used: set[str]) -> set[int]:
    """The runs of every referenced article of both corpora."""
    runs: set[int] = set()
    for source in ("ant", "snn"):
        for _key, ref, _published, text in articles(source):
            if ref in used:
                runs |= shingles(text)
    return runs


def copied(text: str, runs: set[int]) -> bool:
    own = shingles(text)
    return bool(own) and len(own & runs) >= COPY_SHARE * len(own)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", choices=["ant", "snn"], required=True)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--claimed", type=Path, default=None, help="keys already taken by other annotators")
    ap.add_argument("--grep", default=CONFLICT_WORDS, help="comma-separated words; two must occur")
    a = ap.parse_args()
    used = referenced()
    runs = referenced_runs(used)
    words = [w for w in a.grep.split(",") if w]
    claimed = a.claimed
    if claimed is not None:
        claimed.touch()
    with claimed.open("r+", encoding="utf-8") if claimed else open("/dev/null", "r+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        taken = set(lock.read().split("\n"))
        pool = [
            (key, published, text)
            for key, ref, published, text in articles(a.source)
            if ref not in used
            and key not in taken
            and 150 <= len(text.split()) <= 700
            and sum(w in text for w in words) >= 2
            and not copied(text, runs)
        ]
        random.Random(a.seed).shuffle(pool)
        picked = pool[: a.n]
        if claimed is not None:
            lock.seek(0, 2)
            lock.writelines(key + "\n" for key, _, _ in picked)
    with a.out.open("w", encoding="utf-8") as out:
        for key, published, text in picked:
            record = {"key": key, "source": a.source, "published": published, "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(picked)} articles -> {a.out} (from {len(pool)} fresh articles with the words)")


if __name__ == "__main__":
    main()
