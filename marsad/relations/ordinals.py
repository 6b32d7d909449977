"""An ordinal that stands for one of several bodies just counted: «ورشحته كتلتان سياسيتان، الأولى يتزعمها مقتدى
الصدر …، والثانية يتزعمها هادي العامري …». News splits a counted plural into «الأول(ى) …، والثاني(ة) …»; the
definite ordinal right before a verb with an object pronoun is then the verb's object, an actor the recogniser
cannot tag. When the verb's reading found no end, the ordinal is the target and the person after the verb (past
his titles) the source; the list after him is joined by :func:`marsad.relations.counterparts.listed_ends`. Used by
:meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.relations.slots import Ends, Hit, SentenceSlots, clitics, is_person, norm_words

ORDINALS = norm_words("الأولى الأول الثانية الثاني الثالثة الثالث الأخرى الأخيرة")
"""Definite ordinals (and «الأخرى», «الأخيرة») that take up one of the items counted before them."""
TITLE_WORDS = 8
"""At most this many tokens (the person's titles, quotes included: «زعيم فصائل "الحشد الشعبي"») between the verb and
the person."""


def ordinal_ends(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends``, or, when they are empty and the verb's object pronoun stands for an ordinal right before it
    («الأولى يتزعمها X»), the pair (the person after the verb, the ordinal)."""
    if ends or h.cue.pattern != "verb" or not h.on_first or h.pronoun not in ("ه", "ها") or h.first == 0:
        return ends
    toks, o = ctx.sent.tokens, h.first - 1
    if ctx.keys[o] not in ORDINALS or clitics(toks[o]) not in ("", "و") or ctx.at(o) is not None:
        return ends
    if o == 0 or (toks[o - 1].text not in "،," and "و" not in clitics(toks[o])):
        return ends  # «…، الأولى», «… والثانية»: the ordinal opens a part of the sentence
    # the first person after the verb, past the body his title governs («زعيم فصائل الحشد الشعبي هادي العامري»)
    person = next((c for c in ctx.cands if h.last < c.first <= h.last + TITLE_WORDS and is_person(c)), None)
    if person is None:
        return ends
    if any(toks[k].text in ".،,:؟!" for k in range(h.last + 1, person.first)):
        return ends
    return [(person, ctx.word(o), None)]
