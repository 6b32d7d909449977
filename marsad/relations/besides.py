"""«إلى جانب» before a verbal noun means "besides", not "on the side of": «إلى جانب استهداف الوفد», «إلى جانب
وجود تنظيم داعش الإرهابي» (besides the presence of IS) states no alliance of the actor before it with the one
after.

The masdar patterns of :func:`marsad.relations.slots.abstract` (تفعيل، استفعال، افتعال …) are read by their
shape; the common verbal nouns of other shapes (فُعول «وجود، حضور»; مُفاعلة «مشاركة، مساعدة»; فِعالة «رعاية») are
listed here, since their shapes are shared by names and actor nouns.
"""

from __future__ import annotations

from marsad.relations.slots import abstract, norm_words

OTHER_MASDARS = norm_words(
    "وجود حضور دخول خروج وصول صمود سقوط نزوح هجوم قصف قتل مقتل ضرب "
    "مشاركة مساعدة مساهمة محاولة مواجهة مكافحة محاربة ملاحقة مطالبة معاناة "
    "رعاية حماية سيطرة"
)
"""Verbal nouns whose shape :func:`~marsad.relations.slots.abstract` does not tell."""


def besides_noun(key: str) -> bool:
    """Whether the word after «إلى جانب» is a verbal noun, so that «إلى جانب» means "besides"."""
    return abstract(key) or key in OTHER_MASDARS
