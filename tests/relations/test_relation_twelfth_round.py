"""Constructions of the twelfth round: tribal heads and a holder past the body's place qualifier and an
honorific, the counterparts a minister meets, a verb's listed objects, the body whose ministers are met, the
sides a meeting brings together («الذي يجمع»), strikes on positions (no relation), the agent of a purpose after a
relative clause, the nearer of two cue words, partnership and cooperation «بين», fighting «من أجل إسقاط»; the
office of prime minister as a title, machines that belong to a side, strikes backed."""

from __future__ import annotations

from relation_checks import absent_test, found_test

FOUND = [
    # tribal heads: the tribe's bare name after the title
    ("أكد شيخ مشايخ يافع السلطان فضل العفيفي أن المملكة صمام أمان اليمن.", "leads", "فضل العفيفي", "يافع", {}),
    # the holder past the body's place qualifier and an honorific
    (
        "وقال الأمين العام لحزب الأمة العربية في الجنوب الشيخ أحمد الغانم في البيان إن الوضع سيء.",
        "leads",
        "أحمد الغانم",
        "حزب الأمة العربية",
        {},
    ),
    # the counterparts named after «نظيريه», not the town visited between
    (
        "وأعلنت الوزارة أن الوزير سيرغي لافروف سيلتقي خلال زيارته للدوحة نظيريه الأميركي جون كيري والسعودي عادل الجبير.",
        "negotiates_with",
        "سيرغي لافروف",
        "عادل الجبير",
        {"directed": False},
    ),
    # each member of a verb's listed object
    ("والكل يعلم أن إيران تدعم حزب الله والحوثيين.", "support", "إيران", "الحوثيين", {"source": "إيران"}),
    # the body whose ministers are met
    (
        "قال جون كيري بعد اجتماعه مع وزراء خارجية دول مجلس التعاون في الدوحة أن الوضع صعب.",
        "negotiates_with",
        "جون كيري",
        "مجلس التعاون",
        {},
    ),
    # the sides a meeting brings together, past the place and the time
    (
        "وأشار إلى أن اللقاء الثلاثي الذي يجمع في العاصمة القطرية الدوحة، اليوم، وزراء خارجية السعودية "
        "والولايات المتحدة وروسيا، سوف يناقش سبل الحل.",
        "negotiates_with",
        "الولايات المتحدة",
        "روسيا",
        {},
    ),
    # a stance on strikes is hostility (only strikes on positions are events)
    (
        "وقالت الولايات المتحدة إنها تدعم الغارات ضد حزب العمال الكردستاني.",
        "oppose",
        "الولايات المتحدة",
        "حزب العمال",
        {},
    ),
    # the agent of a purpose after a relative clause is the antecedent
    (
        "وذلك عن طريق التحالف الذي تقوده المملكة العربية السعودية لدعم الشرعية في اليمن.",
        "support",
        "التحالف",
        "الشرعية",
        {"source": "التحالف"},
    ),
    # the nearer of two occurrences of a gap cue's first word
    (
        "وأكد أن اليمن مليء بقيادات عسكرية محترفة موجودة وقيادات في المقاومة تعمل بصمت.",
        "member_of",
        "قيادات",
        "المقاومة",
        {},
    ),
    ("وقال إن بيانا سيؤكد قوة الشراكة بين الولايات المتحدة ودول الخليج.", "ally", "الولايات المتحدة", "دول", {}),
    ("وتوقع الشيشكلي أن تشهد الأيام المقبلة تعاونا جديدا بين واشنطن وموسكو.", "ally", "واشنطن", "موسكو", {}),
    # a government named before the title is his
    ("وقالت حكومة رئيس الوزراء حيدر العبادي إن الوضع صعب.", "leads", "حيدر العبادي", "حكومة", {}),
    ("وقال رئيس حكومة الوفاق فائز السراج إن الوضع صعب.", "leads", "فائز السراج", "حكومة الوفاق", {}),
    (
        "واعتبر تنظيم «فجر ليبيا»، الذي حارب من أجل إسقاط نظام معمر القذافي، أن الاتفاق خطأ.",
        "oppose",
        "فجر ليبيا",
        "نظام معمر القذافي",
        {},
    ),
]


test_found = found_test(FOUND)


ABSENT = [
    # strikes on positions are an armed act, coded as an event
    ("وكثفت طائرات التحالف العسكري من غاراتها ضد مواقع المتمردين في قاعدة العند.", "oppose", "", ""),
    # the state leading the coalition is not the agent of its purpose
    ("وذلك عن طريق التحالف الذي تقوده المملكة العربية السعودية لدعم الشرعية في اليمن.", "support", "السعودية", ""),
    # the town visited is not met
    (
        "وأعلنت الوزارة أن الوزير سيرغي لافروف سيلتقي خلال زيارته للدوحة نظيريه الأميركي جون كيري والسعودي عادل الجبير.",
        "negotiates_with",
        "",
        "دوحة",
    ),
    # the first «قيادات» describes the army, not the resistance's cadres
    ("وأكد أن اليمن مليء بقيادات عسكرية محترفة موجودة وقيادات في المقاومة تعمل بصمت.", "member_of", "بقيادات", ""),
    # «مزيد من التعاون مع» is a wish, not an alliance
    ("وتحدث كيري عن مزيد من التعاون مع دول الخليج.", "ally", "", ""),
    # the office of prime minister is a title, not a body led
    ("وقال رئيس الحكومة المنتهية ولايته، حيدر العبادي إن الوضع صعب.", "leads", "", ""),
    ("وتم تسمية سعد الحريري رئيسا للوزراء مرة أخرى.", "leads", "", ""),
    ("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الوضع صعب.", "leads", "", ""),
    # aircraft belong to a side but are no member of it
    ("وقصفت طائرات تابعة للائتلاف مواقع في المدينة.", "member_of", "طائرات", ""),
    # backing strikes is no support of whom they hit
    ("وقالت الولايات المتحدة إنها تدعم الغارات ضد حزب العمال الكردستاني.", "support", "", ""),
]


test_absent = absent_test(ABSENT)
