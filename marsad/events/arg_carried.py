"""The agent a relative clause gives an event noun: «الحصار الذي تقوم به المليشيا», «زيارات قامت بها موغيريني»,
«الدعم الذي تقدمه قوات التحالف», «المساعدات التي قدمتها كل من الولايات المتحدة», «اتهامات وجهتها إليها جارتها».

Arabic news names who carried out what a noun names in a relative clause after it (with «الذي/التي», or without
one after an indefinite noun): the verb «قام/يقوم» with «به/بها» (carried out), or a verb of giving, directing,
organising, concluding or waging whose object pronoun refers back to the noun («قدمه», «وجهتها», «نظمها», «أبرمه»,
«خاضها»). The verb's subject, right after it (past a pronoun phrase such as «إليها» or «كل من»), is the actor;
:func:`marsad.events.constructions.agent_word` reads the verbs of attack («شنه», «نفذتها», «أطلقها») the same way.
Called by :func:`marsad.events.arguments.attach` for noun triggers.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import FROM_WORD, PHRASE_BREAKS, RELATIVE_PRONOUNS, preposition
from marsad.events.detect_objects import BY_HIM
from marsad.events.mention import Candidate, EventMention
from marsad.text.normalize import normalize

CARRY = frozenset(
    normalize(w) for w in "قام قامت قاموا قاما قامتا يقوم تقوم يقومون تقومان يقومان نقوم سيقوم ستقوم".split()
)
"""«قام/يقوم بـ»: the verb of carrying out, whose ب takes the noun's pronoun («قام بها», «تقوم به»)."""
PRONOUN_VERBS = ("قدم", "وجه", "نظم", "ابرم", "خاض", "بذل")
"""Verbs whose object pronoun refers back to the event noun and whose subject gives, directs, organises,
concludes or wages it: «الدعم الذي تقدمه», «اتهامات وجهتها», «التظاهرة التي نظمها», «الاتفاق الذي أبرمه»,
«المعارك التي خاضها»."""


def _pronoun_forms() -> frozenset[str]:
    out: set[str] = set()
    for stem in PRONOUN_VERBS:
        for pronoun in ("ه", "ها", "هم", "هما"):
            out.update(stem + person + pronoun for person in ("", "ت", "و", "ا", "تا"))
            out.update(p + stem + plural + pronoun for p in "يت" for plural in ("", "ون", "ان", "ا"))
    return frozenset(normalize(w) for w in out)


GIVING = _pronoun_forms()
EACH = normalize("كل")
WHAT = normalize("ما")
OBJECT_WORDS = frozenset(normalize(w) for w in "على علي ضد مع إلى الى عن لدى في".split())
REACH = 5
"""Words from the trigger to the verb: the noun's adjectives and a relative pronoun («الدعم اللوجستي الكبير الذي
تقدمه»)."""
SUBJECT_GAP = 3
"""Words from the verb to its subject: «قدمتها كل من الولايات المتحدة», «وجهتها إليها جارتها المغرب»."""


def carried_by(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The subject of a relative clause of carrying out or giving after the noun trigger ``m``, or None."""
    toks = m.sentence.tokens
    n = len(keys)
    for j in range(m.last + 1, min(n - 1, m.last + REACH + 1)):
        if toks[j].text in PHRASE_BREAKS:
            return None
        verb_end = None
        if keys[j] in CARRY and keys[j + 1] in BY_HIM:
            verb_end = j + 1
        elif toks[j].core in GIVING and not toks[j].prefix:
            verb_end = j
        if verb_end is not None and keys[j - 1] == WHAT:
            return None  # «دعم ما تقوم به الميليشيات»: «ما» heads the noun's object, the subject is of that clause
        if verb_end is None:
            # a candidate between the noun and the verb is its genitive or the antecedent: «زيارة مشعل التي قام بها»
            if any(c.first == j for c in every) and keys[j] not in RELATIVE_PRONOUNS:
                return None
            continue
        for c in every:
            each = c.first >= 2 and keys[c.first - 1] == FROM_WORD and keys[c.first - 2] == EACH  # «كل من X وY»
            if (
                verb_end < c.first <= verb_end + SUBJECT_GAP
                and (not c.after_prep or each)
                # «قام بها لموسكو», «خاضتها ضد إسرائيل»: a ل- or ضد-phrase is no subject (the subject is a pronoun)
                and not preposition(toks[c.first])
                and "و" not in toks[c.first].prefix  # «تقدمه بنفسها للإرهاب والجماعات»: a conjunct of the object
                and keys[c.first - 1] not in OBJECT_WORDS
                and can(c)
            ):
                if any(toks[k].text in PHRASE_BREAKS for k in range(verb_end + 1, c.first)):
                    return None
                return c
        return None
    return None
