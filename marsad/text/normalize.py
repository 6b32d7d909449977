"""Arabic normalisation for matching: one documented folding table.

The stored text is never changed: these functions produce a *matching key*. ``normalize_with_map``
also returns, for every character of the key, the offset of the original character it came from, so
that a match found in the key maps back to exact offsets in the original.

Why hand-written: pyarabic and CAMeL Tools each offer the individual foldings (``strip_tashkeel``,
``normalize_hamza``, ``normalize_alef_ar`` …) as separate regex passes; marsad normalises every token of
thousands of articles a day, so the whole table is applied in ONE ``str.translate`` call (C speed), and
the table is the single place that documents what is folded. The table is checked against pyarabic's
character classes in the tests.

Folding table (source → target):

======================================  ==========================  ==========================================
what                                    characters                  becomes
======================================  ==========================  ==========================================
harakat, tanween, shadda, sukun          U+064B–U+0652               removed
other combining Arabic marks             U+0653–U+065F, U+0670,      removed (maddah/hamza above/below as marks,
                                         U+06D6–U+06ED, U+08D3–08FF  superscript alef, Quranic annotation)
tatweel (kashida)                        U+0640                      removed
alef with hamza/madda, wasla, wavy       أ إ آ ٱ ٲ ٳ                  ا
alef maqsura, Farsi yeh, yeh variants    ى ی ې ۍ ێ                    ي
taa marbuta (and its Urdu/Kurdish form)  ة ۃ                          ه
waw with hamza                           ؤ                            و
yeh with hamza                           ئ                            ي
heh look-alikes (Urdu/Kurdish)           ہ ە ۀ ھ                       ه
kaf look-alikes (Persian keheh, Moroccan ک ڪ گ ڭ ݣ                     ك   (گ/ڭ write /g/, matched as ك)
  gaf ڭ)
Maghrebi qaf-with-three-dots /g/         ڨ                            ق   (Tunisian/Algerian ڨ for colloquial g)
veh, peh, tcheh, jeh                     ڤ پ چ ژ                      ف ب ج ز
Eastern Arabic and Persian digits        ٠–٩, ۰–۹                     0–9
Arabic decimal/thousands separators      ٫ ٬                          . ,
zero-width and bidi controls, BOM,       U+200B–U+200F, U+202A–202E, removed
  soft hyphen, Arabic letter mark        U+2066–U+2069, U+FEFF,
                                         U+00AD, U+061C
presentation forms and ligatures         U+FB50–U+FDFF, U+FE70–FEFF  NFKC first (ﻻ → لا, ﷲ → الله)
Latin letters                            A–Z …                       case-folded
======================================  ==========================  ==========================================

The hamza on the line (ء) is kept: it distinguishes words (ماء / ما) and the folding of the seated
hamzas already makes the common spelling variants meet.
"""

from __future__ import annotations

import re
import unicodedata

_REMOVE = (
    [chr(c) for c in range(0x064B, 0x0653)]
    + [chr(c) for c in range(0x0653, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + [chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2]
    + ["\u0640"]
    + [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\ufeff", "\u00ad", "\u061c"]
)

_MAP: dict[str, str] = {
    # alef forms
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # alef maqsura and yeh variants
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي",
    # taa marbuta
    "ة": "ه", "ۃ": "ه",
    # seated hamzas
    "ؤ": "و", "ئ": "ي",
    # heh look-alikes
    "ہ": "ه", "ە": "ه", "ۀ": "ه", "ھ": "ه",
    # kaf / gaf look-alikes
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڭ": "ك", "ݣ": "ك",
    # Maghrebi qaf with three dots (colloquial /g/)
    "ڨ": "ق",
    # Persian/Urdu letters used in Arabic-script loans and dialect spelling
    "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    # separators
    "٫": ".", "٬": ",",
}  # fmt: skip
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)

FOLDING_TABLE: dict[str, str] = {**{c: "" for c in _REMOVE}, **_MAP}
"""The folding table as ``{source character: replacement}`` (an empty replacement removes)."""

_TRANSLATE = str.maketrans({k: (v if v else None) for k, v in FOLDING_TABLE.items()})
_NEEDS_NFKC = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_HAS_UPPER = re.compile("[A-Z\u00c0-\u024f]")


def normalize(text: str) -> str:
    """Return the matching key of ``text`` (see the folding table in this module's docstring)."""
    if _NEEDS_NFKC.search(text):
        text = unicodedata.normalize("NFKC", text)
    out = text.translate(_TRANSLATE)
    if _HAS_UPPER.search(out):
        out = out.casefold()
    return out


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` and map every character of the result back to the original.

    Returns ``(key, offsets)`` where ``offsets`` has ``len(key) + 1`` entries: ``offsets[i]`` is the
    index in ``text`` of the character that produced ``key[i]``, and the last entry is ``len(text)``.
    So a match ``key[i:j]`` corresponds to ``text[offsets[i]:offsets[j-1] + 1]`` (see
    :func:`original_span`).
    """
    if not _NEEDS_NFKC.search(text):
        folded = text.translate(_TRANSLATE)
        if len(folded) == len(text) and not _HAS_UPPER.search(folded):
            # every character folded to exactly one (no mark removed, no case folding): the common case
            return folded, list(range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        piece = ch
        if "\ufb50" <= ch <= "\ufefe":
            piece = unicodedata.normalize("NFKC", ch)
        piece = piece.translate(_TRANSLATE)
        if piece and _HAS_UPPER.search(piece):
            piece = piece.casefold()
        for c in piece:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def original_span(offsets: list[int], i: int, j: int) -> tuple[int, int]:
    """Map the key span ``[i, j)`` back to ``(start, end)`` in the original text.

    Characters removed by the folding that sit inside the span (diacritics, tatweel) stay inside it;
    those trailing the last matched letter (a final diacritic) are included too, so that highlighting
    never cuts a word's marks.
    """
    if j <= i:
        return offsets[i], offsets[i]
    return offsets[i], max(offsets[j - 1] + 1, offsets[j])


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
_ANY_LETTER = re.compile(r"[^\W\d_]")


def arabic_ratio(text: str, sample: int = 20_000) -> float:
    """Share of the letters of ``text`` that are Arabic letters (0.0 when it has no letters).

    Only the first ``sample`` characters are looked at: enough to tell the language of an article,
    and it keeps this check cheap on very long texts.
    """
    head = text[:sample]
    letters = _ANY_LETTER.subn("", head)[1]
    if not letters:
        return 0.0
    return _ARABIC_LETTER.subn("", head)[1] / letters
