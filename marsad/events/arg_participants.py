"""Who takes part in a meeting is its actor: «وحضر الاجتماع ممثلون عن وكالة الاستخبارات المركزية», «وشارك في
الجولة السادسة رئيس المخابرات المصرية عباس كامل», «ويرأس وفد المملكة إلى الاجتماع وزير الخارجية عادل الجبير»,
«شارك في لقاء رؤساء أجهزة الأمن».

A meeting noun after a verb of attending, taking part or heading («حضر», «شارك في», «ترأس … إلى») is that verb's
object; the verb's subject, written after the noun (verb-object-subject order, or the noun's genitive when the
subject stands first), is who met, and the set annotates it as the actor with no target (bench/dev/README-events.md).
Called by :func:`marsad.events.arguments.attach` for noun triggers of meetings.
"""

from __future__ import annotations

from marsad.events.constructions import PHRASE_BREAKS, RELATIVE_PRONOUNS
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention

ATTENDING = word_keys(
    "حضر حضرت حضروا يحضر تحضر يحضرون شارك شاركت شاركوا يشارك تشارك يشاركون ترأس ترأست يترأس تترأس رأس رأست يرأس ترأس"
)
"""Verbs of attending, taking part in and heading (with «في» or «إلى» before the noun, or none)."""
SUBJECT_GAP = 3
"""Words between a subject named before the verb and the verb."""
IN = word_keys("في")
TOWARDS = word_keys("إلى الى")
"""«ويرأس وفد المملكة إلى الاجتماع وزير الخارجية»: the delegation headed stands between the verb and the noun."""
VERB_REACH = 5
"""Words from the verb to the meeting noun: «في», «وفد المملكة إلى»."""
SUBJECT_REACH = 5
"""Words from the noun to the participant after it: the noun's adjectives («الجولة السادسة») or a phrase
(«على وجه الخصوص»)."""


def participant(m: EventMention, every: list[Candidate], keys: list[str], target: Candidate | None) -> bool:
    """The target after the meeting noun ``m`` is the subject of a verb of attending before it; a verb whose subject
    stands before it («روحاني هو ثاني رئيس إيراني يشارك في قمة منظمة شنغهاي», «وفود شاركت في اجتماع») leaves the
    noun's genitive its own (the host)."""
    if m.entry.plover_type != "CONSULT" or target is None or not (0 < target.first - m.last <= SUBJECT_REACH):
        return False
    verb = next((j for j in range(m.first - 1, max(-1, m.first - VERB_REACH - 1), -1) if keys[j] in ATTENDING), None)
    if verb is None:
        return False
    between = keys[verb + 1 : m.first]
    if not all(k in IN for k in between) and between[-1] not in TOWARDS:
        return False  # «وحضر الوزراء اجتماعهم المشترك مع …»: the subject stands between the verb and its object
    if verb == 0:
        return True
    toks = m.sentence.tokens
    return keys[verb - 1] not in RELATIVE_PRONOUNS and not any(
        verb - SUBJECT_GAP <= c.last < verb and not any(toks[k].text in PHRASE_BREAKS for k in range(c.last + 1, verb))
        for c in every
    )
