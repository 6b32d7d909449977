"""Coverage of the event trigger lexicon on unlabeled news: which words it misses.

Run:  python bench/trigger_forms.py [--forms] [--near] [--top N] [--type ASSAULT,COERCE,PROTEST]

``--forms`` lists the lexicon's own gaps: verb entries with no verbal noun listed for the same type and
the commonest words of the unlabeled corpus that share a trigger's three root letters in a derived
pattern (a masdar اِفْتِعال/تَفْعِيل/مُفاعَلة, a passive اُفْتُعِل) without being a trigger. ``--near`` counts
the words of sentences holding a trigger of the chosen types that are no trigger themselves, ranked by
how much more often they stand beside those triggers than elsewhere (lift × frequency): the candidates
to READ in context before any is added (a word is added only when most of its news uses are the event).

The corpus is the unlabeled SaudiNewsNet sample and the ANT multi-source articles in ../shared/data;
the articles referenced by the bench/dev sets (dev and test) are left out, and no text is written
anywhere (counts only).
"""

from __future__ import annotations

import json
import lzma
import math
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator

from _common import corpus, referenced

from marsad.events.lexicon import candidate_keys, load_lexicon
from marsad.text.normalize import normalize

WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+")
SENTENCE = re.compile(r"[.!؟?؛\n]+")
PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "ولل", "لل", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def articles(skip: set[str]) -> Iterator[str]:
    for name in ("2015-08-01.zip", "2015-08-02.zip", "2015-08-03.zip"):
        with zipfile.ZipFile(corpus("saudinewsnet_sample", name)) as z:
            member = next(n for n in z.namelist() if n.endswith(".json"))
            for a in json.loads(z.read(member)):
                if a["url"] not in skip:
                    yield a["content"] or ""
    with lzma.open(corpus("ant_multisource", "ant_multisource.jsonl.xz"), "rt", encoding="utf-8") as fh:
        for a in map(json.loads, fh):
            if a["id"] not in skip and a.get("category") in ("middleEast", "internationalNews", "politics"):
                yield a["text"] or ""


def cores(word: str) -> list[str]:
    """The word and the word without each proclitic it may carry (longest first)."""
    out = [word]
    for c in PROCLITICS:
        if word.startswith(c) and len(word) - len(c) >= 3:
            out.append(word[len(c) :] if not c.endswith("لل") else "ال" + word[len(c) :])
    return out


def trigger_types(word: str, table: dict[str, list]) -> set[str]:
    types: set[str] = set()
    for core in cores(word):
        for key, _verb_ok in candidate_keys(core):
            for entry in table.get(key, ()):
                types.add(entry.plover_type)
    return types


def near(types: set[str], top: int) -> None:
    table = load_lexicon().triggers
    in_near: Counter[str] = Counter()
    overall: Counter[str] = Counter()
    cache: dict[str, set[str]] = {}
    n_near = n_all = 0
    for text in articles(referenced()):
        for sent in SENTENCE.split(text):
            words = [normalize(w) for w in WORD.findall(sent)]
            found = False
            keys = []
            for w in words:
                if w not in cache:
                    cache[w] = trigger_types(w, table)
                if cache[w] & types:
                    found = True
                elif not cache[w]:
                    keys.append(w[2:] if w.startswith("ال") and len(w) > 4 else w)
            overall.update(keys)
            n_all += len(keys)
            if found:
                in_near.update(keys)
                n_near += len(keys)
    ranked = []
    for w, c in in_near.items():
        if c < 8 or len(w) < 3:
            continue
        lift = (c / n_near) / (overall[w] / n_all)
        if lift > 0.6 * n_all / n_near:
            ranked.append((c * math.log(lift), w, c, overall[w], lift))
    ranked.sort(reverse=True)
    print(f"# {n_near} of {n_all} words in sentences with a trigger; word, count there, count overall, lift")
    for _score, w, c, total, lift in ranked[:top]:
        print(f"{w}\t{c}\t{total}\t{lift:.1f}")


def forms(top: int) -> None:
    """Verb lemmas whose verbal noun or passive is no trigger, counted in the corpus."""
    lex = load_lexicon()
    table = lex.triggers
    counts: Counter[str] = Counter()
    for text in articles(referenced()):
        for w in WORD.findall(text):
            counts[normalize(w)] += 1
    missing: Counter[str] = Counter()
    roots = _trigger_roots(table)
    for w, c in counts.items():
        if c < 5 or trigger_types(w, table):
            continue
        for core in cores(w):
            bare = core[2:] if core.startswith("ال") and len(core) > 4 else core
            # a masdar (افتعال/تفعيل/مفاعلة) or the passive of a hollow افتعل (اغتيل) of a listed verb's root
            if _masdar_root(bare) in roots:
                missing[bare] += c
                break
    for w, c in missing.most_common(top):
        print(f"{w}\t{c}")


def _masdar_root(word: str) -> str | None:
    if len(word) == 6 and word[0] == "ا" and word[2] == "ت" and word[4] == "ا":
        return word[1] + word[3] + word[5]  # افتعال
    if len(word) == 5 and word[0] == "ت" and word[3] == "ي":
        return word[1:3] + word[4]  # تفعيل
    if len(word) == 5 and word[0] == "م" and word[2] == "ا":
        return word[1] + word[3:5]  # مفاعل(ة)
    if len(word) == 6 and word[0] == "م" and word[2] == "ا" and word[5] == "ه":
        return word[1] + word[3:5]
    if len(word) == 5 and word[0] == "ا" and word[3] == "ي" and word[2] == "ت":
        return word[1] + word[3] + word[4]  # اغتيل, passive of a hollow افتعل
    return None


_ROOTS: set[str] = set()


def _trigger_roots(table: dict[str, list]) -> set[str]:
    if not _ROOTS:
        for key, entries in table.items():
            if any(e.pos == "verb" for e in entries) and len(key) in (3, 4, 5):
                if len(key) == 3:
                    _ROOTS.add(key)
                elif len(key) == 5 and key[0] == "ا" and key[2] == "ت":
                    _ROOTS.add(key[1] + key[3:])
                elif len(key) == 4 and key[1] == "ا":
                    _ROOTS.add(key[0] + key[2:])
    return _ROOTS


def main() -> None:
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 150
    types = {"ASSAULT", "COERCE", "PROTEST"}
    if "--type" in sys.argv:
        types = set(sys.argv[sys.argv.index("--type") + 1].split(","))
    if "--forms" in sys.argv:
        forms(top)
    else:
        near(types, top)
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
