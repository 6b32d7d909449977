"""The curated actor list: recurring actors of the region with their kind, country and affiliation.

``data/actors.tsv`` (and any file a user points ``ActorSettings.extra_actors`` at) has one actor per
row, tab-separated, ``#`` comment lines first, then the header row::

    id  kind  country  names  latin  affiliation  source

- ``id``: a stable id, lower case ``[a-z0-9-]`` (``ly-lna``); it becomes the actor id of the output;
- ``kind``: one of :data:`KINDS`;
- ``country``: ISO 3166-1 alpha-2 code, or empty for international actors;
- ``names``: Arabic names, ``|``-separated: the full name first, then short forms, acronyms and
  spelling variants as the press writes them (a surname listed here resolves alone to this actor);
  a name written ``~name`` names the actor only in a document about its country (a generic short
  name such as «المقاومة», which is another group in another country's news), ``~name@YE`` only in
  a document about Yemen;
- ``latin``: the name as international wire services write it;
- ``affiliation``: the id of the actor this one belongs to or commands, or empty;
- ``source``: where the row comes from (``public knowledge; Wikipedia: <title>``).

Why hand-written: Wikidata has most of these actors, but not the forms the Arabic press uses for them
(قوات حفتر, حكومة السراج, الاخوان), and marsad must run offline; a short list of recurring actors,
each with its source, is auditable and users extend it with their own file.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from marsad.actors.names import NameKey, name_key
from marsad.errors import ConfigError

KINDS = (
    "person",
    "state_forces",
    "armed_group",
    "government",
    "party",
    "international_org",
    "media",
    "company",
    "civilians",
    "place",
    "other",
)
"""Actor kinds (usable as ACLED/PLOVER actor types)."""

COLUMNS = ("id", "kind", "country", "names", "latin", "affiliation", "source")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class CuratedActor:
    """One row of the curated actor list."""

    id: str
    kind: str
    country: str | None
    names: tuple[str, ...]
    latin: str
    affiliation: str | None
    source: str
    origin: str
    """``file:line`` of the row (for messages and evidence)."""
    context_names: tuple[str, ...] = ()
    """Names written ``~name`` in the list: short names that name this actor only in a document about
    its country («المقاومة» is Yemen's Popular Resistance in Yemeni news, other groups elsewhere), or
    about the country written after ``@`` («~التحالف@YE»: the Saudi-led coalition in Yemeni news)."""

    @property
    def type(self) -> str:
        """The entity type this actor's mentions carry (PER, LOC or ORG)."""
        return "PER" if self.kind == "person" else "LOC" if self.kind == "place" else "ORG"


def _fail(origin: str, line: int, what: str) -> ConfigError:
    return ConfigError(
        f"actor list {origin}, line {line}: {what}. Each row needs {len(COLUMNS)} tab-separated columns "
        f"({', '.join(COLUMNS)}) after the header row; see marsad/actors/data/actors.tsv for the format"
    )


def parse_actors(lines: Iterable[str], origin: str) -> list[CuratedActor]:
    """Parse an actor list; a malformed row raises :class:`ConfigError` naming the file and line."""
    actors: list[CuratedActor] = []
    header_seen = False
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if not header_seen:
            header_seen = True
            if [c.strip() for c in row] != list(COLUMNS):
                raise _fail(origin, lineno, f"the header row must be {'<TAB>'.join(COLUMNS)}, got {line!r}")
            continue
        if len(row) != len(COLUMNS):
            raise _fail(origin, lineno, f"found {len(row)} columns instead of {len(COLUMNS)} (are they tabs?)")
        aid, kind, country, names, latin, affiliation, source = (c.strip() for c in row)
        if not _ID.match(aid):
            raise _fail(origin, lineno, f"id {aid!r} must be lower-case letters, digits and hyphens")
        if kind not in KINDS:
            raise _fail(origin, lineno, f"kind {kind!r} is not one of {', '.join(KINDS)}")
        if country and not _COUNTRY.match(country):
            raise _fail(origin, lineno, f"country {country!r} must be an ISO 3166-1 alpha-2 code such as LY")
        all_names = [n.strip() for n in names.split("|") if n.strip()]
        name_list = tuple(n for n in all_names if not n.startswith("~"))
        context_names = tuple(n[1:].strip() for n in all_names if n.startswith("~") and n[1:].strip())
        for n in context_names:
            if "@" in n and not _COUNTRY.match(n.split("@", 1)[1].strip()):
                raise _fail(origin, lineno, f"~{n}: the country after @ must be an ISO 3166-1 alpha-2 code such as YE")
        if not name_list:
            raise _fail(origin, lineno, "the names column has no plain name; give at least one Arabic name without ~")
        if any("@" not in n for n in context_names) and not country:
            raise _fail(origin, lineno, "a ~name needs the country column (it names the actor in that country's news)")
        if not latin:
            raise _fail(origin, lineno, "the latin column is empty; give the name as wire services write it")
        if not source:
            raise _fail(origin, lineno, "the source column is empty; say where the entry comes from")
        actors.append(
            CuratedActor(
                aid,
                kind,
                country or None,
                name_list,
                latin,
                affiliation or None,
                source,
                f"{origin}:{lineno}",
                context_names,
            )
        )
    if not header_seen:
        raise _fail(origin, 1, "the file has no header row")
    return actors


class ActorList:
    """The curated actors (bundled list plus a user's file), indexed by name key."""

    def __init__(self, actors: list[CuratedActor]) -> None:
        self.actors: dict[str, CuratedActor] = {}
        self.by_key: dict[NameKey, list[CuratedActor]] = {}
        self.by_context_key: dict[NameKey, list[tuple[CuratedActor, str]]] = {}
        """Keys of the ``~names`` with the country whose news they are used in."""
        self._firsts: frozenset[str] | None = None
        self._max_words: int | None = None
        self._families: frozenset[str] | None = None
        for a in actors:
            self.actors[a.id] = a  # a user's row with a bundled id replaces the bundled row
        for a in self.actors.values():
            for n in a.names:
                k = name_key(n)
                if k:
                    bucket = self.by_key.setdefault(k, [])
                    if a not in bucket:
                        bucket.append(a)
            for n in a.context_names:
                name, _, where = n.partition("@")
                k = name_key(name)
                country = where.strip() or a.country
                if k and country and (a, country) not in self.by_context_key.setdefault(k, []):
                    self.by_context_key[k].append((a, country))

    def lookup(self, key: NameKey, type_: str | None = None) -> CuratedActor | None:
        """The actor named ``key`` (of entity type ``type_`` when given), or None if none or ambiguous."""
        cands = self.by_key.get(key, [])
        if type_ is not None:
            same = [a for a in cands if a.type == type_]
            # NER often tags organisations' short names as PER/LOC/MISC: accept a non-person ORG alias
            cands = same or ([a for a in cands if a.type == "ORG"] if type_ not in ("LOC", "GPE", "FAC") else [])
        return cands[0] if len(cands) == 1 else None

    def lookup_in_context(self, key: NameKey, type_: str, countries: frozenset[str]) -> CuratedActor | None:
        """The actor whose ``~name`` is ``key``, when the document talks about its country (one such
        actor only; None otherwise)."""
        cands = {a for a, c in self.by_context_key.get(key, []) if a.type == type_ and c in countries}
        return next(iter(cands)) if len(cands) == 1 else None

    @property
    def max_words(self) -> int:
        """The most words of any curated key (computed once, like :meth:`first_words`)."""
        if self._max_words is None:
            self._max_words = max((len(k) for k in self.by_key), default=1)
        return self._max_words

    def first_words(self) -> frozenset[str]:
        """The first word of every curated key (a fast pre-check when scanning text)."""
        if self._firsts is None:
            self._firsts = frozenset(k[0] for k in self.by_key)
        return self._firsts

    def family_names(self) -> frozenset[str]:
        """Surnames of curated persons that are also an organisation's one-word name («الحوثي» of
        «عبدالملك الحوثي» and of the Houthis; computed once)."""
        if self._families is None:
            surnames = {k[-1] for k, acts in self.by_key.items() if len(k) >= 2 and any(a.type == "PER" for a in acts)}
            bodies = {k[0] for k, acts in self.by_key.items() if len(k) == 1 and any(a.type == "ORG" for a in acts)}
            self._families = frozenset(surnames & bodies)
        return self._families


def load_actor_list(extra: str | Path | None = None) -> ActorList:
    """The bundled list, plus the user's file ``extra`` (``ActorSettings.extra_actors``)."""
    bundled = resources.files("marsad.actors").joinpath("data/actors.tsv")
    with bundled.open(encoding="utf-8") as f:
        actors = parse_actors(f, "marsad/actors/data/actors.tsv")
    if extra:
        p = Path(extra)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise ConfigError(
                f"actor list {p} does not exist; fix [actors] extra_actors in the settings file"
            ) from None
        except UnicodeDecodeError:
            raise ConfigError(f"actor list {p} is not UTF-8 text; save it as UTF-8") from None
        actors += parse_actors(text.splitlines(), str(p))
    known = {a.id for a in actors}
    for a in actors:
        if a.affiliation and a.affiliation not in known:
            raise ConfigError(
                f"actor list {a.origin}: affiliation {a.affiliation!r} is not the id of any actor; "
                "use an id from the id column (or leave the column empty)"
            )
    return ActorList(actors)
