"""Saudi and Yemeni administrative centres: «مركز X» is a place only where a unit it lies in follows.

«مركز» (centre) names the lowest administrative unit of Saudi Arabia (and Egypt's «مركز» districts), but
far more often an institution: «مركز الصيانة والتشغيل», «مركز نداء الأمل للمعاقين», «مركز اقتراع» (a
polling station). So it is no kind word of ``data/kind_words.tsv``; :meth:`marsad.geo.context._Finder.in_sentence`
takes «مركز X» as a town only when the words after X put it in a unit («مركز المسيال بقطاع ظهران الجنوب»,
«مركز نجع حمادي التابع لمحافظة قنا»), and X is no common indefinite noun.

Hand-written: the pattern is read off Saudi civil-defence and border-guard news.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Token
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize

CENTRE = normalize("مركز")
"""The singular (with a clitic too: «بمركز», «ومركز»); the plural «مراكز» is read by the list rules."""
CENTRE_UNITS = frozenset(normalize(w) for w in "قطاع محافظة منطقة إمارة".split())
"""Units a centre lies in, named right after it: «بقطاع …», «بمحافظة …», «التابع لمحافظة …»."""
CENTRE_NOUN_ZIPF = 3.0
"""An indefinite word after «مركز» this common is what the centre is for, not its name (names are rarer:
«مركز مسيال», Zipf 1.0; «مركز اقتراع», 3.5)."""


def centre_noun(word: str) -> bool:
    """Whether an indefinite word after «مركز» is a noun of some currency: «مركز اقتراع», a polling station."""
    return not word.startswith("ال") and zipf(word) >= CENTRE_NOUN_ZIPF


def in_unit(toks: Sequence[Token], j: int) -> bool:
    """Whether the words at ``j`` put what precedes in an administrative unit: «بقطاع …», «بمحافظة …»,
    «التابع لمحافظة …». Elsewhere «مركز X» is mostly an institution («مركز اليتيمات في محافظة حفر الباطن»)."""
    if j >= len(toks):
        return False
    tok = toks[j]
    if tok.core in ("التابع", "التابعه") and j + 1 < len(toks):
        nxt = toks[j + 1].norm
        return nxt.startswith("ل") and nxt[1:] in CENTRE_UNITS
    return tok.norm.startswith("ب") and tok.norm[1:] in CENTRE_UNITS


def institution(toks: Sequence[Token], h: int, n: int, heads: frozenset[str]) -> bool:
    """Whether «مركز» + the ``n`` name tokens at ``h`` is an institution rather than a centre: no unit
    follows the name, or the name is a common indefinite noun (``heads``: words that begin place names,
    «نجع», «بني», which are never that noun)."""
    first = toks[h].core
    return not in_unit(toks, h + n) or (first not in heads and centre_noun(first))
