"""Approximate coordinates for places no gazetteer knows: the place their text puts them in or near.

Step 2 of the kind-word rules (step 1, discovery, is :mod:`marsad.geo.context`). A place the gazetteer does
not know takes the coordinates of the geocoded place the same sentence puts it in or near: the first one
after it that a locative word introduces («بمحافظة الضالع», «في حلب», «جنوب مدينة جسر الشغور», «(شرق
سرت)», also across a comma that opens a relative clause: «السدادة، التي تبعد 40 كلم شرقي بني وليد»),
else the nearest town or district named just before it («في طرابلس بين جبل محسن …»). A village or
quarter a kind word announces, with no such place, lies near the one town its sentence names, else near the
one town of the sentence before (news goes on about the same town). Such a place gets
``precision = "near"`` (ACLED's geo-precision 2: a named place of which only the surroundings are known),
a low confidence and ``source = "near:<the container's entry>"``. A place still known only by its country in
a story about one small area lies in that area (:func:`in_local_story`; ``source = "near:story:<entry>"``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from marsad.geo.context import KIND_EVIDENCE, place_near
from marsad.geo.gazetteer import all_within, distance_km
from marsad.geo.place_words import (
    BARRIERS,
    DIRECTED_MAX_ZIPF,
    FIRST_MAX_ZIPF,
    FUNCTION_WORDS,
    LIST_SEPARATORS,
    LOCATIVE,
    NAME_HEADS,
    NEXT_MAX_ZIPF,
    _name_like,
    _quarter_word,
    _split_conj,
    _token_index,
    kind_of,
    kind_words,
    pronoun_suffixed,
)
from marsad.geo.words_near import adjective_after_definite
from marsad.model import Document, Mention, Place, Token
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize

MOTION = frozenset(normalize(w) for w in "إلى الى نحو باتجاه صوب حتى من عن".split())
"""Words between two places that make them two ends of a movement, not one inside the other."""
AHEAD = 8
"""How many tokens after a place (or its list) a container may start."""
BEHIND = 6
"""How many tokens before a place a container named earlier may end."""


def containers(doc: Document, places: list[Place], features: Mapping[str, str]) -> None:
    """Give each place without coordinates those of the geocoded place its sentence puts it in or near.

    ``features``: the kind of place a kind word announced for an entity (:func:`marsad.geo.context.kind_word_places`).
    """
    located = [(m, p) for p in places if p.lat is not None for m in p.mentions]
    if not located:
        return
    tagged = {e.id for e in doc.entities if not any(ev.startswith(KIND_EVIDENCE) for ev in e.evidence)}
    kinds = kind_words()
    # the located places that may give their country to an unknown one of their sentence (:func:`_country_around`)
    vouchers = [(m, p) for m, p in located if p.country_code and not p.capital and not _across_border(doc, m)]
    by_sentence: defaultdict[int, list[tuple[Mention, Place]]] = defaultdict(list)
    for hm, hp in located:
        by_sentence[hm.sentence].append((hm, hp))
    pending: list[Place] = []
    for place in places:
        if place.lat is not None or pronoun_suffixed(place.name):
            continue
        # «وحي» (and quarter) cut from «، وحي الفيصلية» is the kind word, no name
        words = [w for w in normalize(place.name).split() if w not in kinds and w[1:] not in kinds]
        feature = features.get(place.entity_id)
        if feature is None and (
            not words or (len(words) == 1 and words[0] in NAME_HEADS) or not _name_like(words[0], FIRST_MAX_ZIPF, False)
        ):
            continue  # a tagger's span that is a common word («ريف», «محسن» cut from «جبل محسن»)
        for m in place.mentions:
            here = by_sentence.get(m.sentence, [])
            host = _container(doc, m, here, place)
            if host is None and feature in ("city", "district"):
                # a name the tagger also found, or a rare word: a list after a comma also picks up
                # participles («تعز، مشددة على …»)
                if (
                    place.entity_id in tagged
                    or _name_like(words[0] if words else "", DIRECTED_MAX_ZIPF, False)
                    or quarter_list_item(doc, m)  # «أحياء الخالدية والبلد والجامعة» in «مدينة أبها»
                ):
                    host = _one_town(doc, m, here, place)
                host = host or _town_before(m, located, place)
                if (
                    host is None
                    and feature == "district"
                    and words
                    # a quarter's name may be a common word («أحياء الخالدية والبلد والجامعة»)
                    and (zipf(words[0]) < FIRST_MAX_ZIPF or quarter_list_item(doc, m))
                ):
                    # not a common word the kind word took in («بمديرية أمن مطروح»: the security directorate)
                    host = _the_one_town(doc, m, located, place)
            if host is None and (feature in ("natural", "facility") or (feature == "city" and _local_list(here))):
                host = _list_sibling(doc, m, here, places)
            if host is not None and host.feature == "country":
                # in a country: its code, but a country's centre point says nothing of where
                place.country_code = host.country_code
                place.precision = "country"
                place.source = f"in:{host.source}"
                continue
            if host is not None:
                place_near(place, host)
                place.feature = feature or place.feature
                break
        if place.country_code is None:
            place.country_code = _country_around(place, vouchers)
            if place.country_code:
                place.precision = "country"
                place.source = f"in:country:{place.country_code}"
            else:
                pending.append(place)
    # a list of places passes its country along: «الرياض ـ الرين ـ بيشة»
    for _ in range(3):
        known = [(m, p) for p in places if p.country_code for m in p.mentions]
        for place in pending:
            if place.country_code is None and (cc := _sibling_country(doc, place, known)) is not None:
                place.country_code, place.precision, place.source = cc, "country", f"in:country:{cc}"


LOCAL_LIST_KM = 120.0
"""How far apart the located towns of a sentence may lie for a list of them to be one area's."""


def _local_list(here: list[tuple[Mention, Place]]) -> bool:
    """Whether a sentence's located towns, districts and regions (two at least, of one country) lie within
    :data:`LOCAL_LIST_KM` of each other: a region's towns and centres («مدينة أبها، ومحافظتي النماص، ورجال
    ألمع، ومراكز السودة، والواديين»), whose unknown items lie among them, not a list of cities abroad."""
    points = [
        (hp.lat, hp.lon, hp.country_code)
        for _, hp in here
        if hp.feature in ("city", "district", "region") and hp.lat is not None and hp.lon is not None
    ]
    if len(points) < 2 or len({cc for _, _, cc in points}) > 1:
        return False
    return all_within([(lat, lon) for lat, lon, _ in points], LOCAL_LIST_KM)


def _list_sibling(doc: Document, m: Mention, located: list[tuple[Mention, Place]], places: list[Place]) -> Place | None:
    """The located place listed with an announced park, mountain or landmark that the sentence places
    nowhere else («المتنزهات السياحية: السودة، الفرعاء، دلغان»: Abha's parks, where «السودة» lies): the
    items of such a list lie together. Only a town, quarter, facility or natural feature vouches (a list of
    countries or regions spans too much), and only over commas, «و» and the list's other items. For towns
    only when the sentence's located places lie together (:func:`_local_list`): a list of cities spans
    countries («وفيينا وزيوريخ وجنيف»). ``located``: the located mentions of its sentence."""
    if not 0 <= m.sentence < len(doc.sentences):
        return None
    toks = doc.sentences[m.sentence].tokens
    kinds = ("city", "district", "facility", "natural")
    here = [(hm, hp) for hm, hp in located if hp.feature in kinds]
    if not here:
        return None
    # the other items: places of the sentence, whether placed yet or not (the list is walked over them)
    open_items = [om for p in places for om in p.mentions if om.sentence == m.sentence]
    starts = {hm.start: hp for hm, hp in here}
    ends = {hm.end: hp for hm, hp in here}
    item_at = {om.start: om for om in open_items}
    item_to = {om.end: om for om in open_items}
    # leftwards: «السودة، الفرعاء، دلغان» from «دلغان»
    j = _token_index(toks, m.start) - 1
    while j >= 0:
        tok = toks[j]
        if tok.norm in ("،", ",", "و"):
            j -= 1
        elif tok.end in ends:
            return ends[tok.end]
        elif tok.end in item_to:
            j = _token_index(toks, item_to[tok.end].start) - 1
        else:
            break
    # rightwards: «الفرعاء، السودة» from «الفرعاء»; an item may carry a glued «و» («والحبلة»)
    j = _token_index(toks, max(m.start, m.end - 1)) + 1
    while j < len(toks):
        tok = toks[j]
        at = next((a for a in (tok.start, tok.start + 1) if a in starts or a in item_at), None)
        if tok.norm in ("،", ",", "و"):
            j += 1
        elif at is not None and at in starts:
            return starts[at]
        elif at is not None:
            om = item_at[at]
            j = _token_index(toks, max(om.start, om.end - 1)) + 1
        else:
            break
    return None


LIST_REACH = 12
"""How many tokens back from a list's item its quarter word is looked for."""


def quarter_list_item(doc: Document, m: Mention) -> bool:
    """Whether a mention is a quarter a quarter word announces: right after it («حي النسيم», «بحي الريان»)
    or after a colon («أحياء: العزيزية، وأبومرخة»), or as a further item of the list it opens («أحياء الخالدية
    والبلد والجامعة، والبديع»)."""
    if not 0 <= m.sentence < len(doc.sentences):
        return False
    toks = doc.sentences[m.sentence].tokens
    k = _token_index(toks, m.start)
    stop = max(0, k - LIST_REACH)
    while stop < k < len(toks):
        prev = toks[k - 1]
        if _quarter_word(prev) or (prev.norm == ":" and k >= 2 and _quarter_word(toks[k - 2])):
            return True  # «حي النسيم», «أحياء: العزيزية، وأبومرخة»
        glued = _split_conj(toks[k])[0]
        if prev.norm in LIST_SEPARATORS and k >= 2:
            k -= 2  # «، X» or «، وX»: the item before the separator
        elif glued:
            k -= 1  # «وX»: the item right before
        else:
            return False
    return False


def _one_town(doc: Document, m: Mention, located: list[tuple[Mention, Place]], own: Place) -> Place | None:
    """The one town its own sentence names, for a village or quarter a kind word announces that no
    locative word ties to a place («منطقتي الكيلو 10 والكيلو 7، وتمكنت … حتى طريق الكيلو 16
    بالحديدة»). None when the sentence names no town or several (capitals, which may name governments,
    aside), when the town is the other end of a movement («من مصراتة إلى منطقة الوشكة»), or when it is
    the next item of a list with the place («بلدة كفرنبودة وإدلب»). ``located``: the located mentions of its
    sentence."""
    towns = {
        hp.entity_id: (hm, hp)
        for hm, hp in located
        if hp is not own and hp.feature in ("city", "district") and not hp.capital
    }
    if len(towns) != 1 or not 0 <= m.sentence < len(doc.sentences):
        return None
    hm, hp = next(iter(towns.values()))
    toks = doc.sentences[m.sentence].tokens
    here, there = _token_index(toks, m.start), _token_index(toks, hm.start)
    if _after_motion(toks, here) or _after_motion(toks, there):
        return None
    a, b = sorted((here, there))
    between = toks[a + 1 : b]
    if len(between) <= 1 and all(t.norm in LIST_SEPARATORS for t in between):
        return None
    return hp


def _after_motion(toks: Sequence[Token], k: int) -> bool:
    """Whether the name at ``toks[k]`` (or its kind word) follows a word of movement («من مصراتة»,
    «إلى منطقة الوشكة»): it is one end of a movement."""
    j = k - 1
    if j >= 0 and kind_of(toks[j]) is not None:
        j -= 1
    return j >= 0 and toks[j].core in MOTION


ONE_TOWN_KM = 30.0
"""How close to each other the towns, quarters and facilities of a document about one town lie."""


def _the_one_town(doc: Document, m: Mention, located: list[tuple[Mention, Place]], own: Place) -> Place | None:
    """The town a document is about, for a quarter a kind word announces that neither its sentence nor the one
    before places («أحياء التعمير», «حي النسيم» in local news about one city): the town the document names most,
    when every town, quarter and facility it places lies within :data:`ONE_TOWN_KM` of it. None when the
    document places things in several towns, or in none, or in another country than the quarter's, and
    when its sentence makes the town the other end of a movement («من مصراتة إلى منطقة الوشكة»)."""
    if not 0 <= m.sentence < len(doc.sentences):
        return None
    toks = doc.sentences[m.sentence].tokens
    if not quarter_list_item(doc, m):
        return None  # a quarter or a suburb; «منطقة الجزاء» (the penalty area) of a match report is none
    local = {hp.entity_id: hp for _, hp in located if hp is not own and hp.feature in ("city", "district", "facility")}
    towns = [hp for hp in local.values() if hp.feature == "city" and hp.precision == "exact"]
    if not towns:
        return None
    town = max(towns, key=lambda p: (len(p.mentions), -p.mentions[0].start))
    if own.country_code and own.country_code != town.country_code:
        return None
    if any(hm.sentence == m.sentence and _after_motion(toks, _token_index(toks, hm.start)) for hm in town.mentions):
        return None  # «من مصراتة إلى منطقة الوشكة»: the town is the other end of a movement
    for hp in local.values():
        if hp.lat is None or hp.lon is None or town.lat is None or town.lon is None:
            return None
        if distance_km(hp.lat, hp.lon, town.lat, town.lon) > ONE_TOWN_KM:
            return None
    return town


def _town_before(m: Mention, located: list[tuple[Mention, Place]], own: Place) -> Place | None:
    """The one town the sentence before names, for a village or quarter that a kind word announces in a
    sentence naming no place («… شرقي بلدة بني وليد. وكانت غارة … استهدفت قرية الشميخ»): news goes on
    about the same town. None when that sentence names no town or several."""
    before = [hp for hm, hp in located if hm.sentence == m.sentence - 1 and hp is not own]
    if any(hm.sentence == m.sentence for hm, hp in located if hp is not own):
        return None  # the sentence names places of its own: they, not the one before, say where
    towns = {hp.entity_id: hp for hp in before if hp.feature in ("city", "district") and not hp.capital}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _sibling_country(doc: Document, place: Place, located: list[tuple[Mention, Place]]) -> str | None:
    """The country of a place listed right before or after an unknown one («الرياض ـ الرين ـ بيشة»,
    «طرابلس وغريان»): items of one list of places lie in one country, a capital among them too."""
    for m in place.mentions:
        if not 0 <= m.sentence < len(doc.sentences):
            continue
        toks = doc.sentences[m.sentence].tokens
        first, last = _token_index(toks, m.start), _token_index(toks, m.end - 1)
        for hm, hp in located:
            if hm.sentence != m.sentence or not hp.country_code or hp.feature == "country":
                continue
            a, b = _token_index(toks, hm.start), _token_index(toks, hm.end - 1)
            between = toks[b + 1 : first] if b < first else toks[last + 1 : a]
            if len(between) <= 1 and all(t.norm in LIST_SEPARATORS for t in between):
                if b < first or between or toks[a].norm.startswith("و"):
                    return hp.country_code
    return None


BORDER_WORDS = frozenset(normalize(w) for w in "الحدود حدود الحدودي الحدودية حدودي حدودية".split())
"""Words of a border: in «منفذ سفوان الحدودي مع الكويت», «على الحدود مع سوريا» the country after «مع» is
the neighbour across the border, not the country the place lies in."""
_WITH = normalize("مع")


def _across_border(doc: Document, m: Mention) -> bool:
    """Whether a place is named after «الحدود مع» / «الحدودي مع» (:data:`BORDER_WORDS`): the neighbour.
    A cheap look at the two words before the mention, not the tokenizer."""
    words = normalize(doc.text[max(0, m.start - 30) : m.start]).split()
    if len(words) < 2 or words[-1] != _WITH:
        return False
    border = words[-2]
    return border in BORDER_WORDS or (len(border) > 4 and border[0] in "وب" and border[1:] in BORDER_WORDS)


def _country_around(place: Place, vouchers: list[tuple[Mention, Place]]) -> str | None:
    """The one country of the located places in a sentence that names an unknown place, if there is
    one: an unknown place near known ones is taken to be in their country (its coordinates stay
    unknown). ``vouchers``: the located places with a country, less capitals («موسكو» in «المدعومة من
    موسكو» is a government) and neighbours across a border («منفذ سفوان الحدودي مع الكويت»:
    :func:`_across_border`)."""
    for sentence in sorted({m.sentence for m in place.mentions}):
        countries = {p.country_code for m, p in vouchers if m.sentence == sentence}
        if len(countries) == 1:
            return next(iter(countries))
    return None


RELATIVES = frozenset(normalize(w) for w in "التي الذي الواقعة الواقع الواقعتين".split())
"""Relative words after a comma that go on describing the place before it: «منطقة السدادة، التي تبعد 40
كلم شرقي بلدة بني وليد», «قرية X، الواقعة في ريف Y»."""


def _relative_follows(toks: Sequence[Token], j: int) -> bool:
    """Whether the comma at ``toks[j]`` opens a relative clause about the word before it."""
    return toks[j].norm in ("،", ",") and j + 1 < len(toks) and toks[j + 1].core in RELATIVES


def _container(doc: Document, m: Mention, located: list[tuple[Mention, Place]], own: Place) -> Place | None:
    """The place a locative word after the mention, or a town just before it, puts it in (module docstring).
    ``located``: the located mentions of its sentence."""
    if not 0 <= m.sentence < len(doc.sentences):
        return None
    toks = doc.sentences[m.sentence].tokens
    first, last = _token_index(toks, m.start), _token_index(toks, m.end - 1)
    in_sentence = [(hm, hp) for hm, hp in located if hp is not own]
    if not in_sentence:
        return None
    # after: skip the rest of a list of places, then a locative word must come before the container
    ahead = [(hm, hp) for hm, hp in in_sentence if hm.start >= m.end]
    ahead.sort(key=lambda mp: mp[0].start)
    for hm, hp in ahead:
        k = _token_index(toks, hm.start)
        if k - last > AHEAD:
            break
        between = toks[last + 1 : k + 1]
        if any(t.norm in BARRIERS and not _relative_follows(toks, j) for j, t in enumerate(between, last + 1)):
            break
        cue = any(
            t.core in LOCATIVE or t.prefix.startswith(("ب", "وب")) or (t.norm.startswith(("ب", "وب")) and kind_of(t))
            for t in between
        ) or any(t.norm == "(" for t in toks[last + 1 : k])
        if cue:
            return hp
    behind = [(hm, hp) for hm, hp in in_sentence if hm.end <= m.start and hp.feature not in ("country", "region")]
    if behind:
        hm, hp = max(behind, key=lambda mp: mp[0].end)
        k = _token_index(toks, hm.end - 1)
        # «من مصراته إلى منطقة الوشكة» names two places, the second not inside the first
        if first - k <= BEHIND and not any(t.core in MOTION or t.norm in BARRIERS for t in toks[k + 1 : first]):
            # a capital must be where things are («في طرابلس بين …», a dateline «جازان:»): otherwise
            # it names a government («المدعومة من موسكو على محور كفرنبودة»)
            h = _token_index(toks, hm.start)
            host = toks[h]
            where = host.prefix.startswith(("ب", "وب")) or (h > 0 and toks[h - 1].core in LOCATIVE)
            where = where or (k + 1 < len(toks) and toks[k + 1].norm == ":")
            if where or not hp.capital:
                return hp
    return None


PARTICIPLE_ZIPF = 3.0
"""An accusative participle this common («مشيرا», «مؤكدا», «مضيفا», Zipf 3.9–4.0) is a word of manner."""
LOCAL_STORY_KM = 100.0
"""How far apart the located places of a country may lie for a story to be one area's (:func:`in_local_story`)."""


CONSTRUCT_ZIPF = 4.0
"""A definite word this common after an indefinite one-word place makes the pair a construct of common nouns."""


def _construct_head(text: str, place: Place) -> bool:
    """Whether every mention of a one-word indefinite place is followed by a common definite word: the head
    of a construct of common nouns («مزلقان السد», the dam's level crossing), not a place's name."""
    if not text or " " in place.name.strip() or normalize(place.name).startswith("ال") or not place.mentions:
        return False
    for m in place.mentions:
        after = text[m.end : m.end + 40].split(maxsplit=1)
        if m.end >= len(text) or not text[m.end].isspace() or not after:
            return False
        word = normalize(after[0])
        if not word.startswith("ال") or zipf(word) < CONSTRUCT_ZIPF or word in FUNCTION_WORDS:
            return False  # «أريحة التي …»: a relative pronoun follows a name
        if word.endswith(("ي", "يه")):
            return False  # «كونكارنو الفرنسية»: a definite adjective after a name, which is definite itself
    return True


def exact_settlements(places: list[Place]) -> list[Place]:
    """The towns, districts and regions the document placed exactly, with a point and a country: what tells
    whether a story is about one area."""
    return [
        p
        for p in places
        if p.precision == "exact"
        and p.feature in ("city", "district", "region")
        and p.lat is not None
        and p.lon is not None
        and p.country_code
    ]


def local_area(located: list[Place]) -> bool:
    """Whether two or more located places lie within :data:`LOCAL_STORY_KM` of each other: a story about one
    area."""
    return len(located) >= 2 and all_within([(p.lat or 0.0, p.lon or 0.0) for p in located], LOCAL_STORY_KM)


def in_local_story(places: list[Place], text: str = "") -> None:
    """A place known only by its country in a story about one area lies in that area: «بمناطق هروب» in a
    Jazan story whose sentences place it nowhere. When every town, district and region the document locates in
    that country (two at least) lies within :data:`LOCAL_STORY_KM` of each other, the place takes the
    coordinates of the one the document names most (``precision = "near"``, flagged in ``source``). Common
    words («المحافظات», «الميناء»), the head of a construct («مزلقان السد», read in ``text``, the document's
    text) and countries are left alone."""
    located = exact_settlements(places)
    for place in places:
        if place.precision != "country" or not place.country_code or place.lat is not None:
            continue
        words = normalize(place.name).split()
        if not words or not _name_like(words[0], NEXT_MAX_ZIPF, False) or words[0][2:] in kind_words():
            continue  # «بلديات المحافظات», «في الريف الشرقي»: words, not places
        if pronoun_suffixed(place.name) or (len(words) == 2 and adjective_after_definite(*words)):
            continue  # «الزمالة السعودية»: a noun and its adjective
        if _construct_head(text, place):
            continue  # «بالقرب من مزلقان السد»: a common noun before its genitive
        name = place.name.strip()
        if " " not in name and name.endswith("ه") and zipf(normalize(name[:-1])) >= FIRST_MAX_ZIPF:
            continue  # «في بيانه» (his statement): a common noun and «his», written «ه» (a name ends in «ة»)
        if len(words) == 1 and words[0][:1] == "م" and words[0].endswith("ا") and zipf(words[0]) >= PARTICIPLE_ZIPF:
            continue  # «، مشيرا إلى …», «مؤكدا»: a participle of manner in the accusative, no place
        area = [p for p in located if p.country_code == place.country_code]
        if not local_area(area):
            continue
        host = max(area, key=lambda p: (len(p.mentions), -p.mentions[0].start if p.mentions else 0))
        place_near(place, host, "story:")  # the same country: the area is the place's
