"""A place that belongs to the reporting clause or to what the event is about, not to the event.

A place named before a complementizer locates the speaker, the source or the reporting verb, not what is
reported: «وقال أحد الضباط في بلدة موبتي القريبة عبر الهاتف إن المهاجمين فجروا العبوات», «وذكرت محطة سكاي نيوز
عربية التلفزيونية في أبوظبي أن مجلس التعاون الخليجي عبر عن تضامنه», «وبحسب وسائل إعلام حكومية في تركيا، فإن
الجيش سيطر». The conventions locate a mention by the nearest full mention of its own clause, so such a place is
dropped; a place that opens the sentence («وفي طرابلس، قال مصدر إن …») frames all of it and stays. A place before
a time clause («سيطرت على منطقة قنفودة بعد معارك ضارية») is kept: the set locates the earlier fact there.

A place after a word opening the topic of a meeting, a deal or a statement is part of what it is about: «اتفاقا
بشأن البرنامج النووي لطهران», «اتفاق لإنهاء القتال في جنوب سوريا». Called by
:func:`marsad.events.location.locate`.
"""

from __future__ import annotations

from marsad.events.constructions import STOPS
from marsad.text.normalize import normalize

THAT = frozenset(normalize(w) for w in "أن إن بأن فإن وأن وإن أنه إنه أنها إنها أنهم إنهم".split())
"""Token keys of a complementizer opening a reported clause (the tokenizer may keep «بأن», «فإن» whole)."""
BEFORE_THAT = frozenset(normalize(w) for w in "بعد قبل منذ رغم برغم دون بدون يجب يمكن ينبغي".split())
"""Words that make «أن» a time, modal or manner particle, not the opening of a reported clause («بعد أن»,
«يجب أن», «دون أن»)."""


REPORTING = frozenset(
    normalize(w)
    for w in "قال قالت قالوا يقول تقول أكد أكدت أكدوا يؤكد تؤكد أعلن أعلنت يعلن تعلن ذكر ذكرت ذكروا يذكر تذكر"
    " أفاد أفادت أفادوا يفيد تفيد أوضح أوضحت يوضح توضح أضاف أضافت أشار أشارت يشير تشير كشف كشفت يكشف تكشف"
    " نقل نقلت نقلا صرح صرحت يخبر أخبر أبلغ أبلغت هدد هددت نفى نفت ينفي تنفي حسب بحسب وفق وفقا قوله قولها قولهم"
    " مضيفا مضيفة مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة مبينا مبينة".split()
)
"""Verbs, participles and words of saying or attribution that a complementizer may follow («وقال أحد الضباط في
بلدة موبتي إن», «وبحسب وسائل إعلام حكومية في تركيا، فإن», «مضيفة أنه»)."""
SPEAKER_REACH = 12
"""At most this many words from the word of saying to the place in its speaker's phrase."""


def matrix_place(keys: list[str], place_first: int, place_last: int, first: int) -> bool:
    """The place at ``place_first``..``place_last`` stands in the phrase of a speaker or a source, between a word
    of saying and the complementizer that opens the clause of the trigger at ``first``: it belongs to the
    reporting clause. Not a place inside a reported clause («قال مصدر إن المقاومة في لودر تواصل تقدمها،
    مؤكدا أن هذا التقدم»: a word of saying stands between the place and the complementizer)."""
    that = next(
        (j for j in range(place_last + 1, first) if keys[j] in THAT and not (j > 0 and keys[j - 1] in BEFORE_THAT)),
        None,
    )
    if that is None or any(keys[j] in REPORTING or keys[j] in STOPS for j in range(place_last + 1, that)):
        return False
    for j in range(place_first - 1, max(-1, place_first - SPEAKER_REACH - 1), -1):
        if keys[j] in REPORTING:
            return True
        if keys[j] in THAT or keys[j] in STOPS:
            return False
    return False


TOPIC_WORDS = frozenset(
    normalize(w)
    for w in "بشأن بشان حول إزاء ازاء تجاه بخصوص مصير لبحث لمناقشة بحث مناقشة لإنهاء لانهاء إنهاء لحل حل".split()
)
"""Words that open what a meeting, a deal or a statement is about («اتفاقا بشأن البرنامج النووي لطهران»,
«تباينا في مواقف تركيا وإيران وروسيا إزاء مصير إدلب», «اتفاق لإنهاء القتال في جنوب سوريا»)."""


def topic_place(keys: list[str], last: int, place_first: int) -> bool:
    """A word of :data:`TOPIC_WORDS` stands between the trigger ending at ``last`` and the place after it: the
    place is part of what the event is about, not where it happened."""
    return any(keys[j] in TOPIC_WORDS for j in range(last + 1, place_first))
