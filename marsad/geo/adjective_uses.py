"""Places: a place's name used as an adjective or inside a fixed name, told by the words beside it.

Each test reads a few words of the text around one mention (a short tokenisation, no scan of the document):

- «طرد 60 "جاسوسا" روسيا», «قتل 15 مواطنا سوريا»: after a number and its counted noun in the indefinite
  accusative («جاسوسا», «مواطنا»), a country's name in «ـيا» is the accusative nisba adjective
  («روسيًّا», Russian), which news writes without its tanwin (:func:`counted_nisba`); so is one after a
  masculine verb of becoming («يصبح سوريا», he becomes Syrian: a country would take «تصبح»);
- «مجلس الاتحاد الروسي» (the Federation Council), «قوات سوريا الديمقراطية» (the SDF), «مجلس سوريا
  الديمقراطية»: a state's name inside the fixed name of a chamber or an organisation is not annotated
  (bench/dev/README-places.md, rule 5) (:func:`body_name`);
- «الباحة المكشوفة» (the open yard), «الساحة الخلفية»: a name followed by an adjective of a physical space
  that no town takes («المكشوفة», «الخلفية», «المسقوفة») is the common noun it shares its letters with
  (:func:`space_adjective`);
- «الجنوب الليبي», «الساحل السوري», «الأراضي اليمنية»: a part of a country named by the country's nisba adjective
  is a nisba phrase, not annotated (rule 5) (:func:`nisba_phrase`);
- «بلد واحد», «بلد عربي»: «بلد» (a country) before an indefinite adjective is the common noun, not Balad in
  Iraq (:func:`common_country_noun`).

Used by :func:`marsad.geo.phrases.phrase_word`, so such mentions leave their place entity.
"""

from __future__ import annotations

from marsad.geo.words_near import adjective_after_definite
from marsad.model import Document, Mention, Token
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

NUMBER_WORDS = frozenset(
    normalize(w)
    for w in (
        "عشر عشرة عشرين عشرون ثلاثين ثلاثون أربعين أربعون خمسين خمسون ستين ستون سبعين سبعون ثمانين ثمانون تسعين تسعون"
    ).split()
)
"""Number words that take their counted noun in the indefinite accusative singular (11 to 99): «خمسة عشر
مواطنا», «ستين جاسوسا»."""

TIME_NOUNS = frozenset(normalize(w) for w in "عاما سنة يوما شهرا أسبوعا ساعة دقيقة مرة عقدا قرنا".split())
"""Counted nouns of time: after «حكم 30 عاما» the next name may be the object («حكم 30 عاما سوريا»)."""

BECOMING = frozenset(normalize(w) for w in "يصبح أصبح صار يصير بات يبيت أضحى يضحى".split())
"""Masculine verbs of becoming: their predicate is indefinite and accusative («يصبح سوريا», he becomes Syrian);
a country as their subject would make them feminine («أصبحت سوريا»)."""

QUOTES = frozenset("\"«»“”'")


def _words_before(text: str, m: Mention, n: int) -> list[Token]:
    """The last ``n`` word tokens before a mention, quotation marks skipped; [] when other punctuation or a
    line break stands between them or the mention has a letter glued before it («لروسيا»)."""
    if m.start > 0 and text[m.start - 1].isalpha():
        return []
    toks = tokenize(text, max(0, m.start - 60), m.start)
    words: list[Token] = []
    for tok in reversed(toks):
        if tok.norm in QUOTES:
            continue
        if not tok.norm.isalnum():
            break
        words.append(tok)
        if len(words) == n:
            break
    if words and "\n" in text[words[0].end : m.start]:
        return []
    return words[::-1]


def _word_after(text: str, m: Mention) -> Token | None:
    """The first token within 16 characters after a mention, or None."""
    after = tokenize(text, m.end, min(len(text), m.end + 16))
    return after[0] if after else None


def counted_nisba(doc: Document, m: Mention) -> bool:
    """Whether a country's name in «ـيا» («روسيا», «سوريا», «تركيا») is the accusative nisba adjective of the
    counted noun before it («طرد 60 "جاسوسا" روسيا», «عشرين دبلوماسيا روسيا») or the predicate of a
    masculine verb of becoming («يصبح سوريا»)."""
    name = normalize(m.text)
    if " " in name or name.startswith("ال") or not name.endswith("يا") or len(name) < 4:
        return False
    words = _words_before(doc.text, m, 2)
    if not words:
        return False
    prev = words[-1]
    if prev.core in BECOMING and prev.prefix in ("", "و", "ف", "ل", "ول", "فل"):
        return True
    if len(words) < 2 or prev.prefix or prev.core.startswith("ال") or prev.core in TIME_NOUNS:
        return False
    if len(prev.core) < 4 or not prev.core.endswith("ا") or prev.core.endswith(("اا", "يا")):
        return False
    number = words[-2].core
    return number.isdigit() or number in NUMBER_WORDS


COUNCIL = frozenset(normalize(w) for w in "مجلس لمجلس بمجلس ومجلس".split())
FEDERATION = normalize("الاتحاد")
ORG_HEADS = frozenset(normalize(w) for w in "قوات مجلس قسد".split())
DEMOCRATIC = normalize("الديمقراطية")
DEMOCRATIC_STATES = frozenset(normalize(w) for w in ("الكونغو", "كوريا", "لاو", "الكونغو الديمقراطية"))
"""States whose own name ends in «الديمقراطية» («جمهورية الكونغو الديمقراطية»): the word is theirs."""
SYRIA = frozenset(normalize(w) for w in ("سوريا", "سورية"))
"""The two spellings of Syria, whose name «قوات/مجلس سوريا الديمقراطية» holds."""


def body_name(doc: Document, m: Mention) -> bool:
    """Whether a state's name is part of a chamber's or an organisation's fixed name: «مجلس الاتحاد الروسي»
    (the Russian Federation Council: «الروسي» qualifies the council), «قوات سوريا الديمقراطية», «مجلس
    سوريا الديمقراطية» (the SDF and its political wing; «قو ات سوريا الديمقراطية» with a broken head too)."""
    name = normalize(m.text)
    if name.startswith(FEDERATION + " "):
        words = _words_before(doc.text, m, 1)
        return bool(words) and words[-1].norm in COUNCIL
    if name in DEMOCRATIC_STATES or " " in name:
        return False
    after = _word_after(doc.text, m)
    if after is None or after.norm != DEMOCRATIC or after.start > m.end + 1:
        return False
    return name in SYRIA


SPACE_ADJECTIVES = frozenset(
    normalize(w)
    for w in (
        "المكشوفة المكشوف المسقوفة المسقوف المغطاة المغطى الخلفية الخلفي الأمامية "
        "الأمامي الترابية الترابي المعبدة المخصصة المخصص الضيقة الضيق الفسيحة الفسيح"
    ).split()
)
"""Adjectives of a yard, a square or a road (open, roofed, back, front, unpaved, set aside, narrow,
spacious) that no town's name takes: «الباحة المكشوفة», «الساحة الخلفية»."""


def space_adjective(doc: Document, m: Mention) -> bool:
    """Whether a one-word name is followed by an adjective of a physical space (:data:`SPACE_ADJECTIVES`):
    «في الباحة المكشوفة لشركة» is a yard, not al-Baha."""
    name = normalize(m.text)
    if " " in name or not name.startswith("ال"):
        return False
    after = _word_after(doc.text, m)
    return after is not None and after.start == m.end + 1 and after.norm in SPACE_ADJECTIVES


COUNTRY_NOUN = normalize("بلد")
COUNTRY_ADJECTIVES = frozenset(
    normalize(w)
    for w in "واحد آخر اخر شقيق صديق مجاور جار مضيف مسلم غني فقير كبير صغير ثالث نام متقدم منتج مصدر مستورد".split()
)
"""Indefinite adjectives of «بلد» (a country): «بلد واحد», «بلد شقيق», «بلد مضيف»."""


def common_country_noun(doc: Document, m: Mention) -> bool:
    """Whether «بلد» is the common noun (a country), told by the indefinite adjective after it: «بلد واحد»,
    «بلد عربي», «بلد إسلامي», «بلد شقيق». Balad in Iraq is named after «مدينة», «قضاء», «قاعدة» or a
    preposition, and followed by a direction («بلد شمال بغداد»), not by such an adjective."""
    if normalize(m.text) != COUNTRY_NOUN:
        return False
    after = _word_after(doc.text, m)
    if after is None or after.start != m.end + 1 or after.prefix:
        return False
    word = after.norm
    return word in COUNTRY_ADJECTIVES or (len(word) >= 4 and not word.startswith("ال") and word.endswith("ي"))


AREA_HEADS = frozenset(normalize(w) for w in "الجنوب الشمال الشرق الغرب الوسط الساحل الداخل الأراضي الشريط".split())
"""Definite nouns of a part of a country that a nisba adjective qualifies: «الجنوب الليبي», «الساحل السوري»."""
DIRECTION_ADJECTIVES = frozenset(
    normalize(w) for w in "الغربي الشرقي الشمالي الجنوبي الغربية الشرقية الشمالية الجنوبية الأوسط الأدنى الأعلى".split()
)
"""Adjectives of direction: «الساحل الغربي» (Yemen's West Coast) and «الشمال الشرقي» are names, not nisbas."""


def nisba_phrase(m: Mention) -> bool:
    """Whether a two-word name is a part of a country named by its nisba adjective: «الجنوب الليبي», «الساحل
    السوري», «الجنوب اليمني», «الأراضي اليمنية». The set annotates none of them (bench/dev/README-places.md,
    rule 5: «الشمال اللبناني», «الأراضي اليمنية»); a direction adjective makes a name («الساحل الغربي»)."""
    words = normalize(m.text).split()
    if len(words) != 2 or words[0] not in AREA_HEADS or words[1] in DIRECTION_ADJECTIVES:
        return False
    return adjective_after_definite(*words)


def adjective_use(doc: Document, m: Mention) -> bool:
    """Whether any of the tests above reads a place mention as an adjective or part of a fixed name."""
    return (
        counted_nisba(doc, m)
        or body_name(doc, m)
        or space_adjective(doc, m)
        or common_country_noun(doc, m)
        or nisba_phrase(m)
    )
