"""Groups named by a number: «مجموعة 5+1», «مجموعة العشرين», «مجموعة السبع», «مجموعة الـ77». The recogniser tags
none of them (a number is no name to it), so the group is neither a side of «الاتفاق … بين إيران ومجموعة 5+1» nor
the whole of the bracket after it («مجموعة 5+1 (الولايات المتحدة، فرنسا، …)»). Used by
:func:`marsad.relations.names.org_nouns`."""

from __future__ import annotations

from marsad.relations.slots import norm_words
from marsad.text.tokens import Token

GROUP_HEADS = norm_words("مجموعة")
"""The head of a numbered group («مجموعة»; «دول» and «قمة» take numbers as counts, not names)."""
NUMBER_NAMES = norm_words("العشرين السبع الثماني الثمانية الخمس الست الأربع الثلاث")
"""Ordinal-like number words that name a group after «مجموعة» («مجموعة العشرين», «مجموعة السبع»)."""
JOINERS = frozenset("+")


def numbered_name(toks: list[Token], keys: list[str], j: int) -> int | None:
    """The last token of the number naming the group whose head is token ``j``: «5+1» (digits joined by «+»),
    «الـ77», «العشرين»; ``None`` when no number follows."""
    if keys[j] not in GROUP_HEADS or toks[j].core.startswith("ال") or j + 1 >= len(toks):
        return None
    k = j + 1
    if toks[k].core in NUMBER_NAMES or keys[k] in NUMBER_NAMES:
        return k
    if toks[k].core in ("الـ", "ال") and k + 1 < len(toks) and toks[k + 1].core.isdigit():
        k += 1  # «مجموعة الـ77» split by the tokenizer
    if not toks[k].core.isdigit():
        return None
    while k + 2 < len(toks) and toks[k + 1].core in JOINERS and toks[k + 2].core.isdigit():
        k += 2
    return k
