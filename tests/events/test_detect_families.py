"""Detection of verb families and masdars added beside their verbs (conference, welcome, approval, martyrdom,
negotiating, describing with blame, a state's backing by its nisba, retaking a bare city, the forms of «دعا»)
and the screens that keep their other senses out: a press conference or a party named «المؤتمر», a guest welcomed,
the elative «أرحب», «استشهد ب» citing, «بوصفه» (as) and «ما وصفه» (what he called).

Each case is one construction, written for this file in the style of agency copy or of Gulf, Egyptian, Levantine
and Maghrebi papers; none is a sentence of the development set.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import found_test, no_trigger_test

from marsad.events.detect_deaths import citing
from marsad.events.detect_welcome import guest_welcomed
from marsad.events.lexicon import load_lexicon
from marsad.events.mention import token_keys
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

FOUND = [
    pytest.param(
        "وشارك وزير الخارجية أمس في مؤتمر دولي حول مكافحة الإرهاب في الرباط.",
        ("مؤتمر", "CONSULT"),
        id="conference-attended",
    ),
    pytest.param(
        "وأعرب المجلس عن ترحيبه بقرار الهدنة في الجنوب.",
        ("ترحيبه", "SUPPORT"),
        id="welcome-masdar",
    ),
    pytest.param(
        "وأعلنت الحركة موافقتها على وقف إطلاق النار في المدينة.",
        ("موافقتها", "AGREE"),
        id="approval-masdar",
    ),
    pytest.param(
        "وأعلنت وزارة الصحة الفلسطينية استشهاد شاب في مخيم جنين فجر اليوم.",
        ("استشهاد", "ASSAULT"),
        id="martyrdom-masdar",
    ),
    pytest.param(
        "واستشهد جندي مغربي صباح اليوم على الحدود.",
        ("استشهد", "ASSAULT"),
        id="martyred-verb",
    ),
    pytest.param(
        "وقال المبعوث إن الحكومة ستتفاوض مع المعارضة على تقاسم السلطة.",
        ("تتفاوض", "CONSULT"),
        id="negotiate-with",
    ),
    pytest.param(
        "وناقش الرئيس مع نظيره الجزائري الوضع في ليبيا.",
        ("ناقش", "CONSULT"),
        id="discuss-with",
    ),
    pytest.param(
        "ووصفت الخارجية المصرية الهجوم على الكنيسة بأنه «عمل إرهابي جبان».",
        ("وصفت", "ACCUSE"),
        id="described-as-terrorist",
    ),
    pytest.param(
        "وقال المحلل إن الدعم التركي لقطر تضاعف منذ بداية الأزمة.",
        ("الدعم", "AID"),
        id="state-backing-by-nisba",
    ),
    pytest.param(
        "وقال القائد إن تحرير الموصل بات مسألة أيام.",
        ("تحرير", "ASSAULT"),
        id="retaking-a-bare-city",
    ),
    pytest.param(
        "واجتمع النواب ودعوا إلى وقف التصعيد على الحدود.",
        ("دعوا", "REQUEST"),
        id="they-called-for",
    ),
]


test_found = found_test(FOUND)


NOT_FOUND = [
    pytest.param("وقال الوزير في مؤتمر صحفي إن الحكومة ماضية في الإصلاحات.", "مؤتمر", id="press-conference"),
    pytest.param("وقال نائب رئيس المؤتمر الوطني العام إن الحوار مستمر.", "المؤتمر", id="congress-a-body"),
    pytest.param("وجلس الوفد في قاعة المؤتمرات بالفندق.", "المؤتمرات", id="conference-hall"),
    pytest.param("ورحب الرئيس بالوفد الأمريكي في قصر الضيافة.", "رحب", id="guest-welcomed"),
    pytest.param("وجدد الأمير ترحيبه بخادم الحرمين الشريفين خلال زيارته.", "ترحيبه", id="guest-welcomed-masdar"),
    pytest.param("ويفتح الاتفاق آفاقا أرحب للتعاون الاقتصادي.", "أرحب", id="elative-wider"),
    pytest.param("واستشهد الكاتب بما قاله الفيلسوف عن الحرية.", "استشهد", id="citing"),
    pytest.param("وينظر الأوروبيون إلى تونس بوصفها البلد الوحيد الذي نجح في الانتقال.", "بوصفها", id="as-qualifier"),
    pytest.param("واستنكر الرئيس ما وصفه بالهجوم البشع على المدنيين.", "وصفه", id="what-he-called"),
    pytest.param("وقال المدير إن تحرير الأسعار سيبدأ العام المقبل.", "تحرير", id="price-liberalisation"),
    pytest.param("ويعيش الملايين في الخليج منذ عقود.", "عقود", id="decades"),
]


test_not_found = no_trigger_test(NOT_FOUND)


def _entry(form: str, plover_type: str) -> Any:
    lex = load_lexicon()
    return next(e for e in lex.triggers[normalize(form)] if e.plover_type == plover_type)


def test_guest_welcomed_reads_the_b_object() -> None:
    toks = tokenize("رحبت بريطانيا بالقرار")
    assert not guest_welcomed(toks, token_keys(toks), 0, 0)
    toks = tokenize("رحبت بريطانيا بالوفد")
    assert guest_welcomed(toks, token_keys(toks), 0, 0)


def test_citing_only_with_a_cited_object() -> None:
    entry = _entry("استشهد", "ASSAULT")
    toks = tokenize("استشهد الوزير بتقرير الأمم المتحدة")
    assert citing(entry, toks, token_keys(toks), 0)
    toks = tokenize("استشهد جندي برصاص قناص")
    assert not citing(entry, toks, token_keys(toks), 0)
