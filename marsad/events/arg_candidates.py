"""The candidates of a sentence: who may be an event's actor or target, and the sentence's death toll.

A candidate is an entity mention of the sentence (a place after في/ب or a place word is marked as such: «في
العاصمة الليبية طرابلس»), or, where no name is given, a place head with its name («في مخيم درعا»), an actor
noun with its genitive and its definite adjectives («قوات الأمن», «سلاح الجو», «طائراتها», «القوات الخاصة الروسية»:
:mod:`marsad.events.arg_adjectives`), or, for the events stage, a people named by its
nisba plural («قتلت القوات الإسرائيلية 17 فلسطينيا») and the nouns of ``data/argument_nouns.tsv``. A head and
the name it introduces are one candidate: a title and a person («وزير الخارجية عادل الجبير»), an actor noun in
construct with a body («عناصر حزب الله»), a definite actor noun and its relational adjective («المسلحين
الحوثيين»); for the events stage also a delegation and its body («وفدا عن المجلس الرئاسي») and a unit and its
force («مفرزة للجيش الوطني الشعبي»). :func:`marsad.events.arguments.attach` chooses among them.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.dates.lexicon import load_lexicon as load_date_lexicon
from marsad.events.arg_adjectives import adjectives_end
from marsad.events.arg_hashtags import hashtag_names
from marsad.events.arg_offices import join_offices
from marsad.events.arg_units import join_units
from marsad.events.argument_nouns import CONSTRUCT_ONLY, event_nouns
from marsad.events.casualties import DIGITS
from marsad.events.constructions import (
    CLAUSE_WORDS,
    PLACE_HEADS,
    TITLES,
    nisba,
    people_nouns,
    preposition,
    sound_plurals,
    title_chains,
)
from marsad.events.delegations import join_delegations
from marsad.events.lexicon import EventLexicon, Trigger, strip_article
from marsad.events.location import PLACE_PREPS, PLACE_WORDS
from marsad.events.mention import Candidate
from marsad.events.sharing import COMPLEMENTIZERS
from marsad.model import Document, Entity, Place, Sentence, Token
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics

EDGES = frozenset(normalize(w) for w in ("الأطراف",))
SIDES_OF_TOWN = frozenset(normalize(w) for w in "الغربية الشرقية الشمالية الجنوبية غربية شرقية شمالية جنوبية".split())
"""«الأطراف» names the parties («وقعت الأطراف المتحاربة على اتفاق»), but before a compass adjective the
outskirts of a town («الأطراف الغربية لمدينة حلب»)."""
NOT_GENITIVES = frozenset(normalize(w) for w in ("الآن", "الذي", "التي", "الى", "الي"))
"""Short words with the article that never complete an actor noun in construct («قوات الآن»)."""
NOT_ACTORS = frozenset(normalize(w) for w in ("الله", "تعالى"))
OBJECT_HEADS = frozenset(
    strip_article(normalize(w))
    for w in (
        "مواقع موقع تجمعات تجمع معاقل معقل مقرات مقر ثكنات ثكنة منازل منزل أحياء نقاط نقطة تحصينات مخازن "
        "مستودعات آليات عربات أرتال رتل"
    ).split()
)
"""Nouns of what an attack hits; a name in construct after them («مواقع المسلحين») is the target's owner."""


STRONG = normalize("قوى")
"""«قوى» (forces) and «قوي» (strong) are one key once ى is folded to ي."""


SOUND_NISBA_ENDINGS = ("ون", "ين", "يه", "ية", "ي")
"""Endings of a nisba or of any sound plural («الإيرانيون», «مستوطنون»): wider than
:data:`marsad.events.constructions.NISBA_ENDINGS`, which asks for «يون/يين» in a plural."""


def _coordinated_people(tokens: list[Token], j: int) -> bool:
    """«اتفق الأتراك والإيرانيون»: a people with «و» after a people named by a broken plural («الأتراك»,
    «الأكراد», «الروس») is a second people, not an adjective (a nisba after a nisba plural, «مستوطنون
    إسرائيليون وأمريكيون», still qualifies the noun)."""
    return "و" in tokens[j].prefix and not tokens[j - 1].core.endswith(SOUND_NISBA_ENDINGS)


class ArgumentFinder:
    """The candidates and the fatalities of sentences, with the actor and casualty words of one lexicon."""

    def __init__(self, lexicon: EventLexicon, lookup: Callable[[str], list[tuple[Trigger, bool]]]) -> None:
        """``lookup`` gives the trigger entries of a word: a word that starts a trigger does not
        extend an actor noun («قوات الأمن» but not «قوات القصف»)."""
        self.lookup = lookup
        self.actor_nouns = sound_plurals(
            frozenset(strip_article(w) for w in lexicon.cue("actor")) | lexicon.cue("actor"), OBJECT_HEADS
        )
        self.peoples = people_nouns() | frozenset(strip_article(w) for w in lexicon.cue("people"))
        self.civilian = frozenset(strip_article(w) for w in lexicon.cue("civilian"))
        self.killed = lexicon.cue("killed")
        self.dead_nouns = lexicon.cue("dead_noun")
        self.duals = lexicon.cue("dual")
        self.event_nouns = event_nouns()
        self.numbers = load_date_lexicon().cardinals

    def candidates(
        self,
        doc: Document,
        sent: Sentence,
        keys: list[str],
        spans: list[tuple[int, int, Entity]],
        places: dict[str, Place],
        triggers: set[int],
        peoples: bool = False,
    ) -> list[Candidate]:
        """The candidates of a sentence in token order: the entity mentions of ``spans`` in it, then
        place heads after في/ب («في مخيم درعا») and actor nouns («قوات الأمن») no name covers (with
        ``peoples``, the events stage's choice, also peoples named by a nationality plural); a
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
                if prev > 0 and nisba(tokens[prev]) and keys[prev - 1] in PLACE_WORDS:
                    prev -= 1  # «في العاصمة الليبية طرابلس»: the place word's adjective stands between
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
            if (
                peoples
                and k in self.peoples
                and not (j > 0 and _coordinated_people(tokens, j))
                and (
                    any(
                        c.last == j - 1
                        and (c.entity is None or c.entity.type not in ("PER", "GPE", "LOC"))
                        and keys[c.first] not in TITLES  # «دعا الرئيس العراقيين»: a title is one person
                        for c in out
                    )
                    or (j > 0 and keys[j - 1] in self.peoples)
                )
            ):
                # «مستوطنون إسرائيليون», «مدنيين عراقيين»: the nationality qualifies the noun before it (not a
                # person's name: «دعا عباس الإسرائيليين»)
                continue
            if (
                k in self.actor_nouns
                or tok.core in self.actor_nouns
                # «قتلت القوات الإسرائيلية 17 فلسطينيا», «دعا عباس الإسرائيليين»: a people named by its nisba
                or (
                    peoples
                    and k in self.peoples
                    and (not k.endswith("ا") or (j > 0 and self._number(keys[j - 1]) is not None))
                )
                # «قواته» has a pronoun; «المسلحة» (normalised «المسلحه») is a feminine adjective
                or (self._actor_with_pronoun(k) and not tok.text.endswith("ة"))
                # «جهاز الخدمة السرية», «جنديان», «حراس»: nouns of the events stage only
                or (peoples and (k in self.event_nouns or tok.core in self.event_nouns))
            ):
                last = j
                nxt = j + 1
                if nxt < len(tokens) and nxt not in covered and not tok.core.startswith("ال"):
                    core = tokens[nxt].core
                    if (
                        core.startswith("ال")
                        and len(core) >= 4  # «سلاح الجو»
                        and keys[nxt] not in CLAUSE_WORDS
                        and core not in NOT_GENITIVES
                        and not self.lookup(core)
                    ):
                        last = nxt  # construct state: «قوات الأمن», «سلاح الجو»
                if last == j and k in CONSTRUCT_ONLY:
                    continue  # «أبناء», «جهاز» alone name nobody
                if last == j and k == STRONG and j > 0 and self._adjective_place(tokens, keys, j):
                    continue  # «برد قوي», «موقف قوي»: the adjective «قوي» (strong), not «قوى» (forces)
                if tok.core in EDGES and j + 1 < len(keys) and keys[j + 1] in SIDES_OF_TOWN:
                    continue  # «شهدت الأطراف الغربية لمدينة حلب اشتباكات»: the outskirts, not the parties
                if tokens[last].core.startswith("ال"):
                    # «القوات الخاصة الروسية»
                    last = adjectives_end(tokens, keys, j, last, covered, triggers, self.actor_nouns)
                covered.update(range(j, last + 1))
                start = tok.core_start
                end = tokens[last].end
                out.append(Candidate(j, last, start, end, doc.text[start:end], None, None, False, k in self.civilian))
        out.sort(key=lambda c: c.first)
        out = [c for c in out if normalize(c.text) not in NOT_ACTORS and not c.text.strip().isdigit()]
        if peoples:
            out = hashtag_names(out, tokens, keys, doc.text)  # «رجب طيب #أردوغان» is one name
        merged: list[Candidate] = []
        for c in out:
            head = merged[-1] if merged else None
            if (
                head is not None
                and head.entity is None
                and not head.unknown_place
                and c.entity is not None
                and (
                    _titled(head, c, c.entity.type, keys, triggers)
                    or _in_construct(head, c, c.entity.type, tokens)
                    or _relational_adjective(head, c, c.entity.type, tokens)
                )
            ):
                merged[-1] = _joined(doc, head, c)
                continue
            merged.append(c)
        # «وزير الشؤون المغاربية والاتحاد الإفريقي … عبد القادر مساهل»: a long office between title and name
        chained = title_chains(merged, tokens, keys, triggers, doc.text)
        if not peoples:
            return chained
        # the events stage's choices (the relations stage relates the body itself): «وفدا عن المجلس الرئاسي»,
        # «مفرزة للجيش الوطني الشعبي»
        # «النائب عن ائتلاف الوطنية محمود المشهداني», «المتحدث باسم وزارة الخارجية أحمد أبو زيد»
        chained = join_offices(chained, tokens, keys, doc.text)
        return join_units(join_delegations(chained, keys, doc.text), tokens, keys, doc.text)

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

    def _adjective_place(self, tokens: list[Token], keys: list[str], j: int) -> bool:
        """Token ``j`` stands where an adjective does: right after an indefinite noun without a clitic pronoun
        or a number («برد قوي», «هجوم قوي»; not «ست قوى عظمى», «دعم القوى»)."""
        prev = tokens[j - 1]
        return (
            prev.core[:1].isalpha()
            and not prev.core.startswith("ال")
            and self._number(keys[j - 1]) is None
            and not tokens[j].core.startswith("ال")
            and not tokens[j].prefix
        )

    def _number(self, key: str) -> int | None:
        if DIGITS.match(key):
            return int(key)
        return self.numbers.get(key) or None


def _joined(doc: Document, head: Candidate, c: Candidate) -> Candidate:
    """One argument from a head noun and the name after it («وزير الخارجية عادل الجبير»)."""
    return Candidate(head.first, c.last, head.start, c.end, doc.text[head.start : c.end], c.entity, None, False)


def _titled(head: Candidate, c: Candidate, kind: str, keys: list[str], triggers: set[int]) -> bool:
    """A title and the name it introduces are one argument: «وزير الخارجية عادل الجبير» (``c`` names a person
    within two words of the head, with no trigger and no «إن/أن» between)."""
    return (
        kind == "PER"
        and 0 < c.first - head.last <= 2
        and not any(j in triggers for j in range(head.last + 1, c.first))  # «قوات الجيش قتلت عطية»
        # «قال مسؤول إن لافروف»: the speaker and the name in his words are two people
        and not any(keys[j] in COMPLEMENTIZERS for j in range(head.last + 1, c.first))
    )


def _in_construct(head: Candidate, c: Candidate, kind: str, tokens: list[Token]) -> bool:
    """«مقاتلو الدولة الإسلامية», «عناصر حزب الله»: an indefinite actor noun in construct with a name is one
    argument."""
    return (
        head.first == head.last
        and not tokens[head.first].core.startswith("ال")
        and c.place is None
        and kind in ("ORG", "MISC")
        and c.first == head.last + 1
        and not preposition(tokens[c.first])
        and "و" not in tokens[c.first].prefix
    )


def _relational_adjective(head: Candidate, c: Candidate, kind: str, tokens: list[Token]) -> bool:
    """«المتمردون الحوثيون», «المسلحين الحوثيين»: a definite relational name after a definite actor noun is its
    adjective, one argument (not the subject and its object: «دعت المنظمات البرلمان»)."""
    return (
        not head.civilian
        and c.place is None
        and kind in ("ORG", "PER", "MISC")
        and c.first == head.last + 1
        and tokens[head.first].core.startswith("ال")
        and tokens[c.first].core.startswith("ال")
        and tokens[c.first].core.endswith(("ي", "يون", "يين"))
        and not clitics(tokens[c.first])
    )
