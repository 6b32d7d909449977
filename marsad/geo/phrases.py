"""Places: words that look like a place's name but, by the words around them, are part of something else.

Each test reads a few characters of the text beside one mention (no tokenizer, no scan of the document):

- «سورية الجنسية», «يمني الجنسية»: a country's name or nisba right before «الجنسية» (of … nationality) is the
  nisba adjective of a person's nationality, a usual phrase of Gulf crime and accident news
  (:func:`nationality_phrase`);
- «إصابات وصفت بالحرجة»: a word after «وُصفت بـ» (described as) is an adjective, not a place that shares its
  letters («الحرجة», a Saudi governorate) (:func:`described_as`);
- «من فرامة لحم»: «ف» is a conjunction, and a conjunction never comes right after a preposition, so in «من
  فرامة» the «ف» belongs to the word and «رامة» is no name (:func:`preposition_split`). Not «و»: news does
  write «إلى ومصراته» for «إلى سرت ومصراته» with a name left out, and a word in «و» rarely loses it;
- «كباراً وصغاراً»: a word written with the tanwin of the accusative is no name (:func:`accusative_word`);
- «إستاد الملك فهد الدولي»: an airport's name without «مطار» after a venue's head names the venue
  (:func:`venue_name`);
- «معسكر تدريبي»: a kind word of places that is also a place's name («معسكر», Mascara) followed by an
  indefinite relative adjective is the common noun (:func:`common_noun`);
- «قريتي تل أعور والفريكة … القريتين»: the dual points back to the two villages, not to al-Qaryatayn
  (:func:`anaphoric_dual`);
- «طرد 60 "جاسوسا" روسيا», «قوات سوريا الديمقراطية», «الباحة المكشوفة», «بلد واحد», «الجنوب الليبي»: a country's name
  used as an adjective or inside a fixed name, and common nouns told by their adjective
  (:func:`marsad.geo.adjective_uses.adjective_use`);
- «ميليشيا الحوثي الانقلابية»: a definite adjective in «ـية»/«ـي» right after a definite word or name agrees
  with it; a place no gazetteer knows with such a name is that adjective (:func:`agreeing_adjective`).
"""

from __future__ import annotations

from marsad.geo.adjective_uses import adjective_use
from marsad.geo.gazetteer import GeoEntry
from marsad.geo.place_words import DIRECTIONS, kind_words
from marsad.geo.verbs import verb_use
from marsad.geo.words_near import adjective_after_definite, word_ending_at
from marsad.model import Document, Mention, Place
from marsad.text.normalize import normalize

NATIONALITY = normalize("الجنسية")
"""«الجنسية» after a nisba: «سورية الجنسية», «مصري الجنسية», «من الجنسية اليمنية» (the last has no name before)."""

DESCRIBED = frozenset(normalize(w) for w in "وصفت وصف وصفها وصفه توصف يوصف وصفتها وصفته ووصفت".split())
"""Verbs of «described as» («إصابات وصفت بالحرجة», «حالته توصف بالخطيرة»): the word after them, with «بـ», is
an adjective."""

PREPOSITIONS = frozenset(normalize(w) for w in "من في إلى الى على عن حتى منذ مع".split())
"""Prepositions: the conjunction «ف» never follows one directly."""

CONJUNCTIONS = ("ف",)

_ARABIC = frozenset(chr(c) for c in range(0x0621, 0x064B))


def _word_after(text: str, end: int) -> str:
    """The normalised word right after ``end``, one space away ("" when punctuation comes between)."""
    if end >= len(text) - 1 or text[end] != " ":
        return ""
    stop = end + 1
    while stop < len(text) and stop - end < 20 and text[stop] in _ARABIC:
        stop += 1
    return normalize(text[end + 1 : stop])


def nationality_phrase(doc: Document, m: Mention) -> bool:
    """Whether a mention is a nationality: «سورية الجنسية», «يمني الجنسية»."""
    return _word_after(doc.text, m.end) == NATIONALITY


def described_as(doc: Document, m: Mention) -> bool:
    """Whether a mention is the adjective of «وصفت بـ»: «بإصابات وصفت بالحرجة»."""
    if m.start < 2 or doc.text[m.start - 1] != "ب":
        return False
    return word_ending_at(doc.text, m.start - 1) in DESCRIBED


def preposition_split(doc: Document, m: Mention) -> bool:
    """Whether a mention is a word cut after its first letter «ف», read as a conjunction, right after a
    preposition: «من فرامة» is «فرامة» (a mincer), not «ف» + «رامة»."""
    if m.start < 3 or doc.text[m.start - 1] not in CONJUNCTIONS or doc.text[m.start - 2] != " ":
        return False
    return word_ending_at(doc.text, m.start - 1) in PREPOSITIONS


VENUE_HEADS = frozenset(normalize(w) for w in "ملعب استاد إستاد ستاد معرض مهرجان مؤتمر مجمع مدينة".split())
"""Heads of venues and events named «… الدولي» like airports: «إستاد الملك فهد الدولي» (a stadium in Riyadh),
«معرض الرياض الدولي للكتاب»."""
INTERNATIONAL = normalize("الدولي")


def venue_name(doc: Document, m: Mention) -> bool:
    """Whether a name «X الدولي» (an airport's, without «مطار») follows a venue's head: «ملعب الملك فهد
    الدولي» is the King Fahd stadium in Riyadh, not the airport of Dammam."""
    if not normalize(m.text).endswith(INTERNATIONAL):
        return False
    word = word_ending_at(doc.text, m.start)
    if not word:
        return False
    return word in VENUE_HEADS or (word[:1] in ("ب", "ل", "و") and word[1:] in VENUE_HEADS)


TANWIN_FATH = "\u064b"
"""The fathatan of the indefinite accusative («كباراً», «دوماً»)."""


def accusative_word(m: Mention) -> bool:
    """Whether a mention is written with the tanwin of the indefinite accusative: «كباراً وصغاراً» (young and
    old) is no Bara, «دوماً» (always) no Douma. Place names are diptotes or definite, and news writes no
    tanwin on them."""
    return TANWIN_FATH in m.text


def common_noun(doc: Document, m: Mention) -> bool:
    """Whether a one-word name that is also a kind word of places («معسكر» Mascara, a camp) is that noun, told
    by the indefinite relative adjective after it: «معسكر تدريبي», «معسكراً تدريبياً» (a training camp)."""
    word = normalize(m.text)
    if " " in word or word not in kind_words():
        return False
    after = _word_after(doc.text, m.end)
    return len(after) >= 4 and not after.startswith("ال") and after.endswith(("ي", "يه", "يا"))


ANAPHORIC_DUALS = {normalize("القريتين"): ("قريتي ", "قريتين ", "بقريتي ", "وقريتي ")}
"""Definite duals of a kind word that also name a town («القريتين», al-Qaryatayn in Homs), with the forms of the
same kind word that, earlier in the text, name the two places the dual points back to («قريتي تل أعور
والفريكة … سيطرة قوات الأسد على القريتين»)."""


def anaphoric_dual(doc: Document, m: Mention) -> bool:
    """Whether «القريتين» (the two villages) points back to two villages the text named before as «قريتي A
    وB»: the anaphor, not the Syrian town al-Qaryatayn."""
    earlier = ANAPHORIC_DUALS.get(normalize(m.text))
    return earlier is not None and any(0 <= doc.text.find(w, 0, m.start) for w in earlier)


BORDER_NAMES = frozenset(normalize(w) for w in ("الحدود الشمالية",))
"""Regions named «the (northern) borders» (Saudi Arabia's Northern Borders Region)."""
ALONG = frozenset(normalize(w) for w in "على عبر طول امتداد عند".split())
"""Words before a border line, not the region: «ما بدأته تركيا على الحدود الشمالية», «عبر الحدود الشمالية»."""


def border_line(doc: Document, m: Mention) -> bool:
    """Whether «الحدود الشمالية» after «على», «عبر», «طول» … is a country's northern border, not the region
    («أمير منطقة الحدود الشمالية», «في الحدود الشمالية» stay the region)."""
    return normalize(m.text) in BORDER_NAMES and word_ending_at(doc.text, m.start) in ALONG


def phrase_word(doc: Document, m: Mention) -> bool:
    """Whether any of the tests above takes a place mention for part of another phrase."""
    return (
        nationality_phrase(doc, m)
        or described_as(doc, m)
        or preposition_split(doc, m)
        or venue_name(doc, m)
        or accusative_word(m)
        or common_noun(doc, m)
        or anaphoric_dual(doc, m)
        or verb_use(doc, m)
        or border_line(doc, m)
        or adjective_use(doc, m)
    )


def agreeing_adjective(doc: Document, m: Mention) -> bool:
    """Whether a one-word mention «الانقلابية» is a definite adjective in «ـية»/«ـي» that agrees with the
    definite word or name right before it («ميليشيا الحوثي الانقلابية», «القوات الحكومية»). Only asked of
    places no gazetteer knows: a known place after a name («الرياض الخضراء» aside) keeps its entry."""
    before = word_ending_at(doc.text, m.start)
    return bool(before) and adjective_after_definite(before, normalize(m.text))


def unplace_adjectives(doc: Document, places: list[Place], announced: dict[str, str]) -> None:
    """A place no gazetteer knows, placed only by the place beside it, whose every mention is an agreeing
    adjective (:func:`agreeing_adjective`) keeps its country but not those coordinates, as a common word
    does (:func:`marsad.geo.document._unplace_words`); a name a kind word announces («قرية الزيادية») is a
    place's (``announced``: the entity ids of such names)."""
    for p in places:
        if p.precision != "near" or p.entity_id in announced:
            continue
        if p.mentions and all(agreeing_adjective(doc, m) for m in p.mentions):
            p.lat = p.lon = None
            p.precision = "country"


TERRITORY_CUES = DIRECTIONS
"""Directions before a name that a country and its capital share: «جنوب غربي الجزائر» is south-west
Algeria, not of Algiers."""
BORDER_WORDS = frozenset(normalize(w) for w in "الحدود حدود الحدودي الحدودية الشريط حدوده حدودها".split())
"""Words of a border: «الحدود مع الجزائر», «الشريط الحدودي مع الجزائر» name the country."""


def names_territory(text: str, m: Mention) -> bool:
    """Whether a name that a country and its capital share («الجزائر», «الكويت») names the country's
    territory by the words before it: a direction («جنوب غربي الجزائر», «شمال الكويت»), or «مع» after a
    border word («الحدود مع الجزائر», «على الحدود المشتركة مع الجزائر»). Maghrebi and Libyan security
    news names the Algerian border this way every day; the capital would be «الجزائر العاصمة»."""
    words = normalize(text[max(0, m.start - 40) : m.start]).split()
    if not words:
        return False
    if words[-1] in TERRITORY_CUES:
        return True
    return words[-1] in ("مع", "ومع") and any(w in BORDER_WORDS for w in words[-4:-1])


def country_not_capital(
    text: str, mentions: list[Mention], scored: list[tuple[float, GeoEntry]]
) -> list[tuple[float, GeoEntry]]:
    """The ranked entries with the country first when the leading entry is its capital and every mention
    names the territory (:func:`names_territory`)."""
    best = scored[0][1]
    if not best.capital or not mentions or not all(names_territory(text, m) for m in mentions):
        return scored
    for i, (_, e) in enumerate(scored):
        if e.feature == "country" and e.country == best.country:
            return [scored[i], *scored[:i], *scored[i + 1 :]]
    return scored
