"""Trigger words that name no event of the story: a kind of events, an act not done, a habit, an aim, an
assailant's getaway (called from :func:`marsad.events.detect_clauses.untold`).

* «منع تكرار مثل هذه الهجمات», «مثل تلك الاعتداءات», «هذا النوع من الهجمات سيستمر»: a demonstrative after «مثل»,
  or «هذا النوع من» before the noun, points at a class of events (the attacks of the kind feared or described),
  not at one attack of the story (the noun after a plain demonstrative, «هذه الهجمات», still refers back to
  events told, and is kept).
* «الاحتجاز دون محاكمة», «بدون قتال», «من دون اشتباكات»: a verbal noun after «دون/بدون» is an act that did not
  take place; it tells no event (a denied event is told by a verb or a noun under a negation the modality stage
  reads: «لم تتعرض لأي هجوم»).
* «ويشهد القوقاز باستمرار مواجهات وهجمات», «تشهد المنطقة عادة اشتباكات»: an indefinite event noun a few words
  after an adverb of habit names what happens there as a rule, no event of the story.
* «حتى يتم القبض عليه», «كي يتم تسليمهم», «ليتم اعتقاله»: a masdar after «يتم/تتم» under «حتى/كي/ل» is the aim of
  the act before it, not done yet.
* «طعن رجل الأمن ومن ثم لاذ بالفرار», «قبل أن يلوذ بالفرار», «فيطلقون النار … ومن ثم الفرار من الموقع»: the
  flight after «ثم» or «قبل أن» is the assailant's getaway, a step of the act told before it, no retreat of a
  force (which the news tells with the force as subject: «فرار مئات المسلحين من مناطق المواجهات»); after a
  clash of the sentence it is the losing side's retreat («واشتبكت معها لساعات قبل أن تلوذ بالفرار»).
"""

from __future__ import annotations

from marsad.events.constructions import FROM_WORD
from marsad.events.lexicon import word_keys
from marsad.model import Token
from marsad.text.normalize import normalize

LIKE = normalize("مثل")
DEMONSTRATIVES = frozenset(normalize(w) for w in "هذه هذا هذان هاتان تلك ذلك هؤلاء أولئك".split())
KINDS = word_keys("النوع القبيل الطراز الصنف")
WITHOUT = frozenset(normalize(w) for w in ("دون", "بدون"))
THEN = normalize("ثم")
BEFORE = normalize("قبل")
THAT = frozenset(normalize(w) for w in ("أن", "ان"))
HABIT = frozenset(normalize(w) for w in ("دائما", "دائمًا", "عادة", "غالبا", "غالبًا", "أحيانا", "أحيانًا"))
CONTINUALLY = normalize("استمرار")
HABIT_SPAN = 3
"""Words between an adverb of habit and the indefinite event noun it governs («باستمرار مواجهات وهجمات»)."""
DONE = frozenset(normalize(w) for w in ("يتم", "تتم"))
SO_THAT = frozenset(normalize(w) for w in ("حتى", "كي", "لكي"))
FLIGHT = word_keys("فرار الفرار فر فرت فروا يفر يفرون هرب هربت هربوا هروب الهروب لاذ لاذت لاذوا يلوذ تلوذ يلوذون")
"""Words of flight: the getaway test leaves every other retreat alone («قبل أن يتم إطلاق سراحهم»)."""
CLASHES = word_keys("اشتبك اشتبكت اشتبكوا اشتباك اشتباكات مواجهة مواجهات معركة معارك تبادل")
GETAWAY_SPAN = 3
"""Words between «ثم»/«قبل أن» and the word of flight («ثم لاذ بالفرار»)."""


def kind_before(keys: list[str], i: int) -> bool:
    """«مثل هذه الهجمات», «هذا النوع من الهجمات»: the words before the noun at ``i`` make it a class of events."""
    if i >= 2 and keys[i - 1] in DEMONSTRATIVES and keys[i - 2] == LIKE:
        return True
    return i >= 3 and keys[i - 1] == FROM_WORD and keys[i - 2] in KINDS and keys[i - 3] in DEMONSTRATIVES


def without(tokens: list[Token], keys: list[str], i: int) -> bool:
    """«الاحتجاز دون محاكمة», «بدون قتال»: the noun at ``i`` right after «دون» (with or without its ب, or after
    «من») is an act not done."""
    return i >= 1 and (keys[i - 1] in WITHOUT or tokens[i - 1].norm in WITHOUT)


def getaway(keys: list[str], i: int) -> bool:
    """The flight word at ``i`` comes right after «ثم» or «قبل أن» (a verb of taking refuge between): the
    assailant's getaway after the act told before it (not after a clash: a side's retreat)."""
    if keys[i] not in FLIGHT or any(k in CLASHES for k in keys[:i]):
        return False
    for j in range(max(0, i - GETAWAY_SPAN), i):
        if keys[j] == THEN or (keys[j] in THAT and j > 0 and keys[j - 1] == BEFORE):
            return True
    return False


def habitual(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The indefinite event noun at ``i`` stands a few words after an adverb of habit («باستمرار», «دائما»,
    «عادة»): what happens as a rule."""
    if tokens[i].core.startswith("ال"):
        return False
    for j in range(max(0, i - HABIT_SPAN), i):
        if keys[j] in HABIT or tokens[j].norm in HABIT:
            return True
        if keys[j] == CONTINUALLY and "ب" in tokens[j].prefix:
            return True
        if tokens[j].norm == "ب" + CONTINUALLY:
            return True
    return False


def so_that_done(tokens: list[Token], keys: list[str], i: int) -> bool:
    """«حتى يتم القبض عليه», «ليتم اعتقاله»: the masdar at ``i`` after «يتم/تتم» under «حتى/كي/ل» is an aim."""
    if i < 1 or keys[i - 1] not in DONE:
        return False
    return "ل" in tokens[i - 1].prefix or (i >= 2 and keys[i - 2] in SO_THAT)
