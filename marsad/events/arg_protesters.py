"""Who protests, read off the protest noun: «وقفة احتجاجية لأسر المعتقلين» (the ل-phrase after the noun names
the protesters), and who does not: «لعب نشيميريمانا دورا في احتواء الاحتجاجات», «وسعت واشنطن إلى التخفيف من
حدة التظاهرات», «أطلق الحوثيون الرصاص لتفريق المشاركات في التظاهرة» (the subject before a word of quelling
quells the protest, it does not take part in it).

Called by :func:`marsad.events.arguments.attach` for PROTEST noun triggers; an attack noun's ل-phrase is read by
:func:`marsad.events.constructions.agent_after`.
"""

from __future__ import annotations

from marsad.events.constructions import preposition
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention

QUELLING = word_keys(
    "قمع احتواء تفريق فض إخماد اخماد منع حظر إنهاء انهاء تخفيف مواجهة التصدي تصدي لقمع لاحتواء لتفريق لفض لمنع"
)
"""Masdars of quelling or containing whose genitive is the protest («قمع الاحتجاجات», «فض الاعتصام»)."""
MEASURES = word_keys("حدة وتيرة زخم")
"""Words of degree between a quelling masdar and the protest («التخفيف من حدة التظاهرات»)."""
TAKING_PART = word_keys("المشاركين المشاركات المشاركون المحتشدين في")
"""«لتفريق المشاركين في المظاهرة»: those taking part, between the quelling masdar and the protest."""
MANNER = word_keys("احتجاجية احتجاجي احتجاجيه سلمية سلميه حاشدة حاشده غاضبة غاضبه صامتة صامته جديدة جديده ليلية ليليه")
"""Adjectives of a protest's manner that may stand between it and its ل-phrase («وقفة احتجاجية لأسر المعتقلين»)."""
PEOPLE = word_keys(
    "أنصار انصار أسر اسر عائلات أهالي اهالي ذوي طلاب طلبة عمال موظفي موظفين سكان أعضاء اعضاء نشطاء ناشطي مؤيدي "
    "معارضي أبناء ابناء منتسبي متقاعدي"
)
"""People nouns that head the protesters' ل-phrase before a name in construct («لأنصار حزب النهضة»)."""
REACH = 3
"""Words back from the protest noun to the quelling masdar."""


def quelled(m: EventMention, keys: list[str]) -> bool:
    """The protest noun ``m`` is what a word of quelling governs: the subject before it is no protester."""
    for j in range(m.first - 1, max(-1, m.first - 1 - REACH), -1):
        if keys[j] in QUELLING:
            return True
        if keys[j] not in MEASURES and keys[j] not in TAKING_PART and keys[j] != "من":
            return False
    return False


def protesters(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """The candidate with ل right after the protest noun ``m`` (only adjectives of manner may stand between, not one
    of stance that takes the ل itself): «وقفة احتجاجية لأسر المعتقلين», «مظاهرة لأنصار الحزب»."""
    toks = m.sentence.tokens
    if toks[m.last].suffix or toks[m.last].text.endswith(("ها", "هم", "هما")):
        return None  # «وقفتها الاحتجاجية لـ…»: the pronoun names the protesters
    j = m.last + 1
    while j < len(toks) and j - m.last <= 2 and keys[j] in MANNER:
        j += 1
    if j >= len(toks) or "ل" not in preposition(toks[j]):
        return None  # «تظاهرات معادية للمهاجرين», «مسيرة مؤيدة للرئيس»: the ل is the adjective's object
    c = next((c for c in every if c.first >= j), None)
    if c is None or c.first - j > 2:
        return None
    if c.first > j and (keys[j] not in PEOPLE or any(toks[k].prefix for k in range(j + 1, c.first + 1))):
        return None  # «وقفة احتجاجية لأسر المعتقلين»: a people noun with ل, then the name it is in construct with
    return c
