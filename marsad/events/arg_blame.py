"""The side an attack is blamed on or attributed to around the attack noun, and agent verbs of ambushes,
mines and claims.

Three constructions of the press name an attack's actor outside the noun's own phrase:

* attribution with the noun as the object of «نسب»: «ونسب المصدر الهجوم إلى تنظيم القاعدة», «ونسب المتمردون
  الغارات إلى التحالف» (the side after «إلى» acted; who attributes it did not);
* blame in the same sentence: «قتل تسعة جنود في هجوم …، على ما أعلن مصدر عسكري محملا تنظيم القاعدة
  المسؤولية», «وحمّلت الوزارة الميليشيات مسؤولية الهجوم», «هجمات يلقى باللوم فيها على حزب العمال» (the side
  held responsible or blamed is the actor, as the events dev set annotates it; the modality stays the source's);
* an agent verb with the noun's pronoun after it that the general list of agent verbs lacks: «كمين نصبته
  المقاومة», «ألغام زرعها المتمردون», «هجوم تبناه تنظيم داعش».

An aircraft after the attack noun behind ب is its actor too («في هجوم بطائرة أميركية بلا طيار»: the drone
strikes, as «قصف طيران التحالف»), never its target.

Only attack nouns with no actor of their own (or an adjective taken for one: «هجوم مسلح») are completed.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import DEMONSTRATIVES, ON, STOPS, TO_WORDS
from marsad.events.mention import Candidate, EventMention
from marsad.text.normalize import normalize

ATTRIBUTE = frozenset(normalize(w) for w in "نسب نسبت ينسب تنسب نسبوا".split())
BLAME = frozenset(normalize(w) for w in "حمل حملت حملوا يحمل تحمل محملا محملة محملين محملتين".split())
"""«حمّل X المسؤولية», «محملا X المسؤولية» (unvocalised, the key of «حمّل» is «حمل»)."""
FAULT = frozenset(normalize(w) for w in ("لوم", "اللوم", "باللوم"))
"""«ألقى/يلقى باللوم على X»: the side the blame is laid on (the key keeps no article or ب)."""
RESPONSIBILITY = frozenset(normalize(w) for w in ("المسؤولية", "مسؤولية", "المسئولية", "مسئولية"))
AGENT_STEMS = tuple(normalize(w) for w in ("نصب", "زرع", "تبنى", "تبنا", "تبنت", "تبنو"))
"""Verbs whose object pronoun is the attack noun and whose subject is its actor («نصبته», «زرعها», «تبناه»)."""
OBJECT_PRONOUNS = ("ه", "ها", "هم", "وه", "وها", "ته", "تها")
ADJECTIVES = frozenset(normalize(w) for w in ("مسلح", "مسلحا", "مسلحة", "المسلح", "المسلحة"))
"""«هجوم مسلح», «كمين مسلح»: a participle after the attack noun describes it."""
ATTRIBUTE_REACH = 10
"""Words between «نسب» and the noun (its subject, a relative clause on it: «ونسب المتمردون الذين يسيطرون على
المنطقة، الغارات إلى …»)."""
BLAME_REACH = 30
AGENT_REACH = 5


def adjective_actor(m: EventMention, actor: Candidate | None) -> bool:
    """The actor is the participle «مسلح» right after the attack noun («كمين مسلح نصبته المقاومة»)."""
    if actor is None or actor.first != m.last + 1 or actor.first != actor.last:
        return False
    return normalize(m.sentence.tokens[actor.first].core) in ADJECTIVES


def blamed(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    can: Callable[[Candidate], bool],
    actor: Candidate | None,
) -> Candidate | None:
    """The side an attack noun ``m`` is attributed to, blamed on or claimed by (see the module), or None. An
    attribution or an agent verb after the noun replaces an ``actor`` found before it (the attributor, a
    subject of another verb); a blame only completes an attack with no actor."""
    toks = m.sentence.tokens
    n = len(keys)
    first, last = m.first, m.last

    def after(j: int, reach: int = 3) -> Candidate | None:
        return next((c for c in every if j < c.first <= j + reach and not c.after_prep and can(c)), None)

    # «ونسب المصدر الهجوم إلى تنظيم القاعدة»
    since = max(0, first - ATTRIBUTE_REACH)
    since = max([since] + [j + 1 for j in range(since, first) if toks[j].text in STOPS])
    if any(keys[j] in ATTRIBUTE for j in range(since, first)):
        to = next((j for j in range(last + 1, min(last + 4, n)) if keys[j] in TO_WORDS), None)
        if to is not None:
            found = after(to, 2)
            if found is not None:
                return found
    # «كمين نصبته المقاومة», «ألغام زرعها المتمردون»
    for j in range(last + 1, min(last + 1 + AGENT_REACH, n)):
        if toks[j].text in STOPS or toks[j].text in "،,":
            break
        core = normalize(toks[j].core)
        if core.startswith(AGENT_STEMS) and core.endswith(OBJECT_PRONOUNS) and not toks[j].prefix.replace("و", ""):
            found = after(j)
            if found is not None:
                return found
            break
    # «اتهمت الوكالة الحوثيين الذين يسيطرون على مناطق قريبة من مأرب بالوقوف وراء هذا الهجوم»: the side named as
    # standing behind the attack replaces the accuser found as the sentence's subject
    behind = stood_behind(m, every, keys, can)
    if behind is not None:
        return behind
    if actor is not None and not adjective_actor(m, actor):
        return None
    # «… محملا تنظيم القاعدة المسؤولية»
    for j in range(max(0, first - BLAME_REACH), min(n - 2, last + BLAME_REACH)):
        if toks[j].text in STOPS and j > last:
            break
        if keys[j] in BLAME:
            # the side held is the one right before «المسؤولية»: the participle's object («محملا تنظيم القاعدة
            # المسؤولية»), or the verb's object after its subject («حمّلت الوزارة الجماعات المسلحة مسؤولية …»)
            r = next(
                (k for k in range(j + 2, min(j + 14, n)) if normalize(toks[k].core) in RESPONSIBILITY),
                None,
            )
            held = next((c for c in every if r is not None and c.first > j and c.last == r - 1 and can(c)), None)
            if held is not None:
                return held
        if keys[j] in FAULT:
            # «هجمات يلقى باللوم فيها على حزب العمال», «وتلقي أنقرة باللوم على المتمردين في الهجوم»
            on = next((k for k in range(j + 1, min(j + 4, n)) if keys[k] in ON), None)
            held = next((c for c in every if on is not None and c.first == on + 1 and can(c)), None)
            if held is not None:
                return held
    return None


STAND = frozenset(normalize(w) for w in "الوقوف وقوف يقف تقف يقفون يقفان وقف وقفت وقفوا".split())
"""«بالوقوف وراء الهجوم», «يقفون خلف الهجمات»: the side said to stand behind an attack carried it out (the key of
«بالوقوف» keeps its ب off: the clitic is split)."""
BEHIND = frozenset(normalize(w) for w in ("وراء", "خلف"))
BEHIND_REACH = 14
"""Words back from «الوقوف» to the side that stood behind the attack (a relative clause on it may stand between)."""


def stood_behind(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The side before «(ب)الوقوف/يقف وراء/خلف» right before the attack noun (a demonstrative may stand between):
    «اتهمت الوكالة الحوثيين … بالوقوف وراء هذا الهجوم», «بالوقوف خلف القصف». The nearest candidate before the
    verb that can act and stands after no preposition, in the sentence; none after «من» («من يقف وراء الهجوم»)."""
    toks = m.sentence.tokens
    j = m.first - 1
    if j >= 0 and keys[j] in DEMONSTRATIVES:
        j -= 1
    if j < 1 or keys[j] not in BEHIND or normalize(toks[j - 1].core) not in STAND:
        return None
    stand = j - 1
    if stand > 0 and keys[stand - 1] == normalize("من"):
        return None
    since = max([0] + [k + 1 for k in range(max(0, stand - BEHIND_REACH), stand) if toks[k].text in STOPS])
    near = [
        c
        for c in every
        if since <= c.first
        and c.last < stand
        and stand - c.last <= BEHIND_REACH
        and not c.after_prep
        and c.place is None
        and can(c)
    ]
    return near[-1] if near else None


AIRCRAFT = frozenset(
    normalize(w)
    for w in "طائرة طائرات طائرتين مقاتلة مقاتلات مروحية مروحيات درون الطائرة الطائرات المقاتلات المروحيات".split()
)
"""Aircraft nouns (keys keep no article: both forms are listed for the cores)."""


def aircraft_instrument(m: EventMention, every: list[Candidate]) -> Candidate | None:
    """The aircraft right after the attack noun behind a glued ب («هجوم بطائرة مسيرة», «غارة بطائرات
    إسرائيلية»), or None."""
    toks = m.sentence.tokens
    j = m.last + 1
    if j >= len(toks) or "ب" not in toks[j].prefix or normalize(toks[j].core) not in AIRCRAFT:
        return None
    return next((c for c in every if c.first == j), None)
