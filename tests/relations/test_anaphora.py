"""Relation ends that are pronouns (:mod:`marsad.relations.anaphora`): the subject «أنه/أنها» of a cue verb and
its object pronoun, read from the actors before the particle by Arabic agreement (ها a state or a body, ه a
person or a masculine body); the owner of «حلفاءه» with a people's adjective after it; «رئيسه» as «رئيس» + ه
(not the folded ta marbuta of «رئيسة»)."""

from __future__ import annotations

from relation_checks import absent_test, found_test

FOUND = [
    # «أنها» is the state before it; the object follows the verb
    (
        "وشدد المسؤول على أن روسيا لم تغير موقفها من دمشق، مؤكدا أنها ما زالت تدعم نظام بشار الأسد.",
        "support",
        "روسيا",
        "نظام بشار الأسد",
        {},
    ),
    # «أنها … تدعمها»: subject and object both pronouns, both in the clause before
    (
        "وقال الوزير إن تركيا لم تقطع علاقاتها مع حركة حماس، مشيرا إلى أنها ما زالت تدعمها.",
        "support",
        "تركيا",
        "حركة حماس",
        {},
    ),
    # a masculine body («الحشد») is what «ه» on the verb stands for; «أنه» is the person speaking
    (
        "وأكد رئيس الوزراء العراقي حيدر العبادي أن الحشد الشعبي جزء من الدولة، مبينا أنه يدعمه بقوة.",
        "support",
        "حيدر العبادي",
        "الحشد الشعبي",
        {},
    ),
    # a denial inside the pronoun's clause stays denied
    (
        "وأوضح المتحدث أن الحكومة الجزائرية تتابع الوضع في مالي، مؤكدا أنها لا تدعم الحركة الوطنية لتحرير أزواد.",
        "support",
        "الحكومة الجزائرية",
        "أزواد",
        {"modality": "denied"},
    ),
    # «حلفاءه» + a people's adjective: the owner is the sentence's person
    (
        "وحذر الرئيس الروسي فلاديمير بوتين من التصعيد، داعيا حلفاءه الغربيين إلى ضبط النفس.",
        "ally",
        "فلاديمير بوتين",
        "الغربيين",
        {},
    ),
    # «رئيسه»: the head of the body right before it
    ("ويتهم معارضو حزب العمال رئيسه أحمد سعيد بالفساد.", "leads", "أحمد سعيد", "حزب العمال", {}),
]


test_found = found_test(FOUND)


ABSENT = [
    # the object pronoun is an actor of this sentence, never the actor of the sentence before
    (
        "وفرضت أنقرة قيودا على عبور الأجانب. وأكد أن إيران لم تتخل عن دعم نظام الأسد، مبينا أنها ما زالت تسانده.",
        "support",
        "إيران",
        "أنقرة",
    ),
    # «ه» is no feminine state: the person, not «مصر», is what «أنه» stands for
    (
        "وقال السفير جون سميث إن مصر شريك مهم، مؤكدا أنه يدعم جهود الوساطة.",
        "support",
        "مصر",
        "جهود",
    ),
]


test_absent = absent_test(ABSENT)
