"""Tightenings from a precision audit on fresh news (bench/dev/README-relations.md, «Precision audit on fresh
text»): «ضد» after an act aimed at someone (strikes.struck_act), a relative verb's object that is no actor
(objects.relative_object), humanitarian aid and aid events gathered across sentences (objects.one_sentence), the
adjective «سورية» after a noun (nisbas.nisba_heads), a nationality adjective after «بدعم» and a «من» of «رغم»
(nisbas.no_adjective_recipients, words.DESPITE), an ally noun's end after a preposition
(objects.no_prepositional_allies), and the verb «أمر» read as the title «آمر» (words.ORDERED);
with guards for what must stay. The sentences are written for the tests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from relation_checks import absent_test, found_test

from marsad.relations.aid import aid_relations
from marsad.relations.objects import one_sentence

FOUND = [
    # guard: «من» names the allies
    ("وتواصل قوات الجيش الوطني الليبي وحلفاؤها من المجموعات السلفية تقدمها.", "ally", "قوات", "المجموعات", {}),
    # the adjective «سورية» describes the factions: they are the loyal side, not the country
    ("وسيطرت فصائل سورية موالية لأنقرة على مدينة عفرين.", "loyal_to", "فصائل", "أنقرة", {}),
    # guards: backing or threatening strikes is a stance
    (
        "وقالت الولايات المتحدة إنها تدعم الغارات ضد حزب العمال الكردستاني.",
        "oppose",
        "الولايات المتحدة",
        "حزب العمال",
        {},
    ),
    ("توعد الرئيس الأمريكي دونالد ترامب بشن ضربات صاروخية ضد دمشق.", "oppose", "دونالد ترامب", "دمشق", {}),
    # guards: a campaign against a side, and a relative verb whose object is the actor before it
    ("وشن التحالف حملة جوية ضد الحوثيين في صعدة.", "oppose", "التحالف", "الحوثيين", {}),
    ("وقتل أعضاء في جبهة البوليساريو، التي تدعمها الجزائر، في الحادث.", "support", "الجزائر", "جبهة البوليساريو", {}),
]

ABSENT = [
    # what follows an ally noun after a preposition is no ally
    ("وتسعى واشنطن لكسب حلفاء ضد «داعش» في المنطقة.", "ally", "", "داعش"),
    # an armed act or a match «ضد» someone is an event, no stance
    ("وأطلق تحالفان لمقاتلي المعارضة هجمات ضد قوات النظام في ريف حلب.", "oppose", "", "قوات النظام"),
    ("أمر الرئيس ترامب العام الماضي بضربة صاروخية ضد الأسد.", "oppose", "ترامب", "الأسد"),
    # the verb «أمر» (ordered) is no title «آمر»
    ("أمر الرئيس ترامب العام الماضي بضربة صاروخية ضد الأسد.", "leads", "ترامب", ""),
    # the relative verb's object is the resolution, no actor
    ("وتزامن تصويت مجلس الأمن على القرار الذي أيدته روسيا مع غارات جديدة.", "support", "روسيا", "مجلس الأمن"),
    # «بدعم روسي، على الرغم من تحذيرات الولايات المتحدة»: Russia gives; the US gives nothing
    ("ويواصل الجيش الهجوم، بدعم روسي، على الرغم من تحذيرات الولايات المتحدة.", "support", "الولايات المتحدة", ""),
    ("ويواصل الجيش الهجوم، بدعم روسي، على الرغم من تحذيرات الولايات المتحدة.", "support", "", "روسي"),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)


TEXT = "أرسلت تركيا مساعدات إلى قوات الوفاق. وقالت مصادر إن الوضع صعب."


def _aid(mode: str, recipient: tuple[int, int]) -> dict[str, Any]:
    """An aid event: the giver «تركيا», the trigger «مساعدات» in the first sentence, the recipient at ``recipient``."""
    a, b = recipient
    return {
        "id": "ev1",
        "plover_type": "AID",
        "plover_mode": mode,
        "actor1": {"entity_id": "e1", "text": "تركيا", "start": 6, "end": 11},
        "actor2": {"entity_id": "e2", "text": TEXT[a:b], "start": a, "end": b},
        "trigger": {"text": "مساعدات", "start": 12, "end": 19},
        "modality": "asserted",
        "confidence": 0.9,
        "sentence": TEXT[:36],
        "mentions": [{"sentence": {"start": 0, "end": 36}}, {"sentence": {"start": 37, "end": len(TEXT)}}],
    }


def _from_events(event: dict[str, Any]) -> list[dict[str, Any]]:
    doc = SimpleNamespace(text=TEXT, events=[event], article=SimpleNamespace(id="c"))
    return aid_relations(cast(Any, doc), [], [])


def test_aid_event_in_its_sentence_is_support() -> None:
    assert TEXT[24:35] == "قوات الوفاق"
    assert [r["type"] for r in _from_events(_aid("military", (24, 35)))] == ["support"]


def test_humanitarian_aid_takes_no_side() -> None:
    assert _from_events(_aid("humanitarian", (24, 35))) == []


def test_aid_actors_from_other_sentences_state_nothing() -> None:
    far = _aid("military", (43, 48))  # «مصادر», a sentence later
    assert not one_sentence(far)
    assert _from_events(far) == []
