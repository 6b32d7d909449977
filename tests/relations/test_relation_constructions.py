"""Constructions of Arabic political reporting the relations stage reads (second annotation round):
quoted and hashtag names, institutions, spokesmen without a name, titles with an apposed name,
pronouns, kin nouns, lists, and which words make a relation reported."""

from __future__ import annotations

from typing import Any

import pytest
from relation_checks import analyse, found

from marsad.model import Document
from marsad.relations import load_relation_lexicon


def run(pipeline: Any, text: str) -> Document:
    return analyse(pipeline, text, schema=True)


@pytest.mark.parametrize(
    ("text", "rtype", "src", "tgt"),
    [
        # a name in quotes after an organisation noun, with «بقيادة» after it
        ('أعلن المتحدث باسم تحالف "الفتح" بقيادة هادي العامري رفضه للقرار.', "leads", "هادي العامري", "الفتح"),
        # «ما يسمى "…"» between the noun and the name; «التابعة لـ» a person
        ('أحرق المتظاهرون مقر حركة ما يسمى "البشائر" التابعة لنوري المالكي.', "member_of", "البشائر", "نوري المالكي"),
        # a hashtag name read as one actor
        ("أعلن العقيد #عبدالله_صالح_معرجي انشقاقه عن #ميليشيات_الحوثي في مأرب.", "member_of", "معرجي", "الحوثي"),
        # an institution noun and its definite words
        ("يعمل الرجل لصالح جهاز المخابرات التابع للحكومة الفلسطينية.", "member_of", "جهاز المخابرات", "حكومة"),
        # an indefinite spokesman: the title is the member; the organisation is a titled person
        ("أكد متحدث باسم القائد العسكري الليبي، خليفة حفتر، أنه سيعود قريبا.", "member_of", "متحدث", "خليفة حفتر"),
        # the name a title gives after a comma, past what qualifies the organisation
        ("وقال مبعوث الأمم المتحدة إلى ليبيا، غسان سلامة، إن المحادثات مستمرة.", "member_of", "غسان سلامة", "الأمم"),
        # a verb with an object pronoun after a relative pronoun and a quoted name
        ('وقال المسماري إن "جيش ليبيا الوطني" الذي يقوده حفتر يتقدم.', "leads", "حفتر", "جيش ليبيا"),
        # «عقد X اجتماعا مع Y»: the subject of the verb meets
        (
            "عقد وزير الخارجية المغربي ناصر بوريطة اجتماعا مع نظيره الإسباني خوسيه مانويل ألباريس في الرباط.",
            "negotiates_with",
            "ناصر بوريطة",
            "ألباريس",
        ),
        # an adverb between the participle and its ل
        ("وتتمركز ميليشيات الكانيات، الموالية سابقا لحكومة الوفاق، في ترهونة.", "loyal_to", "ميليشيات", "حكومة الوفاق"),
        # titles between a preposition and the name it governs
        ("وفي أواخر الثمانينيات، انشق حفتر عن نظام العقيد السابق معمر القذافي.", "member_of", "حفتر", "معمر القذافي"),
        # new cues: membership, closeness, hostility
        ("وقال إن المنفذين ينتمون إلى حركة حماس.", "member_of", "المنفذين", "حماس"),
        ("وانتقد مقتدى الصدر الفصائل المسلحة المقربة من إيران.", "loyal_to", "الفصائل المسلحة", "إيران"),
        ("عاد عبدربه منصور هادي إلى عدن بعد أن انقلبت عليه الميليشيات الحوثية.", "oppose", "الحوثية", "هادي"),
        # adjectives and a comma between the noun and «مدعومين من»
        (
            "وهي تحالف لمقاتلين سوريين أكراد وعرب، مدعومين من الولايات المتحدة.",
            "support",
            "الولايات المتحدة",
            "مقاتلين",
        ),
        # a quoted adjective, then the quoted name
        (
            'وأشار إلى أن المنفذين ينتمون إلى مجموعة "تكفيرية" تسمى "المنبر الجهادي".',
            "member_of",
            "المنفذين",
            "المنبر الجهادي",
        ),
        # a verb-first clause puts the subject between the verb and «في»
        ("وتتمركز ميليشيات الكانيات في مدينة ترهونة.", "located_in", "ميليشيات الكانيات", "ترهونة"),
        ("وأعلنت هيئة تحرير الشام الحرب على فصائل الجيش الوطني السوري.", "oppose", "هيئة تحرير الشام", "الجيش"),
        # «أنصاره»: the supporters of the person the sentence is about
        ("أصدرت المحكمة حكما بسجن محمد بديع وعدد من أنصاره.", "loyal_to", "أنصاره", "محمد بديع"),
        # «بصفته»: an apposition in the capacity of a title
        ("وجه رسالة إلى عبد العزيز بوتفليقة، بصفته رئيس حزب جبهة التحرير الوطني.", "leads", "بوتفليقة", "جبهة"),
        # other titles between the person and the title
        (
            "واستقبل الملك سلمان الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية.",
            "member_of",
            "محمد بن نايف",
            "مجلس الوزراء",
        ),
        # ranks, a description of the body and another title between the organisation and the name
        (
            "أكد المتحدث باسم المقاومة الشعبية الموالية بلحج قائد نصر أن المدينة آمنة.",
            "member_of",
            "نصر",
            "المقاومة الشعبية",
        ),
        # a body before its head's title
        ("طالبت الكتلتان باستقالة حكومة رئيس الوزراء حيدر العبادي.", "leads", "حيدر العبادي", "حكومة"),
        # «خصوم X» with no one before: the opponents themselves
        ("ويتهم خصوم التيار الوطني الحر رئيسه بالتحالف مع حزب الله.", "oppose", "خصوم", "التيار الوطني الحر"),
        # an indefinite adjective between the cue and its ل
        (
            "ولم يشر السبسي إلى الصراع بين نجله ورئيس الوزراء لكنه وجه انتقادات مباشرة للشاهد بخصوص أداء حكومته.",
            "oppose",
            "السبسي",
            "الشاهد",
        ),
        # verb-subject with a definite noun the recogniser does not know
        ("ونصح المخلوع حلفاءه الحوثيين بإعطاء أولوية للعمل السياسي.", "ally", "المخلوع", "الحوثيين"),
        # the possessor with ل inside the gap of «التحالف … مع»
        ("وكان التحالف العسكري للمخلوع مع الحوثيين قد مني بنكسة كبيرة.", "ally", "المخلوع", "الحوثيين"),
        # a title and its body are the subject when no name is given
        (
            "ولكن رئيس المجلس، الذي ينتمي إلى حزب جبهة التحرير الوطني، يرفض الاستقالة.",
            "member_of",
            "رئيس المجلس",
            "جبهة",
        ),
    ],
)
def test_constructions(pipeline: Any, text: str, rtype: str, src: str, tgt: str) -> None:
    doc = run(pipeline, text)
    assert found(doc, rtype, src, tgt) is not None, [
        (r["type"], r["source"]["text"], r["target"]["text"]) for r in doc.relations
    ]


def test_a_glued_ba_is_part_of_the_cue() -> None:
    """«برئاسة» (headed by) is a cue, «الرئاسة» (the presidency) is not."""
    lex = load_relation_lexicon()
    assert all(c.ba_first for c in lex.cues["رياسه"] if c.pattern == "after_before")


def test_the_presidency_is_no_headed_by(pipeline: Any) -> None:
    doc = run(pipeline, "وحملت الرئاسة الفلسطينية حركة حماس المسؤولية الكاملة.")
    assert not [r for r in doc.relations if r["type"] == "leads"]


def test_an_adverb_of_the_clause_speaks_of_every_member_of_its_subject(pipeline: Any) -> None:
    doc = run(pipeline, "ويخوض الجيش اليمني والمقاومة الشعبية، بدعم من طيران التحالف، معارك في البيضاء.")
    assert found(doc, "support", "طيران التحالف", "الجيش اليمني") is not None
    assert found(doc, "support", "طيران التحالف", "المقاومة الشعبية") is not None
    # the event of the same support does not add it the other way round
    assert found(doc, "support", "الجيش اليمني", "طيران التحالف") is None


def test_a_pronoun_at_the_start_of_a_sentence_is_the_actor_of_the_one_before(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "وطالب حافظ قائد السبسي بتغيير الحكومة. ويدعمه في ذلك الاتحاد العام التونسي للشغل.",
    )
    assert found(doc, "support", "الاتحاد العام التونسي للشغل", "حافظ قائد السبسي") is not None


def test_a_pronoun_far_from_its_actor(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "قال الرئيس الباجي قائد السبسي الأحد إنه يتعين على رئيس الوزراء الاستقالة إذا استمرت الأزمة"
        " السياسية في البلاد، ليسحب بذلك دعمه لرئيس الوزراء يوسف الشاهد.",
    )
    r = found(doc, "support", "الباجي قائد السبسي", "يوسف الشاهد")
    assert r is not None and r["modality"] == "ended"


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("واتهم رئيس الوزراء في مايو نجل الرئيس بتدمير الحزب.", "نجل", "الرئيس"),  # no name: the kin noun
        ("ولم يشر الباجي قائد السبسي إلى الصراع بين نجله ورئيس الوزراء.", "نجله", "الباجي قائد السبسي"),
        ("وطالب حافظ قائد السبسي المدير التنفيذي للحزب، وهو نجل الرئيس، بتغيير الحكومة.", "حافظ قائد السبسي", "الرئيس"),
    ],
)
def test_kin_nouns_without_a_name(pipeline: Any, text: str, src: str, tgt: str) -> None:
    doc = run(pipeline, text)
    assert found(doc, "family", src, tgt) is not None, [
        (r["type"], r["source"]["text"], r["target"]["text"]) for r in doc.relations
    ]


def test_a_kin_noun_in_a_pair_is_an_actor(pipeline: Any) -> None:
    doc = run(pipeline, "ولم يشر الباجي قائد السبسي إلى الصراع بين نجله ورئيس الوزراء.")
    assert found(doc, "oppose", "نجله", "رئيس الوزراء") is not None
    assert found(doc, "family", "رئيس الوزراء", "الباجي قائد السبسي") is None


def test_a_sisterly_state_is_no_sister(pipeline: Any) -> None:
    doc = run(pipeline, "واستقبل الشيخ محمد بن زايد وفد المملكة الشقيقة في أبوظبي.")
    assert not [r for r in doc.relations if r["type"] == "family"]


def test_he_prefers_a_person(pipeline: Any) -> None:
    doc = run(
        pipeline,
        "أقر عبد الملك الحوثي، زعيم الحوثيين، بالهزيمة في مدينة عدن، لكنه وصف في خطاب بثته قناة «المسيرة»"
        " الموالية له الانتصار بالمحدود.",
    )
    assert found(doc, "loyal_to", "المسيرة", "عبد الملك الحوثي") is not None


@pytest.mark.parametrize(
    ("text", "rtype", "modality"),
    [
        # the speaker's description is the writer's; what follows «إن» is the speaker's
        ('وقال أحمد المسماري المتحدث باسم "جيش ليبيا الوطني" الذي يقوده حفتر، إن الوضع مستقر.', "leads", "asserted"),
        ("وقال المسماري إن قوات الكرامة المدعومة من الإمارات تتقدم.", "support", "reported"),
        # an accusation needs no quoted clause
        ("وتتهم حكومة الوفاق الإمارات بتمويل مرتزقة فاغنر.", "support", "reported"),
        # «انشقاقه»: the modality word with a pronoun
        ("وأعلن العقيد عبدالله معرجي السبت انشقاقه عن ميليشيات الحوثي.", "member_of", "ended"),
        # a wish is not a fact
        (
            "وأفاد الإليزيه بأن ماكرون يرغب في إقامة حوار بين قوات سوريا الديمقراطية وتركيا.",
            "negotiates_with",
            "hypothetical",
        ),
    ],
)
def test_modality(pipeline: Any, text: str, rtype: str, modality: str) -> None:
    doc = run(pipeline, text)
    got = [r["modality"] for r in doc.relations if r["type"] == rtype]
    assert got and got[0] == modality, [(r["type"], r["modality"]) for r in doc.relations]


@pytest.mark.parametrize(
    "text",
    [
        # «إلى جانب» before a verbal noun means «besides»
        "كانت الخلية تخطط لاستهداف شخصيات دولية إلى جانب استهداف الوفد الأمني المصري.",
        # a place after a direction word is where, not who
        "انشق مسؤولون في محافظة البيضاء، وسط اليمن، وانضموا إلى الحكومة الشرعية.",
    ],
)
def test_no_such_relation(pipeline: Any, text: str) -> None:
    doc = run(pipeline, text)
    assert not [r for r in doc.relations if r["type"] == "ally" or r["source"]["text"] == "اليمن"], [
        (r["type"], r["source"]["text"], r["target"]["text"]) for r in doc.relations
    ]
