"""The dropped subject of a coordinated verb: «أكدت وزارة الدفاع أن مفرزة للجيش قضت على إرهابيين اثنين واسترجعت
مسدسين رشاشين», «حملت حكومة الوفاق الوطني اللواء خليفة حفتر مسؤولية التصعيد، وطالبته بسحب قواته», «إلا أن
فلاديمير بوتين أكد أنه سيعمل على خفض الإنفاق العسكري ونفى خوض سباق نحو التسلح».

A verb trigger glued to و/ف with no subject of its own (nothing acts right after it: the first name after it is its
object, an indefinite accusative «مسدسين» or a word farther on) shares the subject of the clause it is joined to:
the name right after «أن/إن» (the subject of a reported clause, SVO) or right after the verb that opens the
sentence or a clause after a comma (VSO). The search goes back over the sentence; a «أنه/إنه» whose pronoun
resumes that subject may stand between, a bare «أن/إن» (its clause has a subject of its own, unnamed: «ذكر المالكي أن
"الصاروخ … وأطلق»), a relative pronoun or another clause word may not (a verb after «التي سيطرت …» belongs to the
relative clause), and neither may a nearer subject. A trigger with a pronoun is a masdar unless it is a statement
(«وطالبته» is a verb, «إجبار اللاجئين … وطردهم» a masdar). When the coordinated verb follows
another trigger of the same type the coder already carries its actor (:mod:`marsad.events.coder`); this covers the
verbs that are no event («أكد … ونفى», «قضت … واسترجعت»). Called by :func:`marsad.events.arguments.attach`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import CLAUSE_WORDS, COMMAS, STOPS
from marsad.events.mention import STATEMENTS, Candidate, EventMention
from marsad.events.sharing import BARE_PREPOSITIONS, PRONOUN_SUBJECT
from marsad.model import Token
from marsad.text.normalize import normalize

THAT = frozenset(normalize(w) for w in ("أن", "إن", "بأن", "لأن"))
"""Complementizers after which a name is the subject of the clause they open."""
REACH = 30
"""At most this many words from the subject back from the coordinated verb."""


def _object_like(toks: list[Token], c: Candidate) -> bool:
    """An indefinite plural or singular in the accusative with no name («مسدسين رشاشين», «مسلحا»): the object of
    the verb before it, never its subject (which is nominative: «مسلحون»); not a word with a pronoun («وفجر أحدهما
    نفسه»)."""
    tok = toks[c.first]
    untyped = c.entity is None or c.entity.type == "MISC"  # «مسدسين رشاشين» tagged as a name
    return untyped and not tok.suffix and not tok.core.startswith("ال") and tok.core.endswith(("ين", "ا"))


def _subject_position(toks: list[Token], keys: list[str], c: Candidate) -> bool:
    """``c`` stands where a clause's subject stands: right after «أن/إن», or right after a verb that opens the
    sentence or a clause after a comma (a word with no clitic but و/ف)."""
    j = c.first - 1
    if j < 0 or c.after_prep or toks[c.first].prefix:
        return False
    if keys[j] in THAT:
        return True
    verb = toks[j]
    # a verb opens the sentence, or a clause joined by «، و…» («، ورفع الصحفيون»; not «، تورط موسكو», a noun)
    opens = j == 0 or (toks[j - 1].text in COMMAS and verb.prefix in ("و", "ف"))
    return (
        opens
        and verb.core[:1].isalpha()
        and verb.prefix in ("", "و", "ف")
        and keys[j] not in CLAUSE_WORDS
        and keys[j] not in BARE_PREPOSITIONS
    )


def dropped_subject(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    verbish: bool,
    actor: Candidate | None,
    can: Callable[[Candidate], bool],
) -> Candidate | None:
    """The subject the coordinated verb trigger ``m`` shares with the clause before it, when it has none of its own
    (``actor`` is None, or stands after it and is no subject), or None."""
    toks = m.sentence.tokens
    first, last = m.first, m.last
    if not verbish or first == 0 or not ({"و", "ف"} & set(toks[first].prefix)):
        return None
    if toks[first].suffix and m.entry.plover_type not in STATEMENTS:
        return None  # «دانت المنظمة إجبار اللاجئين على المغادرة وطردهم»: a masdar with its pronoun, not a verb
    if {"ب", "ل"} & set(toks[first - 1].prefix):
        return None  # «شاب متهم باغتصاب وقتل فتاة»: a masdar coordinated with the one under the preposition
    if actor is not None:
        if actor.first <= last:
            return None  # a side before the verb was chosen by the clause's own rules
        if actor.first == last + 1 and not _object_like(toks, actor):
            return None  # «وقصفت الطائرات»: a new subject right after the verb
    for j in range(first - 1, max(-1, first - REACH - 1), -1):
        if keys[j] in STOPS or toks[j].text in STOPS:
            return None
        if (keys[j] in CLAUSE_WORDS and keys[j] not in PRONOUN_SUBJECT) or keys[j] in THAT:
            return None  # «ذكر المالكي أن "الصاروخ … وأطلق»: the reported clause's own subject is unnamed
        if keys[j] in PRONOUN_SUBJECT and (toks[j].prefix or m.entry.plover_type not in STATEMENTS):
            # «أكد بوتين أنه سيعمل … ونفى»: a statement goes on with the speaker; «قالت حماس إنها تدين استهداف الموكب
            # وضرب جهود المصالحة» (a masdar), «لأنها قد تفتح الباب … وتهدد» (another noun's pronoun) do not
            return None
        c = next((c for c in every if c.first == j), None)
        if c is not None and c.last < first and _subject_position(toks, keys, c):
            return c if can(c) else None
    return None
