"""Places: place names that name something else. A place's name after «شارع» (street), «شركة» (company),
«نادي» (club), «صحيفة» (newspaper) or a royal title names that street, body or person; a direction
adjective after the definite noun it qualifies is no governorate; a place name may be the noun of a fixed
phrase («على الصعيد الإقليمي»). Such mentions leave their place entity (:func:`split_named_after`).
"""

from __future__ import annotations

from marsad.geo.namesakes import after_head, word_before
from marsad.geo.phrases import phrase_word
from marsad.model import Document, Entity, Mention
from marsad.text.normalize import normalize

PLACE_TYPES = ("LOC", "GPE", "FAC")
"""Entity types of places."""

NAMED_AFTER_HEADS = frozenset(normalize(w) for w in "شارع شركة نادي صحيفة جريدة الملك الملكة الأمير الأميرة".split())
"""Heads whose following place name names a street, a company, a club or a newspaper («شارع سوريا»), or
a person a royal title announces («الملكة إليزابيث», not Elizabeth, New Jersey)."""
DIRECTION_ADJECTIVES = frozenset(
    normalize(w) for w in "الشرقية الغربية الشمالية الجنوبية الوسطى الشرقي الغربي الشمالي الجنوبي".split()
)
"""Adjectives of direction that also name regions («الشرقية» Sharqia, «الغربية» Gharbia, «الوسطى»)."""
COLOUR_ADJECTIVES = frozenset(normalize(w) for w in "البيضاء الخضراء الحمراء السوداء الزرقاء الصفراء".split())
"""Feminine colour adjectives that also name towns («البيضاء» al-Bayda of Libya and Yemen, «الزرقاء» Zarqa,
«الحمراء»): after a definite noun with a space between (no glued «و»: «المرج والبيضاء» is a list) they
agree with it («الراية البيضاء» the white flag, «الخطوط الحمراء», «القائمة السوداء», «القبعات الزرقاء»)."""
NAMED_AFTER = "named-after:"
"""Evidence prefix of the entities :func:`split_named_after` makes; no later step retypes them."""


def split_named_after(doc: Document, entities: list[Entity]) -> None:
    """«شارع سوريا», «شركة سرت لإنتاج النفط», «نادي الرياض», «صحيفة الرياض»: a place's name right after
    «شارع» (street), «شركة» (company), «نادي» (club), «صحيفة»/«جريدة» (newspaper) names that street or
    body, not the place. «الحدود الغربية», «القوات الشرقية»: a direction adjective right after the definite
    noun it qualifies is no governorate («الغربية» Gharbia, «الشرقية» Sharqia). Such mentions leave their
    place entity for one of their own, typed MISC, so that neither this stage nor a later one takes them
    for the place. So do nouns of fixed phrases («على الصعيد الإقليمي», «القوة القاهرة», :data:`IDIOMS`) and
    the words :func:`marsad.geo.phrases.phrase_word` reads as part of another phrase («سورية الجنسية»,
    «وصفت بالحرجة», «من فرامة»). (Runs after the
    widening, which has made «الغوطة الشرقية» one name.)"""
    n = doc.last_entity_number()
    for ent in list(entities):
        if ent.type not in PLACE_TYPES:
            continue
        named = [
            m
            for m in ent.mentions
            if after_head(doc, m, NAMED_AFTER_HEADS) or _qualifies(doc, m) or _in_idiom(doc, m) or phrase_word(doc, m)
        ]
        if not named:
            continue
        ent.mentions[:] = [m for m in ent.mentions if m not in named]
        n += 1
        other = Entity(f"e{n}", named[0].text, "MISC", named, f"{ent.key} اسم".strip())
        other.evidence.append(f"{NAMED_AFTER} a street, a company, a club, a newspaper or a titled person")
        doc.entities.append(other)
    doc.entities[:] = [e for e in doc.entities if e.mentions]


IDIOMS = {
    normalize("الصعيد"): frozenset(normalize(w) for w in "على علي".split()),
    normalize("القاهرة"): frozenset(normalize(w) for w in "القوة قوة".split()),
    normalize("الصحراء"): frozenset(normalize(w) for w in "جنوب جنوبي".split()),
}
"""Place names that are a noun of a fixed phrase after the words listed (clitics of the word before
aside): «على الصعيد الإقليمي» (at the regional level) is no Upper Egypt («الصعيد»); the place is named
«الصعيد» or «صعيد مصر» without «على». «القوة القاهرة» (force majeure, «حالة القوة القاهرة» in oil and
contract news) is no Cairo: the adjective «القاهرة» (overpowering) agrees with «القوة». «جنوب الصحراء» («دول
جنوب الصحراء», «أفارقة من جنوب الصحراء») is sub-Saharan Africa, never Western Sahara, even in news that names
Morocco."""


IDIOMS_BEFORE = {
    normalize("ليل"): frozenset(
        normalize(w)
        for w in "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس البارحة نهار ونهار".split()
    ),
}
"""Place names that are a noun of a fixed phrase before the words listed: «ليل الخميس» (Thursday night),
«منذ ليل أمس», «ليل نهار» (night and day) are no Lille, also in news that names France."""


def _word_after(text: str, at: int) -> str:
    """The normalised word that starts one space after ``at``, or "" (a cheap look at the text)."""
    if at >= len(text) or text[at] != " ":
        return ""
    end = at + 1
    while end < len(text) and end - at < 16 and text[end].isalpha():
        end += 1
    return normalize(text[at + 1 : end])


def _in_idiom(doc: Document, m: Mention) -> bool:
    """Whether a place mention is the noun of a fixed phrase (:data:`IDIOMS`, :data:`IDIOMS_BEFORE`)."""
    name = normalize(m.text)
    before = IDIOMS.get(name)
    if before is not None and word_before(doc, m)[1] in before:
        return True
    after = IDIOMS_BEFORE.get(name)
    return after is not None and _word_after(doc.text, m.end) in after


def _qualifies(doc: Document, m: Mention) -> bool:
    """Whether a direction adjective («الغربية») or a colour adjective («البيضاء», :data:`COLOUR_ADJECTIVES`)
    follows, as its adjective, the definite noun before it."""
    name = normalize(m.text)
    if name in COLOUR_ADJECTIVES:
        return m.start > 0 and doc.text[m.start - 1].isspace() and word_before(doc, m)[1].startswith("ال")
    if name not in DIRECTION_ADJECTIVES:
        return False
    return word_before(doc, m)[1].startswith("ال")
