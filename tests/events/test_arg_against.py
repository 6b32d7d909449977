"""Whose «على/ضد/مع» the object after an event noun is (marsad/events/arg_against.py): another word's preposition
gives the noun no target; its adjectives, a means phrase, an honorific or a relative verb on the noun keep it.
Sentences in the style of the dev articles, written for these tests."""

from __future__ import annotations

from event_checks import target_test

TARGETS = [
    # «مع» belongs to «بالتزامن», not to the attacks
    ("ووقع الهجومان بالتزامن مع إعلان الرئيس الأفغاني أشرف غني تمديد وقف لإطلاق النار.", "الهجومان", None),
    # the noun's adjectives, as definite as it is, and a means phrase stand between it and its object
    ("وشن الإرهابيون هجوما انتقاميا على سكان قرية في ولاية يوبي.", "هجوما", "سكان"),
    ("وشنت الطائرات غارات جوية مكثفة بالصواريخ على مواقع المسلحين.", "غارات", "المسلحين"),
    # a possessive makes the noun definite; an honorific precedes the other side's title
    (
        "وحضر الوزراء اجتماعهم المشترك مع معالي وزير الخارجية الأمريكي جون كيري في الدوحة.",
        "اجتماعهم",
        "وزير الخارجية الأمريكي جون كيري",
    ),
]


test_targets = target_test(TARGETS)
