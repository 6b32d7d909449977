"""A trailing attribution after the event: «فجر مشتبه به نفسه … بجنوب البلاد كما أعلنت وزارة الداخلية».

Wire copy often closes the sentence of an event with its source, «كما أعلن/أفاد/ذكر X» ("as X announced"), the
way «على ما أعلن مصدر عسكري» does (:meth:`marsad.events.modality.ModalityCoder._as_reported`). «كما» opening a
clause after a comma or with «و» means "also" («…، كما أعلنت الوزارة اعتقال …»: a second announcement), so the
attribution counts only right after a word of the sentence, with no punctuation or conjunction before it.

A trailing «بحسب/حسبما/وفقا لـ X» belongs to its own clause: a clause opened by «حيث», «في حين», «بينما» or
«فيما» between the trigger and the attribution ends the trigger's clause («كثفت طائرات التحالف من غاراتها …،
حيث قتل 47 متمردا …، حسبما نقلت مصادر عسكرية», «منذ أن باشر الحزب شن هجمات يومية …، في حين قتل 260 مقاتلا
كرديا في غارات جوية تركية، بحسب أنقرة»): the source tells the later clause, the paper the earlier one.
"""

from __future__ import annotations

from marsad.model import Token
from marsad.text.normalize import normalize

AS = normalize("كما")
AFTER_ATTRIBUTION = frozenset(normalize(w) for w in ("بحسب", "حسب", "حسبما", "وفقا", "وفق", "نقلا"))
NEW_CLAUSE = frozenset(normalize(w) for w in ("حيث", "بينما", "فيما"))
WHILE = normalize("حين")
IN = normalize("في")


def attributed_after(keys: list[str], first: int) -> bool:
    """A trailing attribution («بحسب», «حسبما», «وفقا», «نقلا») from the trigger at ``first`` on, in the
    trigger's own clause: not past «حيث», «في حين», «بينما», «فيما»."""
    for j in range(first, len(keys)):
        k = keys[j]
        if k in AFTER_ATTRIBUTION:
            return True
        if j > first and (k in NEW_CLAUSE or (k == WHILE and keys[j - 1] == IN)):
            return False
    return False


def as_announced(tokens: list[Token], keys: list[str], first: int, reporting: frozenset[str]) -> bool:
    """«… كما أعلنت وزارة الداخلية» after the trigger at ``first``: the event is told by that source."""
    for j in range(first + 2, len(keys) - 1):
        if keys[j] != AS or tokens[j].prefix or keys[j + 1] not in reporting:
            continue
        if tokens[j - 1].core[:1].isalpha():
            return True  # «… بجنوب البلاد كما أعلنت», not «…، كما أعلنت» nor «وكما أعلنت»
    return False
