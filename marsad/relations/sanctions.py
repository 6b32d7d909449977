"""Sanctions and threats read as ``oppose`` (cues.tsv, round after rel-1900): who imposes them on whom.

* A verb-first cue whose gap holds both its subject and its object: «وهددت واشنطن تركيا مؤخرا بفرض مزيد من
  العقوبات» — Washington threatens Turkey. The verb pattern takes the object after the cue; when nothing was found
  there and the gap holds exactly two named actors side by side, the first is the subject and the second the
  object (verb-subject-object order). A second actor joined by و is a second subject («هددت واشنطن وأنقرة …»).
* Sanctions named by their noun («العقوبات الأمريكية على بلاده») are imposed by their own nationality adjective
  (agents.py) and by no other actor around: «مجموعة جديدة من العقوبات على روسيا», «نظرا للعقوبات المفروضة على
  كوريا الشمالية» name no imposer, and the actor before is not one.
* Sanctions someone keeps to, breaks, eases or evades («بتهمة خرق (فرض) العقوبات على إيران», «بتخفيف …») are no
  act of that subject.
* Imposing «فرض* (…) عقوبات» reaches the one sanctioned only through «على» a few words on, and sanctions oppose a
  named actor, «بلاده» or people a nationality adjective describes («وزيرين تركيين»): penalties on unnamed people
  («يفرض عقوبات مشددة على المهاجرين») oppose no one.
* A customs duty «على» goods opposes the goods' country — their nationality adjective («الجمارك على المنتجات
  التركية») or the country after «من» («رسوم استيراد على الصلب القادم من تركيا») — and nothing else.

The reading (sanctions and punitive duties are ``oppose``, like a boycott) is the twentieth batch's
(bench/dev/README-relations.md); the earlier batches leave three uses unannotated whose imposer marsad does not find.

Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.actors.names import load_nationalities
from marsad.events.coder import Candidate
from marsad.relations.nisbas import adjective_actor
from marsad.relations.slots import Ends, Hit, SentenceSlots, clitics, norm_words
from marsad.relations.words import FROM

SANCTIONS = norm_words("عقوبات العقوبات")
BREACHES = norm_words(
    "خرق خرقه خرقها انتهاك انتهاكه انتهاكها تخفيف بتخفيف التزام التزاما التزامها التزامه الالتزام احترام "
    "تفادي تفاديا تجنب تجنبا الالتفاف التحايل تجاوز رفع ترفع يرفع"
)
"""Words before «العقوبات» whose subject keeps, breaks, evades or lifts sanctions someone else imposed."""
TARIFFS = norm_words("جمارك الجمارك رسوم رسوما")
"""Customs duties and import fees («الجمارك على المنتجات التركية», «رسوم استيراد على الصلب»)."""
IMPORTS = norm_words("واردات الواردات")
ON = norm_words("على عليه عليها عليهم عليهما")
ON_REACH = 4
"""At most this many words from the sanctions noun to the one sanctioned («عقوبات اقتصادية جديدة على إيران»)."""


def _head(ctx: SentenceSlots, h: Hit) -> str:
    """The key of the cue's first word without its pronoun («رسومها» → «رسوم»)."""
    key = ctx.keys[h.first]
    return key.removesuffix(h.pronoun) if h.pronoun and h.on_first else key


def gap_object(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends``, or the subject–object pair a verb cue's gap holds when ``ends`` is empty."""
    if ends or h.gap is None or h.cue.pattern != "verb":
        return ends
    lo, hi = h.gap
    inside = [c for c in ctx.cands if lo <= c.first and c.last < hi and c.entity is not None]
    if len(inside) != 2:
        return ends
    subject, obj = inside
    if obj.first != subject.last + 1 or "و" in clitics(ctx.sent.tokens[obj.first]):
        return ends
    return [(subject, obj, h.cue.subtype)]


def own_imposer(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """A cue led by the sanctions noun («العقوبات الأمريكية على») keeps only the sanctions' own nationality
    adjective as imposer; an imposing verb's subject is kept unless the sanctions are kept, broken or lifted
    («بتهمة خرق العقوبات», «التزاما بالعقوبات»)."""
    if h.cue.type != "oppose":
        return ends
    lead = _head(ctx, h) in SANCTIONS
    if not lead and not any(ctx.keys[k] in SANCTIONS for k in range(h.first, h.last + 1)):
        return ends
    ends = [(s, t, sub) for s, t, sub in ends if _sanctioned(ctx, t)]
    if not lead and (h.first == 0 or ctx.keys[h.first - 1] not in BREACHES):
        return ends
    return [(s, t, sub) for s, t, sub in ends if h.first <= s.first <= h.last]


def _sanctioned(ctx: SentenceSlots, t: Candidate) -> bool:
    """Sanctions oppose a named actor, «بلاده», or people a nationality adjective describes («وزيرين تركيين»);
    penalties on unnamed people («عقوبات مشددة على المهاجرين», «على المسؤولين») oppose no one."""
    if t.entity is not None or not ctx.owns(t) or ctx.keys[t.first].startswith("بلاد"):
        return True
    k = t.last + 1
    if k >= len(ctx.keys):
        return False
    core = ctx.sent.tokens[k].core
    plural = core[:-2] if core.endswith(("يين", "يون")) else core  # «تركيين» → «تركي»
    nationalities = load_nationalities()
    return core in nationalities or plural in nationalities


def on_whom(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """A cue ending in the sanctions noun («فرضت واشنطن عقوبات جديدة على إيران») keeps the targets introduced by
    «على» at most :data:`ON_REACH` words after it (not «فرض عقوبات صارمة لمخالفي …»)."""
    if h.cue.type != "oppose" or ctx.keys[h.last] not in SANCTIONS:
        return ends
    keys = ctx.keys

    def on(t: Candidate) -> bool:
        span = range(h.last + 1, t.first + 1)
        return 0 < t.first - h.last <= ON_REACH and any(keys[k].removesuffix("ها") in ON for k in span)

    return [(s, t, sub) for s, t, sub in ends if ctx.owns(t) and on(t)]


def goods_country(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """A customs duty «على» goods opposes the goods' country: their nationality adjective («الجمارك على المنتجات
    التركية» → «التركية») or the country after «من» («رسوم استيراد على الصلب القادم من تركيا»); a duty on goods
    of no country named opposes no one."""
    if h.cue.type != "oppose" or _head(ctx, h) not in TARIFFS:
        return ends
    nationalities, toks, keys = load_nationalities(), ctx.sent.tokens, ctx.keys
    own = next((k for k in range(*h.gap) if toks[k].core in nationalities), None) if h.gap else None
    out: Ends = []
    for src, tgt, sub in ends:
        if not ctx.owns(tgt):
            continue
        if own is not None:
            src = adjective_actor(ctx, own)  # «رسوم أميركية جديدة على البضائع التركية»: the duties' own adjective
        adj = next((k for k in range(tgt.first, tgt.last + 1) if toks[k].core in nationalities), None)
        if adj is not None and keys[tgt.first] in IMPORTS and adj + 1 < len(keys) and keys[adj + 1] == FROM:
            continue  # «الواردات الأمريكية من الصلب»: the importing country, not the goods' origin
        if adj is not None:
            out.append((src, adjective_actor(ctx, adj), sub))
            continue
        k = tgt.last + 1
        country = ctx.slot(k + 1) if k + 1 < len(keys) and keys[k] == FROM else None
        if country is not None and country.entity is not None:
            out.append((src, country, sub))
    unique: dict[tuple[int, int], tuple[Candidate, Candidate, str | None]] = {}
    for src, tgt, sub in out:
        unique.setdefault((tgt.first, tgt.last), (src, tgt, sub))  # «الصلب والألومنيوم التركية»: one country
    return list(unique.values())


def sanction_ends(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """:func:`gap_object`, :func:`on_whom`, :func:`own_imposer`, then :func:`goods_country`."""
    return goods_country(ctx, h, own_imposer(ctx, h, on_whom(ctx, h, gap_object(ctx, h, ends))))
