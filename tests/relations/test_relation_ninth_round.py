"""Constructions of the ninth round: a spokesman's unmarked name between commas, a leader's title after
«باسم» (someone else's title), the one «لاسيما» singles out of a plural side, «أحد مشايخ/العسكريين في …»
with the body widened over what the recogniser cut off, support stated by the receiver («تتلقى … أسلحة
من»), a kin noun with an adjective and the person named after the relative, «وتقاتل إلى جانب» chained to
a relative verb, the parts a bracket lists after a whole, and a «وهو» apposition after a quotation."""

from __future__ import annotations

from typing import Any

from relation_checks import analyse, found

from marsad.model import Document


def run(pipeline: Any, text: str) -> Document:
    return analyse(pipeline, text, schema=False)


def test_a_spokesmans_unmarked_name_between_commas(pipeline: Any) -> None:
    doc = run(pipeline, "وقال المتحدث الرسمي باسم داخلية حماس، إياد البزم، في مؤتمر صحفي إن التحقيق مستمر.")
    rel = found(doc, "member_of", "إياد البزم", "حماس")
    assert rel is not None
    assert rel["source"]["text"] == "إياد البزم"
    # a clause after the comma is no name
    doc = run(pipeline, "وقال المتحدث باسم حماس، إن الحركة سترد.")
    assert not any(r["source"]["text"].startswith("إن") for r in doc.relations)


def test_a_leaders_title_after_by_name_is_someone_elses(pipeline: Any) -> None:
    doc = run(pipeline, "حسبما أعلن الناطق باسم القائد العام للقوات المسلحة الليبية، العميد أحمد المسماري.")
    assert found(doc, "leads", "أحمد المسماري", "القوات المسلحة") is None


def test_the_one_singled_out_of_a_plural_side(pipeline: Any) -> None:
    doc = run(pipeline, "وتوقعت المصادر صدامات بين حلفاء حزب الله، لاسيما رئيس مجلس النواب نبيه بري.")
    assert found(doc, "ally", "نبيه بري", "حزب الله") is not None
    assert found(doc, "ally", "حلفاء", "حزب الله") is None
    assert found(doc, "ally", "المصادر", "حزب الله") is None
    doc = run(pipeline, "وهاجم خصوم حركة النهضة، وخاصة حزب نداء تونس، الحكومة.")
    assert found(doc, "oppose", "حزب نداء تونس", "حركة النهضة") is not None
    # «خاصة» without و is the adjective, it singles no one out
    doc = run(pipeline, "وانتشر حلفاء حزب الله في قوات خاصة الجيش اللبناني.")
    assert found(doc, "ally", "الجيش اللبناني", "حزب الله") is None


def test_one_of_a_bodys_chiefs(pipeline: Any) -> None:
    doc = run(pipeline, "وقال الشيخ محمد العامري، أحد مشايخ عبيدة مأرب، إن القبائل ستقاتل.")
    rel = found(doc, "member_of", "محمد العامري", "عبيدة")
    assert rel is not None
    assert rel["target"]["text"] == "عبيدة مأرب"  # the tribe, not the town alone
    doc = run(pipeline, "وقال الشيخ عبد الله أحد العسكريين في غرفة عمليات جيش الفتح إن الثوار انسحبوا.")
    rel = found(doc, "member_of", "عبد الله", "جيش الفتح")
    assert rel is not None
    assert "غرفة" in rel["target"]["text"]


def test_support_stated_by_the_receiver(pipeline: Any) -> None:
    doc = run(pipeline, "وتتلقى الميليشيات المسلحة في مصراتة أسلحة وذخائر من تركيا عبر ميناء المدينة.")
    rel = found(doc, "support", "تركيا", "الميليشيات")
    assert rel is not None
    assert rel["subtype"] == "military"
    doc = run(pipeline, "ويتلقى الحوثيون دعما عسكريا من إيران.")
    rel = found(doc, "support", "إيران", "الحوثيون")
    assert rel is not None
    assert rel["subtype"] == "military"
    doc = run(pipeline, "اتهم الجيش السوداني قوات الدعم السريع بقيادة محمد حمدان دقلو بتلقي أسلحة من جهات خارجية.")
    assert found(doc, "support", "جهات خارجية", "قوات") is not None
    assert found(doc, "support", "جهات خارجية", "محمد حمدان دقلو") is None
    doc = run(pipeline, "وقال الحوثيون إنهم يؤكدون عدم تلقي أي مساعدة من طهران.")
    rel = found(doc, "support", "طهران", "الحوثيون")
    assert rel is not None
    assert rel["modality"] == "denied"
    # a call or an invitation received is no support
    doc = run(pipeline, "وتلقى الرئيس عبد ربه منصور هادي اتصالا هاتفيا من أمير قطر.")
    assert not any(r["type"] == "support" for r in doc.relations)


def test_a_kin_noun_with_an_adjective_and_the_name_after(pipeline: Any) -> None:
    doc = run(pipeline, "وذكر المصدر أن الشقيق الأصغر للملا عمر الملا عبدالله منان، دعا إلى اجتماع.")
    assert found(doc, "family", "عبدالله منان", "ملا عمر") is not None
    doc = run(pipeline, "التقى أحمد الشقيق الأصغر للرئيس بشار الأسد بالوفد.")
    assert found(doc, "family", "أحمد", "بشار الأسد") is not None


def test_fighting_beside_in_a_chain_of_relative_verbs(pipeline: Any) -> None:
    doc = run(pipeline, "وضربت إسرائيل قواعد لفصائل مسلحة تدعمها إيران وتقاتل إلى جانب قوات الرئيس السوري بشار الأسد.")
    assert found(doc, "support", "إيران", "فصائل مسلحة") is not None
    assert found(doc, "ally", "فصائل مسلحة", "قوات الرئيس") is not None
    assert found(doc, "ally", "إيران", "قوات الرئيس") is None


def test_the_parts_a_bracket_lists(pipeline: Any) -> None:
    text = "رئاسة التحالف يجب أن تكون للائتلاف الوطني (المجلس الأعلى والتيار الصدري) في حال أردنا العمل."
    doc = run(pipeline, text)
    assert found(doc, "member_of", "المجلس", "ائتلاف") is not None
    assert found(doc, "member_of", "التيار", "ائتلاف") is not None
    # an abbreviation, a plain plural or a body after «في» is no whole of the list
    doc = run(pipeline, "وصلت الهيئة الحكومية للتنمية (إيغاد) إلى الخرطوم.")
    assert not any(r["type"] == "member_of" for r in doc.relations)
    doc = run(pipeline, "وطالبت الدول الأربع (السعودية والإمارات ومصر والبحرين) قطر بقطع علاقاتها.")
    assert not any(r["type"] == "member_of" for r in doc.relations)
    doc = run(pipeline, "بحضور الدول الخمس الدائمة العضوية في مجلس الأمن (روسيا والصين وفرنسا).")
    assert not any(r["type"] == "member_of" for r in doc.relations)


def test_a_he_apposition_after_a_quotation(pipeline: Any) -> None:
    text = 'وأشار المسؤول إلى "مشادات مع المنتسبين لسرايا السلام" وهو تنظيم مسلح تابع للزعيم الشيعي مقتدى الصدر.'
    doc = run(pipeline, text)
    assert found(doc, "loyal_to", "سرايا السلام", "مقتدى الصدر") is not None
    assert found(doc, "member_of", "مسلح", "مقتدى الصدر") is None
