"""Relations: who stands with whom — alliance, support, opposition, membership, leadership, loyalty,
family, location and negotiation, each with its evidence.

The stage ``relations`` runs after ``events``. Relations are stated by cue words whose two ends sit in
fixed places around them (``data/cues.tsv``): «القوات الموالية لحكومة الوفاق» (loyal_to, before → after),
«الجيش المدعوم من الإمارات» (support, after → before), «رئيس حزب قلب تونس نبيل القروي» (leads, title),
«دعم روسيا للأسد» (support, genitive), «لقاء بين السراج وحفتر» (negotiates_with, between), «أبنائه صدام
وخالد» (family). Lists after the cue («مثل A و B و C», «صدام وخالد») give one relation per member. The
ends are the same candidates as the events' arguments (entity mentions, and actor nouns such as «القوات»
where no name is given); a pronoun end («الموالية له») is the nearest named actor before it. Military aid
events (PLOVER AID/military) add a support relation. Modality: ``denied`` (a negation before the cue or a
denial verb earlier in the sentence; «عدم تخليها عن» is support, not denied), ``ended`` (السابق، انشق،
سحب دعمه، تخلى عن), ``unconfirmed`` (لم يتأكد، يشتبه), ``hypothetical`` (إذا، عزمهما), ``reported``
(attributed) or ``asserted``.

Rules and not a trained model for the same reason as the events coder: no Arabic relation corpus under a
usable licence; the cue table is data a user can read and extend.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.actors.names import load_nationalities
from marsad.errors import ModelError
from marsad.events.coder import Candidate, EventCoder, name_spans, token_keys
from marsad.events.lexicon import load_lexicon as load_event_lexicon
from marsad.events.lexicon import strip_article, tsv_rows
from marsad.model import Document, Sentence
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
PATTERNS = ("before_after", "verb", "after_before", "title", "genitive", "between", "kin")
RELATION_MODALITIES = ("asserted", "reported", "denied", "ended", "unconfirmed", "hypothetical")
PRONOUN_ENDS = frozenset(normalize(w) for w in ("له", "لها", "لهم", "عنه", "عنها", "منه", "منها", "معه", "معها"))
BETWEEN = normalize("بين")
REPORTING = frozenset(
    strip_article(normalize(w))
    for w in "قال قالت يقول تقول أفاد أفادت أكد أكدت مصادر مصدر بحسب حسب وفقا وفق نقلت نقل تتهم يتهم اتهم اتهمت".split()
)
"""Attribution for relations: a source or a quoted speaker (not «أعلن», which states the link itself)."""


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]
    pattern: str
    type: str
    subtype: str | None
    directed: bool
    source: str


@dataclass(slots=True)
class RelationLexicon:
    cues: dict[str, list[Cue]]
    modality: dict[tuple[str, ...], str]


@lru_cache(maxsize=2)
def load_relation_lexicon(path: str | None = None) -> RelationLexicon:
    p = Path(path) if path else DATA / "cues.tsv"
    cues: dict[str, list[Cue]] = {}
    modality: dict[tuple[str, ...], str] = {}
    for where, (form, pattern, rtype, subtype, directed) in tsv_rows(p, 5):
        words = tuple(token_keys([word_token(w) for w in form.split()]))
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
        cue = Cue(words, pattern, rtype, None if subtype == "-" else subtype, directed == "yes", where)
        cues.setdefault(words[0], []).append(cue)
    return RelationLexicon(cues, modality)


@dataclass(slots=True)
class Found:
    cue: Cue
    first: int
    last: int
    source: Candidate
    target: Candidate
    sentence: Sentence
    subtype: str | None
    keys: list[str]
    """The sentence's token keys (for the modality cues)."""


class RelationStage:
    """Pipeline stage ``relations``: fills ``doc.relations``."""

    name = "relations"

    def __init__(self) -> None:
        self.lex = load_relation_lexicon()
        self.coder = EventCoder(load_event_lexicon())
        self.military = self.coder.military
        self.nisba = load_nationalities()

    def __call__(self, doc: Document) -> Document:
        doc.relations = self.extract(doc)
        return doc

    # -- matching ------------------------------------------------------------------------------------
    def _match(self, keys: list[str], i: int) -> Cue | None:
        best: Cue | None = None
        for cue in self.lex.cues.get(keys[i], ()):
            n = len(cue.words)
            if tuple(keys[i : i + n]) == cue.words and (best is None or n > len(best.words)):
                best = cue
        return best

    def extract(self, doc: Document) -> list[dict[str, Any]]:
        dedup = name_spans(doc)
        places = {p.entity_id: p for p in doc.places}
        found: list[Found] = []
        for sent in doc.sentences:
            if not sent.tokens:
                continue
            keys = token_keys(sent.tokens)
            hits: list[tuple[int, Cue]] = []
            covered = -1
            for i in range(len(keys)):
                c = self._match(keys, i)
                if c is not None and i > covered:  # «نائب رئيس»: not also «رئيس»
                    hits.append((i, c))
                    covered = i + len(c.words) - 1
            if not hits:
                continue
            # cue words are not ends, except actor nouns that are cues too («التحالف»: a cue of
            # «التحالف بين …» and the coalition in «المتحدث باسم التحالف»)
            cue_tokens = {
                j
                for i, c in hits
                for j in range(i, i + len(c.words))
                if c.pattern != "between" or keys[j] not in self.coder.arguments.actor_nouns
            }
            cands = self.coder.arguments.candidates(doc, sent, keys, dedup, places, cue_tokens)
            for i, cue in hits:
                found.extend(self._ends(sent, keys, cands, i, cue))
        found = [f for f in found if not _same_actor(f.source, f.target)]
        out = [self._record(doc, f, n) for n, f in enumerate(found, 1)]
        out.extend(self._from_events(doc, len(out)))
        return _dedup(out)

    # -- ends ----------------------------------------------------------------------------------------
    @staticmethod
    def _named_before(cands: list[Candidate], pos: int) -> Candidate | None:
        return next((c for c in reversed(cands) if c.last < pos and c.entity is not None), None)

    @staticmethod
    def _list_before(cands: list[Candidate], last: Candidate, sent: Sentence) -> list[Candidate]:
        """«قريتي كفريا والفوعة المواليتين …»: ``last`` and the candidates joined to it by و before it."""
        out = [last]
        for c in reversed(cands):
            if c.last >= out[0].first:
                continue
            if out[0].first - c.last <= 2 and "و" in sent.tokens[out[0].first].prefix:
                out.insert(0, c)
            else:
                break
        return out

    @staticmethod
    def _list_after(cands: list[Candidate], first: Candidate, sent: Sentence) -> list[Candidate]:
        """«صدام وخالد», «A و B و C»: the candidates joined to ``first`` by و."""
        out = [first]
        for c in cands:
            if c.first <= out[-1].last:
                continue
            if c.first - out[-1].last <= 2 and "و" in sent.tokens[c.first].prefix:
                out.append(c)
            else:
                break
        return out

    def _ends(self, sent: Sentence, keys: list[str], cands: list[Candidate], i: int, cue: Cue) -> list[Found]:
        last = i + len(cue.words) - 1
        cands = [c for c in cands if c.last < i or c.first > last]
        if cue.type != "located_in":
            cands = [c for c in cands if not c.after_prep and not c.unknown_place]  # «في ليبيا» is where
        before = [c for c in cands if c.last < i and i - c.last <= 6]
        after = [c for c in cands if c.first > last and c.first - last <= 6]
        if last + 1 < len(keys) and keys[last + 1] in PRONOUN_ENDS:
            # «شخصيات قوية موالية له»: the pronoun is the named actor before the source
            ref = self._named_before(cands, before[-1].first if before else i)
            if ref is not None:
                after = [ref]
        pron = sent.tokens[last].suffix or keys[last].endswith(("ه", "ها", "هم"))
        # the source before the cue: the nearest actor that is not a town, unless the town itself is
        # what stands with someone right before the cue («قريتي كفريا والفوعة المواليتين لنظام الأسد»)
        src = next(
            (c for c in reversed(before) if not _is_town(c) or (cue.type == "loyal_to" and i - c.last <= 1)), None
        )
        if src is not None:
            before = [c for c in before if c.last <= src.last]
        else:
            before = []
        if keys[last] in PRONOUN_ENDS and before:
            # «تخلى عنه»: the other end is the named actor before the source
            ref = self._named_before(cands, before[-1].first)
            after = [ref] if ref is not None else []
        pairs: list[tuple[Candidate, Candidate]] = []
        if cue.pattern == "before_after" and before and after:
            sources = self._list_before(cands, before[-1], sent)
            pairs = [(s, t) for s in sources for t in self._list_after(cands, after[0], sent)]
        elif cue.pattern == "before_after" and after and pron:
            ref = self._named_before(cands, i)
            if ref is not None:
                pairs = [(ref, after[0])]
        elif cue.pattern == "verb" and after:
            if after[0].first - last <= 2 and len(after) > 1 and after[1].first - after[0].last <= 4:
                pairs = [(after[0], t) for t in self._list_after(cands, after[1], sent)]
            elif before:
                pairs = [(before[-1], after[0])]
        elif cue.pattern == "after_before" and before and after:
            pairs = [(s, before[-1]) for s in self._list_after(cands, after[0], sent)]
        elif cue.pattern == "title" and after and after[0].first - last <= 2:
            org = after[0]
            person = next((c for c in after[1:] if c.first - org.last <= 3 and _is_person(c)), None)
            if person is None and before and _is_person(before[-1]) and i - before[-1].last <= 2:
                person = before[-1]
            if person is not None and not _is_person(org):
                pairs = [(person, org)]
        elif cue.pattern == "genitive" and last + 1 < len(keys) and sent.tokens[last + 1].core in self.nisba:
            # «الدعم التركي للسراج»: the nisba adjective stands for its country
            tok = sent.tokens[last + 1]
            nisba = Candidate(last + 1, last + 1, tok.core_start, tok.end, tok.text, None, None, False)
            tgt = next((c for c in after if c.first > last + 1), None)
            if tgt is not None and tgt.first - last <= 3:
                pairs = [(nisba, tgt)]
        elif cue.pattern == "genitive" and len(after) >= 2 and after[0].first - last <= 2:
            src, tgt = after[0], after[1]
            if "ل" in sent.tokens[tgt.first].prefix or tgt.first - src.last <= 2:
                pairs = [(src, tgt)]
        elif cue.pattern == "between":
            j = next((k for k in range(last + 1, min(last + 4, len(keys))) if keys[k] == BETWEEN), None)
            rest = [c for c in after if j is not None and c.first > j]
            if len(rest) >= 2:
                pairs = [(rest[0], rest[1])]
            elif before and after:
                pairs = [(before[-1], after[0])]
        elif cue.pattern == "kin":
            if pron or keys[i].endswith(("ه", "ها")):
                head = self._named_before(cands, i)
                members = self._list_after(cands, after[0], sent) if after and after[0].first - last <= 2 else []
                pairs = [(m, head) for m in members if head is not None and _is_person(m)]
            elif after and before and _is_person(after[0]) and _is_person(before[-1]):
                pairs = [(before[-1], after[0])]
        subtype = cue.subtype
        if cue.type == "support" and any(k in self.military for k in keys[max(0, i - 3) : last + 4]):
            subtype = "military"
        if cue.type == "family":
            pairs = [(s, t) for s, t in pairs if _is_person(s) or s.entity is None]
        elif cue.type == "leads":  # a person, or a state leading a coalition («التحالف بقيادة السعودية»)
            pairs = [(s, t) for s, t in pairs if _is_person(s) or s.entity is None or _is_country(s)]
        return [
            Found(cue, i, last, s, t, sent, subtype, keys)
            for s, t in pairs
            if (s is not t and not _is_town(s)) or cue.type == "loyal_to"
        ]

    # -- modality and records ------------------------------------------------------------------------
    def _modality(self, f: Found, keys: list[str]) -> str:
        i = f.first
        negated = any(k in self.coder.modal.negation for k in keys[max(0, i - 3) : i])
        if f.cue.words[0].startswith("تخلي"):
            return "asserted" if negated else "ended"  # «عدم تخليها عن حفتر» is support
        window = keys[max(0, i - 8) : f.last + 4]
        found = {
            value
            for words, value in self.lex.modality.items()
            if any(tuple(window[j : j + len(words)]) == words for j in range(len(window) - len(words) + 1))
        }
        if "unconfirmed" in found:
            return "unconfirmed"  # «لم يتأكد بعد دعم …» is not a denial
        if negated or any(k in self.coder.modal.denial for k in keys[:i]):
            return "denied"
        for value in ("ended", "hypothetical"):
            if value in found:
                return value
        if any(k in REPORTING for k in keys[:i]):
            return "reported"
        if any(k in self.coder.modal.conditional for k in keys[max(0, i - 8) : i]):
            return "hypothetical"
        return "asserted"

    def _record(self, doc: Document, f: Found, n: int) -> dict[str, Any]:
        toks = f.sentence.tokens
        start, end = toks[f.first].core_start, toks[f.last].end
        sources = 2 if f.source.entity is not None else 1
        targets = 2 if f.target.entity is not None else 1
        return {
            "id": f"{doc.article.id}-rel{n}",
            "type": f.cue.type,
            "subtype": f.subtype,
            "source": f.source.ref(),
            "target": f.target.ref(),
            "directed": f.cue.directed,
            "modality": self._modality(f, f.keys),
            "sentence": doc.text[f.sentence.start : f.sentence.end],
            "evidence": {"text": doc.text[start:end], "start": start, "end": end, "cue": f.cue.source},
            "confidence": round(min(0.95, 0.45 + 0.1 * (sources + targets)), 2),
        }

    def _from_events(self, doc: Document, offset: int) -> list[dict[str, Any]]:
        """Military aid events state support: «أرسلت تركيا أسلحة لقوات الوفاق»."""
        out: list[dict[str, Any]] = []
        for ev in doc.events:
            if ev["plover_type"] != "AID" or not ev["actor1"] or not ev["actor2"]:
                continue
            out.append(
                {
                    "id": f"{doc.article.id}-rel{offset + len(out) + 1}",
                    "type": "support",
                    "subtype": "military" if ev["plover_mode"] == "military" else "political",
                    "source": ev["actor1"],
                    "target": ev["actor2"],
                    "directed": True,
                    "modality": ev["modality"] if ev["modality"] in RELATION_MODALITIES else "hypothetical",
                    "sentence": ev["sentence"],
                    "evidence": {**ev["trigger"], "cue": f"event:{ev['id']}"},
                    "confidence": round(ev["confidence"] * 0.9, 2),
                }
            )
        return out


def _same_actor(a: Candidate, b: Candidate) -> bool:
    """Two ends with one name («المقاتلين الموالين … المقاتلين»): no actor is related to itself.

    Two different names of one entity («خالد حفتر نجل … حفتر» merged by mistake) are kept: the
    relation is stated by the text, the merge is the error."""
    return normalize(a.text) == normalize(b.text)


def _is_person(c: Candidate) -> bool:
    return c.entity is not None and c.entity.type == "PER"


def _is_country(c: Candidate) -> bool:
    return c.place is not None and c.place.feature == "country"


def _is_town(c: Candidate) -> bool:
    """A place that does not act: not a country, not a capital standing for its government."""
    return c.place is not None and c.place.feature != "country" and not c.place.capital


def _dedup(rels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per (type, source span, target span): a cue and an event stating the same link."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for r in rels:
        key = (r["type"], r["source"]["start"], r["target"]["start"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
