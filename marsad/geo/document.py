"""Places: what a document's words say about its place mentions, and the steps over all its places.

Word tests on one mention: a locative or a destination before it (:func:`_locative`), an item of a list
of places (:func:`_listed`), a dateline's town (:func:`_dateline`; the three: :func:`_cued`), «العاصمة»
naming a capital (:func:`_names_capital`), a nisba homograph after an indefinite noun
(:func:`_indefinite_qualified`), an everyday noun (:func:`_everyday_word`) unless a dateline or a list of places
names it (:func:`_everyday_listed`, :func:`_everyday_named`).
Steps over the document's places: the country weights the candidates give (:func:`_country_weights`), a
country named in the document over a city abroad (:func:`_country_over_foreign_city`), unknown places
that are common words (:func:`_unplace_words`), towns known only in Latin script (:func:`_latin_towns`)
and the document's focus (:func:`_focus`). Used by :class:`marsad.geo.PlaceStage`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping

from marsad.geo.bodies import after_body
from marsad.geo.containers import quarter_list_item
from marsad.geo.gazetteer import GeoEntry
from marsad.geo.latin_match import CONFIDENCE as LATIN_CONFIDENCE
from marsad.geo.latin_match import latin_index
from marsad.geo.namesakes import (
    Candidate,
    common_word,
)
from marsad.geo.place_words import (
    EVERYDAY_ZIPF,
    LIST_SEPARATORS,
    LOCATIVE,
    pronoun_suffixed,
)
from marsad.model import Document, Entity, Mention, Place, Token
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

TYPE_WORDS = frozenset(
    normalize(w)
    for w in (
        "مدينة بلدة قرية محافظة ولاية منطقة إقليم اقليم مقاطعة بلدية شعبية عاصمة العاصمة جزيرة مديرية قضاء ناحية"
    ).split()
)
"""Words that name the kind of place before its name («مدينة سرت»); tried off when looking up."""

NATIONALITY_NOUNS = frozenset(
    normalize(w)
    for w in "إعلام مصادر فصائل مواقع أهداف مناطق مدن قواعد أراض أراضي منشآت مطارات مروحيات وحدات أصول".split()
)
"""Indefinite nouns not ending in «ة»/«ات» that news qualifies by a nationality adjective
(«مصادر سورية», «فصائل سورية»): broken plurals and «إعلام» of «وسائل إعلام»."""

DESTINATIONS = frozenset(normalize(w) for w in "إلى الى نحو باتجاه صوب".split())
"""Words that introduce where a movement ends, hence a place («نحو تازربو», «باتجاه المحلة»)."""
_PLACE_CUES = LOCATIVE | DESTINATIONS

_NEAR_WORD_ZIPF = 4.0

POINTING_WORDS = frozenset(
    normalize(w)
    for w in (
        "الذي التي الذين اللذين اللذان اللتين اللتان اللاتي اللواتي اللائي هذا هذه هذان هذين هاتان هاتين "
        "هؤلاء ذلك تلك أولئك ذاك هناك هنالك"
    ).split()
)
"""Relative and demonstrative pronouns, in every number and gender («واللتين تقعان على الحدود», «تلك
المنطقة»): a closed class of words that never name a place, though the tagger, seeing them after a list of
places, sometimes takes them for one."""


HASHTAG_MARKS = frozenset("#_")


def _hashtag_words(tokens: list[Token], hashtags: bool) -> list[Token]:
    """A sentence's tokens without the marks of hashtags, «#» and the «_» that joins their words
    («في #دير_الزور», «#قطاع_غزة»), so that a place name written as a hashtag is matched like the words
    it joins; the offsets of the tokens kept are unchanged. ``hashtags``: whether the document has a «#»
    at all (most have none, and then the tokens are returned as they are)."""
    if not hashtags:
        return tokens
    return [t for t in tokens if t.norm not in HASHTAG_MARKS]


def _pointing_word(name: str) -> bool:
    """Whether a name is a relative or demonstrative pronoun (:data:`POINTING_WORDS`), with or without a
    glued «و»/«ف»."""
    key = normalize(name).split()
    if len(key) != 1:
        return False
    word = key[0]
    return word in POINTING_WORDS or (word[:1] in ("و", "ف") and word[1:] in POINTING_WORDS)


def _unplace_words(places: list[Place], announced: dict[str, str]) -> None:
    """«وتسوية أوضاع المتبقين», «مغطى بالرمال»: a place no gazetteer knows whose name is one common word
    of news text is most often a word the tagger took for a place; it keeps the country its sentence
    gives it but not the coordinates of the place beside it. A name a kind word announces («حي الشعار»,
    «بلدات الجيزة») is a place's, however common (``announced``: the entity ids of such names)."""
    for p in places:
        if p.precision != "near" or p.entity_id in announced or " " in p.name.strip():
            continue
        if zipf(normalize(p.name)) >= _NEAR_WORD_ZIPF:
            p.lat = p.lon = None
            p.precision = "country"


def _named_entry(e: GeoEntry) -> bool:
    """Whether an entry is a country or a curated place: names chosen for this gazetteer, not GeoNames'
    alternate names, so a longer name that finds one is that place («قناة السويس», «جنوب السودان»)."""
    return e.feature == "country" or (e.id.startswith("curated:") and not e.weak)


def _indefinite_qualified(before: list[Token], m: Mention, text: str) -> bool:
    """Whether a country's name that is also its indefinite feminine adjective («سورية») qualifies the
    indefinite word right before it: «وسائل إعلام سورية», «مقاتلات روسية وسورية», «فصائل سورية»,
    «مواقع عسكرية سورية». The country's name follows a preposition, a direction or a verb instead
    («في سورية», «شمال سورية», «زار سورية»), words that neither end in «ة» or «ات» nor are nouns
    that news qualifies by nationality. A masculine form («روسي») qualifies any indefinite word before it."""
    prev, nxt_start = before[-1], m.start
    if prev.norm == "و" and prev.end == m.start and len(before) > 1:  # «روسية وسورية»
        prev, nxt_start = before[-2], prev.start
    # «وفصائل سورية موالية»: a conjunction glued to the noun leaves it indefinite; a preposition («بفصائل»)
    # or the article makes the name a place or the adjective of a definite noun
    if m.text.startswith("ال") or prev.prefix.lstrip("وف") or prev.core.startswith("ال"):
        return False
    if prev.end < nxt_start - 2 or "\n" in text[prev.end : nxt_start]:
        return False
    word = prev.core
    if word in NATIONALITY_NOUNS:
        return True
    if normalize(m.text).endswith("ي"):
        # the masculine form («مسؤول روسي», «مصدر عسكري روسي») qualifies any indefinite word; as a
        # place («روسي», Ruse in Bulgaria) it would follow a preposition or a place word
        return word not in LOCATIVE and word not in TYPE_WORDS and len(word) > 2
    return word not in LOCATIVE and len(word) > 2 and word.endswith(("ه", "ات"))


def _everyday_word(ent: Entity) -> bool:
    """Whether every mention of a place entity is one word so frequent in news that it is the common
    noun («المدينة» the city, «المنطقة» the area), not a town's name (Zipf ``EVERYDAY_ZIPF``)."""
    keys = {normalize(m.text) for m in ent.mentions}
    return all(" " not in k and zipf(k) >= EVERYDAY_ZIPF for k in keys)


def _everyday_named(
    doc: Document, ent: Entity, entries: list[GeoEntry], lookup: Callable[[str], list[GeoEntry]]
) -> list[GeoEntry] | None:
    """The entries an everyday word (:func:`_everyday_word`) keeps where the text makes it a name: the
    town of the article's dateline («خالد الشاماني- سبق- المدينة:»), or an item of a list of places of one
    country, right before or after another of its places («في صور والنبطية», «النبطية وصور»: Tyre, not
    «pictures»); None where no mention is either. The list keeps the entries of the other place's country."""
    for m in ent.mentions:
        if m.start <= DATELINE_REACH and _dateline_at(doc.text, m):
            return entries
    towns = [e for e in entries if e.feature != "country" and not e.weak]
    if not towns:
        return None
    countries = {e.country for e in towns}
    for m in ent.mentions:
        after = tokenize(doc.text, m.end, min(len(doc.text), m.end + 30))
        before = tokenize(doc.text, max(0, m.start - 30), m.start)
        partners: list[Token] = []
        if after and after[0].prefix == "و" and after[0].start == m.end + 1:
            partners.append(after[0])
        elif len(after) > 1 and after[0].norm in ("،", ","):
            partners.append(after[1])
        if len(before) > 1 and before[-1].norm in ("،", ",", "و"):
            partners.append(before[-2])  # «النبطية، صور», «النبطية وصور» (the «و» left on its own)
        for tok in partners:
            if zipf(tok.core) >= EVERYDAY_ZIPF:
                continue
            other = {e.country for e in lookup(tok.core) if e.feature != "country" and not e.weak and not e.nisba}
            if other & countries:
                return [e for e in towns if e.country in other]
    return None


PRONOUNS = frozenset(normalize(w) for w in "هو هي هم هن هما نحن أنا أنت أنتم".split())
"""Pronouns, some of them small towns' names in GeoNames («هو», Howe in Indiana): never an item of a list."""
FUNCTION_WORD_ZIPF = 5.7
"""Words at least this frequent («ما», «لا», «كما», «هو», «أول») are particles, pronouns and ordinals, not towns
of a list («نيويورك، أول من أمس»); «المدينة» (5.6) and «صور» (5.5) stay below it."""


def _everyday_listed(
    text: str,
    si: int,
    toks: list[Token],
    i: int,
    hit: tuple[str, ...],
    weights: Mapping[str, float],
    lookup: Callable[[tuple[str, ...]], list[GeoEntry]],
) -> bool:
    """Whether the scan's one-word name ``hit`` at ``toks[i]``, an everyday word (Zipf ``EVERYDAY_ZIPF``)
    that names a town in a country the document names (``weights``), is a dateline's town («سبق- المدينة:»)
    or an item of a list of that country's places, right before or after another («في صور والنبطية»,
    «النبطية وصور»): the scan then takes it, and :func:`_everyday_named` keeps its entries. ``lookup``: the
    gazetteer's, by name key (the scan calls this for every everyday word it meets)."""
    if len(hit) != 1:
        return False
    # the cheap look at the tokens first: most everyday words are neither in a dateline nor in a list
    dateline = _dateline(text, si, toks, i, 1)
    partners: list[str] = []
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.prefix == "و":
            partners.append(nxt.core)
        elif nxt.norm in ("،", ",") and i + 2 < len(toks) and not toks[i + 2].prefix.strip("و"):
            partners.append(toks[i + 2].core)
    if i > 0 and (toks[i].prefix == "و" or toks[i - 1].norm in ("،", ",")):
        j = i - 1 if toks[i].prefix == "و" else i - 2
        if j >= 0:
            partners.append(toks[j].core)
    if not (dateline or partners):
        return False
    z = zipf(hit[0])
    if z < EVERYDAY_ZIPF:
        return False
    if not dateline and (hit[0] in PRONOUNS or z >= FUNCTION_WORD_ZIPF):
        return False  # «جونسون، هو الأكبر»: a pronoun or a particle after a comma is no list item (Howe, US)
    towns = {e.country for e in lookup(hit) if e.feature != "country" and not e.weak and not e.nisba}
    countries = {c for c in towns if weights.get(c, 0.0) > 0}
    if not countries:
        return False
    if dateline:
        return True
    for word in partners:
        if zipf(word) >= EVERYDAY_ZIPF:
            continue
        if {e.country for e in lookup((word,)) if e.feature != "country" and not e.weak and not e.nisba} & countries:
            return True
    return False


def _dateline_at(text: str, m: Mention) -> bool:
    """Whether a mention is a dateline's town: after a dash near the start of the text and before a
    colon («سبق- المدينة:»)."""
    head = text[max(0, m.start - 3) : m.start].strip()
    tail = text[m.end : m.end + 2].strip()
    return bool(head) and head[-1] in DATELINE_DASHES and tail[:1] == ":"


def _names_capital(doc: Document, m: Mention) -> bool:
    """«تونس العاصمة», «الجزائر العاصمة», «وسط العاصمة تونس»: a country's name right after or before
    «العاصمة» names its capital."""
    nxt = tokenize(doc.text, m.end, min(len(doc.text), m.end + 20))
    if nxt and nxt[0].norm == "العاصمه":
        return True
    prev = tokenize(doc.text, max(0, m.start - 20), m.start)
    return bool(prev) and prev[-1].core == "العاصمه" and prev[-1].end == m.start - 1


def _locative(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` is introduced as a place: «بالرياض», «في الأحساء», «وفي مدنين», «قرب أحفير»,
    or as the end of a movement: «نحو تازربو», «باتجاه الحوطة»."""
    tok = toks[i]
    if tok.prefix.startswith(("ب", "وب")):
        return True
    if i == 0:
        return False
    prev = toks[i - 1].core
    if prev[:1] in ("و", "ف") and len(prev) > 2 and prev[1:] in _PLACE_CUES:
        prev = prev[1:]  # «وفي», «فقرب»: the conjunction the tokenizer leaves on a particle
    return prev in _PLACE_CUES


DATELINE_DASHES = frozenset("-–—ـ")
"""Dashes between a dateline's source or reporter and its town («سبق- أبها:», «عبدالرحمن الشهري – عسير»)."""
DATELINE_REACH = 60
"""How far into the text (characters) a dateline's town may start."""


def _dateline(text: str, si: int, toks: list[Token], i: int, n: int) -> bool:
    """Whether the ``n`` tokens from ``i`` are the town of the article's dateline: near the start of its first
    sentence, right before a colon («جازان:», «سبق- أبها:», «الرياض - واس:» has the colon after the agency)
    or after a dash and before a line break («عبدالرحمن الشهري – عسير»). A dateline names where the story
    happens, so its town is a place however common a word it is too («أبها», her father)."""
    if si != 0 or i > 5 or toks[i].start > DATELINE_REACH:
        return False
    after = toks[i + n] if i + n < len(toks) else None
    if after is not None and after.norm == ":":
        return True
    dash = i > 0 and toks[i - 1].norm in DATELINE_DASHES
    if dash and after is not None and after.norm in DATELINE_DASHES:
        return True  # «الرياض - واس»
    return dash and (after is None or "\n" in text[toks[i + n - 1].end : after.start])


def _cued(text: str, si: int, toks: list[Token], i: int, n: int, place_ends: set[int]) -> bool:
    """Whether the ``n`` tokens from ``i`` of sentence ``si`` are cued as a place: after a locative or a
    destination (:func:`_locative`), as an item of a list of places (:func:`_listed`), or as a dateline's
    town (:func:`_dateline`)."""
    return _locative(toks, i) or _listed(toks, i, place_ends) or _dateline(text, si, toks, i, n) or after_body(toks, i)


def _listed(toks: list[Token], i: int, place_ends: set[int]) -> bool:
    """Whether token ``i`` follows a place as the next item of a list: «وتطاوين» right after a place,
    or a name after a comma or a dash that follows one."""
    if i > 0 and toks[i].prefix.startswith("و") and toks[i - 1].end in place_ends:
        return True
    return i > 1 and toks[i - 1].norm in LIST_SEPARATORS and toks[i - 2].end in place_ends


def _latin_towns(doc: Document, places: list[Place]) -> None:
    """Coordinates for places known only roughly, from towns GeoNames names in Latin letters only
    (:mod:`marsad.geo.latin_match`). A town's quarter («أحياء الخالدية والنميص») is no town: its
    name matching a town's nearby (An Nimas, 100 km from Abha) says nothing of where it lies."""
    index = latin_index()
    # the document's countries, most named first: a place the sentence puts in one country may lie in
    # the neighbour the article is about («… من الجزائر … قرب أحفير» in a Moroccan article)
    counts = Counter(p.country_code for p in places if p.precision == "exact" and p.country_code for _ in p.mentions)
    # where the article's located towns, districts and regions lie: a town matched by its name alone must
    # lie near one of them (a name of few consonants is shared across the country)
    anchors = [
        (p.country_code, p.lat, p.lon)
        for p in places
        if p.precision == "exact"
        and p.feature != "country"
        and p.country_code
        and p.lat is not None
        and p.lon is not None
    ]
    for p in places:
        if p.precision not in ("near", "country") or not p.country_code or pronoun_suffixed(p.name):
            continue
        if p.mentions and all(quarter_list_item(doc, m) for m in p.mentions):
            continue
        if p.precision == "near" and p.lat is not None and p.lon is not None:
            town = index.match(p.name, p.country_code, (p.lat, p.lon))
        else:
            if common_word(p.name):
                continue  # «بمديرية أمن مطروح»: a common word known by its country only is no town's Latin name
            tried = [p.country_code] + [cc for cc, _ in counts.most_common(3) if cc != p.country_code]
            town = next((t for cc in tried if (t := index.match(p.name, cc, None, anchors)) is not None), None)
        if town is None:
            continue
        p.country_code = town.country
        p.lat, p.lon, p.latin, p.geonames_id = town.lat, town.lon, town.latin, town.geonames_id
        p.feature, p.precision, p.confidence = "city", "exact", LATIN_CONFIDENCE
        p.source = f"latin:geonames:{town.geonames_id}"


def _country_over_foreign_city(
    scored: list[tuple[float, GeoEntry]],
    weights: defaultdict[str, float],
    nisbas: frozenset[str],
) -> list[tuple[float, GeoEntry]]:
    """«عمان»: Amman (a capital of a million) outranks Oman on priors alone, but a document that names
    Oman otherwise («مسقط», «ظفار», the nisba «العماني») and never Jordan means the country. When the
    leading entry is a city and the name is also another country, the country goes first if the
    document names that country (a place or a nisba adjective anywhere in it) and not the city's.
    ``nisbas``: the countries whose nisba adjectives the document uses."""
    best = scored[0][1]
    if best.feature == "country" or weights[best.country] > 0:
        return scored
    for i, (_, e) in enumerate(scored[1:], 1):
        if e.feature != "country" or e.country == best.country:
            continue
        if (weights[e.country] > 0 or e.country in nisbas) and best.country not in nisbas:
            return [scored[i], *scored[:i], *scored[i + 1 :]]
    return scored


def _among_countries(text: str, mentions: list[Mention], country_ends: set[int]) -> bool:
    """Whether a mention follows a country's name as the next item of a list («والإمارات وعمان», «مصر، عمان»):
    only a comma or a glued «و» between them."""
    for m in mentions:
        for gap in (1, 2, 3):
            if m.start - gap in country_ends and text[m.start - gap : m.start].strip() in ("و", "،", ","):
                return True
    return False


def _country_weights(cands: list[Candidate]) -> defaultdict[str, float]:
    """Mentions per country among the candidates that name one country only (nisba count half)."""
    weights: defaultdict[str, float] = defaultdict(float)
    for c in cands:
        if c.nisba_of:
            weights[c.nisba_of] += 0.5 * len(c.entity.mentions)
            continue
        ccs = {e.country for e in c.entries}
        if len(ccs) == 1:
            weights[next(iter(ccs))] += len(c.mentions or c.entity.mentions)
    return weights


def _focus(places: list[Place]) -> dict[str, str | None] | None:
    by_cc: Counter[str] = Counter()
    for p in places:
        if p.country_code:
            by_cc[p.country_code] += len(p.mentions)
    if not by_cc:
        return None
    cc = sorted(by_cc.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    inner = [p for p in places if p.country_code == cc and p.feature != "country"]
    best = max(inner, key=lambda p: (len(p.mentions), -p.mentions[0].start), default=None)
    return {
        "country_code": cc,
        "place": best.entity_id if best else None,
        "latin": best.latin if best else None,
    }
