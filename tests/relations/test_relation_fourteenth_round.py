"""Constructions of the fourteenth round (marsad/relations/screens.py and the cue table): false positives of
unseen 2018 news — cue words read in another sense (a coalition's name, loyalty as a quality, a possible outcome,
a demand to form a body, an object that is no actor, a figure of speech, a battle front, a base struck), the wrong
end among neighbours (a body's nisba adjective or a community predicate as a title's holder, the actor joined
before «والقوات الموالية», the body a spokesman speaks for, the antecedent of «الذي ينتمي إليه», one name on both
ends) — and the new cues: «ناشطة في صفوف», the arm of a state, «عضوة», deployment, resignation, qualified
support."""

from __future__ import annotations

from typing import Any

from relation_checks import absent_test, found_test

from marsad.events.coder import Candidate
from marsad.model import Entity
from marsad.relations.lexicon import Cue
from marsad.relations.screens import no_qualifier_holders
from marsad.relations.slots import Hit

FOUND = [
    # the member of «الذي ينتمي إليه» is the subject after the verb
    (
        "وقال حزب الوفاق الذي ينتمي إليه الوزير سالم العبيدي إن القرار خاطئ.",
        "member_of",
        "سالم العبيدي",
        "حزب الوفاق",
        {},
    ),
    # the subject of a relative verb is the unnamed spokesman, not the body he speaks for
    (
        "واستقبل الرئيس وفدا يرأسه الناطق باسم حركة الشعب، أمس.",
        "leads",
        "الناطق",
        "وفدا",
        {"source": "الناطق"},
    ),
    # an activist «في صفوف» a movement is its member
    (
        "وكانت سلمى المنصوري ناشطة في صفوف حركة النهضة خلال دراستها.",
        "member_of",
        "سلمى المنصوري",
        "حركة النهضة",
        {},
    ),
    # the arm of a state is its proxy
    ("وهاجمت جماعة الحوثي، ذراع إيران في اليمن، المدينة.", "loyal_to", "جماعة الحوثي", "إيران", {}),
    # the feminine member title
    ("وكانت سعاد المرزوقي عضوة في حزب النهضة منذ سنوات.", "member_of", "سعاد المرزوقي", "حزب النهضة", {}),
    # deployment
    ("وقال المتحدث إن الجيش الأميركي ينتشر في سوريا منذ سنوات.", "located_in", "الجيش الأميركي", "سوريا", {}),
    # a resignation is an ended membership
    (
        "أعلن فتحي العبيدي استقالته من المجلس الرئاسي بسبب الخلافات.",
        "member_of",
        "فتحي العبيدي",
        "المجلس الرئاسي",
        {"modality": "ended"},
    ),
    # support qualified without «ب»
    ("وتقدمت قوات النظام مستندة إلى دعم قوي من روسيا.", "support", "روسيا", "قوات النظام", {}),
    # a reception «استقبال X لـ Y»
    (
        "وتساءل الوزير عن معنى استقبال حسن نصر الله لوفد من المتمردين الحوثيين.",
        "negotiates_with",
        "حسن نصر الله",
        "وفد",
        {"directed": False},
    ),
]


test_found = found_test(FOUND)


ABSENT = [
    # the reversed membership of «الذي ينتمي إليه»
    ("وقال حزب الوفاق الذي ينتمي إليه الوزير سالم العبيدي إن القرار خاطئ.", "member_of", "حزب الوفاق", ""),
    # the body a spokesman speaks for does not head the delegation
    ("واستقبل الرئيس وفدا يرأسه الناطق باسم حركة الشعب، أمس.", "leads", "حركة الشعب", ""),
    # a movement is no place
    ("وكانت سلمى المنصوري ناشطة في صفوف حركة النهضة خلال دراستها.", "located_in", "", ""),
    # one name on both ends («دعمه للحوثيين» resolved to «الحوثيين»)
    (
        "وقالت السفارة إن زيارة الحوثيين لبيروت دليل على دور حزب الله ودعمه للحوثيين.",
        "support",
        "الحوثيين",
        "حوثيين",
    ),
    # the coalition's name states no alliance with what follows
    (
        "وأشاد البيان بالتقدم الذي تحرزه قوى التحالف العربي والمقاومة الشعبية في تعز.",
        "ally",
        "",
        "المقاومة",
    ),
    # a problem is no actor, nor is anyone named past it
    (
        "وقال إن حكومة الإقليم تبذل جهودا لمواجهة مشكلة تدفق اللاجئين من المناطق.",
        "oppose",
        "حكومة الإقليم",
        "",
    ),
    # backing an agreement is no support of whoever is named after it
    (
        "وجددت روسيا تأكيد دعمها للاتفاق النووي الإيراني بحيث أبلغ بوتين نتنياهو أن الاتفاق مهم.",
        "support",
        "روسيا",
        "",
    ),
    # backing someone's efforts is no support of him
    ("وأكد التحالف دعمه جهود الأمم المتحدة الساعية إلى حل سياسي.", "support", "", "الأمم المتحدة"),
    # loyalty as a quality
    ("وأشاد النائب بالشباب المتظاهرين المفعمين بالولاء للعراق.", "loyal_to", "", ""),
    # a possible outcome
    (
        "وقال إن تحركات سياسية يمكن أن تؤدي إلى توافق بين دول الإقليم والولايات المتحدة وروسيا.",
        "ally",
        "",
        "",
    ),
    # who demands that forces be formed does not lead them
    ("وطالب الحسن الصرخي بتشكيل قوات مسلحة من الجيش والشرطة.", "leads", "الحسن الصرخي", ""),
    # a figure of speech
    ("واتهم حفتر القائد إبراهيم الجضران بالتحالف مع الشيطان.", "ally", "", "الشيطان"),
    # the item after «وحلفاؤه» is listed, not an ally
    ("وقال إن حزب المؤتمر وحلفاءه والحوثيين أفشلوا الحوار الوطني.", "ally", "", "الحوثيين"),
    # a community predicate is no holder
    ("وجرى العرف أن يكون رئيس الحكومة شيعيا، ورئيس البرلمان سنيا، والرئيس كرديا.", "leads", "", ""),
    # the actor joined before «والقوات الموالية» is not said to be loyal
    (
        "واستعادت المقاومة الشعبية والقوات الموالية للرئيس عبدربه منصور هادي السيطرة على المدينة.",
        "loyal_to",
        "المقاومة",
        "",
    ),
    # «له» stands for no feminine noun in «ة»
    (
        "وقال إن زعيم الحركة يؤيد الحوار مع الحكومة الأفغانية، بينما سيواصل المعارضون له القتال.",
        "oppose",
        "المعارضون",
        "الحكومة",
    ),
    # a title's body is not the next title's, joined by و
    (
        "وزار نائب الرئيس ورئيس الحكومة اليمنية خالد بحاح مدينة عدن أمس.",
        "member_of",
        "خالد بحاح",
        "الحكومة",
    ),
    # a meeting of two unnamed indefinite plurals pairs neither with the other
    ("وكان يظهر خلال لقاء رؤساء ومسؤولين أجانب دون أن يتكلم.", "negotiates_with", "", ""),
    # the accuser is not the accused's ally
    (
        "وأدلى بتصريحات مؤيدة للمقاتلين الأكراد الذين تتهمهم الحكومة التركية بالتحالف مع حزب العمال الكردستاني.",
        "ally",
        "الحكومة التركية",
        "",
    ),
    # a battle front is no actor, and a base struck is no side
    ("وكان قد قاد جبهة القتال ضد القوات الحكومية في مديرية حيدان.", "oppose", "جبهة", ""),
    (
        "وصدت القوات هجوما شنته جماعات مسلحة من المعارضة، ضد قاعدة الجفرة وسط البلاد.",
        "oppose",
        "",
        "",
    ),
]


test_absent = absent_test(ABSENT)


def test_body_adjective_is_no_holder() -> None:
    """«رئيس الحزب الكردي»: the nisba adjective right after the body qualifies it, even where the recogniser
    tagged it as a name elsewhere in the article; a name after the body is kept."""
    hit = Hit(Cue(("رييس",), "title", "leads", None, True, "cues.tsv:1"), 0, 0, None, "")
    body = Candidate(1, 1, 6, 11, "الحزب", None, None, False)
    nisba = Candidate(2, 2, 12, 18, "الكردي", Entity("e1", "الكردي", "PER"), None, False)
    name = Candidate(2, 3, 12, 25, "صلاح دميرتاش", Entity("e2", "صلاح دميرتاش", "PER"), None, False)
    ctx: Any = None  # the screen reads no sentence
    assert no_qualifier_holders(ctx, hit, [(nisba, body, None)]) == []
    assert no_qualifier_holders(ctx, hit, [(name, body, None)]) == [(name, body, None)]
