"""The object of a relative verb is its antecedent: in «جبهة البوليساريو، التي تدعمها الجزائر», «التحالف العسكري
الذي تقوده السعودية» the pronoun on the verb after «الذي/التي» is the actor named just before the relative pronoun
(past its adjectives). When no actor stands there («الشيعي الذي تدعمه لندن»), the verb relates no one: its object
is not to be looked for farther back or in the sentence before. An aid event's actors likewise must lie in the
sentence of its trigger (:func:`one_sentence`). Used by :class:`marsad.relations.RelationStage`."""

from __future__ import annotations

from typing import Any

from marsad.events.coder import Candidate
from marsad.relations.antecedents import after_relative
from marsad.relations.slots import PREPOSITIONS, Ends, Hit, SentenceSlots, has_lam
from marsad.text.tokens import is_arabic_word

OBJECT_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "هن"))
"""Object pronouns on a verb: «تدعمه», «تدعمها», «تدعمهم»."""
ANTECEDENT_WORDS = 6
"""At most this many tokens between the antecedent's last word and the relative pronoun (its adjectives, a
quote, a comma: «المقاتلين السوريين الوليدة الذين سلحتهم»)."""


def _antecedent(ctx: SentenceSlots, c: Candidate, rel: int) -> bool:
    """``c`` is a candidate of this sentence that ends shortly before the relative pronoun at ``rel``, with no
    preposition between («مجلس الأمن على القرار الذي أيدته روسيا»: the resolution is the antecedent)."""
    if not ctx.owns(c) or c.last >= rel or rel - c.last > ANTECEDENT_WORDS:
        return False
    toks = ctx.sent.tokens
    return not any(ctx.keys[k] in PREPOSITIONS or has_lam(toks[k]) for k in range(c.last + 1, rel))


def relative_object(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of a relative verb with an object pronoun («الذي تدعمه X») whose one end is the antecedent; the
    others are dropped. Other cues' ends are returned as found."""
    if not ends or h.cue.pattern != "verb" or not h.on_first or h.pronoun not in OBJECT_PRONOUNS:
        return ends
    if h.gap is not None or not after_relative(ctx, h.first):
        return ends
    rel = h.first - 1
    return [(s, t, st) for s, t, st in ends if _antecedent(ctx, s, rel) or _antecedent(ctx, t, rel)]


def one_sentence(event: dict[str, Any]) -> bool:
    """Both actors of ``event`` lie in the sentence of its trigger: an aid event's giver and recipient merged from
    mentions sentences apart («باريس» in one, «السكان» five sentences on) state no support."""
    trigger = event["trigger"]["start"]
    for m in event.get("mentions") or ():
        sent = m["sentence"]
        if sent["start"] <= trigger < sent["end"]:
            return all(sent["start"] <= event[a]["start"] < sent["end"] for a in ("actor1", "actor2"))
    return True


NOT_WITH = PREPOSITIONS - {"مع", "من"}
"""Prepositions after which no ally stands («حلفاء ضد داعش», «قوات النظام وحلفائها عن معبر نصيب»); «من» names
them («وحلفاؤها من المجموعات السلفية»)."""


def no_prepositional_allies(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of an ally noun («حلفاء», «وحلفائها») without the ends after it that a preposition introduces:
    «لكسب حلفاء ضد داعش» names whom the allies are against, «وحلفائها عن معبر» a place."""
    if h.cue.type != "ally" or h.cue.pattern != "modifier":
        return ends
    keys, toks = ctx.keys, ctx.sent.tokens

    def introduced(c: Candidate) -> bool:
        if not ctx.owns(c) or c.first <= h.last:
            return False
        j = c.first - 1
        while j > h.last and not is_arabic_word(toks[j]):
            j -= 1  # «حلفاء ضد «داعش»»: past the quote
        return keys[j] in NOT_WITH

    return [(s, t, st) for s, t, st in ends if not (introduced(s) or introduced(t))]
