"""Adjectives the press puts between a cue's noun and its preposition: «دعم قوي من روسيا», «حملة عنيفة ضد»,
«عضو بارز في مجلس قيادة الحركة», «حرب إعلامية ضد دول التحالف», «علاقات وثيقة جدا مع».

The cue table lists a noun and its preposition («حملة ضد», «دعم من», «عضو في», «توتر بين»); a writer in any region may
qualify the noun with one or two adjectives of force, scope, standing or field before the preposition. Only a
closed set is skipped: adjectives that never name an actor (no nationality adjective: «الدعم الروسي لـ» names
the giver) and that say nothing of the relation's modality («السابق» is read by the modality stage, not
skipped). Used by :meth:`marsad.relations.RelationStage._fit`.
"""

from __future__ import annotations

from marsad.relations.slots import clitics, norm_words
from marsad.text.tokens import Token

SKIPPED = norm_words(
    # force and scope
    "قوي قوية قويا كبير كبيرة كبيرا كامل كاملة كاملا واسع واسعة واسعا شديد شديدة شديدا عنيف عنيفة عنيفا "
    "حاد حادة حادا لاذع لاذعة لاذعا مباشر مباشرة مباشرا مطلق مطلقة مطلقا متواصل متواصلة متواصلا مستمر مستمرة "
    "مستمرا علني علنية علنيا واضح واضحة واضحا ثابت ثابتة ثابتا وثيق وثيقة وثيقا جدا "
    # standing
    "بارز بارزة بارزا رئيسي رئيسية رئيسيا فاعل فاعلة فاعلا "
    # field
    "عسكري عسكرية عسكريا سياسي سياسية سياسيا إعلامي إعلامية إعلاميا أمني أمنية أمنيا اقتصادي اقتصادية "
    "اقتصاديا طائفي طائفية طائفيا ممنهج ممنهجة ممنهجا"
)
"""Adjectives of force, scope, standing and field (articles and case endings fold in the keys)."""
PREPOSITIONS = norm_words("ضد في من مع على إلى بين")
"""A cue's last word that the adjectives may precede."""
AT_MOST = 2


def skipped_adjectives(tokens: list[Token], keys: list[str], j: int, word: str) -> int:
    """How many adjectives of :data:`SKIPPED` start at token ``j`` right before the cue's preposition ``word``
    (0 when ``word`` is no preposition or the preposition does not follow them)."""
    if word not in PREPOSITIONS:
        return 0
    k = j
    while k < len(keys) and k - j < AT_MOST and keys[k] in SKIPPED and clitics(tokens[k]) in ("", "و"):
        k += 1
    if k == j or k >= len(keys) or keys[k] != word or clitics(tokens[k]):
        return 0
    if clitics(tokens[j]):
        return 0  # «وعسكرية» may only follow another adjective
    return k - j
