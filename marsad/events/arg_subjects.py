"""The last word on an event's actor from the clause around its trigger: the dropped subject of a coordinated verb
(:mod:`marsad.events.arg_dropped`: «حملت حكومة الوفاق حفتر المسؤولية، وطالبته بسحب قواته»), the speaker whose
«إنه» governs the verb of an event noun (:mod:`marsad.events.arg_complement`: «قال الجيش التركي إنه يفرض طوقا»),
and no town named as a meeting's genitive (:mod:`marsad.events.arg_venues`: «اجتماع باريس»). Called by
:func:`marsad.events.arguments.attach` once the actor and the target are otherwise set.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arg_complement import complement_speaker
from marsad.events.arg_dropped import dropped_subject
from marsad.events.arg_venues import venue_genitive
from marsad.events.mention import Candidate, EventMention


def clause_subject(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    verbish: bool,
    no_agent: bool,
    actor: Candidate | None,
    target: Candidate | None,
    can: Callable[[Candidate], bool],
) -> tuple[Candidate | None, Candidate | None]:
    """``(actor, target)`` after the subject the trigger shares with its clause; a side the shared subject displaces
    from the actor becomes the target when none is set («وطالبت "القوات الغازية" بالانسحاب»)."""
    if no_agent:
        return actor, target
    shared = dropped_subject(m, every, keys, verbish, actor, can)
    if shared is not None:
        actor, target = shared, (actor if target is None and actor is not None else target)
    if actor is None and not verbish:
        actor = complement_speaker(m, every, keys, can)
    return (None if venue_genitive(m, actor, verbish) else actor), target
