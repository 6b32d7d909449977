"""Screens for the ends a cue found: cue words read in another sense, and the wrong end picked among
neighbours. Each is a construction of Arabic news, found by the false positives of unseen 2018 articles:

* a cue's object that is a problem, an agreement or someone's efforts, not an actor («لمواجهة مشكلة تدفق
  اللاجئين», «تأكيد دعمها للاتفاق النووي», «دعمه جهود الأمم المتحدة»): no relation with an actor past it;
* «التحالف العربي/الدولي» names a coalition, it states no alliance of what comes next;
* a battle front «جبهة القتال» is no actor (it is led, it does not oppose);
* the holder of a title is no nisba adjective of the body («رئيس الحزب الكردي») nor a predicate («والرئيس
  كرديا»: the president is a Kurd);
* «X والقوات الموالية لـ Y»: the definite forces noun carries its own descriptor, X is not said to be loyal;
* «وفدا يرأسه الناطق باسم جماعة الحوثي»: the subject of a relative verb is the unnamed spokesman, not the
  body he speaks for;
* «تيار المستقبل الذي ينتمي إليه سعد الحريري»: in a relative clause with a resumptive pronoun the member
  follows the verb and the body is the antecedent;
* «ناشطة في صفوف حركة النهضة» is a membership, not a place; «ذراع إيران» (the arm of a state) is a proxy,
  loyal to it, while «ذراع تنظيم القاعدة» stays a branch (member_of).

Used by :meth:`marsad.relations.RelationStage.extract`."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.coder import Candidate
from marsad.relations.slots import OFFICES, RELATIVES, Ends, Hit, SentenceSlots, norm_words
from marsad.relations.words import BY_NAME, GENERIC_FORCES, NAME
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics

NOT_ACTORS = norm_words("مشكلة مشكلات مشاكل أزمة ظاهرة الاتفاق اتفاق جهود مساعي مبادرة الإرهاب المشاركة مشاركة")
"""Objects of «دعم/مواجهة/تمويل» that are no actor: a problem, an agreement, efforts, an initiative, terrorism
(«دعمها وتمويلها للإرهاب»), a body's taking part («ندعم المشاركة الفعالة للأمم المتحدة في …», like «جهود»)."""

FIGURES = norm_words("الشيطان الشياطين")
"""Figures of speech, no actor: «بالتحالف مع الشيطان»."""

LOYALTY = norm_words("الولاء")
"""«الأصوات المفعمة بالولاء للعراق»: loyalty as a quality (after ب), patriotism, no allegiance stated."""

MAY = norm_words("يمكن قد ربما")
LEADS_TO = norm_words("تؤدي يؤدي تفضي يفضي")
"""«يمكن أن تؤدي إلى توافق بين …»: a possible outcome states no agreement."""

DEMANDS = norm_words("طالب طالبت يطالب تطالب دعا دعت يدعو تدعو مطالبا داعيا")
FORMING = norm_words("تشكيل")
"""«طالب الصرخي بتشكيل قوات مسلحة»: who demands that a body be formed does not lead it."""

COALITION = norm_words("تحالف التحالف")
COALITION_NISBA = norm_words("العربي الدولي الإسلامي العسكري")
"""«التحالف العربي», «التحالف الدولي»: the name of a coalition."""

FRONTS = norm_words("جبهة جبهات")
FIGHTING = norm_words("القتال المواجهة المواجهات المعارك")
"""«جبهة القتال»: a battle front, no organisation."""

COMMUNAL = norm_words("كرديا سنيا شيعيا مسيحيا مارونيا درزيا علويا تركمانيا")
"""A community as a predicate («والرئيس كرديا»: the president is a Kurd), which the recogniser may take for a
name."""

JOINED_FORCES = GENERIC_FORCES | norm_words("المسلحون المقاتلون المليشيات المرتزقة")
"""The plural armed nouns of «X والقوات/والمسلحون الموالون لـ»: the nominative plurals and a spelling variant too
(«الحوثيون والمسلحون الموالون للرئيس المخلوع»: the gunmen are loyal, the Houthis are joined to them)."""

SPOKESMEN = norm_words("الناطق المتحدث الناطقة المتحدثة ناطق متحدث")
RANKS_ROW = norm_words("صفوف")
ARM = norm_words("ذراع")


def _word(c: Candidate) -> str:
    return normalize(c.text.split()[0]) if c.text.split() else ""


def no_other_senses(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` without those read from a cue in another sense or past an object that is no actor."""
    if not ends:
        return ends
    keys = ctx.keys
    nxt = keys[h.last + 1] if h.last + 1 < len(keys) else ""
    if h.cue.type in ("support", "oppose") and nxt in NOT_ACTORS:
        # «لمواجهة مشكلة تدفق اللاجئين»: the object is a problem; an actor past it is no end of the cue
        ends = [(s, t, sub) for s, t, sub in ends if t.first <= h.last and s.first <= h.last + 1]
    if h.cue.type == "ally" and keys[h.last] in COALITION and nxt in COALITION_NISBA:
        return []  # «قوى التحالف العربي والمقاومة»: the coalition's name
    toks = ctx.sent.tokens
    if keys[h.first] in LOYALTY and "ب" in clitics(toks[h.first]):
        return []  # «المفعمة بالولاء للعراق»: a quality
    if h.cue.type in ("ally", "negotiates_with") and _possible(keys, h.first):
        return []  # «يمكن أن تؤدي إلى توافق بين»
    if (
        h.cue.type == "leads"
        and keys[h.first] in FORMING
        and any(keys[k] in DEMANDS for k in range(max(0, h.first - 4), h.first))
    ):
        return []  # «طالب … بتشكيل قوات»
    if h.cue.type == "ally" and h.pronoun and h.last + 1 < len(toks) and clitics(toks[h.last + 1]).startswith("و"):
        # «حزب المؤتمر وحلفاءه والحوثيين»: the allies noun is one item of a list, the next item is no ally
        ends = [(s, t, sub) for s, t, sub in ends if t.first <= h.last]
    return [(s, t, sub) for s, t, sub in ends if not _front(s) and not _front(t) and not _figure(s) and not _figure(t)]


ACCUSE = tuple(normalize(w) for w in ("اتهم", "تتهم", "يتهم", "اتهمت"))
"""«الذين تتهمهم الحكومة التركية بالتحالف مع …»: the accused (the verb's object pronoun) is the ally, not the
accuser."""


def no_borrowed_ends(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """``ends`` without a title's body taken from the next title joined by و («نائب الرئيس ورئيس الحكومة اليمنية
    خالد بحاح»: the government is the second title's), a meeting of two unnamed indefinite plurals («خلال لقاء
    رؤساء ومسؤولين أجانب»: the one who meets is elsewhere) and the accuser as the accused's ally."""
    if not ends:
        return ends
    toks, keys = ctx.sent.tokens, ctx.keys
    if h.cue.pattern == "title":
        ends = [
            (s, t, sub)
            for s, t, sub in ends
            if not any(
                keys[k] in OFFICES and clitics(toks[k]).startswith("و")
                for k in range(h.last + 1, max(h.last + 1, t.first))
            )
        ]
    if h.cue.type == "negotiates_with":
        ends = [(s, t, sub) for s, t, sub in ends if not (_bare(s) and _bare(t))]
    if h.cue.type == "ally" and "ب" in clitics(toks[h.first]):
        for k in range(max(0, h.first - 6), h.first):
            core = normalize(toks[k].core)
            if any(core.startswith(a) and len(core) > len(a) for a in ACCUSE):
                # the verb carries its object: the subject between it and the cue is the accuser
                ends = [(s, t, sub) for s, t, sub in ends if not k < s.first < h.first]
    return ends


def _bare(c: Candidate) -> bool:
    w = c.text.split()
    return len(w) == 1 and c.entity is None and c.place is None and not normalize(w[0]).startswith("ال")


def _possible(keys: list[str], i: int) -> bool:
    window = keys[max(0, i - 5) : i]
    return any(k in MAY for k in window) and any(k in LEADS_TO for k in window)


def _figure(c: Candidate) -> bool:
    return normalize(c.text) in FIGURES


def _front(c: Candidate) -> bool:
    words = [normalize(w) for w in c.text.split()]
    return len(words) > 1 and words[0] in FRONTS and words[1] in FIGHTING


def _nisba_word(c: Candidate) -> bool:
    """One unnamed word shaped as a nisba adjective: «الكردي», «كرديا», «السنية»."""
    w = normalize(c.text)
    return c.entity is None and " " not in w and w.endswith(("ي", "يه", "يا"))


def no_qualifier_holders(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """A title's ends without a nisba adjective as the holder: the one right after the body qualifies it
    («رئيس الحزب الكردي»), an indefinite one is a predicate («ورئيس البرلمان سنيا، والرئيس كرديا»)."""
    if not ends or h.cue.pattern != "title" or h.cue.type != "leads":
        return ends
    out = []
    for s, t, sub in ends:
        w = normalize(s.text)
        after_body = s.first == t.last + 1
        if after_body and " " not in w and w.startswith("ال") and w.endswith(("ي", "يه")):
            continue  # «رئيس الحزب الكردي»: the body's adjective, whatever the recogniser tagged it
        predicate = not w.startswith("ال") and w.endswith("يا")
        if (_nisba_word(s) and (after_body or predicate)) or w in COMMUNAL:
            continue
        out.append((s, t, sub))
    return out


def own_descriptor(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """A modifier's ends without the actors joined before «والقوات» that it describes alone («المقاومة
    الشعبية والقوات الموالية للرئيس هادي»: the forces are loyal, the resistance is not said to be)."""
    if len(ends) < 2 or h.cue.pattern != "modifier":
        return ends
    toks = ctx.sent.tokens
    own = next(
        (
            s
            for s, _, _ in ends
            if s.first == s.last == h.first - 1
            and ctx.keys[s.first] in JOINED_FORCES
            and toks[s.first].core.startswith("ال")
            and clitics(toks[s.first]) == "و"
        ),
        None,
    )
    if own is None:
        return ends
    return [(s, t, sub) for s, t, sub in ends if s.last >= own.first]


def spokesman_subject(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """The subject of a verb right after it that is an unnamed spokesman: «وفدا يرأسه الناطق باسم جماعة
    الحوثي» — the spokesman heads the delegation, not the group he speaks for."""
    if not ends or h.cue.pattern != "verb":
        return ends
    keys = ctx.keys
    j = h.last + 1
    if j + 1 >= len(keys) or keys[j] not in SPOKESMEN or keys[j + 1] not in (BY_NAME, NAME):
        return ends
    title = ctx.word(j)
    return [(title, t, sub) if s.first == j + 2 else (s, t, sub) for s, t, sub in ends]


def relative_member(ctx: SentenceSlots, h: Hit, ends: Ends) -> Ends:
    """«تيار المستقبل الذي ينتمي إليه رئيس الوزراء سعد الحريري»: a relative verb of belonging whose
    preposition carries the pronoun of the antecedent — the member is the subject after the verb."""
    if not ends or h.cue.type not in ("member_of", "loyal_to") or h.cue.pattern != "before_after":
        return ends
    if h.first == 0 or ctx.keys[h.first - 1] not in RELATIVES or not h.pronoun or h.on_first:
        return ends
    return [(t, s, sub) if s.last < h.first and t.first > h.last else (s, t, sub) for s, t, sub in ends]


def retyped(ctx: SentenceSlots, h: Hit, src: Candidate, tgt: Candidate) -> Hit:
    """The hit with the type the construction states: «ناشطة في صفوف» a membership, «ذراع» a state's
    proxy (loyal_to)."""
    keys = ctx.keys
    if h.cue.type == "located_in" and tgt.first > 0 and keys[tgt.first - 1] in RANKS_ROW:
        return replace(h, cue=replace(h.cue, type="member_of"))
    if h.cue.type == "member_of" and keys[h.first] in ARM and tgt.place is not None:
        return replace(h, cue=replace(h.cue, type="loyal_to"))
    return h


def backs_no_actor(text: str, end: int) -> bool:
    """The word after offset ``end`` (a support trigger's end) is an object that is no actor: «دعمه جهود
    الأمم المتحدة», «دعمها للاتفاق النووي» — no support of an actor named past it."""
    words = text[end : end + 40].split()
    if not words:
        return False
    w = normalize(words[0])
    return w in NOT_ACTORS or (w.startswith("لل") and "ا" + w[1:] in NOT_ACTORS)
