"""Coding events in one document: triggers, mode, arguments, fatalities, modality, deduplication.

The coder is rule-based over the earlier stages' output: the text layer's clitic segmentation finds
the trigger word under its glued و/ب/ل and attached pronouns; entities, places and time expressions
give the arguments. Rules and not a trained model, because no Arabic event corpus with PLOVER/ACLED
labels exists under a licence the project can use; the rules and the lexicon are data files a user
can read and extend, and every event carries the sentence and the trigger as evidence.

Arguments (within one sentence):

* a verb trigger takes as actor the first candidate just after it (Arabic verb-subject order:
  «قصفت الطائرات …») or else the nearest one before it («الطائرات قصفت …», «قام X بقصف …»); the next
  candidate after the actor is the target («… مواقع المسلحين»);
* a noun trigger takes as target the candidate in construct with it («قصف الجفرة», «اعتقال X») or
  after على/ضد, and as actor the nearest candidate before it; «بين X و Y» gives both; a passive
  «تعرض Y لـ» before the trigger makes the candidate before it the target;
* candidates are entity mentions and, where no name is given, actor nouns of ``cues.tsv``
  («مسلحين», «الطائرات»); a place after في/ب or a place-type word is the location, not an actor;
* the location is the place nearest the trigger (after a preposition first); the date is the nearest
  time expression of the sentence, resolved by the dates stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from marsad.dates.lexicon import load_lexicon as load_date_lexicon
from marsad.events.lexicon import EventLexicon, ModeWord, Trigger, candidate_keys, strip_article
from marsad.model import Document, Entity, Place, Sentence, TimeExpression, Token
from marsad.text.normalize import normalize

PLACE_PREPS = frozenset(
    normalize(w) for w in "في قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي داخل حول عند".split()
)
PLACE_WORDS = frozenset(
    normalize(w)
    for w in "مدينة بلدة قرية محافظة ولاية منطقة إقليم مقاطعة بلدية عاصمة العاصمة مديرية قضاء ناحية حي".split()
)
AGAINST = frozenset(normalize(w) for w in ("على", "ضد", "علي", "مع"))
GENERIC_BEFORE = frozenset(strip_article(normalize(w)) for w in "مجال إطار سبل أهمية ضرورة تعزيز مسار ملف".split())
"""Words that make the verbal noun after them a topic rather than an event."""
TAG_LINES = frozenset(normalize(w) for w in ("سمات", "الوسوم", "وسوم", "كلمات", "الكلمات"))
"""First words of the keyword lists news sites append to articles («سمات: …», «الوسوم: …»)."""
PLACE_HEADS = frozenset(
    normalize(w)
    for w in "منطقة مدينة بلدة قرية مخيم حي قاعدة ميناء مطار جبل قطاع مركز معسكر حقل محافظة ولاية بلدية".split()
)
"""Words that head a place name («مخيم درعا», «قطاع الطوال»): after في/ب they give a location even when
the gazetteer does not know the name."""
SPEAKERS = frozenset(normalize(w) for w in "المتحدث متحدث الناطق ناطق مصدر مصادر المصدر المصادر مراسل وكالة".split())
NOT_ACTORS = frozenset(normalize(w) for w in ("الله", "تعالى"))
BETWEEN = normalize("بين")
PASSIVE = frozenset(normalize(w) for w in ("تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا"))
BY_AGENT = frozenset(normalize(w) for w in ("قبل", "شنه", "شنها", "شنته", "نفذه", "نفذها", "نفذته"))
FUTURE_PREFIX = "س"
PASSIVE_MARK = "\u064f"
"""Damma: «قُتل», «استُهدف» are passive where the writer vocalised them."""
STATEMENTS = frozenset(("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"))
ASSERTED_GROUP = ("asserted", "reported")
GENERIC_MODES = (None, "firearms", "artillery")
"""Trigger modes that a mode word nearby may make more specific («هجوم» + «انتحاري» → suicide)."""
DIGITS = re.compile(r"^\d{1,5}$")
CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "ولل", "لل", "وب", "ول", "فب", "فل", "ب", "ل")
"""Proclitics tried off a word the tokenizer left whole (longest first; لل stands for ل + ال); only a
noun (a masdar) may follow them, and a bare و/ف is left to the tokenizer («وزارة» is not و + زارة)."""
FUNCTION_WORDS = frozenset(
    normalize(w) for w in "في لم لن لا قد إذا لو بين على ضد أن إن ما حال سوف ربما عدم دون غير".split()
)
"""Particles the tokenizer leaves glued to و/ف (وفي، ولم): their key drops the conjunction."""


CLAUSE_WORDS = frozenset(
    normalize(w) for w in "حيث فيما بينما الذي التي الذين اللذين اللتين عندما بعدما لكن إلا إذ ما مما كما".split()
)
CLAUSE_PUNCT = frozenset('،,؛;:«»"()[]—')
NOT_SOURCE = frozenset(normalize(w) for w in ("جدير", "الجدير"))
AFTER_ATTRIBUTION = frozenset(normalize(w) for w in ("بحسب", "حسب", "وفقا", "وفق", "نقلا"))


def clauses(tokens: list[Token], keys: list[str]) -> list[int]:
    """The clause number of each token: a new clause begins at a comma or a colon (unless what
    follows up to the next comma is a short aside of at most four words: «، فجر اليوم السبت،»), a
    quote, or a clause word (حيث، فيما، الذي، عندما، مما …)."""
    marks = [t.text in CLAUSE_PUNCT or k in CLAUSE_WORDS for t, k in zip(tokens, keys, strict=True)]
    out = []
    n = 0
    skip_until = -1
    for j, t in enumerate(tokens):
        if marks[j] and j > skip_until:
            nxt = next((k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k].text in "،,"), None)
            if t.text in "،," and nxt is not None:
                skip_until = nxt  # a short aside between two commas stays in the clause
            else:
                n += 1
        out.append(n)
    return out


_KEYS: dict[str, str] = {}


def token_keys(tokens: list[Token]) -> list[str]:
    """The matching key of each token: its core without the article, conjunction off particles."""
    keys = []
    for t in tokens:
        key = _KEYS.get(t.core)
        if key is None:
            core = t.core
            if len(core) > 2 and core[0] in "وف" and core[1:] in FUNCTION_WORDS:
                core = core[1:]
            key = strip_article(core)
            if len(_KEYS) < 500_000:
                _KEYS[t.core] = key
        keys.append(key)
    return keys


MODALITIES = ("asserted", "reported", "threatened", "planned", "possible", "denied", "hypothetical")


@dataclass(slots=True)
class Candidate:
    """A possible actor, target or location of the sentence."""

    first: int
    """Index of its first token in the sentence."""
    last: int
    start: int
    end: int
    text: str
    entity: Entity | None
    place: Place | None
    after_prep: bool
    civilian: bool = False
    unknown_place: bool = False
    """A place the gazetteer does not know, named after في/ب and a place word («في مخيم درعا»)."""

    def ref(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "entity_id": self.entity.id if self.entity else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.entity is not None:
            out["actor_id"] = self.entity.actor_id
            out["latin"] = self.entity.latin
            out["kind"] = self.entity.kind
            out["country"] = self.entity.country
        return out


@dataclass(slots=True)
class EventMention:
    """One trigger occurrence with what the coder attached to it."""

    sentence: Sentence
    first: int
    last: int
    entry: Trigger
    plover_mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actor1: Candidate | None = None
    actor2: Candidate | None = None
    location: Candidate | None = None
    time: TimeExpression | None = None
    fatalities: int | None = None
    modality: str = "asserted"
    cues: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.sentence.tokens[self.first].core_start

    @property
    def end(self) -> int:
        return self.sentence.tokens[self.last].end


class EventCoder:
    """Codes the events of documents with one lexicon (build once, call per document)."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon
        # token keys drop the article (المقرر → مقرر): so do the cue lists they are compared with
        self.negation = _keys(lexicon.cue("negation"))
        self.denial = _keys(lexicon.cue("denial"))
        self.conditional = _keys(lexicon.cue("conditional"))
        self.possible = _keys(lexicon.cue("possible"))
        self.planned = _keys(lexicon.cue("planned"))
        self.threat = _keys(lexicon.cue("threat"))
        self.reporting = _keys(lexicon.cue("reporting"))
        self.actor_nouns = frozenset(strip_article(w) for w in lexicon.cue("actor")) | lexicon.cue("actor")
        self.civilian = frozenset(strip_article(w) for w in lexicon.cue("civilian"))
        self.killed = lexicon.cue("killed")
        self.dead_nouns = lexicon.cue("dead_noun")
        self.duals = lexicon.cue("dual")
        self.seized = frozenset(strip_article(w) for w in lexicon.cue("seized"))
        self.military = lexicon.cue("military")
        self.numbers = load_date_lexicon().cardinals
        self._lookup_cache: dict[str, list[tuple[Trigger, bool]]] = {}
        self._norm_cache: dict[str, list[tuple[Trigger, bool]]] = {}

    # -- triggers ---------------------------------------------------------------------------------
    def _for_token(self, tok: Token) -> list[tuple[Trigger, bool]]:
        """Entries whose first word matches the token: ``(entry, matched as a verb form)``, cached on
        its normalised form (which fixes its core).

        When the core gives none and the whole word starts with a clitic the tokenizer left on
        (لمقذوف، للمطالبة: its lexicon check keeps rare words whole), the word without it is tried.
        """
        hit = self._norm_cache.get(tok.norm)
        if hit is None:
            hit = self._lookup(tok.core)
            if not hit and tok.norm == tok.core:
                for p in CLITICS:
                    if tok.norm.startswith(p) and len(tok.norm) - len(p) >= 3:
                        rest = tok.norm[len(p) :]
                        found = self._lookup("ال" + rest if p.endswith("لل") else rest)
                        hit = [(e, False) for e, _ in found if e.pos == "noun"]  # a clitic before a masdar
                        if hit:
                            break
            if len(self._norm_cache) < 500_000:
                self._norm_cache[tok.norm] = hit
        return hit

    def _lookup(self, core: str) -> list[tuple[Trigger, bool]]:
        """Entries whose first word matches ``core`` (see :func:`candidate_keys`)."""
        hit = self._lookup_cache.get(core)
        if hit is None:
            hit = []
            for form, verb_ok in candidate_keys(core):
                for entry in self.lex.triggers.get(form, ()):
                    if entry.pos != "noun" and not verb_ok:
                        continue
                    hit.append((entry, entry.pos != "noun" and verb_ok))
            if len(self._lookup_cache) < 200_000:
                self._lookup_cache[core] = hit
        return hit

    @staticmethod
    def _words_follow(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
        if i + len(words) >= len(tokens):
            return False
        for k, w in enumerate(words, 1):
            core = tokens[i + k].core
            if core != w and strip_article(core) != strip_article(w) and strip_article(core).rstrip("ا") != w:
                return False
        return True

    @staticmethod
    def _condition(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
        if entry.needs is None or entry.needs[0] == "alone":
            return True
        kind, words = entry.needs
        if kind == "near":
            window = keys[max(0, i - 5) : i] + keys[last + 1 : last + 6]
        else:
            window = keys[last + 1 : last + 6]
        found = any(k in words for k in window)
        return not found if kind == "not_next" else found

    def _mode(
        self, keys: list[str], first: int, last: int, entry: Trigger
    ) -> tuple[str | None, str | None, str | None]:
        mode, ev, sub = entry.plover_mode, entry.acled_event_type, entry.acled_sub_event_type
        if entry.plover_type not in ("ASSAULT", "PROTEST") or (
            mode not in GENERIC_MODES and entry.plover_type == "ASSAULT"
        ):
            return mode, ev, sub
        order = []
        for d in range(1, 5):
            order += [last + d, first - d]
        for j in order:
            if 0 <= j < len(keys):
                word: ModeWord | None = self.lex.modes.get(keys[j])
                if word is not None and word.applies_to == entry.plover_type:
                    if word.acled_event_type:
                        return word.mode, word.acled_event_type, word.acled_sub_event_type
                    return word.mode, ev, sub
        return mode, ev, sub

    def find_triggers(self, sent: Sentence, keys: list[str], blocked: set[int]) -> list[EventMention]:
        tokens = sent.tokens
        found: list[EventMention] = []
        i = 0
        while i < len(tokens):
            if i in blocked:
                i += 1
                continue
            best: tuple[Trigger, bool] | None = None
            for entry, as_verb in self._for_token(tokens[i]):
                if entry.words and not self._words_follow(tokens, i, entry.words):
                    continue
                if not self._condition(entry, keys, i, i + len(entry.words)):
                    continue
                if best is None or len(entry.words) > len(best[0].words):
                    best = (entry, as_verb)
            if best is None:
                i += 1
                continue
            entry, _ = best
            last = i + len(entry.words)
            if entry.pos == "noun" and i > 0 and keys[i - 1] in GENERIC_BEFORE:
                i = last + 1  # «في مجال ضبط العناصر», «ضرورة الحوار»: a topic, not an event
                continue
            prev = found[-1] if found else None
            if (
                prev is not None
                and entry.plover_type == "ASSAULT"
                and prev.entry.plover_type == "ASSAULT"
                and i - prev.last <= 3
            ):
                # «قصف بقذائف الهاون», «هجوم صاروخي»: one mention; but «قتل خلال هجوم» is the attack
                if prev.entry.needs is not None and prev.entry.needs[0] == "alone" and entry.needs is None:
                    found.pop()
                else:
                    i = last + 1
                    continue
            mode, ev, sub = self._mode(keys, i, last, entry)
            found.append(EventMention(sent, i, last, entry, mode, ev, sub))
            i = last + 1
        return [
            m
            for m in found
            if m.entry.needs is None
            or m.entry.needs[0] != "alone"
            or not any(o is not m and o.entry.plover_type == m.entry.plover_type for o in found)
        ]

    # -- arguments --------------------------------------------------------------------------------
    def candidates(
        self,
        doc: Document,
        sent: Sentence,
        keys: list[str],
        spans: list[tuple[int, int, Entity]],
        places: dict[str, Place],
        triggers: set[int],
    ) -> list[Candidate]:
        tokens = sent.tokens
        out: list[Candidate] = []
        covered: set[int] = set()
        ti = 0
        for start, end, ent in spans:
            if end <= sent.start or start >= sent.end:
                continue
            while ti < len(tokens) and tokens[ti].end <= start:
                ti += 1
            first = ti
            last = first
            while last + 1 < len(tokens) and tokens[last + 1].start < end:
                last += 1
            if first >= len(tokens):
                break
            if last > first and last in triggers:
                last -= 1  # the name runs on into the trigger: «صالح فروا»
                end = tokens[last].end
            covered.update(range(first, last + 1))
            place = places.get(ent.id)
            is_place = place is not None or ent.type in ("LOC", "GPE", "FAC")
            after_prep = False
            if is_place:
                tok = tokens[first]
                prev = first - 1
                if prev >= 0 and keys[prev] in PLACE_WORDS:
                    tok = tokens[prev]
                    prev -= 1
                after_prep = "ب" in tok.prefix or (prev >= 0 and keys[prev] in PLACE_PREPS)
            out.append(
                Candidate(first, last, start, end, doc.text[start:end], ent, place if is_place else None, after_prep)
            )
        for j, tok in enumerate(tokens):
            if j in covered or j in triggers:
                continue
            k = keys[j]
            if (
                k in PLACE_HEADS
                and not tok.core.startswith("ال")  # «في المدينة» refers back; «في مدينة سرت» names
                and ("ب" in tok.prefix or (j > 0 and keys[j - 1] in PLACE_PREPS))
                and j + 1 < len(tokens)
                and tokens[j + 1].core[:1].isalpha()
                and j + 1 not in covered
            ):
                covered.update((j, j + 1))
                start, end = tok.core_start, tokens[j + 1].end
                out.append(Candidate(j, j + 1, start, end, doc.text[start:end], None, None, True, unknown_place=True))
                continue
            if k in self.actor_nouns or tok.core in self.actor_nouns or self._actor_with_pronoun(k):
                last = j
                nxt = j + 1
                if nxt < len(tokens) and nxt not in covered and not tok.core.startswith("ال"):
                    core = tokens[nxt].core
                    if core.startswith("ال") and len(core) > 4 and not self._lookup(core):
                        last = nxt  # construct state: «قوات الأمن», «سلاح الجو»
                covered.update(range(j, last + 1))
                start = tok.core_start
                end = tokens[last].end
                out.append(Candidate(j, last, start, end, doc.text[start:end], None, None, False, k in self.civilian))
        out.sort(key=lambda c: c.first)
        out = [c for c in out if normalize(c.text) not in NOT_ACTORS and not c.text.strip().isdigit()]
        merged: list[Candidate] = []
        for c in out:
            head = merged[-1] if merged else None
            if (
                head is not None
                and head.entity is None
                and not head.unknown_place
                and c.entity is not None
                and c.entity.type == "PER"
                and 0 < c.first - head.last <= 2
            ):
                # a title and the name it introduces are one argument: «وزير الخارجية عادل الجبير»
                merged[-1] = Candidate(
                    head.first, c.last, head.start, c.end, doc.text[head.start : c.end], c.entity, None, False
                )
                continue
            merged.append(c)
        return merged

    def _actor_with_pronoun(self, key: str) -> bool:
        """«طائراتها», «قواته»: an actor noun with an attached pronoun."""
        for p in ("ها", "هم", "ه"):
            if key.endswith(p) and len(key) > len(p) + 2:
                rest = key[: -len(p)]
                return rest in self.actor_nouns or (rest.endswith("ت") and rest[:-1] + "ه" in self.actor_nouns)
        return False

    def attach(
        self, m: EventMention, cands: list[Candidate], keys: list[str], verbish: bool, clause: list[int]
    ) -> None:
        first, last = m.first, m.last
        here = clause[first]
        outside = [c for c in cands if c.last < first and clause[c.last] != here and not c.after_prep and _can_act(c)]
        elsewhere = [c for c in cands if clause[c.first] != here and clause[c.last] != here]
        every = cands
        cands = [c for c in cands if clause[c.first] == here or clause[c.last] == here]
        agents = [c for c in cands if not c.after_prep and not (c.last >= first and c.first <= last)]
        before = [c for c in agents if c.last < first and first - c.last <= 6]
        after = [c for c in agents if c.first > last and c.first - last <= 10]
        actor: Candidate | None = None
        target: Candidate | None = None
        passive = any(keys[j] in PASSIVE for j in range(max(0, first - 4), first))
        between = next((j for j in range(last + 1, min(last + 3, len(keys))) if keys[j] == BETWEEN), None)
        if between is not None and len(after) >= 2:
            actor = after[0]
            rest = [c for c in after[1:] if "و" in m.sentence.tokens[c.first].prefix]
            target = rest[0] if rest else after[1]
        elif verbish and PASSIVE_MARK in m.sentence.tokens[first].text[:3]:
            # a passive verb written with its damma («قُتل 9 مدنيين», «استُهدف المقر»): no agent named
            target = after[0] if after and after[0].first - last <= 4 else (before[-1] if before else None)
        elif verbish:
            subject_before = bool(before) and first - before[-1].last <= 2 and _can_act(before[-1])
            if subject_before:
                actor = before[-1]  # «أن طائراتها قصفت مدينة سرت»
                target = after[0] if after and after[0].first - last <= 4 else None
            elif after and after[0].first - last <= 4 and _can_act(after[0]):
                actor = after[0]  # verb-subject-object: «قصفت الطائرات مواقع المسلحين»
                rest = [c for c in after[1:] if c.first - actor.last <= 6]
                target = rest[0] if rest else None
            else:
                actor = next((c for c in reversed(before) if _can_act(c)), None)
                target = after[0] if after and after[0].first - last <= 6 else None
        else:
            if passive and before:
                target = before[-1]
                agent = [c for c in after if any(keys[j] in BY_AGENT for j in range(last + 1, c.first))]
                actor = agent[0] if agent else None
            elif any(keys[j] in BY_AGENT for j in range(last + 1, min(last + 3, len(keys)))):
                # «هجوم شنه مسلحون متشددون على …»: the agent follows شنه/نفذه
                j0 = next(j for j in range(last + 1, min(last + 3, len(keys))) if keys[j] in BY_AGENT)
                actor = next((c for c in after if c.first > j0 and _can_act(c)), None)
                if actor is not None:
                    end = actor.last
                    rest = [c for c in after if c.first > end]
                    if rest and any(keys[j] in AGAINST for j in range(end + 1, rest[0].first)):
                        target = rest[0]
            else:
                near = [c for c in after if c.first - last <= 2]
                against = [
                    c
                    for c in after
                    if c.first - last <= 6
                    and (
                        any(keys[j] in AGAINST for j in range(last + 1, c.first))
                        or "ب" in m.sentence.tokens[c.first].prefix
                    )
                ]
                target = near[0] if near else against[0] if against else None
                actor = next((c for c in reversed(before) if _can_act(c) and c is not target), None)
                if actor is None and target is not None and target.entity is not None:
                    later = [c for c in after if c.first > target.last and c.first - target.last <= 4]
                    if later and any(keys[j] in AGAINST for j in range(target.last + 1, later[0].first)):
                        actor, target = target, later[0]
        if actor is None and outside and (not verbish or PASSIVE_MARK not in m.sentence.tokens[first].text[:3]):
            actor = (
                outside[0] if not before and outside[0].first <= 3 else None
            )  # the sentence's subject: «أدانت الجزائر، …، الهجوم»
        if target is None:
            # «اشتبكت مع مجموعة», «اتصالا هاتفيا أمس، بالرئيس»: the object after مع/على/ضد or a glued ب,
            # even past a comma
            toks = m.sentence.tokens
            for c in every:
                if c is actor or c.first <= last or c.first - last > 6 or c.after_prep or not _can_act(c):
                    continue
                if "ب" in toks[c.first].prefix or any(keys[j] in AGAINST for j in range(last + 1, c.first)):
                    target = c
                    break
        if target is not None and (target.unknown_place or (not _can_act(target) and not target.civilian)):
            target = None  # a town or a base is where it happened (the location), not a target
        m.actor1, m.actor2 = actor, target
        places = [
            c
            for c in cands
            if c.unknown_place
            or c.place is not None
            or (c.entity is not None and c.entity.type in ("LOC", "GPE", "FAC"))
        ]
        # a country named without في/ب is an actor or an adjective («الرئيس الفرنسي»), not where it happened
        places = [
            c for c in places if c is not actor and (c.after_prep or c.place is None or c.place.feature != "country")
        ]
        statement = m.entry.plover_type in STATEMENTS
        if statement:
            places = [c for c in places if c.after_prep]
        elif not places:
            # the place is often in a clause of its own: «…، وذلك في منطقة القرجاني»
            places = [c for c in elsewhere if c.after_prep and (c.place is not None or c.unknown_place)]
        if places:
            prep = [c for c in places if c.after_prep]
            pool = prep or places
            # the most specific place first («في قنفودة غرب بنغازي» → قنفودة), then the one after the
            # trigger, then the nearest
            m.location = min(pool, key=lambda c: (_specificity(c), 0 if c.first > last else 1, abs(c.first - last)))

    def fatalities(self, keys: list[str]) -> int | None:
        for j, k in enumerate(keys):
            if k in self.killed:
                for d in range(1, 4):
                    if j + d >= len(keys):
                        break
                    n = self._number(keys[j + d])
                    if n:
                        return n
                    if keys[j + d] in self.duals:
                        return 2
            n = self._number(k)
            if (
                n
                and j + 1 < len(keys)
                and (keys[j + 1] in self.dead_nouns or strip_article(keys[j + 1]) in self.dead_nouns)
            ):
                return n
        return None

    def _number(self, key: str) -> int | None:
        if DIGITS.match(key):
            return int(key)
        return self.numbers.get(key) or None

    # -- modality ---------------------------------------------------------------------------------
    def modality(self, m: EventMention, keys: list[str], published_after: bool) -> str:
        first, tokens = m.first, m.sentence.tokens
        if m.entry.plover_type == "THREATEN":
            return "threatened"
        window3 = keys[max(0, first - 3) : first]
        if any(k in self.negation for k in window3):
            m.cues.append("negation")
            return "denied"
        wide = range(max(0, first - 8), first)
        if any(keys[j] in self.negation for j in wide) and (
            "اي" in keys[max(0, first - 3) : first] or any(keys[j] in PASSIVE for j in wide)
        ):
            m.cues.append("negation")
            return "denied"  # «لم تتعرض حقول النفط … لأي هجوم»
        denial = next((j for j in range(first - 1, -1, -1) if keys[j] in self.denial), None)
        if (
            m.entry.plover_type != "REJECT"
            and denial is not None
            and not any(keys[j] in self.reporting for j in range(denial + 1, first))
        ):
            m.cues.append("denial")  # «نفت … أن تكون طائراتها قصفت»; «…، مؤكدة أن انفجار» ends its scope
            return "denied"
        for j in range(max(0, first - 12), first):
            k = keys[j]
            if k in self.conditional and (k != "حال" or (j > 0 and keys[j - 1] == "في")):
                m.cues.append("conditional")
                return "hypothetical"
        if (
            first > 0
            and keys[first - 1] == "اي"
            and not any(k in self.negation for k in keys[max(0, first - 4) : first])
        ):
            m.cues.append("any")
            return "hypothetical"
        for j in range(max(0, first - 8), first):
            k = keys[j]
            hedge = k != "قد" or (first - j <= 3 and keys[j + 1][:1] in "يتن")
            if k in self.possible and hedge:
                return "possible"  # «ربما تكون … شاركت», «قد يقصف»; «قد استهدف» is a pluperfect, not a hedge
        window6 = keys[max(0, first - 6) : first]
        if any(k in self.threat for k in window6):
            return "threatened"
        tok = tokens[first]
        if tok.prefix.endswith(FUTURE_PREFIX):
            return "planned"
        window8 = range(max(0, first - 8), first)
        if any(keys[j] in self.planned for j in window8) or published_after:
            return "planned"
        if any(tokens[j].prefix.endswith(FUTURE_PREFIX) for j in window8[-6:]):
            return "planned"  # «سيعقد اجتماعا», «ستعقد اللجنة المشتركة اجتماعها»
        if self._attributed(keys, first) or any(k in AFTER_ATTRIBUTION for k in keys[first:]):
            return "reported"
        return "asserted"

    def _attributed(self, keys: list[str], first: int) -> bool:
        """A source or a speech verb before the trigger («أفادت مصادر», «قال المتحدث إن»); «جدير بالذكر
        أن» is no source. (Requiring the speech verb's content clause, «قال … إن», measured worse on
        the development part: reporters often drop it.)"""
        for j in range(first):
            k = keys[j]
            if k not in self.reporting or (j > 0 and keys[j - 1] in NOT_SOURCE):
                continue
            return True
        return False

    # -- document ---------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> list[dict[str, Any]]:
        dedup = name_spans(doc)
        places = {p.entity_id: p for p in doc.places}
        # a time expression inside a name («سوق الجمعة») dates nothing
        free_times = [t for t in doc.times if not any(s < t.end and t.start < e for s, e, _ in dedup)]
        published = doc.article.published.isoformat() if doc.article.published else None
        mentions: list[EventMention] = []
        for sent in doc.sentences:
            if not sent.tokens:
                continue
            if not any(self._for_token(t) for t in sent.tokens):
                continue  # most sentences: no trigger word at all
            if sent.tokens[0].core in TAG_LINES:
                continue  # a site's tag footer («سمات بنغازي داعش قتل ليبيا») states nothing
            keys = token_keys(sent.tokens)
            blocked = self._inside_names(sent, dedup)
            found = self.find_triggers(sent, keys, blocked)
            if not found:
                continue
            trig = {j for m in found for j in range(m.first, m.last + 1)}
            cands = self.candidates(doc, sent, keys, dedup, places, trig)
            times = [t for t in free_times if t.start >= sent.start and t.end <= sent.end]
            toll = self.fatalities(keys)
            clause = clauses(sent.tokens, keys)
            for m in found:
                tok = sent.tokens[m.first]
                nominal = tok.core.startswith("ال") or bool(set(tok.prefix) & {"ب", "ل", "ك"})
                verbish = not nominal and (
                    m.entry.pos == "verb" or (m.entry.pos == "form" and not tok.core.endswith(("ا", "ه")))
                )
                self.attach(m, cands, keys, verbish, clause)
                if times:
                    m.time = min(times, key=lambda t: abs(t.start - m.start))
                if m.entry.plover_type == "ASSAULT":
                    m.fatalities = toll
                    self._refine_assault(m, keys)
                elif m.entry.plover_type == "COERCE" and m.plover_mode == "arrest":
                    window = keys[m.last + 1 : m.last + 6]
                    if any(k in self.seized for k in window):
                        m.plover_mode, m.acled_event_type = "seize", "Strategic developments"
                        m.acled_sub_event_type = "Disrupted weapons use"
                elif m.entry.plover_type == "SUPPORT":
                    window = keys[max(0, m.first - 3) : m.last + 4]
                    if any(k in self.military for k in window):
                        m.entry = _as_aid(m.entry)
                        m.plover_mode = "military"
                after = bool(
                    published
                    and m.time
                    and m.time.value
                    and m.time.value[:10] > published
                    and m.time.granularity == "day"
                    and m.entry.plover_type not in STATEMENTS
                    and clause[_token_at(sent, m.time.start)] == clause[m.first]
                )
                m.modality = self.modality(m, keys, after)
            mentions.extend(_fold_threats(found))
        return self._events(doc, mentions)

    @staticmethod
    def _inside_names(sent: Sentence, spans: list[tuple[int, int, Entity]]) -> set[int]:
        """Tokens inside a person or organisation name («مجلس التعاون») are not triggers; the last
        word of a longer name is, as the tagger sometimes runs a name on into the verb («سلمان بن عبد
        العزيز اتصالاً»)."""
        blocked: set[int] = set()
        inside = [(s, e) for s, e, ent in spans if ent.type in ("PER", "ORG") and s < sent.end and e > sent.start]
        if not inside:
            return blocked
        for s, e in inside:
            idx = [j for j, t in enumerate(sent.tokens) if s <= t.start < e]
            if len(idx) > 1 and not sent.tokens[idx[-1]].core.startswith("ال"):
                idx = idx[:-1]  # «مجلس التعاون» stays a name; «صالح فروا» is a name and a verb
            blocked.update(idx)
        return blocked

    def _refine_assault(self, m: EventMention, keys: list[str]) -> None:
        if m.acled_event_type == "Battles" and m.acled_sub_event_type == "Armed clash":
            if m.actor2 is not None and m.actor2.civilian:
                m.acled_event_type, m.acled_sub_event_type = "Violence against civilians", "Attack"
        if m.acled_event_type == "Battles" and m.acled_sub_event_type in (
            "Government regains territory",
            "Non-state actor overtakes territory",
        ):
            kind = m.actor1.entity.kind if m.actor1 and m.actor1.entity else None
            if kind in ("state_forces", "government"):
                m.acled_sub_event_type = "Government regains territory"
            elif kind is not None:
                m.acled_sub_event_type = "Non-state actor overtakes territory"

    # -- output and deduplication -----------------------------------------------------------------
    def _events(self, doc: Document, mentions: list[EventMention]) -> list[dict[str, Any]]:
        groups: list[list[EventMention]] = []
        for m in mentions:
            for g in groups:
                if _same_event(g[0], m):
                    g.append(m)
                    break
            else:
                groups.append([m])
        out = []
        for n, g in enumerate(groups, 1):
            out.append(_event_dict(doc, f"{doc.article.id}-ev{n}", g))
        return out


def name_spans(doc: Document) -> list[tuple[int, int, Entity]]:
    """The entity mentions of a document as ``(start, end, entity)`` in text order, the longest of
    overlapping mentions kept."""
    spans = sorted(((m.start, m.end, e) for e in doc.entities for m in e.mentions), key=lambda x: (x[0], -x[1]))
    out: list[tuple[int, int, Entity]] = []
    for s in spans:
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def _keys(words: frozenset[str]) -> frozenset[str]:
    return frozenset(strip_article(w) for w in words)


def _token_at(sent: Sentence, offset: int) -> int:
    for j, t in enumerate(sent.tokens):
        if t.end > offset:
            return j
    return len(sent.tokens) - 1


def _fold_threats(found: list[EventMention]) -> list[EventMention]:
    """«هددت قوات حفتر بقصف الميناء»: the threatened strike is the THREATEN event's mode, not an event
    of its own (a threat is not an attack)."""
    out: list[EventMention] = []
    for m in found:
        threat = next((t for t in reversed(out) if t.entry.plover_type == "THREATEN" and t.last < m.first), None)
        if m.modality == "threatened" and m.entry.plover_type != "THREATEN" and threat is not None:
            if threat.plover_mode is None:
                threat.plover_mode = (
                    "assault" if m.entry.plover_type == "ASSAULT" else m.plover_mode or m.entry.plover_type.lower()
                )
            continue
        out.append(m)
    return out


SPECIFICITY = {"facility": 0, "border_crossing": 0, "city": 1, "district": 1, "unknown": 1, "natural": 2, "region": 2}


def _specificity(c: Candidate) -> int:
    """0 for a facility or an unknown named place («قاعدة العند», «مخيم درعا»), 1 for a town, 2 for a
    region, 3 for a country."""
    if c.unknown_place:
        return 0
    if c.place is None:
        return 1
    return SPECIFICITY.get(c.place.feature, 3)


def _can_act(c: Candidate) -> bool:
    """A town, a region or a facility does not act; a country (its government) can; civilians are
    victims; a spokesman or a source reports, he does not strike."""
    if c.civilian or c.unknown_place:
        return False
    if c.entity is None and normalize(c.text).split()[0] in SPEAKERS:
        return False
    if c.place is not None:
        return c.place.feature == "country" or c.place.capital  # «أنقرة» speaks for Turkey
    return c.entity is None or c.entity.type not in ("LOC", "GPE", "FAC")


def _as_aid(entry: Trigger) -> Trigger:
    return Trigger(entry.words, entry.pos, "AID", "military", None, None, entry.needs, entry.source)


def _ent(c: Candidate | None) -> str | None:
    if c is None:
        return None
    return c.entity.id if c.entity else normalize(c.text)


def _same_event(a: EventMention, b: EventMention) -> bool:
    """Two mentions of one article describe one event: same type, modality class, compatible
    arguments (each either unset or the same entity) and dates."""
    if a.entry.plover_type != b.entry.plover_type:
        return False
    if (a.modality in ASSERTED_GROUP) != (b.modality in ASSERTED_GROUP) or (
        a.modality not in ASSERTED_GROUP and a.modality != b.modality
    ):
        return False
    if a.acled_event_type and b.acled_event_type and a.acled_event_type != b.acled_event_type:
        return False
    for x, y in ((a.location, b.location), (a.actor1, b.actor1), (a.actor2, b.actor2)):
        if x is not None and y is not None and _ent(x) != _ent(y):
            return False
    ta = a.time.value if a.time else None
    tb = b.time.value if b.time else None
    return not (ta and tb and ta != tb)


def _first(group: list[EventMention], attr: str) -> Any:
    for m in group:
        v = getattr(m, attr)
        if v is not None:
            return v
    return None


def _event_dict(doc: Document, event_id: str, group: list[EventMention]) -> dict[str, Any]:
    head = group[0]
    text = doc.text
    actor1: Candidate | None = _first(group, "actor1")
    actor2: Candidate | None = _first(group, "actor2")
    loc: Candidate | None = _first(group, "location")
    time: TimeExpression | None = _first(group, "time")
    tolls = [m.fatalities for m in group if m.fatalities is not None]
    location = None
    if loc is not None:
        p = loc.place
        location = {
            "entity_id": loc.entity.id if loc.entity else None,
            "text": loc.text,
            "start": loc.start,
            "end": loc.end,
            "name": p.name if p else None,
            "latin": p.latin if p else None,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "country_code": p.country_code if p else None,
            "feature": p.feature if p else None,
            "precision": p.precision if p else "unknown",
        }
    found = sum(x is not None for x in (actor1, actor2, loc, time))
    confidence = min(0.95, 0.5 + 0.1 * found + (0.05 if head.entry.needs is None else 0.0) + 0.05 * (len(group) > 1))
    modes = [m.plover_mode for m in group if m.plover_mode]
    return {
        "id": event_id,
        "plover_type": head.entry.plover_type,
        "plover_mode": modes[0] if modes else None,
        "acled_event_type": head.acled_event_type,
        "acled_sub_event_type": head.acled_sub_event_type,
        "actor1": actor1.ref() if actor1 else None,
        "actor2": actor2.ref() if actor2 else None,
        "location": location,
        "date": time.value if time else None,
        "date_text": {"text": time.text, "start": time.start, "end": time.end} if time else None,
        "fatalities": max(tolls) if tolls else None,
        "modality": head.modality,
        "trigger": {"text": text[head.start : head.end], "start": head.start, "end": head.end},
        "sentence": text[head.sentence.start : head.sentence.end],
        "confidence": round(confidence, 2),
        "mentions": [
            {
                "trigger": {"text": text[m.start : m.end], "start": m.start, "end": m.end},
                "sentence": {"start": m.sentence.start, "end": m.sentence.end},
                "modality": m.modality,
                "actor1": m.actor1.ref() if m.actor1 else None,
                "actor2": m.actor2.ref() if m.actor2 else None,
                "location": m.location.ref() if m.location else None,
                "cues": list(m.cues),
            }
            for m in group
        ],
        "evidence": head.entry.source,
    }
