"""Actors: titles, clitics, possessives, families, acronyms, the registry, the curated list, Latin names."""

from __future__ import annotations

from pathlib import Path

import pytest
from actor_checks import hand_doc, run

from marsad.actors import ActorRegistry, ActorStage, latin_name, load_actor_list
from marsad.actors.latin import is_readable_latin, org_latin, romanize
from marsad.actors.names import name_key, strip_titles
from marsad.errors import ConfigError
from marsad.model import Article, Document, Entity
from marsad.settings import ActorSettings


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage()


def by_text(doc: Document, text: str) -> Entity:
    hits = [e for e in doc.entities if any(m.text == text for m in e.mentions)]
    assert len(hits) == 1, [(e.id, e.text) for e in doc.entities]
    return hits[0]


# --------------------------------------------------------------------------- titles and clitics


def test_strip_titles_keeps_exact_offsets() -> None:
    st = strip_titles("المشير خليفة حفتر")
    assert (st.drop, st.words, [t.type for t in st.titles]) == (7, ["خليفه", "حفتر"], ["military"])
    st = strip_titles("الرئيس التونسي قيس سعيد")
    assert (st.drop, st.words, st.country) == (15, ["قيس", "سعيد"], "TN")
    st = strip_titles("رئيس الحكومة هشام المشيشي")
    assert (st.drop, st.words) == (13, ["هشام", "المشيشي"])
    assert strip_titles("الرئيس").drop == 0  # a title alone stays


def test_title_inside_a_ner_span_is_cut_from_the_mention(stage: ActorStage) -> None:
    doc = hand_doc(
        "قال المشير خليفة حفتر إن الوضع هادئ، وأكد العقيد حفتر ذلك.",
        [("المشير خليفة حفتر", "PER"), ("العقيد حفتر", "PER")],
    )
    stage(doc)
    (e,) = [e for e in doc.entities if e.type == "PER"]
    assert [(m.start, m.text) for m in e.mentions] == [(11, "خليفة حفتر"), (49, "حفتر")]
    assert all(doc.text[m.start : m.end] == m.text for m in e.mentions)
    assert (e.id, e.actor_id, e.text, e.latin, e.kind) == ("e1", "ly-haftar", "خليفة حفتر", "Khalifa Haftar", "person")
    assert "title:المشير" in e.evidence


def test_clitics_in_name_keys() -> None:
    assert name_key("للأمم المتحدة") == name_key("الأمم المتحدة") == ("الامم", "المتحده")
    assert name_key("عبد المجيد تبون") == name_key("عبدالمجيد تبون") == ("عبدالمجيد", "تبون")
    assert name_key("«الجيش الوطني الليبي»") == ("الجيش", "الوطني", "الليبي")
    assert strip_titles("للمشير خليفة حفتر").words == ["خليفه", "حفتر"]


def test_nationality_after_title_gives_country(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "التقى الرئيس التونسي قيس سعيد بالرئيس الجزائري عبد المجيد تبون. وقال الرئيس سعيد إن تونس تدعم الحوار.",
    )
    saied = by_text(doc, "قيس سعيد")
    assert [m.text for m in saied.mentions] == ["قيس سعيد", "سعيد"]
    assert (saied.actor_id, saied.country, saied.latin) == ("tn-saied", "TN", "Kais Saied")
    assert by_text(doc, "عبد المجيد تبون").latin == "Abdelmadjid Tebboune"


# --------------------------------------------------------------------------- possessives and families


def test_possessive_group_is_an_org_affiliated_to_the_person(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline, stage, "قال العقيد أحمد الورفلي إن قوات الورفلي تقدمت نحو المدينة، وأكد الورفلي أن الهجوم انتهى."
    )
    person = by_text(doc, "أحمد الورفلي")
    forces = by_text(doc, "قوات الورفلي")
    assert [m.text for m in person.mentions] == ["أحمد الورفلي", "الورفلي"]
    assert (person.type, person.kind) == ("PER", "person")
    assert (forces.type, forces.kind, forces.affiliation) == ("ORG", "armed_group", person.actor_id)
    assert forces.actor_id != person.actor_id
    assert "rule:قوات+PER→armed_group (قوات الورفلي)" in forces.evidence


def test_government_of_a_person(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "قال رئيس الحكومة هشام المشيشي إن حكومة المشيشي ستعمل، وأكد المشيشي ذلك.")
    gov = by_text(doc, "حكومة المشيشي")
    assert (gov.type, gov.kind, gov.affiliation, gov.latin) == (
        "ORG",
        "government",
        "tn-mechichi",
        "Al-Mashishi Government",
    )
    assert [m.text for m in by_text(doc, "هشام المشيشي").mentions] == ["هشام المشيشي", "المشيشي"]


def test_curated_possessive_forms(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "قال المشير خليفة حفتر إن قوات حفتر تقدمت. وقال فائز السراج إن حكومة السراج لن تتفاوض.")
    assert (by_text(doc, "قوات حفتر").actor_id, by_text(doc, "قوات حفتر").affiliation) == ("ly-lna", "ly-haftar")
    assert by_text(doc, "حكومة السراج").actor_id == "ly-gna"
    assert by_text(doc, "خليفة حفتر").actor_id == "ly-haftar"


def test_sons_are_not_the_father(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "قال المشير خليفة حفتر إن قواته تقدمت. وأكد حفتر أن نجل حفتر صدام يقود اللواء. وزار صدام حفتر القاهرة.",
    )
    father = by_text(doc, "خليفة حفتر")
    son = by_text(doc, "صدام حفتر")
    assert father.id != son.id
    assert [m.text for m in son.mentions] == ["صدام", "صدام حفتر"]
    assert (father.actor_id, son.actor_id, son.latin) == ("ly-haftar", "ly-saddam-haftar", "Saddam Haftar")


def test_relatives_of_an_uncurated_family(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "استقبل سالم الزروق وفدا، وقال نجل الزروق محمد إن العائلة ترحب. والتقى محمد الزروق بالوفد، وقال الزروق إن اللقاء كان إيجابيا.",
    )
    father = by_text(doc, "سالم الزروق")
    son = by_text(doc, "محمد الزروق")
    assert father.id != son.id and father.actor_id != son.actor_id
    assert son.text == "محمد الزروق" and [m.text for m in son.mentions] == ["محمد", "محمد الزروق"]
    assert son.affiliation == father.actor_id
    # the surname alone, with two full names in the text, is neither of them
    alone = by_text(doc, "الزروق")
    assert alone.id not in (father.id, son.id) and [m.start for m in alone.mentions] == [34, 95]


def test_a_relative_tagged_together_with_the_family_name(stage: ActorStage) -> None:
    # «نجل الزروق محمد» where the tagger took «الزروق محمد» as one name: محمد is the relative
    doc = stage(
        hand_doc(
            "استقبل سالم الزروق وفدا، وقال نجل الزروق محمد إن العائلة ترحب.",
            [("سالم الزروق", "PER"), ("الزروق محمد", "PER")],
        )
    )
    son = by_text(doc, "محمد")
    father = by_text(doc, "سالم الزروق")
    assert son.id != father.id and son.affiliation == father.actor_id
    assert any(m.text == "الزروق" and m.start == 34 for e in doc.entities for m in e.mentions)


def test_a_two_word_name_after_a_kin_word_stays_whole(stage: ActorStage) -> None:
    # «نجل عبد الله»: عبد is no family name in the document, so the name is not cut
    doc = stage(hand_doc("وصل نجل عبد الله إلى المدينة.", [("عبد الله", "PER")]))
    assert any(m.text == "عبد الله" for e in doc.entities for m in e.mentions)


# --------------------------------------------------------------------------- organisations


def test_acronym_in_parentheses_and_short_forms(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline, stage, "أعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته عن الهجوم. وقال مسؤول إن داعش يسيطر على سرت."
    )
    isis = by_text(doc, "تنظيم الدولة الإسلامية")
    assert [m.text for m in isis.mentions] == ["تنظيم الدولة الإسلامية", "داعش", "داعش"]
    assert (isis.actor_id, isis.kind, isis.latin) == ("is", "armed_group", "Islamic State")


def test_uncurated_parenthesised_acronym() -> None:
    stage = ActorStage()
    doc = hand_doc("أعلنت رابطة شباب الجنوب الحر (رشجح) أن رشجح لن تشارك.", [("رابطة شباب الجنوب الحر", "ORG")])
    stage(doc)
    (e,) = doc.entities
    assert [m.text for m in e.mentions] == ["رابطة شباب الجنوب الحر", "رشجح", "رشجح"]
    assert e.kind == "other" and "rule:alias in parentheses (رشجح)" in e.evidence


def test_long_and_short_forms_merge_but_not_different_heads(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "أعلنت حكومة الوفاق الوطني أن قوات الوفاق صدت الهجوم، وقالت الوفاق إنها لن تتراجع.")
    gov = by_text(doc, "حكومة الوفاق الوطني")
    forces = by_text(doc, "قوات الوفاق")
    assert gov.id != forces.id
    assert (gov.actor_id, forces.actor_id, forces.affiliation) == ("ly-gna", "ly-gna-forces", "ly-gna")


def test_brotherhood_variants(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "وقالت جماعة الإخوان المسلمين إن الإخوان لم يشاركوا.")
    mb = by_text(doc, "جماعة الإخوان المسلمين")
    assert [m.text for m in mb.mentions] == ["جماعة الإخوان المسلمين", "الإخوان"]
    assert (mb.actor_id, mb.latin) == ("mb", "Muslim Brotherhood")


def test_org_kind_and_country_from_the_name() -> None:
    stage = ActorStage()
    doc = hand_doc("قال الجيش الموريتاني إن حزب التكتل سيشارك.", [("الجيش الموريتاني", "ORG"), ("حزب التكتل", "ORG")])
    stage(doc)
    army, party = doc.entities
    assert (army.kind, army.country, army.latin) == ("state_forces", "MR", "Mauritanian Army")
    assert (party.kind, party.country, party.latin) == ("party", None, "Al-Taktal Party")


# --------------------------------------------------------------------------- registry


def test_ids_are_deterministic_and_order_independent(pipeline) -> None:  # type: ignore[no-untyped-def]
    texts = ["قال أحمد الورفلي إن الوضع هادئ.", "وصل سالم بوزيد إلى المدينة.", "قالت منظمة أطباء الجنوب إن الوضع صعب."]
    ids = []
    for order in (texts, texts[::-1]):
        stage = ActorStage()
        got = {}
        for t in order:
            for e in stage(pipeline(Article("x", t))).entities:
                got[e.text] = e.actor_id
        ids.append(got)
    assert ids[0] == ids[1]
    assert ids[0]["أحمد الورفلي"].startswith("a-") and len(ids[0]["أحمد الورفلي"]) == 12
    stage = ActorStage()
    first = [e.actor_id for e in stage(pipeline(Article("x", texts[0]))).entities]
    again = [e.actor_id for e in stage(pipeline(Article("x", texts[0]))).entities]
    assert first == again


def test_surname_resolves_with_evidence_only() -> None:
    reg = ActorRegistry()
    full = reg.resolve("PER", {("احمد", "الورفلي")}, ("احمد", "الورفلي"), country="LY")
    alone = reg.resolve("PER", {("الورفلي",)}, ("الورفلي",))
    assert alone.actor_id == full.actor_id and alone.evidence == f"registry:surname→{full.actor_id} (الورفلي)"
    # a country that contradicts the full name's: no evidence, its own actor
    other = reg.resolve("PER", {("الورفلي",)}, ("الورفلي",), country="TN")
    assert other.actor_id != full.actor_id
    # a second full name with the same surname: the surname alone is ambiguous from now on
    second = reg.resolve("PER", {("سالم", "الورفلي")}, ("سالم", "الورفلي"), country="LY")
    assert second.actor_id != full.actor_id
    assert reg.resolve("PER", {("الورفلي",)}, ("الورفلي",)).actor_id not in (full.actor_id, second.actor_id)


def test_two_people_sharing_a_surname_stay_apart_and_spelling_variants_meet() -> None:
    reg = ActorRegistry()
    a = reg.resolve("PER", {("مصطفي", "الزروق")}, ("مصطفي", "الزروق")).actor_id
    b = reg.resolve("PER", {("مختار", "الزروق")}, ("مختار", "الزروق")).actor_id
    c = reg.resolve("PER", {("مصطفي", "الزرروق")}, ("مصطفي", "الزرروق"))
    assert a != b and c.actor_id == a and c.evidence.startswith("registry:fuzzy→")


def test_registry_round_trip() -> None:
    actors = load_actor_list()
    reg = ActorRegistry(actors)
    aid = reg.resolve("PER", {("احمد", "الورفلي")}, ("احمد", "الورفلي")).actor_id
    back = ActorRegistry.from_dict(reg.to_dict(), actors)
    assert back.resolve("PER", {("احمد", "الورفلي")}, ("احمد", "الورفلي")).actor_id == aid
    assert back.resolve("PER", {("الورفلي",)}, ("الورفلي",)).actor_id == aid
    assert back.records["ly-haftar"].latin == "Khalifa Haftar"


# --------------------------------------------------------------------------- curated list


def test_bundled_list_is_large_and_sourced() -> None:
    actors = load_actor_list()
    assert len(actors.actors) >= 150
    assert all(a.source.startswith("public knowledge; Wikipedia: ") for a in actors.actors.values())
    assert actors.lookup(name_key("القيادة العامة"), "ORG").id == "ly-lna"  # type: ignore[union-attr]


HEADER = "id\tkind\tcountry\tnames\tlatin\taffiliation\tsource\n"


def test_extra_actors_file(tmp_path: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "mine.tsv"
    p.write_text(
        "# my actors\n"
        + HEADER
        + "ly-warfalli\tperson\tLY\tأحمد الورفلي|الورفلي\tAhmed al-Werfalli\tly-lna\tmy notes\n",
        encoding="utf-8",
    )
    stage = ActorStage(ActorSettings(extra_actors=str(p)))
    doc = stage(pipeline(Article("x", "قال أحمد الورفلي إن الوضع هادئ.")))
    e = by_text(doc, "أحمد الورفلي")
    assert (e.actor_id, e.latin, e.affiliation, e.country) == ("ly-warfalli", "Ahmed al-Werfalli", "ly-lna", "LY")
    assert e.evidence[0] == "curated:ly-warfalli"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            HEADER + "x1\tperson\tLY\tفلان\n",
            "actor list {p}, line 2: found 4 columns instead of 7 (are they tabs?). Each row needs 7 tab-separated "
            "columns (id, kind, country, names, latin, affiliation, source) after the header row; see "
            "marsad/actors/data/actors.tsv for the format",
        ),
        (
            HEADER + "x1\twarlord\tLY\tفلان\tFulan\t\tme\n",
            "actor list {p}, line 2: kind 'warlord' is not one of person, state_forces, armed_group, government, party, "
            "international_org, media, company, civilians, place, other. Each row needs 7 tab-separated columns (id, "
            "kind, country, names, latin, affiliation, source) after the header row; see marsad/actors/data/actors.tsv "
            "for the format",
        ),
        (
            HEADER + "x1\tperson\tLY\tفلان\tFulan\tnobody\tme\n",
            "actor list {p}:2: affiliation 'nobody' is not the id of any actor; use an id from the id column "
            "(or leave the column empty)",
        ),
    ],
)
def test_malformed_extra_actors_file(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "bad.tsv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        ActorStage(ActorSettings(extra_actors=str(p)))
    assert str(exc.value) == message.format(p=p)


def test_missing_extra_actors_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist; fix \\[actors\\] extra_actors"):
        ActorStage(ActorSettings(extra_actors=str(tmp_path / "none.tsv")))


# --------------------------------------------------------------------------- Latin names


def test_rule_based_romanisation() -> None:
    assert [romanize(w) for w in ("بنغازي", "مصراتة", "ترهونة", "عبد الله", "أبو سليم", "الزاوية", "حلب")] == [
        "Banghazi", "Masrata", "Tarhuna", "Abdullah", "Abu Salim", "Al-Zawiya", "Halab",
    ]  # fmt: skip
    assert org_latin("وزارة الداخلية") == "Interior Ministry"
    assert org_latin("المجلس الأعلى للدولة") == "High Council of State"
    assert org_latin("اتحاد الصناعة والتجارة") == "Industry and Trade Union"


def test_person_latin_follows_the_country_hint() -> None:
    assert latin_name("يوسف الشاهد", "PER", "TN") == "Youssef Chahed"
    assert latin_name("خليفة حفتر", "PER", "LY") == "Khalifa Haftar"  # not the index's longer full name
    assert latin_name("القيادة العامة", "ORG", actors=load_actor_list()) == "Libyan National Army"


def test_latin_is_never_buckwalter(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    from marsad.examples import __file__ as examples_init

    for path in sorted(Path(examples_init).parent.glob("*.txt")):
        doc = stage(pipeline(Article(path.stem, path.read_text(encoding="utf-8"))))
        for e in doc.entities:
            assert e.latin and is_readable_latin(e.latin), (e.text, e.latin)
            assert e.kind and e.actor_id
    assert not is_readable_latin("xlyfp Hftr$")


def test_a_surname_alone_needs_the_actors_country_in_the_document(pipeline) -> None:  # type: ignore[no-untyped-def]
    """«المالكي» in a Yemen story is not Nouri al-Maliki (Iraq); in an Iraq story it may be."""
    stage = ActorStage()
    yemen = run(pipeline, stage, "قال المتحدث باسم التحالف المالكي إن الطائرات قصفت مواقع في صنعاء والحديدة باليمن.")
    iraq = run(pipeline, stage, "قال المالكي في بغداد إن الحكومة العراقية ستواجه الأزمة في العراق.")
    y = [e for e in yemen.entities if e.text == "المالكي"]
    i = [e for e in iraq.entities if e.text == "المالكي"]
    assert y and y[0].actor_id != "iq-maliki"
    assert i and i[0].actor_id == "iq-maliki"


def test_a_long_run_of_names_is_romanised_in_chunks() -> None:
    """A team line-up tagged as one 22-word name must not make the romanizer rank the product of
    every unit's spellings (that exhausted memory on a SaudiNewsNet sports article)."""
    from marsad.actors.latin import MAX_NAME_WORDS, PersonRomanizer

    lineup = (
        "حسين شيعان أحمد عكاش محمد حسين عمر هوساوي خالد الغامدي عبدالعزيز الجبرين شايع شراحيلي "
        "يحيى الشهري أدريان محمد السهلاوي حسن الراهب"
    )
    assert len(lineup.split()) > MAX_NAME_WORDS
    latin = PersonRomanizer()(lineup)
    assert latin.startswith("Hussein") and len(latin.split()) >= len(lineup.split()) - 2


def test_two_names_of_one_gazetteer_place_are_one_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    stage = ActorStage()  # its own registry: the two documents share it
    a = run(pipeline, stage, "وصل المبعوث إلى اليمن أمس.")
    b = run(pipeline, stage, "أكدت الجمهورية اليمنية رفضها للقرار.")
    c = run(pipeline, stage, "أعلنت الحكومة تقديم مساعدات لليمن.")
    ids = {by_text(a, "اليمن").actor_id, by_text(b, "الجمهورية اليمنية").actor_id, by_text(c, "يمن").actor_id}
    assert len(ids) == 1 and None not in ids
    d = run(pipeline, stage, "وصل المبعوث إلى عمان.")
    assert by_text(d, "عمان").actor_id not in ids


def test_a_longer_lineage_name_is_the_same_person() -> None:
    reg = ActorRegistry(load_actor_list())
    short = name_key("عبد الله بن سالم بن أحمد")
    first = reg.resolve("PER", {short}, short)
    longer = name_key("عبد الله بن سالم بن أحمد آل مكتوم")
    assert reg.resolve("PER", {longer}, longer).actor_id == first.actor_id
    other = name_key("عبد الله بن سالم العمري")  # not a continuation of the chain
    assert reg.resolve("PER", {other}, other).actor_id != first.actor_id


def test_a_definite_head_alone_names_the_one_organisation_it_heads(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "شنت طائرات التحالف العربي غارات على صنعاء. وقال المتحدث باسم التحالف إن الغارات مستمرة.",
    )
    coalition = by_text(doc, "طائرات التحالف العربي")  # an arm of the coalition is the coalition
    assert coalition.text == "التحالف العربي"
    assert [m.text for m in coalition.mentions] == ["طائرات التحالف العربي", "التحالف"]
    # two coalitions: the head alone names neither
    text = "رحب التحالف العربي والتحالف الدولي بالقرار. وقال المتحدث باسم التحالف إن الغارات مستمرة."
    doc = stage(hand_doc(text, [("التحالف العربي", "ORG"), ("التحالف الدولي", "ORG")]))
    assert sorted(len(e.mentions) for e in doc.entities) == [1, 1]


def test_a_person_entity_with_an_empty_name_key_does_not_break_merging(stage: ActorStage) -> None:
    """A mention that is all punctuation («؟», seen tagged PER in a real article) has no name key."""
    text = "قال محمد علي إن الوضع صعب ؟ وأكد علي ذلك."
    doc = stage(hand_doc(text, [("محمد علي", "PER"), ("؟", "PER"), ("علي", "PER")]))
    assert any(len(e.mentions) == 2 for e in doc.entities)  # علي joins محمد علي


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("وقالت وزارة الخارجية الروسية إن الوضع خطير.", "وزارة الخارجية الروسية"),
        ("اجتمع مجلس الدفاع الوطني أمس.", "مجلس الدفاع الوطني"),
        ("أكدت الشرطة التركية اعتقال مشتبه به.", "الشرطة التركية"),
    ],
)
def test_organisations_named_after_their_head(pipeline, stage: ActorStage, text: str, org: str) -> None:  # type: ignore[no-untyped-def]
    e = by_text(run(pipeline, stage, text), org)
    assert e.type == "ORG"


def test_descriptions_and_coordinations_are_not_organisation_names(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "أكدت الحكومة الحالية أن إرهاب داعش وحزب الله والحوثيين يهدد المنطقة.")
    texts = {m.text for e in doc.entities for m in e.mentions}
    assert "الحكومة الحالية" not in texts
    assert not any("والحوثيين" in t and "حزب" in t for t in texts)


def test_no_name_of_the_bundled_actor_list_names_two_actors() -> None:
    from collections import defaultdict

    from marsad.actors.curated import parse_actors
    from marsad.actors.names import name_key

    path = Path(__file__).resolve().parents[1] / "marsad" / "actors" / "data" / "actors.tsv"
    owners: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)
    for actor in parse_actors(path.read_text(encoding="utf-8").splitlines(), str(path)):
        for name in actor.names:
            owners[name_key(name)].add(actor.id)
    shared = {k: ids for k, ids in owners.items() if len(ids) > 1}
    assert not shared, shared


def test_an_arm_of_an_organisation_is_that_organisation(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "شن طيران التحالف العربي غارات على صنعاء. وقال التحالف العربي إن الغارات دقيقة.")
    arm = by_text(doc, "طيران التحالف العربي")
    assert arm is by_text(doc, "التحالف العربي")
    assert arm.text == "التحالف العربي"  # the organisation's name, not its arm's


def test_militias_named_by_a_groups_adjective_are_that_group(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "قالت جماعة الحوثيين إنها سيطرت على المطار. وفرت الميليشيات الحوثية من المطار بعد ساعات.",
    )
    militia = by_text(doc, "الميليشيات الحوثية")
    assert militia is by_text(doc, "جماعة الحوثيين")


def test_a_title_alone_names_again_the_person_it_introduced(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي في أنقرة. وأكد الرئيس التركي أن المحادثات كانت مثمرة.",
    )
    erdogan = by_text(doc, "رجب طيب أردوغان")
    assert erdogan is by_text(doc, "الرئيس التركي")
    assert erdogan.text == "رجب طيب أردوغان"  # the title is never the name
    # two people introduced with one title: the title alone names neither
    doc = run(
        pipeline,
        stage,
        "استقبل وزير الخارجية عادل الجبير وزير الخارجية سامح شكري. وقال وزير الخارجية إن اللقاء مهم.",
    )
    assert not [e for e in doc.entities if any(m.text == "وزير الخارجية" for m in e.mentions)]


def test_a_head_alone_before_a_coordinated_noun_still_names_its_organisation(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "أعلنت المقاومة الشعبية السيطرة على المطار. واعتبر المتحدث نجاح المقاومة والتحالف في استعادة المدينة انتصارا.",
    )
    resistance = by_text(doc, "المقاومة الشعبية")
    assert "المقاومة" in [m.text for m in resistance.mentions]
