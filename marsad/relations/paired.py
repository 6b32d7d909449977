"""A relation noun whose sides are nationality adjectives: «التقارب السعودي الروسي», «الاتفاق الأمريكي التركي»,
«القمة الروسية التركية الإيرانية», «التعاون العسكري الروسي السوري», «التوتر الأمريكي الإيراني».

Arabic news names a bilateral meeting, agreement, alliance or dispute by the definite noun followed by the two
(or more) countries' adjectives, with no «بين». Each adjective stands for its country (the conventions' nisba
rule, «الدعم التركي» → «التركي»), and every pair of them is related, undirected, by the noun's type. The
adjectives must be definite, in ``marsad/actors/data/nationalities.tsv`` (read, not edited, here), of at least two
different countries, and follow the noun at once or past one adjective of the field («العسكري», «الاستراتيجي»).
A single adjective («الاتفاق النووي الإيراني», «التحالف العربي») is no pair. Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.nisbas import adjective_actor, definite_nisba
from marsad.relations.slots import SentenceSlots, clitics, norm_words
from marsad.text.normalize import normalize

NOUNS = {
    strip_article(normalize(w)): t
    for t, words in (
        (
            "negotiates_with",
            "الاتفاق الاتفاقية المحادثات المباحثات المفاوضات القمة اللقاء الاجتماع الحوار المشاورات الاتصالات",
        ),
        ("ally", "التحالف التقارب التنسيق التعاون الشراكة التوافق"),
        ("oppose", "الخلاف الخلافات التوتر التوترات الصراع النزاع العداء"),
    )
    for w in words.split()
}
"""The definite relation noun (keyed without its article) and the type it gives each pair of the adjectives after it."""
FIELDS = norm_words(
    "العسكري العسكرية السياسي السياسية الأمني الأمنية الاستراتيجي الاستراتيجية الدبلوماسي الدبلوماسية "
    "الاقتصادي الاقتصادية الثنائي الثنائية الثلاثي الثلاثية الأخير الأخيرة الجديد الجديدة"
)
"""One adjective that may stand between the noun and the countries' adjectives («التعاون العسكري الروسي السوري»)."""


def has_paired(keys: list[str]) -> bool:
    """A cheap test before the sentence's candidates are built."""
    return any(k in NOUNS for k in keys)


def paired_sides(ctx: SentenceSlots, nationalities: Mapping[str, str]) -> list[tuple[int, str, Candidate, Candidate]]:
    """``(noun token, type, side, side)`` for each pair of countries' adjectives after a relation noun."""
    toks, keys = ctx.sent.tokens, ctx.keys
    out: list[tuple[int, str, Candidate, Candidate]] = []
    for i, key in enumerate(keys):
        kind = NOUNS.get(key)
        if kind is None or not toks[i].core.startswith("ال") or clitics(toks[i]) not in ("", "و", "ب", "ل"):
            continue
        j = i + 1
        if j < len(toks) and keys[j] in FIELDS:
            j += 1
        sides: list[int] = []
        while j < len(toks) and definite_nisba(toks[j], nationalities, ("", "و") if sides else ("",)):
            sides.append(j)
            j += 1
        if len({nationalities[toks[k].core] for k in sides}) < 2:
            continue
        for a, b in combinations(sides, 2):
            if nationalities[toks[a].core] != nationalities[toks[b].core]:
                out.append((i, kind, adjective_actor(ctx, a), adjective_actor(ctx, b)))
    return out
