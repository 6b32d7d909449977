"""Taking part in operations is membership of whoever runs them: «تقيم الخرطوم مشاركتها في العمليات العسكرية
للتحالف العربي» — Khartoum is in the coalition, and military operations are no body one belongs to. For a
``member_of`` cue whose target is the noun «العمليات/عمليات» (past «العسكرية/الحربية/القتالية»), the target becomes
the actor the operations belong to, governed by ل right after them (or their genitive: «عمليات التحالف»); with
none («المشاركة في العمليات العسكرية لاستعادة الشرعية»: a purpose, no actor) the end is dropped. Used by
:meth:`marsad.relations.RelationStage.extract`. A sum of money («800 مليون دولار») is no end either
(:func:`currency`)."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.slots import Ends, Hit, SentenceSlots, norm_words
from marsad.text.normalize import normalize

OPERATIONS = norm_words("العمليات عمليات")
"""Operations: what a side takes part in, run by a body (not a named operation, «عملية بركان الغضب», which is one)."""
KINDS = norm_words("العسكرية الحربية القتالية الجوية البرية")
"""The kind of operations between the noun and the body that runs them."""


def operation_bodies(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` of a membership cue with operations replaced by the body after them (see the module)."""
    if not ends or h.cue.type != "member_of":
        return ends
    keys = ctx.keys
    out: Ends = []
    for src, tgt, subtype in ends:
        if keys[tgt.first] not in OPERATIONS:
            out.append((src, tgt, subtype))
            continue
        j = tgt.first + 1
        while j < len(keys) and keys[j] in KINDS:
            j += 1
        # «العمليات العسكرية للتحالف»; in construct, «عمليات التحالف الدولي», the body follows without ل
        construct = not ctx.sent.tokens[tgt.first].core.startswith("ال") and j == tgt.first + 1
        body = ctx.slot(j, lam=not construct)
        if body is not None and body.first == j:
            out.append((src, body, subtype))
    return out


CURRENCIES = norm_words(
    "دولار دولارا دولارات الدولارات يورو ريال ريالا دينار دينارا جنيه جنيها درهم درهما ليرة ليرات روبل"
)
"""Currencies: a sum («تمويل يبلغ نحو 800 مليون دولار») is what is given, never who gives or receives it."""


def currency(c: Candidate) -> bool:
    """An end that is a sum of money (its last word a currency): no actor."""
    words = c.text.split()
    return bool(words) and strip_article(normalize(words[-1])) in CURRENCIES
