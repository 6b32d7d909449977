"""Tests of NER: span evaluation, corpus reading, gazetteer matching, the tagging stage and merging."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import InputError, ModelError
from marsad.model import Article, Document, Mention
from marsad.ner import merge_entities
from marsad.ner.corpus import read_conll
from marsad.ner.crf import CrfTagger
from marsad.ner.evaluate import evaluate, spans
from marsad.ner.gazetteer import load_gazetteer
from marsad.text.tokens import tokenize


def test_spans_follow_conlleval() -> None:
    assert spans(["B-PER", "I-PER", "O", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    assert spans(["O", "I-ORG", "I-ORG"]) == {(1, 3, "ORG")}  # I- after O starts a span
    assert spans(["B-PER", "I-LOC"]) == {(0, 1, "PER"), (1, 2, "LOC")}  # type change splits
    assert spans(["B-PER", "B-PER"]) == {(0, 1, "PER"), (1, 2, "PER")}


def test_evaluate_exact_span() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    s = evaluate(gold, pred)
    assert s["LOC"].f1 == 1.0
    assert s["PER"].correct == 0 and s["PER"].support == 1
    assert s["micro"].precision == 0.5 and s["micro"].recall == 0.5


def test_read_conll_maps_types(tmp_path: Path) -> None:
    f = tmp_path / "c.txt"
    f.write_text("قال O\nخليفة B-PERS\nحفتر I-PERS\n\nفي O\nبنغازي B-LOC\n", encoding="utf-8")
    sents = read_conll(f)
    assert [s.tags for s in sents] == [["O", "B-PER", "I-PER"], ["O", "B-LOC"]]
    toks = sents[0].tokens()
    assert [t.text for t in toks] == ["قال", "خليفة", "حفتر"]


def test_read_conll_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_conll(tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_text("onlyoneword\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected 'WORD TAG'"):
        read_conll(bad)


def test_gazetteer_matches_multiword_names_through_clitics() -> None:
    g = load_gazetteer()
    toks = tokenize("وصل إلى وبنغازي ثم الأمم المتحدة")
    feats = g.match(toks)
    assert any(f.startswith("B-") for f in feats[2])  # وبنغازي matches بنغازي
    assert any(f.startswith("B-") for f in feats[4]) and any(f.startswith("I-") for f in feats[5])


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="marsad train ner"):
        CrfTagger(tmp_path / "none.crfsuite")


def test_tagging_finds_common_entities(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "وقال الرئيس الجزائري عبد المجيد تبون في الجزائر إن الأمم المتحدة تدعم الحوار في ليبيا."
    doc = pipeline(Article("t1", text))
    found = {(e.text, e.type) for e in doc.entities}
    assert ("عبد المجيد تبون", "PER") in found
    assert ("ليبيا", "GPE") in found  # LOC from the tagger, GPE once the places stage geocodes it
    assert ("الأمم المتحدة", "ORG") in found
    for e in doc.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_mentions_drop_glued_clitics(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "وصلت التعزيزات إلى طرابلس وبنغازي ولمصراتة أمس."
    doc = pipeline(Article("t2", text))
    names = {m.text for m in doc.mentions}
    assert "بنغازي" in names
    assert "وبنغازي" not in names


def test_merge_entities_groups_repeated_names() -> None:
    text = "حفتر قال. ثم حفتر عاد. وحفتر ذهب إلى بنغازي"
    doc = Document(Article("m", text))
    for start, label in ((0, "PER"), (13, "PER"), (24, "PER")):
        doc.mentions.append(Mention(start, start + 4, text[start : start + 4], label))
    b = text.index("بنغازي")
    doc.mentions.append(Mention(b, b + 6, "بنغازي", "LOC"))
    merge_entities(doc)
    assert [(e.id, e.text, e.type, len(e.mentions)) for e in doc.entities] == [
        ("e1", "حفتر", "PER", 3),
        ("e2", "بنغازي", "LOC", 1),
    ]


def test_merge_keeps_types_apart_and_picks_frequent_spelling() -> None:
    text = "مصراتة مصراته مصراته مصراته"
    doc = Document(Article("m2", text))
    doc.mentions = [
        Mention(0, 6, "مصراتة", "LOC"),
        Mention(7, 13, "مصراته", "LOC"),
        Mention(14, 20, "مصراته", "LOC"),
        Mention(21, 27, "مصراته", "ORG"),
    ]
    merge_entities(doc)
    assert [(e.text, e.type, len(e.mentions)) for e in doc.entities] == [("مصراته", "LOC", 3), ("مصراته", "ORG", 1)]


def test_fast_decoding_gives_crfsuites_tags_on_a_corpus() -> None:
    from conftest import shared

    sentences = read_conll(shared("anercorp", "ANERCorp_CamelLab_test.txt"))[:400]
    tagger = CrfTagger()
    tokens = [s.tokens() for s in sentences]
    fast = tagger.tag_many(tokens)
    assert fast == [tagger.tag_reference(t) for t in tokens]
    assert sum(tag != "O" for tags in fast for tag in tags) > 100  # the sample has names to find


def test_fast_emissions_are_the_summed_feature_weights() -> None:
    import numpy as np

    from marsad.ner.features import sentence_features

    tagger = CrfTagger()
    sc = tagger._scorer
    toks = tokenize("وقال خليفة حفتر إن قوات الجيش الليبي سيطرت على الهلال النفطي ، وبنغازي هادئة .")
    expected = np.zeros((len(toks), len(sc.labels)))
    for i, feats in enumerate(sentence_features(toks)):
        for f in feats:
            if f in sc.row:
                expected[i] += sc.weights[sc.row[f]]
    assert np.allclose(sc.emissions(toks), expected)
    assert np.abs(expected).sum() > 0


def test_emissions_of_many_sentences_do_not_leak_across_sentences() -> None:
    import numpy as np

    sc = CrfTagger()._scorer
    sents = [tokenize("قال حفتر ."), tokenize("بنغازي"), tokenize("وصل المبعوث غسان سلامة إلى طرابلس أمس .")]
    together = sc.emissions_many(sents)
    assert [len(e) for e in together] == [3, 1, 8]
    for sent, em in zip(sents, together, strict=True):
        assert np.allclose(em, sc.emissions(sent))


def test_tag_many_keeps_empty_sentences_in_place() -> None:
    tagger = CrfTagger()
    a = tokenize("التقى الرئيس عبد المجيد تبون بوفد من تونس .")
    assert tagger.tag_many([[], a, []]) == [[], tagger.tag(a), []]
    assert tagger.tag_many([]) == []
