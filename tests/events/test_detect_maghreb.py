"""Detection in Maghrebi and Sudanese news (the Maghreb and Sudan batch of bench/dev/README-events.md, d204–d213):
pursuits of suspects, a suicide bombing with the subject before «نفسه», an ambassador summoned, relations broken off,
objections, releases told with the freed between verb and «سراح», police massing, a protest banned, rounds of talks
and tours, suspensions from office, rebuttals, departures foretold, «تم الاتفاق», «وهدف الاجتماع», and the items of
a demand's list after «أو».

Each case is one construction, written for this file in the style of agency copy or of Tunisian, Algerian, Libyan,
Moroccan and Sudanese papers; none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import found_test, not_found_test

FOUND = [
    pytest.param(
        "وقالت وزارة الداخلية إن وحدات الحرس الوطني طاردت عنصرين إرهابيين في جبل سمامة بولاية القصرين.",
        ("طاردت", "ASSAULT"),
        id="pursuit-verb",
    ),
    pytest.param(
        "وتتواصل عملية مطاردة بقية أفراد المجموعة المسلحة في المرتفعات الغربية.",
        ("مطاردة", "ASSAULT"),
        id="pursuit-masdar",
    ),
    pytest.param(
        "فجر انتحاري نفسه صباح الجمعة قرب ثكنة عسكرية في ولاية تمنراست.",
        ("فجر", "ASSAULT"),
        id="suicide-subject-between",
    ),
    pytest.param(
        "استدعت وزارة الخارجية المغربية السفير الجزائري في الرباط احتجاجا على تصريحات مسؤول جزائري.",
        ("استدعت", "ACCUSE"),
        id="ambassador-summoned",
    ),
    pytest.param(
        "وأعلنت الحكومة قطع علاقاتها الدبلوماسية مع طهران بعد أيام من التوتر.",
        ("قطع", "SANCTION"),
        id="relations-broken",
    ),
    pytest.param(
        "واعترضت الحكومة السودانية على تقرير اللجنة الأممية بشأن دارفور.",
        ("اعترضت", "REJECT"),
        id="objection",
    ),
    pytest.param(
        "وأطلقت السلطات الأمنية السودانية سراح عشرين ناشطا اعتقلوا خلال الاحتجاجات.",
        ("أطلقت", "RETREAT"),
        id="release-freed-between",
    ),
    pytest.param(
        "وأوقفت الشرطة عددا من المحتجين قبل أن يتم إطلاق سراحهم مساء اليوم نفسه.",
        ("إطلاق", "RETREAT"),
        id="release-with-pronoun",
    ),
    pytest.param(
        "واحتشدت قوات الأمن بكثافة أمام مقر البرلمان في الخرطوم.",
        ("احتشدت", "MOBILIZE"),
        id="police-massing",
    ),
    pytest.param(
        "ومنعت الشرطة التونسية وقفة احتجاجية للمعطلين عن العمل أمام مقر الولاية.",
        ("منعت", "COERCE"),
        id="protest-banned",
    ),
    pytest.param(
        "وانطلقت في جنيف جولة جديدة من المحادثات بين الأطراف الليبية برعاية أممية.",
        ("جولة", "CONSULT"),
        id="round-of-talks",
    ),
    pytest.param(
        "وقام الوالي بجولة تفقدية في الأحياء المتضررة من الفيضانات.",
        ("جولة", "CONSULT"),
        id="inspection-tour",
    ),
    pytest.param(
        "وقررت وزارة الشؤون الدينية إيقاف إمام مسجد بولاية وهران عن العمل.",
        ("إيقاف", "COERCE"),
        id="suspension-from-office",
    ),
    pytest.param(
        "وردت الحكومة على اتهامات المعارضة بتزوير الانتخابات.",
        ("ردت", "REJECT"),
        id="rebuttal",
    ),
    pytest.param(
        "وقال القائد الميداني إن المسلحين سيرحلون عن المدينة قريبا.",
        ("يرحلون", "RETREAT"),
        id="departure-foretold",
    ),
    pytest.param(
        "وبحسب البيان الختامي فقد تم الاتفاق على تشكيل لجنة عسكرية مشتركة.",
        ("الاتفاق", "AGREE"),
        id="agreement-passive",
    ),
    pytest.param(
        "وهدف اجتماع الجزائر الذي شارك فيه وزراء خارجية دول الجوار إلى دعم الحل السياسي في ليبيا.",
        ("اجتماع", "CONSULT"),
        id="meeting-subject-of-aim-verb",
    ),
    pytest.param(
        "وكانت القوات قد سلمت الموانئ بعد تحريرها من قبضة الميليشيات المسلحة.",
        ("تحريرها", "ASSAULT"),
        id="liberation-pronoun-militias",
    ),
    pytest.param(
        "وأكد القائد العام أن تحرير العاصمة من الجماعات المسلحة بات قريبا.",
        ("تحرير", "ASSAULT"),
        id="liberation-capital",
    ),
]


test_found = found_test(FOUND, dt.date(2018, 6, 4))


NOT_FOUND = [
    pytest.param(
        "وصلت قوات الجيش إلى المنطقة فجر الأربعاء قادمة من العاصمة.",
        ("فجر", "ASSAULT"),
        id="dawn-is-no-suicide",
    ),
    pytest.param(
        "واعترضت الدفاعات الجوية صاروخا باليستيا أطلق نحو المدينة.",
        ("اعترضت", "REJECT"),
        id="interception-is-no-objection",
    ),
    pytest.param(
        "وقررت الحكومة وقف العمل بقانون الطوارئ ابتداء من الشهر المقبل.",
        ("وقف", "COERCE"),
        id="halt-of-a-law-is-no-suspension",
    ),
    pytest.param(
        "وتجري الجولة الثانية من الانتخابات الرئاسية في مالي الأحد المقبل.",
        ("جولة", "CONSULT"),
        id="election-round",
    ),
    pytest.param(
        "وطالبت العائلات بالإفراج الفوري عن المعتقلين، أو توجيه اتهام واضح لهم، والسماح لذويهم بزيارتهم.",
        ("اتهام", "ACCUSE"),
        id="demand-list-item-after-aw",
    ),
    pytest.param(
        "وطالبت العائلات بالإفراج الفوري عن المعتقلين، أو توجيه اتهام واضح لهم، والسماح لذويهم بزيارتهم.",
        ("زيارتهم", "CONSULT"),
        id="demand-list-item-governed",
    ),
    pytest.param(
        "وأشار المحامي إلى أن السجناء الثلاثة المطلوب إطلاق سراحهم لم تسجل عليهم مخالفات.",
        ("إطلاق", "RETREAT"),
        id="release-wanted",
    ),
    pytest.param(
        "وقال إن الاتصالات تهدف إلى تحرير الرهائن في أقرب وقت.",
        ("تحرير", "ASSAULT"),
        id="aim-after-tahdif-ila",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2018, 6, 4))
