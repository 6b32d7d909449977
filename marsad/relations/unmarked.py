"""A person's name the recogniser left unmarked before a title apposition: «وذكر خليل الحية، عضو المكتب
السياسي لحركة حماس، أن …», «وطالب خليل الحية عضو المكتب السياسي لحماس …». News introduces a speaker
with a verb of saying, his name, then his titles; the words between that verb (or the start of the
sentence) and the title are the name when they look like one: two or three words, the first without an
article or a glued clitic, one of them known to the gazetteer inside persons' names. Used by
:func:`marsad.relations.ends.title_ends`."""

from __future__ import annotations

from marsad.events.coder import Candidate
from marsad.events.mention import FUNCTION_WORDS
from marsad.relations.modality import SPEECH
from marsad.relations.names import QUOTES
from marsad.relations.placed import past_place
from marsad.relations.slots import (
    CLAUSE_WORDS,
    PREPOSITIONS,
    SentenceSlots,
    clitics,
    core_start,
    is_person,
    norm_words,
)
from marsad.relations.words import ALI, RANKS
from marsad.text.normalize import normalize
from marsad.text.tokens import is_arabic_word

STATEMENT = SPEECH | norm_words("طالب طالبت دعا دعت اعتبر اعتبرت رحب رحبت حذر حذرت شدد شددت كشف كشفت صرح صرحت تابع")
"""Verbs that open a speaker's clause (with SPEECH: «قال», «أكد», «ذكر» …): the name follows them."""


def name_before_title(ctx: SentenceSlots, title: int, name_units: dict[str, str]) -> Candidate | None:
    """The unmarked name right before the title at token ``title`` (a comma between them or not)."""
    toks, keys = ctx.sent.tokens, ctx.keys
    last = title - 1
    if last >= 0 and toks[last].text in "،,":
        last -= 1
    first = last
    while first >= 0 and last - first < 3 and _name_word(ctx, first):
        first -= 1
    first += 1
    while first < last and clitics(toks[first]):
        first += 1  # «على لسان خليل الحية»: a clitic marks the word before the name, not its first word
    if last - first < 1:  # one word is too weak a sign («وأكد مصدر، …»)
        return None
    # the word before the name opens the clause: a verb of saying, or the sentence's start
    # («على لسان خليل الحية عضو …»: or a preposition)
    if first > 0 and not (
        keys[first - 1] in STATEMENT
        or keys[first - 1] in PREPOSITIONS
        or normalize(toks[first - 1].text) in PREPOSITIONS  # «لسان», read as ل + سان
        or toks[first - 1].text in ".:؟!"
    ):
        return None
    if toks[first].core.startswith("ال") or clitics(toks[first]):
        return None
    if not any("PER" in name_units.get(keys[j], "") for j in range(first, last + 1)):
        return None
    start = toks[first].start
    return Candidate(first, last, start, toks[last].end, ctx.doc.text[start : toks[last].end], None, None, False)


def _name_word(ctx: SentenceSlots, j: int) -> bool:
    """Token ``j`` may be a word of a speaker's name. A family name may look to the tokenizer as if it
    carried ب/ل/ك («راجح بادي» → ب + ادي); و/ف start another item. The caller drops a first word with a
    clitic («على لسان خليل الحية»: «لسان» is the word before the name)."""
    tok, key = ctx.sent.tokens[j], ctx.keys[j]
    return (
        is_arabic_word(tok)
        and not {"و", "ف"} & set(clitics(tok))
        and not tok.suffix
        and j not in ctx.cue_tokens
        and ctx.at(j) is None
        and key not in FUNCTION_WORDS
        and key not in CLAUSE_WORDS
        and key not in PREPOSITIONS
        and key not in STATEMENT
    )


WHAT = norm_words("ما")
QUANTIFIERS = norm_words("أي كل بعض جميع معظم غالبية عدة")
"""Words that start a noun phrase («أي مبادئ», «كل الأطراف»), never a person's name."""
WHEN_WORDS = norm_words("خلال أمس اليوم غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت مساء صباح")
"""Times after a title where a name would stand: «المتحدث باسم الجيش خلال مؤتمر», «… أمس»."""
TITLE_COMPLEMENTS = norm_words(
    "الوزراء الجمهورية الحكومة الدولة الأركان الأسبق السابق الراحل الجديد المخلوع الحالي المؤقت المنتهية"
)
"""What completes or qualifies a head's title rather than naming a body: «رئيس الوزراء», «رئيس الجمهورية»,
«رئيس الحكومة» (an office, as the nationality adjective of «الرئيس اليمني»), «الزعيم الراحل»."""
SO_CALLED = norm_words("يسمى تسمى يعرف تعرف يدعى تدعى")
"""«قائد ما يسمى "التعبئة العامة"», «رئيس ما يعرف بـ"الأمن الوقائي"»: the body's name follows, quoted."""


def body_after_title(ctx: SentenceSlots, last: int, held: bool = False) -> Candidate | None:
    """The body a title at tokens ``…last`` heads when the recogniser did not mark it: a quoted name after
    «ما يسمى/ما يعرف بـ» («رئيس ما يسمى "الأمن الوقائي"»), or a definite noun (and its adjectives)
    right before the holder's name or rank («مدير المرصد رامي عبد الرحمن», «مدير المخابرات اللواء ماجد
    فرج»: «اللواء» is the rank there, not a brigade); with ``held``, the holder named right before the title,
    the definite noun alone before a preposition, a clause word or the end."""
    toks, keys = ctx.sent.tokens, ctx.keys
    if toks[last].core.startswith("ال"):
        return None  # «أحد القيادات المستقلة»: a title with the article governs no body after it
    j = last + 1
    if j + 1 < len(toks) and keys[j] in WHAT and keys[j + 1] in SO_CALLED:
        k = j + 2
        while k < len(toks) and not is_arabic_word(toks[k]) and toks[k].text not in ".،,:":
            k += 1
        if k == j + 2 or k >= len(toks):
            return None  # no quote: «ما يسمى بالمقاومة» names no body of its own
        end = k
        while end + 1 < len(toks) and end - k < 4 and is_arabic_word(toks[end + 1]):
            end += 1
        start = core_start(toks[k])
        return Candidate(k, end, start, toks[end].end, ctx.doc.text[start : toks[end].end], None, None, False)
    if (
        j >= len(toks)
        or not toks[j].core.startswith("ال")
        or clitics(toks[j])
        or keys[j] in RANKS
        or keys[j] in TITLE_COMPLEMENTS
        or toks[j].core.endswith(("ي", "ية", "يه", "يين", "يون"))  # «الرئيس اليمني عبد ربه»: a nisba, the title's
    ):
        return None
    end = j
    while end + 1 < len(toks) and end - j < 2 and _adjective(ctx, end + 1):
        end += 1
    k = end + 1
    start = core_start(toks[j])
    if held:
        # the holder stands right before the title («واللواء ماجد فرج مدير المخابرات في غزة»): the
        # definite noun is the body when the clause or a place follows it, not a name
        if k < len(toks) and is_arabic_word(toks[k]) and keys[k] not in PREPOSITIONS and keys[k] not in CLAUSE_WORDS:
            return None
        return Candidate(j, end, start, toks[end].end, ctx.doc.text[start : toks[end].end], None, None, False)
    placed = past_place(ctx, k)  # «مدير عام الدفاع المدني في المنطقة الشرقية اللواء …» (placed.py)
    if placed > k:
        k = placed
        while k + 1 < len(toks) and keys[k] in RANKS and ctx.at(k) is None:
            k += 1  # «بمنطقة جازان الدكتور محمد الصميلي»: the rank left out of the tagged name
    if k >= len(toks) or not is_arabic_word(toks[k]) or clitics(toks[k]) or keys[k] in FUNCTION_WORDS:
        return None
    # the holder's name, with his rank («اللواء ماجد فرج») or a first name the recogniser left out
    # («رامي عبد الرحمن») before the tagged part
    holder = ctx.at(k) or (ctx.at(k + 1) if k + 1 < len(toks) and not toks[k].core.startswith("ال") else None)
    if holder is None or holder.first not in (k, k + 1) or not is_person(holder):
        return None
    one = toks[holder.first]
    if holder.first == holder.last and one.core.startswith("ال") and one.core.endswith("ي"):
        return None  # «مدير المركز الأحوازي لحقوق الإنسان»: the body's adjective, not its director
    return Candidate(j, end, start, toks[end].end, ctx.doc.text[start : toks[end].end], None, None, False)


def _adjective(ctx: SentenceSlots, j: int) -> bool:
    tok = ctx.sent.tokens[j]
    return (
        tok.core.startswith("ال")
        and tok.core.endswith(("ي", "ية", "يه"))
        and not clitics(tok)
        and ctx.at(j) is None
        and ctx.keys[j] not in RANKS
    )


def unmarked_name(
    ctx: SentenceSlots, org_last: int, name_units: dict[str, str], apposed: bool = False
) -> Candidate | None:
    """Two words right after a title's organisation that the recogniser left unmarked, the first a
    word the gazetteer knows inside persons' names (or the second: a family name), «الناطق باسم الحكومة
    اليمنية راجح بادي», «محافظ
    البيضاء صالح الرصاص». Not a first word with a clitic or an article, a particle or a cue. Or a
    hashtag name there: «رئيس جنوب السودان #سلفا_كير». Or the two words between commas after the
    organisation (``apposed`` once past the first comma): «المتحدث باسم داخلية حماس، إياد البزم، في»."""
    toks, keys = ctx.sent.tokens, ctx.keys
    a, b = org_last + 1, org_last + 2
    if a < len(toks) and toks[a].text in "،," and not apposed:
        # «وقال المتحدث الرسمي باسم داخلية حماس، إياد البزم، في …»: the name between commas, closed by a
        # comma, a preposition or the sentence's end (not the start of the next clause)
        u = unmarked_name(ctx, a, name_units, apposed=True)
        close = u.last + 1 if u is not None else 0
        if u is not None and (close >= len(toks) or toks[close].text in "،,.:؟!" or keys[close] in PREPOSITIONS):
            return u
        return None
    if b >= len(toks) or ctx.at(a) is not None or ctx.at(b) is not None:
        return None
    if toks[a].text == "#":
        # «رئيس جنوب السودان #سلفا_كير»: a hashtag name of words joined by «_» (Gulf press)
        k = b
        while k + 2 < len(toks) and toks[k + 1].text == "_" and ctx.at(k + 2) is None:
            k += 2
        if k == b:
            return None
        start = toks[b].start
        return Candidate(b, k, start, toks[k].end, ctx.doc.text[start : toks[k].end], None, None, False)
    for j in (a, b):
        t = toks[j]
        # «علي» (with ya, a first name) folds to the key of the preposition «على» (with alif maqsura)
        ali = j == a and t.text == ALI
        # the tokenizer may split a family name as if it had a clitic or a pronoun («بادي» → ب + ادي),
        # but و/ف on it start another item
        if (
            not is_arabic_word(t)
            or (clitics(t) if j == a else {"و", "ف"} & set(clitics(t)))
            or (t.suffix and j == a)
            or j in ctx.cue_tokens
            or (keys[j] in FUNCTION_WORDS and not ali)
            or keys[j] in CLAUSE_WORDS
            or (keys[j] in PREPOSITIONS and not ali)
            or (keys[j][:1] in "بلكوف" and keys[j][1:] in CLAUSE_WORDS)  # «بأن», «لأن»: a glued conjunction
        ):
            return None
    if toks[a].core.startswith("ال") or keys[a] in QUANTIFIERS:
        return None  # «المبعوث اليمني أي مبادئ»: a quantifier starts a noun phrase, never a name
    if not any("PER" in name_units.get(keys[j], "") for j in (a, b)):
        return None
    start = toks[a].start
    return Candidate(a, b, start, toks[b].end, ctx.doc.text[start : toks[b].end], None, None, False)


def quoted_name_end(ctx: SentenceSlots, k: int) -> int:
    """The last token of a quoted name right after the organisation noun at ``k`` («حزب «ديمقراطية
    الشعوب»», «حركة "البشائر"»: the closing quote), or ``k`` when no quote follows."""
    toks = ctx.sent.tokens
    if k + 1 >= len(toks) or toks[k + 1].text not in QUOTES:
        return k
    end = k + 2
    while end < len(toks) and end - k <= 6 and toks[end].text not in QUOTES:
        end += 1
    return end if end < len(toks) and end - k <= 6 and end > k + 2 else k


def widened_body(ctx: SentenceSlots, org: Candidate, title_last: int) -> Candidate:
    """The body a member's title (ending at ``title_last``) names, widened over what the recogniser cut off:
    «أحد العسكريين في غرفة عمليات "جيش الفتح"» (a unit's common noun in construct with the named body),
    «أحد مشايخ عبيدة مأرب», «شيخ قبائل مأرب» (a body, a tribe, named by the place it belongs to)."""
    toks = ctx.sent.tokens
    if org.entity is None and org.first == org.last:
        named = next((c for c in ctx.cands if org.last < c.first <= org.last + 3), None)
        if (
            named is not None
            and named.entity is not None
            and named.place is None
            and not is_person(named)
            and not named.after_prep
            and _plain(ctx, org.last + 1, named.first, quotes=True)
        ):
            text = ctx.doc.text[org.start : named.end]
            return Candidate(org.first, named.last, org.start, named.end, text, None, None, False)
    if org.place is not None and org.first > title_last + 1 and _plain(ctx, title_last + 1, org.first):
        start = toks[title_last + 1].core_start
        return Candidate(title_last + 1, org.last, start, org.end, ctx.doc.text[start : org.end], None, None, False)
    return org


def _plain(ctx: SentenceSlots, a: int, b: int, quotes: bool = False) -> bool:
    """Tokens ``a`` … ``b - 1`` are one or two bare words, none an article noun, a clitic, a cue or an actor
    (with ``quotes``, also the quote that opens a name)."""
    toks = ctx.sent.tokens
    if quotes and b - 1 > a and toks[b - 1].text in QUOTES:
        b -= 1
    return 0 < b - a <= 2 and all(
        is_arabic_word(toks[j])
        and not clitics(toks[j])
        and not toks[j].core.startswith("ال")
        and j not in ctx.cue_tokens
        and ctx.at(j) is None
        and ctx.keys[j] not in FUNCTION_WORDS
        and ctx.keys[j] not in CLAUSE_WORDS
        for j in range(a, b)
    )
