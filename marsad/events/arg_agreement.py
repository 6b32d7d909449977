"""Who is the subject and what is the object of a verb trigger, by agreement and by the phrase a name stands in,
and which words after a noun describe it rather than name a side.

* Verb agreement: Standard Arabic puts a verb that precedes its subject in the singular («هاجم المسلحون», «حث
  الحلفاء أنقرة»); a verb carrying the plural ending — the past «ـوا» («حثوا», «هاجموا», «بايعوا») or the
  imperfect «يـ…ـون» («يطالبون») — agrees with a subject named before it or dropped, so the name right after
  it is its object: «لكن كثيرين حثوا أنقرة على …», «مقاتلون بايعوا البغدادي» (:func:`plural_verb`; the second
  person «تـ…ـون» is rare in news copy and «تتعاون» is a singular, so only «يـ» is read).
* A subject takes no preposition: a name after «عن، مع، على، إلى» or a glued ب/ك before the verb is no subject
  («وبحسب البيان الصادر عن وزارة الخارجية فقد اتفق الجانبان», «في أعقاب لقاء الرئيس بالوفد التقى وزير
  الخارجية بنظيره»: :func:`governed`); «فقد/فاتفق» opens the main clause after a fronted phrase
  (:func:`apodosis`); a description of definite words may stand between the verb and its subject's name
  («طالب الناشط المدني والفنان المسرحي علي الشيباني»: :func:`described_subject`).
* Words after a noun that describe it: an accusative nisba after an indefinite accusative noun («هجوما
  انتحاريا»: :func:`accusative_nisba`), and members named after «بينهم/منهم», which belong to the group before
  («حلفاء غربيون بينهم حلف شمال الأطلسي»: :func:`member_of_group`).
"""

from __future__ import annotations

from marsad.events.constructions import preposition
from marsad.events.mention import Candidate
from marsad.model import Token
from marsad.text.normalize import normalize

ALIF = "ا"
NISBA_ACCUSATIVE = "يا"
HAMZA_YA = normalize("يئة")
"""«هيئة», «بيئة» once normalised end like a nisba («الهييه»); the doubled ي tells them apart."""
GOVERNING = frozenset(normalize(w) for w in "عن مع على علي إلى الى ضد لدى".split())
"""Prepositions whose object is never the subject of the verb after it (see :func:`governed`)."""
PAST_PLURAL = "وا"
IMPERFECT_PLURAL = "ون"
IMPERFECT_PREFIX = "ي"
HOLLOW_ENDING = "اون"
"""«يتعاون», «يعاون»: the و and ن of the root, not the plural ending."""


def plural_verb(tok: Token) -> bool:
    """``tok`` (a word read as a verb) carries the plural subject ending: «حثوا», «بايعوا», «يطالبون».
    A stem of at least two letters must stand before the ending («دعوا», not a two-letter word). With an
    object pronoun the alif drops («اتهموه»), and such forms are not matched: their object is the pronoun."""
    core = tok.core
    if len(core) >= 4 and core.endswith(PAST_PLURAL):
        return True
    return (
        len(core) >= 5
        and core.startswith(IMPERFECT_PREFIX)
        and core.endswith(IMPERFECT_PLURAL)
        and not core.endswith(HOLLOW_ENDING)
    )


FEMININE_PAST = "ت"
MASCULINE_PERSONS = frozenset(
    normalize(w)
    for w in (
        "جندي عريف رقيب ملازم نقيب مقدم عقيد عميد ضابط شرطي حارس مواطن شاب رجل طفل فتى صبي مسن طبيب مهندس "
        "معلم صحفي صحافي مصور ناشط مسؤول قيادي قائد زعيم أمير رئيس وزير نائب مستشار"
    ).split()
)
"""Masculine singular nouns of persons: after a feminine past verb they are its object («الأولى قتلت الجندي
عبدالعزيز عسيري»), for the verb does not agree with them."""


def feminine_verb_object(toks: list[Token], first: int, c: Candidate) -> bool:
    """``c`` right after the feminine past verb at ``first`` (core in ت, four letters at least: «قتلت»,
    «استهدفت», «اغتالت») is headed by a masculine singular person noun, or has one right before it, so it is
    the object: «والثانية قتلت الجندي رائد المطيري», «اغتالت مسؤولا في الحزب»; the subject is named before
    the verb or dropped."""
    core = toks[first].core
    if len(core) < 4 or not core.endswith(FEMININE_PAST) or c.first - first > 2 or "س" in toks[first].prefix:
        return False
    heads = [toks[c.first]] + ([toks[c.first - 1]] if c.first - 1 > first else [])
    return any(_bare(t.core) in MASCULINE_PERSONS and not t.prefix for t in heads)


def _bare(core: str) -> str:
    """A noun without its article and the tanween alif of the accusative («الجندي», «مسؤولا»)."""
    word = core[2:] if core.startswith("ال") else core
    return word[:-1] if word.endswith(ALIF) and len(word) > 3 else word


AMONG = frozenset(normalize(w) for w in "بينهم بينها بينهما منهم منها ومنهم ومنها وبينهم".split())
"""«X بينهم Y», «X منهم Y»: Y names members of the group X."""


def member_of_group(
    every: list[Candidate], keys: list[str], actor: Candidate | None, target: Candidate
) -> Candidate | None:
    """The target, unless it names members of a group right before «بينهم/منهم» («وأيد حلفاء غربيون بينهم حلف
    شمال الأطلسي والولايات المتحدة»): then the group, or no target when the group is the actor."""
    j = target.first - 1
    if j < 1 or keys[j] not in AMONG:
        return target
    group = next((c for c in reversed(every) if j - 3 < c.last < j), None)  # its adjective may follow it
    if group is None:
        return target
    return None if actor is not None and group.first == actor.first else group


def accusative_nisba(toks: list[Token], last: int, c: Candidate) -> bool:
    """``c`` is one bare word in «ـيا» right after an indefinite accusative noun («هجوما انتحاريا», «هجوماً
    انتحارياً»): a noun with tanween takes no genitive, so the word is its adjective (its nisba in the
    accusative), not a side."""
    noun, word = toks[last].core, toks[c.first].core
    return (
        c.first == c.last
        and not toks[c.first].prefix
        and not noun.startswith("ال")
        and noun.endswith(ALIF)
        and len(word) >= 5
        and word.endswith(NISBA_ACCUSATIVE)
    )


DESCRIPTION_REACH = 8
"""Words from a verb to its subject's name past a description of definite nouns and adjectives."""


def described_subject(toks: list[Token], last: int, c: Candidate) -> bool:
    """Only definite words without a preposition stand between the verb ending at ``last`` and ``c``: a
    description of the subject before its name («طالب الناشط المدني والفنان المسرحي علي الشيباني المرجعية»)."""
    between = toks[last + 1 : c.first]
    return (
        c.first - last <= DESCRIPTION_REACH
        and bool(between)
        and all(t.core.startswith("ال") and not preposition(t) for t in between)
    )


def governed(toks: list[Token], keys: list[str], c: Candidate) -> bool:
    """The candidate ``c`` stands in a prepositional phrase that cannot qualify a subject before it: a glued
    ب/ك or «عن، مع، على، إلى، ضد، لدى» before it («الصادر عن وزارة الخارجية», «لقاء الرئيس بالوفد»), so it
    is no subject. «في/من» and a glued ل often qualify the subject they follow («قوات مكافحة الإرهاب في
    الحرس الوطني قتلت», «الكثير من الجماعات قاطعت», «طائرتي اف-15 تابعتين للجيش قصفتا»), so they do not
    count: the candidate then stands for the phrase it ends, as before."""
    return bool(set(preposition(toks[c.first])) & {"ب", "ك"}) or (c.first > 0 and keys[c.first - 1] in GOVERNING)


APODOSIS = frozenset(normalize(w) for w in ("فقد", "فلقد"))


def apodosis(toks: list[Token], a: int, first: int) -> bool:
    """The verb at ``first`` opens with the ف of a main clause after a fronted phrase: a ف glued to it
    («فاتفق») or «فقد» between ``a`` and it."""
    return "ف" in toks[first].prefix or any(toks[j].core in APODOSIS for j in range(a, first))
