"""Coverage rows of 2026-12-01 (towns GeoNames names only in Latin letters, bases, terminals, crossings),
colour adjectives after a definite noun, and «ليل» + a day (night, not Lille)."""

from __future__ import annotations

import pytest

from marsad.geo.gazetteer import load_places, name_key
from marsad.model import Article, Document, Place
from marsad.pipeline import Pipeline


def _place(doc: Document, name: str) -> Place | None:
    start = doc.text.index(name)
    for p in doc.places:
        if p.lat is not None and any(m.start <= start < m.end for m in p.mentions):
            return p
    return None


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("سنكات", "sd-sinkat"),
        ("الفشقة", "sd-fashaga"),
        ("نفطة", "tn-nefta"),
        ("منزل تميم", "tn-menzel-temime"),
        ("سميل", "iq-simele"),
        ("كفر شكر", "eg-kafr-shukr"),
        ("الطاهير", "dz-taher"),
        ("عين حرودة", "ma-ain-harrouda"),
        ("قاعدة براك الشاطئ", "ly-brak-airbase"),
        ("قاعدة غردابية", "ly-gardabiya-airbase"),
        ("منفذ الوديعة", "ye-wadiah-crossing"),
        ("تيقنتورين", "dz-tiguentourine"),
        ("الوطن القبلي", "tn-cap-bon"),
    ],
)
def test_new_curated_rows_are_in_the_gazetteer(name: str, slug: str) -> None:
    assert any(e.id == f"curated:{slug}" for e in load_places().lookup(name_key(name)))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("وقتل ثلاثة أشخاص في مدينة سنكات شرقي السودان جراء السيول.", "سنكات", "SD"),
        ("وتصاعد التوتر في منطقة الفشقة على الحدود بين السودان وإثيوبيا.", "الفشقة", "SD"),
        ("وشهدت مدينة نفطة التابعة لولاية توزر احتجاجات ليلية.", "نفطة", "TN"),
        ("وأعلن الجيش الليبي السيطرة على قاعدة براك الشاطئ الجوية جنوبي البلاد.", "قاعدة براك الشاطئ", "LY"),
        ("وأغلقت السلطات اليمنية منفذ الوديعة الحدودي مع السعودية.", "منفذ الوديعة", "YE"),
        ("وهاجم مسلحون منشأة تيقنتورين للغاز قرب عين أمناس في الجزائر.", "تيقنتورين", "DZ"),
        ("وتضررت مناطق الوطن القبلي في تونس من الأمطار.", "الوطن القبلي", "TN"),
        ("واندلعت اشتباكات بين كتائب من الزنتان ومسلحين من الرجبان قرب غريان.", "الرجبان", "LY"),
    ],
)
def test_new_rows_are_found_in_a_sentence(pipeline: Pipeline, text: str, name: str, country: str) -> None:
    place = _place(pipeline(Article("t", text)), name)
    assert place is not None and place.country_code == country


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إنهم لن يرفعوا إلا الراية البيضاء في طريقهم إلى مصراتة في ليبيا.",
        "وحذرت الحكومة الأردنية من تجاوز الخطوط الحمراء في عمان.",
    ],
)
def test_a_colour_adjective_after_a_definite_noun_is_no_town(pipeline: Pipeline, text: str) -> None:
    doc = pipeline(Article("t", text))
    word = "البيضاء" if "البيضاء" in text else "الحمراء"
    assert _place(doc, word) is None


def test_a_colour_town_in_a_list_stays_a_town(pipeline: Pipeline) -> None:
    text = "وشهدت مدن المرج والبيضاء وطبرق في شرق ليبيا احتجاجات."
    place = _place(pipeline(Article("t", text)), "البيضاء")
    assert place is not None and place.country_code == "LY"


def test_night_before_a_day_is_no_lille(pipeline: Pipeline) -> None:
    text = "وتشهد عدة مدن في فرنسا أمطارا غزيرة منذ ليل الخميس."
    doc = pipeline(Article("t", text))
    assert _place(doc, "ليل") is None
    assert _place(doc, "فرنسا") is not None
