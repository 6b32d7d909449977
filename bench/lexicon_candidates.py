"""Candidate event triggers the lexicon lacks: the word-vector neighbours of its triggers, to be READ.

Run:  python bench/lexicon_candidates.py [--top 300] [--k 50] [--min-sim 0.62] [--min-freq 10]
          [--sort score|sim|freq] [--type ASSAULT,COERCE] [--examples 5] [--seed 0] [--skip 0]
          [--only STEM,STEM]

Why: on fresh news about a quarter of the gold triggers are words the lexicon lacks (تسلل، إجبار، توقيف),
and most of them are near-synonyms of listed triggers. The neural NER ships word vectors learnt from 7.8M
words of Arabic news (marsad/ner/neural/data/vectors.npz); their nearest neighbours of a trigger («اعتقال»
→ «توقيف», «اشتباكات» → «صدامات») are the words news uses in the same slots, so they are the candidates
worth reading, found for every trigger at once rather than one missed sentence at a time.

What: every trigger form of marsad/events/data/triggers.tsv (the first word of each entry, normalised) gets
its ``--k`` nearest table words by cosine. A neighbour is dropped when the lexicon already matches it as
events detection looks it up (:meth:`marsad.events.triggers.TriggerFinder.for_token` on the word as the
tokenizer segments it, so glued and inflected forms of known triggers, «وتوقيفه» of a listed «توقيف», are
not proposed again), when it is no Arabic word of three letters or more, or when it is a function word.
The rest are grouped by stem (the tokenizer's stem without the article, and without a plural, dual,
feminine or accusative ending: «صدامات», «الصدامات», «صدام» are one group) and each group gets its best
cosine to a trigger (with that trigger and its PLOVER type) and its frequency in the unlabeled articles
that no bench/dev set refers to (ANT multi-source 2018 and the SaudiNewsNet sample, as
bench/fresh_articles.py reads them). Groups are ranked by ``score = (sim − 0.5) × log10(1 + freq)`` (or by sim or
freq alone), and ``--examples N`` prints N usage sentences of each from those articles (a seeded sample
over distinct articles), which is what decides: a candidate is added to triggers.tsv only when most of its
uses are the event (see the vetted section at the end of that file).

Output (stdout): one block per group: rank, score, sim, freq, stem, its forms, the nearest trigger and its
type; then the example sentences (``--examples``). Nothing is written.
"""

from __future__ import annotations

import argparse
import math
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from _common import REPO, referenced
from fresh_articles import articles

from marsad.events.lexicon import load_lexicon, strip_article, tsv_rows
from marsad.events.triggers import TriggerFinder
from marsad.ner.neural.vectors import SubwordVectors
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize
from marsad.text.tokens import NEVER_SPLIT, word_token

VECTORS = REPO / "marsad" / "ner" / "neural" / "data" / "vectors.npz"
TRIGGERS = REPO / "marsad" / "events" / "data" / "triggers.tsv"
WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
SENTENCE = re.compile(r"[^.!؟?\n]+")
WINDOW = 110
"""Characters of an example shown either side of the candidate (marked with [ ])."""
ENDINGS = ("ات", "ين", "ون", "ان", "ه", "ا")
"""Endings taken off a stem for grouping (plural, dual, feminine, accusative), longest first."""
SIM_FLOOR = 0.5
"""The score counts the cosine above this (unrelated news words sit around 0.5 from any trigger)."""
FUNCTION_ZIPF = 5.6
"""Words more common than this (zipf) are function words or verbs of saying, never proposed."""


@dataclass
class Group:
    key: str
    forms: Counter[str] = field(default_factory=Counter)
    sim: float = 0.0
    nearest: str = ""
    ptype: str = ""

    @property
    def freq(self) -> int:
        return sum(self.forms.values())

    def score(self) -> float:
        return (self.sim - SIM_FLOOR) * math.log10(1 + self.freq)


def group_key(word: str) -> str:
    """The stem a candidate is grouped by: tokenizer stem, article off, one grouping ending off."""
    tok = word_token(word)
    stem = strip_article(tok.stem or tok.norm)
    for e in ENDINGS:
        if stem.endswith(e) and len(stem) - len(e) >= 3:
            return stem[: -len(e)]
    return stem


def trigger_queries(types: set[str] | None) -> dict[str, str]:
    """Normalised first word of every trigger entry → its PLOVER type (the first entry's)."""
    out: dict[str, str] = {}
    for _where, (form, pos, ptype, _mode, _acled, _needs) in tsv_rows(TRIGGERS, 6):
        words = normalize(form).split()
        # one-word noun and verb entries: a phrase's first word («مسؤولون عن», «أطلق النار») and the inflected
        # forms listed whole («طردهما») are no trigger by themselves, and their neighbours are noise
        if (types and ptype not in types) or pos == "form" or len(words) != 1 or zipf(words[0]) > FUNCTION_ZIPF:
            continue
        out.setdefault(words[0], ptype)
    return out


def corpus_counts(used: set[str]) -> tuple[Counter[str], int]:
    """Normalised word counts of the unlabeled articles (both corpora, referenced ones left out)."""
    raw: Counter[str] = Counter()
    n = 0
    for source in ("ant", "snn"):
        for _key, ref, _published, text in articles(source):
            if ref in used:
                continue
            n += 1
            raw.update(WORD.findall(text))
    counts: Counter[str] = Counter()
    for w, c in raw.items():
        counts[normalize(w)] += c
    return counts, n


def neighbours(queries: dict[str, str], k: int, min_sim: float) -> dict[str, tuple[float, str]]:
    """Table word → (best cosine to a query, that query), over the top ``k`` of every query."""
    sv = SubwordVectors(VECTORS)
    words = [""] * len(sv.index)
    for w, i in sv.index.items():
        words[i] = w
    table = sv.word_vectors / np.maximum(np.linalg.norm(sv.word_vectors, axis=1, keepdims=True), 1e-6)
    qs = list(queries)
    qv = sv.vectors(qs)
    qv = qv / np.maximum(np.linalg.norm(qv, axis=1, keepdims=True), 1e-6)
    best: dict[str, tuple[float, str]] = {}
    for a in range(0, len(qs), 256):
        sims = qv[a : a + 256] @ table.T
        top = np.argpartition(-sims, k, axis=1)[:, :k]
        for r, row in enumerate(top):
            for j in row:
                s = float(sims[r, j])
                if s >= min_sim and s > best.get(words[j], (0.0, ""))[0]:
                    best[words[j]] = (s, qs[a + r])
    return best


def candidates(a: argparse.Namespace, counts: Counter[str]) -> list[Group]:
    types = set(a.type.split(",")) if a.type else None
    queries = trigger_queries(types)
    finder = TriggerFinder(load_lexicon())
    groups: dict[str, Group] = {}
    for word, (sim, query) in neighbours(queries, a.k, a.min_sim).items():
        if len(word) < 3 or not WORD.fullmatch(word) or word in NEVER_SPLIT or zipf(word) > FUNCTION_ZIPF:
            continue
        if finder.for_token(word_token(word)):
            continue
        key = group_key(word)
        g = groups.setdefault(key, Group(key))
        g.forms[word] = counts.get(word, 0)
        if sim > g.sim:
            g.sim, g.nearest, g.ptype = sim, query, queries[query]
    # the other forms of a group's stem seen in the corpus (the neighbours give only some of them)
    for w, c in counts.items():
        if c >= 3 and WORD.fullmatch(w):
            key = group_key(w)
            if key in groups and w not in groups[key].forms and not finder.for_token(word_token(w)):
                groups[key].forms[w] = c
    out = [g for g in groups.values() if g.freq >= a.min_freq and (not a.only or g.key in a.only)]
    sort = {"score": Group.score, "sim": lambda g: g.sim, "freq": lambda g: g.freq}[a.sort]
    out.sort(key=sort, reverse=True)
    return out[a.skip : a.skip + a.top]


def examples(groups: list[Group], n: int, seed: int, used: set[str]) -> dict[str, list[str]]:
    """Up to ``n`` sentences of each group, one per article, by reservoir sampling over the articles."""
    form_group = {f: g.key for g in groups for f in g.forms}
    norm = lru_cache(maxsize=None)(normalize)  # the same words recur in every article
    rng = random.Random(seed)
    seen: Counter[str] = Counter()
    picked: dict[str, list[str]] = defaultdict(list)
    for source in ("ant", "snn"):
        for _key, ref, _published, text in articles(source):
            if ref in used:
                continue
            hits: dict[str, str] = {}
            for m in SENTENCE.finditer(text):
                sent = m.group()
                for w in WORD.finditer(sent):
                    g = form_group.get(norm(w.group()))
                    if g and g not in hits:
                        a, b = max(0, w.start() - WINDOW), w.end() + WINDOW
                        hits[g] = f"{sent[a : w.start()]}[{w.group()}]{sent[w.end() : b]}".strip()
            for g, sent in hits.items():
                seen[g] += 1
                if len(picked[g]) < n:
                    picked[g].append(sent)
                else:
                    j = rng.randrange(seen[g])
                    if j < n:
                        picked[g][j] = sent
    return picked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--skip", type=int, default=0, help="leave out the first N ranked groups")
    ap.add_argument("--k", type=int, default=50, help="neighbours per trigger form")
    ap.add_argument("--min-sim", type=float, default=0.62)
    ap.add_argument("--min-freq", type=int, default=10, help="least count of a group in the unlabeled articles")
    ap.add_argument("--sort", choices=["score", "sim", "freq"], default="score")
    ap.add_argument("--type", default="", help="only neighbours of triggers of these PLOVER types")
    ap.add_argument("--examples", type=int, default=0, help="usage sentences per candidate")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", default="", help="comma-separated group stems to show (as printed), e.g. صدام,تسلل")
    a = ap.parse_args()
    a.only = {normalize(w) for w in a.only.split(",") if w}
    used = referenced()
    counts, n_articles = corpus_counts(used)
    groups = candidates(a, counts)
    shown = examples(groups, a.examples, a.seed, used) if a.examples else {}
    print(f"# {len(groups)} candidate groups; frequencies over {n_articles} unlabeled articles")
    for rank, g in enumerate(groups, a.skip + 1):
        forms = " ".join(f"{w}:{c}" for w, c in g.forms.most_common(6))
        print(f"{rank}\t{g.score():.2f}\tsim={g.sim:.2f}\tfreq={g.freq}\t{g.key}\t[{forms}]\t~{g.nearest} {g.ptype}")
        for s in shown.get(g.key, []):
            print(f"    - {s}")


if __name__ == "__main__":
    main()
