"""The merge step of :mod:`marsad.actors.within`: what is learnt per entity, which names contain which,
and the union-find that never puts two conflicting names in one group."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.actors.curated import CuratedActor
from marsad.actors.names import GROUP_HEADS, NameKey, bare
from marsad.model import Entity
from marsad.text.lexicon import zipf

MAX_FIRST_NAME_ZIPF = 5.0
"""A first name below this frequency names the one person of the document whose patronymic name it opens
(«سلمان» 4.9, «تميم» 4.1; not «محمد» 6.1, «عبدالله» 5.1)."""


@dataclass(slots=True)
class EntityInfo:
    """What the within-document step learnt about an entity, for the registry and attributes."""

    curated: CuratedActor | None = None
    country: str | None = None
    kind: str | None = None
    affiliated_to: str | None = None
    """Entity id of the actor this one belongs to (a group's leader, a relative's namesake)."""
    affiliated_name: NameKey | None = None
    """The name of that actor, for the registry when no entity of the document carries it."""
    evidence: list[str] = field(default_factory=list)
    keys: set[NameKey] = field(default_factory=set)


def entity_number(eid: str) -> int:
    return int(eid[1:]) if eid[1:].isdigit() else 0


def contains_name(full: NameKey, short: NameKey) -> bool:
    """``short`` is ``full`` with words left out, ending with the same surname (حفتر ⊂ خليفة حفتر);
    a patronymic's last word is not a surname (سلمان ⊄ محمد بن سلمان), its first word is the name the
    person goes by (سلمان ⊂ سلمان بن عبد العزيز)."""
    if not full or not short:
        return False
    if len(short) == 1 and len(full) >= 3 and full[1] == "بن" and short[0] == full[0]:
        # «سلمان» for «سلمان بن عبد العزيز»: a patronymic name is shortened to its first name, unless
        # that name is too common to point to one person («محمد», «عبدالله»)
        return zipf(short[0]) < MAX_FIRST_NAME_ZIPF
    if bare(full[-1]) != bare(short[-1]):
        return False
    if len(short) == 1 and len(full) >= 2 and full[-2] == "بن":
        return False
    it = iter(bare(w) for w in full)
    return all(bare(w) in it for w in short)


def contains_org(full: NameKey, short: NameKey) -> bool:
    """An organisation's short form: its words all in the long form, with the same head word or no
    head word (الوفاق ⊂ حكومة الوفاق الوطني; قوات الوفاق ⊄ حكومة الوفاق)."""
    heads = set(GROUP_HEADS) | {"حركه", "حزب", "جماعه", "تنظيم", "جبهه", "مجلس", "وزاره", "منظمه"}
    if short[0] in heads and short[0] != full[0]:
        return False
    fb = {bare(w) for w in full}
    return all(bare(w) in fb for w in short) and len(short) < len(full)


class NameUnion:
    """Union-find over entity ids that refuses to put conflicting names in one group."""

    def __init__(
        self,
        ents: list[Entity],
        keys: dict[str, NameKey],
        info: dict[str, EntityInfo],
        roles: frozenset[str] = frozenset(),
    ) -> None:
        self.parent = {e.id: e.id for e in ents}
        self.roles = roles
        """Entities made of a title alone: they share no name words with their person."""
        self.members: dict[str, list[str]] = {e.id: [e.id] for e in ents}
        self.keys = keys
        self.info = info
        self.type = {e.id: e.type for e in ents}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self._compatible(self.members[ra], self.members[rb]):
            return False
        if entity_number(rb) < entity_number(ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        return True

    def _compatible(self, xs: list[str], ys: list[str]) -> bool:
        cx = {c.id for x in xs if (c := self.info[x].curated) is not None}
        cy = {c.id for y in ys if (c := self.info[y].curated) is not None}
        if cx and cy and cx != cy:
            return False
        if cx and cy:
            return True
        for x in xs:
            for y in ys:
                if x in self.roles or y in self.roles:
                    continue  # a title alone («الرئيس التركي») shares no name words with its person
                kx, ky = self.keys[x], self.keys[y]
                if self.type[x] == self.type[y] == "PER" and len(kx) >= 2 and len(ky) >= 2:
                    if not (kx == ky or contains_name(kx, ky) or contains_name(ky, kx)):
                        return False
        return True
