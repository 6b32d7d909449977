"""The state the within-document rules share (:mod:`marsad.actors.within`): token look-ups of the
document, its entities and mentions, and the helpers that add an entity or find what a span covers."""

from __future__ import annotations

import bisect
import re

from marsad.actors.curated import ActorList
from marsad.actors.names import NameKey, key_str, name_key
from marsad.actors.union import EntityInfo, entity_number
from marsad.model import Document, Entity, Mention, Token


class TokenView:
    """Token look-ups of one document."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.tokens: list[Token] = []
        self.sent: list[int] = []
        for si, s in enumerate(doc.sentences):
            for t in s.tokens:
                self.tokens.append(t)
                self.sent.append(si)
        self.starts = [t.start for t in self.tokens]

    def index_at(self, offset: int) -> int | None:
        """Index of the token containing ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def before(self, offset: int, n: int) -> list[Token]:
        """Up to ``n`` tokens of the same sentence before the token at ``offset``, nearest last."""
        i = self.index_at(offset)
        if i is None:
            return []
        out = [self.tokens[j] for j in range(max(0, i - n), i) if self.sent[j] == self.sent[i]]
        return out

    def sentence_of(self, offset: int) -> int:
        i = self.index_at(offset)
        return self.sent[i] if i is not None else 0


def word(t: Token) -> str:
    """A token's word without its conjunction/preposition clitics (the form heads and titles take)."""
    return t.core or t.norm


def glued(t: Token) -> str:
    """The conjunction or preposition clitics glued to a token («و» of «والحزب»), without the article."""
    return t.prefix[:-2] if t.prefix.endswith("ال") else t.prefix


def word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\S+", text)]


class MergerState:
    """The document, its entities and what the rules learnt so far; the rules are methods of
    subclasses (:class:`marsad.actors.persons.PersonRules`,
    :class:`marsad.actors.organisations.OrganisationRules`, ``within._Merger``)."""

    def __init__(self, doc: Document, actors: ActorList) -> None:
        self.doc = doc
        self.actors = actors
        self.d = TokenView(doc)
        self.entities: dict[str, Entity] = {e.id: e for e in doc.entities}
        self.mkey: dict[int, NameKey] = {}
        self.info: dict[str, EntityInfo] = {e.id: EntityInfo() for e in doc.entities}
        self.links: list[tuple[str, str, str]] = []
        self.roles: set[str] = set()
        """Entities made of a title alone («الرئيس التركي»), by id."""
        self.arms: set[int] = set()
        """Mentions widened to an organisation's arm («طيران التحالف»), by ``id``."""
        self.present: set[str] = set()
        """Curated actors named in full (two words or more) in the document, by id."""
        self.speaking: set[str] = set()
        """Family names taken as the person who speaks («وقال الحوثي»), by entity id: their one-word
        key names the movement in the curated list, so they take no curated actor of their own."""
        self.next_n = 1 + max((entity_number(e.id) for e in doc.entities), default=0)
        focus = (doc.focus or {}).get("country_code")
        self.countries = frozenset([p.country_code for p in doc.places if p.country_code] + ([focus] if focus else []))
        """Countries the document talks about: the context of the curated ``~names``."""

    def new_entity(self, type_: str, start: int, end: int, key: NameKey) -> Entity:
        """A new entity of one mention ``[start, end)`` with name key ``key`` (ids continue after the last)."""
        eid = f"e{self.next_n}"
        self.next_n += 1
        text = self.doc.text[start:end]
        m = Mention(start, end, text, type_, self.d.sentence_of(start))
        e = Entity(eid, text, type_, [m], key_str(key))
        self.entities[eid] = e
        self.info[eid] = EntityInfo()
        self.mkey[id(m)] = key
        return e

    def key(self, m: Mention) -> NameKey:
        """The name key of a mention (titles cut, or as a rule set it), computed once."""
        k = self.mkey.get(id(m))
        if k is None:
            k = name_key(m.text)
            text = self.doc.text
            if k and k[0].startswith("ل") and m.start > 0 and text[m.start - 1] == "ل":
                # «لليمن» tagged from its second «ل» («ليمن»): the name is «اليمن» (ل + ال contracted)
                before = text[m.start - 2] if m.start > 1 else " "
                if not before.isalpha() or before in "وف":
                    k = ("ا" + k[0], *k[1:])
            self.mkey[id(m)] = k
        return k

    def covered(self) -> list[tuple[int, int, str, Mention]]:
        """Every mention as (start, end, entity id, mention), in text order."""
        return sorted((m.start, m.end, e.id, m) for e in self.entities.values() for m in e.mentions)

    def respan(self, m: Mention, start: int, end: int) -> str:
        """Move mention ``m`` to ``[start, end)``: its text follows and its name key is computed again (the
        entity's text is the caller's to mend). Returns the text the mention had."""
        old = m.text
        m.start, m.end = start, end
        m.text = self.doc.text[start:end]
        self.mkey.pop(id(m), None)
        return old

    def covered_starts(self) -> tuple[list[tuple[int, int, str, Mention]], list[int]]:
        """:meth:`covered` and the start of each of its spans, the two lists :meth:`_overlaps` takes."""
        spans = self.covered()
        return spans, [s[0] for s in spans]

    @staticmethod
    def _overlaps(
        spans: list[tuple[int, int, str, Mention]], starts: list[int], start: int, end: int
    ) -> list[tuple[int, int, str, Mention]] | None:
        """Mentions inside ``[start, end)``; None when one crosses its borders."""
        lo = bisect.bisect_left(starts, start - 200)
        inner = []
        for s in spans[lo:]:
            if s[0] >= end:
                break
            if s[1] <= start:
                continue
            if s[0] >= start and s[1] <= end:
                inner.append(s)
            else:
                return None
        return inner

    _pending_relative: dict[str, str]
