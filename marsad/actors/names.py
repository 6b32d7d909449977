"""Name keys of actor mentions: the matching form that makes حفتر, للمشير حفتر and «حفتر» meet.

A *name key* is a tuple of normalised words (:func:`marsad.text.normalize.normalize`) with:

- quotes, brackets and punctuation around words removed («الجيش الوطني» → الجيش الوطني);
- the compound first names joined, because the press writes them both ways: عبد المجيد / عبدالمجيد
  → ``عبدالمجيد`` (also أبو بكر → ``ابوبكر``);
- ``ابن`` inside a name folded to ``بن`` (محمد ابن سلمان = محمد بن سلمان);
- a leading ``لل`` (ل + the article whose alef the spelling drops) restored to ``ال``: للأمم → الامم.

Titles and ranks (``data/titles.tsv``) are stripped from the front of a mention by :func:`strip_titles`,
which returns how many characters of the original mention to drop, so that spans stay exact offsets.

Why hand-written: no offline library strips Arabic honorifics while keeping character offsets, and
the folding choices (which compound names to join) are specific to matching names in news.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.text.normalize import normalize

NameKey = tuple[str, ...]

_WORD = re.compile(r"[^\s«»\"'“”‘’()\[\]{}،,.:;؛!?؟\-–—/]+")
_JOIN_NEXT = frozenset({"عبد", "ابو", "ابي", "ابا"})
JOIN_NEXT_WORDS = _JOIN_NEXT
"""Words joined to the next one in a name key (عبد الله → عبدالله); a key may start with them."""

FAMILY_WORDS = frozenset(
    normalize(w)
    for w in (
        "نجل نجلا نجلي ابن ابنا ابني ابنة ابنه بنت شقيق شقيقا شقيقي شقيقة أخ أخو أخي أخت زوج زوجة أرملة "
        "والد والدة عم عمه خال حفيد حفيدة صهر أبناء أنجال أشقاء"
    ).split()
)
"""Kinship words: «نجل حفتر» names a relative of حفتر, never حفتر himself (family members are separate
actors affiliated to the relative they are named after)."""

MILITIA_SPELLINGS: dict[str, str] = {
    normalize(variant): normalize(canonical)
    for variant, canonical in (
        ("ميلشيات", "ميليشيات"),
        ("ميليشات", "ميليشيات"),
        ("مليشات", "ميليشيات"),
        ("ملشيات", "ميليشيات"),
        ("مليشيات", "ميليشيات"),
        ("ميلشيا", "ميليشيا"),
        ("ميليشا", "ميليشيا"),
        ("مليشيا", "ميليشيا"),
    )
}
"""Spellings of «ميليشيا(ت)» the press uses besides the standard one, each to the standard form: a
dropped or moved «ي» («مليشيات», «ميلشيات», «ميليشات»). Counted in the unlabeled corpora (ANT 2018:
ميليشيات 3090, مليشيات 298, ميلشيات 48, ميليشات 38; the singular likewise), so a group named with any
of them («ميلشيات الحوثي») meets its curated name. The article is kept apart: «الميلشيات» folds too."""


def fold_spelling(w: str) -> str:
    """A normalised word with a variant spelling of a group noun (:data:`MILITIA_SPELLINGS`) folded to
    the standard one, the article kept («الميلشيات» → «الميليشيات»); other words unchanged."""
    if w.startswith("ال"):
        f = MILITIA_SPELLINGS.get(w[2:])
        return "ال" + f if f is not None else w
    return MILITIA_SPELLINGS.get(w, w)


GROUP_HEADS: dict[str, str] = {
    normalize(w): kind
    for w, kind in (
        ("قوات", "armed_group"),
        ("ميليشيات", "armed_group"),
        ("ميليشيا", "armed_group"),
        ("كتائب", "armed_group"),
        ("كتيبة", "armed_group"),
        ("مسلحو", "armed_group"),
        ("مسلحي", "armed_group"),
        ("مقاتلو", "armed_group"),
        ("مقاتلي", "armed_group"),
        ("عناصر", "armed_group"),
        ("أنصار", "armed_group"),
        ("موالو", "armed_group"),
        ("جيش", "armed_group"),
        ("حكومة", "government"),
        ("نظام", "government"),
        ("إدارة", "government"),
    )
}
"""Head nouns that, put before a person's name, make a group affiliated to that person
(قوات حفتر, حكومة السراج, نظام الأسد): an ORG, never the person."""
GROUP_HEADS.update({v: GROUP_HEADS[c] for v, c in MILITIA_SPELLINGS.items() if c in GROUP_HEADS})
# the other spellings of «ميليشيا(ت)» («مليشيات», «ميلشيات») come from MILITIA_SPELLINGS


def tokens_of(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` as ``(normalised word, start, end)``, punctuation dropped."""
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text):
        w = normalize(m.group())
        if w:
            out.append((w, m.start(), m.end()))
    return out


def key_of_words(words: list[str]) -> NameKey:
    """The name key of already normalised words (see the module docstring)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if i == 0 and w.startswith("لل") and len(w) > 4:
            w = "ال" + w[2:]
        w = fold_spelling(w)  # after «لل» → «ال»: «للمليشيات» folds as «المليشيات» does
        if w == "ابن" and out:
            w = "بن"
        if w in _JOIN_NEXT and i + 1 < len(words):
            out.append(w + words[i + 1])
            i += 2
            continue
        out.append(w)
        i += 1
    return tuple(out)


@lru_cache(maxsize=100_000)
def name_key(text: str) -> NameKey:
    """The name key of a name as written (no title stripping)."""
    return key_of_words([w for w, _, _ in tokens_of(text)])


def key_str(key: NameKey) -> str:
    """A key as one string (for dictionaries and ids)."""
    return " ".join(key)


def bare(word: str) -> str:
    """A key word without the article ال (for comparing السراج with سراج)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@dataclass(frozen=True, slots=True)
class Title:
    """A title or rank from ``data/titles.tsv``."""

    words: NameKey
    gender: str
    """``m``, ``f`` or ``-``."""
    type: str
    """military, political, royal, religious, honorific, academic or role."""


@lru_cache(maxsize=1)
def load_titles() -> dict[NameKey, Title]:
    """The bundled titles keyed by their normalised words."""
    path = resources.files("marsad.actors").joinpath("data/titles.tsv")
    out: dict[NameKey, Title] = {}
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader((ln for ln in f if not ln.startswith("#")), delimiter="\t")]
    for row in rows[1:]:
        if not row or not row[0].strip():
            continue
        words = tuple(normalize(w) for w in row[0].split())
        out[words] = Title(words, row[1].strip(), row[2].strip())
    return out


@lru_cache(maxsize=1)
def _titles_by_length() -> list[tuple[int, dict[NameKey, Title]]]:
    by_len: dict[int, dict[NameKey, Title]] = {}
    for k, t in load_titles().items():
        by_len.setdefault(len(k), {})[k] = t
    return sorted(by_len.items(), reverse=True)


@lru_cache(maxsize=1)
def _title_first_words() -> frozenset[str]:
    return frozenset(k[0] for k in load_titles())


_TITLE_CLITICS = ("و", "ل", "ب", "ف", "ول", "وب", "لل")


@lru_cache(maxsize=1)
def _title_first_forms() -> frozenset[str]:
    """Every written form of a title's first word, with and without a leading clitic (one set look-up
    per word of a text instead of seven prefix tests)."""
    out = set(_title_first_words())
    for w in _title_first_words():
        for pre in _TITLE_CLITICS:
            if pre == "لل":
                if w.startswith("ال"):
                    out.add("لل" + w[2:])
            else:
                out.add(pre + w)
    return frozenset(out)


def title_at(words: list[str], i: int) -> Title | None:
    """The longest title starting at ``words[i]`` (words normalised; a leading clitic و/ل/ب is allowed
    on the first word, as in للمشير or والرئيس)."""
    if i >= len(words):
        return None
    if words[i] not in _title_first_forms():
        return None  # no title starts with this word: most words of a text are not looked up further
    for n, table in _titles_by_length():
        if i + n > len(words):
            continue
        cand = tuple(words[i : i + n])
        if cand in table:
            return table[cand]
        first = cand[0]
        for pre in _TITLE_CLITICS:
            if first.startswith(pre) and len(first) > len(pre) + 2:
                rest = first[len(pre) :]
                if pre.endswith("لل"):
                    rest = "ال" + rest
                alt = (rest, *cand[1:])
                if alt in table:
                    return table[alt]
    return None


@lru_cache(maxsize=1)
def load_nationalities() -> dict[str, str]:
    """``{normalised nisba adjective (all genders/numbers listed): ISO country code}``."""
    path = resources.files("marsad.actors").joinpath("data/nationalities.tsv")
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader((ln for ln in f if not ln.startswith("#")), delimiter="\t")]
    for row in rows[1:]:
        if len(row) < 3:
            continue
        for form in row[2].split("|"):
            w = normalize(form.strip())
            if w:
                out[w] = row[0].strip()
                out["ال" + w] = row[0].strip()
    return out


@lru_cache(maxsize=1)
def nationality_english() -> dict[str, str]:
    """``{ISO code: English adjective}`` (Libyan, Tunisian …) from ``data/nationalities.tsv``."""
    path = resources.files("marsad.actors").joinpath("data/nationalities.tsv")
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader((ln for ln in f if not ln.startswith("#")), delimiter="\t")]
    return {r[0].strip(): r[1].strip() for r in rows[1:] if len(r) >= 3}


@dataclass(slots=True)
class Stripped:
    """A mention after its leading titles (and nationality adjectives after them) are removed."""

    drop: int
    """Characters to drop from the start of the mention text."""
    words: list[str]
    """The remaining normalised words."""
    titles: list[Title]
    country: str | None
    """ISO code given by a nationality adjective among the titles (الرئيس التونسي …)."""


def strip_titles(text: str) -> Stripped:
    """Remove leading titles/ranks (and a nationality adjective after a title) from a mention.

    At least one word is always kept, so a mention that is only a title (الرئيس) stays as it is.
    """
    toks = tokens_of(text)
    words = [w for w, _, _ in toks]
    nats = load_nationalities()
    i = 0
    titles: list[Title] = []
    country: str | None = None
    while i < len(words) - 1:
        t = title_at(words, i)
        if t is not None and i + len(t.words) < len(words):
            titles.append(t)
            i += len(t.words)
            continue
        if titles and words[i] in nats and i + 1 < len(words):
            country = country or nats[words[i]]
            i += 1
            continue
        break
    drop = toks[i][1] if toks and i else 0
    return Stripped(drop, words[i:], titles, country)
