"""Welcoming a guest is no approval: the screens of the SUPPORT verb «رحب» and its masdar «ترحيب».

«رحبت جامعة الدول العربية بإعلان القاهرة», «أعرب عن ترحيب أمريكا بالخطوات» approve of an act or a decision
(SUPPORT); «الملك يرحب بمستقبليه», «رحب رئيس الوزراء باللواء الشهري», «جدد خلاله ترحيبه بخادم الحرمين الشريفين
خلال زيارته», «رحبت بي دون أن ترتدي حجابها» receive a person, a courtesy of a visit and no event of the story.
The welcomed one is the first word with ب after the trigger (past the verb's subject): a person's title, a guest
word or a personal pronoun on ب (بي، بكم، بهم) marks a guest. «أرحب» is also the elative "wider" («آفاق أرحب
ومستوى أكثر تميزا», «مجالات أرحب وأوسع») and a district of Sanaa («مديريات خولان وأرحب»): as the first-person verb
(«وأرحب بمشاركتها») its object with ب follows at once.
"""

from __future__ import annotations

from marsad.model import Token
from marsad.text.normalize import normalize

GUESTS = frozenset(
    normalize(w)
    for w in (
        "وفد وفود ضيف ضيوف زائر زوار حجاج حاج معتمرين مستقبلي مستقبليه الحضور حضور الحاضرين المشاركين "
        "رئيس ملك أمير وزير سفير لواء عميد شيخ خادم ولي سمو صاحب فخامة معالي أخ أخيه إخوة الإخوة أشقاء "
        "نظيره نظيرها نظرائه مبعوث المبعوث"
    ).split()
)
"""Words that name a received person («بالوفد الأمريكي», «باللواء», «بخادم الحرمين», «بنظيره»); keys without ال."""

PERSON_PRONOUNS = frozenset(normalize(w) for w in ("بي", "بك", "بكم", "بكن", "بهم", "بهن", "بنا"))
"""ب with a personal pronoun: «رحبت بي», «رحبت بهم بريطانيا ومنحتهم اللجوء» (not «بها», which may be a decision)."""

OBJECT_SPAN = 6
"""Tokens after the trigger in which the welcomed one is looked for (the verb's subject stands before it)."""

ELATIVE = normalize("أرحب")


def welcome_word(key: str) -> bool:
    """``key`` (a token's key) is a form of «رحب» or «ترحيب» (any person, tense or pronoun)."""
    return "رحب" in key or "ترحيب" in key


def guest_welcomed(tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """The welcome at ``i`` (a SUPPORT trigger of the stem رحب) receives a person, or «أرحب» is no verb."""
    if not welcome_word(keys[i]):
        return False
    if tokens[i].core == ELATIVE:
        # «أرحب» as the verb takes its ب-object at once («وأرحب بمشاركتها»)
        return last + 1 >= len(tokens) or not tokens[last + 1].norm.startswith("ب")
    for k in range(last + 1, min(len(tokens), last + 1 + OBJECT_SPAN)):
        tok = tokens[k]
        if tok.norm in PERSON_PRONOUNS:
            return True
        if "ب" in tok.prefix or (tok.norm.startswith("ب") and tok.norm != tok.core):
            return keys[k] in GUESTS
    return False
