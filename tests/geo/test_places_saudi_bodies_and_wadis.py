"""Places in Saudi and Gulf local news: places named in a public body's name («شرطة الباحة», «تعليم
تبوك»), valleys announced by «وادي»/«أودية», quarters named like a distant town («حي الشفا جنوب الرياض»),
a local story's unnamed valleys, place names that are also verbs («بينما نجد أن») or common words
(«أهل السنّة», «لحج هذا العام»), and «أمانة العاصمة المقدسة» (Mecca).

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, place_at, stage

from marsad.geo import distance_km
from marsad.geo.bodies import after_body
from marsad.geo.place_words import kind_of
from marsad.text.tokens import tokenize

RIYADH = (24.6877, 46.7219)
JIZAN = (16.8892, 42.5511)
MECCA = (21.4266, 39.8256)


def test_a_place_named_in_a_police_directorate_is_a_place() -> None:
    text = "وأوضح المتحدث باسم شرطة الباحة أن الجاني سلم نفسه."
    doc = stage()(make_doc(text, [("شرطة الباحة", "ORG")]))
    place = place_at(doc, "الباحة")
    assert place is not None and place.country_code == "SA" and place.lat is not None
    # the organisation stays an organisation
    assert any(e.text == "شرطة الباحة" and e.type == "ORG" for e in doc.entities)


def test_a_town_the_tagger_called_misc_after_a_body_noun_is_retyped() -> None:
    text = "وشدد مدير تعليم تبوك على أهمية الانضباط في المدارس."
    doc = stage()(make_doc(text, [("تبوك", "MISC")]))
    place = place_at(doc, "تبوك")
    assert place is not None and place.country_code == "SA" and place.latin == "Tabuk"


def test_a_body_noun_is_a_cue_for_the_gazetteer_scan() -> None:
    text = "وأعلنت إدارة تعليم الطائف نتائج القبول للعام الجديد."
    doc = stage()(make_doc(text, []))
    place = place_at(doc, "الطائف")
    assert place is not None and place.country_code == "SA"
    toks = tokenize("مدير تعليم الطائف وشرطة منطقة الجوف")
    assert after_body(toks, 2) and after_body(toks, 5)
    assert not after_body(toks, 1)


def test_a_body_noun_before_a_common_word_gives_no_place() -> None:
    text = "وأكد أن صحة المواطن أولوية في الرياض."
    doc = stage()(make_doc(text, [("الرياض", "GPE")]))
    assert place_at(doc, "المواطن") is None


def test_a_valley_after_wadi_is_placed_by_its_region() -> None:
    text = "وأدت الأمطار إلى جريان وادي بيش ووادي ضمد في منطقة جازان."
    doc = stage()(make_doc(text, []))
    valley = place_at(doc, "وادي ضمد")
    assert valley is not None and valley.country_code == "SA" and valley.lat is not None
    assert valley.lon is not None and distance_km(valley.lat, valley.lon, *JIZAN) < 250


def test_the_verb_adda_with_its_conjunction_is_no_wadi() -> None:
    # «وأدى» (and he performed) normalises to «وادي»: the tokenizer reads «و» + «أدى», no kind word
    (tok,) = tokenize("وأدى")
    assert kind_of(tok) is None
    (tok,) = tokenize("ووادي")
    assert kind_of(tok) is not None
    text = "وأدى اللاعبون تدريبات خفيفة في الرياض."
    doc = stage()(make_doc(text, [("الرياض", "GPE")]))
    assert place_at(doc, "أدى") is None


def test_a_wadi_name_keeps_its_own_waw() -> None:
    text = "وتمتلك الشركة مركزا للأبحاث في وادي السليكون بالولايات المتحدة."
    doc = stage()(make_doc(text, [("الولايات المتحدة", "GPE")]))
    valley = place_at(doc, "وادي السليكون")
    assert valley is not None
    assert any(m.text == "وادي السليكون" for m in valley.mentions)


def test_a_single_wadi_does_not_run_on_into_a_participle() -> None:
    text = "وسالت أودية وساع وشهدان ووادي جورا وقصي وضمد، مشيرا إلى ورود تنبيه في منطقة جازان."
    doc = stage()(make_doc(text, [("جازان", "GPE")]))
    assert place_at(doc, "مشيرا") is None


def test_a_quarter_named_like_a_distant_town_lies_in_its_city() -> None:
    text = "اندلع حريق في حي الشفا جنوب الرياض، وباشرته فرق الدفاع المدني."
    doc = stage()(make_doc(text, [("الشفا", "LOC"), ("الرياض", "GPE")]))
    quarter = place_at(doc, "الشفا")
    assert quarter is not None and quarter.lat is not None and quarter.lon is not None
    assert distance_km(quarter.lat, quarter.lon, *RIYADH) < 40
    assert quarter.precision == "near"


def test_a_town_after_a_town_keeps_its_entry() -> None:
    # no quarter word: «الشفا» is the Ta'if resort, whatever town follows
    text = "زار الأمير الشفا جنوب الطائف، ثم عاد إلى الرياض."
    doc = stage()(make_doc(text, [("الشفا", "LOC"), ("الطائف", "GPE"), ("الرياض", "GPE")]))
    place = place_at(doc, "الشفا")
    assert place is None or place.precision == "exact"


def test_valleys_of_a_local_story_lie_in_its_area() -> None:
    text = (
        "جازان: هطلت أمطار غزيرة على قرى الشريط الحدودي، وسالت على أثرها أودية خلب، دهوان، والمغيالة. "
        "وحذر الدفاع المدني بمنطقة جازان المواطنين في صبيا وضمد من السيول."
    )
    doc = stage()(make_doc(text, [("جازان", "GPE"), ("صبيا", "GPE"), ("ضمد", "GPE")]))
    valley = place_at(doc, "دهوان")
    assert valley is not None and valley.country_code == "SA"
    assert valley.lat is not None and valley.lon is not None
    assert distance_km(valley.lat, valley.lon, *JIZAN) < 100


def test_najd_as_a_verb_is_no_place() -> None:
    text = "بينما نجد أن ما يزيد على نصف سكان المملكة العربية السعودية من الشباب."
    doc = stage()(make_doc(text, [("نجد", "LOC"), ("المملكة العربية السعودية", "GPE")]))
    assert place_at(doc, "نجد") is None
    text = "وأضاف أن التوتر في نجد والحجاز لم يكن كبيرا في تلك الحقبة."
    doc = stage()(make_doc(text, [("نجد", "LOC"), ("الحجاز", "LOC")]))
    place = place_at(doc, "نجد")
    assert place is not None and place.latin == "Najd"


def test_yanbu_after_a_preposition_stays_a_place() -> None:
    text = "وأوضح الحرفي القادم من ينبع أن الصناعات اليدوية تجد إقبالا في جدة."
    doc = stage()(make_doc(text, [("ينبع", "GPE"), ("جدة", "GPE")]))
    place = place_at(doc, "ينبع")
    assert place is not None and place.latin == "Yanbu"
    text = "وقال الوزير في الرياض إن هذا الاهتمام ينبع من إيمان القيادة بأهمية التعليم."
    doc = stage()(make_doc(text, [("الرياض", "GPE"), ("ينبع", "GPE")]))
    assert place_at(doc, "ينبع") is None


def test_common_words_that_name_small_towns_abroad_are_words() -> None:
    cases = [
        ("يضيق النظام الإيراني على أهل السنّة في مدينة طهران.", "السنّة", [("طهران", "GPE")]),
        ("بدأت الإدارة بالاستعداد المبكر لحج هذا العام في مكة.", "لحج", [("مكة", "GPE")]),
        ("حركة استعراضية جوية ترمز إلى براعة الطيار السعودي في الرياض.", "ترمز", [("الرياض", "GPE")]),
        ("يطلب الطبيب حبس أو كتم النفس في مستشفى الرياض.", "كتم", [("الرياض", "GPE")]),
    ]
    for text, word, others in cases:
        doc = stage()(make_doc(text, [(word, "LOC"), *others]))
        assert place_at(doc, word) is None, word


def test_lahij_in_a_yemen_story_is_lahij() -> None:
    text = "سيطرت المقاومة على مدينة الحوطة في محافظة لحج جنوب اليمن."
    doc = stage()(make_doc(text, [("الحوطة", "GPE"), ("لحج", "GPE"), ("اليمن", "GPE")]))
    place = place_at(doc, "لحج")
    assert place is not None and place.country_code == "YE"


def test_the_municipality_of_the_holy_capital_is_mecca() -> None:
    text = "تنظم أمانة العاصمة المقدسة مهرجان من أجل مكة التوعوي."
    doc = stage()(make_doc(text, [("أمانة العاصمة", "ORG")]))
    place = place_at(doc, "العاصمة المقدسة")
    assert place is not None and place.country_code == "SA"
    assert place.lat is not None and place.lon is not None and distance_km(place.lat, place.lon, *MECCA) < 20


def test_the_northern_border_of_a_country_is_no_saudi_region() -> None:
    text = "إن ما بدأته تركيا على الحدود الشمالية يحتاج إلى وقت طويل في سوريا."
    doc = stage()(make_doc(text, [("تركيا", "GPE"), ("الحدود الشمالية", "LOC"), ("سوريا", "GPE")]))
    assert place_at(doc, "الحدود الشمالية") is None
    text = "افتتح أمير منطقة الحدود الشمالية مشروعات في عرعر."
    doc = stage()(make_doc(text, [("منطقة الحدود الشمالية", "LOC"), ("عرعر", "GPE")]))
    place = place_at(doc, "الحدود الشمالية")
    assert place is not None and place.country_code == "SA"
