"""Event sides, second round of 2026-12-01: the noun an impersonal passive's pronoun resumes, the accused of «اتهم X
Y بـ…», who protests and who quells a protest, a border's «مع», the other side of a clash past the trigger's window
and the other side of a clash before a noun (marsad/events/arg_resumed.py, arg_accused.py, arg_protesters.py,
arg_against.py, arguments.py). The sentences are taken or adapted from SaudiNewsNet and ANT articles."""

from __future__ import annotations

from typing import Any

from event_checks import side


def test_the_noun_an_impersonal_passive_resumes_is_the_target(pipeline: Any) -> None:
    text = "وتشير المعلومات إلى أن المواطن الستيني تم اقتياده للحجز قبل عام ونصف العام."
    assert side(pipeline, text, "اقتياده", "actor2") == "المواطن الستيني"


def test_the_antecedent_of_a_relative_impersonal_passive_is_the_target(pipeline: Any) -> None:
    text = "وأحرز الجيش تقدما كبيرا بعد معارك عنيفة مع الميليشيات التي تم دحرها من عدة مواقع."
    assert side(pipeline, text, "دحرها", "actor2") == "الميليشيات"
    assert side(pipeline, text, "دحرها", "actor1") is None


def test_a_name_under_a_preposition_before_a_new_clause_is_not_resumed(pipeline: Any) -> None:
    text = "ورمضان أستاذ في جامعة أوكسفورد وقد تم توقيفه في 2 شباط/فبراير على خلفية اتهامه."
    assert side(pipeline, text, "توقيفه", "actor2") != "جامعة أوكسفورد"


def test_the_accused_backs_and_the_accuser_only_says_so(pipeline: Any) -> None:
    text = "وتتهم السعودية إيران بدعم الحوثيين بالسلاح، لكن طهران تنفي هذا الاتهام."
    assert side(pipeline, text, "دعم", "actor1") == "إيران"
    assert side(pipeline, text, "دعم", "actor2") == "الحوثيين"


def test_the_accused_after_a_participle_acts(pipeline: Any) -> None:
    text = (
        "وكان المغرب قد أعلن الثلاثاء قطع علاقاته الدبلوماسية مع إيران متهما طهران وحليفها اللبناني جماعة "
        '"حزب الله" الشيعية بدعم جبهة البوليساريو.'
    )
    assert side(pipeline, text, "دعم", "actor1") == "طهران"


def test_a_town_in_the_accusers_description_is_not_the_accused(pipeline: Any) -> None:
    text = "اتهم المجلس البلدي لمدينة مصراتة قوات الكرامة بقصف أحياء سكنية في سرت بالمدفعية الثقيلة."
    assert side(pipeline, text, "قصف", "actor1") == "قوات الكرامة"


def test_the_l_phrase_after_a_protest_noun_protests(pipeline: Any) -> None:
    text = "منع الأمن السوداني، اليوم الأحد، وقفة احتجاجية لأسر المعتقلين أمام وزارة العدل."
    assert side(pipeline, text, "وقفة احتجاجية", "actor1") == "المعتقلين"


def test_the_l_phrase_of_an_adjective_of_stance_does_not_protest(pipeline: Any) -> None:
    text = "وتشهد مدينة كيمنتس تظاهرات معادية لحكومة ميركل."
    assert side(pipeline, text, "تظاهرات", "actor1") is None


def test_who_contains_a_protest_does_not_protest(pipeline: Any) -> None:
    text = "أعلنت الحكومة العراقية السبت اتخاذ إجراءات تنموية لاحتواء الاحتجاجات في جنوب البلاد."
    assert side(pipeline, text, "الاحتجاجات", "actor1") is None


def test_the_neighbour_across_a_border_is_no_target(pipeline: Any) -> None:
    text = "وقتلت القوات الإسرائيلية 17 فلسطينيا في غزة الأسبوع الماضي أثناء احتجاجات بالقرب من الحدود مع إسرائيل."
    assert side(pipeline, text, "احتجاجات", "actor2") is None


def test_the_other_side_of_a_clash_past_the_window_is_the_target(pipeline: Any) -> None:
    text = (
        "قتل 5 أشخاص وأصيب 12 أمس الأحد خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة المعترف بها دوليا "
        "وجماعات مسلحة بحسب ما أعلن مسعفون."
    )
    assert "جماعات" in (side(pipeline, text, "اشتباكات", "actor2") or "")


def test_a_verb_of_praise_keeps_its_subject_before_a_far_between(pipeline: Any) -> None:
    text = (
        "إلى ذلك أشاد تيار الاستقلال بالمباحثات الإيجابية والفعالة بين رئيس الجمهورية عبدالفتاح السيسي والأمير "
        "محمد بن سلمان ولي ولي العهد."
    )
    assert side(pipeline, text, "أشاد", "actor1") == "تيار الاستقلال"


def test_the_other_side_of_an_earlier_clash_is_no_actor(pipeline: Any) -> None:
    text = "ومنذ كانون الثاني/يناير الماضي، أغلقت السلطات السودانية الحدود مع اريتريا وأعلنت حال الطوارئ في ولاية كسلا."
    assert "اريتريا" not in (side(pipeline, text, "حال الطوارئ", "actor1") or "")
