"""Ends that the words around a cue name when the recogniser did not: the person a title standing alone
introduces («للمخلوع علي صالح»), whether an end is a person, an organisation and its name right before a
cue («وكتلة مستقلون بزعامة …»), the actor a «وهو» apposition describes, and the two sides of a relative
verb with «مع» («التحالف الذي أعلنه الصدر مع كتلة الفتح»). Used by :class:`marsad.relations.patterns.EndFinder`."""

from __future__ import annotations

from collections.abc import Container
from itertools import pairwise

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.relations.ends import construct_name
from marsad.relations.names import ORG_HEADS, QUOTES
from marsad.relations.slots import (
    CLAUSE_WORDS,
    PREPOSITIONS,
    RELATIVES,
    SentenceSlots,
    clitics,
    core_start,
    is_person,
    norm_words,
)
from marsad.relations.words import (
    ESPECIALLY,
    ESPECIALLY_BARE,
    GROUPS,
    HE_IS,
    HOLDER_TITLES,
    STOPS,
    SUPPLY,
    THEY,
    WEAPONS,
)
from marsad.relations.words import WITH as WITH_KEY
from marsad.text.tokens import is_arabic_word

TERRORIST = ("إرهابي", "ارهابي")
"""«إرهابية», «إرهابيا», «ارهابية» (folded or not): the predicate of a verb of classifying."""


def title_holder(ctx: SentenceSlots, c: Candidate, name_units: dict[str, str]) -> Candidate:
    """The person a title standing alone introduces: «للمخلوع علي صالح», «فلول الرئيس المخلوع علي عبد الله
    صالح» — the name (tagged, or two words the gazetteer knows in persons' names) rather than the title."""
    toks = ctx.sent.tokens
    if c.entity is not None or c.last - c.first > 1 or strip_article(ctx.key_of(c)) not in HOLDER_TITLES:
        return c
    person = next(
        (
            d
            for d in ctx.cands
            if c.last < d.first <= c.last + 3
            and is_person(d)
            and not clitics(toks[d.first])
            and all(toks[j].core.startswith("ال") and not clitics(toks[j]) for j in range(c.last + 1, d.first))
        ),
        None,
    )
    if person is not None:
        return person
    # «للمخلوع علي صالح» with «صالح» alone tagged: the first name the recogniser left out belongs to the name
    nxt = c.last + 1
    if (
        nxt + 1 < len(toks)
        and ctx.at(nxt) is None
        and nxt not in ctx.cue_tokens
        and is_arabic_word(toks[nxt])
        and not clitics(toks[nxt])
        and not toks[nxt].core.startswith("ال")
        and "PER" in name_units.get(ctx.keys[nxt], "")
        and (d := ctx.at(nxt + 1)) is not None
        and d.first == nxt + 1
        and is_person(d)
    ):
        start = toks[nxt].start
        return Candidate(nxt, d.last, start, d.end, ctx.doc.text[start : d.end], d.entity, None, False)
    # a name the recogniser left unmarked: words the gazetteer knows in persons' names, without clitic
    # or article («علي صالح»; «علي» is also the folded preposition «على», which a title is never followed by)
    last = c.last
    while (
        last + 1 < len(toks)
        and last - c.last < 4
        and ctx.at(last + 1) is None
        and last + 1 not in ctx.cue_tokens
        and is_arabic_word(toks[last + 1])
        and not clitics(toks[last + 1])
        and not toks[last + 1].core.startswith("ال")
        and "PER" in name_units.get(ctx.keys[last + 1], "")
    ):
        last += 1
    if last - c.last < 2:
        return c
    start = toks[c.last + 1].start
    return Candidate(c.last + 1, last, start, toks[last].end, ctx.doc.text[start : toks[last].end], None, None, False)


def relative_with(ctx: SentenceSlots, last: int) -> tuple[Candidate, Candidate] | None:
    """«التحالف الذي أعلنه الصدر الأسبوع الماضي مع كتلة الفتح», «الاتفاق النووي الذي أبرمته الدول الكبرى
    مع إيران»: a relative verb with the noun as its object pronoun; its subject is one side, what «مع»
    governs a few words on the other."""
    toks, keys = ctx.sent.tokens, ctx.keys
    rel = next((k for k in (last + 1, last + 2) if k < len(keys) and keys[k] in RELATIVES), None)
    if rel is None or rel + 2 >= len(keys) or not toks[rel + 1].text.endswith(("ه", "ها")):
        return None
    side = ctx.at(rel + 2) or ctx.unnamed_at(rel + 2)
    if side is None or side.first != rel + 2:
        return None
    for k in range(side.last + 1, min(side.last + 6, len(keys))):
        if keys[k] in STOPS or keys[k] in CLAUSE_WORDS:
            return None
        if keys[k] == WITH_KEY:
            other = ctx.slot(k + 1) or (construct_name(ctx, k + 2) if k + 2 < len(keys) else None)
            return (side, other) if other is not None else None
    return None


def org_before(ctx: SentenceSlots, i: int) -> Candidate | None:
    """An organisation noun and the one or two words of its name right before token ``i``, unknown to
    the recogniser: «وكتلة مستقلون بزعامة …», «حزب الأمة برئاسة …»."""
    toks = ctx.sent.tokens
    for k in (i - 2, i - 3):
        if k < 0 or ctx.keys[k] not in ORG_HEADS or clitics(toks[k]) not in ("", "و"):
            continue
        if any(
            j in ctx.cue_tokens or ctx.at(j) is not None or clitics(toks[j]) or not is_arabic_word(toks[j])
            for j in range(k + 1, i)
        ):
            return None
        start, end = toks[k].core_start, toks[i - 1].end
        return Candidate(k, i - 1, start, end, ctx.doc.text[start:end], None, None, False)
    return None


def described_by_he(ctx: SentenceSlots, i: int) -> Candidate | None:
    """«…، وهو تنظيم مسلح تابع لـ»: the named actor before «وهو/وهي» when only an indefinite noun and its
    adjectives stand between it and the cue at ``i``."""
    toks = ctx.sent.tokens
    he = next((j for j in range(i - 1, max(-1, i - 4), -1) if ctx.keys[j] in HE_IS), None)
    if he is None or he == i - 1:
        return None
    if any(
        toks[j].core.startswith("ال") or clitics(toks[j]) or ((c := ctx.at(j)) is not None and c.entity is not None)
        for j in range(he + 1, i)
    ):
        return None
    k = he - 1
    if k >= 0 and toks[k].text in "،,":
        k -= 1
    if k >= 0 and toks[k].text in QUOTES:
        k -= 1  # «"… مع المنتسبين لسرايا السلام" وهو تنظيم مسلح»: the end of a quotation
    if k < 0:
        return None
    # the actor itself, or a definite name the recogniser missed («لسرايا السلام، وهو …»)
    c = ctx.at(k) or next(
        (u for s in (k - 2, k - 1, k) if s >= 0 and (u := ctx.slot(s)) is not None and u.last == k), None
    )
    return c if c is not None and c.last == k and (c.entity is not None or ctx.key_of(c) in ORG_HEADS) else None


def personal(ctx: SentenceSlots, c: Candidate, name_units: dict[str, str]) -> bool:
    """A person, named or by a title alone («لمخلوع», «لرئيس»), or a name the recogniser missed whose
    words the gazetteer knows in persons' names («صالح»)."""
    if c.entity is not None:
        return is_person(c)
    first = strip_article(ctx.key_of(c))
    if first in HOLDER_TITLES:
        return True
    key = ctx.key_of(c)
    if c.start > ctx.sent.tokens[c.first].core_start and key.startswith("ل"):
        key = key[1:]  # «لصالح» read as one word: ل + the name
    return c.first == c.last and c.place is None and "PER" in name_units.get(key, "")


def guest(ctx: SentenceSlots, cands: list[Candidate], met: Candidate, after: int) -> Candidate:
    """Whom a meeting verb's subject met, when the first actor after the verb is no person: the holder of
    a title named after it («يستقبل ماكرون الثلاثاء رئيس حكومة الوفاق فائز السراج», «استقبل شكري نظيره
    الأردني أيمن الصفدي»), else the unnamed holder of the office («قيس سعيد يستقبل رئيس الحكومة»)."""
    if is_person(met):
        return met
    held = next((c for c in cands if is_person(c) and 0 < c.first - met.last <= 2), None)
    if held is not None:
        return held
    if met.first - 1 in ctx.cue_tokens and met.first - 1 > after:
        tok = ctx.sent.tokens[met.first - 1]
        text = ctx.doc.text[tok.core_start : met.end]
        return Candidate(met.first - 1, met.last, tok.core_start, met.end, text, None, None, False)
    return met


def nisba_subjects(ctx: SentenceSlots, c: Candidate, gap: tuple[int, int], nisba: Container[str]) -> list[Candidate]:
    """The nationality adjectives (``nisba``, their masculine plural too) after an unnamed subject in a
    gap, joined by و: «ندد مسؤولون أمريكيون وإسرائيليون الأربعاء بتصريحات» — the officials' states are
    the actors (as «القيادي الحوثي» is the Houthis')."""
    toks = ctx.sent.tokens
    if c.entity is not None or c.first != c.last:
        return []
    out: list[Candidate] = []
    j = c.last + 1
    while j < gap[1] and (not out or "و" in clitics(toks[j])):
        core = toks[j].core
        if core not in nisba and not (core.endswith(("ون", "ين")) and core[:-2] in nisba):
            break
        out.append(ctx.word(j))
        j += 1
    return out


def visitor(ctx: SentenceSlots, i: int) -> Candidate | None:
    """Who travels to a meeting named at token ``i`` as the purpose: «أن وزير الخارجية الروسي سيرجي لافروف
    وصل في وقت متأخر مساء أمس إلى العاصمة القطرية الدوحة للقاء …» — the person the clause is about, past
    the time and the place of his arrival (no clause word or punctuation between)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    return next(
        (
            c
            for c in reversed(ctx.cands)
            if c.last < i
            and i - c.last <= 16
            and is_person(c)
            and c.first not in ctx.obliques
            and not any(keys[j] in CLAUSE_WORDS or toks[j].text in ".؟!:،," for j in range(c.last + 1, i))
        ),
        None,
    )


def group_before(ctx: SentenceSlots, i: int) -> Candidate | None:
    """The unnamed group right before a cue with a pronoun end at token ``i``: «القوات التركية والفصائل
    (السورية) الموالية لها», «مدعومة بالفصائل الموالية لها» — a definite noun (and its adjective) the
    recogniser does not know as an actor, or a plural group noun («فصائل»), even after a preposition."""
    toks = ctx.sent.tokens
    for k in (i - 2, i - 1):
        if k >= 0 and (u := ctx.unnamed_at(k, i - 1)) is not None:
            return u
    if i > 0 and strip_article(ctx.keys[i - 1]) in GROUPS and ctx.at(i - 1) is None:
        return ctx.word(i - 1)
    if i > 1 and strip_article(ctx.keys[i - 2]) in GROUPS and ctx.at(i - 2) is None and ctx.at(i - 1) is None:
        # «بالفصائل السورية الموالية لها»: the group noun and its nisba
        start = core_start(toks[i - 2])
        return Candidate(i - 2, i - 1, start, toks[i - 1].end, ctx.doc.text[start : toks[i - 1].end], None, None, False)
    return None


def predicate_noun(ctx: SentenceSlots, c: Candidate) -> bool:
    """An unnamed noun that a verb of naming or classifying makes the object's predicate: «تصنفها مجموعة
    "إرهابية"», «صنفتها منظمة إرهابية» — the indefinite noun followed by «إرهابية/إرهابيا», never an actor."""
    toks = ctx.sent.tokens
    if c.entity is not None:
        return False
    # the adjective after the noun, or inside the candidate when a quote joined them («مجموعة "إرهابية"»)
    words = [toks[j] for j in range(c.first + 1, min(c.last + 3, len(toks))) if is_arabic_word(toks[j])]
    return bool(words) and words[0].core.startswith(TERRORIST)


def no_weapon_supplied(ctx: SentenceSlots, cue_words: tuple[str, ...], last: int) -> bool:
    """A supply cue («تزويد الميليشيات بصواريخ», «زودت إيران الحوثيين بالأسلحة») that names no weapon in the
    eight words after it: «تزويد السفن بالوقود» is no military support."""
    if not any(SUPPLY in w for w in cue_words):
        return False
    for k in ctx.keys[last + 1 : last + 9]:
        for form in (k, k[1:] if k[:1] in "بو" else k):
            if strip_article(form) in WEAPONS or strip_article(form.removeprefix("ب")) in WEAPONS:
                return False
    return True


def listed_after_they(ctx: SentenceSlots, last: int) -> list[Candidate]:
    """The persons a «وهم/هم» list names after a meeting cue ending at token ``last``: «يستقبل الرئيس
    الفرنسي الثلاثاء لأهم القيادات المتنافسة في ليبيا وهم رئيس حكومة الوفاق فائز السراج والمشير خليفة حفتر
    ورئيس مجلس النواب عقيلة صالح …» — everyone listed is met, up to the end of the sentence or a clause."""
    toks, keys = ctx.sent.tokens, ctx.keys
    they = next((j for j in range(last + 1, min(last + 12, len(keys))) if keys[j] in THEY), None)
    if they is None or any(toks[j].text in ".؟!:" or keys[j] in CLAUSE_WORDS for j in range(last + 1, they)):
        return []
    out: list[Candidate] = []
    for c in ctx.cands:
        if c.first <= they:
            continue
        if any(toks[j].text in ".؟!:" or keys[j] in CLAUSE_WORDS for j in range(they + 1, c.first)):
            break
        if is_person(c) and c.first not in ctx.obliques:
            out.append(c)
    return out


def title_after(ctx: SentenceSlots, j: int) -> Candidate | None:
    """A head's title at token ``j`` with its nationality adjective, no name: «يستقبل الرئيس الفرنسي …»."""
    toks = ctx.sent.tokens
    if j >= len(toks) or clitics(toks[j]) or strip_article(ctx.keys[j]) not in HOLDER_TITLES:
        return None
    end = j + 1 if j + 1 < len(toks) and toks[j + 1].core.startswith("ال") and toks[j + 1].core.endswith("ي") else j
    start = toks[j].core_start
    return Candidate(j, end, start, toks[end].end, ctx.doc.text[start : toks[end].end], None, None, False)


def named_among(ctx: SentenceSlots, after: int) -> Candidate | None:
    """The actor «لاسيما/ولا سيما/وخاصة/خصوصا» singles out of a plural side ending before token ``after``:
    «صدامات بين حلفاء حزب الله، …، لاسيما رئيس مجلس النواب نبيه بري» — the one named is the ally (a person
    the titles introduce first, else the first actor), within the sentence and close to the group."""
    toks, keys = ctx.sent.tokens, ctx.keys
    for j in range(after + 1, min(after + 16, len(toks))):
        if toks[j].text in ".؟!:":
            return None
        if keys[j] not in ESPECIALLY or (keys[j] == ESPECIALLY_BARE and "و" not in clitics(toks[j])):
            continue
        near = [c for c in ctx.cands if j < c.first <= j + 5 and c.first not in ctx.obliques]
        return next((c for c in near if is_person(c)), near[0] if near else None)
    return None


def kin_named_after(ctx: SentenceSlots, relative: Candidate) -> Candidate | None:
    """The person a kin noun describes, named right after the relative it governs: «الشقيق الأصغر للملا عمر
    الملا عبدالله منان» (a title word such as «الملا» stands before the name; not a second item with و)."""
    toks = ctx.sent.tokens
    for c in ctx.cands:
        if relative.last < c.first <= relative.last + 2 and is_person(c) and "و" not in clitics(toks[c.first]):
            between = toks[relative.last + 1 : c.first]
            # a title between («الملا», «الشيخ»): two names side by side may be one name cut in two
            # («نجل الباجي قائد السبسي»)
            if between and all(t.core.startswith("ال") and not clitics(t) for t in between):
                return c
    return None


BRACKET_WHOLES = norm_words("تحالف ائتلاف تكتل")
"""A bracket opening with what the whole before it is: «(تحالف بين …)», «(ائتلاف من …)»."""
BRACKET_JOINS = norm_words("بين من يضم")
SOME = norm_words("بعض")


def bracketed_parts(ctx: SentenceSlots, i: int) -> list[tuple[Candidate, Candidate]]:
    """The parts a bracket lists right after a whole at token ``i`` («(»): «للائتلاف الوطني (المجلس الأعلى
    والتيار الصدري)» — each a member of the whole. Only a list of two actors or more joined by و or commas
    that fills the bracket (a single name there is an abbreviation or a translation: «(إيغاد)»), after a
    body that is no person and no place; the adjectives of a name the recogniser cut short may follow it."""
    toks = ctx.sent.tokens

    def adjectives(a: int, b: int) -> bool:
        return b - a <= 2 and all(toks[j].core.startswith("ال") and not clitics(toks[j]) for j in range(a, b))

    whole = next((c for c in reversed(ctx.cands) if c.last < i), None)
    if (
        whole is None
        or is_person(whole)
        or whole.place is not None
        or not adjectives(whole.last + 1, i)
        # a named body or a body's noun («ائتلاف», «تحالف»), not a plain plural («الدول الأربع (…)»)
        or (whole.entity is None and strip_article(ctx.key_of(whole)) not in ORG_HEADS)
        # «الدول الخمس الدائمة العضوية في مجلس الأمن (روسيا …)»: the list names what stands before «في»
        or (whole.first > 0 and ctx.keys[whole.first - 1] in PREPOSITIONS)
    ):
        return []
    close = next((j for j in range(i + 1, min(i + 16, len(toks))) if toks[j].text in ")]"), None)
    if close is None:
        return []
    lead = i + 1
    if lead + 2 < close and ctx.keys[lead] in BRACKET_WHOLES and ctx.keys[lead + 1] in BRACKET_JOINS:
        lead += 2  # «ائتلاف "سائرون" (تحالف بين الصدريين والشيوعيين …)»: the bracket names what the whole is
    parts = [c for c in ctx.cands if lead <= c.first and c.last < close]
    if lead > i + 1 and (not parts or parts[0].first != lead) and (named := ctx.slot(lead)) is not None:
        parts = [p for p in ctx.members(named) if p.last < close]  # sides the recogniser does not know
        k = parts[-1].last + 1
        if k + 1 < close and close - k <= 4 and ctx.keys[k].removeprefix("و") in SOME:
            # «والشيوعيين وبعض أحزاب التكنوقراط»: the rest of the bracket is the last part
            start, end = toks[k + 1].core_start, toks[close - 1].end
            parts.append(Candidate(k + 1, close - 1, start, end, ctx.doc.text[start:end], None, None, False))
    if len(parts) < 2 or parts[0].first != lead or not adjectives(parts[-1].last + 1, close):
        return []
    for a, b in pairwise(parts):
        comma = b.first - 1 > a.last and toks[b.first - 1].text in "،,"
        # «والشيوعيين وبعض أحزاب التكنوقراط»: a quantifier with the و before the last part
        if b.first - 1 > a.last and ctx.keys[b.first - 1].removeprefix("و") in SOME:
            comma = True
        if not adjectives(a.last + 1, b.first - comma) or not (comma or "و" in clitics(toks[b.first])):
            return []
    return [(p, whole) for p in parts]
