"""Detection of the second SaudiNewsNet event batch (d214–d221 of bench/dev/README-events.md): aid named by its kind
or by a verb of giving, praise participles, memoranda in the plural, flags burnt at a protest, institutions closed by
order, fire opened at a pronoun, the expelled as a pronoun, «وحث» glued to its و, a force foretold to face an enemy, mediation efforts, the
kidnapped; and what names no event: threats in general, the motive «احتجاجا» of a protest already named, questions,
interviews with the media.

Each case is one construction, written for this file in the style of Gulf, Egyptian, Levantine and Maghrebi papers;
none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from event_checks import found_test, not_found_test, typed_triggers


def triggers(pipeline: Any, text: str) -> list[tuple[str, str]]:
    return typed_triggers(pipeline, text, dt.date(2015, 8, 2))


FOUND = [
    pytest.param(
        "وأعلنت الحكومة الأردنية أنها تلقت دعما ماليا من الصندوق لتغطية عجز الموازنة.",
        ("دعما", "AID"),
        id="aid-financial",
    ),
    pytest.param(
        "وقال المتحدث إن القوات العراقية تتلقى دعما لوجستيا من التحالف في معارك الأنبار.",
        ("دعما", "AID"),
        id="aid-logistic",
    ),
    pytest.param(
        "وأشاد الوزير بالدول التي قدمت للشعب السوري الكثير من الدعم خلال السنوات الماضية.",
        ("الدعم", "AID"),
        id="aid-given",
    ),
    pytest.param(
        "وقال الوزير إن بلاده تجري مفاوضات للحصول على دعم لاحتياجاتها من المواد البترولية.",
        ("دعم", "AID"),
        id="aid-for-needs",
    ),
    pytest.param(
        "وأكد رئيس البرلمان التونسي متانة العلاقات، مثمنا مواقف الجزائر الداعمة لبلاده.",
        ("مثمنا", "SUPPORT"),
        id="praise-participle",
    ),
    pytest.param(
        "ووقعت الحكومة المغربية خلال المنتدى مذكرات تفاهم مع مستثمرين خليجيين في قطاع الطاقة.",
        ("مذكرات تفاهم", "AGREE"),
        id="memoranda-plural",
    ),
    pytest.param(
        "وتجمع مئات الطلبة أمام مقر الجامعة، وأحرقوا العلم الأمريكي ورددوا هتافات غاضبة.",
        ("أحرقوا", "PROTEST"),
        id="flag-burnt",
    ),
    pytest.param(
        "وأصدرت وزارة الأوقاف قرارا بإغلاق عشرات المساجد غير المرخصة في ولاية سوسة.",
        ("إغلاق", "COERCE"),
        id="institutions-closed",
    ),
    pytest.param(
        "واقترب مسلحان على دراجة نارية من الشرطي وأطلقوا عليه النار ثم لاذوا بالفرار.",
        ("أطلقوا عليه النار", "ASSAULT"),
        id="fire-at-pronoun",
    ),
    pytest.param(
        "وحث وزير الخارجية الأطراف الليبية على العودة إلى طاولة الحوار دون شروط.",
        ("حث", "REQUEST"),
        id="hath-glued-to-waw",
    ),
    pytest.param(
        "وقال قائد المنطقة إن الجيش سيواجه الإرهابيين بكل حزم إذا اقتربوا من الحدود.",
        ("يواجه", "THREATEN"),
        id="will-face-terrorists",
    ),
    pytest.param(
        "وتبذل الجزائر جهودا من أجل المصالحة بين الفرقاء في مالي.",
        ("جهودا", "CONSULT"),
        id="mediation-efforts",
    ),
    pytest.param(
        "وهاجمت قوات الجيش مواقع المسلحين في الحي الشرقي وتمكنت من طردهم بعد ساعتين من الاشتباكات.",
        ("طردهم", "ASSAULT"),
        id="expelled-as-pronoun",
    ),
    pytest.param(
        "وطالبت عائلة الصحفي المختطف لدى جماعة مسلحة منذ عامين بالكشف عن مصيره.",
        ("المختطف", "ASSAULT"),
        id="the-kidnapped",
    ),
]


test_found = found_test(FOUND, dt.date(2015, 8, 2))


NOT_FOUND = [
    pytest.param(
        "وأكد الوزير أن قوات الأمن مستعدة لمواجهة التهديدات الإرهابية في كل الظروف.",
        ("التهديدات", "THREATEN"),
        id="threats-faced",
    ),
    pytest.param(
        "وقال السفير إن الجيش اللبناني أثبت قدرته على الرد على التهديد الممتد عبر الحدود.",
        ("التهديد", "THREATEN"),
        id="threat-answered",
    ),
    pytest.param(
        "واستمرت المظاهرات في مدن الجنوب لليوم الثالث احتجاجا على انقطاع الكهرباء.",
        ("احتجاجا", "PROTEST"),
        id="motive-of-a-protest",
    ),
    pytest.param(
        "هل تنجح الوساطة الجزائرية في إنهاء الأزمة الليبية؟",
        ("الوساطة", "CONSULT"),
        id="question-headline",
    ),
    pytest.param(
        "وقال الوزير في لقاء جمعه مع عدد من الصحفيين إن الحكومة ماضية في الإصلاحات.",
        ("لقاء", "CONSULT"),
        id="interview-with-media",
    ),
    pytest.param(
        "وقالت المصادر إن الحكومة وفر خطة جديدة للسكن.",
        ("وفر", "RETREAT"),
        id="waffara-is-no-flight",
    ),
    pytest.param(
        "وقالت الوكالة إن الإفراج عن المعتقلين يأتي لدعم روح المصالحة الوطنية.",
        ("دعم", "SUPPORT"),
        id="backing-as-aim",
    ),
    pytest.param(
        "وقررت إدارة المصنع طردهم من العمل بعد مشاركتهم في الاعتصام.",
        ("طردهم", "ASSAULT"),
        id="dismissal-is-no-expulsion",
    ),
    pytest.param(
        "وأقدم مستوطنون على حرق منزل عائلة فلسطينية في قرية دوما.",
        ("حرق", "PROTEST"),
        id="arson-is-no-protest",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2015, 8, 2))


def test_protest_named_by_its_motive_alone(pipeline: Any) -> None:
    """With no protest word before it, «احتجاجا» names the protest."""
    assert ("احتجاجا", "PROTEST") in triggers(pipeline, "وخرج مئات السكان إلى الشارع احتجاجا على توقيف أحد الأئمة.")


def test_question_after_waw_is_kept(pipeline: Any) -> None:
    """A question after و inside an argument supposes the act: it is kept (its modality says how)."""
    found = triggers(pipeline, "وماذا كان يضيره لو أن الطرفين حضرا الاجتماع؟")
    assert ("الاجتماع", "CONSULT") in found


def test_backing_given_is_kept(pipeline: Any) -> None:
    """«لدعم» after a verb of giving is the help given, not an aim."""
    found = triggers(pipeline, "وهي المساعدات التي تقدمها دول الخليج لدعم الجيش اليمني في معاركه.")
    assert any(t == "دعم" and k in ("AID", "SUPPORT") for t, k in found)
