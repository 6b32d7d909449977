"""Constructions of the round after rel-1700: a definite nisba adjective is no cue plus «ي» (counted.py), a member
noun counted by a number is nobody's membership (counted.py), joint electoral lists (slates.py, cues.tsv «لائحة/
قائمة مع»), «انتخابه رئيسا لـ» (elected.py) and «وذلك خلال استقباله» (occasions.py); each case fails without its
rule but the guards."""

from __future__ import annotations

from relation_checks import absent_test, found_test

from marsad.relations.slates import electoral_slates, on_one_list

FOUND = [
    # meeting on one electoral list: an alliance
    (
        "واجتمع فريد هيكل الخازن اليوم مع التيار الوطني الحر في لائحة واحدة في كسروان.",
        "ally",
        "فريد هيكل الخازن",
        "التيار الوطني الحر",
        {"directed": False},
    ),
    # a joint list formed with another party
    ("وشكل حزب الكتائب اللبنانية لائحته مع حزب القوات اللبنانية في المتن.", "ally", "حزب الكتائب", "القوات", {}),
    # the pronoun of «انتخابه» before «رئيسا لـ» is the man named before
    ("وجاء اختيار برهم صالح بعد انتخابه رئيسا للعراق.", "leads", "برهم صالح", "عراق", {}),
    # «وذلك خلال استقباله»: the main clause's subject receives, not the man inside its object
    (
        "أشاد رئيس الوزراء اللبناني، سعد الحريري، بالدعم الذي يقدمه ولي العهد السعودي، الأمير محمد بن سلمان، "
        "لدعم الاستقرار في لبنان، وذلك خلال استقباله لمجلس الأعمال اللبناني-السعودي، الثلاثاء.",
        "negotiates_with",
        "سعد الحريري",
        "مجلس الأعمال",
        {},
    ),
    # guard: an uncounted membership stays
    ("وأصبح أحمد صالح عضوا في حزب الدعوة.", "member_of", "أحمد صالح", "حزب الدعوة", {}),
]

ABSENT = [
    # «الإعلام الحربي»: the nisba adjective, no war between the agency and the party
    (
        "نقلت وكالة رويترز للأنباء عن وحدة الإعلام الحربي التابعة لحزب الله القول إن الطائرات قصفت.",
        "oppose",
        "",
        "",
    ),
    # a count of members: the one who won the votes is not said to be a member
    ("وحصل أحمد صالح على أصوات 219 من أصل 329 عضوا في حزب الدعوة.", "member_of", "أحمد صالح", ""),
    # the receiver is not the man inside the praised support
    (
        "أشاد رئيس الوزراء اللبناني، سعد الحريري، بالدعم الذي يقدمه ولي العهد السعودي، الأمير محمد بن سلمان، "
        "لدعم الاستقرار في لبنان، وذلك خلال استقباله لمجلس الأعمال اللبناني-السعودي، الثلاثاء.",
        "negotiates_with",
        "محمد بن سلمان",
        "",
    ),
    # a meeting with no joint list stays talks, not an alliance
    ("واجتمع فريد هيكل الخازن اليوم مع التيار الوطني الحر في كسروان.", "ally", "", ""),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)


def test_slates_retype_only_talks_on_one_list() -> None:
    assert on_one_list("اجتمعوا ضمن قائمة مشتركة في بغداد")
    assert not on_one_list("نشرت الوزارة قائمة بأسماء المطلوبين")
    rels = [
        {"type": "negotiates_with", "directed": False, "sentence": "اجتمع مع التيار في لائحة واحدة"},
        {"type": "negotiates_with", "directed": False, "sentence": "اجتمع مع التيار في بيروت"},
        {"type": "support", "directed": True, "sentence": "دعم التيار في لائحة واحدة"},
    ]
    assert [r["type"] for r in electoral_slates(rels)] == ["ally", "negotiates_with", "support"]
