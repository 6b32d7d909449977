"""Places: recall rules of the scan and the retyping (locative particles with a glued conjunction,
destinations, list items, curated names the tagger cut into a person), quarters named by common words,
quoted names of outlets and organisations, and the curated border governorates and quarters.

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, place_at, stage

from marsad.geo import _locative
from marsad.geo.gazetteer import load_places, name_key
from marsad.geo.quotes import quoted_name
from marsad.model import Mention
from marsad.text.tokens import tokenize


def _index(toks: list, word: str) -> int:
    return next(i for i, t in enumerate(toks) if t.text == word)


def test_locative_particles_with_a_glued_conjunction_and_destinations() -> None:
    toks = tokenize("وفي مدنين احتجاجات وتوجهت قافلة نحو تازربو وقالت عائلة سلمى")
    assert _locative(toks, _index(toks, "مدنين"))
    assert _locative(toks, _index(toks, "تازربو"))
    assert not _locative(toks, _index(toks, "سلمى"))


def test_a_town_after_wa_fi_is_scanned_without_a_tagger_entity() -> None:
    text = "وفي مدنين وتطاوين، احتج عشرات الشبان على غلق المعبر."
    doc = stage()(make_doc(text, []))
    medenine = place_at(doc, "مدنين")
    assert medenine is not None and medenine.country_code == "TN" and medenine.lat is not None


def test_a_town_the_tagger_called_a_person_is_retyped_once_the_scan_names_its_country() -> None:
    text = "وتوجهت قافلة مساعدات من الكفرة نحو تازربو، فيما بقي الطريق إلى سبها مقطوعاً."
    doc = stage()(make_doc(text, [("تازربو", "PER")]))
    tazirbu = place_at(doc, "تازربو")
    assert tazirbu is not None and tazirbu.country_code == "LY" and tazirbu.lat is not None


def test_a_curated_name_takes_in_the_person_the_tagger_cut_from_it() -> None:
    text = "تمكنت وحدة للجيش من توقيف ثلاثة مهربين بتمنراست وبرج باجي مختار، وحجز مركبات."
    doc = stage()(make_doc(text, [("تمنراست", "LOC"), ("باجي مختار", "PER")]))
    bbm = place_at(doc, "برج باجي مختار")
    assert bbm is not None and bbm.latin == "Bordj Badji Mokhtar"  # the town, not the weak bare wilaya
    assert not any(e.text == "باجي مختار" and e.type == "PER" for e in doc.entities)


def test_a_person_outside_a_curated_name_stays_a_person() -> None:
    text = "وصل وزير الداخلية محمد مختار إلى تمنراست أمس."
    doc = stage()(make_doc(text, [("محمد مختار", "PER"), ("تمنراست", "LOC")]))
    assert any(e.text == "محمد مختار" and e.type == "PER" for e in doc.entities)


def test_a_quarter_named_by_a_common_definite_word_lies_in_its_city() -> None:
    text = "أعدم التنظيم أربعة أشخاص في حريتان بحي الشعار في مدينة حلب أمس."
    doc = stage()(make_doc(text, [("حلب", "GPE")]))
    quarter = place_at(doc, "الشعار")
    assert quarter is not None and quarter.country_code == "SY" and quarter.precision == "near"


def test_a_common_definite_word_after_mintaqa_is_still_no_name() -> None:
    text = "وقال المسؤول إن منطقة الشعار شهدت هدوءا في حلب."
    doc = stage()(make_doc(text, [("حلب", "GPE")]))
    assert place_at(doc, "الشعار") is None


def _mention(text: str, surface: str) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, "GPE", 0)


def test_quoted_names_of_outlets_and_organisations_are_no_places() -> None:
    text = 'وأفاد ناشطون لشبكة "سوريا مباشر" أن الطائرة سقطت. وقال لـ"الرياض" المتحدث إن "مجلس شورى درنة" انحل.'
    assert quoted_name(text, _mention(text, "سوريا"))
    assert quoted_name(text, _mention(text, "الرياض"))
    assert quoted_name(text, _mention(text, "درنة"))


def test_quoted_places_and_titles_ending_in_a_place_stay_places() -> None:
    text = 'هاجم مسلحون مخفرا في قضاء "دوغو بيازيد" شرق تركيا، ونشر كتاب بعنوان "رسائل سرت" أمس.'
    assert not quoted_name(text, _mention(text, "دوغو بيازيد"))
    assert not quoted_name(text, _mention(text, "سرت"))
    speech = 'وقال المتحدث: "إن قواتنا تتقدم بثبات نحو مركز مدينة سرت من ثلاثة محاور" أمس.'
    assert not quoted_name(speech, _mention(speech, "سرت"))


def test_a_quoted_organisation_drops_out_of_the_places() -> None:
    text = 'وأعلن الشاعري عن حل ما كان يسمى "مجلس شورى درنة" في مدينة درنة.'
    doc = stage()(make_doc(text, [("درنة", "GPE")]))
    derna = [p for p in doc.places if p.latin == "Derna"]
    assert len(derna) == 1 and len(derna[0].mentions) == 1


def test_a_common_word_known_only_by_its_country_gets_no_latin_town() -> None:
    text = "وأفاد مصدر أمني مسؤول بمديرية أمن مطروح أن المضبوطين من جنسيات مختلفة."
    doc = stage()(make_doc(text, [("أمن", "LOC"), ("مطروح", "GPE")]))
    security = place_at(doc, "أمن")
    assert security is None or not security.source.startswith("latin:")


def test_curated_border_governorates_and_quarters() -> None:
    g = load_places()
    for name, latin, cc in [
        ("صامطة", "Samtah", "SA"),
        ("شرورة", "Sharurah", "SA"),
        ("محافظة فيفا", "Fayfa", "SA"),
        ("الشيخ مقصود", "Sheikh Maqsoud", "SY"),
        ("القابون", "Qaboun", "SY"),
        ("دوغو بيازيد", "Doğubayazıt", "TR"),
        ("منارة الحدباء", "al-Hadba minaret", "IQ"),
        ("الراشيدية", "Errachidia", "MA"),
        ("العقيلة", "El Agheila", "LY"),
        ("سيدي خريبيش", "Sidi Akhribish", "LY"),
    ]:
        assert any(e.latin == latin and e.country == cc for e in g.lookup(name_key(name))), name
    # a homograph of a common word or another name is reached bare only as a weak entry
    assert all(e.weak for e in g.lookup(name_key("فيفا")))
    assert not g.lookup(name_key("فرسان"))
