"""The arguments of an event mention: actor, target, location and fatalities, within one sentence.

* a verb trigger takes as actor the first candidate just after it (Arabic verb-subject order:
  «قصفت الطائرات …») or else the nearest one before it («الطائرات قصفت …», «قام X بقصف …»); the next
  candidate after the actor is the target («… مواقع المسلحين»);
* a noun trigger takes as target the candidate in construct with it («قصف الجفرة», «اعتقال X») or
  after على/ضد, and as actor the nearest candidate before it; «بين X و Y» gives both; a passive
  «تعرض Y لـ» before the trigger makes the candidate before it the target;
* candidates are entity mentions and, where no name is given, actor nouns of ``cues.tsv``
  («مسلحين», «الطائرات»); a place after في/ب or a place-type word is the location, not an actor;
* the location is the place nearest the trigger (after a preposition first); the date (attached by
  :class:`~marsad.events.coder.EventCoder`) is the nearest time expression of the sentence, resolved
  by the dates stage.

The sentence is cut into clauses (:func:`clauses`) at commas, quotes and clause words, and arguments are
taken from the trigger's clause first. The fatalities are the number after a «killed» word («مقتل 5») or
before a «dead» noun («5 قتلى»).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.dates.lexicon import load_lexicon as load_date_lexicon
from marsad.events.lexicon import EventLexicon, Trigger, strip_article
from marsad.events.mention import Candidate, EventMention
from marsad.model import Document, Entity, Place, Sentence, Token
from marsad.text.normalize import normalize

PLACE_PREPS = frozenset(
    normalize(w) for w in "في قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي داخل حول عند".split()
)
PLACE_WORDS = frozenset(
    normalize(w)
    for w in "مدينة بلدة قرية محافظة ولاية منطقة إقليم مقاطعة بلدية عاصمة العاصمة مديرية قضاء ناحية حي".split()
)
AGAINST = frozenset(normalize(w) for w in ("على", "ضد", "علي", "مع"))
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
PASSIVE_MARK = "\u064f"
"""Damma: «قُتل», «استُهدف» are passive where the writer vocalised them."""
STATEMENTS = frozenset(("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"))
"""PLOVER types of statements: only a place after في/ب is where one was made."""
DIGITS = re.compile(r"^\d{1,5}$")
CLAUSE_WORDS = frozenset(
    normalize(w) for w in "حيث فيما بينما الذي التي الذين اللذين اللتين عندما بعدما لكن إلا إذ ما مما كما".split()
)
CLAUSE_PUNCT = frozenset('،,؛;:«»"()[]—')


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


class ArgumentFinder:
    """The candidates and the fatalities of sentences, with the actor and casualty words of one lexicon."""

    def __init__(self, lexicon: EventLexicon, lookup: Callable[[str], list[tuple[Trigger, bool]]]) -> None:
        """``lookup`` gives the trigger entries of a word: a word that starts a trigger does not
        extend an actor noun («قوات الأمن» but not «قوات القصف»)."""
        self.lookup = lookup
        self.actor_nouns = frozenset(strip_article(w) for w in lexicon.cue("actor")) | lexicon.cue("actor")
        self.civilian = frozenset(strip_article(w) for w in lexicon.cue("civilian"))
        self.killed = lexicon.cue("killed")
        self.dead_nouns = lexicon.cue("dead_noun")
        self.duals = lexicon.cue("dual")
        self.numbers = load_date_lexicon().cardinals

    def candidates(
        self,
        doc: Document,
        sent: Sentence,
        keys: list[str],
        spans: list[tuple[int, int, Entity]],
        places: dict[str, Place],
        triggers: set[int],
    ) -> list[Candidate]:
        """The candidates of a sentence in token order: the entity mentions of ``spans`` in it, then
        place heads after في/ب («في مخيم درعا») and actor nouns («قوات الأمن») no name covers; a
        title and the name it introduces are one. Tokens of ``triggers`` are no candidates."""
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
                    if core.startswith("ال") and len(core) > 4 and not self.lookup(core):
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

    def fatalities(self, keys: list[str]) -> int | None:
        """The death toll the sentence gives, if any: a number or a dual after a «killed» word («مقتل
        5», «مصرع جنديين»), or a number before a «dead» noun («5 قتلى»)."""
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


def attach(m: EventMention, cands: list[Candidate], keys: list[str], verbish: bool, clause: list[int]) -> None:
    """Sets the actor, the target and the location of ``m`` from the candidates of its sentence;
    ``verbish`` when the trigger is a verb, ``clause`` from :func:`clauses`."""
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
        if c.unknown_place or c.place is not None or (c.entity is not None and c.entity.type in ("LOC", "GPE", "FAC"))
    ]
    # a country named without في/ب is an actor or an adjective («الرئيس الفرنسي»), not where it happened
    places = [c for c in places if c is not actor and (c.after_prep or c.place is None or c.place.feature != "country")]
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
