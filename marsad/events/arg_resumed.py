"""The noun an impersonal passive's pronoun resumes is the target: «المواطن الستيني تم اقتياده للحجز», «الميليشيات
التي تم دحرها من عدة مواقع», «المتهم الذي جرى القبض عليه».

An impersonal «تم/يتم/جرى» before a masdar names no agent (the agent, if any, follows with «من قبل»); when the
masdar, or the «على» of «القبض على», carries an object pronoun, the pronoun points back to the noun the clause hangs
on: the candidate right before «تم» (a «قد» or «أن» may stand between), or right before a relative pronoun that
stands right before it. That noun was arrested, repelled or raided, so it is the target and no actor (a subject
rule would take it as the actor: «الإرهابيين الذين تمت مداهمتهم»). A «و» on the auxiliary or its particle opens a
new clause («أستاذ في جامعة أوكسفورد وقد تم توقيفه»), and without a relative pronoun a name under a preposition is
no antecedent. Called by :func:`marsad.events.arguments.attach` for noun triggers.
"""

from __future__ import annotations

from marsad.events.constructions import RELATIVE_PRONOUNS, THIRD_PERSON_ALL, preposition
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention

IMPERSONAL_VERBS = word_keys("تم يتم تمت تتم جرى يجري جرت تجري")
"""Impersonal auxiliaries of a passive masdar, masculine and feminine («تمت مداهمتهم»)."""
OBJECT_PRONOUNS = THIRD_PERSON_ALL
"""Object pronouns on the masdar, read on the original text, where «ة» is not «ه»."""
PRONOUN_PREPOSITIONS = word_keys("عليه عليها عليهم عليهما عليهن")
"""«القبض عليه»: the pronoun of the object's preposition right after the masdar."""
PARTICLES = word_keys("قد ان أن")
"""Particles that may stand between the antecedent and the auxiliary («الذي قد تم», «أن المتهم قد تم»)."""
GOVERNING = word_keys("في من على إلى الى عن مع ضد لدى أمام بين منذ عند")
"""Prepositions written apart: the name after one is in its phrase, not the clause's topic."""


def resumed_object(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """The candidate that the object pronoun of the impersonal passive masdar ``m`` resumes, or None."""
    toks = m.sentence.tokens
    aux = m.first - 1
    if aux < 1 or keys[aux] not in IMPERSONAL_VERBS:
        return None
    word = toks[m.last].text
    resumed = word.endswith(OBJECT_PRONOUNS) and len(word) > 4
    if not resumed and not (m.last + 1 < len(toks) and keys[m.last + 1] in PRONOUN_PREPOSITIONS):
        return None
    if "و" in toks[aux].prefix:
        return None  # «… وتم توقيفه»: a new clause, whose subject is the sentence's topic
    k = aux - 1
    while k >= 0 and keys[k] in PARTICLES and aux - k <= 2:
        if "و" in toks[k].prefix:
            return None  # «أستاذ في جامعة أوكسفورد وقد تم توقيفه»
        k -= 1
    relative = k >= 0 and keys[k] in RELATIVE_PRONOUNS
    if relative:
        k -= 1  # «مع الميليشيات التي تم دحرها»: a relative clause hangs on its noun whatever governs it
    c = next((c for c in every if c.last == k), None)
    if c is None or (not relative and (preposition(toks[c.first]) or (c.first > 0 and keys[c.first - 1] in GOVERNING))):
        return None  # without a relative pronoun a name under a preposition is no antecedent («في جامعة أوكسفورد»)
    return c
