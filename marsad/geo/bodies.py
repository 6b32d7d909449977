"""Places named in the name of a public body: «شرطة الباحة», «تعليم تبوك», «جامعة حائل», «مدني الأحساء».

Gulf local news names the police, traffic, health, education and civil-defence directorates, the
municipalities, emirates, courts, hospitals and universities of a region or town by its name right after
the body's noun: «مدير تعليم الطائف», «المتحدث الرسمي لشرطة منطقة الجوف», «صحة جازان», «مدني جدة»
(the civil defence of Jeddah), «أمانة الشرقية», «جامعة حائل», «مستشفى بيشة». The place set annotates the
place in such names (bench/dev/README-places.md: «شرطة الرياض», «جامعة المجمعة», «مستشفى تبالة»). The
tagger often takes the whole phrase for an organisation, or the name for a miscellaneous entity, and the
gazetteer scan passes over a name without a locative cue. Two helpers:

* :func:`after_body` — whether a token follows such a noun (with «منطقة»/«محافظة» between or not): a cue
  for the gazetteer scan, like «في» or «بـ» (:func:`marsad.geo.document._cued`);
* :func:`body_places` — the tagger's organisation or miscellaneous entities made of such a noun and a
  place's name give that name as a place entity of its own («شرطة الباحة» → «الباحة»); one that is only the
  name after such a noun («تعليم» + MISC «تبوك») is retyped a place.

Only names the gazetteer gives a sizeable place for count (:func:`_sizeable`): a curated place, a country,
or a GeoNames town of the Arab states and their neighbours of :data:`MIN_POPULATION` people (a capital or a
city of a million anywhere): «جامعة نايف العربية» is no Nayf in the Emirates, «مستشفى سوروكا» no Soroca.

Hand-written: the body nouns are the Saudi and Gulf administrative vocabulary, not a statistical fact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.geo.gazetteer import GeoEntry, name_key
from marsad.geo.latin_match import COUNTRIES as REGION_COUNTRIES
from marsad.geo.named_after import NAMED_AFTER, PLACE_TYPES
from marsad.model import Document, Entity, Mention, Token
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

BODY_HEADS = frozenset(normalize(w) for w in "شرطة مرور أمانة إمارة جوازات تعليم صحة مدني مستشفى محكمة غرفة".split())
"""Nouns of public bodies that Gulf news names after their town or region («شرطة الباحة», «مدني جدة»)."""
UNIT_WORDS = frozenset(normalize(w) for w in "منطقة محافظة".split())
"""Words that may stand between the body and the place («شرطة منطقة الجوف», «تعليم محافظة الخرج»)."""
MIN_POPULATION = 20_000
BIG_CITY = 1_000_000
MAX_ZIPF = 5.0
"""A GeoNames town's name must be rarer than this («صحة المواطن» never reaches a town anyway)."""


def _head(tok: Token) -> bool:
    """Whether a token is a body noun, bare or with a glued «و», «ب», «ل» («لشرطة», «بأمانة», «ومرور»)."""
    word = tok.core
    if word in BODY_HEADS:
        return True
    return len(word) > 3 and word[0] in "وبلف" and word[1:] in BODY_HEADS


def after_body(toks: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` names what a body noun before it serves: «تعليم الطائف», «شرطة منطقة الجوف»."""
    if i > 0 and _head(toks[i - 1]) and not toks[i].prefix.startswith(("و", "ف")):
        return True
    return i > 1 and toks[i - 1].core in UNIT_WORDS and _head(toks[i - 2])


def _sizeable(entries: list[GeoEntry], key: str) -> bool:
    """Whether a name's entries include a place big or curated enough to be what a body is named after."""
    word = zipf(key) >= MAX_ZIPF
    for e in entries:
        if e.nisba or e.weak:
            continue
        if e.feature == "country" or e.id.startswith("curated:"):
            return True
        if word:
            continue
        if e.capital or e.population >= BIG_CITY:
            return True
        if e.population >= MIN_POPULATION and e.country in REGION_COUNTRIES:
            return True
    return False


def body_places(doc: Document, lookup: Callable[[str], list[GeoEntry]]) -> None:
    """Give the place in the tagger's body names (ORG, MISC) an entity of its own, or retype the entity."""
    n = doc.last_entity_number()
    for ent in list(doc.entities):
        if ent.type in PLACE_TYPES or ent.type == "PER" or any(e.startswith(NAMED_AFTER) for e in ent.evidence):
            continue
        whole = 0
        for m in list(ent.mentions):
            toks = tokenize(doc.text, m.start, m.end)
            if not toks:
                continue
            if len(toks) == 1 or (len(toks) == 2 and toks[0].core in UNIT_WORDS):
                # the tagger's MISC «تبوك» after «تعليم»: the name itself
                before = tokenize(doc.text, max(0, m.start - 30), m.start)
                if before and before[-1].end >= m.start - 1 and after_body([*before, *toks], len(before)):
                    name = doc.text[toks[-1].core_start : m.end]
                    if _sizeable(lookup(name), normalize(name)):
                        whole += 1
                continue
            at = 2 if len(toks) > 2 and toks[1].core in UNIT_WORDS else 1
            if not _head(toks[0]) or toks[at].prefix:
                continue
            start = toks[at].core_start
            name = doc.text[start : m.end]
            if not _sizeable(lookup(name), normalize(name)):
                continue
            n += 1
            place = Mention(start, m.end, name, "LOC", m.sentence, 0.5)
            key = " ".join(name_key(name))
            doc.entities.append(Entity(f"e{n}", name, "LOC", [place], key, evidence=["named in a body's name"]))
        if whole and whole == len(ent.mentions):
            ent.evidence.append(f"retyped {ent.type}→place: after a body's noun")
            ent.type = "LOC"
