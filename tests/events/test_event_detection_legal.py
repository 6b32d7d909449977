"""Detection in the language of courts and the police (the legal round of bench/dev/README-events.md): verdicts
and the punishment they name, sentences carried out, verdicts cited as a ground, convictions by a court,
referrals to a court, pardons, deportations, security campaigns, aims of plots and cells; the dual agent verbs
(«شنهما»); the ``after=`` condition of the trigger file; the object tests moved to detect_objects.

Each case is one construction, written for this file in the style of agency copy or of Gulf, Egyptian and
Maghrebi papers; none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from event_checks import side

from marsad.errors import ConfigError
from marsad.events.constructions import BY_AGENT
from marsad.events.detect_legal import carried_out_before, cited_verdict
from marsad.events.detect_objects import treaty_exit
from marsad.events.lexicon import load_lexicon
from marsad.model import Article
from marsad.text.normalize import normalize


def triggers(pipeline: Any, text: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline(Article("t", text, published=dt.date(2018, 4, 4)))
    return [(m["trigger"]["text"], ev["plover_type"], ev["plover_mode"]) for ev in doc.events for m in ev["mentions"]]


FOUND = [
    pytest.param(
        "وأصدرت محكمة الجنايات حكما بالسجن عشر سنوات على المتهم.",
        ("حكما", "COERCE", None),
        id="a-verdict",
    ),
    pytest.param(
        "أصدرت المحكمة حكما بإعدام ثلاثة متهمين في القضية.",
        ("حكما", "COERCE", None),
        id="a-death-sentence-handed-down-is-a-verdict",
    ),
    pytest.param(
        "ونفذت السلطات حكم الإعدام بحق المدان صباح أمس.",
        ("حكم الإعدام", "ASSAULT", "execute"),
        id="a-death-sentence-carried-out",
    ),
    pytest.param(
        "ونفذ التنظيم (فرع القاعدة في البلاد) حكم الإعدام بحق ثلاثة رجال.",
        ("حكم الإعدام", "ASSAULT", "execute"),
        id="carried-out-past-an-aside",
    ),
    pytest.param(
        "ودانت محكمة في القاهرة الناشط بتهمة التظاهر دون ترخيص.",
        ("دانت", "COERCE", None),
        id="a-court-convicts",
    ),
    pytest.param(
        "وأحالت النيابة العامة المتهمين إلى المحكمة الجنائية.",
        ("أحالت", "ACCUSE", "allege"),
        id="a-referral-to-court",
    ),
    pytest.param(
        "وأصدر الرئيس عفوا رئاسيا عن مئات السجناء.",
        ("عفوا", "RETREAT", "release"),
        id="a-pardon",
    ),
    pytest.param(
        "وتم ترحيله إلى بلاده الشهر الماضي.",
        ("ترحيله", "COERCE", None),
        id="a-deportation",
    ),
    pytest.param(
        "وواصلت الشرطة الضربات الأمنية التي تستهدف عناصر التنظيم.",
        ("الضربات الأمنية", "COERCE", "arrest"),
        id="a-police-campaign-is-arrests",
    ),
    pytest.param(
        "وقالت الداخلية إن أجهزة الأمن ستواصل توجيه ضربات استباقية للخلايا الإرهابية.",
        ("ضربات استباقية", "COERCE", "arrest"),
        id="preemptive-strikes-of-the-police",
    ),
    pytest.param(
        "ويحاكم 20 متهما أمام محكمة أمن الدولة بتهمة الانتماء إلى جماعة محظورة.",
        ("يحاكم", "COERCE", None),
        id="a-trial-told-with-the-verb",
    ),
    pytest.param(
        "وأخلت النيابة العامة سبيل الطالب بكفالة مالية.",
        ("أخلت", "RETREAT", "release"),
        id="a-release-by-the-prosecution",
    ),
    pytest.param(
        "ووجهت النيابة للمتهمين تهما بالتخريب والاعتداء على الممتلكات العامة.",
        ("وجهت", "ACCUSE", "allege"),
        id="charges-brought",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_legal_mention(pipeline: Any, text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triggers(pipeline, text)


NOT_FOUND = [
    pytest.param("وأصدرت المحكمة حكما بالسجن عشر سنوات على المتهم.", "السجن", id="the-punishment-of-a-verdict"),
    pytest.param("وألقي القبض عليها لتحال للمحاكمة.", "المحاكمة", id="the-trial-a-referral-sends-to"),
    pytest.param("أفرجت السلطات عن المعتقل تنفيذا لحكم قضائي.", "حكم", id="a-verdict-cited-as-a-ground"),
    pytest.param("منذ وصول الحزب إلى الحكم قبل عشر سنوات.", "الحكم", id="rule-is-no-verdict"),
    pytest.param("وأحيل الملف إلى لجنة التحقيق.", "أحيل", id="a-referral-to-investigation"),
    pytest.param("واستقبل حاكم الولاية الوفد في مكتبه.", "حاكم", id="a-governor-is-no-trial"),
    pytest.param("وأعلنت إيران أنها سترد على أي ضربة استباقية.", "ضربة استباقية", id="a-military-preemptive-strike"),
    pytest.param("وفككت الشرطة خلية إرهابية تستهدف منشآت حيوية.", "تستهدف", id="the-aim-of-a-cell"),
    pytest.param("وواصلت الشرطة الضربات الأمنية التي تستهدف عناصر التنظيم.", "تستهدف", id="the-aim-of-a-campaign"),
]


@pytest.mark.parametrize(("text", "word"), NOT_FOUND)
def test_no_legal_mention(pipeline: Any, text: str, word: str) -> None:
    assert word not in [t for t, _, _ in triggers(pipeline, text)]


def test_an_operation_aimed_at_a_place_is_told(pipeline: Any) -> None:
    found = triggers(pipeline, "ونفذ الجيش عملية تستهدف مواقع التنظيم شمال البلاد.")
    assert any(t in ("عملية", "تستهدف") and kind == "ASSAULT" for t, kind, _ in found)


def test_a_condemnation_stays_a_condemnation(pipeline: Any) -> None:
    assert ("دانت", "ACCUSE", "disapprove") in triggers(pipeline, "ودانت الحكومة الهجوم على المسجد.")


def test_the_dual_agent_verb_gives_the_attackers(pipeline: Any) -> None:
    text = "وقتل جنديان في الهجومين اللذين شنهما المتمردون على مواقع الجيش."
    assert side(pipeline, text, "الهجومين", "actor1") == "المتمردون"


def test_dual_object_pronouns_are_agent_words() -> None:
    for word in ("شنهما", "نفذتهما", "يشنونهما", "ارتكبهما", "تبناهما"):
        assert normalize(word) in BY_AGENT


def test_carrying_out_is_found_past_brackets_but_not_past_a_comma() -> None:
    keys = [normalize(w) for w in "نفذت جبهه ( ذراع القاعده ) حكم".split()]
    assert carried_out_before(keys, len(keys) - 1)
    keys = [normalize(w) for w in "نفذت الشرطه المداهمه ، و صدر حكم".split()]
    assert not carried_out_before(keys, len(keys) - 1)


def test_cited_verdict_with_the_lam_left_on() -> None:
    assert cited_verdict(["تطبيقا", "لحكم"], 1)
    assert not cited_verdict(["صدر", "حكم"], 1)


def test_the_moved_object_tests_still_answer() -> None:
    keys = [normalize(w) for w in "انسحبت واشنطن من اتفاق".split()]
    assert treaty_exit(keys, 0)


def test_after_condition_loads_and_a_wrong_kind_names_it(tmp_path: Path) -> None:
    good = tmp_path / "good.tsv"
    good.write_text("form\tpos\ttype\tmode\tacled\tneeds\nدان\tform\tCOERCE\t-\t-\tafter=المحكمة\n", encoding="utf-8")
    lex = load_lexicon(str(good))
    assert ("after", frozenset({normalize("محكمة")})) in [e.needs for e in lex.triggers[normalize("دان")]]
    bad = tmp_path / "bad.tsv"
    bad.write_text("form\tpos\ttype\tmode\tacled\tneeds\nدان\tform\tCOERCE\t-\t-\tprior=المحكمة\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="before=…"):
        load_lexicon(str(bad))
