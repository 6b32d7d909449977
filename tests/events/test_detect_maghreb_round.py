"""Detection of the Maghreb, Egypt and Iraq ANT batch d262–d269 of bench/dev/README-events.md: an official's
arrival, fighters put out of action («القضاء على»), a court's ban, a surrender, joining an armed group, demands met,
the destruction of military gear, a war its relative clause says was waged, the short «دان», blame laid by «حمّل» past an aside, a call whose object is a
masdar under ل; and what names no event: the charges of a conviction, «التي دعت إلى» after a cause, «وقع التوصل»,
a unit or equipment named by an event noun («قوات المداهمات», «معدات التفجير»), «ولدان».

Each case is one construction, written for this file in the style of Maghrebi, Egyptian, Levantine and Gulf papers;
none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import found_test, not_found_test

from marsad.events.detect_charges import charged_content, conviction_ground, prompted, took_place
from marsad.events.detect_responsibility import laid
from marsad.events.lexicon import Trigger, strip_article
from marsad.text.normalize import normalize

FOUND = [
    pytest.param(
        "وصل إلى تونس مساء الاثنين وزير الخارجية الجزائري.",
        ("وصل", "CONSULT"),
        id="arrival-official-after-place",
    ),
    pytest.param(
        "أعلن الجيش القضاء على ثلاثة إرهابيين في سكيكدة.",
        ("القضاء على", "ASSAULT"),
        id="put-out-of-action",
    ),
    pytest.param(
        "قضت المحكمة الإدارية في القاهرة بحظر موقع إخباري لمدة ستة أشهر.",
        ("حظر", "COERCE"),
        id="court-ban",
    ),
    pytest.param(
        "وسلم إرهابي نفسه للسلطات العسكرية في تمنراست.",
        ("سلم", "CONCEDE"),
        id="surrender",
    ),
    pytest.param(
        "وكان المتهم قد التحق بتنظيم داعش في ليبيا عام 2015.",
        ("التحق", "SUPPORT"),
        id="joining-armed-group",
    ),
    pytest.param(
        "وعلقت النقابة الإضراب بعد تلبية الحكومة أغلب مطالب الأساتذة.",
        ("تلبية", "CONCEDE"),
        id="demands-met",
    ),
    pytest.param(
        "وأعلن الجيش تدمير عربتين مفخختين على الطريق الصحراوي.",
        ("تدمير", "ASSAULT"),
        id="destruction-of-gear",
    ),
    pytest.param(
        "دان البرلمان العربي بشدة، التفجير الإرهابي الذي استهدف كنيسة في المنيا.",
        ("دان", "ACCUSE"),
        id="short-condemned",
    ),
    pytest.param(
        "وحمل الناطق باسم الحركة في تصريح صحفي، سلطات الاحتلال المسؤولية الكاملة عن حياة الأسرى.",
        ("حمل", "ACCUSE"),
        id="blame-past-aside",
    ),
    pytest.param(
        "ودعا البيان الأطراف الليبية للعودة فورا إلى طاولة الحوار.",
        ("دعا", "REQUEST"),
        id="call-masdar-under-lam",
    ),
    pytest.param(
        "وعاد السكان إلى المدينة بعد الحرب التي شنتها الجماعات المسلحة العام الماضي.",
        ("الحرب", "ASSAULT"),
        id="war-waged",
    ),
]


test_found = found_test(FOUND, dt.date(2018, 5, 7))


NOT_FOUND = [
    pytest.param(
        "وأدانت المحكمة الناشط بعدة اتهامات بينها التحريض على الاعتداء على قوات الأمن.",
        ("الاعتداء", "ASSAULT"),
        id="charge-content",
    ),
    pytest.param(
        "وأدانت المحكمة الناشط بعدة اتهامات بينها التحريض على العنف.",
        ("اتهامات", "ACCUSE"),
        id="charges-of-a-conviction",
    ),
    pytest.param(
        "وشرح الوزير الأسباب الحقيقية التي دعت إلى تأجيل الانتخابات.",
        ("دعت", "REQUEST"),
        id="cause-prompted",
    ),
    pytest.param(
        "وقالت النقابة إنه وقع التوصل إلى اتفاق مع وزارة الصحة.",
        ("وقع", "AGREE"),
        id="took-place",
    ),
    pytest.param(
        "ونصبت الوحدة كمينا لقوات المداهمات قرب الحدود.",
        ("المداهمات", "ASSAULT"),
        id="unit-name",
    ),
    pytest.param(
        "وعثرت الشرطة على معدات التفجير في مخبأ بالجبل.",
        ("التفجير", "ASSAULT"),
        id="equipment",
    ),
    pytest.param(
        "وترك الرجل وراءه زوجة وولدان صغيران.",
        ("دان", "ACCUSE"),
        id="two-boys",
    ),
    pytest.param(
        "وتعهد الوزير بالقضاء على الفساد في الإدارة.",
        ("القضاء على", "ASSAULT"),
        id="eliminate-a-vice",
    ),
    pytest.param(
        "وصل عدد القتلى إلى عشرين بحسب وزير الصحة.",
        ("وصل", "CONSULT"),
        id="toll-reached",
    ),
    pytest.param(
        "وتحدث الوزير عن الحرب على الفساد في الإدارات العمومية.",
        ("الحرب", "ASSAULT"),
        id="war-in-general",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2018, 5, 7))


def keys(text: str) -> list[str]:
    return [strip_article(normalize(w)) for w in text.split()]


def entry(ptype: str, pos: str = "noun") -> Trigger:
    return Trigger((), pos, ptype, None, None, None, None, "test")


def test_charge_helpers() -> None:
    k = keys("حكم عليه بتهم الانتماء إلى جماعة والاعتداء على الشرطة")
    assert charged_content(entry("ASSAULT"), k, 6)
    k = keys("اعتقل بسبب الاحتجاجات")
    assert not charged_content(entry("PROTEST"), k, 2)
    k = keys("يواجه اتهامات بقتل لاعب")
    assert not charged_content(entry("ASSAULT"), k, 2)
    k = keys("أدانت المحكمة المتهم بعدة اتهامات")
    assert conviction_ground(entry("ACCUSE"), k, 4, "")
    k = keys("وجهت النيابة له عدة اتهامات")
    assert not conviction_ground(entry("ACCUSE"), k, 4, "")


def test_prompted_and_took_place() -> None:
    k = keys("الظروف الصعبة التي دعت إلى التأجيل")
    assert prompted(entry("REQUEST", "form"), k, 3)
    k = keys("الحكومة التي دعت إلى الحوار")
    assert not prompted(entry("REQUEST", "form"), k, 2)
    assert took_place(entry("AGREE", "verb"), keys("وقع التوصل إلى اتفاق"), 0)
    assert not took_place(entry("AGREE", "verb"), keys("وقع الطرفان اتفاقا"), 0)


def test_blame_laid_past_an_aside() -> None:
    assert laid(keys("حمل الوزير في بيان ، الحكومة السابقة المسؤولية"), 0)
    assert not laid(keys("حمل المتظاهرون لافتات . وقالت الحكومة إنها تتحمل المسؤولية"), 0)
