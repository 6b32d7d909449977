"""Event coding of the constructions added after the fourth annotation round (d102–d119).

Each test is one general construction of Arabic news prose, written for this file; none is a sentence of
the development set.
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mention, mentions, text_of

from marsad.events.constructions import after_preposition
from marsad.events.lexicon import load_lexicon
from marsad.events.triggers import TriggerFinder
from marsad.model import Token
from marsad.text.normalize import normalize


def triggers(pipeline: Any, text: str) -> list[str]:
    return [m["trigger"]["text"] for _, m in mentions(pipeline, text)]


# -- triggers ------------------------------------------------------------------------------------------
def test_the_imperfect_of_holding_a_place_is_a_state_and_the_perfect_a_takeover(pipeline: Any) -> None:
    assert "يسيطرون" not in triggers(pipeline, "وتحاصر القوات البلدة التي يسيطرون عليها منذ عامين.")
    assert "يسيطر" not in triggers(pipeline, "ويسيطر المتمردون على معظم أحياء المدينة منذ العام الماضي.")
    ev, _ = mention(pipeline, "وسيطر المسلحون على مدينة سرت بعد معارك عنيفة.", "سيطر")
    assert ev["plover_type"] == "ASSAULT"


def test_the_shells_a_verb_launches_are_its_object_not_a_second_attack(pipeline: Any) -> None:
    found = triggers(pipeline, "وأطلق المسلحون ثلاث قذائف هاون على معسكر الجيش.")
    assert "أطلق" in found
    assert "قذائف" not in found


def test_shells_after_a_comma_are_another_attack(pipeline: Any) -> None:
    found = triggers(pipeline, "وأطلق المسلحون صاروخا على المطار، وقذائف سقطت على حي سكني.")
    assert "أطلق" in found


def test_striking_targets_is_an_attack_and_a_proverb_is_not(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "وضربت المقاتلات الروسية أهدافا للمعارضة في ريف حماة.", "ضربت")
    assert ev["plover_type"] == "ASSAULT"
    assert "ضرب" not in " ".join(triggers(pipeline, "وضرب الوزير مثلا بالتعاون بين البلدين."))


def test_general_plural_and_verbal_nouns(pipeline: Any) -> None:
    cases = {
        "وخرجت تظاهرات حاشدة في العاصمة.": ("تظاهرات", "PROTEST"),
        "وأعلنت الحكومة التوصل إلى اتفاقات مع الفصائل.": ("اتفاقات", "AGREE"),
        "ووجهت المنظمة انتقادات حادة للحكومة.": ("انتقادات", "ACCUSE"),
        "ونفذت قوات الجيش عملية نوعية في المنطقة.": ("عملية نوعية", "ASSAULT"),
    }
    for text, (word, ptype) in cases.items():
        ev, _ = mention(pipeline, text, word)
        assert ev["plover_type"] == ptype, text


def test_capturing_fighters_and_not_families(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "وانتهت المواجهات بأسر ستة مسلحين من الجماعة.", "أسر")
    assert (ev["plover_type"], ev["plover_mode"]) == ("COERCE", "arrest")
    assert "أسر" not in triggers(pipeline, "وزار الوزير أسر الضحايا في المستشفى.")


def test_stative_forms_are_only_imperfects() -> None:
    finder = TriggerFinder(load_lexicon())
    assert normalize("يسيطرون") in finder.stative
    assert normalize("سيطرت") not in finder.stative
    assert normalize("سيسيطر") not in finder.stative


# -- nominal or verbal ---------------------------------------------------------------------------------
def _tok(word: str, prefix: str = "") -> Token:
    whole = prefix + word
    return Token(whole, 0, len(whole), normalize(whole), prefix=prefix, core=normalize(word), core_start=len(prefix))


def test_since_governs_a_verb_with_its_person_ending_and_a_noun_otherwise() -> None:
    keys = [normalize("منذ"), normalize("انسحبت")]
    assert not after_preposition(keys, 1, _tok("انسحبت"))
    keys = [normalize("منذ"), normalize("انسحاب")]
    assert after_preposition(keys, 1, _tok("انسحاب"))
    keys = [normalize("مع"), normalize("قصف")]
    assert after_preposition(keys, 1, _tok("قصف"))


def test_a_verb_after_since_takes_the_subject_after_it(pipeline: Any) -> None:
    _, m = mention(pipeline, "وتدهور الوضع الأمني في الإقليم منذ انسحبت منه القوات الدولية.", "انسحبت")
    assert text_of(m["actor1"]) and "القوات" in text_of(m["actor1"])


def test_an_attack_noun_after_with_is_a_masdar(pipeline: Any) -> None:
    _, m = mention(pipeline, "وتوغلت القوات في الوادي مع قصف جوي لطائرات الجيش على تحصينات المتمردين.", "قصف")
    assert text_of(m["actor1"]) == "طائرات الجيش"


# -- arguments -----------------------------------------------------------------------------------------
def test_a_relational_name_after_an_actor_noun_is_one_argument(pipeline: Any) -> None:
    _, m = mention(pipeline, "وهاجم المسلحون الحوثيون نقطة عسكرية قرب الحدود.", "هاجم")
    assert text_of(m["actor1"]) == "المسلحون الحوثيون"
    assert m["actor2"] is None or "الحوثيون" not in text_of(m["actor2"])


def test_the_patron_after_loyal_to_is_no_target(pipeline: Any) -> None:
    _, m = mention(pipeline, "وأدت هجمات المسلحين الموالين لإيران إلى مقتل جنديين.", "هجمات")
    assert text_of(m["actor1"]) == "المسلحين"
    assert text_of(m["actor2"]) != "إيران"


def test_a_coordinated_object_is_not_the_subject(pipeline: Any) -> None:
    _, m = mention(pipeline, "وأدانت الجامعة العربية الاعتداء، كما أهابت بمجلس الأمن وأعضائه التحرك.", "أهابت")
    assert text_of(m["actor1"]) == "الجامعة العربية"


def test_a_statement_joined_by_and_shares_the_speaker(pipeline: Any) -> None:
    _, m = mention(pipeline, "وندد الاتحاد الأوروبي بالهجوم وأهاب بالمجتمع الدولي التحرك.", "أهاب")
    assert text_of(m["actor1"]) == "الاتحاد الأوروبي"


def test_the_subject_of_a_list_is_its_first_member(pipeline: Any) -> None:
    _, m = mention(pipeline, "وكانت ألمانيا وإيطاليا وإسبانيا شنت ضربات جوية على مواقع التنظيم العام الماضي.", "ضربات")
    assert text_of(m["actor1"]) == "ألمانيا"


def test_an_ambush_set_by_a_subject_targets_the_lam_phrase(pipeline: Any) -> None:
    _, m = mention(pipeline, "ونصب مقاتلو القبائل كمينين لقوات الحرس على الطريق.", "كمينين")
    assert text_of(m["actor1"]) == "مقاتلو القبائل"


def test_backed_by_gives_the_backer_and_the_backed(pipeline: Any) -> None:
    _, m = mention(pipeline, "وشنت قوات الجيش، مسنودة بطيران التحالف، هجوما على مواقع المسلحين.", "مسنودة")
    assert text_of(m["actor1"]) == "طيران التحالف"
    assert text_of(m["actor2"]) == "قوات الجيش"


def test_sources_make_statements(pipeline: Any) -> None:
    _, m = mention(pipeline, "ونفت مصادر أمنية مصرية وقوع أي هجوم على الكمين.", "نفت")
    assert text_of(m["actor1"]) and text_of(m["actor1"]).startswith("مصادر")


def test_sources_do_not_attack(pipeline: Any) -> None:
    _, m = mention(pipeline, "وقال مصدر عسكري إن مسلحين هاجموا نقطة أمنية.", "هاجموا")
    assert text_of(m["actor1"]) == "مسلحين"


def test_a_circumstantial_participle_acts_with_the_verb_before_it(pipeline: Any) -> None:
    _, m = mention(
        pipeline,
        "وفي وقت سابق من اليوم حذر الاتحاد الأوروبي من كارثة إنسانية في المدينة، داعيا الأطراف إلى وقف القتال.",
        "داعيا",
    )
    assert text_of(m["actor1"]) == "الاتحاد الأوروبي"


def test_who_condemns_an_attack_did_not_carry_it_out(pipeline: Any) -> None:
    _, m = mention(pipeline, "وندد الاتحاد الأفريقي بالهجوم على القاعدة العسكرية في شمال البلاد.", "الهجوم")
    assert m["actor1"] is None


def test_who_denies_an_act_denies_his_own(pipeline: Any) -> None:
    _, m = mention(pipeline, "وينفي الجيش استخدام البراميل المتفجرة في قصف الأحياء.", "البراميل المتفجرة")
    assert text_of(m["actor1"]) == "الجيش"


def test_an_actor_noun_in_construct_with_a_name_is_one_argument(pipeline: Any) -> None:
    _, m = mention(pipeline, "وقال مسؤول إن مقاتلي حزب الله هاجموا موقعا للمعارضة.", "هاجموا")
    assert text_of(m["actor1"]) == "مقاتلي حزب الله"


def test_the_fire_answered_is_the_other_sides(pipeline: Any) -> None:
    text = "وشنت القوات غارة جوية على مخازن السلاح رداً على إطلاق نار على جنود وعلى مستوطنة قريبة."
    _, m = mention(pipeline, text, "إطلاق نار")
    assert m["actor1"] is None
    assert text_of(m["actor2"]) == "جنود"


def test_a_relational_adjective_tagged_as_a_name_does_not_act(pipeline: Any) -> None:
    _, m = mention(pipeline, "واتهمت المعارضة النظام بشن هجوم كيماوي ضد مدنيين في الغوطة.", "هجوم")
    assert m["actor1"] is None or text_of(m["actor1"]) != "كيماوي"


def test_the_genitive_of_what_was_hit_is_no_subject(pipeline: Any) -> None:
    _, m = mention(pipeline, "وقصفت المدفعية مواقع المسلحين قرب الحدود.", "قصفت")
    assert text_of(m["actor1"]) != "المسلحين"
    assert text_of(m["actor2"]) == "المسلحين"


def test_coordinated_verbs_share_their_subject_not_the_first_ones_object(pipeline: Any) -> None:
    text = "وأكدت الوزارة أن وحدات الجيش قضت على ثلاثة إرهابيين واسترجعت أسلحة وذخائر خلال عملية تمشيط."
    _, m = mention(pipeline, text, "استرجعت")
    assert text_of(m["actor1"]) == "وحدات الجيش"


def test_a_name_far_after_a_coordinated_verb_is_its_object(pipeline: Any) -> None:
    text = "واعتقلت الشرطة خمسة أشخاص في المدينة، وحجزت بحوزتهم 20 قطعة سلاح كلاشنيكوف."
    _, m = mention(pipeline, text, "حجزت")
    assert text_of(m["actor1"]) == "الشرطة"


def test_targeting_with_an_object_pronoun_is_an_attack(pipeline: Any) -> None:
    ev, _ = mention(
        pipeline, "وأعلنت الشركة أن ناقلتها تضررت، وقالت إنه تم استهدافها أثناء عبورها المضيق.", "استهدافها"
    )
    assert ev["plover_type"] == "ASSAULT"


def test_the_lam_phrase_after_a_masdar_with_its_pronoun_is_the_object(pipeline: Any) -> None:
    _, m = mention(pipeline, "وتراجع نشاط المسلحين بعد استهدافها لعناصر التنظيم في الأحياء الشرقية.", "استهدافها")
    assert text_of(m["actor1"]) != "عناصر التنظيم"
    assert text_of(m["actor2"]) == "عناصر التنظيم"


def test_the_strike_carried_out_is_an_attack(pipeline: Any) -> None:
    ev, _ = mention(pipeline, "وقال الجيش إن الضربة التي نفذت فجر اليوم لم تسفر عن ضحايا مدنيين.", "الضربة")
    assert ev["plover_type"] == "ASSAULT"


def test_a_place_far_after_the_trigger_in_another_clause_is_another_facts(pipeline: Any) -> None:
    text = (
        "وشنت الطائرات غارة على مواقع المسلحين أمس، وجاءت الغارة بعد أسابيع من التوتر المتصاعد بين الطرفين "
        "الذي بلغ ذروته الاثنين مع افتتاح مؤتمر المانحين في جنيف."
    )
    _, m = mention(pipeline, text, "غارة")
    assert m["location"] is None or m["location"]["text"] != "جنيف"


def test_a_visits_genitive_is_the_visitor(pipeline: Any) -> None:
    text = (
        "وبحث الجانبان الملفات الإقليمية خلال زيارة وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني "
        "أيمن الصفدي إلى الرياض."
    )
    _, m = mention(pipeline, text, "زيارة")
    assert text_of(m["actor1"]) == "وزير الخارجية المصري سامح شكري"


def test_the_place_that_witnessed_an_event_is_where_it_happened(pipeline: Any) -> None:
    _, m = mention(pipeline, "وشهدت القاهرة أمس محادثات بين الجانبين حول الملف الليبي.", "محادثات")
    assert m["actor1"] is None or text_of(m["actor1"]) != "القاهرة"
    assert text_of(m["location"]) == "القاهرة"


def test_a_denial_has_no_target(pipeline: Any) -> None:
    _, m = mention(pipeline, "ونفى الرئيس التركي اتهامات روسيا بدعم المسلحين.", "نفى")
    assert m["actor2"] is None


def test_the_genitive_of_plural_accusations_is_the_accuser(pipeline: Any) -> None:
    _, m = mention(pipeline, "ونفى الرئيس التركي اتهامات روسيا بدعم المسلحين.", "اتهامات")
    assert text_of(m["actor1"]) == "روسيا"


def test_an_attribution_after_the_event_makes_it_reported(pipeline: Any) -> None:
    text = "قتل خمسة جنود في هجوم شنه مسلحون على حاجز أمني أمس، على ما أعلن مصدر عسكري."
    _, m = mention(pipeline, text, "هجوم")
    assert m["modality"] == "reported"


def test_a_place_a_statement_speaks_of_is_not_where_it_was_made(pipeline: Any) -> None:
    _, m = mention(pipeline, "واتهمت الحكومة المعارضة بالتحريض على العنف في مدينة سرت.", "اتهمت")
    assert m["location"] is None
