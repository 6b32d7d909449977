"""The relations stage: cue patterns, list members, modality, and the actor network export."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest

from marsad.errors import ModelError
from marsad.export import DocumentWriter
from marsad.model import Article, Document
from marsad.relations import RELATION_TYPES, load_relation_lexicon
from marsad.relations.lexicon import GAP
from marsad.schema import validation_errors


def run(pipeline: Any, text: str, doc_id: str = "r") -> Document:
    doc = pipeline(Article(doc_id, text, published=dt.date(2020, 6, 8)))
    assert validation_errors(doc.to_dict()) == []
    for rel in doc.relations:
        for end in ("source", "target"):
            ref = rel[end]
            assert doc.text[ref["start"] : ref["end"]] == ref["text"]
        ev = rel["evidence"]
        assert doc.text[ev["start"] : ev["end"]] == ev["text"]
    return doc


def triples(doc: Document) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"]["text"], r["target"]["text"]) for r in doc.relations}


def test_cue_table_loads_with_known_types() -> None:
    lex = load_relation_lexicon()
    assert {c.type for cues in lex.cues.values() for c in cues} <= set(RELATION_TYPES)
    assert set(lex.modality.values()) <= {"ended", "unconfirmed", "hypothetical"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تسيطر القوات الموالية لحكومة الوفاق على المدينة.", ("loyal_to", "القوات", "حكومة الوفاق")),
        (
            "أعلن المجلس العسكري مصراتة تحالفه مع سرايا الدفاع عن بنغازي.",
            ("ally", "المجلس العسكري مصراتة", "سرايا الدفاع عن بنغازي"),
        ),
        (
            "منح مجلس النواب الثقة لحكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة.",
            ("leads", "عبد الحميد الدبيبة", "حكومة الوحدة الوطنية"),
        ),
        ("وصل الدعم التركي للسراج إلى مستوى غير مسبوق.", ("support", "التركي", "السراج")),
        (  # a cue with an attached pronoun: «وحليفهم»
            "تكبد الانقلابيون الحوثيون وحليفهم المخلوع علي عبدالله صالح خسائر فادحة.",
            ("ally", "الحوثيون", "علي عبدالله صالح"),
        ),
    ],
)
def test_patterns(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    doc = run(pipeline, text)
    rtype, src, tgt = expected
    assert any(t == rtype and (src in s or s in src) and (tgt in g or g in tgt) for t, s, g in triples(doc)), triples(
        doc
    )


def test_a_list_gives_one_relation_per_member(pipeline: Any) -> None:
    doc = run(pipeline, "وتساند الحكومة المدعومة من حركة الشعب والتيار الديمقراطي خطة الإصلاح.")
    sources = {r["source"]["text"] for r in doc.relations if r["type"] == "support"}
    assert "حركة الشعب" in sources
    assert any("التيار الديمقراطي".startswith(s) for s in sources), sources  # the head noun at least


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("نفت أنقرة تقديم أسلحة لقوات الوفاق.", "denied"),
        ("قرر حزب قلب تونس عدم التحالف مع حركة النهضة.", "denied"),
        ("سحب مجلس شورى النهضة دعمه لحكومة الفخفاخ.", "ended"),
        ("لم يتأكد بعد دعم السودان لقوات حفتر.", "unconfirmed"),
        ("نفى حزب الله أي دعم للحوثيين في اليمن.", "denied"),
        ("لم تعد الإمارات تدعم قوات حفتر.", "ended"),  # a negation that ends, not denies
        ("تخلت روسيا عن بشار الأسد في الأشهر الأخيرة.", "ended"),  # verb-subject with a gap
        ("يشتبه في أن إيران تمول جماعة الحوثي.", "unconfirmed"),
        ("انشق قائد كتيبة النصر عن الجيش الوطني الليبي.", "ended"),
    ],
)
def test_denied_ended_or_unconfirmed_is_never_current(pipeline: Any, text: str, modality: str) -> None:
    doc = run(pipeline, text)
    assert doc.relations, "the relation itself must be found"
    for rel in doc.relations:
        assert rel["modality"] not in ("asserted", "reported"), rel
    assert any(r["modality"] == modality for r in doc.relations), [r["modality"] for r in doc.relations]


def test_double_negation_is_support(pipeline: Any) -> None:
    doc = run(pipeline, "أكد دبلوماسيون أن مصر التي أعلنت عدم تخليها عن حفتر تدرس خيارات جديدة.")
    (rel,) = [r for r in doc.relations if r["type"] == "support"]
    assert rel["source"]["text"] == "مصر" and rel["target"]["text"] == "حفتر"
    assert rel["modality"] in ("asserted", "reported")


def test_network_export_reads_back_with_networkx(pipeline: Any) -> None:
    import networkx as nx

    docs = [
        run(pipeline, "تسيطر القوات الموالية لحكومة الوفاق على المدينة، وتتهم الإمارات بدعم قوات حفتر.", "a"),
        run(pipeline, "وصل الدعم التركي للسراج إلى مستوى غير مسبوق بعد لقاء بين فائز السراج وخليفة حفتر.", "b"),
    ]
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = io.StringIO()
        with DocumentWriter(out, fmt) as w:
            for d in docs:
                w.write(d)
        graph = reader(io.BytesIO(out.getvalue().encode("utf-8")))
        with_actor = [
            r for d in docs for r in d.relations if r["source"].get("actor_id") and r["target"].get("actor_id")
        ]
        assert graph.number_of_edges() == len(
            {(r["source"]["actor_id"], r["target"]["actor_id"], r["type"]) for r in with_actor}
        )
        for _, _, data in graph.edges(data=True):
            assert data["weight"] >= 1 and data["relation"] in RELATION_TYPES


def test_network_export_is_the_same_on_every_run(pipeline: Any) -> None:
    doc = run(pipeline, "تسيطر القوات الموالية لحكومة الوفاق على المدينة.")
    outputs = []
    for _ in range(2):
        out = io.StringIO()
        with DocumentWriter(out, "gexf") as w:
            w.write(doc)
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1] and "lastmodifieddate" not in outputs[0]


def test_no_actor_is_related_to_itself_in_a_real_article(pipeline) -> None:  # type: ignore[no-untyped-def]
    """An article where «المقاتلين الموالين …» once gave «جبهة النصرة» loyal to itself."""
    import json
    import zipfile

    from conftest import shared

    from marsad.model import Article
    from marsad.text.normalize import normalize

    with zipfile.ZipFile(shared("saudinewsnet_sample", "2015-08-03.zip")) as z:
        member = next(n for n in z.namelist() if n.endswith(".json"))
        article = next(a for a in json.loads(z.read(member)) if a["url"] == "http://www.alriyadh.com/1070038")
    doc = pipeline(Article("a", article["content"]))
    assert doc.relations
    for r in doc.relations:
        assert normalize(r["source"]["text"]) != normalize(r["target"]["text"]), r


def has(doc: Document, rtype: str, src: str, tgt: str) -> bool:
    """A relation of ``rtype`` whose ends overlap ``src`` and ``tgt`` (one contains the other)."""
    return any(t == rtype and (src in s or s in src) and (tgt in g or g in tgt) for t, s, g in triples(doc))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb inflected from one stem («دعم*»), verb-subject-object
        ("وتدعم روسيا قوات حفتر في شرق ليبيا.", ("support", "روسيا", "قوات حفتر")),
        # an object pronoun on the verb: the actor before it is the target
        ("وتسيطر حركة حزم التي تدعمها الولايات المتحدة على المعبر.", ("support", "الولايات المتحدة", "حركة")),
        # a pronoun on a masdar («ولاءها») and an organisation noun joined to its name
        ("وأعلنت كتيبة ثوار طرابلس ولاءها لحكومة الوفاق.", ("loyal_to", "كتيبة ثوار طرابلس", "حكومة الوفاق")),
        # a subject inside the gap of «انشق … عن», then «انضم إلى»
        (
            "انشق قائد كتيبة النصر عن الجيش الوطني الليبي وانضم إلى قوات الوفاق.",
            ("member_of", "كتيبة النصر", "الجيش الوطني الليبي"),
        ),
        # a descriptor the recogniser does not know as an actor, right before the modifier
        ("تقدمت الفصائل الموالية لتركيا نحو منبج.", ("loyal_to", "الفصائل", "تركيا")),
        # a title carrying the ل before the name
        ("سيطرت القوات الموالية للرئيس عبد ربه منصور هادي على المطار.", ("loyal_to", "القوات", "عبد ربه منصور هادي")),
        # apposition after a comma
        ("وقال راشد الغنوشي، رئيس حركة النهضة، إن الحركة لن تشارك.", ("leads", "راشد الغنوشي", "حركة النهضة")),
        ("استقبل الرئيس عبد المجيد تبون وزير خارجية فرنسا جان إيف لودريان.", ("member_of", "جان إيف لودريان", "فرنسا")),
        # two actors joined before an agreement noun
        ("ووقع المغرب وإسرائيل اتفاقا لاستئناف العلاقات.", ("negotiates_with", "المغرب", "إسرائيل")),
        # a masdar of purpose: «لدعم X و Y», the source is who sends
        (
            "وصلت تعزيزات من دول التحالف لدعم الجيش الوطني والمقاومة الشعبية.",
            ("support", "التحالف", "المقاومة الشعبية"),
        ),
        # a feminine pronoun («علاقاتها») is not the man named in «على لسان وزير خارجيتها …»
        (
            "أعلنت قطر على لسان وزير خارجيتها محمد بن عبد الرحمن قطع علاقاتها مع إسرائيل.",
            ("oppose", "قطر", "إسرائيل"),
        ),
        # «لمواجهة»: the subject of the clause, not the actor inside «مع …»
        (
            "أعلن المجلس العسكري مصراتة تحالفه مع كتيبة الفاروق لمواجهة قوات الكرامة.",
            ("oppose", "المجلس", "قوات الكرامة"),
        ),
        # kin without a name: the kin noun stands for the relative
        ("فرض مجلس الأمن عقوبات على صالح ونجله.", ("family", "نجله", "صالح")),
    ],
)
def test_general_constructions(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    doc = run(pipeline, text)
    assert has(doc, *expected), triples(doc)


def test_the_slot_of_a_preposition_takes_a_name_the_recogniser_missed(pipeline: Any) -> None:
    doc = run(pipeline, "أعلنت الحكومة المدعومة من النهضة والتيار الديمقراطي برنامجها.")
    assert has(doc, "support", "النهضة", "الحكومة"), triples(doc)
    assert has(doc, "support", "التيار", "الحكومة"), triples(doc)


def test_a_list_of_names_after_a_kin_word(pipeline: Any) -> None:
    doc = run(pipeline, "ويعتمد المشير خليفة حفتر على أبنائه صدام وخالد اللذين يقودان ألوية.")
    assert has(doc, "family", "صدام", "خليفة حفتر") and has(doc, "family", "خالد", "خليفة حفتر"), triples(doc)


def test_a_pronoun_end_is_the_actor_joined_before(pipeline: Any) -> None:
    doc = run(pipeline, "وكانت جبهة النصرة والمقاتلين الموالين لها قد سيطروا على المدينة.")
    assert triples(doc) == {("loyal_to", "المقاتلين", "جبهة النصرة")}


@pytest.mark.parametrize(
    "text",
    [
        "انتشرت الكتائب الموالية بطرابلس منذ أمس.",  # «الموالية» without ل: no one it is loyal to
        "فاز الهلال في مواجهة النصر بهدفين.",  # a football match, not «لمواجهة»
        "هدد يوسف وإخوانه بالرحيل.",  # a plural kin noun names no relative
        "وقال حافظ قائد السبسي إن الحزب موحد.",  # «قائد» inside a name is no title
        "أعلن الرئيس عبد المجيد تبون اجتماعا للحكومة.",  # a meeting of one side
        "وشدد على أن مدينة عدن خالية من أي وجود للقوات التابعة للحوثي.",  # no actor after «التابعة لـ»
    ],
)
def test_no_relation_where_none_is_stated(pipeline: Any, text: str) -> None:
    doc = run(pipeline, text)
    assert not [r for r in doc.relations if not r["evidence"]["cue"].startswith("event:")], triples(doc)


def test_cue_marks_inflect_gap_and_lam(tmp_path: Any) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text(
        "form\tpattern\ttype\tsubtype\tdirected\n"
        "ساند*\tverb\tsupport\tpolitical\tyes\n"
        "انشق … عن\tbefore_after\tmember_of\t-\tyes\n"
        "الموالي لـ\tmodifier\tloyal_to\t-\tyes\n"
        "لـ مواجهة\tbefore_after\toppose\t-\tyes\n",
        encoding="utf-8",
    )
    lex = load_relation_lexicon(str(path))
    assert {"ساند", "ساندت", "يساند", "تساندان", "سيساند"} <= set(lex.cues)
    (gap,) = lex.cues["انشق"]
    assert gap.words == ("انشق", GAP, "عن")
    (lam,) = lex.cues["موالي"]
    assert lam.lam and not lam.lam_first
    (first,) = lex.cues["مواجهه"]
    assert first.lam_first and not first.lam


def test_a_gap_must_stand_between_words(tmp_path: Any) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text("form\tpattern\ttype\tsubtype\tdirected\n… عن\tbefore_after\tmember_of\t-\tyes\n", encoding="utf-8")
    with pytest.raises(ModelError, match=r"cues.tsv:2: a gap «…» must stand between two words"):
        load_relation_lexicon(str(path))


@pytest.mark.parametrize(
    ("text", "rtype", "modality"),
    [
        # an apposition is the writer's statement, not the quoted speaker's
        ("وقال راشد الغنوشي، رئيس حركة النهضة، إن الحركة لن تشارك.", "leads", "asserted"),
        ("أعلن القيادي السابق في حركة النهضة عبد اللطيف المكي تأسيس حزب جديد.", "member_of", "ended"),
        # «السابق» belongs to the president, the loyalty is current
        ("سيطرت القوات الموالية للرئيس اليمني السابق علي عبد الله صالح على المطار.", "loyal_to", "asserted"),
    ],
)
def test_modality_of_appositions_and_former(pipeline: Any, text: str, rtype: str, modality: str) -> None:
    doc = run(pipeline, text)
    rels = [r for r in doc.relations if r["type"] == rtype]
    assert rels and all(r["modality"] == modality for r in rels), [(r["type"], r["modality"]) for r in doc.relations]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("وتستعد قوات حفتر المدعومة من الإمارات لهجوم جديد.", "military"),  # an armed recipient
        ("أعلنت الحكومة المدعومة من حركة النهضة برنامجها.", "political"),
        ("قدمت قطر دعما ماليا لحركة حماس.", "financial"),  # the cue names it
    ],
)
def test_support_subtype_from_the_cue_or_the_recipient(pipeline: Any, text: str, subtype: str) -> None:
    doc = run(pipeline, text)
    rels = [r for r in doc.relations if r["type"] == "support"]
    assert rels and all(r["subtype"] == subtype for r in rels), [(r["source"]["text"], r["subtype"]) for r in rels]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("نفى الحزب أن يكون محمد الصغير عضوا في حركة النهضة.", "denied"),  # a denied clause
        ("نفى أحمد عيد رئيس الاتحاد السعودي وجود خلافات.", "asserted"),  # the apposition is not denied
    ],
)
def test_a_title_is_denied_only_inside_the_denied_clause(pipeline: Any, text: str, modality: str) -> None:
    doc = run(pipeline, text)
    rels = [r for r in doc.relations if r["type"] in ("leads", "member_of")]
    assert rels and all(r["modality"] == modality for r in rels), [(r["type"], r["modality"]) for r in doc.relations]
