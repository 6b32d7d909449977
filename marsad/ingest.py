"""Ingestion: turn files, directories, archives and standard input into :class:`Article` records.

Every input record gives either an :class:`~marsad.model.Article` or a :class:`~marsad.model.Rejection`
carrying one of the reason codes of :data:`marsad.errors.REJECTION_REASONS` and a detail that says what
to do. Nothing is dropped silently and nothing raises for a bad record; only a path that does not exist,
or a file or directory that cannot be opened, raises :class:`~marsad.errors.InputError`.

Formats (chosen by file extension, case-insensitive):

=====================  ==========================================================================
``.txt``               the whole file is one article; its id is the file name stem
``.jsonl`` ``.ndjson``  one JSON object per line, streamed; origin ``path:LINE``
``.json``              one object, or an array of objects (SaudiNewsNet); origin ``path[INDEX]``
``.csv`` ``.tsv``      a header row, then one article per row; origin ``path:LINE``
``.html`` ``.htm``     main text, title, date, URL and site name extracted by trafilatura (offline)
``.zip``               every member read by its own extension; origin ``archive.zip!member``
``.xz`` ``.gz``        decompressed on the fly; ``x.jsonl.xz`` is JSON Lines, ``x.xz`` too
=====================  ==========================================================================

Record fields: the text is ``text`` or ``content``; ``id``, ``title``, ``source``, ``url`` are optional;
the publication date is ``published`` or one of its aliases (:data:`DATE_FIELDS`). Field names are
matched case-insensitively. Only the date part of a date-time is kept, as written (no time-zone shift:
the publisher's local date is the one the article's relative dates such as أمس refer to).

Decoding: a byte-order mark (UTF-8, UTF-16, UTF-32) first, then strict UTF-8, then charset-normalizer
restricted to the Arabic code pages Windows-1256 and ISO-8859-6. The restriction matters: unrestricted,
it reads a short ISO-8859-6 sentence as Thai (cp874). Binary data (NUL bytes, magic numbers of common
file types, many control bytes) is rejected before any decoding is tried.

The text is never altered except that a leading byte-order mark is removed and line breaks are
normalised (``\\r\\n`` and a lone ``\\r`` become ``\\n``): all later offsets refer to ``Article.text``
exactly as returned here.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import email.utils
import gzip
import hashlib
import io
import itertools
import json
import lzma
import os
import re
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO, cast

from marsad.errors import InputError
from marsad.model import Article, Rejection
from marsad.settings import IngestSettings
from marsad.text.normalize import arabic_ratio

DATE_FIELDS = ("published", "date", "date_extracted", "published_at", "pubdate")
"""Field names accepted for the publication date, in order of preference."""

TEXT_FIELDS = ("text", "content")
"""Field names accepted for the article text, in order of preference."""

SUPPORTED_EXTENSIONS = (".txt", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".html", ".htm", ".zip")
COMPRESSED_EXTENSIONS = (".xz", ".gz")
CANDIDATE_ENCODINGS = ("cp1256", "iso8859_6")
"""Code pages tried (by charset-normalizer) when the bytes are neither UTF-8 nor carry a byte-order mark."""

_HEAD_BYTES = 1 << 16  # bytes of a streamed file used to choose its encoding
_SAMPLE_BYTES = 8192  # bytes examined by the binary check
_MAX_CONTROL_SHARE = 0.10
# Control bytes that never occur in text (tab, newlines, form feed and ESC are allowed).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"), (b"\xd0\xcf\x11\xe0", "a Microsoft Office document (.doc, .xls)"),
    (b"PK\x03\x04", "a ZIP archive or an Office document (.docx, .xlsx); name it .zip if it is an archive"),
    (b"\x1f\x8b", "gzip-compressed data; name it .gz"), (b"\xfd7zXZ\x00", "xz-compressed data; name it .xz"),
    (b"\x7fELF", "a program"),
)  # fmt: skip
# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
# Eastern Arabic and Persian digits in date values (٢٠١٨-٠٢-١٨).
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                         **{chr(0x06F0 + i): str(i) for i in range(10)}})  # fmt: skip
_YMD_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
# Day first, as written across the Arab world; a trailing time is allowed and ignored.
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
# Errors raised by a corrupt compressed stream or archive member while it is read.
_CORRUPT = (zipfile.BadZipFile, lzma.LZMAError, zlib.error, EOFError, gzip.BadGzipFile)

_Opener = Callable[[], AbstractContextManager[IO[bytes]]]


class _Reject(Exception):
    """Internal: a record is rejected; the caller turns it into a :class:`Rejection`."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class _Context:
    settings: IngestSettings
    default_published: dt.date | None


def _context(settings: IngestSettings | None, default_published: dt.date | None) -> _Context:
    return _Context(settings if settings is not None else IngestSettings(), default_published)


# ----------------------------------------------------------------------------------------------------------
# Public API


def read_inputs(
    paths: Sequence[str | Path],
    settings: IngestSettings | None = None,
    *,
    stdin: BinaryIO | None = None,
    default_published: dt.date | None = None,
) -> Iterator[Article | Rejection]:
    """Read every article of ``paths`` (files, directories, or ``-`` for standard input), lazily.

    Directories are walked recursively in sorted name order, skipping hidden entries (names starting
    with a dot); a file with an extension marsad does not read gives a ``unsupported`` rejection.
    A file named explicitly without any extension is sniffed like standard input. Standard input is
    JSON or JSON Lines when its first non-space character is ``{`` or ``[``, else one plain-text article.
    ``default_published`` is used for records that carry no publication date.

    Raises :class:`InputError` at once, before anything is read, when a path does not exist; and while
    reading, when a file or directory cannot be opened (permissions).

    Example::

        for item in read_inputs(["news/"], default_published=datetime.date(2018, 2, 18)):
            if isinstance(item, Rejection):
                print(item.origin, item.reason, item.detail)
    """
    for p in paths:
        if str(p) != "-" and not os.path.lexists(p):
            raise InputError(f"input {str(p)!r} does not exist; check the path (- reads standard input)")
    return _read_all(paths, _context(settings, default_published), stdin)


def read_bytes(
    data: bytes,
    origin: str,
    settings: IngestSettings | None = None,
    *,
    name_hint: str = "",
    default_published: dt.date | None = None,
) -> Iterator[Article | Rejection]:
    """Read the articles held in ``data`` (an upload, a message body), lazily.

    ``name_hint`` is a file name whose extension selects the format exactly as for files (``x.jsonl``,
    ``x.zip``); without an extension the bytes are sniffed as for standard input. ``origin`` names the
    input in every :class:`Article` and :class:`Rejection`. Never raises for bad data.
    """
    return _dispatch(
        name_hint,
        lambda: io.BytesIO(data),
        origin,
        _context(settings, default_published),
        sniff_unknown=not PurePosixPath(name_hint).suffix,
    )


def parse_published(value: str) -> dt.date:
    """Parse a publication date and keep only the date.

    Accepted: ``2018-02-18``, ``2018-02-18 10:30:00``, ISO date-times with ``T``, ``Z`` or an offset,
    ``2018/02/18``, ``18/02/2018`` (day first; also with ``-`` or ``.``), RFC 2822
    (``Sun, 18 Feb 2018 10:30:00 +0300``); Eastern Arabic digits are read as digits.
    Raises :class:`ValueError` with a message saying what is accepted.
    """
    s = value.strip().translate(_DIGITS)
    with contextlib.suppress(ValueError):
        return dt.date.fromisoformat(s)
    with contextlib.suppress(ValueError):
        return dt.datetime.fromisoformat(s).date()
    for pattern, (y, m, d) in ((_YMD_SLASH, (1, 2, 3)), (_DMY, (3, 2, 1))):
        if match := pattern.fullmatch(s):
            with contextlib.suppress(ValueError):
                return dt.date(int(match[y]), int(match[m]), int(match[d]))
            break
    else:
        with contextlib.suppress(TypeError, ValueError, IndexError):
            return email.utils.parsedate_to_datetime(s).date()
    raise ValueError(
        f"{value!r} is not a date; write it as YYYY-MM-DD (also accepted: YYYY-MM-DD hh:mm:ss, "
        "ISO 8601 date-times, YYYY/MM/DD, DD/MM/YYYY and RFC 2822)"
    )


# ----------------------------------------------------------------------------------------------------------
# Paths, directories and dispatch by extension


def _read_all(paths: Sequence[str | Path], ctx: _Context, stdin: BinaryIO | None) -> Iterator[Article | Rejection]:
    for p in paths:
        if str(p) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _from_bytes(stream.read(), "", None, "<stdin>", ctx)
        elif os.path.isdir(p):
            yield from _walk(Path(p), ctx, {os.path.realpath(p)})
        else:
            yield from _read_file(Path(p), ctx, explicit=True)


def _walk(directory: Path, ctx: _Context, seen: set[str]) -> Iterator[Article | Rejection]:
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        raise InputError(f"cannot read directory {str(directory)!r}: {exc.strerror}; check its permissions") from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        if entry.is_dir():
            real = os.path.realpath(path)
            if real not in seen:  # a symbolic link back up the tree would loop for ever
                seen.add(real)
                yield from _walk(path, ctx, seen)
        elif entry.is_file():  # sockets, devices and broken links are not inputs
            yield from _read_file(path, ctx, explicit=False)


def _read_file(path: Path, ctx: _Context, *, explicit: bool) -> Iterator[Article | Rejection]:
    def opener() -> IO[bytes]:
        try:
            return open(path, "rb")
        except OSError as exc:
            raise InputError(f"cannot read {str(path)!r}: {exc.strerror}; check its permissions") from None

    yield from _dispatch(path.name, opener, str(path), ctx, sniff_unknown=explicit and not path.suffix)


def _dispatch(
    name: str, opener: _Opener, origin: str, ctx: _Context, *, sniff_unknown: bool
) -> Iterator[Article | Rejection]:
    ext = PurePosixPath(name).suffix.lower()
    if ext in COMPRESSED_EXTENSIONS:
        inner = PurePosixPath(name[: -len(ext)])
        inner_ext = inner.suffix.lower() or ".jsonl"  # "news.xz": JSON Lines, the usual compressed dump
        if inner_ext in SUPPORTED_EXTENSIONS:
            compression = ext
            yield from _dispatch_plain(inner_ext, inner.stem, lambda: _decompressing(opener, compression), origin, ctx)
            return
        ext = inner_ext + ext
    elif ext in SUPPORTED_EXTENSIONS:
        yield from _dispatch_plain(ext, PurePosixPath(name).stem, opener, origin, ctx)
        return
    if sniff_unknown:
        with opener() as raw:
            data = raw.read()
        yield from _from_bytes(data, "", None, origin, ctx)
        return
    what = f"{ext!r} files are" if ext else "files without an extension are"
    yield Rejection(
        origin,
        "unsupported",
        (
            f"{what} not read; marsad reads {', '.join(SUPPORTED_EXTENSIONS)} and their .xz/.gz-compressed "
            "forms: convert the file or leave it out of the input"
        ),
    )


@contextlib.contextmanager
def _decompressing(opener: _Opener, ext: str) -> Iterator[IO[bytes]]:
    with opener() as raw:
        stream = lzma.open(raw, "rb") if ext == ".xz" else gzip.open(raw, "rb")
        with stream:
            yield cast(IO[bytes], stream)


def _dispatch_plain(ext: str, stem: str, opener: _Opener, origin: str, ctx: _Context) -> Iterator[Article | Rejection]:
    if ext == ".zip":
        yield from _zip_records(opener, origin, ctx)
        return
    if ext in (".jsonl", ".ndjson"):
        yield from _jsonl_records(_stream_lines(opener, origin), origin, ctx)
        return
    # .txt is one article: read no more than could possibly fit in max_chars characters.
    limit = 4 * ctx.settings.max_chars + 4 if ext == ".txt" else -1
    try:
        with opener() as raw:
            data = raw.read(limit + 1) if limit >= 0 else raw.read()
    except _CORRUPT as exc:
        yield Rejection(origin, "malformed", f"the compressed data is corrupt ({exc}); re-download it")
        return
    if 0 <= limit < len(data):
        yield Rejection(
            origin,
            "too_large",
            (
                f"the file is larger than {limit:,} bytes, too long for ingest.max_chars = "
                f"{ctx.settings.max_chars:,}; split the article or raise max_chars in the settings"
            ),
        )
        return
    yield from _from_bytes(data, ext, stem, origin, ctx)


def _from_bytes(data: bytes, ext: str, stem: str | None, origin: str, ctx: _Context) -> Iterator[Article | Rejection]:
    """Decode and parse a whole file; without ``ext``, sniff: JSON if it starts with ``{`` or ``[``."""
    try:
        text = _decode(data)
    except _Reject as r:
        yield Rejection(origin, r.reason, r.detail)
        return
    if not ext:
        ext = ".json" if text.lstrip()[:1] in ("{", "[") else ".txt"
    if ext == ".txt":
        yield _record_article({"text": text}, origin, ctx, "", fallback_id=stem)
    elif ext == ".json":
        yield from _json_records(text, origin, ctx)
    elif ext in (".csv", ".tsv"):
        yield from _csv_records(text, origin, ctx, "\t" if ext == ".tsv" else ",")
    else:
        yield _html_article(text, origin, ctx)


def _zip_records(opener: _Opener, origin: str, ctx: _Context) -> Iterator[Article | Rejection]:
    with opener() as raw:
        source: IO[bytes] = raw if raw.seekable() else io.BytesIO(raw.read())
        try:
            archive = zipfile.ZipFile(source)
        except (*_CORRUPT, OSError) as exc:
            yield Rejection(origin, "malformed", f"not a readable ZIP archive ({exc}); re-download it")
            return
        with archive:
            members = sorted(
                (m for m in archive.infolist() if not (m.is_dir() or _hidden_member(m.filename))),
                key=lambda m: m.filename,
            )
            for member in members:
                member_origin = f"{origin}!{member.filename}"
                if member.flag_bits & 0x1:
                    yield Rejection(
                        member_origin,
                        "malformed",
                        (
                            "the archive member is encrypted; marsad cannot read password-protected archives: "
                            "extract it first"
                        ),
                    )
                    continue
                try:
                    yield from _dispatch(
                        PurePosixPath(member.filename).name,
                        lambda m=member: archive.open(m),  # type: ignore[misc]
                        member_origin,
                        ctx,
                        sniff_unknown=False,
                    )
                except (*_CORRUPT, NotImplementedError) as exc:
                    yield Rejection(
                        member_origin,
                        "malformed",
                        (
                            f"the archive member is corrupt or uses an unknown compression ({exc}); "
                            "re-create the archive"
                        ),
                    )


def _hidden_member(name: str) -> bool:
    # Also skip the resource forks that macOS adds to the archives it creates.
    return any(part.startswith(".") or part == "__MACOSX" for part in PurePosixPath(name).parts)


# ----------------------------------------------------------------------------------------------------------
# Decoding


def _decode(data: bytes) -> str:
    """Decode a whole file (see the module docstring for the order of attempts); raise :class:`_Reject`."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise _Reject(
                    "undecodable",
                    (
                        f"the file starts with a {label} byte-order mark but is not valid {label} "
                        f"({exc.reason} at byte {exc.start + len(bom)}); re-save it as UTF-8"
                    ),
                ) from None
    _check_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _detect_encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _Reject(
            "undecodable",
            (
                f"the bytes are neither UTF-8 nor consistently {encoding} ({exc.reason} at byte {exc.start}); "
                "re-save the file as UTF-8"
            ),
        ) from None


def _check_binary(data: bytes) -> None:
    sample = data[:_SAMPLE_BYTES]
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            raise _Reject("binary", f"the file is {what}, not text; convert it to UTF-8 text or leave it out")
    if b"\x00" in sample:
        raise _Reject(
            "binary",
            (
                "the file holds NUL bytes, so it is binary, not text (or UTF-16 without a byte-order mark); "
                "convert it to UTF-8 text or leave it out"
            ),
        )
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and control / len(sample) > _MAX_CONTROL_SHARE:
        raise _Reject(
            "binary",
            (
                f"{control / len(sample):.0%} of the first bytes are control characters, so the file is binary, "
                "not text; convert it to UTF-8 text or leave it out"
            ),
        )


def _detect_encoding(data: bytes) -> str:
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 input needs it

    best = from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
    if best is None:
        raise _Reject(
            "undecodable",
            (
                f"the bytes are not UTF-8, UTF-16 or an Arabic code page ({', '.join(CANDIDATE_ENCODINGS)}); "
                "re-save the file as UTF-8"
            ),
        )
    return str(best.encoding)


def _stream_lines(opener: _Opener, origin: str) -> Iterator[tuple[int, str] | Rejection]:
    """Yield ``(line number, line)`` from a stream without reading it whole.

    The encoding is chosen from the first 64 KB (see :func:`_utf8_lines`); a line that does not decode
    in it gives an ``undecodable`` rejection for that line only. UTF-16/32 (with a byte-order mark)
    cannot be split into lines as bytes, so such a file is decoded whole.
    """
    with opener() as raw:
        lines = _guarded_lines(raw)
        head: list[bytes | Exception] = []
        size = 0
        for item in lines:
            head.append(item)
            if isinstance(item, Exception) or (size := size + len(item)) > _HEAD_BYTES:
                break
        first = b"".join(h for h in head if isinstance(h, bytes))
        try:
            if first.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
                yield from enumerate(_decode(first + raw.read()).split("\n"), 1)
                return
            if first.startswith(b"\xef\xbb\xbf"):
                head[0], first = cast(bytes, head[0])[3:], first[3:]
            _check_binary(first)
            encoding = "utf-8" if _utf8_lines(head) else _detect_encoding(first)
        except _Reject as r:
            yield Rejection(origin, r.reason, r.detail)
            return
        for lineno, line in enumerate(itertools.chain(head, lines), 1):
            if isinstance(line, Exception):
                yield Rejection(
                    f"{origin}:{lineno}",
                    "malformed",
                    (
                        f"line {lineno}: the compressed data is corrupt from here on ({line}); the lines before "
                        "were read, the rest was not: re-download or re-compress the file"
                    ),
                )
                return
            try:
                yield lineno, line.decode(encoding)
            except UnicodeDecodeError as exc:
                yield Rejection(
                    f"{origin}:{lineno}",
                    "undecodable",
                    (
                        f"line {lineno}: not valid {encoding} like the start of the file ({exc.reason} at byte "
                        f"{exc.start + 1}); re-save the whole file as UTF-8"
                    ),
                )


def _guarded_lines(raw: IO[bytes]) -> Iterator[bytes | Exception]:
    """The lines of ``raw``; a corrupt compressed stream ends them with the exception, not a raise."""
    try:
        yield from raw
    except _CORRUPT as exc:
        yield exc


def _utf8_lines(lines: list[bytes | Exception]) -> bool:
    """Whether the stream is UTF-8: some non-ASCII line decodes as UTF-8 (or none has non-ASCII bytes).

    Arabic in a single-byte code page is practically never valid UTF-8, so one valid line settles it;
    a UTF-8 file with a few damaged lines then loses only those lines.
    """
    non_ascii = [line for line in lines if isinstance(line, bytes) and not line.isascii()]
    for line in non_ascii:
        with contextlib.suppress(UnicodeDecodeError):
            line.decode("utf-8")
            return True
    return not non_ascii


# ----------------------------------------------------------------------------------------------------------
# Formats


def _jsonl_records(
    lines: Iterable[tuple[int, str] | Rejection], origin: str, ctx: _Context
) -> Iterator[Article | Rejection]:
    for item in lines:
        if isinstance(item, Rejection):
            yield item
            continue
        lineno, line = item
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield Rejection(
                where,
                "malformed",
                (f"line {lineno}: invalid JSON ({exc.msg}, column {exc.colno}); fix or remove the line"),
            )
            continue
        yield _record_article(record, where, ctx, f"line {lineno}: ")


def _json_records(text: str, origin: str, ctx: _Context) -> Iterator[Article | Rejection]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):  # one object per line: JSON Lines
            yield from _jsonl_records(enumerate(text.split("\n"), 1), origin, ctx)
            return
        yield Rejection(
            origin,
            "malformed",
            (
                f"line {exc.lineno}, column {exc.colno}: invalid JSON ({exc.msg}); fix the file "
                "(one object, or an array of objects; use .jsonl for one object per line)"
            ),
        )
        return
    if isinstance(value, list):
        for index, record in enumerate(value):
            yield _record_article(record, f"{origin}[{index}]", ctx, f"item {index}: ")
    else:
        yield _record_article(value, origin, ctx, "")


def _csv_records(text: str, origin: str, ctx: _Context, delimiter: str) -> Iterator[Article | Rejection]:
    header_line = text.split("\n", 1)[0]
    if delimiter == "," and "," not in header_line and ";" in header_line:
        delimiter = ";"  # spreadsheets set to Arabic or European locales save CSV with semicolons
    # The csv module refuses fields over 128 KiB by default; an article may be longer.
    if csv.field_size_limit() < 4 * ctx.settings.max_chars:
        csv.field_size_limit(4 * ctx.settings.max_chars)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        yield Rejection(origin, "empty", "the file is empty; it needs a header row and one row per article")
        return
    except csv.Error as exc:
        yield Rejection(origin, "malformed", f"line 1: the header row is broken ({exc}); fix the file")
        return
    if not set(TEXT_FIELDS) & set(header):
        yield Rejection(
            origin,
            "no_text_field",
            (
                f"the header row has no 'text' or 'content' column (columns: {', '.join(header)}); "
                "name the column that holds the article text 'text'"
            ),
        )
        return
    while True:
        lineno = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejection(
                f"{origin}:{lineno}",
                "malformed",
                (f"line {lineno}: broken row ({exc}); check the quotes on that line and the ones after it"),
            )
            continue
        if not row:
            continue
        where = f"{origin}:{lineno}"
        if len(row) != len(header):
            yield Rejection(
                where,
                "malformed",
                (
                    f"line {lineno}: {len(row)} fields but the header has {len(header)}; "
                    f"quote every field that contains {delimiter!r} or a line break"
                ),
            )
            continue
        yield _record_article(dict(zip(header, row, strict=True)), where, ctx, f"line {lineno}: ")


def _html_article(html: str, origin: str, ctx: _Context) -> Article | Rejection:
    import trafilatura  # imported here: it takes a while and only HTML input needs it

    try:
        # No URL is given, so trafilatura reads only the page itself: nothing is fetched.
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # a third-party parser on arbitrary input: any failure means "unparseable"
        return Rejection(origin, "malformed", f"the HTML could not be parsed ({exc}); save the page again")
    if doc is None or isinstance(doc, dict) or not doc.text:
        return Rejection(
            origin,
            "empty",
            (
                "no article text found in the HTML page; save the article page itself, not an index or a "
                "page that loads its text with JavaScript"
            ),
        )
    record = {"text": doc.text, "title": doc.title, "published": doc.date, "url": doc.url, "source": doc.sitename}
    return _record_article(record, origin, ctx, "")


# ----------------------------------------------------------------------------------------------------------
# Records


def _record_article(
    record: object, origin: str, ctx: _Context, where: str, fallback_id: str | None = None
) -> Article | Rejection:
    """Build an :class:`Article` from one record; ``where`` ("line 7: ") prefixes rejection details."""
    try:
        return _build_article(record, origin, ctx, fallback_id)
    except _Reject as r:
        return Rejection(origin, r.reason, where + r.detail)


def _build_article(record: object, origin: str, ctx: _Context, fallback_id: str | None) -> Article:
    if not isinstance(record, dict):
        raise _Reject(
            "malformed",
            (
                f"expected an object with a 'text' field, got {_json_type(record)}; "
                'give each article as an object such as {"text": "..."}'
            ),
        )
    fields = {str(k).strip().lower(): v for k, v in record.items()}
    text = _clean_text(_text_field(fields))
    _check_text(text, ctx.settings)
    published = _published_field(fields)
    return Article(
        id=_str_field(fields, "id") or fallback_id or content_id(text),
        text=text,
        title=_str_field(fields, "title"),
        published=published if published is not None else ctx.default_published,
        source=_str_field(fields, "source"),
        url=_str_field(fields, "url"),
        origin=origin,
    )


def content_id(text: str) -> str:
    """The stable id of a record without one: the first 16 hex digits of the SHA-1 of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _text_field(fields: dict[str, Any]) -> str:
    present = False
    for key in TEXT_FIELDS:
        if key not in fields:
            continue
        present = True
        value = fields[key]
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise _Reject(
                "malformed",
                (f"the {key!r} field is {_json_type(value)}, not a string; give the article text as a string"),
            )
        return value
    if present:
        return ""
    names = ", ".join(repr(k) for k in fields) or "none"
    raise _Reject(
        "no_text_field",
        (
            f"the record has no 'text' or 'content' field (fields: {names}); "
            "name the field that holds the article text 'text'"
        ),
    )


def _clean_text(text: str) -> str:
    """The only changes ever made to a text: drop a leading byte-order mark, unify line breaks."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _check_text(text: str, settings: IngestSettings) -> None:
    stripped = len(text.strip())
    if stripped < max(1, settings.min_chars):
        detail = (
            "the text is empty or only white space"
            if not stripped
            else (f"the text has only {stripped} characters (ingest.min_chars = {settings.min_chars})")
        )
        raise _Reject("empty", f"{detail}; fill in the article text or remove the record")
    if len(text) > settings.max_chars:
        raise _Reject(
            "too_large",
            (
                f"the text has {len(text):,} characters, more than ingest.max_chars = {settings.max_chars:,}; "
                "split the article or raise max_chars in the settings"
            ),
        )
    ratio = arabic_ratio(text)
    if ratio < settings.min_arabic_ratio:
        raise _Reject(
            "not_arabic",
            (
                f"only {ratio:.0%} of the letters are Arabic (ingest.min_arabic_ratio = "
                f"{settings.min_arabic_ratio:.0%}); marsad reads Arabic news: remove the record, or lower "
                "min_arabic_ratio if the text is Arabic mixed with another language"
            ),
        )


def _published_field(fields: dict[str, Any]) -> dt.date | None:
    for key in DATE_FIELDS:
        value = fields.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise _Reject(
                "bad_date",
                (f"the {key!r} value {value!r} is {_json_type(value)}, not a date; write it as 'YYYY-MM-DD'"),
            )
        try:
            return parse_published(value)
        except ValueError as exc:
            raise _Reject("bad_date", f"the {key!r} value {exc}") from None
    return None


def _str_field(fields: dict[str, Any], key: str) -> str | None:
    value = fields.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _json_type(value: object) -> str:
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)
