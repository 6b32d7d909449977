"""The side that receives backing named in a circumstantial «بإسناد من X», «بدعم من X»: the clause's subject.

Battle reports give the air or allied support of an operation in a ب-phrase between the verb's subject and
its object: «شنت ألوية العمالقة بإسناد من قوات التحالف … هجوما», «انتزع الجيش اليمني، بإسناد من طيران
التحالف، مواقع …», «اقتحمت المقاومة الشعبية في اليمن بدعم من طائرات التحالف قاعدة العند», «الثوار، مدعومين
بعناصر الجيش، وبغطاء جوي من التحالف، تمكنوا …». The giver follows «من» (the aid's actor); the subject the phrase
qualifies receives it (the target), as the events dev set annotates it. Of a coordinated subject («المقاومة
الشعبية وقوات الجيش») the first conjunct is taken, as for actors. When the aside stands between the subject and
its verb («الحكومة السورية، بمساعدة قوات حليفة لها، استعادت»), the giver is the candidate nearest the verb and
was taken for its actor; :func:`backed_subject` gives the act back to the subject before the aside.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import STOPS, preposition
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention
from marsad.text.normalize import normalize

REACH = 10
"""Words back from the ب-phrase to the subject it qualifies."""


def backed_side(
    m: EventMention, every: list[Candidate], actor: Candidate | None, can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The subject before a glued «بـ» aid noun whose giver ``actor`` follows it, or None."""
    toks = m.sentence.tokens
    first = m.first
    if m.entry.plover_type not in ("AID", "SUPPORT") or "ب" not in toks[first].prefix:
        return None
    if actor is None or actor.first <= m.last:
        return None
    stop = next((j for j in range(first - 1, max(-1, first - REACH), -1) if toks[j].text in STOPS), -1)
    near = [
        c
        for c in every
        if stop < c.first
        and c.last < first
        and first - c.last <= REACH
        and not c.after_prep
        and not preposition(toks[c.first])
        and c is not actor
        and can(c)
    ]
    if not near:
        return None
    side = near[-1]
    while "و" in toks[side.first].prefix:
        # «بدأت المقاومة الشعبية وقوات الجيش بدعم من طيران التحالف»: back to the first conjunct
        conj = next((c for c in near if c.last == side.first - 1), None)
        if conj is None:
            break
        side = conj
    return side


BACKING = word_keys("إسناد اسناد دعم مساندة غطاء إسنادا دعما")
"""Nouns of backing under a glued ب: «بإسناد من طيران التحالف», «بدعم التحالف العربي», «بغطاء جوي من»."""
BACKED_BY = tuple(normalize(w) for w in ("مسنود", "مدعوم"))
"""Passive participles of backing whose backer follows with ب: «مسنودا بقوات التحالف»."""
BETWEEN_WORDS = word_keys("من جوي جوية ناري مدفعي مباشر كثيف مكثف مكثفة لوجستي")
"""Words between a backing noun and its giver («بإسناد جوي من مقاتلات التحالف»)."""


def backer(m: EventMention, keys: list[str], c: Candidate | None) -> bool:
    """``c`` is the giver of a backing phrase inside the clause of an act other than aid («انتزع الجيش، بإسناد من
    طيران التحالف، مواقع», «تصدت قوات المقاومة، بدعم التحالف العربي، لهجومين», «حررت قوات الجيش بإسناد جوي من
    مقاتلات التحالف مواقع»): it backs the act's actor and is not its target."""
    if c is None or m.entry.plover_type in ("AID", "SUPPORT"):
        return False
    toks = m.sentence.tokens
    j = c.first
    if "ب" in toks[j].prefix and keys[j].startswith(BACKED_BY):
        return False
    j -= 1
    while j >= 0 and c.first - j <= 4 and keys[j] in BETWEEN_WORDS:
        j -= 1
    if j < 0:
        return False
    tok = toks[j]
    return ("ب" in tok.prefix and keys[j] in BACKING) or (keys[j].startswith(BACKED_BY) and "ب" in toks[c.first].prefix)


HELPING = BACKING | word_keys("مساعدة معاونة مشاركة")
"""Backing nouns of an aside between a subject and its verb («الحكومة السورية، بمساعدة قوات حليفة لها، استعادت»)."""
ASIDE_REACH = 4
"""At most this many words from the giver to the trigger after it (the aside's tail and its comma)."""


def backed_subject(
    m: EventMention, every: list[Candidate], keys: list[str], actor: Candidate | None, can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The subject before a backing aside when ``actor``, before the trigger, is the aside's giver: «الحكومة السورية،
    بمساعدة قوات حليفة لها، استعادت», «قوات الجيش، بدعم من طيران التحالف، سيطرت», «الثوار، مدعومين بعناصر الجيش،
    تمكنوا» (the nearest candidate before the verb is the helper, the subject stands before the aside); else
    ``actor``."""
    if actor is None or actor.last >= m.first or m.entry.plover_type in ("AID", "SUPPORT"):
        return actor
    toks = m.sentence.tokens
    if m.first - actor.last > ASIDE_REACH + 1 or any(actor.last < c.first < m.first for c in every):
        return actor
    j = actor.first
    if not ("ب" in toks[j].prefix and j > 0 and keys[j - 1].startswith(BACKED_BY)):
        j -= 1
        while j >= 0 and actor.first - j <= 4 and keys[j] in BETWEEN_WORDS:
            j -= 1
        if j < 0 or "ب" not in toks[j].prefix or keys[j] not in HELPING:
            return actor
    else:
        j -= 1  # «مدعومين بعناصر الجيش»: the participle opens the aside
    k = j - 1
    while k >= 0 and toks[k].text in "،,-–":
        k -= 1
    subject = next(
        (
            c
            for c in every
            if c.last == k and not c.after_prep and not preposition(toks[c.first]) and c is not actor and can(c)
        ),
        None,
    )
    return subject or actor
