"""Throughput of the whole `marsad analyze` run on the SaudiNewsNet sample, pinned to one core.

Run:  python bench/speed_analyze.py [--input DIR] [--cores 0] [--skip STAGES] [--backend crf|neural]

Runs the real command line (`marsad analyze DIR --format jsonl -o OUT`) in a child process pinned to
one CPU with taskset, then reports articles/s, tokens/s (whitespace-delimited words of the article
texts, as the corpus counts them, and marsad's own tokens), wall time and the child's peak memory.
The time includes start-up, model loading, reading the zips and writing the JSON Lines output.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--input", default=None, help="input path (default: the SaudiNewsNet sample)")
    ap.add_argument("--cores", default="0", help="CPU list for taskset (default: 0, one core)")
    ap.add_argument("--skip", default="", help="stages to leave out, comma-separated (e.g. places,actors,dates)")
    ap.add_argument("--backend", default="", help="NER backend (crf or neural; default: the settings' default)")
    args = ap.parse_args()
    src = Path(args.input) if args.input else corpus("saudinewsnet_sample")
    marsad = shutil.which("marsad") or str(Path(sys.executable).parent / "marsad")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        cmd = [marsad, "analyze", str(src), "--format", "jsonl", "-o", str(out), "--quiet", "--no-progress"]
        settings = ""
        if args.skip:
            names = ", ".join(f'"{n.strip()}"' for n in args.skip.split(",") if n.strip())
            settings += f"[pipeline]\nskip = [{names}]\n"
        if args.backend:
            settings += f'[ner]\nbackend = "{args.backend}"\n'
        if settings:
            cfg = Path(tmp) / "settings.toml"
            cfg.write_text(settings, encoding="utf-8")
            cmd += ["--config", str(cfg)]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", args.cores, *cmd]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(f"marsad analyze failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        docs = words = entities = times = events = 0
        with out.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                docs += 1
                words += len(d["text"].split())
                entities += len(d["entities"])
                times += len(d["times"])
                events += len(d["events"])
    print(f"input: {src}")
    print(f"command: {' '.join(cmd)}")
    print(f"summary: {proc.stderr.strip().splitlines()[-1]}")
    print(f"articles: {docs}  words: {words}  entities: {entities}  time expressions: {times}  events: {events}")
    print(f"wall: {wall:.1f} s  articles/s: {docs / wall:.1f}  words/s: {words / wall:,.0f}")
    print(f"peak memory (child RSS): {peak_mb:.0f} MB")
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
