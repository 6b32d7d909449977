"""The actor registry: one stable actor id per real-world actor, across documents.

An entity resolves, in this order, to:

1. its **curated** actor (``data/actors.tsv`` or the user's list): the id is the curated id;
2. an actor already registered under one of its **name keys** (same entity type);
3. for a person's full name, an actor whose name differs only by **spelling** (rapidfuzz: each word
   similar ≥ 88, the surnames equal after the article is set aside, the same number of words);
   for an organisation, a long name within ratio 95 of a registered one;
4. for a person's **lineage name** that extends a registered one («محمد بن نايف بن عبدالعزيز آل
   سعود» after «محمد بن نايف بن عبدالعزيز»), that one; for a name with **middle names** («خالد محفوظ
   بحاح»), the one person registered by its first name and surname alone («خالد بحاح»);
5. for a **surname alone** (حفتر, السراج), the one full-name actor registered with that surname whose
   country does not contradict the entity's — with two candidates (خليفة حفتر, صدام حفتر) or none,
   the surname stays its own actor: two people who share a surname are never merged without evidence;
6. otherwise a **new actor** whose id is derived from the type and canonical name key
   (``a-`` + sha1[:10]), so that the same name gets the same id in any run and any order.

Only step 5 depends on what was seen before (a surname seen before its full name keeps its own id);
curated persons register their surnames from the start, so for them it does not.

The registry is used in-process over a stream of documents (the CLI keeps one per run) and is
serialisable with :meth:`ActorRegistry.to_dict` / :meth:`ActorRegistry.from_dict` for the store.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from marsad.actors.curated import ActorList, CuratedActor
from marsad.actors.names import NameKey, bare, key_str, name_key

FORMAT_VERSION = 1
LINEAGE = frozenset(("بن", "ابن", "ال", "بنت"))
"""Words that continue an Arabic lineage name: «بن» (son of), «بنت» (daughter of), «آل» (family of)."""


@dataclass(slots=True)
class ActorRecord:
    """One actor of the registry."""

    id: str
    type: str
    name: str
    """Canonical Arabic name (the longest name seen, or the curated full name)."""
    kind: str | None = None
    country: str | None = None
    affiliation: str | None = None
    latin: str | None = None
    curated: bool = False
    keys: set[str] = field(default_factory=set)
    documents: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "affiliation": self.affiliation,
            "latin": self.latin,
            "curated": self.curated,
            "keys": sorted(self.keys),
            "documents": self.documents,
        }


@dataclass(slots=True)
class Resolution:
    """The outcome of :meth:`ActorRegistry.resolve`."""

    actor_id: str
    evidence: str
    record: ActorRecord


def _skeleton(word: str) -> str:
    """A surname's consonant skeleton for blocking: no article, no long vowels, no doubled letters
    (الزروق, الزرّوق, زروق → زرق), so that spelling variants land in the same block."""
    out: list[str] = []
    for ch in bare(word):
        if ch not in "اوي" and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out) or bare(word)


def actor_id_for(type_: str, key: NameKey) -> str:
    """The deterministic id of a non-curated actor: ``a-`` + sha1 of type and name key."""
    return "a-" + hashlib.sha1(f"{type_}:{key_str(key)}".encode()).hexdigest()[:10]


class ActorRegistry:
    """Actors across documents; see the module docstring for the resolution order."""

    def __init__(self, actors: ActorList | None = None) -> None:
        self.records: dict[str, ActorRecord] = {}
        self._by_key: dict[tuple[str, str], set[str]] = {}
        self._by_surname: dict[str, set[str]] = {}
        self._org_keys: dict[int, list[str]] = {}
        """Organisation keys of 10 characters or more, by length: the fuzzy look-up's candidates."""
        self._curated_ids: set[str] = set()
        self._context_keys: set[str] = set()
        """Keys of the curated ``~names`` («المقاومة»): they name an actor only in one country's news,
        so no actor is registered under them (a Yemeni article must not teach a Lebanese one)."""
        if actors is not None:
            self.add_curated(actors)

    # ------------------------------------------------------------------ building

    def add_curated(self, actors: ActorList) -> None:
        """Register the curated actors (their ids, names and surnames)."""
        self._context_keys |= {key_str(k) for k in actors.by_context_key}
        for a in actors.actors.values():
            rec = ActorRecord(a.id, a.type, a.names[0], a.kind, a.country, a.affiliation, a.latin, True)
            self.records[a.id] = rec
            self._curated_ids.add(a.id)
            for n in a.names:
                self._index(rec, name_key(n))

    def _index(self, rec: ActorRecord, key: NameKey) -> None:
        if not key:
            return
        ks = key_str(key)
        rec.keys.add(ks)
        ids = self._by_key.get((rec.type, ks))
        if ids is None:  # a new key
            ids = self._by_key[(rec.type, ks)] = set()
            if rec.type == "ORG" and len(ks) >= 10:
                self._org_keys.setdefault(len(ks), []).append(ks)
        ids.add(rec.id)
        if rec.type == "PER" and len(key) >= 2 and key[-2] != "بن":
            self._by_surname.setdefault(_skeleton(key[-1]), set()).add(rec.id)

    # ------------------------------------------------------------------ resolving

    def resolve(
        self,
        type_: str,
        keys: set[NameKey],
        canonical: NameKey,
        *,
        curated: CuratedActor | None = None,
        country: str | None = None,
        doc_countries: frozenset[str] | None = None,
    ) -> Resolution:
        """The actor of an entity with these name keys (see the module docstring); registers it.

        ``doc_countries`` are the countries the document talks about: a one-word person name (a
        surname such as «المالكي») reaches a known actor of another country only when the document
        talks about that country — two people sharing a surname are not merged without evidence.
        """
        res = self._find(type_, keys, canonical, curated, country, doc_countries)
        rec = res.record
        if not rec.curated and len(key_str(canonical)) > len(rec.name) and len(canonical) >= 2:
            rec.name = key_str(canonical)
        for k in keys | {canonical}:
            if type_ == "PER" and len(k) == 1 and len(canonical) >= 2:
                continue  # a surname reaches a full name through the surname index, never by itself
            if key_str(k) in self._context_keys:
                continue
            self._index(rec, k)
        if country and not rec.country:
            rec.country = country
        rec.documents += 1
        return res

    def lookup(self, type_: str, key: NameKey) -> ActorRecord | None:
        """The actor registered under exactly this name key (read-only), or None if none or several."""
        ids = self._by_key.get((type_, key_str(key)), set())
        if len(ids) == 1:
            return self.records[next(iter(ids))]
        if not ids and type_ == "PER" and len(key) == 1:
            cands = self._by_surname.get(_skeleton(key[0]), set())
            if len(cands) == 1:
                return self.records[next(iter(cands))]
        return None

    def _in_context(self, aid: str, doc_countries: frozenset[str] | None) -> bool:
        rec_country = self.records[aid].country
        return doc_countries is None or not rec_country or rec_country in doc_countries

    def _find(
        self,
        type_: str,
        keys: set[NameKey],
        canonical: NameKey,
        curated: CuratedActor | None,
        country: str | None,
        doc_countries: frozenset[str] | None = None,
    ) -> Resolution:
        one_word_person = type_ == "PER" and len(canonical) == 1
        if curated is not None and curated.id in self.records:
            if not one_word_person or self._in_context(curated.id, doc_countries):
                return Resolution(curated.id, f"curated:{curated.id}", self.records[curated.id])
        for k in sorted(keys | {canonical}, key=lambda k: (-len(k), k)):
            ids = self._by_key.get((type_, key_str(k)), set())
            ids = {i for i in ids if self._country_ok(i, country)}
            if one_word_person:
                ids = {i for i in ids if self._in_context(i, doc_countries)}
            if len(ids) == 1:
                aid = next(iter(ids))
                how = "curated" if aid in self._curated_ids else "registry:name"
                return Resolution(aid, f"{how}:{aid} ({key_str(k)})", self.records[aid])
        if type_ == "PER" and len(canonical) >= 2:
            hit = self._fuzzy_person(canonical, country)
            if hit:
                return Resolution(hit, f"registry:fuzzy→{hit} ({key_str(canonical)})", self.records[hit])
        if type_ == "PER":
            hit = self._lineage_prefix(canonical, country)
            if hit:
                return Resolution(hit, f"registry:lineage→{hit} ({key_str(canonical)})", self.records[hit])
            hit = self._middle_names(canonical, country)
            if hit:
                return Resolution(hit, f"registry:middle name→{hit} ({key_str(canonical)})", self.records[hit])
        if type_ == "ORG" and len(key_str(canonical)) >= 10:
            hit = self._fuzzy_org(canonical)
            if hit:
                return Resolution(hit, f"registry:fuzzy→{hit} ({key_str(canonical)})", self.records[hit])
        if type_ == "PER" and len(canonical) == 1:
            cands = {
                i
                for i in self._by_surname.get(_skeleton(canonical[0]), set())
                if self._country_ok(i, country) and self._in_context(i, doc_countries)
            }
            if len(cands) == 1:
                aid = next(iter(cands))
                return Resolution(aid, f"registry:surname→{aid} ({canonical[0]})", self.records[aid])
        aid = actor_id_for(type_, canonical)
        rec = self.records.get(aid)
        if rec is None:
            rec = ActorRecord(aid, type_, key_str(canonical), country=country)
            self.records[aid] = rec
        return Resolution(aid, f"registry:new ({key_str(canonical)})", rec)

    def _country_ok(self, aid: str, country: str | None) -> bool:
        c = self.records[aid].country
        return not (country and c and c != country)

    def _lineage_prefix(self, key: NameKey, country: str | None) -> str | None:
        """The one person whose lineage name («محمد بن نايف بن عبدالعزيز») this longer one extends
        («… بن عبدالعزيز آل سعود»): the extra words continue the chain with «بن»/«آل»."""
        for n in range(len(key) - 1, 2, -1):
            if key[n] not in LINEAGE or "بن" not in key[:n]:
                continue
            ids = {i for i in self._by_key.get(("PER", key_str(key[:n])), set()) if self._country_ok(i, country)}
            if len(ids) == 1:
                return next(iter(ids))
        return None

    def _middle_names(self, key: NameKey, country: str | None) -> str | None:
        """The one person registered by first name and surname alone («خالد بحاح») whose name this
        one fills in with middle names («خالد محفوظ بحاح»); a lineage chain («محمد بن نايف») is left to
        :meth:`_lineage_prefix`."""
        if len(key) < 3 or any(w in LINEAGE for w in key[1:-1]):
            return None
        first, last = bare(key[0]), bare(key[-1])
        found = {
            aid
            for aid in self._by_surname.get(_skeleton(key[-1]), set())
            if self._country_ok(aid, country)
            and any(
                len(k := tuple(ks.split())) == 2 and bare(k[0]) == first and bare(k[1]) == last
                for ks in self.records[aid].keys
            )
        }
        return next(iter(found)) if len(found) == 1 else None

    def _fuzzy_person(self, key: NameKey, country: str | None) -> str | None:
        found: set[str] = set()
        for aid in self._by_surname.get(_skeleton(key[-1]), set()):
            if not self._country_ok(aid, country):
                continue
            for ks in self.records[aid].keys:
                other = tuple(ks.split())
                if len(other) == len(key) and all(
                    fuzz.ratio(bare(a), bare(b)) >= 88 for a, b in zip(key, other, strict=True)
                ):
                    found.add(aid)
                    break
        return next(iter(found)) if len(found) == 1 else None

    def _fuzzy_org(self, key: NameKey) -> str | None:
        """The one organisation whose long name is within ratio 95 of this one (lengths within 3).

        The candidates are looked up by length and scored by rapidfuzz's C loop: the registry grows
        with the stream, and a Python loop over all its keys made long runs slow down."""
        ks = key_str(key)
        found: set[str] = set()
        for n in range(len(ks) - 3, len(ks) + 4):
            keys = self._org_keys.get(n)
            if keys:
                for k, _score, _i in process.extract(ks, keys, scorer=fuzz.ratio, score_cutoff=95, limit=None):
                    found |= self._by_key.get(("ORG", k), set())
        return next(iter(found)) if len(found) == 1 else None

    # ------------------------------------------------------------------ persistence

    def to_dict(self) -> dict[str, Any]:
        """The non-curated actors and the documents counts, as plain JSON-able data."""
        return {
            "version": FORMAT_VERSION,
            "actors": [r.to_dict() for r in sorted(self.records.values(), key=lambda r: r.id)],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], actors: ActorList | None = None) -> ActorRegistry:
        """Rebuild a registry saved by :meth:`to_dict` (curated rows come from ``actors``)."""
        reg = cls(actors)
        for row in data.get("actors", []):
            rec = reg.records.get(row["id"])
            if rec is None:
                rec = ActorRecord(
                    row["id"], row["type"], row["name"], row.get("kind"), row.get("country"),
                    row.get("affiliation"), row.get("latin"), bool(row.get("curated", False)),
                )  # fmt: skip
                reg.records[rec.id] = rec
            rec.documents = int(row.get("documents", 0))
            for ks in row.get("keys", []):
                reg._index(rec, tuple(ks.split()))
        return reg
