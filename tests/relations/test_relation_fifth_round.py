"""Constructions of the fifth round: a meeting held by a verb whose subject is far from the meeting noun
(«أجرى وفد … مشاورات … مع»), a «مع» past a time and a place, the seat of a body («مقر X في Y», «قاعدة
عسكرية تركية في», «تتخذ من طرابلس مقرا لها»), the agent of a verbal noun after a preposition («إلى شن
الولايات المتحدة غارات لمساندة …»), a verbal attack («شن X هجوما على Y») and a name that ran into a
relative pronoun; and no denied or ended relation reported as current."""

from __future__ import annotations

from typing import Any

from relation_checks import analyse, found

from marsad.model import Document


def run(pipeline: Any, text: str) -> Document:
    return analyse(pipeline, text, schema=False)


def test_the_subject_of_a_verb_that_holds_the_talks(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "أجرى وفد مشترك من ائتلاف دولة القانون برئاسة حسن السنيد وائتلاف الفتح برئاسة النائب أحمد الأسدي"
        " مشاورات السبت في أربيل مع مسعود البارزاني.",
    )
    assert found(doc, "negotiates_with", "وفد", "مسعود البارزاني") is not None
    # the last name before the meeting noun is inside the subject, not the side that meets
    assert found(doc, "negotiates_with", "أحمد الأسدي", "مسعود البارزاني") is None


def test_with_past_a_time_and_a_place(pipeline: Any) -> None:
    doc = run(pipeline, "وأجرت الحكومة السودانية محادثات الأسبوع الماضي في جوبا مع الحركة الشعبية.")
    assert found(doc, "negotiates_with", "الحكومة السودانية", "الحركة الشعبية") is not None


def test_no_partner_past_a_noun_that_takes_the_with(pipeline: Any) -> None:
    doc = run(pipeline, "وعقد المجلس الرئاسي اجتماعا حول العلاقات مع تركيا.")
    assert found(doc, "negotiates_with", "المجلس الرئاسي", "تركيا") is None


def test_a_denied_meeting_is_not_current(pipeline: Any) -> None:
    doc = run(pipeline, "ونفت الحكومة إجراء محادثات مع الحوثيين.")
    rel = found(doc, "negotiates_with", "الحكومة", "الحوثيين")
    assert rel is not None
    assert rel["modality"] == "denied"


def test_the_seat_of_a_body(pipeline: Any) -> None:
    doc = run(pipeline, "وعقد الاجتماع في مقر الأمم المتحدة في جنيف.")
    rel = found(doc, "located_in", "الأمم المتحدة", "جنيف")
    assert rel is not None
    assert rel["modality"] == "asserted"


def test_a_base_named_by_a_nationality(pipeline: Any) -> None:
    doc = run(pipeline, "وافتتحت قاعدة عسكرية تركية في قطر عام 2015.")
    assert found(doc, "located_in", "تركية", "قطر") is not None


def test_a_seat_taken_in_a_relative_clause(pipeline: Any) -> None:
    doc = run(pipeline, "وتعترف الأمم المتحدة بحكومة الوفاق التي تتخذ من طرابلس مقرا لها.")
    assert found(doc, "located_in", "حكومة الوفاق", "طرابلس") is not None
    assert found(doc, "located_in", "الأمم المتحدة", "طرابلس") is None


def test_a_seat_with_a_pronoun_and_a_place_word(pipeline: Any) -> None:
    doc = run(pipeline, "وتعمل الفرقة تحت قيادة الجيش، ومقرها في مدينة حلب.")
    assert found(doc, "located_in", "الفرقة", "حلب") is not None


def test_a_former_seat_is_ended(pipeline: Any) -> None:
    doc = run(pipeline, "وانتقلت البعثة الأممية من مقرها السابق في تونس إلى طرابلس.")
    rel = found(doc, "located_in", "البعثة الأممية", "تونس")
    assert rel is not None
    assert rel["modality"] == "ended"


def test_no_seat_without_a_seat_noun(pipeline: Any) -> None:
    # where a body met is no place where it sits; «المكتب السياسي» with the article names a body
    doc = run(pipeline, "واجتمع المجلس الرئاسي في طرابلس أمس.")
    assert not [r for r in doc.relations if r["type"] == "located_in"]
    doc = run(pipeline, "وقال عضو المكتب السياسي لحركة حماس في الدوحة إن الحوار مستمر.")
    assert not [r for r in doc.relations if r["type"] == "located_in"]


def test_the_agent_of_a_verbal_noun_after_a_preposition(pipeline: Any) -> None:
    doc = run(pipeline, "وتعرض المقاتلون للنيران مما أدى إلى شن الولايات المتحدة غارات جوية لمساندة تلك القوات.")
    rel = found(doc, "support", "الولايات المتحدة", "القوات")
    assert rel is not None
    assert rel["subtype"] == "military"


def test_a_verbal_attack_is_opposition(pipeline: Any) -> None:
    doc = run(pipeline, "شن أسامة النجيفي هجوما على حكومة العبادي.")
    assert found(doc, "oppose", "أسامة النجيفي", "حكومة العبادي") is not None


def test_an_armed_attack_is_no_opposition_relation(pipeline: Any) -> None:
    doc = run(pipeline, "وشنت القوات الحكومية هجوما على مواقع تنظيم داعش في الموصل.")
    assert not [r for r in doc.relations if r["type"] == "oppose"]
    doc = run(pipeline, "وشن تنظيم داعش هجوما على قوات سوريا الديمقراطية.")
    assert not [r for r in doc.relations if r["type"] == "oppose"]


def test_an_exception_particle_is_no_end(pipeline: Any) -> None:
    from marsad.events.coder import Candidate
    from marsad.relations.ends import particle

    assert particle(Candidate(0, 0, 0, 3, "إلا", None, None, False))


def test_a_name_stops_before_its_relative_pronoun(pipeline: Any) -> None:
    doc = run(pipeline, "وتدعم إيران حزب الدعوة الذي يقوده نوري المالكي.")
    rel = found(doc, "leads", "نوري المالكي", "حزب الدعوة")
    assert rel is not None
    assert rel["target"]["text"] == "حزب الدعوة"
    doc = run(pipeline, "وانتقل إلى حزب الدعوة الذي يترأسه نوري المالكي.")
    assert found(doc, "leads", "نوري المالكي", "حزب الدعوة") is not None


def test_one_side_against_each_of_the_other(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "ودعا نتنياهو إلى تعديل الاتفاق الذي أبرم في عام 2015 بين إيران من جهة وكل من بريطانيا والصين وفرنسا"
        " من جهة أخرى.",
    )
    for other in ("بريطانيا", "الصين", "فرنسا"):
        assert found(doc, "negotiates_with", "إيران", other) is not None
    # the members of one side are not in talks with each other
    assert found(doc, "negotiates_with", "بريطانيا", "الصين") is None


def test_every_pair_of_a_dispute_between_three(pipeline: Any) -> None:
    doc = run(pipeline, "وشكل استغلال مياه نهر النيل مصدرا للخلافات بين مصر والسودان وإثيوبيا.")
    for a, b in (("مصر", "السودان"), ("مصر", "إثيوبيا"), ("السودان", "إثيوبيا")):
        assert found(doc, "oppose", a, b) is not None


def test_a_leader_after_the_body_he_leads(pipeline: Any) -> None:
    doc = run(pipeline, "ويرأس الوفد المصري وزير الخارجية سامح شكري، ويرافقه وزير الري.")
    rel = found(doc, "leads", "سامح شكري", "الوفد المصري")
    assert rel is not None
    assert rel["source"]["text"] == "سامح شكري"


def test_an_ally_joined_by_wa_to_the_actor_before(pipeline: Any) -> None:
    doc = run(pipeline, "في وقت تسعى إسرائيل إلى منع إيران وحليفها حزب الله اللبناني من إرساء وجود عسكري في سوريا.")
    assert found(doc, "ally", "إيران", "حزب الله") is not None
    assert found(doc, "ally", "إسرائيل", "حزب الله") is None


def test_they_are_allies_of(pipeline: Any) -> None:
    doc = run(
        pipeline,
        'وقال إن "أوضاع اليمن ترجع إلى تدبير الحوثيين لانقلاب في البلاد، وإنهم يريدون الهيمنة على بلد يبلغ تعداد'
        ' سكانه 28 مليون نسمة. وهم حلفاء لإيران وجماعة حزب الله اللبنانية".',
    )
    rel = found(doc, "ally", "الحوثيين", "إيران")
    assert rel is not None
    assert rel["modality"] == "reported"
    assert found(doc, "ally", "حلفاء", "إيران") is None


def test_verbs_chained_by_wa_describe_one_actor(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "وشهد اليمن حملة مكثفة من القصف يشنها تحالف تقوده السعودية ويضم عشر دول، وتدعمه بريطانيا والولايات المتحدة.",
    )
    assert found(doc, "leads", "السعودية", "تحالف") is not None
    assert found(doc, "member_of", "دول", "تحالف") is not None
    assert found(doc, "support", "بريطانيا", "تحالف") is not None
    assert found(doc, "support", "الولايات المتحدة", "تحالف") is not None
    assert found(doc, "member_of", "دول", "السعودية") is None


def test_a_group_with_no_name_before_a_verb_with_its_pronoun(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "كما ضربت قوافل وقواعد لفصائل مسلحة تدعمها إيران وتقاتل إلى جانب قوات الرئيس السوري بشار الأسد.",
    )
    assert found(doc, "support", "إيران", "فصائل مسلحة") is not None
    # the aid event's recipient is no second reading of the same cue
    assert found(doc, "support", "إيران", "قوات الرئيس السوري بشار الأسد") is None


def test_a_telephone_call(pipeline: Any) -> None:
    doc = run(pipeline, "وأجرى الرئيس عبد المجيد تبون اتصالات هاتفية مع الرئيس التونسي قيس سعيد.")
    assert found(doc, "negotiates_with", "عبد المجيد تبون", "قيس سعيد") is not None


def test_a_deputy_director_is_a_member(pipeline: Any) -> None:
    doc = run(pipeline, "وقال نائب مدير جهاز المخابرات العامة محمد علي إن الوضع مستقر.")
    assert found(doc, "member_of", "محمد علي", "جهاز المخابرات العامة") is not None
    assert found(doc, "leads", "محمد علي", "جهاز المخابرات العامة") is None


def test_fighters_of_a_named_movement_stand_for_it(pipeline: Any) -> None:
    doc = run(pipeline, "ولم يترك صالح الساحة السياسية، ولكنه تحالف مع المقاتلين من حركة الحوثيين.")
    rel = found(doc, "ally", "صالح", "حركة الحوثيين")
    assert rel is not None
    assert rel["target"]["text"] == "حركة الحوثيين"


def test_the_visitor_meets_where_he_goes(pipeline: Any) -> None:
    doc = run(pipeline, "ووصل وزير الخارجية الجزائري رمطان لعمامرة إلى الرياض حيث التقى الملك سلمان بن عبد العزيز.")
    rel = found(doc, "negotiates_with", "رمطان لعمامرة", "سلمان بن عبد العزيز")
    assert rel is not None
    assert rel["modality"] == "asserted"


def test_a_meeting_in_the_future_is_hypothetical(pipeline: Any) -> None:
    doc = run(pipeline, "يزور نتنياهو موسكو في الأسبوع المقبل، حيث سيلتقي الرئيس الروسي فلاديمير بوتين.")
    rel = found(doc, "negotiates_with", "نتنياهو", "فلاديمير بوتين")
    assert rel is not None
    assert rel["modality"] == "hypothetical"
    doc = run(pipeline, "وستدعم تركيا حكومة الوفاق.")
    rel = found(doc, "support", "تركيا", "حكومة الوفاق")
    assert rel is not None
    assert rel["modality"] == "hypothetical"
