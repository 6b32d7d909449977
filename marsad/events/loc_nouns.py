"""Places named by a common noun: «في العاصمة», «على الحدود», «في القطاع», «قرب بوابة السجن المركزي».

Arabic news often names the place of an event with a noun that refers back to a place named earlier («اشتباكات
في العاصمة», «معارك عنيفة دارت في المديرية», «انفجرت عبوتان ناسفتان على الحدود») or with a place word and a name
the gazetteer does not know («معارك في شارع الستين», «تقدما باتجاه سوق الخميس», «بالقرب من موقع ملحان»). Neither
is a candidate of :mod:`marsad.events.arg_candidates` (which only takes a place word without the article after
في/ب, from a shorter list). This module offers them to :func:`marsad.events.location.locate` as a last resort,
when no named place of the trigger's clause is where the event happened: the noun must follow a preposition of
place (في، ب، على، قرب، باتجاه …) in the trigger's clause, a few words after the trigger.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.constructions import COMMAS, FROM_WORD, ON, PLACE_HEADS, STOPS, nisba
from marsad.events.mention import Candidate, unnamed
from marsad.model import Token
from marsad.text.normalize import normalize


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


REFERRING = _keys(
    "عاصمة مدينة قطاع مديرية محافظة بلدة قرية حدود ضواحي مطار معبر مخيم سجن ميناء مناطق محافظات أحياء"
    " شريط مدن قرى بلدات"
)
"""Place nouns that, with the article, refer to a place («في العاصمة», «على الحدود», «في المناطق الجبلية»). Not
«المنطقة», mostly the region at large («بحث المستجدات في المنطقة», «شنوا هجوما في المنطقة»)."""
PRISON = normalize("سجن")
"""«بالسجن» is a prison sentence («حكم بالسجن سبع سنوات»), «في السجن» a place."""
HEADS = PLACE_HEADS | _keys(
    "شارع سوق موقع سد جبال مرتفعات بوابة شقة مثلث مفرق وادي قرى أحياء متحف مصنع مدرسة جامعة فندق كنيسة جامع"
    " حاجز نقطة ثكنة"
)
"""Place words that head a name the gazetteer may not know («شارع الستين», «سوق الخميس», «سد الفجرة»)."""
GOVERNORS = _keys("في قرب بالقرب داخل حول عند وسط ضواحي أطراف محيط باتجاه اتجاه نحو") | ON
"""Words after which a noun tells where something happened («في العاصمة», «باتجاه سوق الخميس», «على الحدود»)."""
IN = normalize("في")
AFTER_REACH = 10
"""At most this many words between a trigger and such a noun after it. A common noun before the trigger mostly
belongs to another predicate («الحصار المفروض على المدن اليمنية الأخرى وأعمال الاعتقال»): none is taken."""


def noun_place(
    toks: list[Token],
    keys: list[str],
    first: int,
    last: int,
    clause: list[int],
    taken: list[Candidate],
    only_in: bool = False,
) -> Candidate | None:
    """The nearest common-noun place after the trigger at ``first``..``last``, governed by a preposition of place
    in its clause; ``taken`` are the sentence's candidates (a noun inside one is not offered again). With
    ``only_in`` (a meeting, a call), only after في/ب: «تناولت الوضع على الحدود» is what it spoke of."""
    covered = {j for c in taken for j in range(c.first, c.last + 1)}
    here = clause[first]
    for j in range(last + 1, min(last + 1 + AFTER_REACH, len(toks))):
        if keys[j] in STOPS:
            return None  # the trigger's clause only
        if j in covered or clause[j] != here:
            continue
        span = noun_span(toks, keys, j)
        if span is not None and _governed(toks, keys, j, only_in):
            k = span[1] + 1
            if k < len(toks) and keys[k] in COMMAS:
                k += 1
            named = next((c for c in taken if c.first == k and _named_place(c)), None)
            if named is not None:
                return replace(named, after_prep=True)  # «في العاصمة، طرابلس»: the name in apposition
            return replace(unnamed(toks, j, span[1]), unknown_place=True, after_prep=True)
    return None


def _named_place(c: Candidate) -> bool:
    return c.place is not None or (c.entity is not None and c.entity.type in ("LOC", "GPE", "FAC"))


def noun_span(toks: list[Token], keys: list[str], j: int) -> tuple[int, int] | None:
    """The tokens of a common-noun place starting at ``j``: a referring noun with the article and its adjectives
    («العاصمة الليبية»), or a place word and the name after it («شارع الستين», «مثلث العلم»)."""
    tok = toks[j]
    if tok.suffix:
        return None  # «في معقلهم»: a noun with a pronoun
    definite = tok.core.startswith("ال") or "ال" in tok.prefix
    if definite and keys[j] in REFERRING:
        end = j
        while end + 1 < len(toks) and nisba(toks[end + 1]) and toks[end + 1].core.startswith("ال"):
            end += 1
        return j, end
    if not definite and keys[j] in HEADS and j + 1 < len(toks):
        nxt = toks[j + 1]
        if (
            nxt.core[:1].isalpha()
            and not nxt.prefix
            and keys[j + 1] not in GOVERNORS
            and keys[j + 1] != FROM_WORD
            and not (nisba(nxt) and not nxt.core.startswith("ال"))  # «أحياء سكنية», «قاعدة عسكرية»: no name
        ):
            return j, j + 1
    return None


def _governed(toks: list[Token], keys: list[str], j: int, only_in: bool) -> bool:
    """The noun at ``j`` follows a preposition of place, or ب glued to it («بالعاصمة»), or «بالقرب من»."""
    if "ب" in toks[j].prefix:
        return keys[j] != PRISON
    k = j - 1
    if only_in:
        return keys[k] == IN
    if keys[k] == FROM_WORD and k > 0 and keys[k - 1] in GOVERNORS:
        return True  # «بالقرب من موقع ملحان»
    return keys[k] in GOVERNORS
