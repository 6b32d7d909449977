"""Detection of the third SaudiNewsNet batch d246–d253 of bench/dev/README-events.md: a killing named by its noun
alone, pursuit of suspects, concern voiced, opening fire, demolition of homes, a stabbing told by the verb, a claim
against someone, a call at the head of its clause with its object far on; and what names no event: sparking anger
(«فجر غضبا»), the toll of a war or a month in figures, a kind of events («مثل هذه الهجمات»), an act not done («دون
محاكمة»), what happens as a rule («باستمرار مواجهات»), an aim («حتى يتم القبض عليه»), the getaway of an assailant («ثم لاذ بالفرار»), a prayer.

Each case is one construction, written for this file in the style of Gulf, Egyptian, Levantine and Maghrebi papers;
none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import found_test, not_found_test

from marsad.events.detect_generic import war_toll
from marsad.events.detect_kinds import getaway, kind_before
from marsad.events.lexicon import Trigger

FOUND = [
    pytest.param(
        "أعلنت وزارة الداخلية مقتل خمسة مسلحين في عملية أمنية بمحافظة الأنبار.",
        ("مقتل", "ASSAULT"),
        id="killing-noun-alone",
    ),
    pytest.param(
        "أكدت النيابة العامة عزمها ملاحقة المتورطين في تهريب الأسلحة عبر الحدود.",
        ("ملاحقة", "COERCE"),
        id="pursuit-masdar",
    ),
    pytest.param(
        "وقال المتحدث إن الجناة أصبحوا ملاحقين من الشرطة في كل الولايات.",
        ("ملاحقين", "COERCE"),
        id="pursuit-participle",
    ),
    pytest.param(
        "وأعربت الخارجية الفرنسية عن قلقها إزاء تصاعد العنف في طرابلس.",
        ("قلقها", "ACCUSE"),
        id="concern-voiced",
    ),
    pytest.param(
        "وقال شهود إن المهاجمين فتحوا النار على دورية للشرطة قرب مدينة العريش.",
        ("فتحوا النار", "ASSAULT"),
        id="opening-fire",
    ),
    pytest.param(
        "ونددت المنظمة بهدم منازل عائلات فلسطينية في القدس الشرقية.",
        ("هدم", "COERCE"),
        id="demolition-of-homes",
    ),
    pytest.param(
        "وأوضح الناطق الأمني أن الموقوف طعن شرطيا في ساقه قبل أن يعتقل.",
        ("طعن", "ASSAULT"),
        id="stabbing-verb",
    ),
    pytest.param(
        "وادعت المرأة أن جارها هو من أضرم النار في سيارتها.",
        ("ادعت", "ACCUSE"),
        id="claim-against-someone",
    ),
    pytest.param(
        "ودعا المجلس الوطني الحكومات العربية والهيئات الدولية، في ختام دورته العادية، كافة المنظمات الحقوقية إلى التحرك.",
        ("دعا", "REQUEST"),
        id="call-at-clause-head-far-object",
    ),
    pytest.param(
        "وأكد البيان أن القوات واجهت مجموعة مسلحة متحصنة في مبنى مهجور.",
        ("واجهت", "ASSAULT"),
        id="force-met-armed-group",
    ),
    pytest.param(
        "وقالت الشرطة إن العصابة مسؤولة عن جرائم عدة بينها سرقة سيارات.",
        ("مسؤولة عن", "ACCUSE"),
        id="responsible-for-crimes",
    ),
    pytest.param(
        "وقال القائد إن الجيش سيواجه المسلحين بكل حزم.",
        ("يواجه", "THREATEN"),
        id="future-facing-stays-a-threat",
    ),
    pytest.param(
        "واندلع القتال مساء الأحد بين قبيلتين مسلحتين في ضواحي المدينة.",
        ("القتال", "ASSAULT"),
        id="fighting-broke-out",
    ),
    pytest.param(
        "كما طلب منهم تقديم تقرير مفصل عن الثغرات الأمنية خلال أسبوعين.",
        ("طلب", "REQUEST"),
        id="request-verb-at-clause-head",
    ),
]


test_found = found_test(FOUND, dt.date(2015, 8, 3))


NOT_FOUND = [
    pytest.param(
        "وقد فجر الحكم غضبا واسعا في أوساط المعارضة.",
        ("فجر", "ASSAULT"),
        id="sparking-anger",
    ),
    pytest.param(
        "وأعلنت المنظمة الأممية مقتل أكثر من 4500 شخص منذ بداية العام في البلاد.",
        ("مقتل", "ASSAULT"),
        id="toll-in-thousands-figure",
    ),
    pytest.param(
        "ودعت الحكومة إلى اتخاذ كل الخطوات لمنع تكرار مثل هذه الهجمات في المستقبل.",
        ("الهجمات", "ASSAULT"),
        id="kind-of-attacks",
    ),
    pytest.param(
        "وأقر البرلمان قانونا يسمح بالاحتجاز دون محاكمة لمدة ستة أشهر.",
        ("محاكمة", "COERCE"),
        id="act-not-done",
    ),
    pytest.param(
        "وكان الجاني قد أطلق النار على صاحب المحل ثم لاذ بالفرار إلى جهة مجهولة.",
        ("الفرار", "RETREAT"),
        id="assailant-getaway",
    ),
    pytest.param(
        "وتشهد المنطقة الحدودية باستمرار اشتباكات بين المهربين وحرس الحدود.",
        ("اشتباكات", "ASSAULT"),
        id="habit-adverb",
    ),
    pytest.param(
        "وطالبت الأسرة الشرطة بتكثيف البحث عن الجاني حتى يتم القبض عليه.",
        ("القبض", "COERCE"),
        id="aim-after-so-that-done",
    ),
    pytest.param(
        "وتواجه الحكومة ميليشيات مسلحة في الشمال منذ سنوات.",
        ("تواجه", "ASSAULT"),
        id="facing-now-is-a-situation",
    ),
    pytest.param(
        "ودعت الوزارة، في بيان صادر عن مكتبها، الصحفيين الأجانب.",
        ("دعت", "REQUEST"),
        id="invitation-with-nothing-called-for",
    ),
    pytest.param(
        "وسافر مئات الشبان إلى الخارج للقتال في صفوف الجماعات المتشددة.",
        ("القتال", "ASSAULT"),
        id="fighting-as-a-cause",
    ),
    pytest.param(
        "ودعا الشيخ له بالشفاء العاجل في ختام الخطبة.",
        ("دعا", "REQUEST"),
        id="prayer-is-no-call",
    ),
    pytest.param(
        "وسقطت قذيفة على الحي فهدمت سور المنزل دون أن تصيب أحدا.",
        ("هدمت", "COERCE"),
        id="shell-damage-is-no-demolition",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2015, 8, 3))


def test_a_toll_in_figures_of_thousands_is_a_war_toll() -> None:
    toll = Trigger((), "noun", "ASSAULT", None, None, None, ("alone", frozenset()), "t")
    assert war_toll(toll, ["مقتل", "اكثر", "من", "9200", "شخص"], 0)
    assert not war_toll(toll, ["مقتل", "14", "مقاتلا"], 0)


def test_kind_before_and_getaway_helpers() -> None:
    assert kind_before(["منع", "تكرار", "مثل", "هذه", "هجمات"], 4)
    assert kind_before(["هذا", "نوع", "من", "هجمات"], 3)
    assert not kind_before(["ادان", "هذه", "هجمات"], 2)
    assert getaway(["طعن", "رجل", "ثم", "لاذ", "فرار"], 4)
    assert not getaway(["اشتبكت", "معها", "قبل", "ان", "تلوذ", "فرار"], 5)
    assert not getaway(["افاد", "سكان", "عن", "فرار"], 3)
    assert not getaway(["اوقفت", "شرطه", "قبل", "ان", "يتم", "اطلاق"], 5)
