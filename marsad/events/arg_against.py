"""Whose «على/ضد/مع» an object after an event noun is: «هجوم صاروخي على قاعدة», «غارات جوية بالصواريخ على مواقع
المسلحين» give the noun's object, but in «سيكون لهذه الضربات أثر عميق على قدرة داعش» or «الضربات لا تقطع الطريق
على التنظيم» the «على» belongs to another noun or verb standing between.

Between an event noun and the preposition of its object only its adjectives (right after it, as definite as it
is), a means phrase under a preposition
(«بالصواريخ», «بقذائف الهاون»), a name (its agent: «اعتداء المستوطنين على») or a time word may stand; any other
word (a noun, a verb) takes the preposition itself. Called by :func:`marsad.events.arguments.attach` for noun
triggers.
"""

from __future__ import annotations

from marsad.events.constructions import (
    AGAINST,
    NISBA_ENDINGS,
    PHRASE_BREAKS,
    RELATIVE_PRONOUNS,
    TIME_WORDS,
    preposition,
)
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention

PHRASE_PREPOSITIONS = word_keys("في من عبر")
"""Prepositions written apart whose phrase may stand between the noun and its object («قصف في الليل على»)."""
HONORIFICS = word_keys("معالي فخامة سعادة جلالة سمو صاحب السيد نفسه نفسها ذاته ذاتها آنذاك حينها")
"""Honorifics before the name of the other side («اجتماعهم المشترك مع معالي وزير الخارجية») and words of emphasis
or time that qualify the noun («التضامن نفسه مع لبنان», «الاحتجاجات آنذاك ضد نظام مبارك»)."""
GENITIVE_WORDS = 2
"""Words of an indefinite masdar's genitive object («إطلاق عشرات الصواريخ»)."""
PRONOUNS = ("ه", "ها", "هم", "هما")
BORDERS = word_keys("الحدود حدود الحدودية الحدودي الشريط السياج")
"""Border words whose «مع» names the neighbour on the other side («الحدود مع ليبيا»)."""
PHRASE_WORDS = 2
"""Words of a prepositional phrase after its preposition («بقذائف الهاون», «في ساعة متأخرة»)."""


def foreign_preposition(m: EventMention, keys: list[str], every: list[Candidate], c: Candidate) -> bool:
    """The «على/ضد/مع» before the candidate ``c`` after the noun trigger ``m`` is another word's: a word that is
    no adjective, no name, no time word and in no prepositional phrase stands between the trigger and it."""
    toks = m.sentence.tokens
    at = next((j for j in range(m.last + 1, c.first) if keys[j] in AGAINST), None)
    if at is None:
        return False
    if keys[at - 1] in BORDERS:
        return True  # «احتجاجات بالقرب من الحدود مع إسرائيل»: the «مع» of a border names the neighbour, no side
    phrase_until = -1
    chain = True  # the noun's adjectives stand right after it and agree with it in definiteness
    last = toks[m.last]
    # «اجتماعهم المشترك»: a possessive pronoun makes the noun definite (read on the original text, where «ة» is
    # not «ه»)
    definite = last.core.startswith("ال") or bool(last.suffix) or last.text.endswith(PRONOUNS)
    for k in range(m.last + 1, at):
        tok = toks[k]
        if any(d.first <= k <= d.last for d in every):
            chain = False
            continue
        if preposition(tok) or keys[k] in PHRASE_PREPOSITIONS:
            phrase_until, chain = k + PHRASE_WORDS, False
            continue
        if keys[k] in RELATIVE_PRONOUNS:
            # «الحرب التي خاضتها ضد إسرائيل», «العقوبات، التي فرضت على روسيا»: the relative verb on the noun (an
            # auxiliary before it) keeps its object
            phrase_until, chain = k + 2, False
            continue
        if (
            k <= phrase_until
            or keys[k] in HONORIFICS
            or tok.text in PHRASE_BREAKS
            or keys[k] in TIME_WORDS
            or not tok.core[:1].isalpha()
        ):
            chain = chain and tok.text not in PHRASE_BREAKS
            continue
        bare = not tok.prefix.replace("ال", "").replace("و", "")
        if chain and bare and (tok.core.startswith("ال") == definite or tok.core.endswith(NISBA_ENDINGS)):
            continue
        if chain and not definite and k - m.last <= GENITIVE_WORDS:
            continue  # «إطلاق عشرات الصواريخ على إسرائيل», «قطع الإمدادات على مواقعهم»: the masdar's genitive
        return True
    return False
