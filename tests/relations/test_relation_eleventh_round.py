"""Constructions of the eleventh round: a speaker's family name the tokenizer split as if it carried ب,
unnamed commanders, cadres and representatives «في/عن/من» a body, mediation and truces «بين», a relative verb
of leading with a dropped subject, a «وهي» apposition before a relative verb, an unnamed «زعيم», the sides of
a verb of agreeing, followers «أتباع», «مصدر مسؤول في», residence «حيث يعيش», «إلى جانب» meaning «besides»,
hashtag names, a located_in end past a noun with a pronoun, weapons as the supported end, taking a body's
head «تولى … رئاسة», a meeting with a list and a quantifier that is no name.

Each case is one row: ``FOUND`` (text, type, source, target, fields the relation must have) and ``ABSENT`` (text,
type or "" for any, what the source and the target must not contain; "" for any end)."""

from __future__ import annotations

from relation_checks import absent_test, found_test

SADR = 'أعلن زعيم التيار الصدري في العراق، مقتدى الصدر، السبت، شروطا حتى تمنح قائمة "سائرون" التي يتزعمها الثقة للحكومة الجديدة.'
TAHRIR = "وقالت المصادر إن هيئة تحرير الشام، وهي ائتلاف لمقاتلي المعارضة تقوده جبهة النصرة، وافقت على الاتفاق."
KIIR = "اتفق رئيس جنوب السودان سالفا كير وزعيم المعارضة رياك مشار في ختام مباحثات في أوغندا السبت على تقاسم السلطة."
PKK = (
    "وطالب تركيا بوقف غاراتها على متمردي حزب العمال الكردستاني المتمركزين في أراضيه داعيا خلال زيارته واشنطن الى الحل."
)
MUSTAFA = "وانتقد مسؤول العلاقات الخارجية في حكومة الاقليم فلاح مصطفى قرار حزب العمال الكردستاني."

FOUND = [
    # a family name tokenised as ب + word is still the second word of the speaker's name
    (
        "وقال راجح بادي، المتحدث باسم الحكومة اليمنية، إن الوفد وصل إلى عدن.",
        "member_of",
        "راجح بادي",
        "الحكومة اليمنية",
        {"source": "راجح بادي"},
    ),
    # a preposition glued to the word before the name is no part of it
    (
        "ورفض المتحدث الاتهامات التي جاءت على لسان خليل الحية عضو المكتب السياسي لحماس، أمس.",
        "member_of",
        "خليل الحية",
        "حماس",
        {"source": "خليل الحية"},
    ),
    # unnamed commanders, cadres and representatives
    ("وأفاد قائد في التحالف الإقليمي بأن الحافلات وصلت إلى البلدتين.", "member_of", "قائد", "التحالف الإقليمي", {}),
    ("وقال قيادي في حزب الله إن المفاوضات متوقفة.", "member_of", "قيادي", "حزب الله", {}),
    ("وحضر الاجتماع ممثلين عن المعارضة.", "member_of", "ممثلين", "المعارضة", {}),
    ("وتضم القائمة قياديين من ميليشيات الحشد الشعبي.", "member_of", "قياديين", "ميليشيات الحشد الشعبي", {}),
    # mediation and truces between two sides
    (
        "وشارك في لجان الوساطة بين الحكومة اليمنية والحوثيين عام 2009.",
        "negotiates_with",
        "الحكومة اليمنية",
        "الحوثيين",
        {},
    ),
    (
        "وانتقد الوزير إنهاء الهدنة التي كانت سارية بين المتمردين وتركيا.",
        "negotiates_with",
        "المتمردين",
        "تركيا",
        {"directed": False},
    ),
    # a relative verb of leading with a dropped subject; a relative verb inside a «وهي» apposition
    (SADR, "leads", "مقتدى الصدر", '"سائرون"', {}),
    (TAHRIR, "leads", "جبهة النصرة", "هيئة تحرير الشام", {}),
    # an unnamed leader, also as the subject of a verb of saying before its object; a name after the body leads
    ("وأضاف زعيم التيار الصدري أن الحكومة فشلت.", "leads", "زعيم", "التيار الصدري", {"source": "زعيم"}),
    ('ودعا زعيم تحالف "سائرون" باقي الكتل إلى الالتحاق بكتلته.', "leads", "زعيم", '"سائرون"', {}),
    (
        "وقال زعيم التيار الصدري مقتدى الصدر إن الحكومة فشلت.",
        "leads",
        "مقتدى الصدر",
        "التيار الصدري",
        {"source": "مقتدى الصدر"},
    ),
    # the sides of a verb of agreeing
    (KIIR, "negotiates_with", "سالفا كير", "رياك مشار", {"directed": False}),
    (
        "توصل الرئيس الجنوب السوداني سالفا كير وزعيم المعارضة رياك مشار إلى اتفاق لتقاسم السلطة.",
        "negotiates_with",
        "سالفا كير",
        "رياك مشار",
        {},
    ),
    ("ووقعت الجزائر وروسيا اتفاقا للتعاون العسكري.", "negotiates_with", "الجزائر", "روسيا", {}),
    # followers; an unnamed source in a body
    ("وهاجم أتباع الرئيس المخلوع علي عبد الله صالح المدينة.", "loyal_to", "أتباع", "علي عبد الله صالح", {}),
    (
        "وقال مصدر مسؤول في التحالف العربي إن الرياض لم تفاوض أحدا.",
        "member_of",
        "مصدر مسؤول",
        "التحالف العربي",
        {"source": "مصدر مسؤول"},
    ),
    # residence after «حيث»
    ("وفر رياك مشار من بلده إلى جنوب أفريقيا حيث يعيش مذاك في المنفى.", "located_in", "رياك مشار", "جنوب أفريقيا", {}),
    ("ووصل الوفد إلى الرياض حيث يقيم الرئيس عبد ربه منصور هادي.", "located_in", "عبد ربه منصور هادي", "الرياض", {}),
    # an armed force beside another is its ally
    ("وقالت إن مرتزقة فاغنر يقاتلون إلى جانب قوات حفتر.", "ally", "مرتزقة فاغنر", "قوات حفتر", {}),
    # a located_in end is what the preposition governs
    (
        "وشاركت قوات موالية لتيمان أردمي، المقيم في العاصمة القطرية الدوحة، في الهجوم.",
        "located_in",
        "تيمان أردمي",
        "الدوحة",
        {},
    ),
    # taking the head of a body; a meeting with a list
    ("وتولى عادل عبد المهدي رئاسة حزب الدعوة.", "leads", "عبد المهدي", "حزب الدعوة", {}),
    ("وعقد بحاح اجتماعا مع السلطات المحلية وقادة المقاومة.", "negotiates_with", "بحاح", "السلطات", {}),
    ("وعقد بحاح اجتماعا مع السلطات المحلية وقادة المقاومة.", "negotiates_with", "بحاح", "قادة", {}),
    # talks held in some manner between two sides
    (
        "وقال إن الحكومة لم تتسلم مبادئ للحوار بطريقة غير مباشرة بين الحكومة اليمنية والمتمردين.",
        "negotiates_with",
        "الحكومة اليمنية",
        "المتمردين",
        {},
    ),
    # a group's branch, also a former one
    ("وقاتلت جبهة النصرة، فرع القاعدة في سوريا، الجيش السوري.", "member_of", "جبهة النصرة", "القاعدة", {}),
    (
        "وقاتلت جبهة النصرة فرع القاعدة السابق في سوريا الجيش السوري.",
        "member_of",
        "جبهة النصرة",
        "القاعدة",
        {"modality": "ended"},
    ),
    # the one at the head of a group (the group the pronoun stands for, not the object between)
    ("وشاركت في الاجتماع الفصائل الفلسطينية وعلى رأسها حركة حماس.", "member_of", "حركة حماس", "الفصائل", {}),
    ("وانضمت أحزاب المعارضة وفي مقدمتها حزب الشعب الجمهوري إلى الحملة.", "member_of", "حزب الشعب", "أحزاب", {}),
    (
        "وتعارض فصائل متشددة، مدعومة من قطر، هذا الاتفاق، وعلى رأسها تنظيم الإخوان.",
        "member_of",
        "تنظيم",
        "فصائل",
        {},
    ),
    # an official of a department in a body
    (MUSTAFA, "member_of", "فلاح مصطفى", "حكومة الاقليم", {}),
]


test_found = found_test(FOUND)


ABSENT = [
    # «قائد» before a body with no «في» is its head, not an unnamed member
    ("وقال قائد الجيش إن القوات تقدمت.", "member_of", "", ""),
    # the verb's object after it («الثقة») or an actor behind a preposition («للحكومة») is no leader
    (SADR, "leads", "الثقة", ""),
    (SADR, "leads", "حكومة الجديدة", ""),
    # the apposition's relative verb describes the actor before «وهي», not the noun inside it
    (TAHRIR, "leads", "جبهة النصرة", "مقاتلي المعارضة"),
    # a noun that is no actor after «وهو» is what the pronoun stands for
    ("وطالب الحزب بإقالة الشاهد وهو مطلب يؤيده اتحاد الشغل.", "support", "اتحاد الشغل", "الشاهد"),
    # «وقع» also means «happened»; a declaration of partnership is an alliance, not talks
    ("ووقع انفجار في بغداد وأربيل على الطريق.", "negotiates_with", "", ""),
    ("وقعت الجزائر وروسيا إعلان الشراكة الاستراتيجية المعمقة.", "negotiates_with", "الجزائر", "روسيا"),
    # «اتباعها» (following it, a verbal noun) is no «أتباعها» (its followers)
    ("وبحث الطرفان الآليات التي يمكن اتباعها للخروج من الأزمة مع الأسد.", "loyal_to", "", ""),
    # «إلى جانب» besides what is neither a named actor nor an armed force is no alliance
    ("وستنقل الحافلات ستة آلاف شخص إلى جانب 300 مدني علوي.", "ally", "", ""),
    # a word of a hashtag name holds no cue
    ("وتراجع الدعم القطري للسعودية ودول #تحالف_دعم_الشرعية في اليمن.", "ally", "", ""),
    # a located_in end is not an actor past a noun with a pronoun
    (PKK, "located_in", "", "واشنطن"),
    # weapons are never the supported end
    ("وقال إن الأحزاب تدعم حيازة حزب الله للسلاح.", "support", "", "سلاح"),
    # jets striking a branch (of a company, a bank) say nothing of membership
    ("كما استهدفت مقاتلات التحالف فرع المؤسسة الاقتصادية في محافظة ذمار.", "member_of", "", ""),
    # a verb's complement («يقف على رأسها»: heads it) is no apposition of a group
    ("ويقف على رأسها حزب الله.", "member_of", "", ""),
    # a quantifier starts no name
    ("وقال إن الحكومة لم تتسلم من المبعوث اليمني أي مبادئ للحوار.", "", "أي ", ""),
    # the department's noun is no end of the verb before it
    (MUSTAFA, "", "مسؤول العلاقات", ""),
]


test_absent = absent_test(ABSENT)
