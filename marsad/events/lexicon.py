"""The event lexicon: triggers, mode words and cues, read from the TSV files in ``data/``.

Every form is normalised with :func:`marsad.text.normalize.normalize` on load, and verbs are inflected
here (past, imperfect and future forms), so that the files list one form per word and a user can extend
them (``[events] extra_triggers``). Matching works on a token's ``core`` (the word without its و/ف/ب/ل/ك
clitics, with the article ال): :func:`candidate_keys` gives the forms to look up for one core.

The inflection is hand-written: a morphological generator (camel-tools' with its database) would need
a data download at run time, and the few patterns news verbs take (perfect suffixes, the imperfect
prefix ي/ت/ن on the stem without its initial ا) are regular enough to derive.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.errors import ConfigError, ModelError
from marsad.text.normalize import normalize

DATA = Path(__file__).parent / "data"

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED event types and their sub-event types (ACLED codebook, 2023)."""

POS = ("verb", "noun", "form")
CUE_KINDS = (
    "negation",
    "denial",
    "conditional",
    "possible",
    "planned",
    "threat",
    "reporting",
    "actor",
    "people",
    "civilian",
    "killed",
    "dead_noun",
    "dual",
    "seized",
    "military",
    "aid_only",
)
PRONOUNS = ("هما", "هم", "ها", "كم", "نا", "ه")
"""Attached pronouns stripped off a noun trigger (normalised: ة+pronoun is written ت+pronoun)."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger entry: the words that must follow the looked-up word, and what it codes."""

    words: tuple[str, ...]
    """The normalised words after the first one (empty for a one-word trigger)."""
    pos: str
    plover_type: str
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    needs: tuple[str, frozenset[str]] | None
    """``(next|near|not_next|after|before|future|alone|weapon, words)`` or None (``future``: a future verb, س or
    سوف, with one of the words near it; ``after``: one of the words right after the trigger, e.g. its subject;
    ``before``: one of the words before it in its clause, e.g. the verb that governs it).
    """
    source: str
    """``file:line`` of the entry, for evidence."""


@dataclass(frozen=True, slots=True)
class ModeWord:
    applies_to: str
    mode: str
    acled_event_type: str | None
    acled_sub_event_type: str | None


@dataclass(slots=True)
class EventLexicon:
    triggers: dict[str, list[Trigger]] = field(default_factory=dict)
    """First word (normalised, inflected) → entries."""
    modes: dict[str, ModeWord] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    """Cue kind → normalised forms."""

    def cue(self, kind: str) -> frozenset[str]:
        return self.cues.get(kind, frozenset())


def _acled(value: str, where: str) -> tuple[str | None, str | None]:
    if value == "-":
        return None, None
    for event_type, subs in ACLED_TYPES.items():
        if value.startswith(event_type + "/"):
            sub = value[len(event_type) + 1 :]
            if sub not in subs:
                raise ConfigError(f"{where}: ACLED sub-event type {sub!r} is not one of {event_type}'s: {subs}")
            return event_type, sub
    raise ConfigError(f"{where}: {value!r} is not 'ACLED event type/sub-event type' (or -)")


def tsv_rows(path: Path, columns: int) -> Iterable[tuple[str, list[str]]]:
    """The data rows of a lexicon TSV file as ``(file:line, cells)``: blank and ``#`` lines and the
    column-name line skipped; a row with another number of columns is an error naming its line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ConfigError(f"lexicon file {path} does not exist") from None
    header_seen = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = next(csv.reader([line], delimiter="\t"))
        if not header_seen:
            header_seen = True
            continue
        if len(row) != columns:
            raise ConfigError(f"{path.name}:{n}: expected {columns} tab-separated columns, found {len(row)}")
        yield f"{path.name}:{n}", [c.strip() for c in row]


def strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def word_keys(words: str) -> frozenset[str]:
    """The matching keys of space-separated words (normalised, article off): «الطرفين طرفي» → {طرفين, طرفي}."""
    return frozenset(strip_article(normalize(w)) for w in words.split())


def bare_key(key: str, words: frozenset[str]) -> bool:
    """``key`` is in ``words``, or is one of them with a و or ف the tokenizer left on it («وتحدث», «ونقلت»)."""
    return key in words or (len(key) > 3 and key[0] in "وف" and key[1:] in words)


def verb_forms(stem: str) -> set[str]:
    """Perfect, imperfect and future forms of a past-tense stem (normalised).

    قصف → قصف قصفت قصفوا قصفا قصفن قصفتا يقصف تقصف نقصف يقصفون تقصفان … سيقصف ستقصف. Hollow and defective
    verbs (زار/يزور، التقى/يلتقي) are irregular and listed with ``form`` instead.
    """
    forms = {stem + s for s in ("", "ت", "وا", "ن", "تا", "نا", "تم")}
    if stem.startswith("ا"):
        # the dual perfect «استعادا»، «اجتمعا»: only for the derived forms with a prosthetic alef, as
        # stem + ا of a bare stem is an accusative noun too often («طالبا» a student, «فجرا» at dawn)
        forms.add(stem + "ا")
    base = stem[1:] if stem.startswith("ا") else stem
    for p in ("ي", "ت", "ن", "ا"):
        for s in ("", "ون", "ان", "ين", "وا", "ن"):
            forms.add(p + base + s)
    if stem.startswith("ا"):
        forms.add("ا" + base)  # the imperative/first person keeps one alef
    forms |= {"س" + f for f in list(forms) if f[0] in "يتنا"}
    return forms


def noun_forms(noun: str) -> set[str]:
    """A noun trigger with and without the article (the lookup strips endings; see candidate_keys)."""
    bare = strip_article(noun)
    return {noun, bare, "ال" + bare}


def candidate_keys(core: str) -> list[tuple[str, bool]]:
    """The forms to look up for a token's ``core``: ``(form, verb_ok)``.

    The core itself, the core without an attached object pronoun (يعتقله → يعتقل) and, for nouns only
    (``verb_ok`` False), the core without the article, with ة restored before a pronoun (زيارته →
    زياره), without the accusative alef (هجوما) or a dual ending (هجومان).
    """
    out = [(core, True)]
    stems = [core]
    bare = strip_article(core)
    if bare != core:
        out.append((bare, False))
        stems.append(bare)
        for p in PRONOUNS:
            # «التقاه», «التقاهم»: a verb whose stem begins with ال (افتعل of a root in ل) and whose final ى is
            # written ا before a pronoun
            if core.endswith(p) and core[: -len(p)].endswith("ا") and len(core) - len(p) >= 5:
                out.append((core[: -len(p) - 1] + "ي", True))
                break
    else:
        for p in PRONOUNS:
            if core.endswith(p) and len(core) - len(p) >= 3:
                rest = core[: -len(p)]
                stems.append(rest)
                out.append((rest, True))
                if rest.endswith("و"):
                    out.append((rest + "ا", True))  # the plural's alef is not written before a pronoun: قتلوه
                    if len(rest) >= 4:
                        # a nominative final hamza sits on و before a pronoun and is folded to it: «لقاؤه» → لقاء
                        out.append((rest[:-1] + "ء", False))
                elif rest.endswith("ا"):
                    # a final ى is written ا before a pronoun: «نفاها» → نفى, «رماه» → رمى
                    out.append((rest[:-1] + "ي", True))
                if rest.endswith("ت"):
                    out.append((rest[:-1] + "ه", False))
                elif rest.endswith("ي") and len(rest) >= 4:
                    # a final hamza sits on ي before a pronoun and is folded to it: «لقائه» → لقايه → لقاء
                    out.append((rest[:-1] + "ء", False))
                break
    for s in stems:
        if s.endswith("ا") and len(s) > 3:
            out.append((s[:-1], False))
        if (s.endswith("ان") or s.endswith("ين")) and len(s) > 4:
            # not s[:-2] + ة: a masculine plural is no feminine noun («المهاجمين» attackers ≠ مهاجمة)
            out.append((s[:-2], False))
            if s[-3] == "ت" and len(s) > 5:
                # the dual of a feminine noun writes its ة as ت: «الغارتين» → غارة, «ضربتان» → ضربة
                out.append((s[:-3] + "ه", False))
    return out


def _load_triggers(path: Path, table: dict[str, list[Trigger]]) -> None:
    for where, (form, pos, ptype, mode, acled, needs) in tsv_rows(path, 6):
        if pos not in POS:
            raise ConfigError(f"{where}: pos {pos!r} is not one of {POS}")
        if ptype not in PLOVER_TYPES:
            raise ConfigError(f"{where}: {ptype!r} is not a PLOVER event type ({', '.join(PLOVER_TYPES)})")
        words = normalize(form).split()
        if not words:
            raise ConfigError(f"{where}: empty trigger form")
        cond: tuple[str, frozenset[str]] | None = None
        if needs in ("alone", "weapon"):
            cond = (needs, frozenset())
        elif needs != "-":
            kind, _, values = needs.partition("=")
            if kind not in ("next", "near", "not_next", "after", "before", "future") or not values:
                raise ConfigError(
                    f"{where}: condition {needs!r} is not next=…, near=…, not_next=…, after=…, before=… or future=…"
                )
            cond = (kind, frozenset(strip_article(normalize(v)) for v in values.split("|")))
        ev_type, sub = _acled(acled, where)
        entry = Trigger(tuple(words[1:]), pos, ptype, None if mode == "-" else mode, ev_type, sub, cond, where)
        first = words[0]
        firsts = verb_forms(first) if pos == "verb" else noun_forms(first) if pos == "noun" else {first}
        for f in firsts:
            table.setdefault(f, []).append(entry)


@lru_cache(maxsize=4)
def load_lexicon(extra_triggers: str | None = None) -> EventLexicon:
    """The bundled lexicon, plus a user's extra trigger file in the same format."""
    lex = EventLexicon()
    _load_triggers(DATA / "triggers.tsv", lex.triggers)
    if extra_triggers:
        _load_triggers(Path(extra_triggers), lex.triggers)
    for where, (form, applies, mode, acled) in tsv_rows(DATA / "modes.tsv", 4):
        if applies not in PLOVER_TYPES:
            raise ModelError(f"{where}: {applies!r} is not a PLOVER type")
        ev_type, sub = _acled(acled, where)
        lex.modes[strip_article(normalize(form))] = ModeWord(applies, mode, ev_type, sub)
    cues: dict[str, set[str]] = {k: set() for k in CUE_KINDS}
    for where, (kind, form) in tsv_rows(DATA / "cues.tsv", 2):
        if kind not in cues:
            raise ModelError(f"{where}: cue kind {kind!r} is not one of {CUE_KINDS}")
        cues[kind].add(normalize(form))
    lex.cues = {k: frozenset(v) for k, v in cues.items()}
    return lex
