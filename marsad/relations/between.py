"""The two sides of a meeting, an agreement, an alliance or a war named by a noun (pattern ``between``):
«لقاء بين السراج وحفتر», «اجتماعه مع X», «لقاء السراج وحفتر», «اتفاق لوقف إطلاق النار بين الفصائل
وإسرائيل», «وقعت الجزائر وروسيا … الشراكة». Used by :class:`marsad.relations.patterns.EndFinder`."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from marsad.events.coder import Candidate
from marsad.relations.clauses import dual_pair, light_subject, with_partner
from marsad.relations.counterparts import counterparts_after, gathered_sides, ministers_body
from marsad.relations.ends import list_before, one_side
from marsad.relations.hosted import met_after
from marsad.relations.nearby import relative_with, visitor
from marsad.relations.slots import IN_WORDS, RELATIVES, Hit, SentenceSlots, clitics, has_lam, is_person, norm_words
from marsad.relations.words import BETWEEN, COMMAS, DUAL_VERB, STOPS, WAR

MANNER = norm_words("بطريقة بشكل بصورة")
"""Words that open how a meeting is held («بطريقة غير مباشرة», «بشكل مباشر»), between its noun and «بين»."""
SUMMITS = norm_words("قمة القمة")
"""«قمة بين روحاني ونظيريه …»: a summit of leaders, and also the top of a mountain («قمة جبل عروس»)."""
TRUCES = norm_words("هدنة الهدنة")
"""«الهدنة بين الحكومة والحوثيين» pairs the sides; a truce exploited or broken by a pair named before it
(«وكان الحوثيون وقوات المخلوع قد استغلوا الهدنة») names one side, not the two sides of the truce."""
LEADER_GROUPS = norm_words("قادة قيادات زعماء مسؤولي ممثلي")
"""Unnamed leaders or officials of a body, in construct with it, met «مع»: they are the side met («عقد اجتماعا
مع قادة المقاومة»); the body after them is theirs."""


def _between_past(keys: list[str], last: int, lo: int, hi: int) -> int | None:
    """The first «بين» at tokens ``lo`` … ``hi - 1`` past a cue ending at ``last``, with no stop or comma
    between the cue and it (the words between belong to the cue's noun phrase)."""
    j = next((k for k in range(lo, min(hi, len(keys))) if keys[k] == BETWEEN), None)
    if j is not None and any(keys[k] in STOPS or keys[k] in COMMAS for k in range(last + 1, j)):
        return None
    return j


SECOND_REACH = 14
"""At most this many words from the first side of «بين» to the «وبين» of the second («بين القوات الحكومية
اليمنية، المدعومة من التحالف الذي تقوده السعودية، وبين المتمردين الحوثيين»)."""


def _second_between(ctx: SentenceSlots, last: int) -> list[Candidate]:
    """The side (or each listed side) after a repeated «وبين» past the first side ending at token ``last``,
    whatever describes the first side between; ``[]`` when the sentence ends or another «بين» comes first."""
    keys, toks = ctx.keys, ctx.sent.tokens
    for k in range(last + 1, min(len(keys) - 1, last + 1 + SECOND_REACH)):
        if keys[k] in STOPS or toks[k].text in ".؟!:":
            return []
        if keys[k].removeprefix("و") == BETWEEN:  # «وبين», or a «بين» the tokenizer split the و off
            if keys[k] == BETWEEN and clitics(toks[k]) != "و":
                return []  # a «بين» of its own
            second = ctx.slot(k + 1)
            return ctx.members(second) if second is not None else []
    return []


def between_ends(
    ctx: SentenceSlots,
    h: Hit,
    before: list[Candidate],
    after: list[Candidate],
    subject: Candidate | None,
    subject_of: Callable[[SentenceSlots, Hit, bool], Candidate | None],
) -> list[tuple[Candidate, Candidate]]:
    """«لقاء بين السراج وحفتر», «اجتماعه مع X», «لقاء السراج وحفتر», «وقعت الجزائر وروسيا … الشراكة»."""
    keys, toks, last, cue = ctx.keys, ctx.sent.tokens, h.last, h.cue
    if h.first > 0 and ctx.titles.get(h.first) is not None:
        return []  # «زعيم تحالف القرار أسامة النجيفي»: the name of a body its title governs
    j = next((k for k in range(last + 1, min(last + 4, len(keys))) if keys[k] == BETWEEN), None)
    if j is None and last + 1 < len(keys) and keys[last + 1] in MANNER:
        # «مبادئ للحوار بطريقة غير مباشرة بين الحكومة والمتمردين»: past how the talks are held
        j = _between_past(keys, last, last + 2, last + 6)
    if j is None and any(keys[k] in IN_WORDS for k in range(last + 1, min(last + 3, len(keys)))):
        # «الاتفاق النووي في فيينا بين إيران ومجموعة 5+1»: past where it was made
        j = _between_past(keys, last, last + 2, last + 7)
    if j is None and last + 1 < len(keys) and keys[last + 1] in RELATIVES:
        # «الاتفاق الذي أبرم في عام 2015 بين إيران …»: past the relative clause's verb and its time
        j = _between_past(keys, last, last + 3, last + 9)
    if j is None and cue.type == "negotiates_with" and (gathered := gathered_sides(ctx, last)):
        return gathered  # «اللقاء الثلاثي الذي يجمع … وزراء خارجية السعودية والولايات المتحدة وروسيا»
    if j is None and last + 1 < len(keys) and has_lam(toks[last + 1]):
        # «اتفاق لوقف إطلاق النار بين الفصائل وإسرائيل»: past the agreement's purpose
        j = _between_past(keys, last, last + 2, last + 6)
    if j is None and (keys[h.first] in WAR or keys[h.first] in SUMMITS or keys[h.first] in TRUCES):
        return []  # «الحرب في اليمن», «قمة جبل عروس», «استغلوا الهدنة»: a relation only «بين» its sides
    dual = j is not None and (toks[j].suffix == "هما" or (j + 1 < len(keys) and toks[j + 1].text.endswith("هما")))
    if dual or (h.first > 0 and DUAL_VERB.fullmatch(toks[h.first - 1].text) is not None):
        # «أعلن العبادي ورجل الدين مقتدى الصدر تحالفا بين كتلتيهما», «إن السعودية وجماعة الحوثيين
        # تعقدان محادثات»: the two sides are the pair coordinated before, the dual stands for them
        two = dual_pair(ctx, h.first)
        return [two] if two is not None else []
    if j is not None:
        first = ctx.slot(j + 1)
        sides = one_side(ctx, first) if first is not None else None
        if first is not None and sides is not None:
            # «بين إيران من جهة وكل من بريطانيا والصين … من جهة أخرى»: one side against each of the other
            return [(first, t) for t in sides]
        members = ctx.members(first) if first is not None else []
        if members and keys[min(members[-1].last + 1, len(keys) - 1)].startswith("و"):
            # «قمة بين الرئيس الإيراني حسن روحاني ونظيريه الروسي فلاديمير بوتين والتركي رجب طيب أردوغان»
            members += counterparts_after(ctx, members[-1].last + 1)
        if len(members) == 1:
            members += _second_between(ctx, members[0].last)
        # «الخلافات بين مصر والسودان وإثيوبيا»: every pair of the sides named
        return list(combinations(members[:4], 2))
    w = with_partner(ctx, h)
    if w is None and not h.pronoun:
        relative = relative_with(ctx, last)
        if relative is not None:
            return [relative]
    if w is None and not h.pronoun and has_lam(toks[h.first]) and cue.type == "negotiates_with":
        # «وصل لافروف إلى الدوحة للقاء أمير قطر»: a meeting as the purpose of the clause's subject,
        # with the person met right after the noun
        other = ctx.slot(last + 1) if last + 1 < len(keys) else None
        src = subject or subject_of(ctx, h, False)
        if src is None or src.place is not None:
            src = visitor(ctx, h.first)
        if src is None or src.place is not None or other is None or not is_person(other):
            return []  # «وصل … إلى العاصمة الدوحة للقاء»: the place reached is no side of the meeting
        return [(src, other)]
    if w is not None:
        other = ctx.slot(w + 1) or next(
            (c for c in ctx.cands if w < c.first <= w + 5 and is_person(c)), None
        )  # «محادثات مع ولي العهد السعودي الأمير محمد بن سلمان»
        if other is None and w + 2 < len(keys) and keys[w + 1] in LEADER_GROUPS and not clitics(toks[w + 1]):
            other = ctx.word(w + 1)  # «عقد اجتماعا مع قادة المقاومة», «اللقاءات مع قيادات المؤتمر الشعبي»
        if other is None:
            other = ministers_body(ctx, w + 1)  # «اجتماعه مع وزراء خارجية دول مجلس التعاون»
        src = subject if h.pronoun or "و" in toks[h.first].prefix or not after else None
        if src is None and after and after[0].first < w:
            src = after[0]  # «اجتماع وزراء الخارجية مع كيري»
        if src is None:
            # «عقد بوريطة اجتماعا مع نظيره», «أجرى عباس اتصالا هاتفيا مع …»: the subject of the verb
            # that holds the meeting, right after it in a verb-first clause («أجرى وفد مشترك من
            # ائتلاف دولة القانون برئاسة … مشاورات مع»: not the last actor before the cue)
            src = light_subject(ctx, h) or subject or subject_of(ctx, h, False)
        if src is None or other is None:
            return []
        # «عقد اجتماعا مع السلطات المحلية وقادة المقاومة»: each one met
        return [(src, o) for o in ctx.members(other)]
    if h.pronoun and subject is not None and after and after[0].first - last <= 2:
        return [(subject, after[0])]  # «لقائه وزير الخارجية»
    if h.pronoun and subject is not None and cue.type == "negotiates_with":
        met = met_after(ctx, last)  # «خلال لقائه الرئيس اليمني عبدربه منصور هادي»: past the titles
        if met is not None and met is not subject:
            return [(subject, met)]
    if after and after[0].first == last + 1:
        members = ctx.members(after[0])
        if len(members) >= 2:
            return [(members[0], members[1])]
    if keys[last] == BETWEEN:
        return []  # «تدهور العلاقات بين الفرس العثمانيين»: a cue ending in «بين» has its sides after it, or none
    whole = ctx.at(h.first)
    if whole is not None and whole.first == h.first and whole.last > last:
        # «تحالف الحوثي وصالح» tagged as one name from the cue on: the pair after the cue
        tok = toks[last + 1]
        first = Candidate(
            last + 1,
            whole.last,
            tok.core_start,
            whole.end,
            ctx.doc.text[tok.core_start : whole.end],
            None,
            None,
            False,
        )
        members = ctx.members(first, names=True)
        if len(members) >= 2:
            return [(members[0], members[1])]
    if before and h.first - before[-1].last <= 3:
        pair = list_before(ctx.cands, before[-1], ctx.sent)
        if len(pair) >= 2:
            return [(pair[-2], pair[-1])]
    return []
