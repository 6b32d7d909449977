"""Constructions of the sixth round (Gulf, Levantine and Iraqi reporting): armed forces that belong to a
person, a title standing before an unmarked name («للمخلوع علي صالح»), followers («أنصار», «فلول»), a
body named by a common noun before its head's name, a relative verb's unnamed subject, the dual that
stands for a pair named before, a war «بين» two sides, coordinated adjectives, a spokesman of a quoted
or a pronoun body, a name the recogniser ran across «بزعامة», and the new cue words."""

from __future__ import annotations

from typing import Any

import pytest
from relation_checks import analyse, found

from marsad.model import Document


def run(pipeline: Any, text: str) -> Document:
    return analyse(pipeline, text, schema=False)


def test_armed_forces_that_belong_to_a_person_are_loyal_to_him(pipeline: Any) -> None:
    doc = run(pipeline, "وقيادات في الحرس الجمهوري التابع للمخلوع علي عبدالله صالح.")
    assert found(doc, "loyal_to", "الحرس الجمهوري", "علي عبدالله صالح") is not None
    assert found(doc, "member_of", "الحرس الجمهوري", "علي عبدالله صالح") is None


def test_a_title_alone_before_an_unmarked_name_gives_way_to_the_name(pipeline: Any) -> None:
    doc = run(pipeline, "قصف الطيران مواقع للحوثيين والقوات الموالية للمخلوع علي صالح بمدينة لحج.")
    rel = found(doc, "loyal_to", "القوات", "علي صالح")
    assert rel is not None
    assert rel["target"]["text"] == "علي صالح"
    # «الموالية» (feminine singular) agrees with «القوات», not with the human plural «الحوثيين»
    assert found(doc, "loyal_to", "الحوثيين", "علي صالح") is None


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("تتواصل المعارك بين قبائل مأرب وفلول الرئيس المخلوع علي عبد الله صالح منذ أشهر.", "فلول", "علي عبد الله صالح"),
        ("وبدأ أنصار النظام، هناك، حملة على المعارضين.", "أنصار", "النظام"),
    ],
)
def test_followers_are_loyal_to_the_actor_they_follow(pipeline: Any, text: str, src: str, tgt: str) -> None:
    assert found(run(pipeline, text), "loyal_to", src, tgt) is not None


def test_remnants_of_a_group_are_the_group_itself(pipeline: Any) -> None:
    doc = run(pipeline, "وتلاحق القوات فلول الإرهابيين في الصحراء.")
    assert not [r for r in doc.relations if r["type"] == "loyal_to"]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("ووصل رئيس البرلمان عقيلة صالح عيسى إلى القاهرة.", "عقيلة صالح عيسى", "البرلمان"),
        ("وحضر رئيس بعثة الأمم المتحدة في ليبيا غسان سلامة الاجتماع.", "غسان سلامة", "بعثة الأمم المتحدة"),
        ("ووصل زعيم المعارضة المسلحة ريك مشار إلى الخرطوم.", "ريك مشار", "المعارضة المسلحة"),
    ],
)
def test_a_body_by_its_common_noun_before_its_heads_name(pipeline: Any, text: str, src: str, tgt: str) -> None:
    assert found(run(pipeline, text), "leads", src, tgt) is not None


def test_the_unnamed_subject_of_a_relative_verb(pipeline: Any) -> None:
    doc = run(pipeline, "وقال الزعيمان إن التحالف بين ائتلاف النصر الذي يتزعمه العبادي وتحالف سائرون عابر للطائفية.")
    assert found(doc, "leads", "العبادي", "ائتلاف النصر") is not None


def test_a_verbal_noun_is_no_form_of_the_verb_and_the_nearer_meeting_noun_takes_with(pipeline: Any) -> None:
    doc = run(pipeline, "لكن مسؤولا بالتحالف نفى خوض السعودية مفاوضات مع الحوثيين.")
    assert found(doc, "ally", "السعودية", "الحوثيين") is None


@pytest.mark.parametrize(
    ("text", "rtype", "a", "b"),
    [
        (
            "أعلن رئيس الوزراء العراقي حيدر العبادي ورجل الدين مقتدى الصدر السبت تحالفا سياسيا بين كتلتيهما.",
            "ally",
            "حيدر العبادي",
            "مقتدى الصدر",
        ),
        (
            "وقالت مصادر إن السعودية وجماعة الحوثيين المسلحة، تعقدان محادثات سرية.",
            "negotiates_with",
            "السعودية",
            "جماعة الحوثيين",
        ),
    ],
)
def test_a_dual_stands_for_the_pair_named_before(pipeline: Any, text: str, rtype: str, a: str, b: str) -> None:
    assert found(run(pipeline, text), rtype, a, b) is not None


def test_a_war_between_two_sides_and_no_war_without_between(pipeline: Any) -> None:
    doc = run(pipeline, "وتشهد البلاد منذ 2013 حربا أهلية بين القوات الحكومية والمعارضة.")
    assert found(doc, "oppose", "القوات", "المعارضة") is not None
    doc = run(pipeline, "دخلت السعودية والإمارات الحرب في اليمن.")
    assert not [r for r in doc.relations if r["type"] == "oppose"]


def test_a_second_titled_side_after_a_comma(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "أعلن السودان انعقاد مباحثات بين رئيس جنوب السودان سلفاكير ميرديت، وزعيم المعارضة المسلحة ريك مشار، الاثنين.",
    )
    assert found(doc, "negotiates_with", "سلفاكير ميرديت", "ريك مشار") is not None


def test_coordinated_adjectives_describe_one_noun(pipeline: Any) -> None:
    doc = run(pipeline, "ودخل التحالف الحرب لمواجهة نفوذ إيران عدوة الرياض وحليفة الحوثيين.")
    assert found(doc, "oppose", "إيران", "الرياض") is not None
    assert found(doc, "ally", "إيران", "الحوثيين") is not None
    assert found(doc, "ally", "الرياض", "الحوثيين") is None


def test_an_ally_named_by_a_nisba(pipeline: Any) -> None:
    doc = run(pipeline, "نددت إسرائيل وحليفها الأمريكي الأربعاء بتصريحات الرئيس الفلسطيني محمود عباس.")
    assert found(doc, "ally", "إسرائيل", "الأمريكي") is not None
    assert found(doc, "ally", "إسرائيل", "محمود عباس") is None


def test_an_apposition_with_he_describes_the_actor_before_it(pipeline: Any) -> None:
    doc = run(pipeline, "وقعت مشادات مع المنتسبين لسرايا السلام، وهو تنظيم مسلح تابع للزعيم الشيعي مقتدى الصدر.")
    assert found(doc, "loyal_to", "سرايا السلام", "مقتدى الصدر") is not None
    assert found(doc, "member_of", "المنتسبين", "سرايا السلام") is not None


def test_a_spokesman_of_a_quoted_body_and_of_a_pronoun(pipeline: Any) -> None:
    doc = run(pipeline, 'وصرح المتحدث باسم "الجيش الوطني الليبي" بقيادة حفتر أن قواتنا تتقدم.')
    assert found(doc, "member_of", "المتحدث", "الجيش الوطني الليبي") is not None
    doc = run(
        pipeline,
        'كما أعلن "الجيش الوطني الليبي" بقيادة حفتر استعادة الميناء، وصرح المتحدث باسمه العميد أحمد المسماري أن قواتنا تتقدم.',
    )
    assert found(doc, "member_of", "أحمد المسماري", "الجيش الوطني الليبي") is not None


def test_a_name_run_across_a_glued_cue(pipeline: Any) -> None:
    doc = run(pipeline, "ومن بينها كتلة بدر بزعامة هادي العامري وكتلة مستقلون بزعامة حسين الشهرستاني.")
    assert found(doc, "leads", "هادي العامري", "بدر") is not None
    assert found(doc, "leads", "حسين الشهرستاني", "كتلة مستقلون") is not None


@pytest.mark.parametrize(
    ("text", "rtype", "src", "tgt"),
    [
        ("تدخلت الرياض بدعم وتسليح من الولايات المتحدة.", "support", "الولايات المتحدة", "الرياض"),
        ("وطالبت المعارضة السورية برحيل الرئيس بشار الأسد عن السلطة.", "oppose", "المعارضة", "بشار الأسد"),
        ("وأفاد مسؤول في جهاز الاستخبارات بأن الموكب تعرض لإطلاق نار.", "member_of", "مسؤول", "جهاز الاستخبارات"),
        ("وصل لافروف إلى الدوحة حيث استقبله أمير دولة قطر الشيخ تميم بن حمد.", "leads", "تميم بن حمد", "دولة قطر"),
        ("ويرتبط هادي العامري، الذي تربطه علاقات وثيقة مع إيران، بالحشد.", "ally", "هادي العامري", "إيران"),
    ],
)
def test_new_cue_words(pipeline: Any, text: str, rtype: str, src: str, tgt: str) -> None:
    assert found(run(pipeline, text), rtype, src, tgt) is not None


def test_a_meeting_as_the_purpose_of_a_visit(pipeline: Any) -> None:
    doc = run(pipeline, "وصل لافروف مساء أمس إلى الدوحة للقاء أمير دولة قطر الشيخ تميم بن حمد.")
    assert found(doc, "negotiates_with", "لافروف", "تميم بن حمد") is not None
    # the place reached is no side of the meeting
    assert found(doc, "negotiates_with", "الدوحة", "تميم بن حمد") is None


def test_a_relative_verb_between_an_agreement_and_with(pipeline: Any) -> None:
    doc = run(pipeline, "طمأنة دول الخليج بخصوص الاتفاق النووي الذي أبرمته الدول الكبرى مع إيران في فيينا.")
    assert found(doc, "negotiates_with", "الدول", "إيران") is not None


def test_the_first_name_ali_is_no_preposition_after_a_title(pipeline: Any) -> None:
    doc = run(pipeline, "بترشيح قيادي الائتلاف علي الأديب لرئاسة التحالف.")
    assert found(doc, "member_of", "علي الأديب", "الائتلاف") is not None
    doc = run(pipeline, "وأفاد مسؤولون محليون في المحافظة أن الهجوم فشل.")
    assert not [r for r in doc.relations if r["type"] == "leads"]


def test_a_definite_aid_noun_is_not_the_adverb_with_support_from(pipeline: Any) -> None:
    doc = run(pipeline, "ونوه الوزير بالدعم الكبير المقدم من قوات التحالف العربي لليمن.")
    assert found(doc, "support", "قوات التحالف العربي", "الوزير") is None


def test_an_unnamed_armed_group_supported_by_a_state(pipeline: Any) -> None:
    doc = run(pipeline, "وتتقدم الفصائل المدعومة من تركيا نحو منبج.")
    rel = found(doc, "support", "تركيا", "الفصائل")
    assert rel is not None
    assert rel["subtype"] == "military"
    doc = run(pipeline, "بعد أسبوعين من انطلاق عملية السهم الذهبي المسنودة من قوات التحالف.")
    assert not [r for r in doc.relations if r["type"] == "support"]


def test_the_subject_carried_into_a_that_clause_without_one(pipeline: Any) -> None:
    doc = run(pipeline, "ونفت الجزائر أن تكون قد قدمت دعما عسكريا لقوات حفتر.")
    rel = found(doc, "support", "الجزائر", "قوات حفتر")
    assert rel is not None
    assert rel["modality"] == "denied"


@pytest.mark.parametrize(
    ("text", "rtype", "src", "tgt"),
    [
        ("وتحدى الجضران السلطات الانتقالية في طرابلس.", "oppose", "الجضران", "السلطات"),
        ("وتقاتل أحزاب متحالفة مع حزب الله في الانتخابات.", "ally", "أحزاب", "حزب الله"),
        ("وأدى التحالف العسكري للمخلوع مع الحوثيين إلى الحرب.", "ally", "لمخلوع", "الحوثيين"),
        ("وطالبت المعارضة باستقالة رئيس الحكومة يوسف الشاهد.", "oppose", "المعارضة", "يوسف الشاهد"),
        ("وقال ضابط في الجيش الليبي إن القوات تقدمت.", "member_of", "ضابط", "الجيش الليبي"),
    ],
)
def test_more_cue_words(pipeline: Any, text: str, rtype: str, src: str, tgt: str) -> None:
    assert found(run(pipeline, text), rtype, src, tgt) is not None
