"""Writing analysed documents: pretty JSON and JSON Lines."""

from __future__ import annotations

import json
from types import TracebackType
from typing import TextIO

from marsad.errors import InputError
from marsad.model import Document


class DocumentWriter:
    """Streams documents to a text file.

    ``json``: one pretty object when the run gives exactly one document, else a pretty array (written
    as documents arrive, so a long run is not held in memory). ``jsonl``: one compact object per line,
    flushed per document, so an interrupted run keeps every document written so far.
    """

    def __init__(self, out: TextIO, fmt: str = "json") -> None:
        if fmt not in ("json", "jsonl"):
            raise InputError(f"output format {fmt!r} is not known; choose json or jsonl")
        self.out = out
        self.fmt = fmt
        self.count = 0
        self._held: Document | None = None

    def write(self, doc: Document) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            self.out.flush()
        elif self.count == 0:
            self._held = doc
        else:
            if self._held is not None:
                self.out.write("[\n" + _indent(self._held))
                self._held = None
            self.out.write(",\n" + _indent(doc))
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            if self._held is not None and self.count == 1:
                self.out.write(json.dumps(self._held.to_dict(), ensure_ascii=False, indent=2) + "\n")
            elif self.count > 1:
                self.out.write("\n]\n")
            elif self.count == 0:
                self.out.write("[]\n")
        self.out.flush()

    def __enter__(self) -> DocumentWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _indent(doc: Document) -> str:
    text = json.dumps(doc.to_dict(), ensure_ascii=False, indent=2)
    return "\n".join("  " + line for line in text.splitlines())
