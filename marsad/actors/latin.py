"""Names in Latin script: readable, as the international press writes them; never Buckwalter.

- **Persons** go through ``arabic-name-romanizer`` (an offline index of name spellings derived from
  Wikidata, with a small model for unknown names). Its country hint matters: the Maghrebi press spells
  names the French way (قيس سعيد → Kais Saied, عبد المجيد تبون → Abdelmadjid Tebboune), the Mashreq
  and Gulf press the English way. When the index proposes a longer full name than the text gives
  (خليفة حفتر → "Khalifa Belqasim Haftar"), the candidate with no more words than the Arabic is taken.
- **Places** take the gazetteer's Latin name (``Place.latin``) when the places stage resolved them,
  else :func:`romanize`.
- **Organisations** take the curated list's name, else a word-by-word English rendering put in
  English order (``data/org_latin.tsv``: الجيش الوطني الليبي → Libyan National Army, حركة النهضة →
  al-Nahda Movement), unknown words romanised.

:func:`romanize` is a simple, readable rule-based scheme in the style of the English-language press
(not a scholarly transliteration; unwritten short vowels cannot be recovered, so it guesses ``a``):

==============================  ===============================================================
Arabic                          Latin
==============================  ===============================================================
the article ال                  ``al-`` (no sun-letter assimilation: al-Sarraj, as Reuters writes)
ب ت ث ج ح خ د ذ ر ز             b t th j h kh d dh r z
س ش ص ض ط ظ غ ف ق ك ل م ن ه     s sh s d t z gh f q k l m n h
ع ء                             dropped (an ``a`` where a vowel is needed: عمر → Amar)
ا ى / ة (final)                 a / a
و                               ``w`` before a vowel or at the start, else ``u`` (long vowel)
ي                               ``y`` before a vowel or at the start, else ``i``; final ية → ``iya``
two consonants in a row         an ``a`` between them (the unwritten short vowel)
عبد / أبو / بن + name           Abd al- / Abu / bin
==============================  ===============================================================

Why hand-written: the romanizer's own rule fallback is tuned for person names; places and
organisation words need the article and the English word order handled, and a fixed table is
easy to audit.
"""

from __future__ import annotations

import csv
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.actors.names import load_nationalities, nationality_english
from marsad.text.normalize import normalize

_CONS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ع": "", "ء": "",
}  # fmt: skip
_VOWEL_OUT = ("a", "i", "u", "o", "e")
_PARTICLES = {"عبد": "Abd", "ابو": "Abu", "ابي": "Abi", "بن": "bin", "ابن": "Ibn", "بنت": "bint", "ال": "Al"}

MAGHREB = frozenset({"DZ", "TN", "MA", "MR"})
"""Countries whose press spells names the French way (the romanizer's country hint)."""


def _word(w: str) -> str:
    """Romanise one normalised Arabic word (no article handling)."""
    if w in _PARTICLES:
        return _PARTICLES[w]
    if w == "الله":
        return "Allah"
    segs: list[tuple[str, bool]] = []  # (latin, is_vowel)
    n = len(w)
    for i, ch in enumerate(w):
        nxt = w[i + 1] if i + 1 < n else ""
        if ch in ("ا", "ى"):
            if not (segs and segs[-1] == ("a", True)):
                segs.append(("a", True))
        elif ch == "ه" and i == n - 1 and n > 2:
            segs.append(("a", True))  # ة is folded to ه: a final ه is nearly always taa marbuta
        elif ch == "و":
            if i == 0 or (nxt in ("ا", "ي", "و") and i + 1 < n - 1):
                segs.append(("w", False))
            else:
                segs.append(("u", True))
        elif ch == "ي":
            if i == 0 or (nxt in ("ا", "و") and i + 1 < n):
                segs.append(("y", False))
            elif i == n - 2 and nxt == "ه":
                segs.append(("iy", True))  # ية → iya
            else:
                segs.append(("i", True))
        elif ch in ("ع", "ء"):
            if i == 0 and nxt not in ("ا", "و", "ي"):
                segs.append(("a", True))  # a word-initial ع before a consonant carries a vowel: عمر → Amr
        elif ch in _CONS:
            segs.append((_CONS[ch], False))
    out = _insert_vowels(segs)
    s = "".join(out)
    return s[:1].upper() + s[1:]


def _insert_vowels(segs: list[tuple[str, bool]]) -> list[str]:
    """Put the unwritten short vowel ``a`` where the consonants could not be pronounced: between a
    word-initial consonant pair, before the third consonant of a run, and inside a final pair when the
    word has no written vowel (بنغازي → Banghazi, طرابلس → Tarablas, حلب → Halab)."""
    out: list[str] = []
    run = 0
    for i, (p, v) in enumerate(segs):
        if v:
            out.append(p)
            run = 0
            continue
        if (i == 1 and run == 1) or run >= 2:
            out.append("a")
            run = 0
        out.append(p)
        run += 1
    if len(segs) >= 3 and not any(v for _, v in segs) and run >= 2:
        out.insert(len(out) - 1, "a")
    return out


def romanize(text: str) -> str:
    """A readable Latin rendering of an Arabic name (see the table in the module docstring)."""
    words = normalize(text).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "عبد" and i + 1 < len(words) and words[i + 1] == "الله":
            out.append("Abdullah")
            i += 2
            continue
        if w in ("عبد", "ابو") and i + 1 < len(words):
            nxt = words[i + 1]
            if nxt.startswith("ال") and len(nxt) > 3:
                out.append(f"{_PARTICLES[w]} al-{_word(nxt[2:])}")
            else:
                out.append(f"{_PARTICLES[w]} {_word(nxt)}")
            i += 2
            continue
        if w == "عبدالله":
            out.append("Abdullah")
        elif w == "الله":
            out.append("Allah")
        elif w.startswith("عبد") and len(w) > 4 and w[3:].startswith("ال"):
            out.append(f"Abd al-{_word(w[5:])}")
        elif w.startswith("ال") and len(w) > 3:
            out.append("al-" + _word(w[2:]))
        elif w.startswith("لل") and len(w) > 4:
            out.append("al-" + _word(w[2:]))
        else:
            out.append(_word(w))
        i += 1
    text_out = " ".join(p for p in out if p)
    if text_out.startswith("al-"):
        text_out = "Al-" + text_out[3:] if len(out) == 1 else text_out
    return text_out


@lru_cache(maxsize=1)
def _glossary() -> dict[str, tuple[str, str]]:
    path = resources.files("marsad.actors").joinpath("data/org_latin.tsv")
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader((ln for ln in f if not ln.startswith("#")), delimiter="\t")]
    return {normalize(r[0].strip()): (r[1].strip(), r[2].strip() if len(r) > 2 else "") for r in rows[1:] if r}


def head_kind(word: str) -> str | None:
    """The actor kind an organisation whose name starts with ``word`` gets (حزب → party), if listed."""
    w = normalize(word)
    for form in (w, w[2:] if w.startswith("ال") else w):
        hit = _glossary().get(form)
        if hit and hit[1]:
            return hit[1]
    return None


def _translate_word(w: str) -> str | None:
    g = _glossary()
    nats = load_nationalities()
    for form in (w, w[2:] if w.startswith("ال") and len(w) > 3 else w):
        if form in g:
            return g[form][0]
        if form in nats:
            return nationality_english().get(nats[form], None)
    return None


def org_latin(name: str) -> str:
    """A readable English rendering of an organisation's Arabic name (see the module docstring)."""
    words = normalize(name).split()
    if not words:
        return ""
    # split «X of Y» at the first word carrying the preposition ل (للنفط، للدولة …)
    main, of_part = words, []
    for i, w in enumerate(words[1:], 1):
        if w.startswith("لل") and len(w) > 4:
            main, of_part = words[:i], ["ال" + w[2:], *words[i + 1 :]]
            break
    return " of ".join(p for p in (_english_order(main), _english_order(of_part)) if p)


def _english_order(words: list[str]) -> str:
    """Arabic head-first words rendered in English modifier-first order; runs of untranslated words
    (proper names) keep their own order."""
    units: list[tuple[str, bool]] = []
    for w in words:
        if w.startswith("و") and len(w) > 3 and units and _translate_word(w[1:]) is not None:
            prev, _ = units[-1]  # الصناعة والتجارة → Industry and Trade
            units[-1] = (f"{prev} and {_translate_word(w[1:])}", True)
            continue
        en = _translate_word(w)
        if en is not None:
            units.append((en, True))
        else:
            roman = romanize(w)
            if units and not units[-1][1]:
                units[-1] = (units[-1][0] + " " + roman, False)
            else:
                units.append((roman, False))
    return " ".join(u for u, _ in reversed(units))


def gazetteer_latin(name: str) -> str | None:
    """The Latin name of a place from the places stage's gazetteer (most populous match), if any.

    Used for LOC entities the places stage left unresolved and for names looked up outside a document.
    """
    try:
        from marsad.geo.gazetteer import load_places
        from marsad.geo.gazetteer import name_key as place_key

        entries = [e for e in load_places().lookup(place_key(name)) if not e.nisba and e.latin]
    except Exception:  # the gazetteer is optional here: fall back to the rule-based romanisation
        return None
    if not entries:
        return None
    best = max(entries, key=lambda e: (e.feature == "country", e.population))
    return str(best.latin)


class _UnitCache:
    """Remembers the romanizer model's answer per name unit across calls.

    The model (a small ONNX sequence-to-sequence network with beam search) is asked only for units its
    dictionary lacks; news repeats those units across articles, and a run of thousands of articles
    would otherwise decode the same unit again for every new full name it appears in.
    """

    def __init__(self, model: Any) -> None:
        self.model = model
        self.uses_roles = getattr(model, "uses_roles", True)
        self._cache: dict[tuple[str, str | None, str | None, int], Any] = {}

    def transliterate_units(
        self, units: list[str], country: str | None, top_k: int, roles: list[str | None] | None = None
    ) -> list[Any]:
        roles = roles if roles is not None else [None] * len(units)
        keys = [(u, r, country, top_k) for u, r in zip(units, roles, strict=True)]
        todo = [k for k in dict.fromkeys(keys) if k not in self._cache]
        if todo:
            answers = self.model.transliterate_units([k[0] for k in todo], country, top_k, roles=[k[1] for k in todo])
            self._cache.update(zip(todo, answers, strict=True))
        return [self._cache[k] for k in keys]


MAX_NAME_WORDS = 6
"""Longer person names are romanised in chunks (see :meth:`PersonRomanizer.prefetch`)."""


class PersonRomanizer:
    """Person names through arabic-name-romanizer, loaded once, with a per-name cache.

    ``use_model`` adds the package's neural model for name units its dictionary lacks.
    """

    def __init__(self, use_model: bool = False) -> None:
        self._tr: Any = None
        self._cache: dict[tuple[str, str | None], str] = {}
        self.use_model = use_model

    def _transliterator(self) -> Any:
        if self._tr is None:
            from arabic_name_romanizer import Transliterator

            # the package's dictionary (a Wikidata-derived index of name units) answers most names; its
            # neural fallback for unknown units is ~10x slower, so it is used only when asked for
            # ([actors] romanizer_model = true): measured +2.7 points on person names (82.0 → 84.7%)
            self._tr = Transliterator(auto_load_model=self.use_model)
            if self._tr.model is not None:
                self._tr.model = _UnitCache(self._tr.model)
        return self._tr

    def __call__(self, name: str, country: str | None = None) -> str:
        """The Latin spelling of a person's name; ``country`` (ISO code) picks the regional spelling."""
        key = (name, country)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        self.prefetch([key])
        return self._cache[key]

    def prefetch(self, items: list[tuple[str, str | None]]) -> None:
        """Romanise many names at once (one batched model call per country instead of one per name)."""
        by_country: dict[str | None, list[str]] = {}
        long: list[tuple[str, str | None]] = []
        for name, country in items:
            if (name, country) not in self._cache and len(name.split()) > MAX_NAME_WORDS:
                long.append((name, country))
            elif (name, country) not in self._cache:
                by_country.setdefault(country, [])
                if name not in by_country[country]:
                    by_country[country].append(name)
        for country, names in by_country.items():
            try:
                results = self._transliterator().transliterate_many(names, top_k=4, country=country)
            except Exception:  # the romanizer failing on an odd string must not lose the entity
                results = [[] for _ in names]
            for name, cands in zip(names, results, strict=True):
                self._cache[(name, country)] = self._pick(name, cands or [])
        for name, country in long:
            # a run of names the tagger took as one («… حسين شيعان أحمد عكاش محمد حسين …», a team line-up):
            # the romanizer ranks the product of every unit's spellings, which explodes past a few
            # words, so the run is romanised a few words at a time
            words = name.split()
            chunks = [" ".join(words[i : i + 4]) for i in range(0, len(words), 4)]
            self.prefetch([(c, country) for c in chunks])
            self._cache[(name, country)] = " ".join(self._cache[(c, country)] for c in chunks)

    @staticmethod
    def _pick(name: str, cands: list[Any]) -> str:
        n_words = len(name.split())
        usable = [c.text.strip() for c in cands if c.text.strip() and len(c.text.split()) <= n_words]
        # the index holds some lower-case noise («eisa»): a capitalised spelling is a real name form
        best = next((t for t in usable if t[0].isupper()), usable[0].title() if usable else "")
        if not best:
            best = romanize(name)
        return _clean(best).replace(" Al-", " al-")  # the article inside a name is lower case


def _clean(text: str) -> str:
    """Fold characters no reader needs (typographic apostrophes) and keep the name printable."""
    text = text.replace("’", "'").replace("ʿ", "'").replace("ʾ", "'")
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if ch.isprintable()).strip()


def is_readable_latin(text: str) -> bool:
    """True when ``text`` looks like a readable name: Latin letters (accents allowed), spaces, hyphens,
    apostrophes, dots and digits; no Buckwalter symbols ($ * < > | { } ~ ` ' inside words is fine)."""
    if not text or any("\u0600" <= ch <= "\u06ff" for ch in text):
        return False
    return all(ch.isalpha() or ch.isdigit() or ch in " -'.()&," for ch in text) and not any(
        ch in "$*<>|{}~`_^" for ch in text
    )
