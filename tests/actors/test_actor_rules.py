"""Actors: short names in context, speakers, titles between a role and a name, mention repairs, and the
registry's middle names (the rules of the issue-5 round)."""

from __future__ import annotations

import pytest
from actor_checks import hand_doc, run

from marsad.actors import ActorRegistry, ActorStage, load_actor_list
from marsad.actors.curated import ActorList, parse_actors
from marsad.actors.names import name_key
from marsad.errors import ConfigError
from marsad.model import Document, Entity, Mention

HEADER = "id\tkind\tcountry\tnames\tlatin\taffiliation\tsource"


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage()


def entity_of(doc: Document, text: str, nth: int = 0) -> Entity:
    """The entity holding the ``nth`` mention whose text is ``text``."""
    hits = [(m.start, e) for e in doc.entities for m in e.mentions if m.text == text]
    assert len(hits) > nth, [(e.id, [m.text for m in e.mentions]) for e in doc.entities]
    return sorted(hits, key=lambda h: h[0])[nth][1]


# --------------------------------------------------------------------------- the curated ~names


def test_context_names_are_parsed_apart_from_plain_names() -> None:
    rows = [HEADER, "ye-res\tarmed_group\tYE\tالمقاومة الشعبية|~المقاومة\tPopular Resistance\t\tsource"]
    actors = ActorList(parse_actors(rows, "t.tsv"))
    assert actors.lookup(name_key("المقاومة"), "ORG") is None  # never a plain name
    assert actors.lookup_in_context(name_key("المقاومة"), "ORG", frozenset({"YE"})) is not None
    assert actors.lookup_in_context(name_key("المقاومة"), "ORG", frozenset({"PS"})) is None


def test_a_context_name_may_name_the_country_of_its_news() -> None:
    rows = [
        HEADER,
        "coal-a\tstate_forces\tSA\tالتحالف العربي|~التحالف@YE\tA\t\tsource",
        "coal-b\tstate_forces\tUS\tالتحالف الدولي ضد داعش|~التحالف@IQ\tB\t\tsource",
    ]
    actors = ActorList(parse_actors(rows, "t.tsv"))
    key = name_key("التحالف")
    assert actors.lookup_in_context(key, "ORG", frozenset({"YE", "SA"})).id == "coal-a"  # type: ignore[union-attr]
    assert actors.lookup_in_context(key, "ORG", frozenset({"IQ"})).id == "coal-b"  # type: ignore[union-attr]
    assert actors.lookup_in_context(key, "ORG", frozenset({"IQ", "YE"})) is None  # two: neither


@pytest.mark.parametrize(
    ("names", "country", "message"),
    [
        ("~المقاومة", "YE", "no plain name"),
        ("المقاومة الشعبية|~المقاومة", "", "needs the country column"),
        ("التحالف العربي|~التحالف@Yemen", "SA", "after @ must be an ISO"),
    ],
)
def test_malformed_context_names(names: str, country: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_actors([HEADER, f"x\tarmed_group\t{country}\t{names}\tX\t\tsource"], "t.tsv")


def test_a_short_name_names_the_countrys_actor_only_in_its_news(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    yemen = run(pipeline, stage, "تقدمت المقاومة في محافظة تعز اليمنية. وقالت مصادر في المقاومة إن القتال مستمر.")
    first, second = entity_of(yemen, "المقاومة"), entity_of(yemen, "المقاومة", 1)
    assert first is second and first.actor_id == "ye-popular-resistance"
    gaza = run(pipeline, stage, "قالت فصائل المقاومة في قطاع غزة إن المقاومة سترد على القصف الإسرائيلي.")
    assert all(e.actor_id != "ye-popular-resistance" for e in gaza.entities)


def test_the_coalition_alone_follows_the_country_of_the_news(pipeline) -> None:  # type: ignore[no-untyped-def]
    stage = ActorStage()
    yemen = run(pipeline, stage, "شن التحالف غارات على مواقع في صنعاء اليمنية.")
    assert entity_of(yemen, "التحالف").actor_id == "arab-coalition"
    iraq = run(pipeline, stage, "شن التحالف غارات على مواقع تنظيم داعش في العراق وسوريا.")
    assert entity_of(iraq, "التحالف").actor_id == "us-led-coalition"


# --------------------------------------------------------------------------- a head alone


def test_one_long_form_found_twice_still_owns_its_head(stage: ActorStage) -> None:
    """NER and the curated look-up may give «المقاومة الشعبية» as two entities before they merge."""
    text = "أعلنت المقاومة الشعبية تقدمها. وقالت المقاومة الشعبية إن مقاتلين من المقاومة قتلوا."
    doc = hand_doc(text, [("المقاومة الشعبية", "ORG")])
    second = text.index("المقاومة الشعبية", 10)
    m = Mention(second, second + len("المقاومة الشعبية"), "المقاومة الشعبية", "ORG")
    doc.entities.append(Entity("e2", m.text, "ORG", [m], " ".join(name_key(m.text))))
    doc = stage(doc)
    assert len(entity_of(doc, "المقاومة").mentions) == 3


@pytest.mark.parametrize("after", ["التي سيطرت على المدينة", "في زنجبار"])
def test_a_preposition_or_relative_after_the_head_is_no_adjective(stage: ActorStage, after: str) -> None:
    text = f"تقدمت المقاومة الشعبية نحو المدينة. وما زالت المعارك بين الحوثيين والمقاومة {after}."
    doc = stage(hand_doc(text, [("المقاومة الشعبية", "ORG"), ("الحوثيين", "ORG")]))
    assert entity_of(doc, "المقاومة") is entity_of(doc, "المقاومة الشعبية")


# --------------------------------------------------------------------------- speakers


def test_a_family_name_that_speaks_is_the_person(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "ألقى عبدالملك الحوثي خطابا مساء الأحد. وقال الحوثي إن المعركة لم تنته. "
        "وتراقب الطائرات تحركات الحوثي في صنعاء.",
    )
    leader = entity_of(doc, "عبدالملك الحوثي")
    assert entity_of(doc, "الحوثي") is leader  # «وقال الحوثي»: the leader speaks
    assert entity_of(doc, "الحوثي", 1) is not leader  # «تحركات الحوثي»: the movement
    assert entity_of(doc, "الحوثي", 1).actor_id == "ye-houthis"


# --------------------------------------------------------------------------- titles


def test_a_title_after_the_role_still_introduces_the_name(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "وصل نائب الرئيس اليمني المهندس خالد محفوظ بحاح إلى عدن. وأكد نائب الرئيس اليمني أن المدينة آمنة.",
    )
    role = entity_of(doc, "نائب الرئيس اليمني")
    assert role.actor_id == "ye-bahah"
    assert role.text != "نائب الرئيس اليمني"  # a title alone is never the entity's name


def test_every_role_of_a_chain_of_titles_names_the_person(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(
        pipeline,
        stage,
        "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة. وأعرب الملك عن تمنياته. "
        "كما بعث نائب خادم الحرمين الشريفين الأمير محمد بن نايف برقية مماثلة.",
    )
    king = entity_of(doc, "سلمان بن عبدالعزيز آل سعود")
    assert entity_of(doc, "الملك") is king
    assert all(m.text != "خادم الحرمين الشريفين" or m.start > doc.text.index("كما") for m in king.mentions)
    assert entity_of(doc, "محمد بن نايف") is not king


def test_a_title_is_no_name_of_its_holder_across_documents(pipeline) -> None:  # type: ignore[no-untyped-def]
    """«نائب الرئيس اليمني» named Bahah in 2015 and Ali Mohsen in 2018: the title links within a
    document only."""
    stage = ActorStage()
    run(pipeline, stage, "وصل نائب الرئيس اليمني خالد بحاح إلى عدن. وقال نائب الرئيس اليمني إن المدينة آمنة.")
    assert stage.registry.lookup("PER", name_key("نائب الرئيس اليمني")) is None


# --------------------------------------------------------------------------- repairs of NER mentions


def test_two_curated_names_in_one_mention_are_two_people(stage: ActorStage) -> None:
    text = "سمات سيرجي لافروف عادل الجبير قطر"
    doc = stage(hand_doc(text, [("سيرجي لافروف عادل الجبير", "PER")]))
    ids = {e.actor_id for e in doc.entities}
    assert {"ru-lavrov", "sa-jubeir"} <= ids


def test_a_person_mention_ends_before_an_accusative_word(stage: ActorStage) -> None:
    text = "تلقى الملك سلمان بن عبد العزيز اتصالاً هاتفيًا من الرئيس."
    doc = stage(hand_doc(text, [("سلمان بن عبد العزيز اتصالاً", "PER")]))
    assert [m.text for e in doc.entities for m in e.mentions] == ["سلمان بن عبد العزيز"]
    assert doc.entities[0].actor_id == "sa-salman"


def test_a_day_ends_an_organisation_name(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "قالت وزارة الخارجية الروسية اليوم السبت إن الاجتماع سيعقد في الدوحة.")
    assert any(m.text == "وزارة الخارجية الروسية" for e in doc.entities for m in e.mentions)


def test_authorities_with_a_nationality_are_an_organisation(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "مددت السلطات المصرية تفويض قواتها. وقالت السلطات المحلية إن الوضع هادئ.")
    assert entity_of(doc, "السلطات المصرية").type == "ORG"
    assert all(m.text != "السلطات المحلية" for e in doc.entities for m in e.mentions)


# --------------------------------------------------------------------------- registry


def test_middle_names_reach_the_person_known_by_first_name_and_surname() -> None:
    reg = ActorRegistry(load_actor_list())
    res = reg.resolve("PER", {name_key("خالد محفوظ بحاح")}, name_key("خالد محفوظ بحاح"))
    assert res.actor_id == "ye-bahah"
    other = reg.resolve("PER", {name_key("خالد علي العطية")}, name_key("خالد علي العطية"))
    assert other.actor_id != "ye-bahah"


def test_a_surname_after_the_curated_persons_full_name(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """«الأسد» is a common word ("the lion"): it names Assad once «بشار الأسد» is in the document."""
    doc = run(pipeline, stage, "قال بشار الأسد إن الحرب طويلة. وتحدث الأسد عن المعارك في حلب.")
    assert entity_of(doc, "الأسد") is entity_of(doc, "بشار الأسد")


def test_a_common_word_is_not_an_organisations_short_name(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    """After «حركة فتح», «فتح تحقيق» is still "opening an inquiry"."""
    doc = run(pipeline, stage, "دعت حركة فتح إلى الهدوء. وقررت النيابة فتح تحقيق في الحادث.")
    assert all(m.text != "فتح" for e in doc.entities for m in e.mentions)


def test_a_title_without_its_nationality_names_its_one_holder(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "وصل نائب الرئيس اليمني خالد بحاح إلى عدن. وغادر نائب الرئيس المدينة بعد زيارة قصيرة.")
    assert entity_of(doc, "نائب الرئيس") is entity_of(doc, "خالد بحاح")


def test_a_media_outlet_named_in_quotes(stage: ActorStage) -> None:
    text = 'وأفادت مصادر محلية لموقع "يمن برس" الإخباري بأن المعارك مستمرة. وأضاف موقع «يمن برس» أن القتلى كثر.'
    doc = stage(hand_doc(text, []))
    outlet = entity_of(doc, "يمن برس")
    assert outlet.type == "ORG" and len(outlet.mentions) == 2
    assert outlet.kind == "media"


def test_two_names_of_one_gazetteer_place_are_one_entity(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "وصل الوزير إلى الجمهورية اليمنية أمس. وقال إن اليمن يحتاج إلى الدعم.")
    assert entity_of(doc, "اليمن") is entity_of(doc, "الجمهورية اليمنية")


def test_a_contracted_article_is_the_same_name(stage: ActorStage) -> None:
    """«لليمن» tagged from its second «ل» («ليمن») is «اليمن»."""
    text = "أكد دعمه لليمن. وقال إن اليمن بلد عزيز."
    doc = hand_doc(text, [("ليمن", "LOC"), ("اليمن", "LOC")])
    assert len(doc.entities) == 2
    doc = stage(doc)
    assert entity_of(doc, "ليمن") is entity_of(doc, "اليمن")


def test_a_state_with_a_nationality_is_an_organisation(pipeline, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    doc = run(pipeline, stage, "قال المتحدث إن الحزب يسعى إلى إضعاف الدولة التركية.")
    assert entity_of(doc, "الدولة التركية").type == "ORG"


def test_a_long_form_in_the_document_wins_over_the_countrys_short_name(stage: ActorStage) -> None:
    """In Yemeni news that names «المقاومة الإسلامية» (Hezbollah), «المقاومة» alone is that one."""
    text = "أشادت المقاومة الإسلامية في لبنان بصمود اليمن. وقالت المقاومة إن المعركة واحدة."
    doc = hand_doc(text, [("المقاومة الإسلامية", "ORG"), ("لبنان", "LOC"), ("اليمن", "LOC")])
    from marsad.model import Place

    yemen = doc.entities[2]
    doc.places.append(Place(yemen.id, "اليمن", "Yemen", None, None, "YE", "country", None, 1.0, list(yemen.mentions)))
    doc = stage(doc)
    assert entity_of(doc, "المقاومة") is entity_of(doc, "المقاومة الإسلامية")
    assert entity_of(doc, "المقاومة").actor_id != "ye-popular-resistance"


def test_a_countrys_short_name_is_not_learnt_across_documents(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A Yemeni article's «المقاومة» must not make the word a name of Yemen's resistance elsewhere."""
    stage = ActorStage()
    doc = run(pipeline, stage, "تقدمت المقاومة في محافظة تعز اليمنية.")
    assert entity_of(doc, "المقاومة").actor_id == "ye-popular-resistance"
    assert stage.registry.lookup("ORG", name_key("المقاومة")) is None


def test_an_organisation_mention_running_into_a_name_is_split(stage: ActorStage) -> None:
    text = "وقال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن القوات تقدمت."
    doc = stage(hand_doc(text, [("الجيش الوطني الليبي أحمد المسماري", "ORG")]))
    got = sorted((e.type, m.text) for e in doc.entities for m in e.mentions)
    assert got == [("ORG", "الجيش الوطني الليبي"), ("PER", "أحمد المسماري")]


def test_an_organisation_ending_in_a_place_or_plain_word_is_not_split(stage: ActorStage) -> None:
    # «حكومة الوفاق الوطني» ends in an adjective but what follows is not a given name;
    # «جامعة محمد الخامس» is one name: its head is followed at once by the given name
    for text, name in [
        ("أعلنت حكومة الوفاق الوطني الليبية اليوم قرارها.", "حكومة الوفاق الوطني الليبية اليوم"),
        ("درس في جامعة محمد الخامس بالرباط.", "جامعة محمد الخامس"),
    ]:
        doc = stage(hand_doc(text, [(name, "ORG")]))
        assert [e.type for e in doc.entities if e.type == "PER"] == [], text
