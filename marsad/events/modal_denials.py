"""Denials without a denial verb, and what a denial leaves standing.

* Officials deny a report by calling it untrue rather than with «نفى»: «لا صحة على الإطلاق للأخبار … حول قصف
  مناطق سورية من أراضي المملكة», «الأنباء … لا أساس لها من الصحة», «عارية عن الصحة». The phrase denies the
  events told after it in its sentence, as the verb does (:func:`denial_phrase`).
* A relative clause inside what is denied is taken for granted: in «نفى الأردن أن تكون الصواريخ التي ضربت
  مواقع في سوريا قد انطلقت من أراضيه» the strike happened, only its origin is denied (:func:`presupposed`).
"""

from __future__ import annotations

from marsad.events.lexicon import word_keys
from marsad.text.normalize import normalize

NEGATORS = word_keys("لا ليس ليست")
TRUTH = word_keys("صحة أساس")
"""«لا صحة لـ», «لا أساس له من الصحة», «ليس لها أي أساس»."""
STRIPPED = word_keys("عار عارية عاري")
"""«عار عن الصحة», «عارية عن الصحة» (with «الصحة» two words on)."""
TRUTH_NOUN = normalize("صحة")
RELATIVES = word_keys("الذي التي الذين اللذين اللتين اللواتي اللاتي")


def denial_phrase(keys: list[str], j: int) -> bool:
    """A phrase calling a report untrue ends at ``j``: «لا صحة», «لا أساس», «ليس لها أي أساس» (the negation up
    to three words back), or «عار/عارية عن الصحة»."""
    k = keys[j]
    if k == TRUTH_NOUN and j >= 2 and keys[j - 1] == "عن" and keys[j - 2] in STRIPPED:
        return True
    return k in TRUTH and any(keys[i] in NEGATORS for i in range(max(0, j - 3), j))


def presupposed(keys: list[str], first: int) -> bool:
    """The trigger at ``first`` opens a relative clause («الصواريخ التي ضربت مواقع»): what a denial around it
    denies is another part of the sentence."""
    return first > 0 and keys[first - 1] in RELATIVES
