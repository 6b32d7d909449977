"""The side that suffers a battle named before its noun is no actor of it: «سقط قتلى وجرحى في صفوف المتمردين الحوثيين
في مواجهات عنيفة», «تكبدت ميليشيات الحوثي خسائر … من المعارك», «قتلى من الحوثيين سقطوا في معارك».

A noun of battle or attack takes as actor the nearest side before it that can act. When that side is the one
that fell or bore the losses — in whose ranks the toll is counted («في صفوف X»), the subject of a verb of falling
or suffering right before or after it («سقط», «تكبد», «أصيب»), or the dead or wounded «من X» — it is the target
(the dead of an attack are its target, as the development records code them), and the other side is left to the
words after the noun. :func:`marsad.events.constructions.victim` already covers the killed words and «قتلوا»
after a candidate; these are the toll phrases of battle reports it leaves.
"""

from __future__ import annotations

from marsad.events.constructions import FROM_WORD
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention
from marsad.model import Token

SUFFERING = word_keys("سقط سقطوا سقطت يسقط تكبد تكبدت تكبدوا يتكبد تتكبد أصيب أصيبوا أصيبت جرح جرحوا تعرض تعرضت تعرضوا")
"""Verbs of falling, bearing losses or being hit, whose subject suffers («تكبدت الميليشيات خسائر»)."""
RANKS = word_keys("صفوف")
"""«في صفوف X»: the side whose ranks the toll is counted in."""
MEMBERSHIP = word_keys("ضمن")
"""«من ضمن صفوف X»: membership of the side, not its toll."""
CASUALTIES = word_keys("قتلى جرحى مصابين مصابون أسرى")
"""Nouns of the dead, wounded or captured before «من X» («قتلى من الحوثيين»)."""


def _verb_near(toks: list[Token], keys: list[str], c: Candidate) -> bool:
    """A verb of suffering right before ``c`` (its subject: «تكبدت ميليشيات الحوثي») or right after it, past one
    relational adjective («قتلى من الحوثيين سقطوا»)."""
    j = c.first - 1
    if j >= 0 and toks[j].text == "#":
        j -= 1
    if j >= 0 and keys[j] in SUFFERING:
        return True
    for k in (c.last + 1, c.last + 2):
        if k < len(keys) and keys[k] in SUFFERING:
            return True
        if k < len(keys) and not (toks[k].core.endswith(("ي", "ية", "يه", "ين", "ون")) and not toks[k].prefix):
            return False
    return False


def sufferer(m: EventMention, keys: list[str], actor: Candidate | None) -> bool:
    """``actor``, before the attack or battle noun ``m``, is the side that suffered it (see the module docstring)."""
    if actor is None or actor.last >= m.first or m.entry.plover_type != "ASSAULT":
        return False
    toks = m.sentence.tokens
    j = actor.first - 1
    if j >= 0 and toks[j].text == "#":
        j -= 1  # «تكبدت #ميليشيات_الحوثي»
    if j >= 0 and keys[j] in RANKS:
        return not (j > 0 and keys[j - 1] in MEMBERSHIP)  # «كان من ضمن صفوف المقاومة»: a member, not the toll
    if j >= 1 and keys[j] == FROM_WORD and keys[j - 1] in CASUALTIES:
        return True
    return _verb_near(toks, keys, actor)
