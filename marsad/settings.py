"""One ``Settings`` object with defaults, optionally read from a TOML file.

Example ``marsad.toml``::

    [ingest]
    max_chars = 2000000
    min_arabic_ratio = 0.3

    [ner]
    backend = "crf"
    model = "/path/to/ner.crfsuite"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from marsad.errors import ConfigError


@dataclass(slots=True)
class IngestSettings:
    max_chars: int = 1_000_000
    """Articles longer than this (in characters) are rejected as ``too_large``."""
    min_arabic_ratio: float = 0.3
    """Share of letters that must be Arabic for a text to count as Arabic."""
    min_chars: int = 1


@dataclass(slots=True)
class NerSettings:
    backend: str = "crf"
    model: str | None = None
    """Path of a model file; the bundled model when unset."""
    consistency: bool = True
    """Tag the untagged repetitions of the names found in a document (:mod:`marsad.ner.consistency`)."""


@dataclass(slots=True)
class GeoSettings:
    extra_places: str | None = None
    """A TSV file of extra places in the format of ``marsad/geo/data/curated_places.tsv``."""


@dataclass(slots=True)
class ActorSettings:
    extra_actors: str | None = None
    """A TSV file of extra actors in the format of ``marsad/actors/data/actors.tsv``."""
    romanizer_model: bool = False
    """Also use arabic-name-romanizer's neural model for name units its dictionary lacks: slightly
    better Latin spellings of rare person names (+2.7 points measured), about 10x slower."""


@dataclass(slots=True)
class EventSettings:
    extra_triggers: str | None = None
    """A TSV file of extra event triggers in the format of ``marsad/events/data/triggers.tsv``."""


@dataclass(slots=True)
class PipelineSettings:
    skip: list[str] = field(default_factory=list)
    """Stages to leave out, e.g. ``["actors"]`` when only entities, places and dates are needed
    (``text`` and ``ner`` cannot be skipped: every later stage stands on them)."""


@dataclass(slots=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    ner: NerSettings = field(default_factory=NerSettings)
    geo: GeoSettings = field(default_factory=GeoSettings)
    actors: ActorSettings = field(default_factory=ActorSettings)
    events: EventSettings = field(default_factory=EventSettings)
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)

    @classmethod
    def from_toml(cls, path: str | Path) -> Settings:
        """Read settings from a TOML file; unknown sections or keys are an error, not ignored."""
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"settings file {p} does not exist; check the path given to --config") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"settings file {p} is not valid TOML: {exc}") from None
        return cls.from_dict(data, origin=str(p))

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str = "settings") -> Settings:
        settings = cls()
        sections = {f.name: getattr(settings, f.name) for f in fields(settings)}
        for name, values in data.items():
            if name not in sections:
                raise ConfigError(f"{origin}: unknown section [{name}]; known sections: {', '.join(sorted(sections))}")
            if not isinstance(values, dict):
                raise ConfigError(f"{origin}: [{name}] must be a table of keys")
            section = sections[name]
            known = {f.name: f for f in fields(section)}
            for key, value in values.items():
                if key not in known:
                    raise ConfigError(
                        f"{origin}: unknown key {key!r} in [{name}]; known keys: {', '.join(sorted(known))}"
                    )
                default = getattr(section, key)
                if default is not None and not isinstance(value, type(default)):
                    if not (isinstance(default, float) and isinstance(value, int)):
                        raise ConfigError(f"{origin}: [{name}] {key} must be {type(default).__name__}, got {value!r}")
                setattr(section, key, value)
        return settings
