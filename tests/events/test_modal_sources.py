"""Attribution constructions of the modality coder (marsad/events/modal_sources.py and the passive carry of
modal_carry.py): speech verbs in every form, «قد تم», events named in the source's description, a past verb
with a later date in its object. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from event_checks import mention

CASES = [
    # the feminine and plural of «صرح», «أبلغ … بأن» and the participles that go on with a statement
    ("صرحت الخارجية الأربعاء بأنها اعترضت على اتهامات وجهتها إليها الرباط.", "اتهامات", "reported"),
    ("وصرح المتحدث بأن الشرطة اعتقلت ثلاثة مشتبهين في الحي.", "اعتقلت", "reported"),
    ("وأبلغ المحامي الصحيفة بأن المحكمة أصدرت حكما بسجن موكليه.", "حكما", "reported"),
    ("وأشاد الوزير بأداء الجيش، لافتا إلى أن قواته تصدت لهجوم على الحدود.", "تصدت", "reported"),
    # «قد تم» is done, not a hedge; «قد» before an imperfect still hedges
    ("وبحسب بيان مشترك صادر عن الوفود، فقد تم الاتفاق على وضع الأسس الدستورية للانتخابات.", "الاتفاق", "reported"),
    ("وقد تم اعتقال المتهمين في منزلهم بالحي الشرقي.", "اعتقال", "asserted"),
    ("قد تشن الطائرات غارات جديدة على المنطقة.", "غارات", "possible"),
    # an event in the source's description is the statement's occasion; in its content it is reported
    ("وحسب البيان الصادر عقب نهاية الاجتماعات، أكد المشاركون على ضرورة توحيد الجيش.", "الاجتماعات", "asserted"),
    ("وحسب بيان الجيش الصادر بعد الغارات، قتل عشرون مسلحا في المدينة.", "الغارات", "asserted"),
    ("وحسب البيان، قصفت الطائرات مواقع المسلحين في الجبل.", "قصفت", "reported"),
    # «نقل» after a passive light verb moves someone; with «عن» it reports
    ("وجرى نقل الجرحى إلى المستشفى، في حين اعتقلت الشرطة عددا من المتظاهرين.", "اعتقلت", "asserted"),
    ("ونقلت الوكالة عن مصدر أمني أن الشرطة اعتقلت عددا من المتظاهرين.", "اعتقلت", "reported"),
    # the verb «نقل» with no «عن» and no content after it moves something; with its content it reports
    ("ونقلت القوات معداتها إلى المعبر بعد الهجوم على الموقع.", "الهجوم", "asserted"),
    ("ونقل مراسلنا أن الطائرات قصفت الموقع.", "قصفت", "reported"),
    # a later date in the object of a past verb does not plan the verb's event
    ("اتفقت الأطراف الليبية على إجراء انتخابات رئاسية في العاشر من ديسمبر القادم.", "اتفقت", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES)
def test_modality_of_attribution_constructions(pipeline: Any, text: str, trigger: str, modality: str) -> None:
    assert mention(pipeline, text, trigger)["modality"] == modality


@pytest.mark.parametrize(
    ("second", "trigger", "modality"),
    [
        # a passive names no speaker: what it tells goes on with the source's account, whatever its type
        ("كما تم الاتفاق على مواصلة الاجتماعات في القاهرة.", "الاتفاق", "reported"),
        # what the speaker does by speaking stays its own act
        ("كما دعا المتحدث إلى الحوار بين الأطراف.", "دعا", "asserted"),
        # so is a decision of the speaking body
        ("كما قررت الحكومة منع ثلاثة أئمة من الخطابة في المساجد.", "منع", "asserted"),
        ("كما اعتقلت الشرطة ثلاثة مشتبهين في الحي.", "اعتقلت", "reported"),
    ],
)
def test_passive_goes_on_with_a_statement(pipeline: Any, second: str, trigger: str, modality: str) -> None:
    text = "وأعلن المتحدث باسم الحكومة أن الجيش استعاد السيطرة على المدينة.\n" + second
    assert mention(pipeline, text, trigger)["modality"] == modality
