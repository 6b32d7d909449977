"""Constructions of the recall round after rel-1400: a rival named by «ومنافسه» (rivals.py, also a member of the
list before it), an adverb «بدعم من» after an apposition set off by commas (apposed.py), a verb ending a list of
names, a nationality adjective as the agent of «بقيادة/بدعم» (adjectival.py), an ordinal standing for a counted
body (ordinals.py), an indefinite group with its own participle (groups.py, slots.py), continued support «تواصل X
دعم Y» (continued.py), the participants of a meeting «بمشاركة A و B» (participants.py), tension «التوتر مع/بين» (cues.tsv)."""

from __future__ import annotations

from relation_checks import absent_test, found_test

SIGNED = "ووقع الاتفاق رئيس المجلس الرئاسي فايز السراج ومنافسه القائد العسكري في الشرق المشير خليفة حفتر."
APPOSED = "وبدأت القوات الحكومية هجوما على مدينة درعا، آخر معاقل المعارضة في الجنوب، بدعم من روسيا."
LISTS = "وقال إن تحالف سائرون الذي يتزعمه مقتدى الصدر وحصل على أكبر عدد من المقاعد سيشكل الحكومة."
ORDINALS = "وتتنافس قائمتان، الأولى يتزعمها رئيس الوزراء حيدر العبادي، والثانية يتزعمها زعيم منظمة بدر هادي العامري."
GROUP = "ورجح مراقبون قيام تحالف انتخابي بين العبادي وأحزاب موالية لإيران."

FOUND = [
    # a person and his rival: they oppose each other, and the rival is the next signatory
    (SIGNED, "oppose", "فايز السراج", "خليفة حفتر", {"directed": False}),
    (SIGNED, "negotiates_with", "فايز السراج", "خليفة حفتر", {}),
    # the adverb speaks of the clause before the apposition
    (APPOSED, "support", "روسيا", "القوات الحكومية", {}),
    # a nationality adjective as the agent of an adverb of means
    ("وشن التحالف الدولي بقيادة أميركية غارات على مواقع التنظيم.", "leads", "أميركية", "التحالف", {}),
    ("وتقدمت القوات السورية بدعم روسي نحو المدينة.", "support", "روسي", "القوات", {"subtype": "military"}),
    # an ordinal standing for one of the bodies counted before it
    (ORDINALS, "leads", "حيدر العبادي", "الأولى", {}),
    (ORDINALS, "leads", "هادي العامري", "الثانية", {}),
    # an indefinite group with its own participle: a side of «بين», and the one the participle describes
    (GROUP, "ally", "العبادي", "أحزاب", {}),
    (GROUP, "loyal_to", "أحزاب", "إيران", {}),
    # continued support: the subject of the verb of continuing supports the masdar's genitive
    ("وأكد المتحدث أن روسيا ستواصل دعم الحكومة السورية.", "support", "روسيا", "الحكومة السورية", {}),
    ("وتواصل إيران تسليح الحوثيين في اليمن.", "support", "إيران", "الحوثيين", {"subtype": "military"}),
    # tension between two sides (cues.tsv)
    ("وتصاعد التوتر بين الرياض وطهران بعد الهجوم.", "oppose", "الرياض", "طهران", {"directed": False}),
    ("وأدى قرار أنقرة إلى تصاعد التوترات مع الولايات المتحدة.", "oppose", "أنقرة", "الولايات المتحدة", {}),
    # the participants of a meeting negotiate with each other
    (
        "وانطلقت في القاهرة محادثات حول المياه، وذلك بمشاركة وزراء الري في مصر والسودان وإثيوبيا.",
        "negotiates_with",
        "مصر",
        "إثيوبيا",
        {"directed": False},
    ),
]

ABSENT = [
    # not the actor inside the apposition
    (APPOSED, "support", "روسيا", "المعارضة"),
    # a verb and its complement end a list of leaders
    (LISTS, "leads", "حصل", ""),
    # the adverb's adjective is the agent, not the actor before it
    ("وتقدمت القوات السورية بدعم روسي نحو المدينة.", "support", "القوات", "روسي"),
    # the participle describes the group alone, not al-Abadi joined to it
    (GROUP, "loyal_to", "العبادي", "إيران"),
    # a rival noun with no person after it names no one
    ("وقال فايز السراج إن منافسه لن يحضر الاجتماع.", "oppose", "", ""),
    # «بمشاركة» after no meeting noun, or after a new item of the sentence
    ("وشنت القوات عملية عسكرية بمشاركة السعودية والإمارات.", "negotiates_with", "", ""),
    (
        "ولا نستبعد أن تكون المشاورات جزءا من عملية أوسع نطاقا، وربما بمشاركة روسيا والولايات المتحدة.",
        "negotiates_with",
        "",
        "",
    ),
]


test_found = found_test(FOUND)


test_absent = absent_test(ABSENT)
