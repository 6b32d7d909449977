"""Actor attributes: kind, country and affiliation, each with the evidence that supports it.

Rules, first that applies:

- a **curated** actor gives all three (evidence ``curated:<id>``);
- a **person** is ``person``; its country comes from a title with a nationality adjective
  (الرئيس التونسي …); its affiliation from a possessive or kinship phrase (within-document step) or
  from a role phrase just before the name: «المتحدث باسم الجيش الوطني الليبي أحمد المسماري»,
  «رئيس المجلس الرئاسي فائز السراج», «قائد قوات X Y» (``rule:role+ORG→affiliation``);
- an **organisation** takes the kind of its head noun (``data/org_latin.tsv``: حزب → party, وزارة →
  government, كتيبة → armed_group, وكالة → media …) and the country of a nationality adjective in
  its name (الجيش الليبي → LY; a national army is ``state_forces``);
- a **place** is ``place`` with the country the places stage found (``Place.country_code``);
- anything else is ``other``.

Why hand-written: the kinds are ACLED/PLOVER's actor types; no Arabic resource maps names to them.
"""

from __future__ import annotations

from marsad.actors.curated import CuratedActor
from marsad.actors.latin import head_kind
from marsad.actors.names import load_nationalities, name_key
from marsad.model import Document, Entity
from marsad.text.normalize import normalize

ROLE_WORDS = frozenset(
    normalize(w)
    for w in (
        "باسم رئيس رئيسة قائد زعيم آمر مؤسس عضو أمين الأمين مدير مسؤول المسؤول مستشار ممثل "
        "سفير وزير المتحدث الناطق عام العام الرسمي"
    ).split()
)
"""Words that, just before an organisation followed by a name, make the person a member of it."""


def org_kind_country(name: str) -> tuple[str, str | None, list[str]]:
    """Kind and country of an organisation from its name alone, with the evidence."""
    words = list(name_key(name))
    evidence: list[str] = []
    nats = load_nationalities()
    country = next((nats[w] for w in words if w in nats), None)
    if country:
        evidence.append(f"rule:nationality adjective→{country} ({name})")
    kind = head_kind(words[0]) if words else None
    if kind == "state_forces" and not country and words and words[0] in (normalize("قوات"), normalize("قوة")):
        kind = "armed_group"  # «قوات X» without a state named is a group, not a state's forces
    if kind:
        evidence.append(f"rule:head {words[0]}→{kind}")
    return kind or "other", country, evidence


def kind_country(entity: Entity, curated: CuratedActor | None, doc: Document) -> tuple[str, str | None, list[str]]:
    """Kind and country of an entity (see the module docstring)."""
    if curated is not None:
        return curated.kind, curated.country, []
    if entity.type == "PER":
        return "person", None, []
    if entity.type in ("LOC", "GPE", "FAC"):
        place = next((p for p in doc.places if p.entity_id == entity.id), None)
        if place is not None and place.country_code:
            return "place", place.country_code, [f"place:{place.source or place.country_code}"]
        return "place", None, []
    if entity.type == "ORG":
        return org_kind_country(entity.text)
    return "other", None, []


def role_affiliation(entity: Entity, doc: Document) -> tuple[str | None, str]:
    """The ORG entity a person is introduced as a member of («المتحدث باسم ORG PER»), if any."""
    if entity.type != "PER":
        return None, ""
    orgs = [(m.start, m.end, e) for e in doc.entities if e.type == "ORG" for m in e.mentions]
    text = doc.text
    for m in entity.mentions:
        for s, e_end, org in orgs:
            gap = text[e_end : m.start]
            if not (0 <= m.start - e_end <= 40) or any(ch in gap for ch in ".،,؛;:\n"):
                continue
            gap_words = [w for w in normalize(gap).replace("»", " ").replace("«", " ").split() if w]
            if len(gap_words) > 3:
                continue
            before = normalize(text[max(0, s - 25) : s]).replace("«", " ").split()
            if before and (before[-1] in ROLE_WORDS or before[-1].lstrip("ول") in ROLE_WORDS):
                return org.id, f"rule:role+ORG→affiliation ({text[max(0, s - 12) : m.end].strip()})"
    return None, ""
