"""The speaker as the agent of an event noun that is the object of a verb after «أنه/إنه/أنها»: «قال الجيش التركي
الثلاثاء إنه يفرض طوقا على مدينة عفرين», «أعلنت الوزارة أنها شنت غارات على مواقع التنظيم».

The pronoun on the complementizer is the subject of the verb right after it, and it resumes the subject of the
speech verb before (:func:`marsad.events.sharing.speaker_of`, as for a verb trigger there: «أعلنت الأجهزة الأمنية أنها
اعتقلت»); the noun the verb takes as its object (bare, in the accusative, at most two words of time between: «إنه يفرض
منذ الاثنين طوقا») is done by that subject. A name between the verb and the noun is the verb's own subject («إنه
يمكن للقوات شن هجوم») or object, and then nothing is taken. Called by :func:`marsad.events.arguments.attach` for
noun triggers that have no actor. Not after a feminine verb following «أنه» («أوضح الوزير أنه توجد مباحثات»: the
pronoun is expletive), an impersonal verb, a preposition («إنه متورط في تفجير»), nor when the speaker's name is
fused with ل+ال («جاء في بيان للجيش الإسرائيلي أنه نفذ غارات»: no whole word to name, as annotated), nor for a noun
with a pronoun («تزعم مصادر أنها تثبت مقتله»: the pronoun names the victim, the verb's subject is another).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import STOPS
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention
from marsad.events.objects import fused
from marsad.events.sharing import BARE_PREPOSITIONS, PRONOUN_SUBJECT, speaker_of
from marsad.text.normalize import normalize

BETWEEN_WORDS = BARE_PREPOSITIONS | frozenset(normalize(w) for w in ("بين", "عن", "حول"))
"""Words that put the noun under a preposition rather than make it the verb's object."""
IMPERSONAL = frozenset(normalize(w) for w in "تم يتم جرى يجري يوجد توجد هناك كان كانت يكون تكون".split())
"""«إنه تم ضبط», «إنه يجري تحقيق»: impersonal verbs name no agent; after «كان» the noun is a predicate («أعتقد أنه كان
هجوم متعمد»)."""
TIME_WORDS = word_keys(
    "منذ اليوم أمس غدا الآن حاليا مجددا أيضا ايضا الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الليلة"
)
"""The only words that may stand between the verb and its object noun («إنه يفرض منذ الاثنين طوقا»)."""
NO_VERBS = word_keys("خلال أثناء اثناء بعد قبل عقب إثر اثر منذ رغم ضمن لدى عند")
"""Words of time and circumstance that may follow «إنه» in place of a verb («قال الكرملين إنه خلال الاتصال»)."""
MEETS = word_keys("يلقى تلقى يلقون")
"""«يلقى القبض عليه» (he meets arrest: he is arrested); unvocalised it reads as «يلقي» (he arrests), so only before the
pronoun of «عليه» that resumes the speaker."""
REACH = 4
"""At most this many words from the complementizer to the noun (the verb and up to two words of time)."""


def complement_speaker(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    can: Callable[[Candidate], bool],
) -> Candidate | None:
    """The speaker whose «أنه/إنه» pronoun governs the verb whose object is the noun trigger ``m``, or None."""
    toks = m.sentence.tokens
    first = m.first
    if toks[first].prefix or toks[first].suffix or first < 2:
        return None  # «إنه قام بشن»: a light verb's ب-object has its own rule (sharing.light_subject)
    comp = next((j for j in range(first - 2, max(-1, first - REACH - 1), -1) if keys[j] in PRONOUN_SUBJECT), None)
    if comp is None:
        return None
    verb = toks[comp + 1]
    if verb.prefix not in ("", "س") or not verb.core[:1].isalpha():
        return None  # «إنه في …», «إنه لن …»: no verb right after the complementizer
    if keys[comp].endswith("ه") and verb.core.startswith("ت"):
        return None  # «أنه توجد مباحثات»: a feminine verb after «أنه» has a subject of its own («أنه» is expletive)
    if any(keys[j] in STOPS or toks[j].text in STOPS or keys[j] in BETWEEN_WORDS for j in range(comp, first)):
        return None  # «إنه متورط في تفجير»: the noun under a preposition is no object of the verb
    after = m.last + 1
    if keys[comp + 1] in MEETS and after < len(toks) and toks[after].suffix and keys[after].startswith("عل"):
        return None  # «كتب على صفحته أنه يلقى القبض عليه»: the arrest falls on the speaker
    if keys[comp + 1] in IMPERSONAL or keys[comp + 1] in NO_VERBS:
        return None
    if any(keys[j] not in TIME_WORDS for j in range(comp + 2, first)):
        return None  # «إنهم شاهدوا حدوث انفجار», «إنه خلال الاتصال»: the noun is no object of the verb
    if any(c.first < first and c.last > comp for c in every):
        return None  # a name between the verb and the noun is its subject or its object
    speaker = speaker_of(every, keys, comp, can)
    return None if speaker is None or fused(speaker, toks) else speaker  # «بيان للجيش أنه نفذ غارات»
