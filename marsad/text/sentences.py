"""Sentence splitting for Arabic news text (with the Latin-script passages news text carries).

:func:`split_sentences` returns ``(start, end)`` spans into the ORIGINAL text: each span is stripped
of surrounding whitespace, non-empty, and the spans are in order and do not overlap. Every
non-whitespace character of the text lies in exactly one span.

Why hand-written
----------------
Checked against the two light PyPI splitters that claim Arabic support (pysbd 0.3.4, sentencex
1.0.32), on Arabic news lines:

* ``pysbd`` (``language="ar"``, last release 2021) splits after «د.» (doctor), cuts «؟!» into two
  sentences, splits at a colon, ignores line breaks, and needs ~2 s for 200,000 characters.
* ``sentencex`` splits after «د.» and «م.» and does not end a sentence at a line break, so a
  headline without a full stop is glued to the first paragraph.

NLTK's punkt has no Arabic model (and its models are a separate download, which an offline install
cannot make); spaCy, Stanza and wtpsplit bring models far heavier than the core install allows
(``docs/house-style.md`` point 13). The rules below are the ones Arabic news actually needs, in a
handful of compiled regular expressions: the text is scanned in C by ``re`` and Python only looks
at the few candidate boundaries (roughly one per sentence), so a million words take about a second.

The rules
---------
1. **Line breaks** end a sentence: news text has one paragraph per line, and headlines, datelines
   and captions have no final punctuation.
2. **Sentence-final punctuation** is ``. ! ? ؟ …`` (and ``۔ ‼ ⁇ ⁈ ⁉``) and any run of them
   (``!!``, ``؟!``, ``...``). Closing quotes and brackets right after the run (``» " ” ’ ' ) ] }
   ›``) belong to the sentence they close. The run must be followed by whitespace, the end of the
   line, an Arabic letter (sloppy typing: «الماضي.وقال») or an opening quote or bracket. So a
   mark directly followed by a digit or a Latin letter never ends a sentence: numbers (``3.5``,
   ``٣.٥``, ``1.000.000``), dates (``2019.07.31``), versions (``v2.1``), URLs, e-mail addresses,
   ``U.S.A``. (``٣٫٥`` uses the Arabic decimal separator and is never a candidate.)
3. **Abbreviations** keep a single full stop from ending the sentence:

   * a single Arabic letter: the titles «د.» (doctor), «م.» (engineer), «أ.» (professor), «أ.د.»,
     and «ص.» (page), «ج.» (part, or the Egyptian pound), «ت.» (telephone), «ص.ب» (P.O. box) …
     Arabic has no one-letter words that stand alone (the one-letter words و ف ب ل ك are
     proclitics written joined to the next word), so a lone letter before a full stop is an
     abbreviation, and so is a letter with و joined to it («وم.», «ود.»). Two exceptions end the
     sentence: «م.» or «هـ.» right after a number is the era («عام 2019 م.», «1441 هـ.»), and three
     spaced single letters are an agency acronym («أ ف ب.», «د ب أ.», «أ ش أ.»). A dotted byline
     («(د.ب.أ)») has no space after its full stops and bracketed bylines («(واس)», «(د ب أ)») contain
     no full stop, so both stay inside their sentence.
   * Latin titles and abbreviations (:data:`LATIN_ABBREVIATIONS`: Mr., Dr., Gen., Jan. …), dotted
     initialisms (U.S., U.N., e.g., i.e., a.m.) and single capital initials (J. Smith, M. Macron).
     «No.», «Art.», «Vol.», «p.», «pp.», «Fig.» count only before a number («No. 5», but
     «He said no.»).
   * a full stop or ellipsis followed by a space and a lowercase Latin letter (an unlisted Latin
     abbreviation: «approx. five»).
   * an Arabic domain suffix glued to the full stop («الجزيرة.نت»), or a mark inside a URL or
     e-mail address that is directly followed by another character.
   * a list marker: a number of one or two digits that opens the sentence («1. النقطة الأولى»).
   * a run that follows an opening bracket or quote is an elision or an aside («(...)», «[…]»,
     «الرئيس (!) قال») and ends nothing.
4. **Short quotations and brackets**: a boundary that falls inside a «…», “…”, "…" or (…) that
   closes on the same line within :data:`SHORT_QUOTE_CHARS` characters is not a sentence end
   («قال: «لن نتراجع. أبدا» ثم غادر» is one sentence). Nor is the closing mark of a quoted term,
   at most :data:`QUOTED_TERM_WORDS` words quoted mid-sentence («وصف الاتفاق بأنه "تاريخي!" ثم
   غادر»); a quotation after a colon or a dash, or opening its line, may end a sentence («قال:
   «نعم.» وأضاف»). A long quotation (a spokesman's statement of several sentences) is split inside
   like any other text; a quote that never closes on its line does not affect splitting.
5. **Stray punctuation**: a piece with no letter or digit (a lone «!» after «ماذا؟ !») is joined to
   the sentence before it on the same line. A line of punctuation only («***») is its own sentence.
6. **Length cap**: the NER tagger downstream works on bounded sentences, so a sentence of more than
   ``max_tokens`` (default :data:`MAX_SENTENCE_TOKENS`, counted as whitespace-separated words) is cut
   after the last comma («،» «,» «؛» «;», not a thousands comma) in the second half of its first
   ``max_tokens`` words, or, when there is none, after the ``max_tokens``-th word. The pieces never
   exceed ``max_tokens`` words. Long paragraphs with no punctuation otherwise stay one sentence.
"""

from __future__ import annotations

import bisect
import re

from marsad.text.normalize import normalize

MAX_SENTENCE_TOKENS = 400
"""Longest sentence handed on, in whitespace-separated words (see rule 6)."""

SHORT_QUOTE_CHARS = 200
"""A quotation or bracket at most this long (marks included, ≈35 Arabic words) is never split."""

QUOTED_TERM_WORDS = 3
"""A quotation of at most this many words in the middle of a sentence is a quoted term (rule 4)."""

LATIN_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Messrs Dr Drs Prof Sr Jr St Ste Gen Lt Col Capt Cpt Sgt Maj Adm Cmdr Gov Sen Rep Pres
    Amb Rev Hon Mme Mlle MM Mgr Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs cf al approx ca
    Dept Univ Ave Blvd Mt Ft""".split()
)
"""Latin abbreviations (case-sensitive) after which a full stop does not end a sentence. Titles and
month names as they appear in English and French quotations in Arabic news. «etc.», «Inc.» and
«Ltd.» are left out: in news they mostly end the sentence."""

NUMBER_ABBREVIATIONS = frozenset({"No", "Nos", "no", "Art", "art", "Vol", "vol", "p", "pp", "Fig", "fig"})
"""Latin abbreviations that are abbreviations only before a number («No. 5» but «He said no.»)."""

_ARABIC = "\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc"
_FINAL = ".!?؟…\u06d4\u203c\u2047\u2048\u2049"
_CLOSE = "»\"”’')\\]}›"
_OPEN = "«“(\\[{‹\"'"
_ELISION_OPEN = "«“(\\[{‹"  # not the straight quotes: «نعم"...» has a CLOSING " before the ellipsis

# Invisible format characters (zero-width space/joiners, bidi marks and isolates, BOM, Arabic letter
# mark) that Arabic web text is full of: they count as whitespace at the edges of a sentence.
_INVISIBLE = frozenset(
    chr(c) for c in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF, 0x061C)
)
_INVISIBLE_CHARS = "".join(sorted(_INVISIBLE))
# A candidate boundary: a run of final marks, then any mix of marks and closers, then something that
# may start a new sentence (see rule 2). Possessive quantifiers: no backtracking into the run.
_CANDIDATE = re.compile(
    rf"(?P<run>[{_FINAL}]++)(?P<tail>[{_FINAL}{_CLOSE}]*+)(?=\s|$|[{_ARABIC}{_INVISIBLE_CHARS}«“(\[‹])"
)
_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_SPACED_ACRONYM = re.compile(rf"(?:^|[\s{_OPEN}])[{_ARABIC}](?:\s+[{_ARABIC}]){{2}}\Z")
_DOTTED_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\Z")
_SINGLE_CAPITAL = re.compile(r"[A-Z]\Z")
_SHORT_NUMBER = re.compile(r"\d{1,2}\Z")
_NUMBER = re.compile(r"[\d٠-٩۰-۹][\d٠-٩۰-۹.,٫٬]*\Z")
_URLISH = re.compile(r"://|www\.|@", re.IGNORECASE)
_NEXT_LOWER_LATIN = re.compile(r"\s+[a-z]")
_NEXT_DIGIT = re.compile(r"\s*[\d٠-٩۰-۹]")
_ARABIC_DOMAIN = re.compile(rf"(?:نت|كوم|أورغ|اورغ|أورج)(?![{_ARABIC}])")
_WORD_CHAR = re.compile(r"\w")
_NOT_MID_SENTENCE = frozenset(":-–—\n\r\u2028\u2029" + _FINAL)
_TOKEN = re.compile(r"\S+")
_BREAK_COMMA = re.compile(r"،|[,;؛](?![\d٠-٩۰-۹])")
_SPAN_PATTERNS = (
    re.compile(r"«[^«»\n]*»"),
    re.compile(r"“[^“”\n]*”"),
    re.compile(r'"[^"\n]*"'),
    re.compile(r"\([^()\n]*\)"),
)
_ARABIC_LETTER = re.compile(rf"[{_ARABIC}]\Z")
_ERA_LETTERS = frozenset("مه")


def split_sentences(text: str, max_tokens: int = MAX_SENTENCE_TOKENS) -> list[tuple[int, int]]:
    """Split ``text`` into sentences, returned as ``(start, end)`` character spans of ``text``.

    The spans are stripped of surrounding whitespace, non-empty, in order and non-overlapping; an
    empty or blank text gives ``[]``. The rules (line breaks, Arabic and Latin punctuation,
    abbreviations, quotations, the ``max_tokens`` cap) are described in this module's docstring.

    >>> text = "قال د. أحمد إن الوضع خطير. وأضاف: «لن نتراجع»"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['قال د. أحمد إن الوضع خطير.', 'وأضاف: «لن نتراجع»']
    """
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be at least 1, got {max_tokens}; pass a positive word count")
    spans: list[tuple[int, int]] = []
    quoted = _short_spans(text)
    for line in _LINE.finditer(text):
        start, end = _strip(text, line.start(), line.end())
        if start < end:
            _split_line(text, start, end, quoted, spans, max_tokens)
    return spans


def _split_line(
    text: str,
    start: int,
    end: int,
    quoted: list[tuple[list[int], list[int]]],
    out: list[tuple[int, int]],
    max_tokens: int,
) -> None:
    """Append the sentences of the stripped line ``text[start:end]`` to ``out``."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for m in _CANDIDATE.finditer(text, start, end):
        cut = m.end()
        if cut >= end:
            break  # the line ends here anyway
        if _quote_blocks(text, quoted, cut) or not _is_boundary(text, m, piece_start, start, end):
            continue
        pieces.append((piece_start, cut))
        piece_start, _ = _strip(text, cut, end)
    pieces.append((piece_start, end))

    line_first = len(out)
    for s, e in pieces:
        s, e = _strip(text, s, e)
        if s >= e:
            continue
        if len(out) > line_first and not _WORD_CHAR.search(text, s, e):
            out[-1] = (out[-1][0], e)  # stray punctuation joins the sentence before it (rule 5)
            continue
        out.append((s, e))
    if any(e - s >= 2 * max_tokens - 1 for s, e in out[line_first:]):
        capped: list[tuple[int, int]] = []
        for s, e in out[line_first:]:
            capped.extend(_cap(text, s, e, max_tokens))
        out[line_first:] = capped


def _is_boundary(text: str, m: re.Match[str], sentence_start: int, line_start: int, line_end: int) -> bool:
    """Whether the candidate ``m`` (a run of final marks, see ``_CANDIDATE``) ends a sentence."""
    p = m.start()
    if p == sentence_start:
        # A run opening a line («... وتابع») ends nothing; a run right after a cut («ماذا؟ !») is
        # stray punctuation, cut here so that it joins the sentence before it (rule 5).
        return sentence_start > line_start
    if text[p - 1] in _ELISION_OPEN:
        return False  # «(...)», «[…]», «(!)»: an elision or an aside
    run = m.group("run")
    if m.group("tail") == "" and m.end() < line_end and not text[m.end()].isspace():
        # The mark is glued to what follows (an Arabic letter or an opening quote).
        if run == "." and _ARABIC_DOMAIN.match(text, m.end()):
            return False
    before = text[max(sentence_start, p - 60) : p]
    if before[-1].isspace():
        return True  # a space before the mark («انتهى .»): no word to abbreviate
    words = before.rsplit(None, 2)
    word = words[-1]
    prev = words[-2] if len(words) > 1 else None
    glued = m.end() < line_end and not text[m.end()].isspace()
    if glued and _URLISH.search(word):
        return False
    if set(run) <= {".", "…"} and _NEXT_LOWER_LATIN.match(text, m.end(), line_end):
        return False
    if run != ".":
        return True
    return not _is_abbreviation(text, word, prev, before, m.end(), line_end, sentence_start, p)


def _is_abbreviation(
    text: str,
    word: str,
    prev: str | None,
    before: str,
    after: int,
    line_end: int,
    sentence_start: int,
    p: int,
) -> bool:
    """Whether ``word`` followed by a single full stop is an abbreviation, not a sentence end."""
    bare = word.lstrip(_OPEN)
    if prev is None and p - len(word) == sentence_start and _SHORT_NUMBER.match(bare):
        return True  # a list marker «1.» opening the sentence
    last = bare.rsplit(".", 1)[-1]  # «أ.د» → «د»
    key = normalize(last)
    if len(key) == 2 and key[0] == "و" and _ARABIC_LETTER.match(key[1]):
        # «وم.», «ود.»: the conjunction و written joined to a title. Only و: with ب ل ف ك a two-letter
        # word is often a real one («لا.», «لك.», «بل.»), with و hardly ever.
        key = key[1]
    if len(key) == 1 and _ARABIC_LETTER.match(key):
        if key in _ERA_LETTERS and "." not in bare and prev is not None and _NUMBER.match(prev):
            return False  # «عام 2019 م.»: the era, not the title «م.» (engineer)
        if "." not in bare and _SPACED_ACRONYM.search(before[-24:]):
            return False  # «أ ف ب.»: an agency acronym ending the sentence
        return True
    if _DOTTED_INITIALISM.match(bare) or _SINGLE_CAPITAL.match(bare):
        return True
    if bare in LATIN_ABBREVIATIONS:
        return True
    return bare in NUMBER_ABBREVIATIONS and _NEXT_DIGIT.match(text, after, line_end) is not None


def _short_spans(text: str) -> list[tuple[list[int], list[int]]]:
    """Short quotations and brackets of ``text`` (rule 4), one ``(starts, ends)`` pair per kind.

    Spans of one kind never overlap (the patterns exclude their own marks), so a bisect on the
    starts finds the only span of that kind that may contain a position.
    """
    result = []
    for pattern in _SPAN_PATTERNS:
        starts: list[int] = []
        ends: list[int] = []
        for m in pattern.finditer(text):
            if m.end() - m.start() <= SHORT_QUOTE_CHARS:
                starts.append(m.start())
                ends.append(m.end())
        if starts:
            result.append((starts, ends))
    return result


def _quote_blocks(text: str, quoted: list[tuple[list[int], list[int]]], cut: int) -> bool:
    """Whether a short quotation or bracket forbids a cut at ``cut`` (rule 4).

    It does when the cut falls strictly inside it, and when the cut falls right after the closing
    mark of a quoted term: at most :data:`QUOTED_TERM_WORDS` words quoted in the middle of a sentence
    («وصف الاتفاق بأنه "تاريخي!" ثم غادر»). A quotation that opens its line or follows a colon or a
    dash is a sentence of its own («قال: «نعم.» وأضاف» is cut after »).
    """
    for starts, ends in quoted:
        i = bisect.bisect_left(starts, cut) - 1
        if i < 0:
            continue
        if cut < ends[i]:
            return True
        if cut == ends[i] and len(text[starts[i] : cut].split()) <= QUOTED_TERM_WORDS:
            j = starts[i] - 1
            while j >= 0 and (text[j] in " \t" or text[j] in _INVISIBLE):
                j -= 1
            if j >= 0 and text[j] not in _NOT_MID_SENTENCE:
                return True
    return False


def _cap(text: str, start: int, end: int, max_tokens: int) -> list[tuple[int, int]]:
    """Cut the sentence ``text[start:end]`` into pieces of at most ``max_tokens`` words (rule 6)."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    if len(tokens) <= max_tokens:
        return [(start, end)]
    token_ends = [e for _, e in tokens]
    pieces: list[tuple[int, int]] = []
    pos, i = start, 0
    while len(tokens) - i > max_tokens:
        limit = tokens[i + max_tokens - 1][1]
        lo = max(pos, tokens[i + max_tokens // 2][0])
        cut = limit
        for c in _BREAK_COMMA.finditer(text, lo, limit):
            cut = c.end()
        pieces.append(_strip(text, pos, cut))
        pos, _ = _strip(text, cut, end)
        i = bisect.bisect_right(token_ends, pos)
    pieces.append((pos, end))
    return [(s, e) for s, e in pieces if s < e]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` past whitespace and invisible format characters at both edges."""
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return start, end
