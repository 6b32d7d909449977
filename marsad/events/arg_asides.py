"""Objects past an aside, and a person phrase read in two halves.

Two constructions of news sentences that the positional rules of ``marsad.events.arguments`` misread:

* verb–subject–aside–object: the subject of a verb trigger is followed by a comma and by asides (where,
  when, in what speech), and the object comes after the last comma: «توعد الرئيس التركي رجب طيب أردوغان، في
  كلمة ألقاها في أنقرة، الثلاثاء، المسؤولين عن الهجوم». The object is the first bare side that opens a
  comma-delimited stretch after the subject, once at least two commas have closed the aside.
* a person head in construct with a side the tagger knows: «رجل الأمن», «عنصر الشرطة». The tagger's side is
  only the genitive; after a verb whose subject stands before it («أن أحدهما طعن رجل الأمن») the whole phrase
  is the object, and «الأمن» alone is no actor.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arg_objects import ONE_OF, person_heads
from marsad.events.constructions import COMMAS
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.text.tokens import clitics

REACH = 14
"""Words from the subject's end to the object at most."""


def object_past_aside(
    m: EventMention,
    every: list[Candidate],
    actor: Candidate | None,
    target: Candidate | None,
    verbish: bool,
    can: Callable[[Candidate], bool],
) -> Candidate | None:
    """The object of «V S، aside، O» (see the module docstring), or None."""
    if not verbish or target is not None or actor is None:
        return None
    if actor.first <= m.last or actor.first - m.last > 3:
        return None
    toks = m.sentence.tokens
    n = len(toks)
    if actor.last + 1 >= n or toks[actor.last + 1].text not in COMMAS:
        return None
    commas = 0
    for j in range(actor.last + 1, min(n, actor.last + 1 + REACH)):
        t = toks[j]
        if t.text in COMMAS:
            commas += 1
            continue
        if t.text in (".", "؛", ":", "!", "؟") or "و" in t.prefix[:1]:
            return None  # the sentence or a coordinated clause begins: no aside
        if commas >= 2 and toks[j - 1].text in COMMAS:
            c = next((c for c in every if c.first == j), None)
            if c is None:
                continue
            if c.after_prep or c.place is not None or c.unknown_place or not can(c):
                return None
            return c
    return None


def _bare(m: EventMention, i: int) -> bool:
    tok = m.sentence.tokens[i]
    return not clitics(tok) and not tok.core.startswith("ال")


def split_person(
    m: EventMention, keys: list[str], actor: Candidate | None, target: Candidate | None
) -> tuple[Candidate | None, Candidate | None]:
    """«أن أحدهما طعن رجل الأمن»: the genitive of a person head after the verb is no actor (see the docstring)."""
    if actor is None or actor.first != m.last + 2:
        return actor, target
    head = m.last + 1
    if not _bare(m, head) or keys[head] not in person_heads():
        return actor, target
    toks = m.sentence.tokens
    phrase = unnamed(toks, head, actor.last)
    before = m.first - 1
    suffix = toks[before].suffix if before >= 0 else ""
    if suffix and keys[before].endswith(suffix) and keys[before][: -len(suffix)] in ONE_OF:
        # «أحدهما طعن رجل الأمن»: one of them is the subject, the person phrase the object
        return unnamed(toks, before, before), phrase if target is None else target
    return actor, target


def person_phrase(m: EventMention, keys: list[str], target: Candidate | None) -> Candidate | None:
    """The object right after a verb whose subject stands before it, grown back over a bare person head the tagger
    left out («أن أحدهما طعن رجل الأمن»: «رجل الأمن», not «الأمن»)."""
    head = m.last + 1
    if target is None or target.first != head + 1 or not _bare(m, head) or keys[head] not in person_heads():
        return target
    return unnamed(m.sentence.tokens, head, target.last)


OBJECT_MASDARS = word_keys(
    "مهاجمة محاكمة ملاحقة محاصرة مطاردة طرد ضبط اعتقال توقيف اقتياد تحرير اختطاف خطف اغتيال إعدام تصفية تعذيب احتجاز"
)
"""Masdars of transitive verbs whose attached pronoun is the object: «بعد مهاجمتهم», «تمت ملاحقته وضبطه»."""


TEMPORAL = word_keys("بعد قبل منذ عقب إثر اثر أثناء اثناء خلال لدى عند")
"""Words of time governing the masdar: «بعد مهاجمتهم», «منذ طردها»."""


def masdar_object(
    m: EventMention, keys: list[str], verbish: bool, actor: Candidate | None, target: Candidate | None
) -> tuple[Candidate | None, Candidate | None]:
    """«أدت إلى مقتل خمسة من رجال الأمن بعد مهاجمتهم»: the pronoun on a masdar after a word of time is its
    object; the side named before it is whom it refers to, no actor."""
    toks = m.sentence.tokens
    tok = toks[m.first]
    if verbish or m.first != m.last or not tok.suffix or actor is None or actor.last >= m.first:
        return actor, target
    if m.first == 0 or keys[m.first - 1] not in TEMPORAL or tok.prefix:
        return actor, target  # «استطاعت المقاومة تعقبهم واعتقالهم»: a coordinated masdar keeps the subject
    key = keys[m.first]
    stem = key[: -len(tok.suffix)] if key.endswith(tok.suffix) else key
    if stem.endswith("ت"):
        stem = stem[:-1] + "ه"
    if stem not in OBJECT_MASDARS:
        return actor, target
    return None, target
