"""Precision screens for the ends a cue found, from an audit of fresh articles (2018 ANT and 2015 SaudiNewsNet
articles in no annotated set; bench/dev/audits/relations-2026-12-01.tsv). Each drops a pair the cue's words do
not state:

* the holder after a title's body is no holder when an institution noun in construct names the body after a
  king or a prince: «عضو مجلس أمناء مؤسسة الملك عبدالله» (the foundation's eponym), «عضو هيئة التدريس
  بجامعة الملك عبدالعزيز»;
* a body «التابع/التابعة لـ» another is the noun right before the participle: not an actor further back past
  a preposition's noun or a list («بإخضاع الإعلام التابع للحكومة», «حزب الله وجبهة النصرة التابعة
  لتنظيم القاعدة»), and when that noun is the last item of a list, the items joined after the owner are the
  outer list's, not more owners («… التابعة لتنظيم القاعدة وحركة حماس»);
* a time phrase («منذ عام») or a bare indefinite accusative adjective («هارباً») is no actor, and the holder
  after a title's body is no indefinite adjective of the body («زعيم حزب معارض مؤيد للأكراد»);
* a one-word verb cue whose object is a noun phrase that is no actor does not reach an actor in a
  preposition's phrase or a relative clause past it («يقود أكبر كتلة في البرلمان», «تدعم نظم الحكم الشرعية
  في كل دول العالم», «دليل يدعم الاتهامات التي وجهتها لندن», «ستدعم الاتفاقية مع شركة الجفالي»);
* the allies listed after «بينهم/منهم/مثل» are the allies themselves, not allies of the noun «حلفاء»
  («حلفاء غربيون بينهم حلف شمال الأطلسي»);
* «جناح» of a state is a pavilion («جناح السعودية في اليابان»), no wing of a body;
* a battle noun is no body («قيادات … من الميليشيات في المعارك»);
* the subject of a verb right after a relative pronoun is the antecedent just before it, not an actor further
  back («سمحت تركيا للتحالف بقيادة الولايات المتحدة الذي يحارب تنظيم داعش»);
* the title noun is no holder when a person's name stands right before it («… زعيم شبكة حقاني»).

Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.mention import FUNCTION_WORDS
from marsad.relations.hostile import fighters_backed
from marsad.relations.participation import no_occasions
from marsad.relations.slots import OFFICES, PREPOSITIONS, RELATIVES, TITLE_PERSONS, Ends, Hit, SentenceSlots, norm_words
from marsad.text.tokens import clitics, is_arabic_word

HONORIFICS = norm_words("الملك الأمير الامير الشيخ السلطان الإمام")
"""Honorifics that open a person's name inside an institution's name («جامعة الملك عبدالعزيز»)."""

TIME_WORDS = norm_words("منذ خلال عام عامي أعوام سنة سنوات يوم شهر")
"""First words of a time phrase the recogniser may leave in a candidate («منذ عام 1992»)."""

COUNTS = norm_words("عشر عشرة عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين")
"""The numbers whose counted noun takes the accusative («عشرين مقاتلاً»)."""

AMONG = norm_words("بينهم بينها منهم منها مثل ومنهم ومنها وبينهم وبينها")
"""«حلفاء غربيون بينهم …»: the words that list the members of a plural noun."""

WING = norm_words("جناح")
OFFICE = norm_words("منصب مناصب منصبي")

BATTLES = norm_words("المعارك معارك القتال الاشتباكات اشتباكات المواجهات الحرب الهجوم الهجمات")
"""Battle nouns a cue's gap may reach («قيادات … من الميليشيات في المعارك»): no actor."""
MARKETS = norm_words("المخاوف مخاوف التوقعات الآمال البيانات المكاسب الأسعار الطلب")
"""What lifts a price «بدعم من» in market news («ارتفع البلاديوم بدعم من المخاوف»): no actor."""
NOT_ACTORS = TIME_WORDS | BATTLES | MARKETS
OCCASIONS = norm_words("اتفاق اتفاقية معاهدة مؤتمر قمة مسار منتدى")
"""An agreement, a conference or a process named after a place in construct («اتفاق باريس», «مسار أستانا», «قمة
طهران»): the place is no actor there. Not «إعلان» («إعلان تركيا دخولها الحرب»: the announcer)."""


def _eponym(ctx: SentenceSlots, h: Hit, holder: Candidate, body: Candidate) -> bool:
    """«عضو مجلس أمناء مؤسسة الملك عبدالله»: the holder after the title is a king's name in construct with an
    institution noun, the body's eponym (not «وزير الخارجية الأمير سعود الفيصل», a definite body before it)."""
    k = holder.first - 1
    if h.cue.pattern != "title" or k <= h.last + 1 or ctx.keys[k] not in HONORIFICS:
        return False
    head = ctx.sent.tokens[k - 1]
    if head.core.startswith("ال") or not is_arabic_word(head) or ctx.keys[k - 1] in PREPOSITIONS:
        return False
    # «مؤسسة الملك» inside the body's span, or an institution noun no candidate holds («بجامعة الملك»); not a
    # named body before the honorific («أمير قطر الشيخ تميم بن حمد»)
    if body.first <= k - 1 <= body.last:
        return body.last >= k  # «شيخ مشايخ يافع السلطان فضل العفيفي»: the body's name, then the holder's
    named = next((c for c in ctx.cands if c.first <= k - 1 <= c.last), None)
    return named is None or named.first <= k <= named.last


def _skipped_head(ctx: SentenceSlots, h: Hit, src: Candidate) -> bool:
    """A member «التابع لـ» a body is the noun right before the participle: a noun with a preposition or a
    noun joined by و between the source and the cue is the one described."""
    if h.cue.pattern != "modifier" or src.last >= h.first or not ctx.sent.tokens[h.first].core.startswith("ال"):
        return False  # a definite participle only: «تنظيم مسلح تابع لـ», «حلفاء لـ» may stand in apposition
    if h.cue.ba_first:
        return False  # a verbal noun with ب («لاتهامه بالارتباط بـ»), no participle describing a noun
    for k in range(src.last + 1, h.first):
        tok = ctx.sent.tokens[k]
        if ctx.at(k) is not None or not is_arabic_word(tok):
            continue
        marks = clitics(tok)
        if "ب" in marks or "ل" in marks:
            return True  # «بإخضاع الإعلام التابع للحكومة»
        if h.cue.type == "member_of" and "و" in marks:
            return True  # «وإثراء المعرفة التابع لأرامكو»
    if h.cue.type != "member_of":
        return False
    # «حزب الله وجبهة النصرة التابعة لتنظيم القاعدة»: another candidate joined by و stands between
    return any(src.last < c.first < h.first and "و" in clitics(ctx.sent.tokens[c.first]) for c in ctx.cands)


def _named_occasion(ctx: SentenceSlots, c: Candidate) -> bool:
    """«انتقد بولسونارو اتفاق باريس بشأن المناخ»: a place in construct after an agreement's or a meeting's noun."""
    if c.place is None and (c.entity is None or c.entity.type != "GPE"):
        return False
    k = c.first - 1
    if k < 0 or clitics(ctx.sent.tokens[c.first]) or ctx.sent.tokens[k].core.startswith("ال"):
        return False  # «أطراف الاتفاقية المغرب وإيران»: a definite noun is no construct, a list follows it
    return ctx.keys[k] in OCCASIONS


OTHER_TITLE_GAP = 6
"""At most this many words from the body to the name after a second title."""


def _other_title(ctx: SentenceSlots, h: Hit, holder: Candidate, body: Candidate) -> bool:
    """«اجتماع بين أمير قطر والرئيس التركي رجب طيب أردوغان»: the name after the body belongs to a second title
    joined by و and given its own country by a nisba, not to the first title (but «رئيس مؤسسة التخطيط والناطق
    باسم الحكومة محمد باقر نوبخت» holds both)."""
    if h.cue.pattern != "title" or holder.first <= body.last or body.first != h.last + 1:
        return False
    if holder.first - body.last > OTHER_TITLE_GAP:
        return False
    toks = ctx.sent.tokens
    title = next(
        (
            k
            for k in range(body.last + 1, holder.first)
            if "و" in clitics(toks[k])
            and (ctx.keys[k] in TITLE_PERSONS or ctx.keys[k] in OFFICES or k in ctx.cue_tokens)
        ),
        None,
    )
    return title is not None and any(
        toks[k].core.startswith("ال") and toks[k].core.endswith("ي") and ctx.keys[k] not in FUNCTION_WORDS
        for k in range(title + 1, holder.first)
    )


def _not_actor(ctx: SentenceSlots, c: Candidate) -> bool:
    """A time phrase, a battle or a lone indefinite accusative adjective («هارباً») taken for an actor."""
    words = c.text.split()
    if not words:
        return False
    if c.entity is None and norm_words(words[0]) & NOT_ACTORS:
        return True
    if len(words) > 1 or not words[0].endswith(("اً", "ًا")):
        return False
    # no name is written with the accusative tanwin, even where the recogniser tagged one; a noun counted by a
    # number is («إلقاء القبض على 116 عنصراً مدعومين من إيران»)
    before = ctx.sent.tokens[c.first - 1] if c.first > 0 else None
    return before is None or not (any(ch.isdigit() for ch in before.text) or ctx.keys[c.first - 1] in COUNTS)


def _adjective_holder(ctx: SentenceSlots, h: Hit, holder: Candidate) -> bool:
    """«زعيم حزب معارض مؤيد للأكراد»: a single indefinite participle (م…) after the body with its own «لـ»
    complement is the body's adjective, no holder, even where the recogniser tagged it as a name."""
    k = holder.first
    if h.cue.pattern != "title" or k <= h.last or holder.last != k or k + 1 >= len(ctx.keys):
        return False
    tok = ctx.sent.tokens[k]
    return tok.core.startswith("م") and not clitics(tok) and "ل" in clitics(ctx.sent.tokens[k + 1])


def _past_object(ctx: SentenceSlots, h: Hit, tgt: Candidate) -> bool:
    """«تدعم نظم الحكم الشرعية في كل دول العالم», «يقود أكبر كتلة في البرلمان»: a verb's object is the noun
    after it; an actor in a preposition's phrase or a relative clause past a noun that is no candidate is not
    the one supported or led."""
    if h.cue.pattern != "verb" or h.on_first or tgt.first <= h.last + 1 or h.first != h.last:
        return False  # a cue of several words holds its own complement («قطع … العلاقات الدبلوماسية مع»)
    between = range(h.last + 1, tgt.first)
    if any(ctx.at(k) is not None for k in between):
        return False
    nxt = ctx.sent.tokens[h.last + 1]
    if clitics(nxt) or not is_arabic_word(nxt) or ctx.keys[h.last + 1] in FUNCTION_WORDS:
        return False  # «يدعم بقوة …», «تدعم لـ»: no object noun right after the verb
    return any(ctx.keys[k] in PREPOSITIONS or ctx.keys[k] in RELATIVES for k in between)


def _relative_subject(ctx: SentenceSlots, h: Hit, src: Candidate) -> bool:
    """«سمحت تركيا للتحالف بقيادة الولايات المتحدة الذي يحارب تنظيم داعش»: the subject of a verb right after a
    relative pronoun is its antecedent, the actor just before the pronoun, not one further back."""
    k = h.first - 1
    if h.cue.pattern != "verb" or h.on_first or k < 1 or ctx.keys[k] not in RELATIVES or src.last >= k:
        return False
    return any(src.last < c.first and c.last < k for c in ctx.cands)


def _title_word(ctx: SentenceSlots, h: Hit, holder: Candidate) -> bool:
    """«جلال الدين حقاني زعيم شبكة حقاني»: the title noun is no holder when a name stands right before it."""
    if h.cue.pattern != "title" or not (holder.first <= h.first <= holder.last) or h.first == 0:
        return False
    if any(c.last == h.first - 1 and c.entity is not None and c.entity.type == "PER" for c in ctx.cands):
        return True
    end = ctx.sent.tokens[h.first - 1].end  # a name the kin rule cut out of the candidates («نجل جلال الدين حقاني»)
    return any(m.end == end and m.label == "PER" for m in ctx.doc.mentions)


def _among(ctx: SentenceSlots, h: Hit, src: Candidate, tgt: Candidate) -> bool:
    """«حلفاء غربيون بينهم حلف شمال الأطلسي»: the members listed after «بينهم» are the allies, not allies of
    the noun «حلفاء» (the patron's allies stay: «… مع الولايات المتحدة على درجة حلفاء رئيسيين مثل إسرائيل»)."""
    if h.cue.type != "ally" or tgt.first <= h.last or not (src.first <= h.first <= src.last):
        return False
    return any(ctx.keys[k] in AMONG for k in range(h.last + 1, tgt.first))


def _pavilion(ctx: SentenceSlots, h: Hit, tgt: Candidate) -> bool:
    """«جناح السعودية في اليابان»: a state's pavilion at a fair, no wing of a body."""
    return ctx.keys[h.first] in WING and tgt.place is not None and tgt.first == h.last + 1


def _outer_items(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """«… وجبهة النصرة التابعة لتنظيم القاعدة وحركة حماس»: when the member is itself a later item of a list,
    the names joined by و after the owner continue that list; only the first owner is kept."""
    if h.cue.type != "member_of" or h.cue.pattern != "modifier":
        return ends
    out: Ends = []
    for src, tgt, sub in ends:
        listed = ctx.owns(src) and src.last < h.first and "و" in clitics(ctx.sent.tokens[src.first])
        owners = [t.first for s, t, _ in ends if s is src and ctx.owns(t) and t.first > h.last]
        if listed and ctx.owns(tgt) and owners and tgt.first > min(owners):
            continue
        out.append((src, tgt, sub))
    return out


def _one_name(ctx: SentenceSlots, h: Hit, src: Candidate, tgt: Candidate) -> bool:
    """«وزير الخارجية الفلسطيني رياض المالكي»: two ends side by side are the halves of one name when one
    recognised name holds both, or when a title closed by a nationality adjective is followed by a first name
    the recogniser took for a place («رياض») and the holder's family name."""
    first, second = (src, tgt) if src.start < tgt.start else (tgt, src)
    if second.first != first.last + 1:
        return False
    if any(m.start <= first.start and second.end <= m.end and m.label == "PER" for m in ctx.doc.mentions):
        return True
    if h.cue.pattern != "title" or first is not tgt or tgt.first != tgt.last or tgt.first <= h.last + 1:
        return False
    adj, body = ctx.sent.tokens[tgt.first - 1], ctx.sent.tokens[tgt.first]
    return adj.core.startswith("ال") and ctx.keys[tgt.first - 1].endswith(("ي", "يه")) and not clitics(body)


def _office(ctx: SentenceSlots, tgt: Candidate) -> bool:
    """«قادت سعد الحريري إلى منصب رئاسة الوزراء»: what follows «منصب» is an office, no body."""
    return tgt.first > 0 and ctx.keys[tgt.first - 1] in OFFICE


def _rejected(ctx: SentenceSlots, h: Hit, src: Candidate, tgt: Candidate) -> bool:
    """Whether a screen rejects the pair; an end from another sentence (a pronoun's antecedent) has no token
    indexes here and is left alone."""
    mine_src, mine_tgt = ctx.owns(src), ctx.owns(tgt)
    if mine_src and (
        _not_actor(ctx, src)
        or _named_occasion(ctx, src)
        or _adjective_holder(ctx, h, src)
        or _skipped_head(ctx, h, src)
        or _relative_subject(ctx, h, src)
        or _title_word(ctx, h, src)
        or (mine_tgt and _eponym(ctx, h, src, tgt))
        or (mine_tgt and _other_title(ctx, h, src, tgt))
    ):
        return True
    if mine_src and mine_tgt and _one_name(ctx, h, src, tgt):
        return True
    return mine_tgt and (
        _not_actor(ctx, tgt)
        or _named_occasion(ctx, tgt)
        or _past_object(ctx, h, tgt)
        or (mine_src and _among(ctx, h, src, tgt))
        or _pavilion(ctx, h, tgt)
        or _office(ctx, tgt)
    )


def precise_ends(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` without the pairs the screens of this module reject."""
    if not ends:
        return ends
    ends = no_occasions(ctx, h, ends)  # «المشاركة في المسيرة»: an occasion, no body (participation.py)
    ends = fighters_backed(ctx, h, ends)  # «تقاتل قسد داعش بدعم من التحالف»: the fighter is backed (hostile.py)
    return _outer_items(ctx, h, [(s, t, sub) for s, t, sub in ends if not _rejected(ctx, h, s, t)])
