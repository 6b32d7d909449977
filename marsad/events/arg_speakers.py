"""A person who reports an attack is not its actor: «وقال باباكورا كولو …: "وقع هجوم انتحاري في سوق غامبورو"»,
«واكد مسؤول الاتصالات في الرئاسة ويلي نياميتوي مقتل الجنرال», «وقال رئيس أركان الائتلاف الجنرال كيفن كيليا:
سيكون لهذه الضربات أثر عميق».

The nearest name before an attack noun is often the subject of the verb of saying that reports it; a person
(an official, a witness, a spokesman) who says, confirms, adds or reveals an attack speaks of it, he did not
carry it out. An organisation that reports its own strike («قال الجيش إن قواته شنت غارات») and a leader who
announces an operation («أعلن الرئيس التركي أردوغان … عمليات عسكرية», a verb of announcing takes the act as its
own) keep their side. Called by :func:`marsad.events.arguments.attach` for noun triggers.
"""

from __future__ import annotations

from marsad.events.mention import Candidate, EventMention
from marsad.text.normalize import normalize

SAYING = frozenset(normalize(w) for w in "قال قالت أكد أكدت أوضح أوضحت أضاف أضافت أفاد أفادت ذكر ذكرت نقل نقلت".split())
"""Verbs of saying, confirming and adding, past third person (the keys drop a glued و: «وقال»); not «كشف»,
which also brings a confession («وكشف نازيك أنه أجرى عملية استطلاع … للتفجير»)."""
THAT = frozenset(normalize(w) for w in "أن إن بأن أنه إنه أنها إنها".split())
REACH = 6
"""Words from the verb of saying to the person's name: a title may stand between («مسؤول الاتصالات في الرئاسة
ويلي نياميتوي»)."""


def reporting_person(m: EventMention, keys: list[str], actor: Candidate | None) -> bool:
    """``actor``, a person named before the attack noun ``m``, is the subject of a verb of saying within
    :data:`REACH` words before his name."""
    if (
        m.entry.plover_type != "ASSAULT"
        or actor is None
        or actor.last >= m.first
        or actor.entity is None
        or actor.entity.type != "PER"
        # «اجتياحه», «بعد يوم من اجتياح قواته»: a possessive pronoun on the noun or its genitive refers to its
        # agent, who may be the speaker
        or any(t.suffix for t in m.sentence.tokens[m.last : m.last + 2])
    ):
        return False
    for j in range(actor.first - 1, max(-1, actor.first - REACH - 1), -1):
        if keys[j] in THAT:
            return False  # «قالت الشرطة إن جارود راموس الذي نفذ هجوما»: the name after «إن» is no speaker
        if keys[j] in SAYING:
            return True
    return False
