"""Events: words that are triggers in political news but mean something else in a domain's news.

A news stream carries sports pages beside the conflict news: there «لقاء» and «مواجهة» are matches,
«ضربة» a kick, «هجوم» a team's attack and «حقق» to achieve a win, and coding them as meetings and
assaults fills a monitor with events that never happened. :func:`domain_of` tells a document of such a
domain by its cue words (``data/other_senses.tsv``); :func:`drop_other_senses` removes the events all
of whose mentions are triggered by a word with another sense in that domain and that report no dead.
A sports article keeps its events with other triggers (fans' riots, a bombing near a stadium, the arrest
of a player).

Measured on 250 articles of each category of the ANT corpus (2018): 220 of 250 sports articles are
told as sports, 20 of the 1,000 political, economic, cultural and technology articles (World Cup
stories), none of the 315 articles of the events and relations development sets.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.errors import ConfigError
from marsad.model import Document, Token
from marsad.text.tokens import tokenize

DATA = Path(__file__).parent / "data" / "other_senses.tsv"
MIN_CUES = 4
"""Cue-word occurrences a document needs to be of a domain."""
MIN_DISTINCT = 3
"""Different cue words it needs (one word repeated is not a domain: «الملعب» in a report of a strike)."""


@dataclass(frozen=True, slots=True)
class Domain:
    name: str
    cues: frozenset[str]
    triggers: frozenset[str]


def _stem(t: Token) -> str:
    """The form a listed word is matched by: the stem without clitics, with the article set aside."""
    s = t.stem or t.norm
    return s[2:] if s.startswith("ال") and len(s) > 4 else s


def _stems(words: str) -> frozenset[str]:
    return frozenset(_stem(t) for t in tokenize(words))


@lru_cache(maxsize=4)
def load_domains(path: Path = DATA) -> tuple[Domain, ...]:
    cues: dict[str, set[str]] = {}
    triggers: dict[str, set[str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] not in ("cue", "trigger"):
            raise ConfigError(f"{path}:{n}: expected 'domain<TAB>cue|trigger<TAB>words'")
        table = cues if parts[1] == "cue" else triggers
        table.setdefault(parts[0], set()).update(_stems(parts[2]))
    return tuple(Domain(d, frozenset(cues.get(d, ())), frozenset(triggers.get(d, ()))) for d in sorted(cues))


def domain_of(doc: Document) -> Domain | None:
    """The domain whose cue words the document uses enough (see :data:`MIN_CUES`), if any."""
    for d in load_domains():
        hits = Counter(s for sent in doc.sentences for t in sent.tokens if (s := _stem(t)) in d.cues)
        if sum(hits.values()) >= MIN_CUES and len(hits) >= MIN_DISTINCT:
            return d
    return None


def drop_other_senses(doc: Document, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``events`` without those whose every trigger has another sense in the document's domain
    (renumbered in order when any is dropped)."""
    domain = domain_of(doc) if events else None
    if domain is None:
        return events
    # a trigger starts where its token does, or after the token's و/ف/ب/ل («واستجابة» → «استجابة»)
    at = {s: t for sent in doc.sentences for t in sent.tokens for s in (t.start, t.core_start, t.stem_start)}

    def other_sense(trigger: dict[str, Any]) -> bool:
        tok = at.get(trigger["start"])
        return tok is not None and _stem(tok) in domain.triggers

    # an event with a death toll is never a sports sense («مواجهات» between fans and the police)
    kept = [e for e in events if e.get("fatalities") or not all(other_sense(m["trigger"]) for m in e["mentions"])]
    if len(kept) == len(events):
        return kept
    for n, e in enumerate(kept, 1):
        e["id"] = f"{doc.article.id}-ev{n}"
    return kept
