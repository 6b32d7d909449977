"""Places inside quoted names: «"سوريا مباشر"» (an outlet), «"مجلس شورى درنة"» (an organisation),
«وقال لـ"الرياض"» (a newspaper a speaker talks to) name no place; a quoted place alone or ending a
title («"رسائل سرت"») still does."""

from __future__ import annotations

from marsad.model import Document, Mention, Place
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize
from marsad.text.tokens import segment

_OPEN_QUOTES = '"«“'
_CLOSE_QUOTES = '"»”'
_QUOTE_REACH = 40
"""How far from a place mention a quote mark is looked for."""
ORG_HEADS = frozenset(
    normalize(w)
    for w in (
        "مجلس قوة قوات شبكة جيش لواء كتيبة كتائب حركة تجمع اتحاد جبهة غرفة عمليات وكالة صحيفة جريدة قناة "
        "إذاعة شركة مؤسسة جمعية منظمة هيئة رابطة تنسيقية"
    ).split()
)
"""Words that begin the name of an organisation or an outlet («"قوة حماية درنة"», «"شبكة حلب نيوز"»)."""


ROAD_HEADS = frozenset(normalize(w) for w in "طريق طريقي امتداد".split())
"""Words right before a town inside a quoted road's name («"طريق الرياض-الدمام"»)."""
FESTIVAL_HEADS = frozenset(normalize(w) for w in "مهرجان مهرجانات فعاليات موسم ملتقى".split())
"""Words before a quoted festival title («مهرجان «أبها يجمعنا»», «ملتقى "جدة التاريخية"»)."""


def _quoted_span(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``(text before the opening quote, quoted text)`` when the span lies inside a short quotation."""
    left = text[max(0, start - _QUOTE_REACH) : start]
    i = max(left.rfind(c) for c in _OPEN_QUOTES + _CLOSE_QUOTES)
    if i < 0 or left[i] not in _OPEN_QUOTES or (left[i] == '"' and left.count('"') % 2 == 0):
        return None
    right = text[end : end + _QUOTE_REACH]
    closing = [j for j in (right.find(c) for c in _CLOSE_QUOTES) if j >= 0]
    if not closing:
        return None
    return left[:i], left[i + 1 :] + text[start:end] + right[: min(closing)]


def quoted_name(text: str, m: Mention) -> bool:
    """Whether a place mention is part of a quoted name of an outlet or an organisation: «"سوريا مباشر"»,
    «"مجلس شورى درنة"», or a newspaper a speaker talks to («وقال لـ"الرياض"»). A quoted place alone, or
    ending a title («"رسائل سرت"»), stays a place."""
    found = _quoted_span(text, m.start, m.end)
    if found is None:
        return False
    before, inner = found
    words = normalize(inner).split()
    if not words or len(words) > 4:
        return False  # a quotation of speech, not a name
    if _finite_verb(inner):
        return False  # «"حررت درنة بالكامل"»: a short quoted statement, whose places stay
    if inner.strip() == m.text:
        return before.rstrip("ـ ").endswith("ل") and not before.rstrip("ـ ").endswith("ال")
    if _road_endpoint(inner, m.text) or _festival_title(before, inner, m.text):
        return False
    if len(words) > 1 and _names_organisation(before):
        return True  # «جماعة "ولاية سيناء"», «قوات "سوريا الديمقراطية"»: the quotation is the group's name
    return not inner.rstrip().endswith(m.text) or words[0] in ORG_HEADS


VERB_PARTICLES = frozenset(normalize(w) for w in "قد لقد لن لم سوف".split())
"""Particles that only come before a verb («"لن نترك درنة"», «"قد تسقط سرت"»)."""
_VERB_ZIPF = 3.0


def _finite_verb(quote: str) -> bool:
    """Whether a quotation opens with a finite verb, which makes it a statement and not a name: a particle
    that only precedes a verb anywhere in it («"لن نترك درنة"»), or a first word that is a verb by its
    shape: the future particle on a known imperfect («"ستعود درنة"»), a perfect's plural ending «وا»
    («"حرروا"») or its «ت» ending («"حررت درنة"», «"سيطرت"») on a known verb stem. A noun ending in «ت»
    is left out by its shape: «ات» plurals («قوات»), «وت»/«يت» («بيروت», «تكريت»), the article; and
    only the first word counts, so an outlet named after a town («"حلب بوست"») stays a name."""
    words = [normalize(raw).strip('"«»“”.,،:؛!؟') for raw in quote.split()]
    if any(w in VERB_PARTICLES for w in words):
        return True
    w = words[0] if words else ""
    if len(w) < 3 or w.startswith("ال"):
        return False
    prefix, stem, _ = segment(w, False)
    if prefix.endswith("س") and zipf(stem) >= _VERB_ZIPF:
        return True
    if w.endswith("وا") and len(w) >= 4 and zipf(w[:-2]) >= _VERB_ZIPF:
        return True
    return w.endswith("ت") and w[-2:] not in ("ات", "وت", "يت") and zipf(w[:-1]) >= _VERB_ZIPF


GROUP_HEADS = ORG_HEADS | frozenset(normalize(w) for w in "جماعة تنظيم ميليشيا ميليشيات فصيل فصائل".split())
"""Words before a quoted name that make it an organisation's: «جماعة "ولاية سيناء"», «تنظيم "جند الخلافة"»."""


def _names_organisation(before: str) -> bool:
    """Whether the word right before an opening quote is the head of an organisation's name."""
    words = normalize(before).split()
    if not words:
        return False
    w = words[-1]
    return w in GROUP_HEADS or (w[:1] in "وفبل" and w[1:] in GROUP_HEADS)


def _road_endpoint(inner: str, name: str) -> bool:
    """«"امتداد طريق الرياض-الدمام"»: a quoted road named by its ends names those towns (README rule 6)."""
    at = inner.find(name)
    return at > 0 and any(normalize(w) in ROAD_HEADS for w in inner[:at].split()[-1:])


def _festival_title(before: str, inner: str, name: str) -> bool:
    """«مهرجان «أبها يجمعنا»»: a festival's quoted title that opens with its town names the town."""
    words = normalize(before).split()
    return bool(words) and words[-1] in FESTIVAL_HEADS and inner.lstrip().startswith(name)


def without_quoted_names(doc: Document, places: list[Place]) -> list[Place]:
    """The places without their mentions inside quoted names of outlets and organisations; a place left
    with no mention is dropped."""
    out: list[Place] = []
    owners = {e.id: e for e in doc.entities}
    for p in places:
        kept = [m for m in p.mentions if not quoted_name(doc.text, m)]
        if len(kept) < len(p.mentions):
            dropped = {(m.start, m.end) for m in p.mentions} - {(m.start, m.end) for m in kept}
            p.mentions[:] = kept
            owner = owners.get(p.entity_id)
            if owner is not None and kept:
                # the entity loses the mention too: a later stage that lists a place's mentions from its
                # entity (actors, after merging) would otherwise bring «قوات "سوريا الديمقراطية"» back
                owner.mentions[:] = [m for m in owner.mentions if (m.start, m.end) not in dropped]
        if kept:
            out.append(p)
    return out
