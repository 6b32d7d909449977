"""Constructions of the eleventh round: a speaker's family name the tokenizer split as if it carried ب,
unnamed commanders, cadres and representatives «في/عن/من» a body, mediation and truces «بين», a relative verb
of leading with a dropped subject, a «وهي» apposition before a relative verb, an unnamed «زعيم», the sides of
a verb of agreeing, followers «أتباع», «مصدر مسؤول في», residence «حيث يعيش», «إلى جانب» meaning «besides»,
hashtag names, a located_in end past a noun with a pronoun, weapons as the supported end, taking a body's
head «تولى … رئاسة», a meeting with a list and a quantifier that is no name."""

from __future__ import annotations

from typing import Any

from relation_checks import analyse, found

from marsad.model import Document


def run(pipeline: Any, text: str) -> Document:
    return analyse(pipeline, text, schema=False)


def test_a_family_name_split_like_a_clitic(pipeline: Any) -> None:
    # «بادي» is tokenised as ب + ادي: still the second word of the speaker's name
    doc = run(pipeline, "وقال راجح بادي، المتحدث باسم الحكومة اليمنية، إن الوفد وصل إلى عدن.")
    rel = found(doc, "member_of", "راجح بادي", "الحكومة اليمنية")
    assert rel is not None and rel["source"]["text"] == "راجح بادي"
    # a preposition glued to the word before the name is no part of it
    doc = run(pipeline, "ورفض المتحدث الاتهامات التي جاءت على لسان خليل الحية عضو المكتب السياسي لحماس، أمس.")
    rel = found(doc, "member_of", "خليل الحية", "حماس")
    assert rel is not None and rel["source"]["text"] == "خليل الحية"


def test_unnamed_commanders_cadres_and_representatives(pipeline: Any) -> None:
    doc = run(pipeline, "وأفاد قائد في التحالف الإقليمي بأن الحافلات وصلت إلى البلدتين.")
    assert found(doc, "member_of", "قائد", "التحالف الإقليمي") is not None
    doc = run(pipeline, "وقال قيادي في حزب الله إن المفاوضات متوقفة.")
    assert found(doc, "member_of", "قيادي", "حزب الله") is not None
    doc = run(pipeline, "وحضر الاجتماع ممثلين عن المعارضة.")
    assert found(doc, "member_of", "ممثلين", "المعارضة") is not None
    doc = run(pipeline, "وتضم القائمة قياديين من ميليشيات الحشد الشعبي.")
    assert found(doc, "member_of", "قياديين", "ميليشيات الحشد الشعبي") is not None
    # «قائد» before a body with no «في» is its head, not an unnamed member
    doc = run(pipeline, "وقال قائد الجيش إن القوات تقدمت.")
    assert not [r for r in doc.relations if r["type"] == "member_of"]


def test_mediation_and_truce_between(pipeline: Any) -> None:
    doc = run(pipeline, "وشارك في لجان الوساطة بين الحكومة اليمنية والحوثيين عام 2009.")
    assert found(doc, "negotiates_with", "الحكومة اليمنية", "الحوثيين") is not None
    doc = run(pipeline, "وانتقد الوزير إنهاء الهدنة التي كانت سارية بين المتمردين وتركيا.")
    rel = found(doc, "negotiates_with", "المتمردين", "تركيا")
    assert rel is not None and rel["directed"] is False


def test_a_relative_verb_of_leading_with_a_dropped_subject(pipeline: Any) -> None:
    text = (
        'أعلن زعيم التيار الصدري في العراق، مقتدى الصدر، السبت، شروطا حتى تمنح قائمة "سائرون" التي يتزعمها '
        "الثقة للحكومة الجديدة."
    )
    doc = run(pipeline, text)
    assert found(doc, "leads", "مقتدى الصدر", '"سائرون"') is not None
    # the verb's object after it («الثقة»), or an actor behind a preposition («للحكومة»), is no leader
    assert not [r for r in doc.relations if r["type"] == "leads" and r["source"]["text"] in ("الثقة", "حكومة الجديدة")]


def test_a_relative_verb_inside_an_apposition(pipeline: Any) -> None:
    text = "وقالت المصادر إن هيئة تحرير الشام، وهي ائتلاف لمقاتلي المعارضة تقوده جبهة النصرة، وافقت على الاتفاق."
    doc = run(pipeline, text)
    assert found(doc, "leads", "جبهة النصرة", "هيئة تحرير الشام") is not None
    assert found(doc, "leads", "جبهة النصرة", "مقاتلي المعارضة") is None
    # a noun that is no actor after «وهو» is what the pronoun stands for
    doc = run(pipeline, "وطالب الحزب بإقالة الشاهد وهو مطلب يؤيده اتحاد الشغل.")
    assert found(doc, "support", "اتحاد الشغل", "الشاهد") is None


def test_an_unnamed_leader(pipeline: Any) -> None:
    doc = run(pipeline, "وأضاف زعيم التيار الصدري أن الحكومة فشلت.")
    rel = found(doc, "leads", "زعيم", "التيار الصدري")
    assert rel is not None and rel["source"]["text"] == "زعيم"
    doc = run(pipeline, 'ودعا زعيم تحالف "سائرون" باقي الكتل إلى الالتحاق بكتلته.')
    assert found(doc, "leads", "زعيم", '"سائرون"') is not None
    # with a name after the body, the name is the leader
    doc = run(pipeline, "وقال زعيم التيار الصدري مقتدى الصدر إن الحكومة فشلت.")
    rel = found(doc, "leads", "مقتدى الصدر", "التيار الصدري")
    assert rel is not None and rel["source"]["text"] == "مقتدى الصدر"


def test_the_sides_of_a_verb_of_agreeing(pipeline: Any) -> None:
    text = "اتفق رئيس جنوب السودان سالفا كير وزعيم المعارضة رياك مشار في ختام مباحثات في أوغندا السبت على تقاسم السلطة."
    rel = found(run(pipeline, text), "negotiates_with", "سالفا كير", "رياك مشار")
    assert rel is not None and rel["directed"] is False
    text = "توصل الرئيس الجنوب السوداني سالفا كير وزعيم المعارضة رياك مشار إلى اتفاق لتقاسم السلطة."
    assert found(run(pipeline, text), "negotiates_with", "سالفا كير", "رياك مشار") is not None
    doc = run(pipeline, "ووقعت الجزائر وروسيا اتفاقا للتعاون العسكري.")
    assert found(doc, "negotiates_with", "الجزائر", "روسيا") is not None
    # «وقع» also means «happened»; a declaration of partnership is an alliance, not talks
    doc = run(pipeline, "ووقع انفجار في بغداد وأربيل على الطريق.")
    assert not [r for r in doc.relations if r["type"] == "negotiates_with"]
    doc = run(pipeline, "وقعت الجزائر وروسيا إعلان الشراكة الاستراتيجية المعمقة.")
    assert found(doc, "negotiates_with", "الجزائر", "روسيا") is None


def test_followers(pipeline: Any) -> None:
    doc = run(pipeline, "وهاجم أتباع الرئيس المخلوع علي عبد الله صالح المدينة.")
    assert found(doc, "loyal_to", "أتباع", "علي عبد الله صالح") is not None
    # «اتباعها» (following it, a verbal noun) is no «أتباعها» (its followers)
    doc = run(pipeline, "وبحث الطرفان الآليات التي يمكن اتباعها للخروج من الأزمة مع الأسد.")
    assert not [r for r in doc.relations if r["type"] == "loyal_to"]


def test_an_unnamed_source_in_a_body(pipeline: Any) -> None:
    doc = run(pipeline, "وقال مصدر مسؤول في التحالف العربي إن الرياض لم تفاوض أحدا.")
    rel = found(doc, "member_of", "مصدر مسؤول", "التحالف العربي")
    assert rel is not None and rel["source"]["text"] == "مصدر مسؤول"


def test_residence_after_where(pipeline: Any) -> None:
    doc = run(pipeline, "وفر رياك مشار من بلده إلى جنوب أفريقيا حيث يعيش مذاك في المنفى.")
    assert found(doc, "located_in", "رياك مشار", "جنوب أفريقيا") is not None
    doc = run(pipeline, "ووصل الوفد إلى الرياض حيث يقيم الرئيس عبد ربه منصور هادي.")
    assert found(doc, "located_in", "عبد ربه منصور هادي", "الرياض") is not None


def test_besides_is_no_alliance(pipeline: Any) -> None:
    doc = run(pipeline, "وستنقل الحافلات ستة آلاف شخص إلى جانب 300 مدني علوي.")
    assert not [r for r in doc.relations if r["type"] == "ally"]
    # an armed force beside another is its ally
    doc = run(pipeline, "وقالت إن مرتزقة فاغنر يقاتلون إلى جانب قوات حفتر.")
    assert found(doc, "ally", "مرتزقة فاغنر", "قوات حفتر") is not None


def test_a_hashtag_name_holds_no_cue(pipeline: Any) -> None:
    doc = run(pipeline, "وتراجع الدعم القطري للسعودية ودول #تحالف_دعم_الشرعية في اليمن.")
    assert not [r for r in doc.relations if r["type"] == "ally"]


def test_located_in_is_what_the_preposition_governs(pipeline: Any) -> None:
    text = "وطالب تركيا بوقف غاراتها على متمردي حزب العمال الكردستاني المتمركزين في أراضيه داعيا خلال زيارته واشنطن الى الحل."
    doc = run(pipeline, text)
    assert not [r for r in doc.relations if r["type"] == "located_in" and "واشنطن" in r["target"]["text"]]
    doc = run(pipeline, "وشاركت قوات موالية لتيمان أردمي، المقيم في العاصمة القطرية الدوحة، في الهجوم.")
    assert found(doc, "located_in", "تيمان أردمي", "الدوحة") is not None


def test_weapons_are_not_supported(pipeline: Any) -> None:
    doc = run(pipeline, "وقال إن الأحزاب تدعم حيازة حزب الله للسلاح.")
    assert not [r for r in doc.relations if r["type"] == "support" and "سلاح" in r["target"]["text"]]


def test_taking_the_head_of_a_body(pipeline: Any) -> None:
    doc = run(pipeline, "وتولى عادل عبد المهدي رئاسة حزب الدعوة.")
    assert found(doc, "leads", "عبد المهدي", "حزب الدعوة") is not None


def test_a_meeting_with_a_list(pipeline: Any) -> None:
    doc = run(pipeline, "وعقد بحاح اجتماعا مع السلطات المحلية وقادة المقاومة.")
    assert found(doc, "negotiates_with", "بحاح", "السلطات") is not None
    assert found(doc, "negotiates_with", "بحاح", "قادة") is not None


def test_a_quantifier_is_no_name(pipeline: Any) -> None:
    doc = run(pipeline, "وقال إن الحكومة لم تتسلم من المبعوث اليمني أي مبادئ للحوار.")
    assert not [r for r in doc.relations if r["source"]["text"].startswith("أي ")]


def test_talks_held_in_some_manner_between(pipeline: Any) -> None:
    doc = run(pipeline, "وقال إن الحكومة لم تتسلم مبادئ للحوار بطريقة غير مباشرة بين الحكومة اليمنية والمتمردين.")
    assert found(doc, "negotiates_with", "الحكومة اليمنية", "المتمردين") is not None


def test_a_groups_branch(pipeline: Any) -> None:
    doc = run(pipeline, "وقاتلت جبهة النصرة، فرع القاعدة في سوريا، الجيش السوري.")
    assert found(doc, "member_of", "جبهة النصرة", "القاعدة") is not None
    doc = run(pipeline, "وقاتلت جبهة النصرة فرع القاعدة السابق في سوريا الجيش السوري.")
    rel = found(doc, "member_of", "جبهة النصرة", "القاعدة")
    assert rel is not None and rel["modality"] == "ended"
    # jets striking a branch (of a company, a bank) say nothing of membership
    doc = run(pipeline, "كما استهدفت مقاتلات التحالف فرع المؤسسة الاقتصادية في محافظة ذمار.")
    assert not [r for r in doc.relations if r["type"] == "member_of"]


def test_the_one_at_the_head_of_a_group(pipeline: Any) -> None:
    doc = run(pipeline, "وشاركت في الاجتماع الفصائل الفلسطينية وعلى رأسها حركة حماس.")
    assert found(doc, "member_of", "حركة حماس", "الفصائل") is not None
    doc = run(pipeline, "وانضمت أحزاب المعارضة وفي مقدمتها حزب الشعب الجمهوري إلى الحملة.")
    assert found(doc, "member_of", "حزب الشعب", "أحزاب") is not None
    # the group the pronoun stands for, not the object between it and the phrase
    doc = run(pipeline, "وتعارض فصائل متشددة، مدعومة من قطر، هذا الاتفاق، وعلى رأسها تنظيم الإخوان.")
    assert found(doc, "member_of", "تنظيم", "فصائل") is not None
    # a verb's complement («يقف على رأسها»: heads it) is no apposition of a group
    doc = run(pipeline, "ويقف على رأسها حزب الله.")
    assert not [r for r in doc.relations if r["type"] == "member_of"]


def test_an_official_of_a_department_in_a_body(pipeline: Any) -> None:
    text = "وانتقد مسؤول العلاقات الخارجية في حكومة الاقليم فلاح مصطفى قرار حزب العمال الكردستاني."
    doc = run(pipeline, text)
    assert found(doc, "member_of", "فلاح مصطفى", "حكومة الاقليم") is not None
    # the department's noun is no end of the verb before it
    assert not [r for r in doc.relations if r["source"]["text"].startswith("مسؤول العلاقات")]
