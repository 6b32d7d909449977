"""A meeting or a visit that frames a statement is the speaker's occasion, told by the paper, not his words.

«وقال عباس لدى ترؤسه اجتماعا طارئا للقيادة الفلسطينية في رام الله: …», «أكد كيري في القاهرة أن الاتفاق …
سيجعل الشرق الأوسط أكثر أمانا، وذلك في ختام "حوار استراتيجي" مع مصر». The meeting stands between the speech
verb and what was said (before the colon or the complementizer), or after «وذلك» with a word of occasion
(«لدى», «خلال», «في ختام», «على هامش», «عقب»): the paper asserts it. An attack or a clash in such a phrase is
still reported («وقال مصدر إن 3 قتلوا، وذلك خلال اشتباكات»): the rule is for CONSULT mentions only. Called by
:class:`marsad.events.modality.ModalityCoder`.
"""

from __future__ import annotations

from marsad.events.constructions import SENTENCE_STOPS
from marsad.events.lexicon import word_keys
from marsad.model import Token

OCCASION = word_keys("لدى خلال أثناء اثناء ختام هامش مستهل عقب إثر اثر بعد")
"""Words of the occasion of a statement («لدى ترؤسه اجتماعا», «في ختام حوار», «على هامش القمة»)."""
OCCASION_REACH = 3
"""At most this many words from the word of occasion to the trigger («لدى ترؤسه اجتماعا»)."""
THAT_IS = word_keys("وذلك ذلك")
CONTENT = word_keys("إن أن أنه إنه أنها إنها أنهم إنهم بأن") | frozenset(':"«“')
"""A complementizer, a colon or an opening quote: what was said follows."""
SOURCES = word_keys("مصدر مصادر وكالة وسائل بحسب حسب وفق وفقا نقلا نسبت نسب")
"""Sources and attributions: a statement told by one is not the paper's own account of the occasion."""


def occasion_of_speech(tokens: list[Token], keys: list[str], first: int, reporting: frozenset[str]) -> bool:
    """The CONSULT trigger at ``first`` follows a word of :data:`OCCASION` (at most :data:`OCCASION_REACH` words
    before it), with one speech word and no source before it; the word of occasion follows «وذلك» or stands
    between the speech verb and the content of the speech (a complementizer, a colon or a quote after the
    trigger, none between the verb and the trigger)."""
    occ = next(
        (j for j in range(first - 1, max(-1, first - OCCASION_REACH - 1), -1) if keys[j] in OCCASION),
        None,
    )
    if occ is None or sum(keys[j] in reporting or keys[j] in SOURCES for j in range(occ)) != 1:
        return False  # «كشفت مصادر … أن ترامب أكد …، وذلك خلال اجتماع»: the sources tell the meeting too
    if any(keys[j] in THAT_IS for j in range(max(0, occ - 2), occ)):
        return True  # «…، وذلك في ختام "حوار استراتيجي"»
    for j in range(occ - 1, -1, -1):
        if keys[j] in CONTENT or tokens[j].text in SENTENCE_STOPS:
            return False  # the trigger is inside what was said
        if keys[j] in reporting:
            break
    else:
        return False
    for j in range(first + 1, len(tokens)):
        if tokens[j].text in SENTENCE_STOPS:
            return False
        if keys[j] in CONTENT or tokens[j].text in CONTENT:
            return True
    return False
