"""A town named in construct right after a meeting noun is where the meeting is held, not a side of it: «وهدف اجتماع
باريس، الذي شارك فيه …», «بنود مؤتمر بروكسل للتحالف», «مفاوضات جنيف», «قمة الرياض».

A national capital may stand for its government (:func:`marsad.events.arguments.can_act`: «أعلنت واشنطن»), but
not as the genitive of a meeting, a conference, talks or a visit, where it names the venue (the development records
leave such a meeting's actor unnamed). A country stays a side («زيارة قطر» names the host country), and so does a
town after a preposition or with a clitic. Called by :func:`marsad.events.arguments.attach` for noun triggers.
"""

from __future__ import annotations

from marsad.events.mention import Candidate, EventMention


def venue_genitive(m: EventMention, actor: Candidate | None, verbish: bool) -> bool:
    """``actor`` is a town or a city in construct right after the meeting noun ``m``: the venue, no side."""
    if verbish or actor is None or m.entry.plover_type != "CONSULT" or actor.first != m.last + 1:
        return False
    if actor.place is None or actor.place.feature == "country" or m.sentence.tokens[actor.first].prefix:
        return False
    return True
