"""Detection: a demand with no verb of demanding, «(إن) على X أن يفعل».

Arabic news reports a demand with the preposition «على» of obligation and no verb of its own: «وعلى الدبلوماسيين
والبعثات أن تروج لذلك», «أبلغه بأن عليهم أن يثبتوا أنهم ليسوا دولة مارقة». The act asked for (the imperfect verb
after «أن») is the trigger of the REQUEST, as the conventions of bench/dev/README-events.md have it for «إن على
مليشيات الحوثي إخلاء ميناء الحديدة» (diplomacy round). Read by :meth:`marsad.events.triggers.TriggerFinder.find`.
"""

from __future__ import annotations

from marsad.events.lexicon import Trigger, strip_article
from marsad.model import Token
from marsad.text.normalize import normalize

OBLIGATION = Trigger((), "form", "REQUEST", None, None, None, None, "detect_obligations.py")
"""The entry of a demand read from «على X أن + verb» (no lexicon row names it)."""
ON = frozenset(normalize(w) for w in "على عليه عليها عليهم عليهما علينا عليكم عليهن".split())
"""«على» of obligation, also with the pronoun of who is obliged («بأن عليهم أن»)."""
THAT = frozenset(normalize(w) for w in ("إن", "أن", "ان", "بأن", "وإن", "وأن"))
"""«إن/أن» before «على»: «قال إن على الحكومة أن …», «بأن عليهم أن …»."""
CLAUSE_MARKS = frozenset('.،,؛;:!؟?()"«»-–—')
IDIOMS = frozenset(
    strip_article(normalize(w))
    for w in "الرغم رغم صعيد سبيل إثر اثر خلفية ضوء غرار حد أساس اساس مستوى هامش الأقل الاقل الأرجح ما وقع نحو".split()
)
"""Words that make «على» part of an idiom, not an obligation («وعلى الرغم من أن», «على أساس أن», «على ما يبدو»)."""
OBLIGED_SPAN = 6
"""Words who is obliged may take between «على» and «أن» («وعلى الدبلوماسيين والبعثات الدبلوماسية التونسية بالخارج»)."""


def _opens_obligation(tokens: list[Token], keys: list[str], j: int) -> bool:
    """The «على» at ``j`` follows «إن/أن» or opens a clause with a glued و («… في تحسن وعلى الدبلوماسيين أن»;
    the tokenizer keeps «وعلى» whole, its key drops the و)."""
    return (j > 0 and keys[j - 1] in THAT) or "و" in tokens[j].prefix or tokens[j].core[:1] == "و" != keys[j][:1]


def may_oblige(tokens: list[Token]) -> bool:
    """Whether a sentence holds an «على» that may open an obligation (a cheap test for sentences with no
    lexicon word, which the coder otherwise skips)."""
    return any(t.core in ON or (t.core[:1] in "وف" and t.core[1:] in ON) for t in tokens)


def obligations(tokens: list[Token], keys: list[str]) -> list[int]:
    """Indexes of the imperfect verbs asked for by «(إن) على X أن + verb» in a sentence."""
    out = []
    for j in range(len(tokens)):
        if keys[j] not in ON or not _opens_obligation(tokens, keys, j):
            continue
        if j + 1 < len(keys) and keys[j + 1] in IDIOMS:
            continue
        for k in range(j + 1, min(len(tokens) - 1, j + 1 + OBLIGED_SPAN)):
            core = keys[k]
            if core in CLAUSE_MARKS or (core == normalize("من") and k > j + 1):
                break
            if core in THAT:
                verb = tokens[k + 1].core
                if verb[:1] in "يتن" and len(verb) >= 4:
                    out.append(k + 1)
                break
    return out
