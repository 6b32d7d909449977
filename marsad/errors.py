"""Named errors. Every message says what went wrong and how to fix it."""

from __future__ import annotations

REJECTION_REASONS: dict[str, str] = {
    "empty": "the record has no text",
    "binary": "the file is binary, not text",
    "not_arabic": "the text is not Arabic",
    "too_large": "the text is larger than the configured limit",
    "undecodable": "the bytes could not be decoded in any supported encoding",
    "malformed": "the record could not be parsed (bad JSON, CSV or archive member)",
    "no_text_field": "the record has no 'text' or 'content' field",
    "unsupported": "the file type is not one marsad reads",
    "bad_date": "the 'published' value is not a date",
    "stage_error": "a pipeline stage failed on the document (a bug: please report it with the input)",
}


class MarsadError(Exception):
    """Base class of every error marsad raises on purpose."""


class InputError(MarsadError):
    """A bad input file, path, encoding or value given by the user."""


class ConfigError(MarsadError):
    """A bad settings file or setting."""


class ModelError(MarsadError):
    """A model file is missing or unreadable."""


class StageError(MarsadError):
    """A pipeline stage failed on one document."""

    def __init__(self, stage: str, doc_id: str, message: str) -> None:
        super().__init__(f"stage {stage!r} failed on document {doc_id!r}: {message}")
        self.stage = stage
        self.doc_id = doc_id
