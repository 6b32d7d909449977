"""Constructions of the third recall round after rel-2000: a bracketed age or seat count after a tagged name is an
aside (asides.py: «ويرأس بري (80 عاما) حركة أمل»); the envoy of a body's Secretary-General belongs to the body and
leads nothing (envoys.py, cues.tsv «الممثل الخاص»: «الممثل الخاص للأمين العام للأمم المتحدة لدى ليبيا»); a body
named by its common noun right before «التابع/الموالي لـ» is an end (bodies.py: «مركز الدفاع المدني التابع
للمعارضة»); a demand that an actor resign or leave is opposition (demands.py: «طالبت حركة النهضة الحكومة
بالاستقالة»); and each item of a list that is a verb-first cue's subject is a source (cosubjects.py: «تحالف تيار
المستقبل وحزب الكتائب مع …», «وقطعت الإمارات والسعودية … علاقاتها مع قطر»); a person who «يعيش في» a place is
located there (resides.py, cues.tsv: «ويعيش الرئيس هادي في العاصمة السعودية الرياض»); a spokesman's untagged body
is its definite noun and adjectives (bodies.definite_body); «زعيم X» followed by a tagged state is an unnamed
leader (holders.py); a chargé d'affaires is his state's, like an ambassador (cues.tsv, words.ENVOYS). Each found case fails without its rule
(nothing is found, or the list is one merged end); the absent cases guard the readings the rules must not make. The
sentences are written for the tests, in the style of the articles the rules were read from."""

from __future__ import annotations

from typing import Any

from relation_checks import absent_test, analyse, found, found_test

FOUND = [
    # asides.py: the age between a verb-first subject and its object
    ("ويرأس بري (80 عاما) حركة أمل منذ عقود.", "leads", "بري", "حركة أمل", {"source": "بري"}),
    # asides.py: the age between the actor and the participle describing it
    (
        "وكانت رودريغيز (49 عاما) المقربة من الرئيس مادورو قد تولت وزارة الخارجية.",
        "loyal_to",
        "رودريغيز",
        "مادورو",
        {"source": "رودريغيز"},
    ),
    # envoys.py + cues.tsv: the special representative of the Secretary-General, named before his title
    (
        "وانتهت المشاورات بين برناردينو ليون، الممثل الخاص للأمين العام للأمم المتحدة لدى ليبيا، وأعضاء من المؤتمر.",
        "member_of",
        "برناردينو ليون",
        "لأمم المتحدة",
        {"source": "برناردينو ليون"},
    ),
    # envoys.py: the envoy named after his title and the country he is sent to
    (
        "وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن مارتن غريفيث إن المحادثات كانت مثمرة.",
        "member_of",
        "مارتن غريفيث",
        "لأمم المتحدة",
        {"source": "مارتن غريفيث"},
    ),
    # bodies.py: a body's common noun and its definite words before «التابع لـ»
    (
        "وقال مركز الدفاع المدني التابع للمعارضة إن الطيران الحربي شن 18 غارة جوية على البلدة.",
        "member_of",
        "مركز الدفاع المدني",
        "المعارضة",
        {"source": "مركز الدفاع المدني"},
    ),
    (
        "نقلت رويترز عن وحدة الإعلام الحربي التابعة لحزب الله القول إن طائرات التحالف استهدفت موقعين.",
        "member_of",
        "وحدة الإعلام الحربي",
        "حزب الله",
        {"source": "وحدة الإعلام الحربي"},
    ),
    # demands.py: verb-first demand, the subject and the one asked to go between the verb and «بالاستقالة»
    ("وطالبت حركة النهضة الحكومة بالاستقالة بعد فشل المفاوضات.", "oppose", "حركة النهضة", "الحكومة", {}),
    ("وطالبت المعارضة رئيس الوزراء حيدر العبادي بالاستقالة.", "oppose", "المعارضة", "حيدر العبادي", {}),
    # cosubjects.py: the second item of a verb-first cue's listed subject
    (
        "تحالف تيار المستقبل وحزب الكتائب مع سليمان فرنجية في الانتخابات البلدية.",
        "ally",
        "حزب الكتائب",
        "سليمان فرنجية",
        {"source": "حزب الكتائب"},
    ),
    (
        "وقطعت الإمارات والسعودية والبحرين ومصر علاقاتها الدبلوماسية مع قطر في يونيو.",
        "oppose",
        "البحرين",
        "قطر",
        {"source": "البحرين"},
    ),
]

FOUND += [
    # resides.py + cues.tsv «يعيش في»: a person's residence after a relative pronoun, and verb-first past the title
    ("وينفي غولن الذي يعيش في ولاية بنسلفانيا الضلوع في محاولة الانقلاب.", "located_in", "غولن", "بنسلفانيا", {}),
    (
        "ويعيش الرئيس هادي في العاصمة السعودية الرياض منذ سنوات.",
        "located_in",
        "هادي",
        "الرياض",
        {"target": "الرياض"},
    ),
]

FOUND += [
    # ends.py + bodies.definite_body: a spokesman's body the recogniser missed, the name after a comma
    (
        "وقال المتحدث باسم السلطة القضائية، غلام حسين محسني إجئي، إن 29 شخصا اعتقلوا.",
        "member_of",
        "محسني",
        "السلطة القضائية",
        {"target": "السلطة القضائية"},
    ),
    # bodies.definite_body: the verb's object after the body is no part of it
    (
        "ورفضت المتحدثة باسم النيابة العامة التعليق على هذه التقارير.",
        "member_of",
        "المتحدثة",
        "النيابة العامة",
        {"target": "النيابة العامة"},
    ),
    # holders.unnamed_head: a state tagged after «زعيم القاعدة» is the verb's object, not the leader's name
    ("وصف زعيم القاعدة أمريكا بأنها العدو الأول للمسلمين.", "leads", "زعيم", "القاعدة", {"source": "زعيم"}),
    # cues.tsv «القائم بالأعمال» + words.ENVOYS: a chargé d'affaires belongs to his state's nisba
    (
        "وعبر القائم بالأعمال الأمريكي في تركيا، فيليب كونسيت، عن خيبة أمله من قرار المحكمة.",
        "member_of",
        "فيليب كونسيت",
        "الأمريكي",
        {},
    ),
]

ABSENT = [
    # envoys.py: the envoy of the Secretary-General does not lead the UN
    ("وقال مبعوث الأمين العام للأمم المتحدة إلى اليمن مارتن غريفيث إن الحل سياسي.", "leads", "مارتن غريفيث", ""),
    # envoys.py: the name right after a spokesman's «باسم الأمين العام …» is the Secretary-General's, not the spokesman's
    (
        "من جانبه قال فرحان حق، نائب المتحدث باسم الأمين العام للأمم المتحدة أنطونيو غوتيريس: إننا نؤكد ضرورة الهدوء.",
        "member_of",
        "غوتيريس",
        "",
    ),
    # holders.unnamed_head: «الزعيم الشاب لحزب …» after a named person; the body after ل is no object
    (
        "واستهدفت الإجراءات صلاح الدين دمرتاش الزعيم الشاب لحزب الشعب الديموقراطي المتهم بالعمل على زعزعة النظام.",
        "leads",
        "الزعيم",
        "",
    ),
    # cues.tsv: «القائم بأعمال» without the article is an acting office, no envoy
    ("وقال القائم بأعمال رئيس الوزراء إن الحكومة ستجتمع غدا.", "member_of", "", ""),
    # bodies.py: a place belonging to a district is no body
    ("وصلت المقاومة إلى منطقة الجاح التابعة لمديرية بيت الفقيه غرب المحافظة.", "member_of", "", ""),
    # bodies.py: things seized from a side are no members of it
    ("وتم الاستيلاء على عدد كبير من المعدات والوثائق التابعة للميليشيات الحوثية.", "member_of", "", ""),
    # resides.py: only a person lives somewhere; refugees living in a country are no actor's seat
    ("ويعيش ملايين اللاجئين السوريين في لبنان في ظروف صعبة.", "located_in", "", ""),
    # demands.py: residents told to leave are no actor opposed
    ("طالبت السلطات مئات الآلاف من السكان بالرحيل قبل وصول الإعصار.", "oppose", "", ""),
    # demands.py: a post on an app is no actor; the app a preposition governs is not the subject
    ("أبدى قائد الفريق إعجابه بمنشور على تطبيق إنستغرام يطالب مورينيو بالرحيل.", "oppose", "", ""),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)


def test_aside_keeps_offsets(pipeline: Any) -> None:
    """The ends after a dropped aside still point at the original text (analyse checks every end)."""
    doc = analyse(pipeline, "ويرأس بري (80 عاما) حركة أمل، كما أنه حليف وثيق لحزب الله.")
    rel = found(doc, "leads", "بري", "حركة أمل")
    assert rel is not None
    assert doc.text[rel["target"]["start"] : rel["target"]["end"]] == "حركة أمل"


def test_aside_after_untagged_word_stays(pipeline: Any) -> None:
    """«ابنتها وصال (15 عاما)»: the bracket after an untagged name is kept; it ends the kin's name."""
    doc = analyse(
        pipeline, "وقالت ريم أبو عرمانة (43 عاما) التي قتلت ابنتها وصال (15 عاما) بالرصاص إنها أتت لتكمل المسيرة."
    )
    rel = found(doc, "family", "وصال", "ريم أبو عرمانة")
    assert rel is not None and rel["source"]["text"] == "وصال"
