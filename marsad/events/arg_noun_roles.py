"""The actor and the target of a noun trigger where a construction around it reassigns them: the subject of a clause
the attack only dates (:mod:`marsad.events.arg_aftermath`), who attends a meeting
(:mod:`marsad.events.arg_participants`), who reports an attack (:mod:`marsad.events.arg_speakers`), the relative
clause of carrying out or giving (:mod:`marsad.events.arg_carried`), the accused (:mod:`marsad.events.arg_accused`),
the protesters (:mod:`marsad.events.arg_protesters`) and the noun an impersonal passive's pronoun resumes
(:mod:`marsad.events.arg_resumed`). Called by :func:`marsad.events.arguments.attach` last, once the actor and the
target are otherwise set.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arg_accused import accused, accused_object
from marsad.events.arg_aftermath import attack_in_passing
from marsad.events.arg_carried import carried_by
from marsad.events.arg_participants import participant
from marsad.events.arg_protesters import protesters, quelled
from marsad.events.arg_resumed import resumed_object
from marsad.events.arg_speakers import reporting_person
from marsad.events.mention import Candidate, EventMention
from marsad.events.objects import fused


def noun_roles(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    can: Callable[[Candidate], bool],
    actor: Candidate | None,
    target: Candidate | None,
) -> tuple[Candidate | None, Candidate | None]:
    """The actor and the target of the noun trigger ``m`` after the constructions that reassign them: the subject
    of a clause the attack only dates, who attends a meeting, who reports an attack, the relative clause of
    carrying out, the accused, the protesters and the object an impersonal passive resumes."""
    toks = m.sentence.tokens
    first, last = m.first, m.last
    if attack_in_passing(m, keys, actor):
        actor = None  # «قامت الميليشيات باعتقال المئات عقب الغارات الجوية»: the subject did not carry out the strikes
    if participant(m, every, keys, target):
        actor, target = target, None  # «وحضر الاجتماع ممثلون عن وكالة الاستخبارات»: who attends met
    if reporting_person(m, keys, actor):
        actor = None  # «وقال باباكورا كولو …: "وقع هجوم انتحاري"»: who reports an attack did not carry it out
    # «الحصار الذي تقوم به المليشيا», «الدعم الذي تقدمه قوات التحالف»: the relative clause names the agent
    agent = carried_by(m, every, keys, can)
    if agent is not None:
        actor, target = agent, (None if target is agent else target)
    hit = accused(m, every, keys) if m.entry.plover_type != "ACCUSE" else None
    if hit is not None:
        # «وتتهم السعودية إيران بدعم الحوثيين»: the accused did it, the accuser only says so (arg_accused)
        actor = hit[0]
        if target is None or target is hit[0] or target is hit[1]:
            target = accused_object(m, every, hit[0])
    if m.entry.plover_type == "PROTEST":
        # «وقفة احتجاجية لأسر المعتقلين»: the ل-phrase protests; «في احتواء الاحتجاجات»: who quells does not
        crowd = protesters(m, every, keys)
        if crowd is not None and not fused(crowd, toks):
            actor, target = crowd, (None if target is crowd else target)
        elif actor is not None and actor.last < first and quelled(m, keys):
            actor = None
    # «المواطن الستيني تم اقتياده», «الميليشيات التي تم دحرها»: the noun the pronoun resumes (arg_resumed)
    resumed = resumed_object(m, every, keys)
    if resumed is not None:
        target = resumed
        actor = actor if actor is not None and actor.first > last and actor is not resumed else None
    return actor, target
