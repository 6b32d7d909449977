"""A trailing attribution after the event: «فجر مشتبه به نفسه … بجنوب البلاد كما أعلنت وزارة الداخلية».

Wire copy often closes the sentence of an event with its source, «كما أعلن/أفاد/ذكر X» ("as X announced"), the
way «على ما أعلن مصدر عسكري» does (:meth:`marsad.events.modality.ModalityCoder._as_reported`). «كما» opening a
clause after a comma or with «و» means "also" («…، كما أعلنت الوزارة اعتقال …»: a second announcement), so the
attribution counts only right after a word of the sentence, with no punctuation or conjunction before it.
"""

from __future__ import annotations

from marsad.model import Token
from marsad.text.normalize import normalize

AS = normalize("كما")


def as_announced(tokens: list[Token], keys: list[str], first: int, reporting: frozenset[str]) -> bool:
    """«… كما أعلنت وزارة الداخلية» after the trigger at ``first``: the event is told by that source."""
    for j in range(first + 2, len(keys) - 1):
        if keys[j] != AS or tokens[j].prefix or keys[j + 1] not in reporting:
            continue
        if tokens[j - 1].core[:1].isalpha():
            return True  # «… بجنوب البلاد كما أعلنت», not «…، كما أعلنت» nor «وكما أعلنت»
    return False
