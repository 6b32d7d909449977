"""Places: a town whose name has the article, named without it, is no mention of that town.

«الرياض» (Riyadh), «الميادين» (al-Mayadin), «الدوحة» carry the article; the forms without it are other words:
«رياض» is a man's given name («رياض منصور», «رياض درار»), «ميادين» the plural «fields, squares» («في ميادين
ومشاريع تنموية»). The article drops only after the preposition «لـ» («للرياض», «للدوحة»: the tokenizer's core
of such a word is the bare form), so a one-word mention that lacks the article, without «لل» glued before it,
does not name a town whose listed main name is that word with the article. GeoNames lists such bare forms
among a town's alternate names, which is why they match at all. Countries keep them («عراق موحد», «لسودان»).
Used by :class:`marsad.geo.PlaceStage` on each tagged place entity's gazetteer entries.
"""

from __future__ import annotations

from marsad.geo.gazetteer import GeoEntry
from marsad.model import Document, Entity
from marsad.text.normalize import normalize

ARTICLE = "ال"


def _bare(doc: Document, start: int, end: int) -> str:
    """The normalised mention when it is one word without the article and without «لل» glued before it,
    else ""."""
    word = normalize(doc.text[start:end])
    if not word or " " in word or word.startswith(ARTICLE) or not word.isalpha():
        return ""
    if start > 0 and doc.text[start - 1] == "ل":
        return ""  # «للرياض»: the article's alif is not written after «لل»
    if start > 0 and doc.text[start - 1].isalpha():
        return ""  # glued to another word: the tokenizer cut it, leave it
    return word


def without_bare_namesakes(doc: Document, ent: Entity, entries: list[GeoEntry]) -> list[GeoEntry]:
    """The entries of a place entity without the towns whose main name is the entity's bare word with the
    article, when every mention is that bare word: «رياض منصور» is no Riyadh, «في ميادين» no al-Mayadin."""
    if not entries or not ent.mentions:
        return entries
    words = {_bare(doc, m.start, m.end) for m in ent.mentions}
    if len(words) != 1 or "" in words:
        return entries
    word = ARTICLE + words.pop()
    return [e for e in entries if e.feature == "country" or normalize(e.name) != word]
