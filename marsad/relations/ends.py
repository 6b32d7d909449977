"""Where a relation cue's two ends stand: a title's organisation and holder («رئيس حزب قلب تونس نبيل
القروي», «مبعوث الأمم المتحدة الى ليبيا، غسان سلامة»), a pronoun's referent, the items of a list, and
the small readings of a sentence's tokens and candidates the cue rules of
:class:`marsad.relations.RelationStage` share (appositions, ل-slots, agreement, closeness)."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace
from typing import Any

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.events.mention import FUNCTION_WORDS
from marsad.model import Document, Entity, Sentence, Token
from marsad.relations.bodies import definite_body
from marsad.relations.described import holder_after
from marsad.relations.envoys import AIDES, secretary_at, secretary_body
from marsad.relations.fighters import fighting
from marsad.relations.holders import branch_group, member_title, no_name_at, title_noun, unnamed_head
from marsad.relations.lexicon import (
    Cue,
)
from marsad.relations.names import ORG_HEADS, QUOTES
from marsad.relations.qualifiers import honoured_holder, tribe_after_title
from marsad.relations.slots import (
    CLAUSE_WORDS,
    IN_WORDS,
    PREPOSITIONS,
    PRONOUN_ENDINGS,
    RELATIVES,
    TITLE_PERSONS,
    Hit,
    SentenceSlots,
    clitics,
    definite_run,
    has_lam,
    is_person,
    is_town,
    norm_words,
)
from marsad.relations.tribes import sheikhs_tribe
from marsad.relations.unmarked import (
    body_after_title,
    name_before_title,
    quoted_name_end,
    unmarked_name,
    widened_body,
)
from marsad.relations.words import (
    APPOSITION_WORDS,
    AS,
    BODY_HEADS,
    BRANCH,
    BY_NAME,
    COMMAS,
    ENVOYS,
    FROM,
    GENERIC_FORCES,
    GROUPS,
    HE_IS,
    LAM_SALIH,
    MEMBER_GROUPS,
    MINISTRIES,
    NAME,
    OFFICE_WORDS,
    OFFICIALS,
    ONE_OF,
    RANKS,
    RULED,
    SEAT_NOUNS,
    UN_NISBA,
)
from marsad.text.normalize import normalize
from marsad.text.tokens import is_arabic_word


def group_nisba(tok: Token, nisba: Container[str]) -> bool:
    """A definite adjective of a group, not of a state: «الحوثيين», «الحوثي» after an official's title (a
    country's «الأمريكيين», «السعودي» is his nationality, in ``nisba``, whose forms are normalised)."""
    core = tok.core
    if not core.startswith("ال") or clitics(tok) or not core.endswith(("ي", "يين", "يون")):
        return False
    return normalize(core) not in nisba


def title_ends(
    ctx: SentenceSlots,
    h: Hit,
    before: list[Candidate],
    after: list[Candidate],
    name_units: dict[str, str],
    nisba: Container[str] = (),
) -> list[tuple[Candidate, Candidate]]:
    """«رئيس حزب قلب تونس نبيل القروي», «راشد الغنوشي، رئيس حركة النهضة», «غسان سلامة المبعوث الأممي»,
    «السفير الأمريكي لدى إسرائيل ديفيد فريدمان» (an envoy's nationality adjective, ``nisba``, is his state)."""
    toks, last = ctx.sent.tokens, h.last
    if has_lam(toks[h.first]) and h.first > 0 and toks[h.first - 1].core.startswith("ال"):
        return []  # «الممثل الخاص للأمين العام للأمم المتحدة يان كوبيش»: someone else's title
    if h.cue.type == "leads" and h.first > 0 and ctx.keys[h.first - 1] in AIDES and not clitics(toks[h.first]):
        return []  # «مبعوث الأمين العام للأمم المتحدة مارتن غريفيث»: the envoy's master leads, not the envoy
    if h.cue.type == "leads" and h.first > 0 and ctx.keys[h.first - 1] in (BY_NAME, NAME):
        return []  # «الناطق باسم القائد العام للقوات المسلحة، العميد أحمد المسماري»: the spokesman leads nothing
    org: Candidate | None = None
    if (
        last + 1 < len(toks)
        and h.cue.type == "member_of"
        and (
            toks[last + 1].core in UN_NISBA
            or (ctx.keys[h.first] in ENVOYS and toks[last + 1].core in nisba and not clitics(toks[last + 1]))
            or (
                ctx.keys[last] in OFFICIALS
                and group_nisba(toks[last + 1], nisba)
                # a group the recogniser knows («الحوثيين»), not any adjective («الميدانيين»)
                and (c := ctx.at(last + 1)) is not None
                and c.entity is not None
                and c.place is None
                and not is_person(c)
            )
        )
    ):
        tok = toks[last + 1]
        org = Candidate(last + 1, last + 1, tok.core_start, tok.end, tok.text, None, None, False)
    elif h.pronoun:
        # «التيار الوطني الحر … رئيسه جبران باسيل»: the body the pronoun stands for; further back, the
        # body the sentence is about («ونفت حركة مجتمع السلم …، وقال رئيسها عبد الرزاق مقري»)
        # (a state's minister or head, «الجزائر على لسان وزير خارجيتها», is a title, no relation)
        org = next(
            (
                c
                for c in reversed(before)
                if not is_person(c) and c.entity is not None and c.first not in ctx.obliques and c.place is None
            ),
            None,
        ) or next(
            (
                c
                for c in reversed(ctx.cands)
                if c.last < h.first
                and not is_person(c)
                # «كما أعلن "الجيش الوطني الليبي" …، وصرح المتحدث باسمه»: a quoted name the recogniser missed
                and (c.entity is not None or ctx.key_of(c) in ORG_HEADS)
                and not c.after_prep
                and c.first not in ctx.obliques
                and c.place is None
            ),
            None,
        )
    elif h.first > 0 and ctx.keys[h.first - 1] in RULED and not clitics(toks[h.first]):
        # «حكومة رئيس الوزراء حيدر العبادي», «نظام الرئيس بشار الأسد»: the body before the title
        org = ctx.at(h.first - 1) or ctx.word(h.first - 1)
    elif after and after[0].first - last <= 2:
        org = after[0]
    if org is None and (tribe := tribe_after_title(ctx, h.first, last)) is not None:
        org = tribe  # «شيخ مشايخ يافع»: the tribe's bare name
    if (org is None or is_person(org)) and (tribe := sheikhs_tribe(ctx, last)) is not None:
        org = tribe  # «أحد مشايخ خولان بن عامر»: a tribe named like a person
    if (org is None or is_person(org)) and not h.pronoun and last + 1 < len(toks):
        # «الزعيم الجديد لحركة طالبان», «عضو المكتب التنفيذي لحركة النهضة», «القيادي بحركة النهضة»:
        # the body governed by ل or ب after the title's own qualifiers
        org = governed_org(ctx, last + 1, ctx.keys[h.first] in AIDES) or org
    if (
        org is None
        and h.cue.type == "member_of"
        and (ctx.keys[h.first] in MEMBER_GROUPS or ctx.keys[h.first] in ONE_OF)
        and not toks[last].core.startswith("ال")
    ):
        # «أحد قيادات الحراك الجنوبي»: a definite body the recogniser missed, in construct with the title
        # (not «أحد القيادات المستقلة», which describes the members)
        org = ctx.slot(last + 1)
    if org is None and ctx.keys[h.first] in BRANCH and last + 1 < len(toks):
        org = ctx.slot(last + 1)  # «فرع القاعدة»: a definite name the recogniser may not know
    spokesman = h.cue.type == "member_of" and (BY_NAME in h.cue.words or NAME in h.cue.words)
    split = headed_person(ctx, org, spokesman) if org is not None and is_person(org) else None
    if split is not None:
        org, after = split[0], [split[1], *after[1:]]
    if org is None and spokesman:
        # «متحدث باسم القائد العسكري الليبي، خليفة حفتر»: a titled person; «المتحدث باسم السلطة القضائية، غلام
        # حسين محسني إجئي»: a body the recogniser missed, a definite noun (a spokesman speaks for a body or a person,
        # never a place)
        org = ctx.slot(last + 1) if last + 1 in ctx.cue_tokens else definite_body(ctx, last + 1)
    held = bool(before) and is_person(before[-1]) and before[-1].last == h.first - 1
    body = body_after_title(ctx, last, held and org is None) if not h.pronoun else None
    if body is not None and (org is None or org.first > body.first or ctx.keys[org.first] in RANKS):
        org = body  # «رئيس ما يسمى "الأمن الوقائي"», «مدير المرصد رامي عبد الرحمن»
    if org is None or (is_person(org) and not spokesman):
        return []
    if h.cue.type == "member_of":
        org = widened_body(ctx, org, last)
    end = org.last if org.last > last else last  # «رئيسها عبد الرزاق مقري»: the body is further back
    if (
        end == org.last
        and end + 1 < len(toks)
        and toks[end + 1].core.startswith("ال")
        and toks[end + 1].core.endswith(("ي", "ية"))  # a nisba adjective, «الوطني», «الإسلامية»
        and not clitics(toks[end + 1])
        and ctx.at(end + 1) is None
        and end + 1 not in ctx.cue_tokens
        and ctx.keys[end + 1] not in CLAUSE_WORDS
    ):
        # «رئيس تحالف المحور الوطني خميس الخنجر»: the adjective of a name the recogniser cut short
        end += 1
        org = replace(org, last=end, end=toks[end].end, text=ctx.doc.text[org.start : toks[end].end])
    if ctx.keys[h.first] in AIDES and secretary_at(ctx, last + 1) is not None:
        # «الممثل الخاص للأمين العام للأمم المتحدة في العراق يان كوبيتش»: the holder counted from the body (envoys.py)
        after = [c for c in ctx.cands if c.first > end and c.first - end <= 6 and not c.after_prep]
    person = holder_after(ctx, after, end)
    if person is None:
        person = apposed_person(ctx, end) or ranked_person(ctx, end) or unmarked_name(ctx, end, name_units)
        person = person or honoured_holder(ctx, end)  # «… في الجنوب الشيخ أحمد الغانم»
    if person is None and before and is_person(before[-1]) and "و" not in clitics(toks[h.first]):
        # other titles between are no obstacle, but another cue is («قيس سعيد يستقبل رئيس الحكومة»)
        titles = {j for end, first in ctx.titles.items() for j in range(first, end)}
        between = [
            t
            for n, t in enumerate(toks[before[-1].last + 1 : h.first], before[-1].last + 1)
            if is_arabic_word(t)
            and ctx.keys[n] not in AS
            and n not in titles
            and ctx.keys[n] not in OFFICE_WORDS
            and not (t.core.startswith("ال") and not clitics(t))
        ]
        # «راشد الغنوشي، رئيس …», «بوتفليقة، بصفته "الرئيس الفعلي لجبهة التحرير"», «محمد بن نايف ولي
        # العهد نائب رئيس مجلس الوزراء» (other titles between); not «قيس سعيد يستقبل رئيس الحكومة»,
        # «X، ومدير Y»
        if not between and h.first - before[-1].last <= 6:
            person = before[-1]
    if person is None and not before:
        person = name_before_title(ctx, h.first, name_units)  # «وذكر خليل الحية، عضو المكتب السياسي لـ»
    if person is None and not is_person(org):
        # «عبدالعزيز جباري مستشارا له، وهو أحد القيادات المستقلة ورئيس حزب العدالة والتنمية»: the
        # titles of a «وهو» apposition describe the person before it
        he = next((j for j in range(h.first - 1, max(-1, h.first - 12), -1) if ctx.keys[j] in HE_IS), None)
        if (
            he is not None
            and not any(toks[j].text in ".؟!:" or ctx.keys[j] in CLAUSE_WORDS for j in range(he + 1, h.first))
            and not any(he < c.first < h.first and is_person(c) for c in ctx.cands)
        ):
            person = next((c for c in reversed(ctx.cands) if c.last < he and he - c.last <= 4 and is_person(c)), None)
    # «قيادات بارزة في حركة حماس», «مسؤولون في الحكومة»; one unnamed official or officer: «مسؤول في جهاز
    # الاستخبارات», «مقتل عميد في القوات الخاصة»
    group = member_title(ctx, h)
    # «وقال أحد المسؤولين الحوثيين»: one unnamed official of a group named by its adjective
    one_of = ctx.keys[h.first] in ONE_OF and ctx.keys[last] in OFFICIALS and org.first == last + 1
    nxt = org.last + 1
    if nxt < len(toks) and toks[nxt].text in QUOTES:
        nxt += 1  # «المتحدث باسم "الجيش الوطني الليبي" بقيادة حفتر»: past the name's closing quote
    unnamed = not is_person(org) and no_name_at(ctx, nxt, name_units)
    if person is None and ctx.keys[h.first] in BRANCH:
        person = branch_group(ctx, h, before, bool(before) and fighting(before[-1]))
        if person is None:
            return []  # a branch with no group before it is an office, a bank's or a company's
    if person is None:
        person = unnamed_head(ctx, h, last, unnamed, nxt, name_units)
    if person is None and (spokesman or group) and (not toks[h.first].core.startswith("ال") or unnamed):
        # «وقال المتحدث باسم المجلس الأعلى للدولة إن …»: no name before the reported clause either
        # «قال متحدث باسم الجيش»: an indefinite title names no one, the title itself is the member
        # («المتحدث باسم …» is followed by a name the recogniser may have missed)
        person = title_noun(ctx, h.first)
    if person is None and one_of:
        start, end_at = toks[h.first].core_start, toks[last].end
        person = Candidate(h.first, last, start, end_at, ctx.doc.text[start:end_at], None, None, False)
    return [(person, org)] if person is not None else []


def governed_org(ctx: SentenceSlots, j: int, aide: bool = False) -> Candidate | None:
    """The organisation a title governs with ل or ب from token ``j``, past up to three definite words
    that qualify the title or name a part of the body («الجديد», «المكتب السياسي», «المكتب التنفيذي»):
    «سكرتير المكتب السياسي للحزب الديمقراطي», «القيادي بحركة النهضة»; or an organisation noun and the
    definite words of its name right after the title («رئيس قائمة الفتح»). Never a person: the title's
    holder is found after it."""
    toks, keys = ctx.sent.tokens, ctx.keys
    if aide and (general := secretary_at(ctx, j)) is not None:
        return secretary_body(ctx, general)  # «الممثل الخاص للأمين العام للأمم المتحدة» (envoys.py)
    k = j
    while (
        k < len(toks)
        and k - j < 3
        and toks[k].core.startswith("ال")
        and not clitics(toks[k])
        and ctx.at(k) is None
        and k not in ctx.cue_tokens
    ):
        k += 1
    if k >= len(toks) or "و" in clitics(toks[k]):
        return None
    # the tokenizer may leave ب glued to an organisation noun («بحركة»)
    glued = not clitics(toks[k]) and keys[k].startswith("ب") and keys[k][1:] in ORG_HEADS
    # «رئيس قائمة الفتح»: an organisation noun in construct right after the title, unknown to the recogniser
    bare = k == j and not clitics(toks[k]) and keys[k] in ORG_HEADS
    if not glued and not bare and not ({"ل", "ب"} & set(clitics(toks[k]))):
        return None
    c = ctx.at(k)
    if c is not None:
        return c if c.first == k and not is_person(c) and c.place is None else None
    if (keys[k] in ORG_HEADS or glued) and not toks[k].core.startswith("ال"):
        # the definite words of its name, not into a longer name
        last = definite_run(
            toks, k, 3, lambda n: n not in ctx.cue_tokens and ((nxt := ctx.at(n)) is None or nxt.last <= n)
        )
        if last == k:
            last = quoted_name_end(ctx, k)  # «لحزب «ديمقراطية الشعوب»»: the name in quotes
        if last == k:
            return None
        start = toks[k].start + 1 if glued else toks[k].core_start
        return Candidate(k, last, start, toks[last].end, ctx.doc.text[start : toks[last].end], None, None, False)
    slot = ctx.slot(k) if has_lam(toks[k]) else None
    if slot is None and toks[k].core.startswith("ال") and strip_article(keys[k]) in ORG_HEADS:
        slot = ctx.word(k)  # «الأمين العام للحزب», «الزعيم السابق للحركة»: the body named by its noun
    return slot


def ranked_person(ctx: SentenceSlots, org_last: int) -> Candidate | None:
    """The person a title names after ranks, other titles and what describes the organisation:
    «المتحدث باسم المقاومة الشعبية الموالية بلحج قائد نصر», «… العميد ركن أحمد عسيري»."""
    toks, keys = ctx.sent.tokens, ctx.keys
    for j in range(org_last + 1, min(org_last + 9, len(toks))):
        c = ctx.at(j)
        if c is not None and c.first == j and is_person(c):
            return c if not clitics(toks[j]) and j not in ctx.obliques else None
        if c is not None and c.place is not None and c.after_prep:
            continue  # «الموالية بلحج»
        t = toks[j]
        if "و" in clitics(t):
            return None  # «المدير التنفيذي لنداء تونس ونجل رئيس الجمهورية الباجي»: another item
        if not (
            j in ctx.cue_tokens
            or keys[j] in RANKS
            or keys[j] in OFFICE_WORDS
            or (t.core.startswith("ال") and not clitics(t) and keys[j] not in CLAUSE_WORDS)
            # «المستشار بمكتب/في مكتب وزير الدفاع العميد …»: where a rank or office serves, with ب or في
            or ((clitics(t) == "ب" or keys[j] in IN_WORDS) and (keys[j - 1] in RANKS or keys[j - 1] in OFFICE_WORDS))
            or (keys[j - 1] in IN_WORDS and (keys[j - 2] in RANKS or keys[j - 2] in OFFICE_WORDS))
        ):
            return None
    return None


def apposed_person(ctx: SentenceSlots, org_last: int) -> Candidate | None:
    """The person a title names after a comma, past what qualifies its organisation: «مبعوث الأمم
    المتحدة الى ليبيا، غسان سلامة», «المتحدث باسم تحالف "الفتح" بقيادة هادي العامري، النائب أحمد
    الأسدي», «ومدير قوى الأمن الداخلي في غزة، توفيق أبو نعيم». Not across a clause or a sentence end."""
    toks, keys = ctx.sent.tokens, ctx.keys
    comma = -1
    for j in range(org_last + 1, min(org_last + 11, len(toks))):
        t = toks[j]
        if t.text in ".؟!:" or (keys[j] in CLAUSE_WORDS and keys[j] not in RELATIVES):
            return None
        if t.text in "،,":
            comma = j
            continue
        c = ctx.at(j)
        if c is None or c.first != j:
            continue
        if comma >= 0 and is_person(c) and j - comma <= 2 and "و" not in clitics(t):
            return c
    return None


def construct_name(ctx: SentenceSlots, j: int) -> Candidate | None:
    """A named person or organisation up to three definite words (titles, adjectives) after token
    ``j``: «نظام العقيد السابق معمر القذافي» from «نظام»."""
    toks = ctx.sent.tokens
    for k in range(j, min(j + 4, len(toks))):
        c = ctx.at(k)
        if c is not None:
            return c if c.first == k and c.entity is not None and c.entity.type in ("PER", "ORG") else None
        if clitics(toks[k]) or not toks[k].core.startswith("ال") or not is_arabic_word(toks[k]):
            return None
    return None


def antecedent(ctx: SentenceSlots, i: int, fem: bool) -> Candidate | None:
    for c in ctx.cands:
        if c.last >= i:
            break
        if c.entity is None or c.after_prep or c.unknown_place or c.first in ctx.obliques or is_town(c):
            continue
        if fem and is_person(c):
            continue
        return c
    if any(c.last < i for c in ctx.cands):
        return None
    if i > 1 and not ctx.sent.tokens[0].core.startswith("ال"):
        # «ونصح المخلوع حلفاءه الحوثيين»: verb-subject, a definite noun the recogniser does not know
        subject = ctx.unnamed_at(1)
        if subject is not None and subject.last < i:
            return subject
    return ctx.previous


def referent(ctx: SentenceSlots, pos: int, pronoun: str, src: Candidate | None) -> Candidate | None:
    """The actor a pronoun after ``src`` stands for: the one joined to ``src`` by و, else the nearest
    named actor before it that is no place after a preposition; «له» (he) prefers a person,
    «لها» (she, it) an organisation or a country («قناة «المسيرة» الموالية له»: the leader, not
    «في مدينة عدن» nor «الحوثيين»)."""
    prev = next((c for c in reversed(ctx.cands) if c.last < pos), None)
    if (
        prev is not None
        and src is not None
        and pos == src.first
        and pos - prev.last <= 2
        and "و" in ctx.sent.tokens[pos].prefix
    ):
        return prev
    named = [
        c
        for c in reversed(ctx.cands)
        if c.last < pos
        and c is not src
        and c.entity is not None
        and not c.after_prep
        and not c.unknown_place
        and not is_town(c)
        # «بحكومة الوفاق الوطني ومقرها طرابلس وتعترف بها الأمم المتحدة»: a seat is where, not whom
        and not (c.first > 0 and c.place is not None and ctx.keys[c.first - 1] in SEAT_NOUNS)
    ]
    if pronoun.endswith("ها"):
        return next((c for c in named if not is_person(c)), None)
    if pronoun.endswith("ه"):  # never a feminine noun in «ة» («المعارضون له»: not «الحكومة الأفغانية»)
        return next(
            (c for c in named if is_person(c)), next((c for c in named if not c.text.split()[0].endswith("ة")), None)
        )
    return named[0] if named else None


def named_before(cands: list[Candidate], pos: int) -> Candidate | None:
    return next((c for c in reversed(cands) if c.last < pos and c.entity is not None), None)


def list_before(cands: list[Candidate], last: Candidate, sent: Sentence) -> list[Candidate]:
    """«قريتي كفريا والفوعة المواليتين …»: ``last`` and the candidates joined to it by و before it."""
    out = [last]
    for c in reversed(cands):
        if c.last >= out[0].first:
            continue
        gap = out[0].first - c.last
        comma = gap == 2 and sent.tokens[c.last + 1].text in "،,"  # «غسان سلامة، ومسؤولون ليبيون»
        if (gap == 1 or comma) and "و" in clitics(sent.tokens[out[0].first]):
            out.insert(0, c)
        else:
            break
    return out


# -- modality and records ------------------------------------------------------------------------


def apposition(toks: list[Token], keys: list[str], comma: int) -> int | None:
    """The closing comma of an apposition that opens at ``comma`` («نبيه بري، أبرز حلفاء حزب الله، مع»),
    or None: a stretch of at most eight words up to the next comma that opens with neither و/ف (a new
    clause: «، وأكد أن …») nor a clause word («، الذي …», «، حيث …»), with no full stop or quote inside."""
    first = comma + 1
    if first >= len(toks) or not is_arabic_word(toks[first]) or keys[first] in CLAUSE_WORDS:
        return None
    if {"و", "ف"} & set(toks[first].prefix):
        return None
    for k in range(first + 1, min(first + APPOSITION_WORDS + 1, len(toks))):
        if keys[k] in COMMAS:
            return k
        if not is_arabic_word(toks[k]):
            return None
    return None


def lam_slot(ctx: SentenceSlots, j: int, governed: bool = False) -> Candidate | None:
    """The actor the ل at token ``j`` introduces; when that is a cause or a policy and no actor, the actor
    of a second ل joined by و within five words: «مساندتها لمسار 25 جويلية وللرئيس قيس سعيد»."""
    toks = ctx.sent.tokens
    tgt = ctx.slot(j, lam=True) or lam_name(ctx, j, governed) or lam_group(ctx, j)
    if tgt is not None or not has_lam(toks[j]):
        return tgt
    for k in range(j + 1, min(j + 6, len(toks))):
        if not is_arabic_word(toks[k]) and not toks[k].text.isdigit():
            return None
        if "و" in clitics(toks[k]) and has_lam(toks[k]):
            return ctx.slot(k, lam=True, joined=True)
    return None


def headed_person(ctx: SentenceSlots, c: Candidate, spokesman: bool = False) -> tuple[Candidate, Candidate] | None:
    """A person's candidate that took in the organisation a title names before him: «زعيم التيار الصدري
    مقتدى الصدر» (one candidate «التيار الصدري مقتدى الصدر»). When the words before the person's name
    open with an organisation's head («التيار», «الحزب», «الحركة»), they are the organisation and the
    name the person; a rank or a nisba («الرئيس التونسي قيس سعيد») is no organisation. A body named by
    its common noun does too: «ورئيس البرلمان عقيلة صالح عيسى», «وزعيم المعارضة المسلحة ريك مشار»; after a
    spokesman's title (``spokesman``), a ministry named by its short form: «الناطق باسم الخارجية الإيرانية بهرام
    قاسمي» (a minister's «وزير الخارجية الإيراني» stays a title)."""
    if c.entity is None:
        return None
    toks = ctx.sent.tokens
    first = next(
        (j for j in range(c.first + 1, c.last + 1) for m in c.entity.mentions if m.start == toks[j].start),
        None,
    )
    key = ctx.key_of(c)
    body = key in ORG_HEADS or key in BODY_HEADS or (spokesman and key in MINISTRIES)
    if first is None or not body or clitics(toks[c.first]):
        return None
    end = toks[first - 1].end
    org = Candidate(c.first, first - 1, c.start, end, ctx.doc.text[c.start : end], None, None, False)
    start = toks[first].start
    person = Candidate(first, c.last, start, c.end, ctx.doc.text[start : c.end], c.entity, None, False)
    return org, person


def masculine_singular(cue: Cue) -> bool:
    """A participle cue in the masculine singular («الموالي», «التابع», «المدعوم», «المحسوب»): it describes one
    noun, never a list, which takes the feminine (non-human plural), the plural or the dual."""
    return not cue.words[0].endswith(("ه", "ين", "ون", "ان", "تين"))


def lam_group(ctx: SentenceSlots, j: int, lam: bool = True) -> Candidate | None:
    """An indefinite group of actors after ل, with its adjective: «دعم إيران لأطراف جنوبية», «لجماعات
    مسلحة» — a recipient with no name, never a bare word («لأطراف» alone). Without ``lam`` the group may
    carry any preposition or none («قواعد لفصائل مسلحة تدعمها إيران», «فصائل مسلحة تدعمها إيران»)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    if j < 0:
        return None
    tok = toks[j]
    word = normalize(tok.text)
    head = keys[j] if has_lam(tok) or not lam else (word[1:] if word.startswith("ل") else "")
    if head not in GROUPS or j + 1 >= len(toks) or tok.core.startswith("ال") or ctx.at(j) is not None:
        return None
    adj = toks[j + 1]
    if (
        not is_arabic_word(adj)
        or clitics(adj)
        or adj.core.startswith("ال")
        or keys[j + 1] in FUNCTION_WORDS
        or j + 1 in ctx.cue_tokens
        or not (normalize(adj.core).endswith(("يه", "ين", "ي")) or adj.text.endswith("ة"))  # «مسلحة»
    ):
        return None
    if tok.prefix:
        start = tok.start + len(tok.prefix)
    else:  # «لأطراف» read as one word loses its ل; «أجنحة متباينة» keeps its first letter
        start = tok.start + 1 if lam or has_lam(tok) else tok.start
    return Candidate(j, j + 1, start, adj.end, ctx.doc.text[start : adj.end], None, None, False)


def lam_name(ctx: SentenceSlots, j: int, governed: bool = False) -> Candidate | None:
    """A person named by his last name glued to ل, which the tokenizer read as one word: «الحرس الجمهوري
    الموالي لصالح» is ل + صالح, not the preposition «لصالح» (for the benefit of). The person is one the
    article names «… صالح»; after a cue that itself governs ل (``governed``: «الموالي لـ», «التابعة لـ»)
    «لصالح» cannot be the preposition, so it is the name even where the article gives no fuller one."""
    tok = ctx.sent.tokens[j]
    word = normalize(tok.text)
    if not word.startswith("ل") or len(word) < 4:
        return None
    rest = word[1:]
    ent = next((e for e in ctx.doc.entities if e.type == "PER" and normalize(e.text).split()[-1:] == [rest]), None)
    if ent is None and not (governed and word == LAM_SALIH):
        return None
    return Candidate(j, j, tok.start + 1, tok.end, ctx.doc.text[tok.start + 1 : tok.end], ent, None, False)


def trim_cues(
    doc: Document, sent: Sentence, cands: list[Candidate], cue_tokens: set[int], pronouns: list[str]
) -> list[Candidate]:
    """Names the recogniser ran into the cue after them: «أعلنت حركة الشعب مساندتها لـ…» (tagged
    «حركة الشعب مساندتها»). No name ends in a cue word with a possessive pronoun, nor in a relative
    pronoun; the name stops before it. Nor does a name start with a cue word glued to ل or ب: «بترشيح علي
    الأديب لرئاسة التحالف الوطني» (tagged «رئاسة التحالف الوطني») names the alliance."""
    out = []
    toks = sent.tokens
    for c in cands:
        first = c.first
        while first < c.last and first in cue_tokens and {"ل", "ب"} & set(clitics(toks[first])):
            first += 1
        if first != c.first:
            start = toks[first].start
            c = replace(c, first=first, start=start, text=doc.text[start : c.end])
        last = c.last
        while last > c.first and last in cue_tokens and pronouns[last]:
            last -= 1
        while last > c.first and normalize(toks[last].core) in RELATIVES and not toks[last].prefix:
            last -= 1  # «حزب الدعوة الذي يترأسه المالكي» tagged with its relative pronoun
        if last != c.last:
            end = toks[last].end
            c = replace(c, last=last, end=end, text=doc.text[c.start : end])
        out.append(c)
    return out


def split_at_cues(
    doc: Document, sent: Sentence, cands: list[Candidate], glued: set[int], spans: list[tuple[int, int, Entity]]
) -> list[Candidate]:
    """Names the recogniser ran across a cue glued to ب («كتلة بدر بزعامة هادي العامري» tagged as one
    person): no name holds «بزعامة», «بقيادة», «برئاسة»; the name after the cue is an end of its own
    (with the recogniser's entity), and a candidate across the cue stops before it."""
    if not glued:
        return cands
    toks = sent.tokens
    out: list[Candidate] = []
    crossed = {id(ent) for s, e, ent in spans for k in glued if s < toks[k].start < e}
    for c in cands:
        if c.first in glued and c.last > c.first:
            # «بزعامة هادي العامري» tagged from the cue on: the name after it
            nxt = toks[c.first + 1]
            c = replace(c, first=c.first + 1, start=nxt.core_start, text=doc.text[nxt.core_start : c.end])
        k = next((k for k in sorted(glued) if c.first < k <= c.last), None)
        if k is None:
            # the recogniser's label was for the whole run across the cue: the words before it are no person
            out.append(replace(c, entity=None) if c.entity is not None and id(c.entity) in crossed else c)
            continue
        end = toks[k - 1].end
        # the recogniser's label was for the whole run: the words before the cue are no person
        out.append(replace(c, last=k - 1, end=end, text=doc.text[c.start : end], entity=None))
    for k in sorted(glued):
        after = toks[k + 1]
        if any(c.first <= k + 1 <= c.last for c in out):
            continue
        span = next(((s, e, ent) for s, e, ent in spans if s < toks[k].start and toks[k].end < e), None)
        if span is None or after.core_start >= span[1]:
            continue
        last = max(j for j in range(k + 1, len(toks)) if toks[j].start < span[1])
        start, end = after.core_start, min(span[1], toks[last].end)
        out.append(Candidate(k + 1, last, start, end, doc.text[start:end], span[2], None, False))
    return sorted(out, key=lambda c: c.first)


def outside_names(hits: list[Hit], sent: Sentence, spans: list[tuple[int, int, Entity]]) -> list[Hit]:
    """Title and kin cues that are part of a person's name are no cues: «حافظ قائد السبسي», «أحمد
    قايد صالح» (قائد), «عبد الله بن زايد» (ابن)."""
    inner = [(s, e) for s, e, ent in spans if ent.type == "PER" and e > sent.start and s < sent.end]
    if not inner:
        return hits
    toks = sent.tokens
    return [
        h
        for h in hits
        if h.cue.pattern not in ("title", "kin") or not any(s < toks[h.first].start < e for s, e in inner)
    ]


def adjective(ctx: SentenceSlots, k: int) -> bool:
    """An indefinite adjective between a cue and its ل: «انتقادات مباشرة للشاهد»."""
    tok = ctx.sent.tokens[k]
    return (
        is_arabic_word(tok)
        and not tok.prefix
        and not tok.core.startswith("ال")
        and tok.text.endswith("ة")
        and ctx.keys[k] not in FUNCTION_WORDS
        and ctx.at(k) is None
    )


def has_pronoun(tok: Token, key: str) -> bool:
    """The word ends with an attached pronoun («عضويته»), not with a ta marbuta the key writes as ه
    («مدينة»)."""
    return key.endswith(PRONOUN_ENDINGS) and not tok.text.endswith("ة")


def close_enough(ctx: SentenceSlots, a: int, i: int) -> bool:
    """The actor ending at token ``a`` is the one a participle at ``i`` describes: at most two words
    between, or up to four adjectives and a comma («تحالف لمقاتلين سوريين أكراد وعرب، مدعومين من»)."""
    if i - a <= 3:
        return True
    if i - a > 6:
        return False
    toks, keys = ctx.sent.tokens, ctx.keys
    for j in range(a + 1, i):
        t = toks[j]
        if t.text in "،,":
            continue
        if (
            not is_arabic_word(t)
            or clitics(t) not in ("", "و")
            or keys[j] in FUNCTION_WORDS
            or keys[j] in CLAUSE_WORDS
            or j in ctx.cue_tokens
            or ctx.at(j) is not None
            or t.core.startswith("ال") != toks[a].core.startswith("ال")  # an adjective agrees with its noun
        ):
            return False
    return True


def words_between(toks: list[Token], keys: list[str], a: int, b: int) -> int:
    """The words strictly between tokens ``a`` and ``b``, not counting punctuation, quotes and a relative
    pronoun: «"جيش ليبيا الوطني" الذي يقوده» has none between the name and the verb."""
    return sum(1 for j in range(a + 1, b) if is_arabic_word(toks[j]) and keys[j] not in RELATIVES)


def bare_title(c: Candidate) -> bool:
    """A title with no name standing for a person: «الرئيس» in «نجل الرئيس»."""
    return c.entity is None and c.first == c.last and strip_article(normalize(c.text)) in TITLE_PERSONS


def particle(c: Candidate) -> bool:
    """An end that is only a particle or a preposition («إلى», «من»): a misread candidate, no actor."""
    words = normalize(c.text).split()
    return len(words) == 1 and (
        words[0] in FUNCTION_WORDS or words[0] in PREPOSITIONS or words[0] in EXCEPTIONS or len(words[0]) < 2
    )


EXCEPTIONS = norm_words("إلا سوى غير")
"""Particles of exception («لم تكن حيلته إلا شن هجوم على …»): never an end."""


def same_actor(a: Candidate, b: Candidate) -> bool:
    """Two ends with one name («المقاتلين الموالين … المقاتلين»): no actor is related to itself.

    Two different names of one entity («خالد حفتر نجل … حفتر» merged by mistake) are kept: the
    relation is stated by the text, the merge is the error. An end after a glued «لل» is written without its
    article («دعمه للحوثيين» → «لحوثيين»): «لحوثيين» and «الحوثيين» are one name."""
    x, y = normalize(a.text), normalize(b.text)
    return x == y or _unglued(x) == y or x == _unglued(y)


def _unglued(w: str) -> str:
    """«لحوثيين» (the span after the first ل of «للحوثيين») → «الحوثيين»; other words unchanged."""
    return "ا" + w if w.startswith("ل") and not w.startswith("لا") else w


def unnamed_name(c: Candidate, actor_nouns: frozenset[str]) -> bool:
    """An end the recogniser did not name and that is no generic actor noun («القوات», «الحكومة»)."""
    return c.entity is None and c.place is None and strip_article(normalize(c.text).split()[0]) not in actor_nouns


def dedup_relations(rels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per (type, source span, target span): a cue and an event stating the same link."""
    seen: set[tuple[Any, ...]] = set()
    stated = {
        (r["type"], frozenset((r["source"]["start"], r["target"]["start"])))
        for r in rels
        if not r["evidence"]["cue"].startswith("event:")
    }
    out = []
    for r in rels:
        if r["evidence"]["cue"].startswith("event:") and (
            (r["type"], frozenset((r["source"]["start"], r["target"]["start"]))) in stated
        ):
            continue  # «ويخوض الجيش … بدعم من طيران التحالف»: the cue has said who supports whom
        key = (r["type"], r["source"]["start"], r["target"]["start"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


SIDE_WORDS = norm_words("جهة ناحية طرف")
"""«من جهة», «من ناحية»: what marks the first side of «بين … من جهة و … من جهة أخرى»."""
EACH_OF = norm_words("كل")


def one_side(ctx: SentenceSlots, first: Candidate) -> list[Candidate] | None:
    """The other side of «بين ``first`` من جهة و(كل من) A و B …»: the actors of the second list, or None
    when ``first`` is not followed by «من جهة»."""
    keys, toks = ctx.keys, ctx.sent.tokens
    k = first.last + 1
    if k + 2 >= len(keys) or keys[k] != FROM or keys[k + 1] not in SIDE_WORDS:
        return None
    k += 2
    each = keys[k].removeprefix("و") in EACH_OF  # «وكل» keeps its و in the key: too short to split
    if "و" not in clitics(toks[k]) and not (each and keys[k].startswith("و")):
        return None
    if each and k + 2 < len(keys) and keys[k + 1] == FROM:
        k += 2  # «وكل من بريطانيا والصين»
        second = ctx.slot(k)
    else:
        second = ctx.slot(k, joined=True)
    return ctx.members(second) if second is not None else None


def named_group(ctx: SentenceSlots, c: Candidate) -> Candidate:
    """«المقاتلين من حركة الحوثيين»: unnamed fighters of a named movement stand for the movement."""
    keys = ctx.keys
    if not ctx.owns(c):
        return c  # the sentence before's actor (:attr:`SentenceSlots.previous`) is taken as it is
    k = c.last + 1
    if c.first != c.last or c.entity is not None or keys[c.first] not in GENERIC_FORCES or k + 1 >= len(keys):
        return c
    if keys[k] != FROM:
        return c
    org = ctx.at(k + 1)
    return org if org is not None and org.first == k + 1 and org.entity is not None and org.place is None else c
