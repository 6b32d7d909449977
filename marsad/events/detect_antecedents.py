"""A trigger whose object is an attached pronoun: the ``next=`` word of its entry stands before it, as the antecedent.

An entry such as «تفريق» (COERCE) or «نسب» (ACCUSE) is a trigger only with its object after it («تفريق المتظاهرين»,
«نسب الهجوم إلى»). When the object is an attached pronoun, the noun it stands for comes before the trigger, not after
it: «حاول متظاهرون اقتحام مبنى المحافظة لكن الشرطة قامت بتفريقهم», «المتظاهرين الذين تجمعوا دون ترخيص اصطدموا
بقوات الشرطة التي فرقتهم», «في هجوم جديد نسبته السلطات إلى التمرد الكردي». :func:`pronoun_antecedent` lets such a
trigger meet its condition with the word within :data:`ANTECEDENT_SPAN` words before it.

Only for conditions on a noun object: a condition that is a preposition the verb governs («سيطر» + «على») is not
met by the pronoun («سيطرتها» is «its control», and a «على» before it governs something else).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import IMPERFECT, ON, STOPS, THIRD_PERSON_ALL
from marsad.events.lexicon import Trigger
from marsad.model import Token
from marsad.text.normalize import normalize

PRONOUNS = frozenset(THIRD_PERSON_ALL)
"""Third-person object pronouns (the antecedent is a noun of the text; «نا», «ك» name the speaker or the hearer)."""
ANTECEDENT_SPAN = 12
"""Words before the trigger in which its antecedent may stand («حاول متظاهرون اقتحام مبنى المحافظة في وسط المدينة
لكن الشرطة قامت بتفريقهم»: eleven)."""
FUNCTION = frozenset(normalize(w) for w in "إلى الى على علي مع عن من في ب ل نحو باتجاه ضد".split())
"""Prepositions a condition may list: no antecedent."""
OPENERS = frozenset(normalize(w) for w in "التي الذي الذين اللذين اللتين اللواتي تم يتم جرى".split())
"""Words that open a clause describing the noun before them."""
ACTING = frozenset(normalize(w) for w in "قام قامت قاموا عمل عملت عملوا أقدم أقدمت أقدموا تولى تولت".split())
"""Perfect verbs of doing that govern a verbal noun naming the act («قامت الشرطة بتفريقهم», «أقدموا على»)."""
IMPERSONAL = frozenset(normalize(w) for w in "تم يتم جرى يجري سيتم سيجري وتم ويتم وجرى".split())
"""«تم رفعها», «جرى إطلاقه»: the word after an impersonal verb is a verbal noun."""
PREDICATE = frozenset(normalize(w) for w in "بأن بأنه بأنها بأنهم ب".split())
"""Words that open the predicate after an accusing verb and its object («وصفهم بأنهم»)."""
HEAD_SPAN = 3
"""Words before such an opener that are its noun and the noun's adjectives."""


def pronoun_antecedent(
    entry: Trigger,
    tokens: list[Token],
    keys: list[str],
    i: int,
    as_verb: bool,
    lookup: Callable[[Token], list[tuple[Trigger, bool]]],
) -> bool:
    """The one-word ``next=`` entry at ``i`` carries a third-person object pronoun, is a perfect verb («فرقتهم»,
    «نسبته») or a verbal noun governed by a verb of doing («قامت بتفريقهم», «عملت على تفريقها»: :func:`_acted`), and
    one of its condition's noun words stands in the :data:`ANTECEDENT_SPAN` words before it, in the same sentence part
    (no full stop between).

    An imperfect verb or a bare verbal noun with a pronoun mostly speaks of a kind or a possibility («التي يمكن
    إطلاقها», «احتجاجات تمنعها إسرائيل», «تعذر استقباله»), or is another word («رئيس تحريره», «تقدمه في العمر»).
    A trigger opened by a relative pronoun or «تم» describes the noun just before them («الألغام التي زرعها
    الحوثيون», «الاتفاقيات الاقتصادية التي تم توقيعها»): that noun is no antecedent (the police «التي فرقتهم» still
    disperse the protesters named before them). A verb right after an indefinite noun is a relative clause on it
    («لغم أرضي زرعته ميليشيا الحوثي»): the noun is its antecedent only when it is an event of another type (an
    entry of ``lookup`` without a condition: «في هجوم انتحاري نسبته مصادر أمنية إلى», «مظاهرة فرقتها قوات الأمن»)."""
    if entry.needs is None or entry.needs[0] != "next" or entry.words or tokens[i].suffix not in PRONOUNS:
        return False
    impersonal = i > 0 and (keys[i - 1] in IMPERSONAL or tokens[i - 1].core in IMPERSONAL)
    # «وتم رفعها», «التابعين لقطعته»: after an impersonal verb or a preposition it is a noun
    verb = as_verb and entry.pos != "noun" and not impersonal and not set(tokens[i].prefix) & set("بلك")
    if not (tokens[i].core[:1] not in IMPERFECT if verb else _acted(tokens, keys, i)):
        return False
    if (
        entry.plover_type == "ACCUSE"
        and i + 1 < len(tokens)
        and ("ب" in tokens[i + 1].prefix or keys[i + 1] in PREDICATE)
    ):
        return False  # «وصفهم بالإرهابيين»: the condition is the predicate that follows, not the object
    words = entry.needs[1] - FUNCTION
    opener = i
    while opener > 0 and keys[opener - 1] in OPENERS:
        opener -= 1
    for j in range(i - 1, max(-1, i - ANTECEDENT_SPAN - 1), -1):
        k = keys[j]
        if k in STOPS:
            return False
        if opener < i and opener - HEAD_SPAN <= j < opener:
            continue
        if k in words or (
            len(k) > 3 and ((k[:-1] in words and k[-1] == "ا") or (k.endswith("ون") and k[:-2] + "ين" in words))
        ):
            if opener == i and j >= i - HEAD_SPAN and not tokens[j].core.startswith("ال"):
                return any(
                    e.needs is None and e.plover_type != entry.plover_type for e, _ in lookup(tokens[j])
                )  # a relative clause on an indefinite noun
            return True  # the antecedent in the nominative or accusative («متظاهرون» for «متظاهرين»)
    return False


def _acted(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The verbal noun at ``i`` is governed by a verb of :data:`ACTING`, through ب («قامت بتفريقهم») or «على»
    («عملت على تفريقها»; not the noun «يجري العمل على تمشيطها»)."""
    j = i - 1 if i > 0 and keys[i - 1] not in ON else i - 2
    return j >= 0 and keys[j] in ACTING and not tokens[j].core.startswith("ال")
