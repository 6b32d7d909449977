"""The relation cue table (``data/cues.tsv``) and how its forms are read.

A form is written as in a newspaper, without glued و/ف/ب/ل (see the header of ``cues.tsv``). Three marks
make one row stand for many surface forms, so that the table stays small and general:

* ``دعم*`` — a past-tense verb stem: every person, the imperfect and the future are matched
  (دعم دعمت دعموا يدعم تدعم يدعمون ستدعم …, from :func:`marsad.events.lexicon.verb_forms`);
* ``…`` — a gap of up to four words, where a verb-first clause puts its subject («انشق آمر كتيبة
  الفاروق عن قوات الوفاق»: ``انشق … عن``);
* a final ``لـ`` — the other end carries the preposition ل («القوات الموالية لحكومة الوفاق»,
  «الموالي للنظام»): an actor after the cue without it is not that end («المقاومة الموالية بلحج»);
  a first ``لـ`` — the cue word itself carries it («لـ مواجهة»: «لمواجهة قوات الكرامة», in order to
  confront, and not the «مواجهة» of a football match).

A first word written with a glued ب («بقيادة», «برئاسة», «بدعم من») is matched only on a word that
carries ب: «الرئاسة الفلسطينية» is the presidency, not «برئاسة» (headed by).

Attached pronouns need no row of their own: a cue word also matches a word that is the cue plus an
object/possessive pronoun («حليفهم», «تدعمها», «تحالفه», «ولاءها»); the pronoun then stands for an end.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.errors import ModelError
from marsad.events.coder import token_keys
from marsad.events.lexicon import strip_article, tsv_rows, verb_forms
from marsad.text.normalize import normalize
from marsad.text.tokens import word_token

DATA = Path(__file__).parent / "data"
RELATION_TYPES = (
    "ally",
    "support",
    "oppose",
    "member_of",
    "leads",
    "loyal_to",
    "family",
    "located_in",
    "negotiates_with",
)
SUBTYPES = ("political", "military", "financial", "logistic")
PATTERNS = (
    "modifier",
    "before_after",
    "verb",
    "after_before",
    "title",
    "genitive",
    "between",
    "kin",
    "whole",
    "seat",
    "received",
)
RELATION_MODALITIES = ("asserted", "reported", "denied", "ended", "unconfirmed", "hypothetical")
GAP = "…"
"""A gap of up to :data:`GAP_WORDS` words inside a cue."""
GAP_WORDS = 4
LAM_MARKS = ("لـ", "ل")


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]
    """The matching keys of the cue's words; :data:`GAP` marks a gap."""
    pattern: str
    type: str
    subtype: str | None
    directed: bool
    source: str
    """``cues.tsv:LINE``, recorded in the evidence of each relation."""
    lam: bool = False
    """The end after the cue carries ل («الموالية لـ»)."""
    lam_first: bool = False
    """The cue's first word carries ل («لمواجهة»)."""
    ba_first: bool = False
    """The cue's first word carries ب («بقيادة», «بدعم من»): «القيادة» alone is no cue."""
    verb: bool = False
    """A verb stem (``*``) that does not itself start with «ال»: a word with the article is its verbal
    noun, not one of its forms («التحالف نفى … مع» is no «تحالف … مع»)."""


@dataclass(slots=True)
class RelationLexicon:
    cues: dict[str, list[Cue]]
    """The cues by the key of their first word."""
    modality: dict[tuple[str, ...], str]


def _key(word: str) -> str:
    return token_keys([word_token(word)])[0]


@lru_cache(maxsize=2)
def load_relation_lexicon(path: str | None = None) -> RelationLexicon:
    """The cue table at ``path`` (default: ``data/cues.tsv``); an unknown pattern, type, subtype or
    modality is a :class:`~marsad.errors.ModelError` naming the line."""
    p = Path(path) if path else DATA / "cues.tsv"
    cues: dict[str, list[Cue]] = {}
    inflected: list[Cue] = []
    modality: dict[tuple[str, ...], str] = {}
    for where, (form, pattern, rtype, subtype, directed) in tsv_rows(p, 5):
        raw = form.split()
        lam_first = len(raw) > 1 and raw[0] in LAM_MARKS
        if lam_first:
            raw = raw[1:]
        lam = len(raw) > 1 and raw[-1] in LAM_MARKS
        if lam:
            raw = raw[:-1]
        verb = raw[0].endswith("*")
        raw[0] = raw[0].rstrip("*")
        words = tuple(GAP if w in ("…", "...") else _key(w) for w in raw)
        ba_first = not verb and raw[0].startswith("ب") and not words[0].startswith("ب")
        if verb:  # «التقى»: the stem keeps its first letters; the forms lose an article-like «ال» on matching
            words = (normalize(raw[0]), *words[1:])
        if words[0] == GAP or words[-1] == GAP:
            raise ModelError(f"{where}: a gap «…» must stand between two words of the cue, as in «انشق … عن»")
        if pattern.startswith("modality:"):
            value = pattern.split(":", 1)[1]
            if value not in RELATION_MODALITIES:
                raise ModelError(f"{where}: modality {value!r} is not one of {RELATION_MODALITIES}")
            modality[words] = value
            continue
        if pattern not in PATTERNS:
            raise ModelError(f"{where}: pattern {pattern!r} is not one of {PATTERNS}")
        if rtype not in RELATION_TYPES:
            raise ModelError(f"{where}: type {rtype!r} is not one of {RELATION_TYPES}")
        if subtype != "-" and subtype not in SUBTYPES:
            raise ModelError(f"{where}: subtype {subtype!r} is not one of {SUBTYPES}")
        for first in sorted({strip_article(f) for f in verb_forms(words[0])}) if verb else [words[0]]:
            cue = Cue(
                (first, *words[1:]),
                pattern,
                rtype,
                None if subtype == "-" else subtype,
                directed == "yes",
                where,
                lam,
                lam_first,
                ba_first,
                verb and not normalize(raw[0]).startswith("ال"),
            )
            (inflected if verb else cues.setdefault(first, [])).append(cue)
    for cue in inflected:  # after the rows written out: «دعم» is the noun of «دعم روسيا للأسد» first
        cues.setdefault(cue.words[0], []).append(cue)
    return RelationLexicon(cues, modality)
