"""The people an arrest, a ban or a trial falls on, given by a count or a plural of persons with no name.

Police and court copy names whom a coercive act takes by a count rather than a name: «تم توقيف عدد من
المحتجين والمتضامين», «اعتقلت الميليشيات عددا آخر من المشاركات», «منع الثلاثة من اعتلاء المنابر», «قررت منع
ثلاثة آخرين من …», «ضبط (3) من أعضاء تلك اللجان», or by a plural of a person noun («وقضت بمحاكمة الصحفيين»).
The phrase stands right after a noun trigger (the masdar's object) or after a verb trigger's subject
(verb–subject–object), as in :mod:`marsad.events.arg_objects`; it is the target when the clause names none.
Only counts of people are taken: weapons and goods seized are no side (``seize`` is left out, and «ضبط 4 شكاير»,
«توقيف ثلاث سيارات» count no person), nor is a length of time («حبس ثلاث سنوات»).
"""

from __future__ import annotations

from marsad.events.arg_objects import person_heads
from marsad.events.casualties import count_word
from marsad.events.constructions import FROM_WORD, TIME_WORDS
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.events.objects import CROWD_TYPES
from marsad.model import Token

SOME = word_keys("عدد عددا عدداً")
"""«عدد من»: a count word that the numeral test leaves out."""
OTHER = word_keys("آخر آخرا آخراً آخرين آخرون آخران آخرَين أخرى")
"""«ثلاثة آخرين», «عددا آخر من»: the word of "others" after a count."""
HUMAN_PLURALS = word_keys(
    "أعضاء عناصر أفراد أشخاص شخصا شخص مشاركين مشاركات محتجين متظاهرين متظاهرات نساء رجال شبان شباب أطفال "
    "مهاجرين مهاجرا مسلحين مسلحا مسلحون أنصار قيادات قياديين"
)
"""Broken and sound plurals of people a count may run to («(3) من أعضاء», «عددا آخر من المشاركات»)."""
HUMAN_OTHERS = word_keys("آخرين آخرون آخران")
"""«ثلاثة آخرين»: the masculine plural of "others" counts people."""
PLURAL_ENDINGS = ("ين", "ون", "ي")
"""«الصحفيين», «صحفيي الجزيرة», «ناشطون»: sound plurals (and the construct form) of a person noun."""
SUBJECT_REACH = 3


def _bare(tok: Token) -> bool:
    return not tok.prefix and tok.core[:1].isalpha()


def _plural_person(key: str) -> bool:
    heads = person_heads()
    return any(key.endswith(e) and len(key) - len(e) >= 3 and key[: -len(e)] in heads for e in PLURAL_ENDINGS)


def _human(j: int, keys: list[str], every: list[Candidate]) -> bool:
    """The word at ``j`` names people: a candidate, a person noun of ``data/arg_person_heads.tsv`` (also in the
    accusative or a sound plural) or a plural of :data:`HUMAN_PLURALS`."""
    key = keys[j]
    heads = person_heads()
    return (
        any(c.first <= j <= c.last for c in every)
        or key in HUMAN_PLURALS
        or key in heads
        or (key.endswith("ا") and key[:-1] in heads)
        or _plural_person(key)
    )


def counted_people(
    m: EventMention, every: list[Candidate], keys: list[str], verbish: bool, actor: Candidate | None
) -> Candidate | None:
    """The counted or plural people right after the coercive trigger ``m`` (or its subject), or None."""
    if m.entry.plover_type != "COERCE" or m.plover_mode == "seize":
        return None
    toks = m.sentence.tokens
    if verbish:
        if actor is None or actor.first <= m.last or actor.first - m.last > SUBJECT_REACH:
            return None
        start = actor.last + 1
    else:
        start = m.last + 1
    return counted_phrase(toks, keys, every, start)


def counted_phrase(toks: list[Token], keys: list[str], every: list[Candidate], start: int) -> Candidate | None:
    """The counted or plural people that begin at ``start`` (a time aside and a bracket passed over): «عدد من
    المحتجين», «(3) من أعضاء», «3 أشخاص», «ثلاثة آخرين», «العشرات», «صحفيي الجزيرة»; None where a candidate
    names them (the other rules decide) or the words count no people."""
    n = len(toks)
    while start < n and keys[start] in TIME_WORDS:
        start += 1
    if start < n and toks[start].text == "(":
        start += 1  # «ضبط (3) من أعضاء»
    if start >= n or any(c.first <= start <= c.last for c in every):
        return None  # a candidate names it: the other rules decide
    key = keys[start]
    counted = count_word(key) or key in SOME
    if not (counted or (_bare(toks[start]) and _plural_person(key))):
        return None
    end = start
    if not counted:
        if key.endswith("ي") and end + 1 < n and _bare(toks[end + 1]):
            end += 1  # «صحفيي الجزيرة»: the construct plural with its genitive
        return unnamed(toks, start, end)
    if end + 1 < n and toks[end + 1].text == ")":
        end += 1
    if end + 1 < n and keys[end + 1] in HUMAN_OTHERS:
        return unnamed(toks, start, end + 1)  # «ثلاثة آخرين»
    if end + 1 < n and keys[end + 1] in OTHER:
        end += 1  # «عددا آخر من المشاركات»
    if end + 2 < n and keys[end + 1] == FROM_WORD and _human(end + 2, keys, every):
        return unnamed(toks, start, end + 2)  # «عدد من المحتجين», «(3) من أعضاء»
    if end == start and end + 1 < n and _bare(toks[end + 1]) and key not in SOME and _human(end + 1, keys, every):
        return unnamed(toks, start, end + 1)  # «3 أشخاص»
    if end == start and toks[start].core.startswith("ال"):
        return unnamed(toks, start, end)  # «منع الثلاثة من»: a definite count refers back to people
    return None


def counted_subject(m: EventMention, every: list[Candidate], keys: list[str], verbish: bool) -> Candidate | None:
    """The counted people in construct right after a flight, a withdrawal or a protest noun, who fled, withdrew or
    protested: «فرار مئات المسلحين من صفوف الحوثيين», «وفرار العشرات، تاركين خلفهم أسلحة», «احتجاج عشرات
    العمال» (no time aside: the genitive follows the noun at once)."""
    # Masdars of intransitive verbs less the mobilising ones (no counted people): the genitive is their subject.
    if verbish or m.entry.plover_type not in CROWD_TYPES:
        return None
    start = m.last + 1
    if start >= len(keys) or keys[start] in TIME_WORDS or not count_word(keys[start]):
        return None
    return counted_phrase(m.sentence.tokens, keys, every, start)
