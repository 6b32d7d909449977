"""«وصف … بأنه» with a word of blame is a disapproval (ACCUSE): the word may stand far after the verb, and the masdar
«بوصفه» or «ما وصفه» names no blame of its own.

:func:`described_as` looks for the blame word past the subject, the object, «بأنه» and the quotation marks
(«ووصفت الحكومة الإسرائيلية هجوم الجمعة بأنه “هجوم إرهابي”»), beyond the five words of a ``next=`` condition.

«ووصفت الحكومة الإسرائيلية هجوم الجمعة بأنه هجوم إرهابي», «حول وصف رئيس الحكومة … ما حصل بالعمل الإرهابي» are
ACCUSE (the ``next=`` words of blame of their entries in triggers.tsv); «تصوير القوات الدولية بوصفها قوات صليبية»
("as crusader forces") describes nothing that anybody did: the masdar with ب and a pronoun is no trigger. «ما وصفه
بـ», «لما وصفه» ("what he called") is the writer's distance from a word quoted as the object of another act, the
act being the event: «واستنكر ترمب ما وصفه بـ"الهجوم البشع"», «لمواجهة ما وصفه بـ"العدوان" التركي».
"""

from __future__ import annotations

from marsad.events.constructions import STOPS
from marsad.events.detect_warnings import warned_of
from marsad.events.lexicon import Trigger
from marsad.model import Token
from marsad.text.normalize import normalize

DESCRIBE = normalize("وصف")
WHAT = frozenset(normalize(w) for w in "ما لما بما فيما مما عما".split())
"""«ما» alone or with a preposition («لما وصفه بالإرهاب», «فيما وصفته بجريمة جديدة»)."""


def no_blame(entry: Trigger, tokens: list[Token], i: int) -> bool:
    """The ACCUSE trigger at ``i`` is «بوصفه/بوصفها» ("as": the masdar of «وصف» after ب with a pronoun) or
    «وصف» right after «ما» («ما وصفه بـ»)."""
    tok = tokens[i]
    if entry.plover_type != "ACCUSE" or not tok.core.startswith(DESCRIBE):
        return False
    if i > 0 and (tokens[i - 1].norm in WHAT or tokens[i - 1].core in WHAT) and not tok.prefix:
        return True
    return "ب" in tok.prefix and tok.core != DESCRIBE


DESCRIBED_SPAN = 12
"""Tokens after «وصف» in which its word of blame may stand: past a long subject, the object and «بأنه» and the
quotation marks («ووصفت الحكومة الإسرائيلية هجوم الجمعة بأنه “هجوم إرهابي”»)."""


def described_as(entry: Trigger, tokens: list[Token], keys: list[str], i: int) -> bool:
    """«وصف» at ``i`` has one of its entry's words of blame (the ``next=`` list) within :data:`DESCRIBED_SPAN`
    tokens, before the sentence's next stop; or a warning at ``i`` warns of a danger past its entry's window
    (:func:`~marsad.events.detect_warnings.warned_of`)."""
    if warned_of(entry, tokens, keys, i):
        return True
    if entry.needs is None or entry.needs[0] != "next" or not tokens[i].core.startswith(DESCRIBE):
        return False
    words = entry.needs[1]
    for k in range(i + 1, min(len(tokens), i + 1 + DESCRIBED_SPAN)):
        if tokens[k].text in STOPS:
            return False
        if keys[k] in words:
            return True
    return False
