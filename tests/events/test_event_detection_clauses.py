"""Detection round of the twelfth batch: clause constructions that decide whether a trigger word names an event.

Sentences written for this file (none is a sentence of the development set); each pairs the construction
with the same word told as an event, so that a rule that fires everywhere, or nowhere, fails.
"""

from __future__ import annotations

from typing import Any

from test_event_constructions import mentions

from marsad.events.detect_clauses import instrument_of, intermittent, purposive_object, relative_before
from marsad.events.mention import token_keys
from marsad.model import Article


def types_of(pipeline: Any, text: str, word: str) -> list[str]:
    """The PLOVER types of the mentions whose trigger contains ``word``."""
    return [ev["plover_type"] for ev, m in mentions(pipeline, text) if word in m["trigger"]["text"]]


def modality_of(pipeline: Any, text: str, word: str) -> list[str]:
    return [m["modality"] for _, m in mentions(pipeline, text) if word in m["trigger"]["text"]]


def tokens_of(pipeline: Any, text: str) -> Any:
    doc = pipeline(Article("t", text))
    return doc.sentences[0].tokens


# --- purposive ل with an object ---------------------------------------------------------------------------


def test_a_purposive_masdar_with_an_object_is_no_attack(pipeline: Any) -> None:
    text = "وقال المتحدث إن المحاولات التي تقوم بها الميليشيات لاجتياح المدينة باءت بالفشل."
    assert types_of(pipeline, text, "اجتياح") == []
    text = "وسيطرت القوات على الحي الذي يعد مدخلا لتحرير المدينة."
    assert types_of(pipeline, text, "تحرير") == []


def test_its_object_is_no_takeover_either(pipeline: Any) -> None:
    text = "واستعدت القوات منذ الليل لاستعادة السيطرة على القاعدة الجوية."
    assert types_of(pipeline, text, "السيطرة") == []
    assert types_of(pipeline, text, "استعادة") == []


def test_undergoing_or_planning_keeps_the_masdar(pipeline: Any) -> None:
    # a verb of undergoing governs the ل: the shelling happened
    assert types_of(pipeline, "وتعرضت الأحياء الشرقية لقصف الطيران الحربي فجر اليوم.", "قصف") == ["ASSAULT"]
    # a plan word: a planned assault, still an event
    text = "وأكملت المقاومة تأهبها لاقتحام المدينة الخضراء."
    assert types_of(pipeline, text, "اقتحام") == ["ASSAULT"]


def test_purposive_object_reads_the_ل_and_the_definite_object(pipeline: Any) -> None:
    toks = tokens_of(pipeline, "تقوم الميليشيات بمحاولات لاجتياح المدينة")
    keys = token_keys(toks)
    i = next(k for k, t in enumerate(toks) if t.core == "اجتياح")
    assert purposive_object(toks, keys, i, i, frozenset())
    assert not purposive_object(toks, keys, i, i, frozenset({keys[i - 1]}))
    toks = tokens_of(pipeline, "تقوم الميليشيات بمحاولات لاجتياح مدينة")
    keys = token_keys(toks)
    i = next(k for k, t in enumerate(toks) if t.core == "اجتياح")
    assert not purposive_object(toks, keys, i, i, frozenset())


# --- now and then ----------------------------------------------------------------------------------------


def test_an_intermittent_habit_is_background(pipeline: Any) -> None:
    text = "وتشن المقاومة بين فترة وأخرى هجمات مسلحة على تجمعات المسلحين."
    assert types_of(pipeline, text, "هجمات") == []
    text = "وتشهد أطراف المدينة مواجهات مسلحة من حين لآخر بين الطرفين."
    assert types_of(pipeline, text, "مواجهات") == []
    text = "وشنت المقاومة هجمات مسلحة على تجمعات المسلحين فجر اليوم."
    assert types_of(pipeline, text, "هجمات") == ["ASSAULT"]


def test_intermittent_reads_the_phrase_before_or_right_after() -> None:
    keys = ["تشن", "مقاومه", "بين", "فتره", "اخري", "هجمات"]
    assert intermittent(keys, 5, 5)
    keys = ["تشهد", "مدينه", "مواجهات", "من", "حين", "اخر"]
    assert intermittent(keys, 2, 2)
    keys = ["تشن", "مقاومه", "بين", "قوات", "اخري", "هجمات"]
    assert not intermittent(keys, 5, 5)


# --- organising a protest --------------------------------------------------------------------------------


def test_organising_protests_is_no_organisation(pipeline: Any) -> None:
    text = "وشكل ناشطون مدنيون لجنة تتولى تنظيم التظاهرات الاحتجاجية في العاصمة بغداد."
    assert types_of(pipeline, text, "التظاهرات") == ["PROTEST"]


# --- takeovers of vague land -----------------------------------------------------------------------------


def test_vague_land_is_a_description_only_in_a_relative_clause(pipeline: Any) -> None:
    text = "وقاتل المتمردون الحوثيون الذين سيطروا على مناطق واسعة في اليمن."
    assert types_of(pipeline, text, "سيطروا") == []
    text = "واقتحمت القوات الأمنية المنطقة أمس وفرضت سيطرتها على أجزاء واسعة منها."
    assert types_of(pipeline, text, "سيطرتها") == ["ASSAULT"]


def test_relative_before() -> None:
    assert relative_before(["حوثيين", "ذين", "سيطروا"], 2)
    assert not relative_before(["قوات", "امس", "فرضت"], 2)


# --- the strikes as an instrument ------------------------------------------------------------------------


def test_strikes_after_ب_are_the_verbs_instrument(pipeline: Any) -> None:
    text = "وذكرت مصادر أن مقاتلات التحالف استهدفت بعدة غارات جوية تجمعا للمسلحين."
    assert [m["trigger"]["text"] for _, m in mentions(pipeline, text)] == ["استهدفت"]
    text = "وقصفت مقاتلات التحالف بعدة غارات جوية مواقع المسلحين."
    assert [m["trigger"]["text"] for _, m in mentions(pipeline, text)] == ["قصفت"]
    # the strikes as the subject name the attack
    text = "واستهدفت إحدى الغارات تجمعا للمسلحين."
    assert [m["trigger"]["text"] for _, m in mentions(pipeline, text)] == ["الغارات"]


def test_instrument_of_needs_ب(pipeline: Any) -> None:
    toks = tokens_of(pipeline, "استهدفت المقاتلات بعدة غارات تجمعا")
    assert instrument_of(toks, 0, 3)
    toks = tokens_of(pipeline, "استهدفت المقاتلات عدة غارات تجمعا")
    assert not instrument_of(toks, 0, 3)


# --- record of attacks -----------------------------------------------------------------------------------


def test_suspects_involvement_in_attacks_is_no_attack(pipeline: Any) -> None:
    text = "واعتقلت الشرطة ثلاثة أشخاص يشتبه في ضلوعهم في اعتداءات إرهابية."
    assert types_of(pipeline, text, "اعتداءات") == []
    text = "ونفذ المسلحون اعتداءات إرهابية على مراكز الشرطة أمس."
    assert types_of(pipeline, text, "اعتداءات") == ["ASSAULT"]


# --- forestalling ----------------------------------------------------------------------------------------


def test_cutting_the_road_before_someone_is_forestalling(pipeline: Any) -> None:
    text = "وشكلنا لجنة لقطع الطريق أمام جهات سياسية تحاول استغلال الحراك."
    assert types_of(pipeline, text, "قطع") == []
    text = "وقطع المحتجون الطريق الرئيسي المؤدي إلى الميناء احتجاجا على انقطاع الكهرباء."
    assert "PROTEST" in types_of(pipeline, text, "قطع")


# --- lexicon entries of the round ------------------------------------------------------------------------


def test_weapons_found_in_a_raid_are_seized(pipeline: Any) -> None:
    text = "وعثرت القوات في المنزل على بندقيتين آليتين وقنبلة يدوية وذخائر."
    assert types_of(pipeline, text, "عثرت") == ["COERCE"]
    assert types_of(pipeline, "وعثرت الشرطة على جثة رجل في الوادي.", "عثرت") == []


def test_bearing_the_responsibility_is_an_allegation(pipeline: Any) -> None:
    text = "واعتبر رئيس الوزراء أن الطرف الذي يتحمل المسؤولية عن التصعيد هو الحركة."
    assert types_of(pipeline, text, "يتحمل") == ["ACCUSE"]
    text = "وقال الرئيس إن الجماعة ربما تكون مسؤولة عن الهجوم."
    assert types_of(pipeline, text, "مسؤولة") == ["ACCUSE"]
    assert types_of(pipeline, "وقال المسؤول عن الملف إن المحادثات مستمرة.", "المسؤول") == []


def test_criticising_participle(pipeline: Any) -> None:
    text = "وتظاهر المئات أمام مقر البعثة، منتقدين المجتمع الدولي لتجاهله الجرائم."
    assert types_of(pipeline, text, "منتقدين") == ["ACCUSE"]


def test_an_announced_truce_is_an_agreement(pipeline: Any) -> None:
    text = "ويأتي ذلك في آخر يوم من أيام الهدنة الإنسانية المعلنة من طرف واحد."
    assert types_of(pipeline, text, "الهدنة") == ["AGREE"]
    assert types_of(pipeline, "وانتقد الوزير الهدنة في كلمته.", "الهدنة") == []


def test_a_pledge_after_a_long_subject_and_a_dated_aside(pipeline: Any) -> None:
    text = "تعهد رئيس إقليم كردستان العراق مسعود بارزاني، اليوم (الاثنين)، بالانتقام من التنظيم."
    assert types_of(pipeline, text, "تعهد") == ["THREATEN"]
    assert types_of(pipeline, "تعهد رئيس الإقليم بدعم المشاريع الزراعية في المحافظة.", "تعهد") == []


# --- modality --------------------------------------------------------------------------------------------


def test_an_alleged_attack_is_possible(pipeline: Any) -> None:
    text = "وقال الرئيس إن قرارات ستتخذ بشأن الهجوم الكيميائي المزعوم على المدينة."
    assert modality_of(pipeline, text, "الهجوم") == ["possible"]
    text = "وقال الرئيس إن الهجوم الكيميائي على المدينة أوقع عشرات القتلى."
    assert modality_of(pipeline, text, "الهجوم") != ["possible"]


# --- kinds, purposes, lifted sanctions, pledges ---------------------------------------------------------


def test_a_kind_of_attack_is_no_attack(pipeline: Any) -> None:
    text = "وقال البيت الأبيض إن الحكومة غير قادرة على شن هجمات من هذا النوع دون مساعدة."
    assert types_of(pipeline, text, "هجمات") == []
    assert types_of(pipeline, "وشن المسلحون هجمات على مواقع الجيش أمس.", "هجمات") == ["ASSAULT"]


def test_a_purpose_before_a_light_verb_is_no_attack(pipeline: Any) -> None:
    text = "وتتوافد التعزيزات إلى المدينة استعدادا لشن هجوم كبير على الميليشيات."
    assert types_of(pipeline, text, "هجوم") == []
    text = "وتتوافد التعزيزات إلى المدينة بعد شن هجوم كبير على الميليشيات."
    assert types_of(pipeline, text, "هجوم") == ["ASSAULT"]


def test_lifted_sanctions_are_no_sanction(pipeline: Any) -> None:
    text = "وتحد إيران من برنامجها النووي مقابل رفع عقوبات اقتصادية عنها."
    assert types_of(pipeline, text, "عقوبات") == []
    text = "وفرض مجلس الأمن عقوبات اقتصادية على ستة من زعماء شبكات التهريب."
    assert "SANCTION" in types_of(pipeline, text, "عقوبات")


def test_a_pledge_to_go_on_fighting_is_a_threat(pipeline: Any) -> None:
    text = "وأكد رئيس الوزراء أن العمليات العسكرية ستستمر حتى يلقي المسلحون السلاح."
    assert types_of(pipeline, text, "تستمر") == ["THREATEN"]
    text = "وقال إن إسرائيل ستواصل العمل لصد العدوان في سوريا."
    assert types_of(pipeline, text, "تواصل") == ["THREATEN"]
    # the present tense, or going on with aid, is no pledge
    assert types_of(pipeline, "وتستمر العمليات العسكرية في المدينة.", "تستمر") == []
    assert types_of(pipeline, "وقال الوزير إن المملكة ستواصل دعم المشاريع التنموية.", "تواصل") == []


def test_the_object_of_a_verb_of_force_after_a_long_subject(pipeline: Any) -> None:
    text = "وطردت المقاومة الشعبية المدعومة من التحالف العربي فجر اليوم ميليشيات الحوثي من الحي."
    assert types_of(pipeline, text, "طردت") == ["ASSAULT"]
    text = "وطردت إدارة المدرسة الأهلية في حي الروضة (شمال العاصمة) التلاميذ المتأخرين."
    assert types_of(pipeline, text, "طردت") == []
    # an agreement verb keeps its short window: its event noun is a trigger of its own
    text = "ووقعت تونس والجزائر، أمس بالعاصمة الجزائرية، اتفاقية تعاون أمني."
    assert len([t for t in types_of(pipeline, text, "") if t == "AGREE"]) == 1


def test_the_battlefield_is_no_battle(pipeline: Any) -> None:
    text = "وقال إن مقاتلي التنظيم تركوا آلافا من جثثهم في ساحات المعارك."
    assert types_of(pipeline, text, "المعارك") == []
    text = "وتواصلت المعارك في ريف المدينة لليوم الثالث."
    assert types_of(pipeline, text, "المعارك") == ["ASSAULT"]
