"""NER accuracy on ANERcorp (CAMeL Lab split): exact-span P/R/F1, per type and micro.

Run:  python bench/ner_anercorp.py [--model PATH] [--window N]

By default the files are read as documents of 20 consecutive sentences, each given the pipeline's
consistency pass (:mod:`marsad.ner.consistency`); ``--window 0`` scores sentence by sentence.

Prints the scores on the official test file (comparable with published figures; it has a known
defect, see ../shared/data/anercorp/SOURCE.md) and on the cleaned test file. The training parameters
were chosen on a development split (the last 10% of train), scored by
``marsad train ner --dev-fraction 0.1 --out /tmp/dev.crfsuite``.
"""

from __future__ import annotations

import argparse
import sys
import time

from _common import corpus

from marsad.ner.crf import evaluate_file
from marsad.ner.evaluate import format_scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", default=None, help="model file (default: the bundled one)")
    ap.add_argument(
        "--window",
        type=int,
        default=20,
        help="score as documents of this many consecutive sentences with the pipeline's consistency pass "
        "(default %(default)s; 0: sentence by sentence, as published figures are)",
    )
    args = ap.parse_args()
    files = {
        "official test": corpus("anercorp", "ANERCorp_CamelLab_test.txt"),
        "cleaned test": corpus("anercorp", "ANERCorp_CamelLab_test.clean.reconstructed.txt"),
    }
    for name, path in files.items():
        t0 = time.perf_counter()
        scores = evaluate_file(path, args.model, window=args.window)
        print(f"== {name}: {path.name} ({time.perf_counter() - t0:.1f} s)")
        print(format_scores(scores))
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
