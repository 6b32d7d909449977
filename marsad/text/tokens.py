"""Tokenisation with Arabic clitic segmentation; every offset points into the original text.

Two steps:

1. **Words.** The text is cut into Arabic words (letters with their diacritics and tatweel), numbers
   (``3.5``, ``٣٫٥``, ``1,000``), other-script words and single punctuation characters. Invisible
   format characters (bidi marks, zero-width spaces) separate tokens and never become tokens.
2. **Clitics.** Each Arabic word is split into ``prefix + stem + suffix``, where the prefix is a
   sequence of the proclitics Arabic writes glued to the next word — the conjunctions و ف, the
   prepositions ب ل ك, the future particle س, and the article ال (with ل + ال written لل) — and the
   suffix is an attached pronoun (ه ها هما هم هن ك كما كم كن ي ني نا).

A split is kept only when the lexicon (:mod:`marsad.text.lexicon`) says the stem is a word that is at
least about as common as the whole form, and never for a word that marsad's name lists know as a
whole (person, organisation and place names: فزان, وجدة, بنغازي); pronoun suffixes come off only
words the lexicon knows. That is what keeps names whole: بنغازي is not ب + نغازي and
وليد is not و + ليد, because نغازي and ليد are not (common) words, while وبنغازي is و + بنغازي and
والصادرات is و + ال + صادرات. Function words whose first letter looks like a clitic (كما، لكن، بين …)
are never split.

Why hand-written: the libraries that segment clitics well (CAMeL Tools' MLE disambiguator, Farasa,
MADAMIRA) need a morphological database or a JVM that cannot be installed offline from PyPI alone, and
the light ones (pyarabic, Snowball) strip affixes without offsets or lexicon checks. This segmenter is
one lexicon look-up per candidate, cached per word form, so it keeps up with the NER tagger.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.model import Token
from marsad.text.lexicon import ABSENT, protected_names, zipf
from marsad.text.normalize import normalize, normalize_with_map

_AR_LETTERS = (
    "\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06d5-\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u200c\u200d"
)
_FORMAT_CHARS = "\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad"

TOKEN_RE = re.compile(
    rf"(?P<fmt>[{_FORMAT_CHARS}]+)"
    rf"|(?P<num>\d+(?:[.,\u066b\u066c]\d+)*)"
    rf"|(?P<ar>[{_AR_LETTERS}]+)"
    r"|(?P<lat>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"
    r"|(?P<punct>[^\s])"
)

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي")
"""Attached pronouns, longest first."""

NEVER_SPLIT = frozenset(
    normalize(w)
    for w in (
        "كما لما بما فيما مما ممن لكن لكنه لكنها ولكن لذلك كذلك لذا كذا بين بل بعد بعض بعيد "
        "لدى لدي لدينا لديه لديها لديهم لقد فقد فقط فإن فان فهو فهي بأن بان كأن كان كانت "
        "كل كلا كلتا كيف كم كي لكي لئلا لأن لان لعل ليس ليست لو لولا لوما لم لن لا لنا له لها لهم "
        "به بها بهم بي بك بنا وهو وهي وهم ولا ولم ولن وقد ومن وما وفي وعلى وإلى والى وعن وأن وان "
        "ولد ولاية وزير وزارة وكالة وفد وفاة وقت وضع وطن وجه وجود وراء وسط وحدة ولي فيه فيها فيهم "
        "بلد بلدة بلاد بيان بيت بيروت بريطانيا بغداد بنك بحر بحث لجنة لبنان ليبيا لندن كندا كركوك فرنسا "
        "فلسطين فريق فترة فكرة سنة سوريا سيارة سعر سعود ساعة سبب سلطة سياسة"
    ).split()
)
"""Function words and very common nouns whose first letters look like clitics (never split)."""

_MIN_STEM_ZIPF = 2.5
_PREFIX_COST = 0.25
_SUFFIX_COST = 0.6


def _prefix_candidates(key: str, future_alef: bool = True) -> list[tuple[str, str]]:
    """All (prefix, rest) splits of the normalised word by the proclitic grammar.

    ``future_alef``: whether «سا» may be the future particle before a first-person verb (the original
    has «سأ»; «سائرون», «سافر» with a plain or seated alef do not)."""
    out: list[tuple[str, str]] = [("", key)]
    conj_options = [""] + [c for c in CONJUNCTIONS if key.startswith(c)]
    for conj in conj_options:
        rest1 = key[len(conj) :]
        preps = [""] + [p for p in PREPOSITIONS if rest1.startswith(p)]
        # the future particle س only before an imperfect verb prefix (سي، ست، سن، سأ)
        if rest1[:1] == "س" and (rest1[1:2] in ("ي", "ت", "ن") or (rest1[1:2] == "ا" and future_alef)):
            preps.append("س")
        for prep in preps:
            rest2 = rest1[len(prep) :]
            if prep or conj:
                out.append((conj + prep, rest2))
            if prep == "ل" and rest2.startswith("ل") and len(rest2) > 3:
                # لل = ل + ال with the alef of the article dropped (للسلام = ل + ال + سلام)
                out.append((conj + "لل", rest2[1:]))
            if prep != "س" and rest2.startswith("ال") and len(rest2) > 3:
                out.append((conj + prep + "ال", rest2[2:]))
    return out


@lru_cache(maxsize=200_000)
def segment(key: str, future_alef: bool = True) -> tuple[str, str, str]:
    """Split a normalised Arabic word into ``(prefix, stem, suffix)`` as they stand in ``key``.

    ``prefix + stem + suffix == key`` always holds; see the module docstring for the rule.
    """
    if len(key) < 3 or key in NEVER_SPLIT or key in protected_names():
        return "", key, ""
    best = ("", key, "")
    best_score = zipf(key)
    known = best_score > ABSENT
    protected = protected_names()
    for prefix, rest in _prefix_candidates(key, future_alef):
        if prefix.endswith("س") and key[len(prefix) - 1 :] in protected:
            # the future particle never comes off a known name that begins with «سي/ست/سن»: «وسنار» is
            # و + سنار (Sennar), not و + س + نار; a verb («وسنعود») is no protected name
            continue
        n_prefix = len(prefix) - (1 if "ال" in prefix else 0) if prefix else 0
        if prefix and (rest in protected or (prefix.endswith("لل") and "ال" + rest in protected)):
            # a known name behind a clitic (ووجدة = و + وجدة): take it whole, never cut its ending
            name = "ال" + rest if prefix.endswith("لل") and rest not in protected else rest
            score = max(zipf(name), 3.0) - _PREFIX_COST * n_prefix
            if score > best_score:
                best_score, best = score, (prefix, rest, "")
            continue
        suffix_options: list[str] = [""]
        # a pronoun suffix is split off only from words the lexicon knows: an unknown word ending in
        # ني/نا/ك is far more often a foreign name (ميسينا، لاكونا) than an inflected rare word
        if known and not prefix.endswith("ال") and not prefix.endswith("لل"):
            suffix_options += [s for s in SUFFIXES if rest.endswith(s) and len(rest) - len(s) >= 3]
        for suffix in suffix_options:
            if not prefix and not suffix:
                continue
            stem = rest[: len(rest) - len(suffix)] if suffix else rest
            if len(stem) < 3:
                continue
            lookup = stem
            z = zipf(stem)
            if suffix and stem.endswith("ت"):
                # taa marbuta is written ت before a pronoun: حكومته = حكومة + ه
                z = max(z, zipf(stem[:-1] + "ه"))
            if z < _MIN_STEM_ZIPF or lookup in ("ال",):
                continue
            score = z - _PREFIX_COST * n_prefix - (_SUFFIX_COST if suffix else 0.0)
            if score > best_score:
                best_score = score
                best = (prefix, stem, suffix)
    return best


_HAMZA_ALEFS = frozenset("أإآ")
_NAME_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


def _hamza_name(word: str, key: str, offsets: list[int]) -> tuple[str, str, str] | None:
    """A known name that begins with a hamza alef, behind a clitic the normalised form hides.

    Normalisation folds أ/إ/آ into ا, so «بأبها» (in Abha) becomes «بابها», which the lexicon reads as
    one word («her door»). In the original a hamza alef right after the clitic letters starts a new
    word (no stem has it there), so when what follows the clitic is a known name, that is the split.
    """
    for clitic in _NAME_CLITICS:
        n = len(clitic)
        if (
            key.startswith(clitic)
            and len(key) - n >= 3
            and word[offsets[n]] in _HAMZA_ALEFS
            and key[n:] in protected_names()
        ):
            return clitic, key[n:], ""
    return None


@lru_cache(maxsize=200_000)
def _analyse_word(word: str) -> tuple[str, str, str, str, int, int, str, int]:
    """``(norm, prefix, stem, suffix, stem_start, stem_end, core, core_start)`` of one Arabic word.

    Offsets are relative to the word.
    """
    key, offsets = normalize_with_map(word)
    if not key:
        return "", "", "", "", 0, len(word), "", 0
    # «سا» is the future particle only when the original writes «سأ» (سأعود), not «سائرون» (ئ folds to ي)
    sa = key.find("سا", 0, 3)
    future_alef = sa < 0 or word[offsets[sa + 1]] == "أ"
    prefix, stem, suffix = _hamza_name(word, key, offsets) or segment(key, future_alef)
    if suffix and stem.endswith("ت") and zipf(stem[:-1] + "ه") > zipf(stem):
        stem = stem[:-1] + "ه"  # the lexical form: حكومت|ه → حكومه
    i = len(prefix)
    j = len(key) - len(suffix)
    start = offsets[i] if prefix else 0
    end = max(offsets[j - 1] + 1, offsets[j]) if suffix else len(word)
    # the name form keeps the article: strip only the conjunction/preposition part of the prefix
    bare = prefix[:-2] if prefix.endswith("ال") else prefix
    core = key[len(bare) :] if bare else key
    core_start = offsets[len(bare)] if bare else 0
    if prefix.endswith("لل"):
        # للسعودية: the name is السعودية, whose alef the spelling dropped; the span starts after لل
        core = "ال" + key[len(prefix) :]
        core_start = offsets[len(prefix)]
    return key, prefix, stem, suffix, start, end, core, core_start


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` and clitic segmentation."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    for m in TOKEN_RE.finditer(text, start, stop):
        kind = m.lastgroup
        if kind == "fmt":
            continue
        surface = m.group()
        s, e = m.start(), m.end()
        if kind == "ar":
            key, prefix, stem, suffix, ss, se, core, cs = _analyse_word(surface)
            if not key:
                continue
            tokens.append(Token(surface, s, e, key, prefix, stem, suffix, s + ss, s + se, core, s + cs))
        else:
            key = normalize(surface)
            tokens.append(Token(surface, s, e, key, "", key, "", s, e))
    return tokens


def word_token(word: str, start: int = 0) -> Token:
    """The token of a single pre-tokenised word (as in CoNLL corpora) placed at ``start``."""
    if TOKEN_RE.fullmatch(word) and TOKEN_RE.fullmatch(word).lastgroup == "ar":  # type: ignore[union-attr]
        key, prefix, stem, suffix, ss, se, core, cs = _analyse_word(word)
        if key:
            e = start + len(word)
            return Token(word, start, e, key, prefix, stem, suffix, start + ss, start + se, core, start + cs)
    key = normalize(word)
    return Token(word, start, start + len(word), key, "", key, "", start, start + len(word))


def clitics(token: Token) -> str:
    """The proclitics of a word without the article: «وبالقوات» → «وب», «للحكومة» → «لل», «المجلس» → ""."""
    p = token.prefix
    return p[:-2] if p.endswith("ال") else p


def is_arabic_word(token: Token) -> bool:
    """True when the token is an Arabic word (not a number, punctuation or Latin word)."""
    c = token.norm[:1]
    return "\u0621" <= c <= "\u06ff"


__all__ = ["ABSENT", "TOKEN_RE", "is_arabic_word", "segment", "tokenize", "word_token"]
