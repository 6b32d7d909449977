"""Who describes or judges an attack did not carry it out: «ووصف المتحدث باسم التحالف الهجوم بالإرهابي»,
«ووصفت الحكومة الإسرائيلية هجوم المستوطنين بأنه …», «واعتبرت الخارجية الهجوم انتهاكا».

The subject of a verb of describing or judging stands right before the attack noun that is its object; the usual
reach of an attack noun's agent backwards takes it for the attacker. As for condemnations («ندد المجلس بالهجوم»,
:func:`marsad.events.coder._spoken`), such a subject is no side of the attack.
"""

from __future__ import annotations

from marsad.events.lexicon import bare_key, word_keys
from marsad.events.mention import Candidate

DESCRIBING = word_keys("وصف وصفت يصف تصف وصفوا اعتبر اعتبرت يعتبر تعتبر اعتبروا")
REACH = 3
"""Words before the subject where its verb may stand («ووصف المتحدث»), and words after it to the trigger."""


def describer(actor: Candidate | None, keys: list[str], first: int) -> bool:
    """``actor`` (before the attack noun at ``first``) is the subject of a verb of describing or judging whose
    object is the attack: the verb just before ``actor`` and the noun at most :data:`REACH` words after it."""
    if actor is None or actor.last >= first or first - actor.last > REACH:
        return False
    return any(bare_key(keys[j], DESCRIBING) for j in range(max(0, actor.first - REACH), actor.first))
