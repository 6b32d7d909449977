"""End-to-end tests of the command line (exact error texts, exit codes, outputs valid by the schema)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from marsad.cli import cli, main
from marsad.schema import validation_errors

ARTICLE = (
    "أعلن المتحدث باسم الجيش الوطني الليبي أحمد المسماري أمس أن قوات خليفة حفتر سيطرت على مدينة سرت، "
    "فيما قالت حكومة الوفاق في طرابلس إن الهجوم فشل.\n"
    "وأضاف أن التعزيزات وصلت إلى بنغازي ومصراتة نهاية جويلية الفارط."
)


def run(args: list[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    """Run `marsad ARGS` in a child process (the real entry point, real stdin/stdout)."""
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", *args], input=stdin, capture_output=True, timeout=300)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_analyze_one_article_pretty_json(article: Path) -> None:
    code, out, err = run(["analyze", str(article), "--published", "2019-08-20"])
    assert code == 0, err
    doc = json.loads(out)
    assert validation_errors(doc) == []
    assert doc["id"] == "article" and doc["published"] == "2019-08-20"
    names = {e["text"] for e in doc["entities"]}
    assert {"طرابلس", "بنغازي"} <= names
    times = {t["text"]: t["value"] for t in doc["times"]}
    assert times["نهاية جويلية الفارط"] == "2019-07-21/2019-07-31"
    assert "marsad: 1 documents written, 0 rejected" in err


def test_analyze_stdin_jsonl() -> None:
    code, out, err = run(["analyze", "-", "--format", "jsonl", "--published", "2019-08-20"], ARTICLE.encode())
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 1
    assert validation_errors(json.loads(lines[0])) == []


def test_analyze_jsonl_with_rejections(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": ARTICLE, "published": "2020-01-05"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "b", "text": ""})
        + "\n"
        + "{broken json\n"
        + json.dumps({"id": "c", "text": "An English text only, not Arabic at all."})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run(["analyze", str(src), "-f", "jsonl"])
    assert code == 0
    docs = [json.loads(x) for x in out.splitlines()]
    assert [d["id"] for d in docs] == ["a"]
    assert "rejected" in err and ": empty:" in err and ": malformed:" in err and ": not_arabic:" in err
    assert err.strip().splitlines()[-1] == (
        "marsad: 1 documents written, 3 rejected (1 empty, 1 malformed, 1 not_arabic)"
    )


def test_rerun_gives_identical_output(tmp_path: Path, article: Path) -> None:
    a = run(["analyze", str(article), "-f", "jsonl", "--published", "2019-08-20"])[1]
    b = run(["analyze", str(article), "-f", "jsonl", "--published", "2019-08-20"])[1]
    assert a == b and a


def test_output_file_option(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "out.jsonl"
    code, stdout, _ = run(["analyze", str(article), "-f", "jsonl", "-o", str(out)])
    assert code == 0 and stdout == ""
    assert validation_errors(json.loads(out.read_text(encoding="utf-8"))) == []


def test_many_articles_pretty_json_is_an_array(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(["analyze", str(tmp_path)])
    assert code == 0, err
    docs = json.loads(out)
    assert [d["id"] for d in docs] == ["a0", "a1", "a2"]


def test_demo_runs_on_the_bundled_examples() -> None:
    code, out, err = run(["demo", "--format", "jsonl"])
    assert code == 0, err
    docs = [json.loads(x) for x in out.splitlines()]
    assert len(docs) == 8
    for d in docs:
        assert validation_errors(d) == [], d["id"]
        assert d["entities"] and d["times"] and d["published"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["analyze", "/no/such/file.txt"],
            "Error: input '/no/such/file.txt' does not exist; check the path (- reads standard input)",
        ),
        (
            ["analyze", "x.txt", "--published", "20-08-2019"],
            "Error: --published '20-08-2019' is not a date; write it as YYYY-MM-DD, e.g. 2019-08-20",
        ),
        (
            ["analyze", "x.txt", "--format", "xml"],
            "Error: Invalid value for '--format' / '-f': 'xml' is not one of 'json', 'jsonl', 'geojson', 'acled-csv', 'plover-jsonl', 'event-clusters', 'graphml', 'gexf'. (see 'marsad analyze --help')",
        ),
        (["analyze"], "Error: Missing argument 'INPUTS...'. (see 'marsad analyze --help')"),
        (["nonsense"], "Error: No such command 'nonsense'. (see 'marsad --help')"),
        (
            ["eval", "ner", "--corpus", "/no/corpus.txt"],
            "Error: evaluation corpus /no/corpus.txt not found; give its path with --corpus",
        ),
        (
            ["train", "ner", "--corpus", "/no/corpus.txt"],
            "Error: training corpus /no/corpus.txt not found; give its path with --corpus",
        ),
    ],
)
def test_errors_are_one_line_and_exit_1(args: list[str], message: str) -> None:
    code, _out, err = run(args)
    assert code == 1
    assert err.strip() == message
    assert "Traceback" not in err


def test_bad_config_is_one_line(tmp_path: Path, article: Path) -> None:
    cfg = tmp_path / "marsad.toml"
    cfg.write_text("[ingest]\nmax_chars = 'many'\n", encoding="utf-8")
    code, _, err = run(["analyze", str(article), "--config", str(cfg)])
    assert code == 1
    assert err.strip() == f"Error: {cfg}: [ingest] max_chars must be int, got 'many'"


def test_nothing_readable_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    code, out, err = run(["analyze", str(empty)])
    assert code == 1
    assert "rejected" in err and "empty" in err
    assert out.strip() == "[]"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append(((*prefix, name), cmd))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, (*prefix, name)))
    return out


@pytest.mark.parametrize("path", [p for p, _ in _commands(cli)], ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"'marsad {' '.join(path)} --help' shows no example"


def test_main_in_process_returns_codes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert main(["analyze", "/no/such"]) == 1
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert main(["analyze", "-", "-f", "jsonl", "--no-progress"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == ARTICLE
