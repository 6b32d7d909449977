"""Events: words with another sense — in a sports article (marsad.events.domains), or in everyday use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from marsad.errors import ConfigError
from marsad.events.domains import domain_of, load_domains
from marsad.model import Article

SPORT = (
    "فاز المنتخب المغربي على نظيره التونسي في المباراة التي جرت على ملعب رادس ضمن تصفيات المونديال. "
    "وسجل اللاعب حكيم زياش هدف اللقاء الوحيد من ضربة جزاء في الشوط الثاني، "
    "وقال المدرب إن الهجوم كان فعالا وإن الفريق حقق فوزا مستحقا. "
)
POLITICS = "وعقد وزير الخارجية الجزائري لقاء مع نظيره التونسي في الجزائر العاصمة لبحث الوضع في ليبيا. "


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    return pipeline(Article("t", text, published=None)).events  # type: ignore[no-any-return]


def test_a_match_a_penalty_and_a_teams_attack_are_not_events(pipeline: Any) -> None:
    got = {(e["plover_type"], e["trigger"]["text"]) for e in events(pipeline, SPORT)}
    assert not {t for t in got if t[0] in ("CONSULT", "ASSAULT", "ACCUSE")}, got


def test_the_same_words_in_political_news_stay_events(pipeline: Any) -> None:
    assert "CONSULT" in {e["plover_type"] for e in events(pipeline, POLITICS)}


def test_a_sports_article_keeps_an_event_with_dead(pipeline: Any) -> None:
    text = SPORT + "واندلعت مواجهات بين الجماهير وقوات الشرطة بعد المباراة أسفرت عن مقتل شخصين. "
    got = [e for e in events(pipeline, text) if e["plover_type"] == "ASSAULT"]
    assert got and got[0]["fatalities"] == 2


def test_one_repeated_cue_word_makes_no_domain(pipeline: Any) -> None:
    text = "قصفت الطائرات الملعب البلدي. ودمر القصف الملعب. وقال شهود إن الملعب تحول إلى ركام، والملعب خال. "
    doc = pipeline(Article("t", text))
    assert domain_of(doc) is None
    assert any(e["plover_type"] == "ASSAULT" for e in doc.events)
    assert domain_of(pipeline(Article("s", SPORT))) is not None


def test_a_malformed_domain_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "senses.tsv"
    bad.write_text("sport\tcue-words\tمباراة\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expected"):
        load_domains(bad)


def test_the_bundled_domains_load() -> None:
    (sport,) = load_domains()
    assert sport.name == "sport" and len(sport.cues) >= 20 and len(sport.triggers) >= 30


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("وتوقف الإنتاج في المصنع منذ أسبوع بسبب الإضرابات في الموانئ.", "COERCE"),
        ("وقال الوزير إن هذا ما حدث بالضبط في السوق المالية.", "COERCE"),
        ("وتستهدف الحكومة خفض العجز إلى ثلاثة في المائة العام المقبل.", "ASSAULT"),
    ],
)
def test_words_with_an_everyday_sense_are_no_events(pipeline: Any, text: str, plover: str) -> None:
    assert plover not in {e["plover_type"] for e in events(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("وأوقفت الشرطة ثلاثة أشخاص في مدينة صفاقس.", "COERCE"),
        ("وتمكنت قوات الأمن من ضبط كمية من الأسلحة في بنغازي.", "COERCE"),
        ("واستهدفت غارة جوية مواقع للمسلحين في سرت.", "ASSAULT"),
    ],
)
def test_the_same_roots_in_their_event_sense_stay_events(pipeline: Any, text: str, plover: str) -> None:
    assert plover in {e["plover_type"] for e in events(pipeline, text)}
