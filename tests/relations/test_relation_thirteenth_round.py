"""Constructions of the thirteenth round: a glued «لل» read as ل + the article (an actor the tokenizer left
whole), opponents «المناوئة/المعارضين لـ», the spelling «المواليين», presiding «ترؤس», patronage «رعايتها
لـ» (not «برعاية»), a plural participle standing for its own actor («والموالون له»), a subject list after a
verb with an object pronoun («يتزعمها A و B»), and a participle set off by a comma that describes the head
of the phrase before it («القوات الموالية للحكومة، المدعومة من التحالف»), fighters and factions «من» a body
(«متشددون من تنظيم داعش»; not from a place, not a partitive «من العناصر»)."""

from __future__ import annotations

import pytest
from relation_checks import absent_test, found_test

from marsad.model import Token
from marsad.relations.article import relinked
from marsad.text.normalize import normalize
from marsad.text.tokens import tokenize

FOUND = [
    # a nisba plural after «لل» that the tokenizer leaves whole is the slot of the cue's ل
    ("ويمثل الحزب الوجاهات السياسية المناوئة للحوثيين في المناطق الشمالية.", "oppose", "الوجاهات", "حوثيين", {}),
    ("وقال إن الأحزاب المعارضين للحكومة رفضوا الاتفاق.", "oppose", "الأحزاب", "الحكومة", {}),
    ("وانتشرت القوات المواليين للرئيس عبد ربه منصور هادي في عدن.", "loyal_to", "القوات", "عبد ربه منصور هادي", {}),
    (
        "وظهر الرئيس عبد العزيز بوتفليقة عند ترؤسه لمجلس الوزراء الأسبوع الماضي.",
        "leads",
        "عبد العزيز بوتفليقة",
        "مجلس الوزراء",
        {},
    ),
    ("وندعو لوقف إيران عن تدخلاتها ورعايتها للميليشيات في المنطقة.", "support", "إيران", "ميليشيات", {}),
    # a plural participle with nothing before it is the actor itself
    (
        "وصل الرئيس عبد ربه منصور هادي إلى عدن، واستطاع الموالون له السيطرة على المطار.",
        "loyal_to",
        "الموالون",
        "عبد ربه منصور هادي",
        {"source": "الموالون"},
    ),
    (
        "وصل الرئيس عبد ربه منصور هادي إلى عدن، بينما سيواصل المعارضون له تمردهم.",
        "oppose",
        "المعارضون",
        "عبد ربه منصور هادي",
        {},
    ),
    # each member of the subject list after a verb with an object pronoun
    ("وهو تحالف يقوده حيدر العبادي وهادي العامري.", "leads", "هادي العامري", "تحالف", {}),
    ("وأكدت الحركة التي يدعمها الحزب الديمقراطي وحركة النهضة موقفها.", "support", "حركة النهضة", "الحركة", {}),
    # a participle after a comma describes the head of the phrase before it
    (
        "دخلت القوات الموالية للحكومة اليمنية، المدعومة من التحالف الذي تقوده السعودية، مجمع المطار.",
        "support",
        "التحالف",
        "القوات",
        {"target": "القوات"},
    ),
    ("وتعارض فصائل متشددة، مدعومة من قطر، هذا الاتفاق.", "support", "قطر", "فصائل متشددة", {}),
    # fighters and factions «من» a body are its members
    ("قتل جنود عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش.", "member_of", "متشددون", "تنظيم داعش", {}),
    ("حتى اتحد أكثر من 45 فصيلا من الجيش الحر لتشكيل جيش الإسلام.", "member_of", "فصيلا", "الجيش الحر", {}),
]


test_found = found_test(FOUND)


ABSENT = [
    # «برعاية» is «under the auspices of», no support
    ("وعقد الاجتماع برعاية الأمم المتحدة للأطراف اليمنية.", "support", "", ""),
    # an adjective «المعادية للسامية» names no actor after «لل»
    ("ورفض المجلس الشعارات المعادية للسامية.", "oppose", "", ""),
    # the recipient inside another cue's slot is not what the apposed participle describes
    (
        "دخلت القوات الموالية للحكومة اليمنية، المدعومة من التحالف الذي تقوده السعودية، مجمع المطار.",
        "support",
        "",
        "الحكومة",
    ),
    # a body described anew by its own relative clause ends the list of leaders
    (
        "وقال الزعيمان إن التحالف بين ائتلاف النصر الذي يتزعمه العبادي وتحالف سائرون الذي يتزعمه الصدر عابر للطائفية.",
        "leads",
        "تحالف",
        "ائتلاف النصر",
    ),
    # fighters «من» a country come from it; «من العناصر الإرهابية» is a partitive; with the article no title
    ("وصل مقاتلين من سوريا إلى ليبيا.", "member_of", "", ""),
    ("لقي خمسة مسلحين من العناصر الإرهابية مصرعهم في كراتشي.", "member_of", "", ""),
    ("ولكن صالح تحالف مع المقاتلين من حركة الحوثيين.", "member_of", "", ""),
]


test_absent = absent_test(ABSENT)


RELINKED = [
    # (word as the tokenizer may leave it whole, whether read as ل + ال + stem, the core read)
    ("للحوثيين", True, "الحوثيين"),
    ("للانقلابيين", True, "الانقلابيين"),
    ("للغاية", False, "للغايه"),  # an adverb, far more common whole
    ("للسامية", False, "للساميه"),  # no actor: stays whole
    ("الحوثيين", False, "الحوثيين"),
]


@pytest.mark.parametrize(("word", "split", "core"), RELINKED)
def test_relinked(word: str, split: bool, core: str) -> None:
    whole = Token(word, 10, 10 + len(word), normalize(word))  # no clitic split, as the tokenizer left it
    got = relinked(whole, frozenset())
    assert (got is not whole) == split
    assert got.core == core
    assert (got.start, got.end) == (10, 10 + len(word))
    if split:
        assert got.prefix == "لل" and got.core_start == 12  # the name's span starts after «لل»


def test_relinked_keeps_conjunction() -> None:
    tok = tokenize("وللحوثيين")[0]
    got = relinked(tok, frozenset())
    assert got.core == "الحوثيين" and got.core_start == 3 and got.prefix == "ولل"
