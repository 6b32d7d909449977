"""Joint electoral lists: candidates who meet «في لائحة واحدة» are allies, not parties to talks.

Lebanese, Iraqi, Tunisian and Algerian election reporting says that rivals «اجتمعوا في لائحة واحدة», «التقوا
على قائمة مشتركة», «انضم إلى قائمة واحدة»: the verb of meeting then forms an electoral alliance, so a
``negotiates_with`` relation whose sentence puts its sides on one list becomes an undirected ``ally``
(«اجتمع اليوم مع التيار العوني في لائحة واحدة في كسروان»). The list nouns also give cues of their own in
``cues.tsv`` («شكلت لائحتها مع القوات اللبنانية»: «لائحة/قائمة مع»).
"""

from __future__ import annotations

import re
from typing import Any

from marsad.text.normalize import normalize

_SLATE = re.compile(normalize(r"(?:في|ضمن|على)\s+(?:ال)?(?:لائحة|قائمة)\s+(?:واحدة|مشتركة|موحدة)"))


def on_one_list(sentence: str) -> bool:
    """The sentence puts actors on one electoral list («في لائحة واحدة», «ضمن قائمة مشتركة»)."""
    return _SLATE.search(normalize(sentence)) is not None


def electoral_slates(relations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Retype meetings on one electoral list as alliances (in place; the list is returned)."""
    for rel in relations:
        if rel["type"] == "negotiates_with" and on_one_list(rel.get("sentence", "")):
            rel["type"] = "ally"
            rel["directed"] = False
    return relations
