"""The sides an event mention's clause leaves to the constructions of the ``arg_*`` modules, in order.

Called once by :func:`marsad.events.arguments.attach` after its own rules and :mod:`marsad.events.objects`:

1. the body whose sources announce its own act (:mod:`marsad.events.arg_sources`);
2. an attack's aircraft behind ب, its attribution, an agent verb of ambushes and mines, the side held
   responsible (:mod:`marsad.events.arg_blame`), and a hedged agent (:mod:`marsad.events.arg_hedged`);
3. the referent of a possessive pronoun on an agent noun (:mod:`marsad.events.arg_possessor`);
4. the subject a «بإسناد من X» phrase backs (:mod:`marsad.events.arg_backed`), a described person or a quoted
   side as the object (:mod:`marsad.events.arg_objects`);
5. a counted side with its body (:mod:`marsad.events.arg_partitive`) and a title with the person it introduces
   (:mod:`marsad.events.arg_titles`); a side inside the other is dropped.

Between 4 and 5, the sides of court and security stories (:mod:`marsad.events.arg_legal`).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arg_backed import backed_side
from marsad.events.arg_blame import adjective_actor, aircraft_instrument, blamed
from marsad.events.arg_hedged import hedged_agent
from marsad.events.arg_legal import legal_sides
from marsad.events.arg_objects import person_object, quoted_object
from marsad.events.arg_partitive import with_body
from marsad.events.arg_possessor import possessor
from marsad.events.arg_sources import source_body
from marsad.events.arg_titles import titled_person
from marsad.events.mention import STATEMENTS, Candidate, EventMention


def complete_sides(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    verbish: bool,
    participle: bool,
    no_agent: bool,
    actor: Candidate | None,
    target: Candidate | None,
    can: Callable[[Candidate], bool],
) -> tuple[Candidate | None, Candidate | None]:
    """``(actor, target)`` of ``m`` completed and corrected by the constructions listed in the module."""
    toks = m.sentence.tokens
    if actor is None and not no_agent and not verbish and m.entry.plover_type not in STATEMENTS:
        actor = source_body(m, every, keys, can)  # «أكدت مصادر في قيادة الجيش الوطني … السيطرة على …»
    if (
        not verbish
        and m.entry.plover_type == "ASSAULT"
        and (actor is None or actor.last < m.first or adjective_actor(m, actor))
    ):
        # «ونسب المصدر الهجوم إلى تنظيم القاعدة», «كمين مسلح نصبته المقاومة», «محملا تنظيم القاعدة المسؤولية»
        held = aircraft_instrument(m, every) or blamed(m, every, keys, can, actor)
        if held is not None:
            actor, target = held, (None if target is held else target)
        elif actor is not None and adjective_actor(m, actor):
            actor = None
    if (actor is None or actor.last < m.first) and not verbish and m.entry.plover_type == "ASSAULT":
        # «هجوم شنه من يشتبه بأنهم عناصر من حزب العمال»: the agent verb names the actor, whoever stands before
        hedged = hedged_agent(m, every, keys)
        if hedged is not None:
            actor, target = hedged, (None if target is hedged else target)
    if actor is None and not no_agent and not verbish:
        actor = possessor(m, every, keys, can)  # «وتشن غاراتها», «بسطت سيطرتها», «عبر عن استنكاره»
        if actor is not None and target is actor:
            target = None
    if target is None and not verbish:
        target = backed_side(m, every, actor, can)  # «شنت ألوية العمالقة بإسناد من قوات التحالف … هجوما»
    if target is None:
        target = person_object(m, every, keys, verbish, actor)  # «اختطف مسلحون مجهولون رجل أعمال تونسي»
    if target is None and (verbish or participle):
        target = quoted_object(m, every, actor)  # «اتهم مسؤول "خلايا إرهابية نائمة"»
    # «صدر حكم بالسجن … على X», «حكم محكمة في طرابلس», «القبض على "مشتبه به" في هجوم»
    actor, target = legal_sides(m, every, keys, actor, target)
    # «مقتل 46 عنصرا من ميليشيات الحوثي»: the counted people and the body they belong to are one side
    actor, target = with_body(actor, every, toks, keys), with_body(target, every, toks, keys)
    # «على يد الزعيم الجديد لطالبان الملا أختر محمد منصور»: a bare title and the person it introduces are one side
    actor, target = titled_person(actor, every, toks, keys), titled_person(target, every, toks, keys)
    if actor is not None and target is not None and actor.first <= target.first and target.last <= actor.last:
        target = None  # the person a title runs to is the actor, not also the target
    if actor is not None and target is not None and target.first <= actor.first and actor.last <= target.last:
        actor = None  # «مقتل 46 عنصرا من ميليشيات الحوثي في مواجهات»: the body of the dead is not also the attacker
    return actor, target
