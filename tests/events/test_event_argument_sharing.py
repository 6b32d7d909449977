"""Sides a trigger takes from around it (marsad.events.arguments, .sharing, .delegations, .constructions): the
subject a coordinated verb shares, the subject of a verb whose object is the event noun (renewing, waging,
announcing, reaching), agents after «من قبل/من جانب», pronouns after مع, a delegation and its body, and the
object a long subject pushes away.

Each test is one construction, written for this file in the style of agency copy; none is a sentence of the
development set.
"""

from __future__ import annotations

from typing import Any

from event_checks import side as _side

from marsad.events.constructions import agent_word
from marsad.events.delegations import join_delegations
from marsad.events.mention import Candidate
from marsad.text.normalize import normalize


def side(pipeline: Any, text: str, trigger: str, which: str = "actor1") -> str | None:
    return _side(pipeline, text, trigger, which)


def test_a_verb_coordinated_after_a_reported_clause_shares_the_speaker(pipeline: Any) -> None:
    text = "قال وزير الخارجية الفرنسي جان إيف لودريان إن تونس قطعت شوطا كبيرا في الإصلاح، وأدان الهجوم على المتحف."
    assert side(pipeline, text, "أدان") == "وزير الخارجية الفرنسي جان إيف لودريان"


def test_a_renewing_verb_gives_its_subject_to_the_noun_across_a_relative_clause(pipeline: Any) -> None:
    text = "وجددت طائرات التحالف الذي تقوده السعودية، غاراتها على معسكر في محافظة مأرب."
    assert side(pipeline, text, "غاراتها") == "طائرات التحالف"


def test_waging_battles_gives_the_battles_their_actor(pipeline: Any) -> None:
    text = "وخاضت قوات الجيش معارك عنيفة قرب الحدود أمس."
    assert side(pipeline, text, "معارك") == "قوات الجيش"


def test_the_announcer_of_an_act_it_takes_as_object_is_its_actor(pipeline: Any) -> None:
    text = "وأعلن مسلحون من ثلاث قرى مبايعة تنظيم داعش في تسجيل مصور."
    assert side(pipeline, text, "مبايعة") == "مسلحون"


def test_the_announcer_of_a_death_caused_by_an_attack_is_not_its_actor(pipeline: Any) -> None:
    text = "وأعلنت وزارة الدفاع مقتل ثلاثة جنود جراء الهجوم على الثكنة."
    assert side(pipeline, text, "الهجوم") != "وزارة الدفاع"


def test_an_agent_after_من_قبل_past_the_object_s_name() -> None:
    keys = [normalize(w) for w in "اعتقال الناشط محمد بن علي الهادي من قبل فرقة الأمن".split()]
    clause = [0] * len(keys)
    assert agent_word(keys, 0, clause) == 7
    keys[6] = normalize("من")
    keys[7] = normalize("جانب")
    assert agent_word(keys, 0, clause) == 7


def test_an_agent_phrase_of_a_later_noun_is_not_the_trigger_s(pipeline: Any) -> None:
    text = "تعرضت وقفتها الاحتجاجية أمام مستشفى المدينة بالعاصمة لقمع من قبل قوات الأمن."
    assert side(pipeline, text, "وقفتها الاحتجاجية") != "قوات الأمن"


def test_the_pronoun_after_مع_refers_back_to_the_group(pipeline: Any) -> None:
    text = "ورصدت وحدة للجيش مجموعة مسلحة قرب الحدود، واشتبكت معها لساعات."
    assert (side(pipeline, text, "اشتبكت", "actor2") or "").startswith("مجموعة")


def test_a_delegation_and_its_body_are_one_argument() -> None:
    keys = [normalize(w) for w in "استقبل الوزير وفدا عن المجلس الرئاسي".split()]
    text = "استقبل الوزير وفدا عن المجلس الرئاسي"
    delegation = Candidate(2, 2, 14, 18, "وفدا", None, None, False)
    body = Candidate(4, 5, 22, 37, text[22:37], None, None, False)
    joined = join_delegations([delegation, body], keys, text)
    assert [c.text for c in joined] == ["وفدا عن المجلس الرئاسي"]
    assert [c.text for c in join_delegations([body], keys, text)] == [body.text]


def test_a_long_subject_does_not_hide_the_object_of_a_meeting_verb(pipeline: Any) -> None:
    text = "استقبل رئيس المجلس الأعلى للدولة في ليبيا خالد المشري، مساء أمس بطرابلس، وفدا عن البرلمان الأوروبي."
    assert side(pipeline, text, "استقبل") == "رئيس المجلس الأعلى للدولة في ليبيا خالد المشري"
    assert (side(pipeline, text, "استقبل", "actor2") or "").startswith("وفدا عن البرلمان")


def test_the_object_after_a_relative_clause_on_the_subject(pipeline: Any) -> None:
    text = "واتهم المتمردون الذين يسيطرون على المدينة منذ أشهر، القوات الحكومية بقصف الأحياء السكنية."
    assert (side(pipeline, text, "اتهم", "actor2") or "").startswith("القوات")


def test_a_security_service_in_construct_is_an_actor(pipeline: Any) -> None:
    text = "وقالت المحطة إن جهاز الأمن الرئاسي اعتقل رجلا قرب القصر."
    assert (side(pipeline, text, "اعتقل") or "").startswith("جهاز الأمن")


def test_servicemen_are_an_actor(pipeline: Any) -> None:
    text = "وأرسل عسكريون إلى موقع الهجوم شرق المدينة."
    assert side(pipeline, text, "أرسل") == "عسكريون"


def test_the_sons_of_a_community_are_a_target(pipeline: Any) -> None:
    text = "وقال إن التنظيم اعتدى على أبناء الطائفة الإيزيدية في القرية."
    assert (side(pipeline, text, "اعتدى", "actor2") or "").startswith("أبناء الطائفة")


def test_a_construct_only_head_alone_is_no_candidate() -> None:
    from marsad.events.argument_nouns import CONSTRUCT_ONLY, event_nouns

    assert normalize("أبناء") in CONSTRUCT_ONLY and normalize("أبناء") in event_nouns()
    assert normalize("حارسان") in event_nouns()


def test_التقى_is_a_verb_with_its_subject_and_the_other_side_after_it(pipeline: Any) -> None:
    text = "التقى وزير الخارجية الجزائري رمطان لعمامرة بنظيره التونسي عثمان الجرندي في تونس."
    assert side(pipeline, text, "التقى") == "وزير الخارجية الجزائري رمطان لعمامرة"
    assert (side(pipeline, text, "التقى", "actor2") or "").startswith("نظيره التونسي")


def test_the_paper_a_source_speaks_to_is_no_actor(pipeline: Any) -> None:
    text = "وأكدت مصادر عسكرية في المنطقة لـ«الخبر» السيطرة على مواقع المسلحين."
    assert side(pipeline, text, "السيطرة على") is None
