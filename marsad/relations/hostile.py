"""Backing given to one side of a fight goes to the side fighting, not to its enemy: «وتقاتل قوات سوريا
الديمقراطية تنظيم داعش بدعم من التحالف الدولي», «شنت القوات الحكومية هجوما على الحوثيين بدعم من التحالف»,
«طرد تنظيم داعش من الموصل بدعم من التحالف», «لإسقاط الأسد بمساعدة المعارضة».

An adverbial cue of backing («بدعم من», «بمساعدة», «بإسناد جوي من», «بغطاء جوي من») takes as recipient the actor
right before it; when that actor is the object of a verb or noun of fighting in the same clause, the recipient is
the fighter: the actor between a verb of fighting and its object (verb-subject-object) or else the subject before
the fighting word; none found, no recipient. The same holds for the support the events stage codes from such a
cue («بدعم من» as an aid event). Conflict news in every region is written this way. Used by
:func:`marsad.relations.precision.precise_ends` and :func:`marsad.relations.aid.aid_relations`.
"""

from __future__ import annotations

import re

from marsad.events.coder import Candidate
from marsad.relations.slots import CLAUSE_WORDS, Ends, Hit, SentenceSlots, clitics, norm_words

FIGHTING = norm_words(
    "قاتل قاتلت يقاتل تقاتل يقاتلون قتال القتال محاربة حارب حاربت يحارب تحارب طرد طردت يطرد تطرد طردوا "
    "هاجم هاجمت يهاجم تهاجم هجوم هجوما هجمات ضد مواجهة واجه واجهت يواجه تواجه استهداف استهدف استهدفت "
    "إسقاط لإسقاط قصف قصفت يقصف تقصف حصار حاصر حاصرت ملاحقة"
)
"""Verbs and nouns of fighting whose object is the enemy."""
VERBS = norm_words(
    "قاتل قاتلت يقاتل تقاتل يقاتلون حارب حاربت يحارب تحارب هاجم هاجمت يهاجم تهاجم واجه واجهت يواجه تواجه "
    "طردت تطرد يطرد قصفت تقصف يقصف استهدفت تستهدف يستهدف حاصرت تحاصر يحاصر"
)
"""Unambiguous verb forms of :data:`FIGHTING`: an actor right after one is its subject («وتقاتل قوات المقاومة
المشتركة بإسناد من …»)."""
ADVERBIAL = norm_words("دعم مساعدة إسناد غطاء مساندة")
"""Nouns of backing that with ب are adverbial: «بدعم من», «بمساعدة»."""
REACH = 8
"""At most this many words from the fighting word to the recipient."""


def fighters_backed(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of an adverbial backing cue with the fighter, not the enemy, as the recipient."""
    toks, keys = ctx.sent.tokens, ctx.keys
    if h.cue.type != "support" or h.cue.pattern != "after_before" or keys[h.first] not in ADVERBIAL:
        return ends
    if "ب" not in clitics(toks[h.first]):
        return ends
    out: Ends = []
    for src, tgt, sub in ends:
        if not ctx.owns(tgt) or tgt.last >= h.first:
            out.append((src, tgt, sub))
            continue
        fighter = _fighter(ctx, tgt)
        if fighter is tgt:
            out.append((src, tgt, sub))
        elif fighter is not None and fighter is not src:
            out.append((src, fighter, sub))
    return out


def _fighter(ctx: SentenceSlots, tgt: Candidate) -> Candidate | None:
    """``tgt`` itself unless a fighting word governs it; then the fighter, or None."""
    keys = ctx.keys
    word = next(
        (j for j in range(tgt.first - 1, max(-1, tgt.first - 1 - REACH), -1) if keys[j] in FIGHTING),
        None,
    )
    if word is None or any(keys[j] in CLAUSE_WORDS or keys[j] in "،,." for j in range(word + 1, tgt.first)):
        return tgt
    if keys[word] in VERBS and not any(c.first > word and c.last < tgt.first for c in ctx.cands):
        return tgt  # «وتقاتل قوات المقاومة المشتركة بإسناد من …»: the subject right after the verb
    between = [c for c in ctx.cands if word < c.first and c.last < tgt.first and not c.after_prep]
    if between:
        return between[0]  # «وتقاتل قوات سوريا الديمقراطية تنظيم داعش»: verb, subject, object
    before = [c for c in ctx.cands if c.last < word and word - c.last <= 3 and not c.after_prep]
    return before[-1] if before else None  # «شنت القوات الحكومية هجوما على الحوثيين»


FIGHT_TEXT = re.compile(
    r"(?:^|\s)[وف]?(?:ل)?(?:قاتل|تقاتل|يقاتل|قتال|القتال|محاربة|حارب|تحارب|يحارب|طرد|طردت|هجوم|هجوما|هاجم|"
    r"هاجمت|ضد|مواجهة|استهداف|إسقاط|قصف|حصار)\S*\s"
)
"""The fighting words of :data:`FIGHTING` in raw text, for the events' aid readings."""
SUBJECT_AFTER = re.compile(r"(?:^|\s)[وف]?(?:[يت](?:قاتل|حارب|هاجم|واجه)|قاتلت|حاربت|هاجمت|واجهت)\s*$")
"""A verb of fighting right before the recipient: the recipient is its subject."""


def enemy_backed(text: str, recipient_start: int, trigger_start: int) -> bool:
    """An aid event read from an adverbial «بدعم/بمساعدة» whose recipient right before it is the object of a
    fighting word in the same clause («وتقاتل قسد تنظيم داعش بدعم من التحالف»)."""
    word = text[max(0, trigger_start - 2) : trigger_start + 8]
    if recipient_start > trigger_start or not any(f in word for f in ("بدعم", "بمساعدة", "بإسناد", "بمساندة")):
        return False
    lead = text[max(0, recipient_start - 60) : recipient_start]
    lead = re.split(r"[.،,:؛!?؟]", lead)[-1]
    if SUBJECT_AFTER.search(lead) is not None:
        return False  # «وتقاتل قوات المقاومة المشتركة بإسناد من …»: the recipient is the verb's subject
    return FIGHT_TEXT.search(" " + lead) is not None
