"""Relation ends that are pronouns: the actor a pronoun stands for, when one candidate is clearly preferred.

Arabic news names an actor once and then carries it in pronouns: the subject of a clause after «أنّ/إنّ» is
the pronoun glued to the particle («وقال إنه يدعم …», «مبينا أنها ما زالت تسانده»), the object of a verb is
glued to the verb («تسانده», «يدعمها»), and a plural ally noun holds its owner («مطالباً حلفاءه الأوروبيين»).
The end finders of :mod:`marsad.relations.patterns` read these from the words around the cue; this module is
their fallback for the pronouns they leave unread or read past (an actor of the next clause, the sentence
before), and follows Arabic agreement:

* ``ه`` (he, it): a person, or a body or state whose name is grammatically masculine («نظام الأسد»,
  «حزب الله», «العراق», «السودان»);
* ``ها`` (she, it): a state or a body that is not a person — Arabic news treats states, governments,
  movements and forces as feminine singular («إيران», «الحكومة», «قوات الوفاق»);
* plural ``هم`` is left to the finders (its antecedent is usually an unnamed group).

The subject of a clause is sought among the actors that are not inside a prepositional phrase (a speaker
introduced by «قال/أكد/أضاف» is the usual antecedent of «إنه/أنه»); the object among all actors before the
verb other than the subject. With no actor before the particle at all («وقال إنه …» opening a sentence), the
actor the sentence before is about stands for the pronoun. Modality is the cue's, read as for any end.
"""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.relations.slots import Ends, Hit, SentenceSlots, clitics, is_person, is_town, norm_words

COMPLEMENTS = {"انه": "ه", "انها": "ها", "بانه": "ه", "بانها": "ها", "لانه": "ه", "لانها": "ها"}
"""«أنه/إنه/بأنه/لأنه» and their feminine, as keys (hamza folded): the particle and its subject pronoun."""

AUXILIARIES = frozenset(
    (
        "ما زال زالت يزال تزال مازال مازالت لازال لاتزال لايزال لا لم لن قد سوف كان كانت يكون تكون ظل ظلت يظل "
        "تظل عاد عادت يعد تعد"
    ).split()
)
"""Words that may stand between the particle and its verb («أنها ما زالت تسانده», «أنه لن يدعم»)."""

MASCULINE_HEADS = frozenset(
    (
        "نظام حزب جيش تحالف مجلس ائتلاف تيار تنظيم اتحاد برلمان مكتب وفد فصيل لواء حرس جهاز معسكر حشد مؤتمر "
        "عراق سودان يمن اردن مغرب لبنان صومال حوثي"
    ).split()
)
"""Heads (keys without the article) of masculine bodies and the masculine state names: «ه» may stand for them."""

PRONOUN_GAP = 3
"""At most this many auxiliaries between «أنه/أنها» and the cue verb."""


def _masculine(ctx: SentenceSlots, c: Candidate) -> bool:
    key = ctx.key_of(c)
    return key.removeprefix("ال") in MASCULINE_HEADS


def agrees(ctx: SentenceSlots, c: Candidate, pronoun: str) -> bool:
    """Whether an actor may be what ``pronoun`` (``ه`` or ``ها``) stands for."""
    if c.entity is None or c.unknown_place or is_town(c):
        return False
    if pronoun == "ها":
        return not is_person(c) and not _masculine(ctx, c)
    if pronoun == "ه":
        return is_person(c) or _masculine(ctx, c)
    return False


def antecedent(
    ctx: SentenceSlots, pos: int, pronoun: str, subject: bool, exclude: Candidate | None = None, person: bool = False
) -> Candidate | None:
    """The nearest actor before token ``pos`` that agrees with ``pronoun`` (a ``person`` only if asked); a
    ``subject`` pronoun skips actors inside a prepositional phrase. None when the sentence holds none."""
    for c in reversed(ctx.cands):
        if c.last >= pos or c is exclude or (exclude is not None and _same(c, exclude)):
            continue
        if subject and (c.after_prep or c.first in ctx.obliques):
            continue
        if agrees(ctx, c, pronoun) and (is_person(c) or not person):
            return c
    return None


def _same(a: Candidate, b: Candidate) -> bool:
    return a.entity is not None and b.entity is not None and a.entity.id == b.entity.id


def complement_before(ctx: SentenceSlots, i: int) -> tuple[int, str] | None:
    """The particle «أنه/أنها …» whose clause the verb at token ``i`` opens, with its pronoun, or None."""
    j = i - 1
    while j >= 0 and i - j <= PRONOUN_GAP + 1 and ctx.keys[j] in AUXILIARIES:
        j -= 1
    if j < 0 or ctx.keys[j] not in COMPLEMENTS or i - j > PRONOUN_GAP + 1:
        return None
    return j, COMPLEMENTS[ctx.keys[j]]


def clause_subject(ctx: SentenceSlots, j: int, pronoun: str) -> Candidate | None:
    """What the particle's pronoun at token ``j`` stands for: an actor of the sentence before the particle,
    or, with none there, the actor the sentence before is about."""
    found = antecedent(ctx, j, pronoun, subject=True, person=True) if pronoun == "ه" else None
    # «مبينا أنه …» after «أن الحشد الشعبي …»: the person speaking before a masculine body
    found = found or antecedent(ctx, j, pronoun, subject=True)
    if found is not None:
        return found
    if any(c.last < j and c.entity is not None for c in ctx.cands):
        return None  # an actor is there but does not agree: no clear antecedent
    prev = ctx.previous
    if prev is not None and prev.entity is not None and agrees(ctx, prev, pronoun):
        return prev
    return None


def pronoun_ends(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """The ends of cue ``h`` with its pronouns resolved: a verb whose subject is «أنه/أنها» («مبينا أنها ما
    زالت تسانده»: Iran supports the Assad regime, not an actor of the next clause), and a plural ally noun
    with a pronoun and no end read («حلفاءه الأوروبيين»). Other ends are returned as found."""
    if h.cue.pattern == "verb" and h.gap is None:
        comp = complement_before(ctx, h.first)
        if comp is not None:
            j, pron = comp
            subject = clause_subject(ctx, j, pron)
            if subject is None:
                return ends
            subtype = ends[0][2] if ends else h.cue.subtype
            if h.on_first and h.pronoun in ("ه", "ها"):
                obj = antecedent(ctx, j, h.pronoun, subject=False, exclude=subject)
                return [(subject, obj, subtype)] if obj is not None else ends
            after = [(subject, t, s) for _, t, s in ends if ctx.owns(t) and t.first > h.last]
            if not after and not ends:
                # «مؤكدا أنها ما زالت تدعم نظام بشار الأسد»: the object right after the verb
                obj = next((c for c in ctx.cands if 0 < c.first - h.last <= 2 and c.entity is not None), None)
                if obj is not None and not _same(obj, subject) and not is_town(obj):
                    after = [(subject, obj, subtype)]
            return after or ends
    if not ends and h.cue.type == "ally" and h.cue.pattern == "modifier" and h.pronoun in ("ه", "ها"):
        partner = ally_after(ctx, h.last + 1)
        holder = antecedent(ctx, h.first, h.pronoun, subject=True) if partner is not None else None
        if partner is not None and holder is not None and not _same(holder, partner):
            return [(holder, partner, h.cue.subtype)]
    if h.cue.ba_first and h.cue.pattern == "modifier" and h.pronoun:
        return []  # «وبارتباطها بمنظمة»: the verbal noun's own pronoun, whose holder the actor before is not
    held = accused_pronoun(ctx.keys[h.first - 1]) if h.first > 0 else None
    if not ends and h.cue.type == "ally" and h.cue.pattern == "modifier" and not h.pronoun and held is not None:
        # «لاتهامه بالارتباط بحزب العمال الكردستاني»: the accused is the pronoun of the noun of accusing
        # or suspecting before the cue, the partner the actor right after it
        partner = ally_after(ctx, h.last + 1)
        holder = accused_before(ctx, h.first - 1, held) if partner is not None else None
        if partner is not None and holder is not None and not _same(holder, partner):
            return [(holder, partner, h.cue.subtype)]
    return ends


ACCUSING = frozenset("اتهام اشتباه".split())
"""Nouns of accusing or suspecting whose pronoun is the one accused of a tie («لاتهامه بالارتباط بـ»,
«للاشتباه بارتباطه»)."""


def accused_pronoun(key: str) -> str | None:
    """The pronoun ``ه``/``ها`` glued to a noun of :data:`ACCUSING` («لاتهامه» → ه), or None."""
    for pron in ("ها", "ه"):
        if key.endswith(pron) and key[: -len(pron)] in ACCUSING:
            return pron
    return None


PLACE_NOUNS = norm_words("ولاية مدينة محافظة منطقة بلدة قرية إقليم")
"""Nouns that make the name after them a place («وهو من ولاية نورث كارولاينا»), whatever its tag."""


def accused_before(ctx: SentenceSlots, pos: int, pronoun: str) -> Candidate | None:
    """The one a noun of accusing at token ``pos`` stands for: the nearest agreeing subject before it, a
    person for ``ه``, not a name after a place noun."""
    for c in reversed(ctx.cands):
        if c.last >= pos or c.after_prep or c.first in ctx.obliques:
            continue
        if c.first > 0 and ctx.keys[c.first - 1] in PLACE_NOUNS:
            continue
        if agrees(ctx, c, pronoun) and (is_person(c) or pronoun != "ه"):
            return c
    return None


def ally_after(ctx: SentenceSlots, j: int) -> Candidate | None:
    """Who the allies are, right after «حلفاءه»: a named actor or a plural adjective of a people or a bloc
    («الأوروبيين», «الغربيين», «الحوثيين»)."""
    if j >= len(ctx.keys):
        return None
    named = ctx.at(j)
    if named is not None and named.first == j and named.entity is not None and not is_town(named):
        return named
    tok = ctx.sent.tokens[j]
    core = tok.core
    if clitics(tok) or not core.startswith("ال") or not core.endswith(("يين", "يون")) or len(core) < 7:
        return None
    return Candidate(j, j, tok.core_start, tok.end, ctx.doc.text[tok.core_start : tok.end], None, None, False)
