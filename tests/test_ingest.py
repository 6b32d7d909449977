"""Tests of marsad.ingest: every format, encoding and rejection reason, with exact expected values."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import hashlib
import io
import itertools
import json
import lzma
import os
import random
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.errors import REJECTION_REASONS, InputError
from marsad.ingest import DATE_FIELDS, content_id, parse_published, read_bytes, read_inputs
from marsad.model import Article, Rejection
from marsad.settings import IngestSettings

DATA = Path(__file__).parent / "data" / "ingest"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

ARTICLE_TEXT = (DATA / "article.txt").read_text(encoding="utf-8")
SHORT = "أعلنت وزارة الخارجية المصرية أن الوزير سيزور الخرطوم الأسبوع المقبل لبحث ملف مياه النيل."


def items(*paths: str | Path, **kwargs: object) -> list[Article | Rejection]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def only_article(result: list[Article | Rejection]) -> Article:
    assert len(result) == 1, result
    assert isinstance(result[0], Article), result[0]
    return result[0]


def only_rejection(result: list[Article | Rejection], reason: str) -> Rejection:
    assert len(result) == 1, result
    rejection = result[0]
    assert isinstance(rejection, Rejection), rejection
    assert rejection.reason == reason, rejection
    assert rejection.reason in REJECTION_REASONS
    assert rejection.detail
    return rejection


def summary(result: list[Article | Rejection]) -> list[tuple[str, str]]:
    return [(r.origin, r.reason if isinstance(r, Rejection) else f"article {r.id}") for r in result]


# ----------------------------------------------------------------------------------------------------------
# Formats


def test_txt_is_one_article_with_the_file_stem_as_id() -> None:
    path = DATA / "article.txt"
    article = only_article(items(path, default_published=dt.date(2018, 3, 14)))
    assert article == Article(
        id="article",
        text=ARTICLE_TEXT,
        title=None,
        published=dt.date(2018, 3, 14),
        source=None,
        url=None,
        origin=str(path),
    )


def test_jsonl_records_ids_dates_and_origins() -> None:
    path = DATA / "articles.jsonl"
    result = items(path, default_published=dt.date(2018, 1, 1))
    assert [type(r) for r in result] == [Article, Article, Article]
    first, second, third = result
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert first.id == "sana-2018-0142"
    assert first.title == "وفد حكومي يصل إلى دمشق"
    assert first.published == dt.date(2018, 3, 14)
    assert (first.source, first.url) == ("sana", "https://example.org/news/142")
    assert first.origin == f"{path}:1"
    assert first.text.startswith("أفادت وكالة الأنباء السورية")
    assert second.id == "77"  # a numeric id becomes a string
    assert second.published == dt.date(2018, 3, 15)  # "date" alias, YYYY/MM/DD
    assert second.text.startswith("ارتفع سعر صرف الجنيه")  # "content" field
    assert second.origin == f"{path}:2"
    assert third.id == hashlib.sha1(third.text.encode("utf-8")).hexdigest()[:16]
    assert third.published == dt.date(2018, 1, 1)  # no date in the record: the default
    assert third.origin == f"{path}:3"


def test_json_array_in_saudinewsnet_shape() -> None:
    path = DATA / "saudinewsnet_style.json"
    result = items(path)
    assert summary(result) == [
        (f"{path}[0]", f"article {content_id(result[0].text)}"),  # type: ignore[union-attr]
        (f"{path}[1]", f"article {content_id(result[1].text)}"),
    ]  # type: ignore[union-attr]
    first = result[0]
    assert isinstance(first, Article)
    assert first.title == "أمطار غزيرة على مرتفعات عسير"
    assert first.published == dt.date(2015, 8, 1)
    assert first.source == "okaz"
    assert first.url == "http://www.okaz.com.sa/new/Issues/20150801/Con20150801781234.htm"
    # The leading space of SaudiNewsNet contents is kept: offsets refer to the text as given.
    assert first.text.startswith(" شهدت مرتفعات منطقة عسير")
    assert "\n وأوضح المتحدث" in first.text


def test_json_single_object_with_published_at_alias() -> None:
    path = DATA / "object.json"
    article = only_article(items(path))
    assert article.id == "aljazeera-55120"
    assert article.published == dt.date(2018, 1, 10)
    assert article.url == "https://example.net/culture/55120"
    assert article.origin == str(path)


def test_json_file_holding_json_lines_is_read_as_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "misnamed.json"
    shutil.copy(DATA / "articles.jsonl", path)
    assert summary(items(path))[:2] == [(f"{path}:1", "article sana-2018-0142"), (f"{path}:2", "article 77")]


def test_html_without_date_takes_the_default(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(f"<html><body><article><p>{SHORT}</p><p>{SHORT}</p></article></body></html>", "utf-8")
    article = only_article(items(path, default_published=dt.date(2019, 7, 1)))
    assert (article.published, article.title, article.url) == (dt.date(2019, 7, 1), None, None)
    assert SHORT in article.text


def test_csv_with_quoted_multiline_field() -> None:
    path = DATA / "articles.csv"
    result = items(path)
    assert summary(result) == [(f"{path}:2", "article tn-1"), (f"{path}:4", "article tn-2")]
    first = result[0]
    assert isinstance(first, Article)
    assert first.published == dt.date(2018, 3, 14)  # DD/MM/YYYY
    assert first.title == "تونس تستضيف قمة اقتصادية"
    assert first.text == (
        "استضافت العاصمة التونسية قمة اقتصادية بمشاركة وزراء من عشر دول، وناقش المشاركون "
        "سبل دعم الاستثمار.\nوتستمر أعمال القمة يومين."
    )


def test_tsv_with_rfc2822_and_iso_z_dates() -> None:
    path = DATA / "articles.tsv"
    result = items(path)
    assert summary(result) == [(f"{path}:2", "article iq-9"), (f"{path}:3", "article iq-10")]
    dates = [r.published for r in result if isinstance(r, Article)]
    assert dates == [dt.date(2018, 3, 14), dt.date(2018, 3, 15)]


def test_html_main_text_and_metadata() -> None:
    path = DATA / "article.html"
    article = only_article(items(path))
    assert article.title == "افتتاح مستشفى جديد في جدة"
    assert article.published == dt.date(2018, 3, 14)
    assert article.url == "https://example.sa/news/2018/03/14/hospital"
    assert "أعلنت وزارة الصحة السعودية يوم الأربعاء" in article.text
    assert "بعد اكتمال تجهيز الأقسام." in article.text
    assert "الرئيسية" not in article.text  # navigation left out
    assert "جميع الحقوق محفوظة" not in article.text  # footer left out
    assert article.id == content_id(article.text)


def test_semicolon_csv(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_text(f"id;text\nx1;{SHORT}\n", encoding="utf-8")
    assert summary(items(path)) == [(f"{path}:2", "article x1")]


# ----------------------------------------------------------------------------------------------------------
# Encodings


ENCODERS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-sig": lambda t: t.encode("utf-8-sig"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "cp1256": lambda t: t.encode("cp1256"),
    "iso-8859-6": lambda t: t.encode("iso8859_6"),
}


@pytest.mark.parametrize("encoding", ENCODERS)
@pytest.mark.parametrize("text", [ARTICLE_TEXT, SHORT], ids=["article", "sentence"])
def test_encodings_round_trip_exactly(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(ENCODERS[encoding](text))
    assert only_article(items(path)).text == text


def test_iso_8859_6_and_cp1256_bytes_really_differ() -> None:
    # The test above would prove nothing if both code pages gave the same bytes.
    assert SHORT.encode("cp1256") != SHORT.encode("iso8859_6")
    assert SHORT.encode("cp1256").decode("iso8859_6", errors="replace") != SHORT


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6", "utf-8-sig", "utf-16"])
def test_jsonl_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "legacy.jsonl"
    src = (DATA / "articles.jsonl").read_text(encoding="utf-8")
    path.write_bytes(src.encode(encoding))
    expected = [r.text for r in items(DATA / "articles.jsonl") if isinstance(r, Article)]
    assert [r.text for r in items(path) if isinstance(r, Article)] == expected


def test_crlf_and_bom_are_the_only_changes(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(("\ufeff" + SHORT + "\r\n\r\nسطر ثان\rسطر ثالث\r\n").encode("utf-8"))
    assert only_article(items(path)).text == SHORT + "\n\nسطر ثان\nسطر ثالث\n"


def test_jsonl_line_in_another_encoding_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": SHORT}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"text": SHORT}, ensure_ascii=False).encode("cp1256")
    path.write_bytes(good + b"\n" + legacy + b"\n" + good)
    result = items(path)
    assert [r.reason if isinstance(r, Rejection) else "article" for r in result] == [
        "article",
        "undecodable",
        "article",
    ]
    assert result[1].origin == f"{path}:2"
    assert result[1].detail.startswith("line 2: not valid utf-8 like the start of the file")  # type: ignore[union-attr]


# ----------------------------------------------------------------------------------------------------------
# Rejections, one test per reason


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    rejection = only_rejection(items(path), "empty")
    assert rejection.detail == ("the text is empty or only white space; fill in the article text or remove the record")


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(SHORT, encoding="utf-8")
    rejection = only_rejection(items(path, settings=IngestSettings(max_chars=50)), "too_large")
    assert rejection.detail == (
        f"the text has {len(SHORT)} characters, more than ingest.max_chars = 50; "
        "split the article or raise max_chars in the settings"
    )


def test_too_large_file_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(SHORT * 10, encoding="utf-8")
    rejection = only_rejection(items(path, settings=IngestSettings(max_chars=20)), "too_large")
    assert rejection.detail.startswith("the file is larger than 84 bytes")


def test_not_arabic(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text("Reuters reported on Tuesday that the talks in Geneva would resume next week.", "utf-8")
    rejection = only_rejection(items(path), "not_arabic")
    assert rejection.detail.startswith("only 0% of the letters are Arabic (ingest.min_arabic_ratio = 30%)")


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    # High bytes drawn at random: charset-normalizer finds no code page in which they read as text.
    path.write_bytes(bytes(random.Random(7).randrange(0x80, 0x100) for _ in range(3000)))
    rejection = only_rejection(items(path), "undecodable")
    assert rejection.detail == (
        "the bytes are not UTF-8, UTF-16 or an Arabic code page (cp1256, iso8859_6); re-save the file as UTF-8"
    )


def test_undecodable_utf16_with_lone_surrogate(tmp_path: Path) -> None:
    path = tmp_path / "broken16.txt"
    lone_surrogate = "\ud800".encode("utf-16-le", "surrogatepass")
    path.write_bytes(codecs.BOM_UTF16_LE + lone_surrogate + "ا".encode("utf-16-le"))
    rejection = only_rejection(items(path), "undecodable")
    assert rejection.detail == (
        "the file starts with a UTF-16 byte-order mark but is not valid UTF-16 "
        "(illegal UTF-16 surrogate at byte 2); re-save it as UTF-8"
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "the file is a PNG image, not text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "the file is a Microsoft Office document (.doc, .xls)"),
        ("نص".encode() + b"\x00\x00abc", "the file holds NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 5 + "نص عربي".encode(), "75% of the first bytes are control characters"),
    ],
    ids=["png", "doc", "nul", "control"],
)
def test_binary(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "renamed.txt"
    path.write_bytes(content)
    assert only_rejection(items(path), "binary").detail.startswith(expected)


def test_jsonl_bad_line_in_the_middle(tmp_path: Path) -> None:
    lines = (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join([lines[0], '{"text": "ناقص', "", "[1, 2]", lines[1], lines[2]]) + "\n", "utf-8")
    result = items(path)
    assert [(r.origin, r.reason if isinstance(r, Rejection) else "article") for r in result] == [
        (f"{path}:1", "article"),
        (f"{path}:2", "malformed"),
        (f"{path}:4", "malformed"),
        (f"{path}:5", "article"),
        (f"{path}:6", "article"),
    ]
    assert result[1].detail == (  # type: ignore[union-attr]
        "line 2: invalid JSON (Unterminated string starting at, column 10); fix or remove the line"
    )
    assert result[2].detail.startswith("line 4: expected an object with a 'text' field, got an array")  # type: ignore[union-attr]


def test_json_malformed_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[\n  {"text": "نص"},\n  {"text": "نص" "id": 3}\n]', encoding="utf-8")
    rejection = only_rejection(items(path), "malformed")
    assert rejection.detail.startswith("line 3, column 17: invalid JSON (Expecting ',' delimiter)")


def test_csv_broken_rows_do_not_stop_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text\na,{SHORT}\nb,"{SHORT}"x\nc,{SHORT},extra\nd,{SHORT}\n', encoding="utf-8")
    result = items(path)
    assert summary(result) == [
        (f"{path}:2", "article a"),
        (f"{path}:3", "malformed"),
        (f"{path}:4", "malformed"),
        (f"{path}:5", "article d"),
    ]
    assert result[1].detail == (  # type: ignore[union-attr]
        "line 3: broken row (',' expected after '\"'); check the quotes on that line and the ones after it"
    )
    assert result[2].detail == (  # type: ignore[union-attr]
        "line 4: 3 fields but the header has 2; quote every field that contains ',' or a line break"
    )


def test_no_text_field(tmp_path: Path) -> None:
    path = tmp_path / "body.jsonl"
    path.write_text(json.dumps({"id": "x", "body": SHORT}, ensure_ascii=False) + "\n", encoding="utf-8")
    rejection = only_rejection(items(path), "no_text_field")
    assert rejection.detail == (
        "line 1: the record has no 'text' or 'content' field (fields: 'id', 'body'); "
        "name the field that holds the article text 'text'"
    )


def test_csv_without_text_column_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "cols.csv"
    path.write_text(f"id,body\n1,{SHORT}\n2,{SHORT}\n", encoding="utf-8")
    assert only_rejection(items(path), "no_text_field").detail == (
        "the header row has no 'text' or 'content' column (columns: id, body); "
        "name the column that holds the article text 'text'"
    )


def test_text_field_that_is_not_a_string(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text('{"text": ["نص"]}', encoding="utf-8")
    assert only_rejection(items(path), "malformed").detail == (
        "the 'text' field is an array, not a string; give the article text as a string"
    )


def test_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "date.json"
    path.write_text(json.dumps({"text": SHORT, "date": "أمس"}, ensure_ascii=False), encoding="utf-8")
    assert only_rejection(items(path), "bad_date").detail == (
        "the 'date' value 'أمس' is not a date; write it as YYYY-MM-DD (also accepted: YYYY-MM-DD hh:mm:ss, "
        "ISO 8601 date-times, YYYY/MM/DD, DD/MM/YYYY and RFC 2822)"
    )


def test_numeric_date_is_bad(tmp_path: Path) -> None:
    path = tmp_path / "epoch.json"
    path.write_text(json.dumps({"text": SHORT, "published": 1521000000}, ensure_ascii=False), "utf-8")
    assert only_rejection(items(path), "bad_date").detail == (
        "the 'published' value 1521000000 is a number, not a date; write it as 'YYYY-MM-DD'"
    )


def test_unsupported_in_a_directory(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    rejection = only_rejection(items(tmp_path), "unsupported")
    assert rejection.origin == str(tmp_path / "notes.docx")
    assert rejection.detail.startswith("'.docx' files are not read; marsad reads .txt, .json, .jsonl")


def test_every_reason_code_is_produced(tmp_path: Path) -> None:
    """One directory holding one bad input per reason: every code of REJECTION_REASONS is reachable."""
    files: dict[str, bytes | str] = {
        "a_empty.txt": "   ",
        "b_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
        "c_english.txt": "The quick brown fox jumps over the lazy dog.",
        "d_large.txt": SHORT * 3,
        "e_noise.txt": codecs.BOM_UTF16_LE + b"\x00\xd8",
        "f_bad.jsonl": "{oops\n",
        "g_notext.json": '{"body": "x"}',
        "h_image.png": b"\x89PNG",
        "i_date.json": json.dumps({"text": SHORT, "published": "31/02/2018"}, ensure_ascii=False),
    }
    for name, content in files.items():
        target = tmp_path / name
        target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    reasons = [r.reason for r in items(tmp_path, settings=IngestSettings(max_chars=200)) if isinstance(r, Rejection)]
    assert reasons == [
        "empty",
        "binary",
        "not_arabic",
        "too_large",
        "undecodable",
        "malformed",
        "no_text_field",
        "unsupported",
        "bad_date",
    ]
    # Every code is a documented one; stage_error belongs to the pipeline, not to ingestion.
    assert set(reasons) == set(REJECTION_REASONS) - {"stage_error"}


# ----------------------------------------------------------------------------------------------------------
# Directories, archives, compression, stdin


def test_directory_walk_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(SHORT, "utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "z.txt").write_text(SHORT, "utf-8")
    shutil.copy(DATA / "articles.jsonl", tmp_path / "a" / "y.jsonl")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(SHORT, "utf-8")
    (tmp_path / ".hidden.txt").write_text(SHORT, "utf-8")
    (tmp_path / "c.md").write_text("# notes", "utf-8")
    y = tmp_path / "a" / "y.jsonl"
    assert [(r.origin, r.reason if isinstance(r, Rejection) else r.id) for r in items(tmp_path)] == [
        (f"{y}:1", "sana-2018-0142"),
        (f"{y}:2", "77"),
        (
            f"{y}:3",
            content_id(
                "فاز نادي الوداد البيضاوي على مضيفه الرجاء بهدفين مقابل هدف في ديربي الدار البيضاء، ليعزز صدارته "
                "لترتيب الدوري المغربي."
            ),
        ),
        (str(tmp_path / "a" / "z.txt"), "z"),
        (str(tmp_path / "b.txt"), "b"),
        (str(tmp_path / "c.md"), "unsupported"),
    ]


def test_zip_with_mixed_members(tmp_path: Path) -> None:
    path = tmp_path / "batch.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(DATA / "articles.jsonl", "2018/articles.jsonl")
        zf.write(DATA / "saudinewsnet_style.json", "snn.json")
        zf.writestr("a.txt", SHORT.encode("cp1256"))
        zf.writestr("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
        zf.writestr("report.pdf", b"%PDF-1.4")
        zf.writestr("__MACOSX/._a.txt", b"\x00\x05\x16\x07")
        zf.writestr(".DS_Store", b"\x00\x00\x00\x01Bud1")
        zf.writestr("inner.zip", _zip_bytes({"x.txt": SHORT}))
        zf.writestr("z.jsonl.gz", gzip.compress(json.dumps({"id": "gz", "text": SHORT}).encode()))
    result = items(path)
    assert summary(result) == [
        (f"{path}!2018/articles.jsonl:1", "article sana-2018-0142"),
        (f"{path}!2018/articles.jsonl:2", "article 77"),
        (f"{path}!2018/articles.jsonl:3", f"article {result[2].id}"),  # type: ignore[union-attr]
        (f"{path}!a.txt", "article a"),
        (f"{path}!inner.zip!x.txt", "article x"),
        (f"{path}!photo.png", "unsupported"),
        (f"{path}!report.pdf", "unsupported"),
        (f"{path}!snn.json[0]", f"article {result[7].id}"),  # type: ignore[union-attr]
        (f"{path}!snn.json[1]", f"article {result[8].id}"),  # type: ignore[union-attr]
        (f"{path}!z.jsonl.gz:1", "article gz"),
    ]
    assert result[3].text == SHORT  # type: ignore[union-attr]


def _zip_bytes(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(name, text.encode("utf-8"))
    return buffer.getvalue()


def test_zip_corrupt_member_and_corrupt_archive(tmp_path: Path) -> None:
    data = bytearray(_zip_bytes({"a.txt": SHORT * 20, "b.txt": SHORT}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("a.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 5, start + 25):
        data[i] ^= 0xFF
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data))
    result = items(path)
    assert summary(result) == [(f"{path}!a.txt", "malformed"), (f"{path}!b.txt", "article b")]
    assert result[0].detail.startswith("the compressed data is corrupt (Error -3 while decompressing")  # type: ignore[union-attr]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really an archive")
    assert only_rejection(items(broken), "malformed").detail == (
        "not a readable ZIP archive (File is not a zip file); re-download it"
    )


@pytest.mark.parametrize(("suffix", "compress"), [(".xz", lzma.compress), (".gz", gzip.compress)])
def test_compressed_jsonl(tmp_path: Path, suffix: str, compress: object) -> None:
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(compress((DATA / "articles.jsonl").read_bytes()))  # type: ignore[operator]
    plain = items(DATA / "articles.jsonl")
    packed = items(path)
    assert [r.origin for r in packed] == [f"{path}:{i}" for i in (1, 2, 3)]
    assert [(r.id, r.text, r.published) for r in packed] == [  # type: ignore[union-attr]
        (r.id, r.text, r.published) for r in plain
    ]  # type: ignore[union-attr]


def test_truncated_xz_keeps_the_lines_before(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": str(i), "text": SHORT}, ensure_ascii=False) + "\n" for i in range(3000))
    packed = lzma.compress(lines.encode("utf-8"))
    path = tmp_path / "cut.jsonl.xz"
    path.write_bytes(packed[: len(packed) // 2])
    result = items(path)
    assert isinstance(result[-1], Rejection) and result[-1].reason == "malformed"
    assert "the compressed data is corrupt from here on" in result[-1].detail
    assert all(isinstance(r, Article) for r in result[:-1])
    assert [r.id for r in result[:-1]] == [str(i) for i in range(len(result) - 1)]  # type: ignore[union-attr]


def test_stdin_jsonl_json_and_text() -> None:
    jsonl = (DATA / "articles.jsonl").read_bytes()
    assert [r.origin for r in items("-", stdin=io.BytesIO(jsonl))] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    array = (DATA / "saudinewsnet_style.json").read_bytes()
    assert [r.origin for r in items("-", stdin=io.BytesIO(array))] == ["<stdin>[0]", "<stdin>[1]"]
    single = json.dumps({"id": "one", "text": SHORT}, ensure_ascii=False, indent=2).encode("utf-8")
    assert summary(items("-", stdin=io.BytesIO(single))) == [("<stdin>", "article one")]
    text = items("-", stdin=io.BytesIO(SHORT.encode("cp1256")), default_published=dt.date(2020, 1, 2))
    assert only_article(text) == Article(
        id=content_id(SHORT), text=SHORT, published=dt.date(2020, 1, 2), origin="<stdin>"
    )


def test_read_bytes_uses_the_name_hint() -> None:
    data = (DATA / "articles.csv").read_bytes()
    assert summary(list(read_bytes(data, "upload", name_hint="news.csv"))) == [
        ("upload:2", "article tn-1"),
        ("upload:4", "article tn-2"),
    ]
    assert only_rejection(list(read_bytes(data, "upload", name_hint="news.xlsx")), "unsupported")
    assert summary(list(read_bytes(SHORT.encode(), "upload"))) == [("upload", f"article {content_id(SHORT)}")]


def test_explicit_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "ARTICLE"
    path.write_text(SHORT, "utf-8")
    assert only_article(items(path)).id == content_id(SHORT)


def test_missing_path_raises_before_reading_anything() -> None:
    with pytest.raises(InputError) as err:
        read_inputs([DATA / "article.txt", "no/such/file.jsonl"])
    assert str(err.value) == ("input 'no/such/file.jsonl' does not exist; check the path (- reads standard input)")


def test_unreadable_directory_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 0 does not stop root (CI containers), so the refusal is simulated.
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str | Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(InputError) as err:
        items(tmp_path)
    assert str(err.value) == (
        f"cannot read directory {str(tmp_path / 'locked')!r}: Permission denied; check its permissions"
    )


# ----------------------------------------------------------------------------------------------------------
# Ids and dates


def test_ids_and_output_are_identical_across_runs(tmp_path: Path) -> None:
    for name in ("articles.jsonl", "saudinewsnet_style.json", "articles.csv", "article.txt"):
        shutil.copy(DATA / name, tmp_path / name)
    first = items(tmp_path)
    second = items(tmp_path)
    assert first == second
    assert len(first) == 8
    assert len({r.id for r in first if isinstance(r, Article)}) == 8


def test_content_id_is_sha1_prefix() -> None:
    assert content_id("نص") == hashlib.sha1("نص".encode()).hexdigest()[:16]
    assert len(content_id(SHORT)) == 16


@pytest.mark.parametrize("field", DATE_FIELDS)
def test_every_date_alias(tmp_path: Path, field: str) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": SHORT, field: "2018-07-31 23:10:00"}, ensure_ascii=False), "utf-8")
    assert only_article(items(path, default_published=dt.date(2000, 1, 1))).published == dt.date(2018, 7, 31)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-02-18", dt.date(2018, 2, 18)),
        ("2018-02-18 10:30:00", dt.date(2018, 2, 18)),
        ("2018-02-18T10:30:00", dt.date(2018, 2, 18)),
        ("2018-02-18T10:30:00Z", dt.date(2018, 2, 18)),
        ("2018-02-18T23:30:00-05:00", dt.date(2018, 2, 18)),  # the date as written, not shifted to UTC
        ("2018-02-18T10:30:00.250+03:00", dt.date(2018, 2, 18)),
        ("2018/02/18", dt.date(2018, 2, 18)),
        ("2018/2/8", dt.date(2018, 2, 8)),
        ("18/02/2018", dt.date(2018, 2, 18)),
        ("08/02/2018", dt.date(2018, 2, 8)),  # day first
        ("18-02-2018", dt.date(2018, 2, 18)),
        ("Sun, 18 Feb 2018 10:30:00 +0300", dt.date(2018, 2, 18)),
        ("٢٠١٨-٠٢-١٨", dt.date(2018, 2, 18)),
        ("  2018-02-18\n", dt.date(2018, 2, 18)),
    ],
)
def test_parse_published(value: str, expected: dt.date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["أمس", "2018", "31/02/2018", "02/31/2018", "2018-13-01", "18 2 2018"])
def test_parse_published_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="is not a date; write it as YYYY-MM-DD"):
        parse_published(value)


# ----------------------------------------------------------------------------------------------------------
# Real corpora (skipped when ../shared/data is absent)


@pytest.mark.skipif(not (SHARED / "saudinewsnet_sample").is_dir(), reason="shared SaudiNewsNet sample absent")
def test_saudinewsnet_sample_zip() -> None:
    path = SHARED / "saudinewsnet_sample" / "2015-08-01.zip"
    result = items(path)
    assert len(result) == 1285  # SOURCE.md: 1,285 articles in 2015-08-01
    articles = [r for r in result if isinstance(r, Article)]
    assert all(r.reason == "empty" for r in result if isinstance(r, Rejection))
    assert len(articles) > 1200
    first = result[0]
    assert isinstance(first, Article)
    assert first.origin == f"{path}!2015-08-01.json[0]"
    assert first.source == "3alyoum"
    assert first.published == dt.date(2015, 8, 1)
    assert first.title == "صحيفة يونانية: 1.5 مليون يورو قيمة تعاقد الأهلي مع فيتفاتزيدس"
    assert first.text.startswith(" سلوى سعد – متابعات\n كشفت إحدى الصحف اليونانية")


@pytest.mark.skipif(not (SHARED / "ant_multisource").is_dir(), reason="shared ANT corpus absent")
def test_ant_corpus_streams() -> None:
    path = SHARED / "ant_multisource" / "ant_multisource.jsonl.xz"
    head = list(itertools.islice(read_inputs([path]), 3))
    assert [r.origin for r in head] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    first = head[0]
    assert isinstance(first, Article)
    assert (first.id, first.source) == ("AL-culture-1-20180218", "alarabia")
    assert first.published == dt.date(2018, 2, 18)
