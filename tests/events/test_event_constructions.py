"""Event coding of general constructions of Arabic war reporting (triggers, arguments, modality, merging).

Each test is one construction, written for this file in the style of agency copy; none is a sentence of the
development set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from marsad.events.constructions import adjective_place
from marsad.events.lexicon import Trigger, candidate_keys, load_lexicon
from marsad.events.mention import Candidate, EventMention
from marsad.events.records import event_records
from marsad.model import Article, Document, Entity, Place, Sentence, Token
from marsad.text.normalize import normalize


def mentions(pipeline: Any, text: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    doc = pipeline(Article("t", text, published=dt.date(2018, 4, 4)))
    out = []
    for ev in doc.events:
        for m in ev["mentions"]:
            t = m["trigger"]
            assert doc.text[t["start"] : t["end"]] == t["text"]
            out.append((ev, m))
    return out


def mention(pipeline: Any, text: str, trigger: str) -> tuple[dict[str, Any], dict[str, Any]]:
    found = [(ev, m) for ev, m in mentions(pipeline, text) if m["trigger"]["text"] == trigger]
    assert found, f"no mention {trigger!r} in {[m['trigger']['text'] for _, m in mentions(pipeline, text)]}"
    return found[0]


def text_of(ref: dict[str, Any] | None) -> str | None:
    return ref["text"] if ref else None


# -- lexicon -------------------------------------------------------------------------------------------
def test_dual_of_a_feminine_noun_finds_its_singular() -> None:
    assert (normalize("غارة"), False) in candidate_keys(normalize("الغارتين"))
    assert (normalize("ضربة"), False) in candidate_keys(normalize("ضربتان"))


def test_a_warning_of_a_disaster_is_criticism_and_of_consequences_a_threat(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "حذرت الأمم المتحدة من كارثة إنسانية في إدلب.", "حذرت")
    assert ev["plover_type"] == "ACCUSE"
    ev, _ = mention(pipeline, "وحذر الجيش المسلحين من مغبة الاقتراب من المدينة.", "حذر")
    assert ev["plover_type"] == "THREATEN"


def test_launching_a_missile_is_an_attack_and_a_launch_pad_is_not(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "أطلق الحوثيون صاروخا باليستيا باتجاه جازان.", "أطلق")
    assert (ev["plover_type"], ev["plover_mode"]) == ("ASSAULT", "artillery")
    found = mentions(pipeline, "دمرت القوات منصات إطلاق الصواريخ في المنطقة.")
    assert "إطلاق" not in [m["trigger"]["text"] for _, m in found]


def test_an_exploding_device_is_a_bombing_and_self_detonation_a_suicide_attack(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "انفجرت عبوة ناسفة في سوق المدينة صباح اليوم.", "انفجرت")
    assert ev["plover_mode"] == "bombing"
    ev, _ = mention(pipeline, "وقال مصدر إن انتحاريا فجر نفسه قرب مقر الشرطة.", "فجر نفسه")
    assert ev["acled_sub_event_type"] == "Suicide bomb"
    assert not [m for _, m in mentions(pipeline, "انفجرت قنينة غاز في مطعم.")]


def test_air_support_from_a_force_is_military_aid_by_that_force(pipeline: Any) -> None:
    ev, m = mention(pipeline, "تدور معارك عنيفة في المنطقة بإسناد جوي من طائرات التحالف.", "إسناد")
    assert (ev["plover_type"], ev["plover_mode"]) == ("AID", "military")
    assert text_of(m["actor1"]) == "طائرات التحالف"


# -- which word is the trigger -------------------------------------------------------------------------
def test_a_verb_after_an_indefinite_attack_noun_is_a_relative_clause_on_it(pipeline: Any) -> None:
    found = mentions(pipeline, "نفذت الطائرات غارات جوية ليلة أمس، استهدفت مواقع المسلحين في الجبل.")
    assert [m["trigger"]["text"] for _, m in found] == ["غارات"]


def test_the_subject_noun_names_an_attack_a_bare_targeted_verb_reports(pipeline: Any) -> None:
    found = mentions(pipeline, "استهدف هجوم انتحاري فجر الأحد مقرا للشرطة في المدينة.")
    assert [(ev["plover_mode"], m["trigger"]["text"]) for ev, m in found] == [("suicide", "هجوم")]


def test_an_attack_after_a_connective_is_another_event(pipeline: Any) -> None:
    found = mentions(pipeline, "تجددت المواجهات إثر هجمات لقوات الجيش على التلال.")
    assert [m["trigger"]["text"] for _, m in found] == ["المواجهات", "هجمات"]


# -- arguments ---------------------------------------------------------------------------------------------
def test_the_agent_of_an_attack_noun_follows_with_lam(pipeline: Any) -> None:
    _, m = mention(pipeline, "تجددت المواجهات إثر هجمات لقوات الجيش على التلال.", "هجمات")
    assert text_of(m["actor1"]) == "قوات الجيش"


def test_a_second_conjunct_of_the_subject_is_not_the_object(pipeline: Any) -> None:
    _, m = mention(pipeline, "اتهمت روسيا وسوريا إسرائيل بشن الغارة.", "اتهمت")
    assert text_of(m["actor1"]) == "روسيا"
    assert text_of(m["actor2"]) == "إسرائيل"


def test_the_speaker_of_anna_acts_through_a_light_verb(pipeline: Any) -> None:
    _, m = mention(pipeline, "أعلن الجيش الليبي، أنه نفذ غارات جوية على مواقع المتمردين.", "غارات")
    assert text_of(m["actor1"]) == "الجيش الليبي"


def test_a_source_after_hasab_does_not_act(pipeline: Any) -> None:
    _, m = mention(pipeline, "وحسب رويترز، وقع الانفجار قرب الفندق.", "الانفجار")
    assert m["actor1"] is None


def test_the_subject_of_a_foiling_verb_did_not_attack(pipeline: Any) -> None:
    _, m = mention(pipeline, "وكانت قوات البحرية أفشلت، الثلاثاء، هجوما على ناقلة نفط.", "هجوما")
    assert m["actor1"] is None


def test_a_dateline_names_no_actor_and_min_qibal_gives_the_agent(pipeline: Any) -> None:
    text = "دبي، الإمارات العربية المتحدة (CNN)-- رصدت الدفاعات الجوية صاروخا أطلق من قبل الحوثيين باتجاه جازان."
    _, m = mention(pipeline, text, "أطلق")
    assert text_of(m["actor1"]) == "الحوثيين"


def test_the_planes_owned_by_an_army_are_the_actor(pipeline: Any) -> None:
    _, m = mention(pipeline, "وقال المصدر إن طائرات تابعة للجيش الإسرائيلي قصفت المطار.", "قصفت")
    assert text_of(m["actor1"]) == "طائرات"


def test_a_coordinated_verb_keeps_the_subject_of_the_first(pipeline: Any) -> None:
    text = "قصفت مقاتلات التحالف مواقع في الجبل، كما قصفت تعزيزات للمسلحين في الوادي."
    found = [m for _, m in mentions(pipeline, text) if m["trigger"]["text"] == "قصفت"]
    assert [text_of(m["actor1"]) for m in found] == ["مقاتلات التحالف", "مقاتلات التحالف"]


def test_the_genitive_of_an_intransitive_masdar_is_its_subject(pipeline: Any) -> None:
    _, m = mention(pipeline, "أعلن الجيش انسحاب القوات التركية من المدينة.", "انسحاب")
    assert text_of(m["actor1"]) == "القوات التركية"
    assert m["actor2"] is None


def test_a_named_facility_or_a_place_after_ala_or_wasat_is_the_location(pipeline: Any) -> None:
    _, m = mention(pipeline, "شنت الطائرات غارة على مطار التيفور العسكري في وسط سوريا.", "غارة")
    assert "التيفور" in text_of(m["location"])
    _, m = mention(pipeline, "قتل ستة أشخاص بانفجار سيارة مفخخة وسط مدينة بنغازي بشرق ليبيا.", "انفجار")
    assert "بنغازي" in text_of(m["location"])


def test_a_relational_adjective_is_no_location() -> None:
    text = "بدعم روسي في دبي"
    toks = [Token(w, text.index(w), text.index(w) + len(w), normalize(w), core=normalize(w)) for w in text.split()]
    toks[0].prefix, toks[0].core = "ب", normalize("دعم")
    unknown = Place("e1", "روسي", None, None, None, None, "unknown", None, 0.5)
    adjective = Candidate(1, 1, 5, 9, "روسي", Entity("e1", "روسي", "LOC"), unknown, False)
    town = Candidate(3, 3, 13, 16, "دبي", Entity("e2", "دبي", "GPE"), None, True)
    assert adjective_place(adjective, toks)
    assert not adjective_place(town, toks)


# -- modality ----------------------------------------------------------------------------------------------
def test_a_drone_is_no_negation(pipeline: Any) -> None:
    _, m = mention(pipeline, "وعرض بقايا طائرات بدون طيار استهدفت مطار أبها.", "استهدفت")
    assert m["modality"] != "denied"


def test_no_claim_is_no_denial_and_at_once_is_no_condition(pipeline: Any) -> None:
    text = "ولم تتبن أي جهة الاعتداء في الحال، ولكن مسؤولا اتهم خلايا نائمة."
    _, m = mention(pipeline, text, "الاعتداء")
    assert m["modality"] != "denied"
    _, m = mention(pipeline, text, "اتهم")
    assert m["modality"] == "asserted"


def test_no_case_of_arrest_is_denied(pipeline: Any) -> None:
    _, m = mention(pipeline, "وأكدت الشرطة أنه لم تسجل أي حالة توقيف.", "توقيف")
    assert m["modality"] == "denied"


def test_counting_strikes_reports_them(pipeline: Any) -> None:
    _, m = mention(pipeline, "وأحصى المرصد 60 غارة في ثلاث ساعات.", "غارة")
    assert m["modality"] == "reported"


# -- events ------------------------------------------------------------------------------------------------
def _mention(sent: Sentence, mode: str | None, acled: tuple[str, str]) -> EventMention:
    entry = Trigger((), "noun", "ASSAULT", mode, acled[0], acled[1], None, "test")
    return EventMention(sent, 0, 0, entry, mode, acled[0], acled[1])


def test_a_specific_mention_codes_the_event_it_shares_with_a_generic_one() -> None:
    text = "الاعتداء"
    sent = Sentence(0, len(text), [Token(text, 0, len(text), normalize(text), core=normalize(text), core_start=0)])
    doc = Document(Article("t", text), sentences=[sent])
    attack = _mention(sent, None, ("Violence against civilians", "Attack"))
    kidnap = _mention(sent, "kidnap", ("Violence against civilians", "Abduction/forced disappearance"))
    (ev,) = event_records(doc, [attack, kidnap])
    assert (ev["acled_sub_event_type"], ev["plover_mode"]) == ("Abduction/forced disappearance", "kidnap")
    air = _mention(sent, "aerial", ("Explosions/Remote violence", "Air/drone strike"))
    shells = _mention(sent, "artillery", ("Explosions/Remote violence", "Shelling/artillery/missile attack"))
    assert len(event_records(doc, [air, shells])) == 2  # two weapons, two events


def test_the_bundled_lexicon_loads_the_new_entries() -> None:
    lex = load_lexicon()
    assert any(e.plover_type == "AID" for e in lex.triggers[normalize("إسناد")])
    assert any(e.plover_mode == "suicide" for e in lex.triggers[normalize("فجر")])


def test_a_speakers_own_statement_is_asserted_and_what_a_source_says_reported(pipeline: Any) -> None:
    _, m = mention(pipeline, "أكد عميد البلدية أن المدينة محاصرة، مطالبا المنظمات الدولية بالتدخل.", "مطالبا")
    assert m["modality"] == "asserted"
    _, m = mention(pipeline, "وقال كيري بعد حوار مع نظيره المصري إن العلاقات جيدة.", "حوار")
    assert m["modality"] == "asserted"
    _, m = mention(pipeline, "وقال مسؤول إن الوزير اجتمع بنظيره الروسي.", "اجتمع")
    assert m["modality"] == "reported"


def test_a_future_light_verb_plans_the_meeting(pipeline: Any) -> None:
    _, m = mention(pipeline, "وأشارت الرئاسة إلى أن الرئيسين سيعقدان قمة منفصلة.", "قمة")
    assert m["modality"] == "planned"


def test_targeting_an_abstraction_or_a_reporter_calling_is_no_event(pipeline: Any) -> None:
    found = mentions(pipeline, "فككت الشرطة خلية إرهابية تستهدف أمن البلاد.")
    assert "تستهدف" not in [m["trigger"]["text"] for _, m in found]
    found = mentions(pipeline, "وقال المصدر الذي اتصلت به وكالة الصحافة الفرنسية إن الوضع هادئ.")
    assert "اتصلت" not in [m["trigger"]["text"] for _, m in found]


def test_a_facility_in_the_relative_clause_locates_the_strike(pipeline: Any) -> None:
    text = "اتهمت روسيا إسرائيل بالمسؤولية عن الغارة التي استهدفت مطار التيفور العسكري في وسط سوريا."
    _, m = mention(pipeline, text, "الغارة")
    assert "التيفور" in text_of(m["location"])


def test_a_killing_with_a_named_agent_is_an_event_beside_another_attack(pipeline: Any) -> None:
    text = "أعلنت أجهزة الأمن أنها قتلت ثمانية مسلحين يقفون وراء هجمات في المنطقة."
    assert [m["trigger"]["text"] for _, m in mentions(pipeline, text)] == ["قتلت"]  # «يقفون وراء هجمات»: a record
    text = "قتل خمسة جنود في هجوم على حاجز للجيش."
    assert [m["trigger"]["text"] for _, m in mentions(pipeline, text)] == ["هجوم"]


def test_the_subject_of_a_far_light_verb_acts_and_a_model_name_does_not(pipeline: Any) -> None:
    text = "وشنت نحو 30 طائرة تركية من طراز إف - 16 موجة جديدة من الغارات على أهداف في شمال العراق."
    _, m = mention(pipeline, text, "الغارات")
    assert text_of(m["actor1"]) == "طائرة"


def test_a_meeting_takes_no_place_from_another_clause_an_arrest_does(pipeline: Any) -> None:
    _, m = mention(pipeline, "اعتقلت الشرطة ثلاثة مطلوبين، وذلك في مدينة سوسة.", "اعتقلت")
    assert text_of(m["location"]) == "سوسة"
    _, m = mention(pipeline, "بحث الوزير مع نظيره التونسي العلاقات، وذلك بعد هجوم في مدينة سوسة.", "بحث")
    assert m["location"] is None


def test_what_aircraft_fire_is_an_air_strike(pipeline: Any) -> None:
    text = "وشنت طائرات التحالف العربي بقيادة السعودية مساء أمس الأحد هجوما على مواقع المسلحين."
    ev, m = mention(pipeline, text, "هجوما")
    assert text_of(m["actor1"]).startswith("طائرات التحالف")
    assert (ev["plover_mode"], ev["acled_sub_event_type"]) == ("aerial", "Air/drone strike")


def test_what_is_demanded_is_no_event_of_its_own(pipeline: Any) -> None:
    text = "وطالبت الحكومة اللواء بسحب قواته من محيط القاعدة فورا."
    assert [m["trigger"]["text"] for _, m in mentions(pipeline, text)] == ["طالبت"]
    text = "وسحبت الحكومة قواتها من محيط القاعدة."
    ev, _ = mention(pipeline, text, "سحبت")
    assert ev["plover_type"] == "RETREAT"


def test_common_forms_of_condemning_urging_and_raiding(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "شجبت الجامعة العربية الهجوم على المدنيين.", "شجبت")
    assert ev["plover_type"] == "ACCUSE"
    ev, _ = mention(pipeline, "حث الوزير الأطراف على الحوار.", "حث")
    assert ev["plover_type"] == "REQUEST"
    ev, _ = mention(pipeline, "وقتل ثلاثة في إغارة على مواقع المسلحين.", "إغارة")
    assert ev["acled_sub_event_type"] == "Air/drone strike"


# -- constructions of the argument round of issue 6 ------------------------------------------------------
def test_a_trigger_after_a_preposition_is_a_masdar_with_its_object(pipeline: Any) -> None:
    # «من قتل»: a verb never follows a preposition, so the genitive is the one killed, the subject of تمكن acts
    _, m = mention(pipeline, "تمكنت قوات الجيش من قتل قائد المسلحين في المدينة.", "قتل")
    assert text_of(m["actor1"]) == "قوات الجيش"
    assert "قائد" in (text_of(m["actor2"]) or "")


def test_a_place_followed_by_the_larger_place_that_locates_it(pipeline: Any) -> None:
    _, m = mention(pipeline, "اندلعت اشتباكات عنيفة في بلدة الشيخ مسكين شمال مدينة درعا.", "اشتباكات")
    assert "مسكين" in (text_of(m["location"]) or "")
    _, m = mention(pipeline, "قصفت الطائرات مديرية التحيتا في محافظة الحديدة.", "قصفت")
    assert text_of(m["location"]) == "التحيتا"


def test_the_side_driven_out_follows_min(pipeline: Any) -> None:
    _, m = mention(pipeline, "نجحت قوات الجيش في تحرير مدينة سرت من مسلحي تنظيم داعش.", "تحرير")
    assert text_of(m["actor1"]) == "قوات الجيش"
    assert "داعش" in (text_of(m["actor2"]) or "") or "مسلحي" in (text_of(m["actor2"]) or "")


def test_a_circumstantial_participle_acts_with_the_sentence_subject(pipeline: Any) -> None:
    text = "أكد رئيس المجلس المحلي أن المدينة تعاني نقصا في الأدوية، مطالبا المنظمات الدولية بالتدخل."
    _, m = mention(pipeline, text, "مطالبا")
    assert "رئيس" in (text_of(m["actor1"]) or "")
    assert "المنظمات" in (text_of(m["actor2"]) or "")


def test_a_siege_imposed_by_names_its_agent(pipeline: Any) -> None:
    _, m = mention(pipeline, "يعاني السكان من حصار خانق تفرضه قوات النظام منذ أشهر.", "حصار")
    assert text_of(m["actor1"]) == "قوات النظام"


def test_a_place_in_the_clause_before_counts_unless_a_clause_word_stands_between(pipeline: Any) -> None:
    _, m = mention(pipeline, "اجتمع الوجهاء في مدينة سبها، بعد أسابيع من الاشتباكات العنيفة.", "الاشتباكات")
    assert text_of(m["location"]) == "سبها"
    text = "ويقبع القيادي في سجن بمدينة مصراتة حيث يواجه تهما بقتل عدد من المدنيين."
    _, m = mention(pipeline, text, "قتل")
    assert m["location"] is None


def test_the_genitive_of_a_meeting_meets(pipeline: Any) -> None:
    _, m = mention(pipeline, "جاء ذلك خلال اجتماع الحكومة الطارئ أمس.", "اجتماع")
    assert "الحكومة" in (text_of(m["actor1"]) or "")
    assert m["actor2"] is None


def test_a_call_received_after_a_comma_still_has_its_receiver(pipeline: Any) -> None:
    text = "تلقى الرئيس التونسي قيس سعيد، اتصالا هاتفيا أمس من الرئيس الفرنسي إيمانويل ماكرون."
    _, m = mention(pipeline, text, "اتصالا")
    assert "ماكرون" in (text_of(m["actor1"]) or "")
    assert "سعيد" in (text_of(m["actor2"]) or "")


def test_a_feminine_adjective_is_no_actor_noun_with_a_pronoun(pipeline: Any) -> None:
    # «المسلحة» normalises to «المسلحه», which reads like «مسلح» + the pronoun ه
    _, m = mention(pipeline, "وتجددت المواجهات المسلحة في أحياء المدينة.", "المواجهات")
    assert m["actor1"] is None


def test_a_front_or_an_axis_heads_a_place_the_gazetteer_does_not_know(pipeline: Any) -> None:
    _, m = mention(pipeline, "ودارت اشتباكات عنيفة بمحور الكسارات منذ الصباح.", "اشتباكات")
    assert "الكسارات" in (text_of(m["location"]) or "")


def test_military_strikes_are_attacks(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "وجه الجيش ضربات عسكرية لمواقع المسلحين.", "ضربات")
    assert ev["plover_type"] == "ASSAULT"


def test_the_leader_after_biqiyadat_does_not_act_for_his_force(pipeline: Any) -> None:
    _, m = mention(pipeline, "وقالت مصادر إن قوات الردع بقيادة القائد قصفت مواقع المسلحين.", "قصفت")
    assert text_of(m["actor1"]) == "قوات الردع"


def test_two_aircraft_of_an_army_strike(pipeline: Any) -> None:
    _, m = mention(pipeline, "وقال الجيش إن طائرتين تابعتين لسلاح الجو قصفتا المطار.", "قصفتا")
    assert "طائرتين" in (text_of(m["actor1"]) or "")


def test_an_honorific_pronoun_is_the_subject_and_the_next_name_the_object(pipeline: Any) -> None:
    _, m = mention(pipeline, "وطالب معاليه المجتمع الدولي بالتحرك العاجل.", "طالب")
    assert "المجتمع" in (text_of(m["actor2"]) or "")
    assert "المجتمع" not in (text_of(m["actor1"]) or "")


def test_a_capital_after_al_asima_and_its_adjective_is_where_not_who(pipeline: Any) -> None:
    _, m = mention(pipeline, "يعقد في العاصمة الليبية طرابلس اجتماع موسع غدا.", "اجتماع")
    assert text_of(m["location"]) == "طرابلس"
    assert "طرابلس" not in (text_of(m["actor1"]) or "")
