"""The sides of security stories (marsad/events/arg_security.py, marsad/events/arg_counted.py and the subject of
«لقي X مصرعه» in marsad/events/victims.py). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import mention, side

ACTORS = [
    # the troops a mobilisation puts on alert, after «في صفوف»
    ("وتشهد المدينة حالة من الاستنفار في صفوف مقاتلي تنظيم داعش منذ أيام.", "الاستنفار", "مقاتلي تنظيم داعش"),
    # the genitive of a noun of control with «على» after it takes control
    ("وعاد الوزراء إلى المدينة بعد سيطرة المقاومة الشعبية على المطار.", "سيطرة", "المقاومة الشعبية"),
    # the agent after «بواسطة»
    ("وعاد الوفد إلى المدينة بعد تحريرها بواسطة عناصر الجيش الوطني.", "تحريرها", "عناصر الجيش"),
    # who blew himself up: between the verb and «نفسه», between «أن» and the verb, after «قيام»
    ("وقال المتحدث إن قوات الأمن حاصرت المنزل ففجر أحدهما نفسه داخله.", "فجر", "أحدهما"),
    ("وأعلنت الوزارة أن مشتبها به فجر نفسه قرب الحدود.", "فجر نفسه", "مشتبها به"),
    ("وأعلنت وزارة الداخلية عن قيام إرهابي بتفجير نفسه في المدينة.", "تفجير", "إرهابي"),
    # «تنظيم» before a protest noun is "organising": the organiser is the genitive before it
    ("وأبلغ الناشط السفير بعزم أنصار الحزب تنظيم التظاهرة يوم الجمعة.", "التظاهرة", "الحزب"),
    # the genitive of a noun of control past its adjective, after a channel told the news
    (
        'وكان المتحدث أعلن لـ"قناة الغد"، الخميس، استعادة القوات المسلحة السيطرة على الميناء.',
        "استعادة",
        "القوات",
    ),
    # the agent after «من» of a noun with its object pronoun
    ("وفر المشتبه به إثر مطاردته من قوات الأمن في المنطقة الجبلية.", "مطاردته", "قوات الأمن"),
    # «جهاديون» names an actor
    ("وفي مارس 2016 هاجم جهاديون مقرات أمنية في المدينة.", "هاجم", "جهاديون"),
    # the crowd after a protest verb, not the name before it
    ("وتزامنا مع ذكرى سقوط المدينة بيد داعش تظاهر أمس مئات النازحين أمام مقر الأمم المتحدة.", "تظاهر", "مئات"),
    # one plural side after «بين» fought on both sides
    ("وقتل عشرات الأشخاص في اشتباكات بين المليشيات المتناحرة في العاصمة.", "اشتباكات", "المليشيات"),
]


@pytest.mark.parametrize(("text", "trigger", "actor"), ACTORS)
def test_actor_of_security_events(pipeline: Any, text: str, trigger: str, actor: str) -> None:
    got = side(pipeline, text, trigger, "actor1")
    assert got is not None and actor in got


TARGETS = [
    # the subject of «لقي» up to the noun of death, past a long description and a comma
    ("ولقي قيادي بارز في الجماعة المسلحة بالمدينة، مصرعه في غارة جوية أمس.", "غارة", "قيادي بارز"),
    ("ولقي سائق شاحنة مصرعه جراء قصف على الطريق الساحلي.", "قصف", "سائق"),
    # counted people an arrest, a ban or a trial falls on
    ("وبحسب الأسر، تم توقيف عدد من المحتجين في الساحة.", "توقيف", "عدد من المحتجين"),
    ("واعتقلت الشرطة عددا آخر من المشاركات في المسيرة.", "اعتقلت", "عددا آخر من المشاركات"),
    ("وقررت الوزارة منع ثلاثة آخرين من الخطابة في المساجد.", "منع", "ثلاثة آخرين"),
    # a name the tagger missed, set off by commas after a title and its description
    ("وألقت الشرطة القبض على القيادي السابق في الحزب، محمود سالم العبد، أمس.", "القبض", "محمود سالم العبد"),
    # who control was taken from, after «من أيدي»
    (
        "وأعلن الجيش استعادة القوات المسلحة السيطرة على الميناء من أيدي الميليشيات المتشددة.",
        "استعادة",
        "الميليشيات",
    ),
    # the genitive of a release is who was released
    ("وقالت الوكالة إن إطلاق سراح السجناء السياسيين يدعم الحوار.", "إطلاق سراح", "السجناء"),
]


@pytest.mark.parametrize(("text", "trigger", "target"), TARGETS)
def test_target_of_security_events(pipeline: Any, text: str, trigger: str, target: str) -> None:
    got = side(pipeline, text, trigger, "actor2")
    assert got is not None and target in got


NO_ACTOR = [
    # a social network is where a statement was posted
    ("وكتب الناشط على صفحته في فيسبوك أنه يلقى القبض عليه الآن.", "القبض"),
    # the channel an announcement was made to
    ('وأعلن المتحدث لـ"قناة الغد" استعادة الميناء أمس.', "استعادة"),
    # a protest that dates the clause before it is not marched by that clause's sides
    ("وشنت قوات الأمن حملة على زعماء المعارضة بعد اندلاع احتجاجات متفرقة في العاصمة.", "احتجاجات"),
    # a place before «شهدت» saw the clashes
    ("وكانت العاصمة طرابلس شهدت اشتباكات عنيفة الأسبوع الماضي.", "اشتباكات"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_ACTOR)
def test_no_actor_in_security_events(pipeline: Any, text: str, trigger: str) -> None:
    assert side(pipeline, text, trigger, "actor1") is None


NOT_COUNTED = [
    # a count of goods or of time names no side
    ("وتمكنت الشرطة من ضبط 4 سيارات محملة بالمخدرات.", "ضبط"),
    ("وقضت المحكمة بحبس المتهم ثلاث سنوات.", "حبس"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_COUNTED)
def test_counts_of_goods_and_time_are_no_target(pipeline: Any, text: str, trigger: str) -> None:
    got = side(pipeline, text, trigger, "actor2")
    assert got is None or not any(w in got for w in ("سيارات", "سنوات"))


def test_both_sides_after_between_are_no_single_side(pipeline: Any) -> None:
    # «بين الطرفين» refers to the two sides named before: no actor of its own
    text = "واندلعت معارك عنيفة بين الطرفين في محيط المدينة."
    got = side(pipeline, text, "معارك", "actor1")
    assert got is None or "الطرفين" not in got


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # «كما أعلنت X» closing the sentence attributes the event
        ("وقتل مسلح في اشتباك مع الجيش قرب الحدود كما أعلنت وزارة الدفاع.", "reported"),
        # after a comma «كما» is "also": a second announcement, the first event stays the paper's
        ("وقتل مسلح في اشتباك مع الجيش قرب الحدود، كما أعلنت وزارة الدفاع اعتقال آخرين.", "asserted"),
    ],
)
def test_trailing_attribution(pipeline: Any, text: str, modality: str) -> None:
    assert mention(pipeline, text, "اشتباك")["modality"] == modality
