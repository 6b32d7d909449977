"""Broad member and cue constructions of the round after rel-1960: a member noun with adjectives before «في»
(marsad.relations.qualified), a player of a sports club (marsad.relations.players), men «من» a definite body
the recogniser missed (marsad.relations.partitive), backing of the side fighting (marsad.relations.hostile),
taking part in an occasion (marsad.relations.participation), adjectives between a cue's noun and its preposition
(marsad.relations.adjectives), «تعد X حليفا لـ Y» (marsad.relations.deemed) and «بالدعم الذي تقدمه X لـ Y»
(marsad.relations.genitive). The sentences are
written for the tests in Gulf, Egyptian, Levantine and Maghrebi press style; each FOUND case fails without its
rule."""

from __future__ import annotations

from typing import Any

from relation_checks import absent_test, check_found, found_test

FOUND = [
    # qualified.py: nationality, rank and field adjectives between the member noun and «في»
    ("وقال مصدر عسكري في وزارة الدفاع اليمنية إن القوات تقدمت.", "member_of", "مصدر", "وزارة الدفاع اليمنية", {}),
    ("وأكد ضابط سوداني كبير في التحالف العربي أن القوات باقية.", "member_of", "ضابط", "التحالف العربي", {}),
    ("وانتقدت مصادر دبلوماسية في الحكومة اليمنية أداء البعثة.", "member_of", "مصادر", "الحكومة اليمنية", {}),
    ("وتوقع مسؤول أمني رفيع في الحزب الجمهوري تغييرات قريبة.", "member_of", "مسؤول", "الحزب الجمهوري", {}),
    # players.py: a player's noun before a club, tagged or of the clubs' list
    ("وشارك سامي الجابر نجم الهلال السابق في البطولة.", "member_of", "سامي الجابر", "الهلال", {}),
    ("وقال محمد صلاح لاعب ليفربول الإنجليزي إن الفريق جاهز.", "member_of", "محمد صلاح", "ليفربول", {}),
    ("وتألق نايف هزازي مهاجم فريق النصر في المباراة.", "member_of", "هزازي", "النصر", {}),
    ("وحضر ماجد عبدالله نجم النصر ومحمد نور نجم الاتحاد الحفل.", "member_of", "محمد نور", "الاتحاد", {}),
    # partitive.py: men or a delegation «من» a definite body left untagged
    ("وطمأن الملك على صحة عناصر من القوات المسلحة الأردنية.", "member_of", "عناصر", "القوات المسلحة", {}),
    # adjectives.py: adjectives between the cue's noun and its preposition
    ("ونفى القيادي البارز في جيش الإسلام محمد علوش وجود مفاوضات.", "member_of", "محمد علوش", "جيش الإسلام", {}),
    ("وتصاعد التوتر الكبير بين قطر والسعودية خلال الأسبوع.", "oppose", "قطر", "السعودية", {}),
    # deemed.py: one actor deemed an ally, the partner after ل past the predicate's adjectives
    ("وتعد السعودية حليفاً رئيسياً لواشنطن في المنطقة.", "ally", "السعودية", "واشنطن", {}),
    ("ويعتبر حزب الله حليفا لإيران منذ عقود.", "ally", "حزب الله", "إيران", {}),
    # hostile.py: backing goes to the side fighting, the subject after a verb of fighting
    (
        "وتقاتل قوات سوريا الديمقراطية تنظيم داعش بدعم من التحالف الدولي.",
        "support",
        "التحالف الدولي",
        "قوات سوريا الديمقراطية",
        {},
    ),
    (
        "وتقاتل قوات المقاومة المشتركة بإسناد من القوات المسلحة الإماراتية في الحديدة.",
        "support",
        "القوات المسلحة الإماراتية",
        "قوات المقاومة المشتركة",
        {},
    ),
    # precision.py: a named actor after «انتقد» stays; an announcement's author is no occasion's place
    ("وانتقد بولسونارو فرنسا بشدة.", "oppose", "بولسونارو", "فرنسا", {}),
    ("منذ إعلان تركيا دخولها الحرب ضد داعش قبل أسبوع.", "oppose", "تركيا", "داعش", {}),
    # precision.py: a title's own holder after its body is kept
    ("وقال رئيس حزب قلب تونس نبيل القروي إن الحزب سيشارك.", "leads", "نبيل القروي", "حزب قلب تونس", {}),
    # participation.py: taking part in a body is a membership
    ("وأعلنت حركة مجتمع السلم رفضها المشاركة في الحكومة.", "member_of", "حركة مجتمع السلم", "الحكومة", {}),
    # genitive.py: the definite «بالدعم» is a noun, its giver in the relative clause
    ("وأشاد الحريري بالدعم الذي يقدمه الأمير محمد بن سلمان للبنان.", "support", "محمد بن سلمان", "لبنان", {}),
]

ABSENT = [
    # a definite player's noun is described by its adjective, not in construct with a club
    ("وسجل النجم المصري محمد صلاح هدفين.", "member_of", "", "المصري"),
    # a nationality adjective after «لاعب» is no club
    ("وأصبح صلاح أول لاعب عربي يفوز بالجائزة.", "member_of", "", "عربي"),
    # «نجم المباراة», «لاعب الوسط»: no club
    ("وكان نجم المباراة لاعب الوسط الذي سجل هدفين.", "member_of", "", ""),
    # a masdar between the noun and «في» is no adjective
    ("وتوقع مسؤولون رفيعون إعلان تغييرات في الحكومة الإيرانية.", "member_of", "مسؤولون", ""),
    # the bare «مصادر في» (a quoted source) is left to the annotators' choice: no relation
    ("وقالت مصادر في المعارضة السورية إن الاتفاق قريب.", "member_of", "مصادر", ""),
    # hostile.py: the enemy of the side fighting is not backed
    ("وتقاتل قوات سوريا الديمقراطية تنظيم داعش بدعم من التحالف الدولي.", "support", "", "داعش"),
    ("وشنت القوات الحكومية هجوما على الحوثيين بدعم من التحالف.", "support", "", "الحوثيين"),
    # participation.py: an occasion taken part in is no body
    ("وحذرت إسرائيل الفلسطينيين من المشاركة في المسيرة.", "member_of", "", ""),
    ("ولم يتمكن جيروم بواتينغ من المشاركة في التدريبات.", "member_of", "", ""),
    # slots.NOT_NAMES: a cause is no actor
    ("ووقفت السعودية مع الكويت ضد الظلم.", "oppose", "", "الظلم"),
    # precision.py: a place in construct after an agreement's noun, and what lifts a market price, are no actors
    ("وانتقد بولسونارو اتفاق باريس بشأن المناخ.", "oppose", "", "باريس"),
    ("وارتفع البلاديوم 6 بالمئة هذا الأسبوع بدعم من المخاوف من تأثر الإمدادات.", "support", "المخاوف", ""),
    # precision.py: the name after a second title with its own country is not the first title's holder
    ("وبعد اجتماع بين أمير قطر والرئيس التركي رجب طيب أردوغان استمر لساعات، صدر بيان.", "leads", "أردوغان", "قطر"),
    # a count before the member noun is a toll
    ("وقتل 4 عناصر من الأمن العام في الهجوم.", "member_of", "عناصر", ""),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)


def test_list_item_is_its_own_member(pipeline: Any) -> None:
    """«فرنسوا روفان، وأعضاء سابقون في الحركة»: the noun glued to و is a new list item, not the name's title."""
    text = 'ونظم التظاهرة فرنسوا روفان، وأعضاء سابقون في الحركة اليسارية "الليل وقوفا".'
    check_found(pipeline, text, "member_of", "أعضاء", "الحركة اليسارية", {"source": "أعضاء"})
