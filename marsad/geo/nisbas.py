"""Nisba adjectives in the places stage: «الجزائرية», «التركي», «القوات السعودية».

A country's adjective is an affiliation, not a place (:func:`nisba_mentions` tells which mentions of a place
entity are used as one), and each use of it, tagged or not, counts for its country when the document's places
are weighed (:func:`nisba_counts`, :func:`with_nisbas`). Used by :class:`marsad.geo.PlaceStage`."""

from __future__ import annotations

from collections import Counter, defaultdict

from marsad.geo.document import TYPE_WORDS, _indefinite_qualified
from marsad.geo.gazetteer import GeoEntry, PlaceGazetteer
from marsad.model import Document, Entity, Mention
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

DEFINITE_HEADS = frozenset(
    normalize(w)
    for w in (
        "الحكومة القوات السلطات الخارجية الداخلية الدفاع الأجهزة الوزارة الأمن الشرطة البحرية الطائرات "
        "المقاتلات الوحدات الجهات الرئاسة الصحف الصحيفة الوكالة القناة الشركة الشركات المصادر المعارضة "
        "الميليشيات الفصائل الدولة الأراضي الحدود العاصمة المملكة المدن المدينة البلاد السفارة القنصلية "
        "الجيش الحرس القيادة الاستخبارات الرئيس الملك الأمير الوزير الوفد الشعب الجالية الطائفة العملة "
        "الجنسية الهوية"
    ).split()
)
"""Definite nouns that a following nisba adjective qualifies («الحكومة الجزائرية», «القوات السعودية»)."""

NISBA_WEIGHT = 0.5
"""A country's weight for each use of its nisba adjective, against one for each place named in it."""


def nisba_words(gazetteer: PlaceGazetteer) -> dict[str, frozenset[str]]:
    """One-word nisba adjectives («الليبي», «اليمنية») → their countries, for :func:`nisba_counts`."""
    words: dict[str, frozenset[str]] = {}
    for key, entries in gazetteer.by_key.items():
        if len(key) == 1 and len(key[0]) > 3:
            ccs = frozenset(e.country for e in entries if e.nisba)
            if ccs:
                words[key[0]] = ccs
    return words


def nisba_counts(doc: Document, words: dict[str, frozenset[str]]) -> Counter[str]:
    """How many times the document uses each country's nisba adjectives («الليبي», «اليمنية»,
    «السودانيين»), tagged or not. One dictionary look-up per token, once per document."""
    counts: Counter[str] = Counter()
    for sent in doc.sentences:
        for tok in sent.tokens:
            ccs = words.get(tok.core)
            if ccs:
                counts.update(ccs)
    return counts


def with_nisbas(weights: defaultdict[str, float], counts: Counter[str]) -> defaultdict[str, float]:
    """The countries' weights with the nisba adjectives the tagger left untagged: «قاعدة براك الجوية» in
    a report on «الجيش الليبي» that names no other Libyan place is Brak, not Prague. Each use of a
    country's adjective weighs half a place (as a tagged one does in
    :func:`marsad.geo.document._country_weights`); the larger of the two counts is kept, so a tagged adjective
    is not counted twice."""
    for cc, n in counts.items():
        weights[cc] = max(weights[cc], NISBA_WEIGHT * n)
    return weights


def nisba_mentions(doc: Document, entity: Entity, entries: list[GeoEntry]) -> tuple[str | None, list[Mention]]:
    """``(country, mentions used as a nisba adjective)`` of a place entity.

    A pure adjective («الجزائرية», «التركي») always is one. A form that is also the country's name
    («السعودية») is an adjective where it follows a definite noun that it qualifies («الحكومة
    السعودية», «الأراضي السعودية»), not after a preposition, a verb or an indefinite word («في
    السعودية», «زار السعودية»).
    """
    nisba = [e for e in entries if e.nisba]
    if not nisba:
        return None, []
    if not any(not e.nisba for e in entries):
        return nisba[0].country, list(entity.mentions)
    used: list[Mention] = []
    for m in entity.mentions:
        k = m.start
        while k > 0 and m.start - k < 3 and "\u0621" <= doc.text[k - 1] <= "\u064a":
            k -= 1
        if any(c in "بلك" for c in doc.text[k : m.start]):
            continue  # «للسعودية», «بالجزائر»: a preposition glued on names the place, never an adjective
        prev = tokenize(doc.text, max(0, m.start - 40), m.start)
        if prev and prev[-1].norm == "_":
            prev = prev[:-1]  # «#الحدود_السعودية_اليمنية»: a hashtag joins the noun and its adjectives
        head = prev[-1].core if prev else ""
        if head in DEFINITE_HEADS or (
            head.startswith("ال") and head not in TYPE_WORDS and not head.endswith(("ي", "يه"))
        ):
            used.append(m)
        elif prev and _indefinite_qualified(prev, m, doc.text):
            used.append(m)
    return nisba[0].country, used
