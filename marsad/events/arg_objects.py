"""A described person as the object of an attack or an arrest: «اغتيال النائب العام المستشار هشام بركات».

The person an attack or an arrest falls on is often given by a noun phrase with no name the tagger knows:
«اختطف مسلحون مجهولون رجل أعمال تونسي», «اغتال مسلحون الناشطة الحقوقية سلوى بوقعيقيص», «قتل لاعب كرة قدم»,
«أوقفت الشرطة المتهم», «تفكيك خلية»; the events dev set annotates such a descriptive phrase when no name is
given (bench/dev/README-events.md). The object stands right after a noun trigger (a masdar in construct with its
object: «اغتيال النائب العام») or right after the subject of a verb trigger (verb–subject–object: «اختطف
مسلحون مجهولون رجل أعمال», the subject's adjectives passed over). Only phrases headed by a noun of a person or a
role (``data/arg_person_heads.tsv``) are taken: a building or a town hit is the location, not a target.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from marsad.events.constructions import OPENING_QUOTES, TIME_WORDS, bare_nisba
from marsad.events.lexicon import strip_article, tsv_rows
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.model import Token
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics

DATA = Path(__file__).parent / "data" / "arg_person_heads.tsv"
ONE_OF = frozenset(normalize(w) for w in ("أحد", "احد", "إحدى", "احدى"))
"""«one of» before the head: «اعتقال أحد قياديي بوكو حرام», «استشهاد أحد المواطنين»."""
FUNCTION_WORDS = frozenset(
    normalize(w)
    for w in (
        "بعد قبل عند خلال منذ أثناء اثناء عقب إثر اثر ثم حيث حين بين داخل خارج فوق تحت قرب نحو حوالي لدى "
        "في من على عن إلى الى مع ضد كان كانت قد وقد الذي التي الذين بينما فيما أمام"
    ).split()
)
"""Words that end the phrase after an indefinite head (a circumstance or a clause begins)."""
SPAN = 5
"""Words of the phrase at most (head, construct noun, adjectives, a name)."""
SUBJECT_ADJECTIVES = 2
TYPES = ("ASSAULT", "COERCE")


@cache
def person_heads() -> frozenset[str]:
    """The normalised heads of the data file (keys without the article)."""
    return frozenset(strip_article(normalize(form)) for _, (form, _note) in tsv_rows(DATA, 2))


def _person(key: str) -> bool:
    """A head of the data file, also in the accusative with tanwin alif («شابا», «مواطنا», «طفلا»)."""
    heads = person_heads()
    return key in heads or (len(key) > 3 and key.endswith("ا") and key[:-1] in heads)


def _bare(tok: Token) -> bool:
    return not clitics(tok) and tok.core[:1].isalpha()


def _adjective(tok: Token, subject: Token) -> bool:
    """An adjective agreeing with a plural or feminine subject («مسلحون مجهولون», «عناصر إرهابية»)."""
    if not _bare(tok):
        return False
    if bare_nisba(tok):
        return True
    for ending in ("ون", "ين", "ه"):
        if subject.core.endswith(ending) and tok.core.endswith(ending) and len(tok.core) >= 5:
            return True
    return False


def person_object(
    m: EventMention, every: list[Candidate], keys: list[str], verbish: bool, actor: Candidate | None
) -> Candidate | None:
    """The described person right after a noun trigger or after a verb trigger's subject, or None."""
    if m.entry.plover_type not in TYPES:
        return None
    toks = m.sentence.tokens
    n = len(toks)
    if verbish and actor is not None and actor.last < m.first:
        start = m.last + 1  # subject-verb-object: «أن أحدهما طعن رجل الأمن»
    elif verbish:
        if actor is None or actor.first <= m.last or actor.first - m.last > 3:
            return None
        start = actor.last + 1
        while start < n and start - actor.last <= SUBJECT_ADJECTIVES and _adjective(toks[start], toks[actor.last]):
            start += 1
    else:
        start = m.last + 1
    while start < n and keys[start] in TIME_WORDS:
        start += 1  # «اعتقلت الاثنين زعيم …»
    if start < n and keys[start] in ONE_OF:
        start += 1
    if start >= n or not _bare(toks[start]) or not _person(keys[start]):
        return None
    if not verbish and start == m.last + 1 and bare_nisba(toks[start]):
        definite = toks[start].core.startswith("ال")
        if definite == toks[m.last].core.startswith("ال"):
            return None  # «الهجوم الإرهابي», «هجوم إرهابي»: an adjective agreeing with the noun, no object
    if any(c.first <= start <= c.last for c in every):
        return None  # a candidate already names it: the usual rules decide
    end = start
    while end + 1 < n and end + 1 - start < SPAN and _bare(toks[end + 1]) and keys[end + 1] not in TIME_WORDS:
        nxt = toks[end + 1]
        named = next((c for c in every if c.first == end + 1), None)
        if named is not None:
            if named.place is not None or named.after_prep or named.unknown_place:
                break
            return _span(toks, start, named.last, named)  # «المستشار هشام بركات», «قيادي بوكو حرام»
        if bare_nisba(nxt) or nxt.core.startswith("ال"):
            end += 1  # «الناشطة الحقوقية», «النائب العام»
            continue
        if end == start and not toks[start].core.startswith("ال") and keys[end + 1] not in FUNCTION_WORDS:
            end += 1  # an indefinite head in construct: «رجل أعمال», «لاعب كرة قدم»
            continue
        break
    return _span(toks, start, end, None)


def _span(toks: list[Token], a: int, b: int, named: Candidate | None) -> Candidate:
    c = unnamed(toks, a, b)
    if named is None:
        return c
    return Candidate(a, b, c.start, c.end, c.text, named.entity, None, False)


def quoted_object(m: EventMention, every: list[Candidate], actor: Candidate | None) -> Candidate | None:
    """The object of a verb trigger opened by a quote right after the verb or after its subject («اتهم مسؤول
    "خلايا إرهابية نائمة"», «متهما «قوى سوداء» بنشر …»): the quote starts a clause of its own for the other rules,
    but the side named at once inside it is the object; else None."""
    toks = m.sentence.tokens
    start = actor.last + 1 if actor is not None and actor.first > m.last else m.last + 1
    if start >= len(toks) or toks[start].text not in OPENING_QUOTES:
        return None
    found = next((c for c in every if c.first == start + 1 and not c.after_prep and c.place is None), None)
    if found is None or found is actor or (found.entity is None and toks[found.first].prefix):
        return None
    return found
