"""The neural NER tagger beside the feature CRF: accuracy, robustness and speed.

Run:  python bench/ner_neural.py [--model DIR] [--crf-model PATH] [--skip-speed] [--window N]

Prints, for both backends:

* exact-span P/R/F1 per type on the official ANERcorp CAMeL test (comparable with published figures;
  it has the sentence-initial defect described in ../shared/data/anercorp/SOURCE.md) and on the
  cleaned test;
* unseen-name recall on the cleaned test: gold entities whose normalised surface never occurs as an
  entity (of any type) in ANERcorp train; and F1 on the test sentences whose entities are all unseen
  (every sentence sharing a name with train held out);
* clitic-glued recall: the cleaned test with و، ب or ل glued to the first word of every entity that has
  no clitic yet (بنغازي → وبنغازي، الجزائر → للجزائر), gold spans unchanged (ANERcorp tags the whole
  word with its clitics);
* a small hand-written set in Maghrebi and Levantine press spelling (:data:`DIALECT_SET`);
* speed of the neural tagger alone, one thread: tokens/s over the cleaned test (cold: first pass with
  empty caches; warm: second pass).

The pipeline tags a document's sentences together and tags again the untagged repetitions of the
names found in it (:mod:`marsad.ner.consistency`). ANERcorp has no document boundaries, so by default
the test files are read as documents of 20 consecutive sentences (the window chosen on the development
split); ``--window 0`` scores sentence by sentence without that pass, as published figures are.

The development split (last 10% of train) chose every parameter; the test files are only scored here.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

from _common import corpus

from marsad.model import Token
from marsad.ner.consistency import tag_in_windows
from marsad.ner.corpus import TaggedSentence, read_conll
from marsad.ner.crf import CrfTagger, load_tagger
from marsad.ner.evaluate import Scores, evaluate, spans
from marsad.ner.neural import NeuralTagger
from marsad.text.normalize import normalize

Tagger = Callable[[Sequence[Sequence[Token]]], list[list[str]]]

DIALECT_SET = [
    # Maghrebi (Algerian, Tunisian, Moroccan, Libyan) press spelling: French-derived transliterations,
    # ڨ for the hard g, titles such as الوزير الأول, place names written as locally pronounced.
    "استقبل [PER عبد المجيد تبون] بقصر [LOC المرادية] سفير [LOC فرنسا] .",
    "قال [PER عبد العزيز جراد] إن ولاية [LOC تيزي وزو] تعرف نقصا في الماء .",
    "نظم سكان [LOC ورقلة] وقفة احتجاجية أمام مقر [ORG سوناطراك] .",
    "أعلنت [ORG النقابة الوطنية للصحفيين التونسيين] إضرابا في [LOC صفاقس] و[LOC ڨابس] .",
    "التقى [PER قيس سعيد] بالسيد [PER راشد الغنوشي] في [LOC قرطاج] .",
    "زار [PER سعد الدين العثماني] مدينة [LOC وجدة] رفقة وزير الداخلية [PER عبد الوافي لفتيت] .",
    "فاز [ORG الرجاء البيضاوي] على [ORG الوداد] في [LOC الدار البيضاء] .",
    "أكد [PER فايز السراج] أن قوات [PER حفتر] انسحبت من [LOC ترهونة] .",
    "وصل [PER غسان سلامة] إلى [LOC بنغازي] قادما من [LOC طرابلس] .",
    "صرح [PER عبد الإله بنكيران] لجريدة [ORG هسبريس] بأن [ORG حزب العدالة والتنمية] باق .",
    # Levantine press spelling: ميشال not ميشيل, local place names, party names.
    "استقبل الرئيس [PER ميشال عون] في [LOC بعبدا] الوزير [PER جبران باسيل] .",
    "أطلق [ORG حزب الله] صواريخ من [LOC الضاحية الجنوبية] باتجاه [LOC الجليل] .",
    "قال [PER وليد جنبلاط] إن [LOC الجبل] لن يكون ساحة للفتنة .",
    "شهدت [LOC طرابلس] اللبنانية اشتباكات بين [LOC باب التبانة] و[LOC جبل محسن] .",
    "التقى [PER أيمن الصفدي] نظيره [PER سيرغي لافروف] في [LOC عمان] .",
    "دخلت قوات [ORG الجيش السوري] بلدة [LOC خان شيخون] في ريف [LOC إدلب] .",
    "زار [PER نجيب ميقاتي] مدينة [LOC صيدا] ثم [LOC النبطية] .",
    "أعلنت [ORG وكالة الأنباء الأردنية] أن [PER عبد الله الثاني] سيزور [LOC الزرقاء] .",
]
"""Sentences written for this benchmark, entities in [TYPE …] brackets (tokens are space-separated)."""


def parse_bracketed(line: str) -> TaggedSentence:
    """``"قال [PER حفتر] …"`` → words and BIO tags (a clitic before ``[`` is glued to the first word)."""
    words: list[str] = []
    tags: list[str] = []
    rest = line
    while rest:
        i = rest.find("[")
        head = rest if i < 0 else rest[:i]
        head_words = head.split()
        glue = "" if head.endswith(" ") or not head_words else head_words.pop()
        for w in head_words:
            words.append(w)
            tags.append("O")
        if i < 0:
            break
        j = rest.index("]", i)
        typ, *name = rest[i + 1 : j].split()
        for k, w in enumerate(name):
            words.append((glue + w) if k == 0 else w)
            tags.append(("B-" if k == 0 else "I-") + typ)
        rest = rest[j + 1 :]
    return TaggedSentence(words, tags)


def surface(words: Sequence[str]) -> str:
    return " ".join(normalize(w) for w in words)


def train_names(train: Sequence[TaggedSentence]) -> set[str]:
    names: set[str] = set()
    for s in train:
        for a, b, _t in spans(s.tags):
            names.add(surface(s.words[a:b]))
    return names


def recall_on(gold: Sequence[TaggedSentence], pred: Sequence[Sequence[str]], keep: Callable[..., bool]) -> Scores:
    total = correct = 0
    for s, p in zip(gold, pred, strict=True):
        ps = spans(p)
        for sp in spans(s.tags):
            if keep(s, sp):
                total += 1
                correct += sp in ps
    r = correct / total if total else 0.0
    return Scores(0.0, r, 0.0, total, 0, correct)


def glue_clitics(sentences: Sequence[TaggedSentence]) -> list[TaggedSentence]:
    """Glue و / ب / ل (in turn) to the first word of every entity whose word has no clitic yet."""
    out: list[TaggedSentence] = []
    n = 0
    for s in sentences:
        words = list(s.words)
        for a, _b, _t in sorted(spans(s.tags)):
            w = words[a]
            if w[:1] in "وفبلك" or not ("\u0621" <= w[:1] <= "\u064a"):
                continue
            c = "وبل"[n % 3]
            n += 1
            if c == "ل" and w.startswith(("ال", "أل", "إل")):
                words[a] = "ل" + w[1:]  # ل + ال is written لل
            else:
                words[a] = c + w
        out.append(TaggedSentence(words, list(s.tags)))
    return out


def table(rows: dict[str, tuple[Scores, Scores]], title: str) -> None:
    print(f"== {title}")
    print(f"{'':<22}{'CRF P':>8}{'R':>7}{'F1':>7}   {'neural P':>9}{'R':>7}{'F1':>7}{'support':>9}")
    for name, (c, n) in rows.items():
        print(
            f"{name:<22}{c.precision:>8.3f}{c.recall:>7.3f}{c.f1:>7.3f}   "
            f"{n.precision:>9.3f}{n.recall:>7.3f}{n.f1:>7.3f}{c.support:>9d}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="neural model folder (default: the bundled one)")
    ap.add_argument("--crf-model", default=None, help="CRF model file (default: the bundled one)")
    ap.add_argument("--skip-speed", action="store_true", help="do not measure speed")
    ap.add_argument(
        "--window",
        type=int,
        default=20,
        help="score the test files as documents of this many consecutive sentences with the pipeline's "
        "consistency pass (default %(default)s; 0: sentence by sentence, as published figures are)",
    )
    args = ap.parse_args()
    crf: CrfTagger = load_tagger(args.crf_model)
    t0 = time.perf_counter()
    neural = NeuralTagger(args.model) if args.model else NeuralTagger()
    load_s = time.perf_counter() - t0
    backends: dict[str, Tagger] = {"crf": crf.tag_many, "neural": neural.tag_many}

    train = read_conll(corpus("anercorp", "ANERCorp_CamelLab_train.reconstructed.txt"))
    official = read_conll(corpus("anercorp", "ANERCorp_CamelLab_test.txt"))
    clean = read_conll(corpus("anercorp", "ANERCorp_CamelLab_test.clean.reconstructed.txt"))
    seen = train_names(train)

    def run(sents: Sequence[TaggedSentence], window: int = args.window) -> dict[str, list[list[str]]]:
        toks = [s.tokens() for s in sents]
        return {name: tag_in_windows(tag, toks, window) for name, tag in backends.items()}

    print(
        f"(documents of {args.window} consecutive sentences, with the consistency pass)"
        if args.window
        else "(sentence by sentence, no consistency pass)"
    )

    speed_toks = [s.tokens() for s in clean]

    def tokens_per_second(tagger: Any) -> float:
        t0 = time.perf_counter()
        tagger.tag_many(speed_toks)
        return sum(len(t) for t in speed_toks) / (time.perf_counter() - t0)

    speed_cold = 0.0 if args.skip_speed else tokens_per_second(neural)

    for name, sents in (("official test", official), ("cleaned test", clean)):
        pred = run(sents)
        gold = [s.tags for s in sents]
        sc = {b: evaluate(gold, p) for b, p in pred.items()}
        table({t: (sc["crf"][t], sc["neural"][t]) for t in sc["crf"]}, f"{name} (exact-span)")
        if sents is clean:
            clean_pred = pred

    def unseen(s: TaggedSentence, sp: tuple[int, int, str]) -> bool:
        return surface(s.words[sp[0] : sp[1]]) not in seen

    rec = {b: recall_on(clean, p, unseen) for b, p in clean_pred.items()}
    seen_rec = {b: recall_on(clean, p, lambda s, sp: not unseen(s, sp)) for b, p in clean_pred.items()}
    held = [i for i, s in enumerate(clean) if spans(s.tags) and all(unseen(s, sp) for sp in spans(s.tags))]
    held_sc = {b: evaluate([clean[i].tags for i in held], [p[i] for i in held])["micro"] for b, p in clean_pred.items()}
    print("== unseen names (cleaned test; surface never an entity in train)")
    print(
        f"recall of unseen-name entities: CRF {rec['crf'].recall:.3f}  neural {rec['neural'].recall:.3f}  "
        f"(+{100 * (rec['neural'].recall - rec['crf'].recall):.1f} points; {rec['crf'].support} entities)"
    )
    print(
        f"recall of seen-name entities:   CRF {seen_rec['crf'].recall:.3f}  neural {seen_rec['neural'].recall:.3f}  "
        f"({seen_rec['crf'].support} entities)"
    )
    print(
        f"F1 on the {len(held)} sentences whose entities are all unseen: CRF {held_sc['crf'].f1:.3f}  "
        f"neural {held_sc['neural'].f1:.3f}"
    )

    glued = glue_clitics(clean)
    gpred = run(glued)
    gsc = {b: evaluate([s.tags for s in glued], p) for b, p in gpred.items()}
    print("== clitic-glued entities (cleaned test, و/ب/ل glued to the first word of each entity)")
    plain = {b: evaluate([s.tags for s in clean], p)["micro"].recall for b, p in clean_pred.items()}
    print(
        f"recall: CRF {gsc['crf']['micro'].recall:.3f} (unglued {plain['crf']:.3f})  "
        f"neural {gsc['neural']['micro'].recall:.3f} (unglued {plain['neural']:.3f})"
    )
    print(f"F1:     CRF {gsc['crf']['micro'].f1:.3f}  neural {gsc['neural']['micro'].f1:.3f}")

    dial = [parse_bracketed(x) for x in DIALECT_SET]
    dpred = run(dial, min(args.window, 1))  # unrelated sentences: each its own document
    dsc = {b: evaluate([s.tags for s in dial], p) for b, p in dpred.items()}
    table(
        {t: (dsc["crf"][t], dsc["neural"][t]) for t in dsc["crf"]},
        f"Maghrebi and Levantine spellings ({len(dial)} hand-written sentences)",
    )

    if not args.skip_speed:
        warm = tokens_per_second(neural)
        crf_speed = tokens_per_second(crf)
        size = sum(f.stat().st_size for f in neural.path.iterdir() if f.is_file())
        print("== speed (one thread, cleaned test, tokens/s; cold = empty per-form caches)")
        print(
            f"neural: cold {speed_cold:,.0f}  warm {warm:,.0f}   CRF (warm): {crf_speed:,.0f}   "
            f"neural load {load_s:.1f} s, model files {size / 1e6:.1f} MB"
        )
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
