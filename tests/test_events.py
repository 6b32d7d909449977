"""The events stage: triggers through clitics, PLOVER/ACLED coding, arguments, modality, merging, exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from marsad.errors import ConfigError
from marsad.events.lexicon import PLOVER_TYPES, candidate_keys, load_lexicon, verb_forms
from marsad.export import ACLED_COLUMNS, DocumentWriter
from marsad.model import Article, Document
from marsad.schema import validation_errors
from marsad.settings import Settings


def run(pipeline: Any, text: str, published: str = "2019-08-20") -> Document:
    import datetime as dt

    return pipeline(Article("t", text, published=dt.date.fromisoformat(published)))


def events_of(pipeline: Any, text: str, published: str = "2019-08-20") -> list[dict[str, Any]]:
    doc = run(pipeline, text, published)
    assert validation_errors(doc.to_dict()) == []
    for ev in doc.events:
        for m in ev["mentions"]:
            t = m["trigger"]
            assert doc.text[t["start"] : t["end"]] == t["text"]
        for key in ("actor1", "actor2", "location"):
            ref = ev[key]
            if ref is not None:
                assert doc.text[ref["start"] : ref["end"]] == ref["text"]
    return doc.events


# -- lexicon -----------------------------------------------------------------------------------------
def test_verb_forms_cover_perfect_imperfect_and_future() -> None:
    forms = verb_forms("قصف")
    assert {"قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "يقصفون", "سيقصف", "ستقصف"} <= forms
    assert {"يعتقل", "تعتقل", "اعتقلت"} <= verb_forms("اعتقل")


def test_candidate_keys_strip_article_pronoun_and_accusative() -> None:
    keys = dict(candidate_keys("غاراتها"))
    assert "غارات" in keys
    assert ("هجوم", False) in candidate_keys("هجوما")
    assert ("زياره", False) in candidate_keys("زيارته")
    assert ("غارات", False) in candidate_keys("الغارات")


def test_every_bundled_trigger_has_a_known_type() -> None:
    lex = load_lexicon()
    assert {e.plover_type for entries in lex.triggers.values() for e in entries} <= set(PLOVER_TYPES)


def test_bad_extra_trigger_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "t.tsv"
    bad.write_text("form\tpos\ttype\tmode\tacled\tneeds\nفجر\tverb\tEXPLODE\t-\t-\t-\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a PLOVER event type"):
        load_lexicon(str(bad))
    bad.write_text("form\tpos\ttype\tmode\tacled\tneeds\nفجر\tverb\tASSAULT\t-\tBattles/Bombing\t-\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="sub-event type"):
        load_lexicon(str(bad))


def test_extra_trigger_file_extends_the_lexicon(tmp_path: Path) -> None:
    from marsad.pipeline import Pipeline

    extra = tmp_path / "mine.tsv"
    extra.write_text("form\tpos\ttype\tmode\tacled\tneeds\nدك\tverb\tASSAULT\taerial\t-\t-\n", encoding="utf-8")
    settings = Settings.from_dict({"events": {"extra_triggers": str(extra)}, "pipeline": {"skip": ["actors"]}})
    pipe = Pipeline(settings)
    evs = events_of(pipe, "دكت طائرات مجهولة مواقع في الجفرة.")
    assert [e["plover_type"] for e in evs] == ["ASSAULT"]
    assert [e["plover_type"] for e in events_of(Pipeline(), "دكت طائرات مجهولة مواقع في الجفرة.")] == []


# -- detection and coding ------------------------------------------------------------------------------
def test_issue_example_air_strike(pipeline: Any) -> None:
    text = "قام سلاح الجو التابع لقوات حفتر بقصف مقر الكتيبة 199 في الجفرة أمس، ما أسفر عن مقتل 3 من عناصرها."
    (ev,) = events_of(pipeline, text)
    assert ev["plover_type"] == "ASSAULT" and ev["plover_mode"] == "aerial"
    assert (ev["acled_event_type"], ev["acled_sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev["trigger"]["text"] == "قصف"  # the glued ب is not part of the trigger
    assert ev["actor1"]["text"] in ("قوات حفتر", "سلاح الجو")
    assert ev["actor2"]["text"].startswith("الكتيبة")  # the battalion; its headquarters is where
    assert ev["location"]["text"] == "الجفرة" and ev["location"]["lat"] is not None
    assert ev["date"] == "2019-08-19"
    assert ev["fatalities"] == 3
    assert ev["modality"] == "asserted"


@pytest.mark.parametrize(
    ("text", "ptype", "mode"),
    [
        ("وشنت الطائرات غاراتها على مواقع المسلحين في سرت.", "ASSAULT", "aerial"),
        ("اندلعت اشتباكات عنيفة بين كتيبة ثوار طرابلس وقوة الردع في سوق الجمعة.", "ASSAULT", "firearms"),
        ("اعتقلت قوات الأمن التونسية خمسة عناصر إرهابية في القصرين.", "COERCE", "arrest"),
        ("أجرى الرئيس التونسي اتصالا هاتفيا بنظيره الجزائري.", "CONSULT", "call"),
        ("نظم أهالي تطاوين وقفة احتجاجية أمام مقر الولاية.", "PROTEST", "demonstrate"),
        ("انسحبت قوات حرس المنشآت من ميناء السدرة.", "RETREAT", "withdraw"),
        ("أدانت الخارجية الجزائرية الهجوم على السفارة.", "ACCUSE", "disapprove"),
        ("انفجرت عبوة ناسفة لدى مرور دورية عسكرية، وأدى تفجير العبوة إلى إصابة جنديين.", "ASSAULT", "bombing"),
    ],
)
def test_types_and_modes_through_clitics(pipeline: Any, text: str, ptype: str, mode: str) -> None:
    evs = events_of(pipeline, text)
    assert any(e["plover_type"] == ptype and e["plover_mode"] == mode for e in evs), evs


def test_no_event_in_plain_text(pipeline: Any) -> None:
    assert events_of(pipeline, "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد صدور بيانات المخزون.") == []


def test_trigger_inside_an_organisation_name_is_not_an_event(pipeline: Any) -> None:
    evs = events_of(pipeline, "عقد مجلس التعاون الخليجي دورته العادية في الرياض.")
    assert all(e["plover_type"] != "COOPERATE" for e in evs)


# -- modality -----------------------------------------------------------------------------------------
NOT_ASSERTED = [
    ("لم تقصف الطائرات أي مواقع في المدينة.", "denied"),
    ("نفت وزارة الدفاع أن تكون طائراتها قصفت مدينة سرت.", "denied"),
    ("لم تتعرض حقول النفط في منطقة الشرارة لأي هجوم.", "denied"),
    ("إذا هاجمت القوات المدينة فسترد الحكومة بقوة.", "hypothetical"),
    ("وفي حال فشل المفاوضات ستغلق الجزائر حدودها البرية مع ليبيا.", "hypothetical"),
    ("هددت قوات حفتر بقصف ميناء السدرة.", "threatened"),
    ("قد تشن الطائرات غارات جديدة على المنطقة.", "possible"),
    ("سيزور وزير الخارجية الجزائري طرابلس الأسبوع القادم.", "planned"),
]


@pytest.mark.parametrize(("text", "modality"), NOT_ASSERTED)
def test_negated_hypothetical_threatened_never_asserted(pipeline: Any, text: str, modality: str) -> None:
    evs = events_of(pipeline, text)
    acts = [e for e in evs if e["plover_type"] not in ("REJECT", "THREATEN")]
    threats = [e for e in evs if e["plover_type"] == "THREATEN"]
    assert acts or threats, "the event itself must still be found"
    for e in acts:
        assert e["modality"] not in ("asserted", "reported"), e
    if modality == "threatened":
        assert [t["modality"] for t in threats] == ["threatened"] and threats[0]["plover_mode"] == "assault"
        assert not acts  # a threat is not an attack
    else:
        assert any(e["modality"] == modality for e in acts), [e["modality"] for e in acts]


def test_reported_when_attributed(pipeline: Any) -> None:
    (ev,) = events_of(pipeline, "قال مصدر عسكري إن الطيران قصف مواقع للمسلحين جنوب سرت.")
    assert ev["modality"] == "reported"


def test_denial_is_itself_a_reject_event(pipeline: Any) -> None:
    evs = events_of(pipeline, "نفت وزارة الدفاع أن تكون طائراتها قصفت مدينة سرت.")
    assert {e["plover_type"] for e in evs} == {"REJECT", "ASSAULT"}
    assert next(e for e in evs if e["plover_type"] == "REJECT")["modality"] == "asserted"


# -- arguments, fatalities, merging ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("أسفر الهجوم عن مقتل جنديين.", 2),
        ("أسفر الهجوم عن مقتل أربعة من عناصر الشرطة.", 4),
        ("أسفر القصف عن سقوط 12 قتيلا.", 12),
        ("أسفر القصف عن أضرار مادية.", None),
    ],
)
def test_fatalities(pipeline: Any, text: str, toll: int | None) -> None:
    (ev,) = events_of(pipeline, text)
    assert ev["fatalities"] == toll


def mention_of(pipeline: Any, text: str, ptype: str) -> dict[str, Any]:
    """The first mention of type ``ptype`` with its own arguments (the event merges its mentions')."""
    for ev in events_of(pipeline, text):
        if ev["plover_type"] == ptype:
            m: dict[str, Any] = ev["mentions"][0]
            return m
    raise AssertionError(f"no {ptype} event in {text!r}")


def span(ref: dict[str, Any] | None) -> str | None:
    return None if ref is None else ref["text"]


ARGUMENT_CASES = [
    # relative clause: the antecedent of الذي is the verb's subject ...
    # (the security post it attacked is the target, as annotated in the dev set: «استهدف بوابة أمنية»)
    ("أدان المجلس الرئاسي تنظيم داعش الذي هاجم بوابة أمنية في سرت أمس.", "ASSAULT", "تنظيم داعش", "بوابة أمنية"),
    # ... or, when the verb carries an object pronoun, its object (an imperfect «التي تدعمها حكومة الوفاق»
    # describes the group and is no event: tests/events/test_event_sixth_round.py)
    ("أفرجت السلطات عن المسلحين الذين اعتقلتهم قوات الأمن الشهر الماضي.", "COERCE", "قوات الأمن", "المسلحين"),
    # light verb + masdar: the subject right after شنت, not the name nearest the noun
    ("وشنت الجبهة -وهي جناح تنظيم القاعدة في البلاد- هجوما على مواقع الجيش.", "ASSAULT", "الجبهة", "الجيش"),
    ("وقام المتطرفون باجتياح قضاء سنجار في محافظة نينوى.", "ASSAULT", "المتطرفون", None),
    ("ألقت الأجهزة الأمنية الكويتية القبض على شخص في الجهراء.", "COERCE", "الأجهزة الأمنية الكويتية", "شخص"),
    # impersonal passive and a speaker before إن: nobody named does it
    ("وقال اللواء التركي إنه جرى تدمير منصات إطلاق القذائف.", "ASSAULT", None, None),
    # «من قبل X» a few words after the trigger
    ("تعرضت أحياء سكنية بمدينة درنة، صباح اليوم، لقصف مدفعي مكثف من قبل قوات الجيش.", "ASSAULT", "قوات الجيش", None),
    # تلقى … من: the caller acts, the receiver is the target
    ("تلقى الرئيس التونسي اتصالا هاتفيا من نظيره الجزائري.", "CONSULT", "نظيره الجزائري", "الرئيس"),
    # «أعلنت X أنها اعتقلت»: the pronoun on أن is the speaker
    (
        "أعلنت وزارة الداخلية التونسية، اليوم، أنها اعتقلت خمسة عناصر إرهابية في القصرين.",
        "COERCE",
        "وزارة الداخلية التونسية",
        "عناصر",
    ),
    # «بين X و Y» past a place phrase
    (
        "قتل 5 أشخاص خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة المعترف بها وجماعات مسلحة.",
        "ASSAULT",
        "قوات",
        "جماعات",
    ),
    # coordinated subject of an agreement: one side each
    ("ناقش وزير الخارجية ونظيره المصري في القاهرة اتفاق تعاون أمني.", "AGREE", "وزير الخارجية", "نظيره المصري"),
    # the dead of «مقتل X في الاشتباكات» are the target, not the actor
    ("وأفاد المرصد بمقتل تسعة من قوات النظام في الاشتباكات.", "ASSAULT", None, "قوات النظام"),
    # civilians march and demand (they are only victims of attacks)
    ("خرج آلاف المواطنين في مسيرات سلمية بمدينة تيزي وزو.", "PROTEST", "المواطنين", None),
]


@pytest.mark.parametrize(("text", "ptype", "actor", "target"), ARGUMENT_CASES)
def test_actor_and_target_of_arabic_constructions(
    pipeline: Any, text: str, ptype: str, actor: str | None, target: str | None
) -> None:
    m = mention_of(pipeline, text, ptype)
    assert (span(m["actor1"]), span(m["actor2"])) == (actor, target), m


def test_a_visited_country_is_the_place_and_the_target(pipeline: Any) -> None:
    m = mention_of(pipeline, "يزور وزير الخارجية الأمريكي قطر اليوم.", "CONSULT")
    assert span(m["location"]) == "قطر" and span(m["actor2"]) == "قطر"
    m = mention_of(pipeline, "وصل وزير الخارجية الروسي إلى الدوحة في زيارة عمل لقطر.", "CONSULT")
    assert span(m["location"]) == "قطر"


@pytest.mark.parametrize(
    "text",
    [
        "اتهم المجلس البلدي لمدينة مصراتة قوات الكرامة بقصف أحياء سكنية في سرت.",
        "وختم بالقول إن مسلحين هاجموا مركز الشرطة في القصرين.",
        "قتل 25 مقاتلا من المعارضة خلال هجوم فاشل على قاعدة عسكرية، حسبما أفاد المرصد.",
    ],
)
def test_allegations_and_reported_speech_are_reported(pipeline: Any, text: str) -> None:
    assert mention_of(pipeline, text, "ASSAULT")["modality"] == "reported"


def test_strike_named_by_its_subject_noun(pipeline: Any) -> None:
    # «استهدفت إحدى الغارات»: one strike, annotated on the noun; a strike after a comma and و is another
    evs = events_of(pipeline, "وفي جبهة البلق استهدفت إحدى الغارات تجمعا للمسلحين.")
    assert [m["trigger"]["text"] for e in evs for m in e["mentions"]] == ["الغارات"]
    evs = events_of(pipeline, "شن الطيران غارة جوية على المدينة، وقصف الجيش أطرافها بالمدفعية.")
    assert sorted(m["trigger"]["text"] for e in evs for m in e["mentions"]) == ["غارة", "قصف"]


def test_clauses_keep_a_quoted_name_and_read_alladhina() -> None:
    from marsad.events.arguments import clauses
    from marsad.events.mention import token_keys
    from marsad.text.tokens import tokenize

    toks = tokenize("تعرضت دورية من «قوة المجاهدين» بقطاع الطوال لمقذوف")
    assert len(set(clauses(toks, token_keys(toks)))) == 1
    toks = tokenize("قتل المسلحون الذين هاجموا المركز")
    assert len(set(clauses(toks, token_keys(toks)))) == 2


def test_one_event_mentioned_twice_is_one_event(pipeline: Any) -> None:
    text = "اندلعت اشتباكات بين قوات الجيش ومسلحين في درنة. وأدت الاشتباكات إلى مقتل أربعة مسلحين."
    (ev,) = events_of(pipeline, text)
    assert len(ev["mentions"]) == 2
    assert ev["location"]["text"] == "درنة" and ev["fatalities"] == 4


def test_two_strikes_on_two_places_stay_two_events(pipeline: Any) -> None:
    text = "قصفت الطائرات مواقع في سرت. وقصفت الطائرات كذلك مواقع في درنة."
    evs = events_of(pipeline, text)
    assert len(evs) == 2
    assert {e["location"]["text"] for e in evs} == {"سرت", "درنة"}


def test_maghrebi_month_and_future_date_make_it_planned(pipeline: Any) -> None:
    (ev,) = events_of(pipeline, "يلتقي وزير الخارجية الجزائري نظيره التونسي يوم 20 جانفي القادم.", "2019-08-20")
    assert ev["date"] == "2020-01-20"
    assert ev["modality"] == "planned"


def test_rerun_gives_the_same_events(pipeline: Any) -> None:
    text = "قصفت الطائرات مواقع في سرت أمس، وأعلنت قوات الجيش اعتقال ثلاثة مسلحين."
    assert events_of(pipeline, text) == events_of(pipeline, text)


# -- exports ------------------------------------------------------------------------------------------
def test_acled_csv_keeps_only_what_happened(pipeline: Any) -> None:
    docs = [
        run(pipeline, "قصفت الطائرات مواقع في سرت أمس، ما أسفر عن مقتل 5 مسلحين."),
        run(pipeline, "هددت قوات حفتر بقصف ميناء السدرة."),
        run(pipeline, "لم تقصف الطائرات أي مواقع في المدينة."),
    ]
    out = io.StringIO()
    with DocumentWriter(out, "acled-csv") as w:
        for d in docs:
            w.write(d)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(csv.reader(io.StringIO(out.getvalue())).__next__()) == ACLED_COLUMNS
    assert len(rows) == 1
    row = rows[0]
    assert row["event_type"] == "Explosions/Remote violence" and row["sub_event_type"] == "Air/drone strike"
    assert row["event_date"] == "2019-08-19" and row["time_precision"] == "1"
    assert row["country"] == "Libya" and row["iso"] == "434" and row["location"] == "Sirte"
    assert row["fatalities"] == "5" and row["trigger_arabic"] == "قصفت"


def test_plover_jsonl_one_record_per_event(pipeline: Any) -> None:
    doc = run(pipeline, "هددت قوات حفتر بقصف ميناء السدرة. واعتقلت قوات الأمن ثلاثة أشخاص في بنغازي.")
    out = io.StringIO()
    with DocumentWriter(out, "plover-jsonl") as w:
        w.write(doc)
    recs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["event_type"] for r in recs] == [e["plover_type"] for e in doc.events]
    assert {r["event_type"] for r in recs} == {"THREATEN", "COERCE"}
    assert all(r["story_id"] == "t" and r["language"] == "ar" for r in recs)


# -- detection: trigger forms, sense guards, footers -----------------------------------------------------
def test_candidate_keys_restore_a_folded_hamza_and_the_plural_alef() -> None:
    assert ("لقاء", False) in candidate_keys("لقايه")  # «لقائه»: the hamza sits on ي before a pronoun
    assert ("اعتداء", False) in candidate_keys("اعتدايه")
    assert ("قتلوا", True) in candidate_keys("قتلوه")  # the plural's alef is not written before a pronoun


def test_dual_perfect_only_for_derived_verbs() -> None:
    assert "استعادا" in verb_forms("استعاد") and "اجتمعا" in verb_forms("اجتمع")
    assert "طالبا" not in verb_forms("طالب")  # «طالبا» is a student as often as "they both demanded"
    assert "فجرا" not in verb_forms("فجر")  # «فجرا»: at dawn


@pytest.mark.parametrize(
    ("text", "ptype", "trigger"),
    [
        ("وجدوا كمينا لداعش على الطريق الساحلي.", "ASSAULT", "كمينا"),  # not ك + مينا
        ("قال المرصد إن الجيش والفصيل المتحالف معه استعادا السيطرة على عدد من القرى.", "ASSAULT", "استعادا"),
        ("قال السفير عقب لقائه رئيس البرلمان السوداني إن العلاقات جيدة.", "CONSULT", "لقائه"),
        ("ألقى مسلحون القبض على القذافي وقتلوه في نهاية العام.", "ASSAULT", "قتلوه"),
        ("أعلنت وزارة الداخلية إيقاف 16 شخصا بتهمة الشغب.", "COERCE", "إيقاف"),  # «شخصا»: accusative
        ("أوقفت الجمارك ثلاثة مهربين وحجزت بحوزتهم 12 بندقية كلاشنيكوف.", "COERCE", "حجزت"),
        ("قتل 12 شخصا في البلدة التي سقطت في يد تحالف من المقاتلين في مايو.", "ASSAULT", "سقطت في يد"),
        ("أعلن بيان للقاعدة أن عناصرها بايعوا البغدادي.", "SUPPORT", "بايعوا"),
    ],
)
def test_trigger_forms(pipeline: Any, text: str, ptype: str, trigger: str) -> None:
    evs = events_of(pipeline, text)
    triggers = [m["trigger"]["text"] for e in evs if e["plover_type"] == ptype for m in e["mentions"]]
    assert any(trigger in t for t in triggers), evs


def test_declared_state_of_emergency_is_one_mention(pipeline: Any) -> None:
    (ev,) = events_of(pipeline, "وأثار إعلان حالة الطوارئ في يوليو تساؤلات لدى المنظمات.")
    assert ev["plover_type"] == "COERCE" and ev["plover_mode"] == "state-of-emergency"
    assert [m["trigger"]["text"] for m in ev["mentions"]] == ["إعلان حالة الطوارئ"]


def test_air_support_is_military_aid(pipeline: Any) -> None:
    evs = events_of(pipeline, "بدأت المقاومة الشعبية بدعم من طيران التحالف باقتحام القاعدة العسكرية.")
    assert any(e["plover_type"] == "AID" and e["plover_mode"] == "military" for e in evs), evs


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a weapon noun is the instrument of the attack, not a second attack
        ("هاجم مسلحون سيارة الجنرال بقذائف صاروخية وقنابل يدوية.", "قذائف"),
        ("قصفت القوات القرى الحدودية واستخدمت الأسلحة الرشاشة وقذائف الهاون.", "قذائف"),
        # a topic, not an event, even where the masdar is spelt like a verb (ضبط)
        ("وأعلن مصدر أمني أنه في مجال ضبط عناصر الجماعة تمت مراجعة الملفات.", "ضبط"),
        ("وتم تحرير 171 مخالفة إدارية وضبط 174 مخالفة مرورية.", "ضبط"),  # traffic offences
        ("وتم تحرير مخالفات بائع متجول في السوق.", "بائع"),  # a seller, not «بايع» (pledged allegiance)
        ("ألقت الأجهزة الأمنية القبض على شخص فجر أمس وبحوزته أسلحة.", "فجر"),  # at dawn
        ("وقال إن القانون تهديد حقيقي لحقوق الإنسان في تونس.", "تهديد"),  # a risk, not a threat
        ("أجهض الثوار عملية واسعة للمتمردين هدفت لاجتياح المدينة.", "اجتياح"),  # a purpose
        ("وأوضح أن العملية العسكرية تهدف إلى اقتحام هذه المناطق.", "اقتحام"),
    ],
)
def test_no_trigger_in_these_senses(pipeline: Any, text: str, absent: str) -> None:
    evs = events_of(pipeline, text)
    triggers = [m["trigger"]["text"] for e in evs for m in e["mentions"]]
    assert not any(absent in t for t in triggers), triggers


def test_weapon_noun_alone_is_still_an_attack(pipeline: Any) -> None:
    evs = events_of(pipeline, "سقطت قذيفة على منزل في الحي الشرقي للمدينة.")
    assert [e["plover_type"] for e in evs] == ["ASSAULT"]


def test_link_footer_repeating_the_headline_is_no_mention(pipeline: Any) -> None:
    text = "اعتقلت الشرطة شابا في حفر الباطن أمس.\nرابط الخبر بصحيفة الوئام: القبض على شاب ابتز فتاة بحفر الباطن"
    evs = events_of(pipeline, text)
    triggers = [m["trigger"]["text"] for e in evs for m in e["mentions"]]
    assert triggers == ["اعتقلت"], triggers


def test_ba_object_of_a_distant_threat_is_folded_into_it(pipeline: Any) -> None:
    text = "هددت القيادة العامة للجيش الوطني الليبي، أمس الجمعة، باستهداف السفن والطائرات التركية."
    evs = events_of(pipeline, text)
    assert [e["plover_type"] for e in evs] == ["THREATEN"], evs
    assert evs[0]["modality"] == "threatened" and evs[0]["plover_mode"] == "assault"


def test_one_word_name_that_is_a_trigger_is_not_blocked(pipeline: Any) -> None:
    from marsad.events.coder import EventCoder
    from marsad.events.mention import name_spans
    from marsad.events.triggers import inside_names
    from marsad.model import Entity, Mention

    doc = run(pipeline, "تلقى خادم الحرمين الشريفين اتصالاً هاتفيًا من الرئيس الفرنسي.")
    sent = doc.sentences[0]
    j = next(k for k, t in enumerate(sent.tokens) if t.text == "اتصالاً")
    tok = sent.tokens[j]
    wrong = Entity("e99", tok.text, "PER", [Mention(tok.start, tok.end, tok.text, "PER")])
    spans = [*name_spans(doc), (tok.start, tok.end, wrong)]
    coder = EventCoder(load_lexicon())
    assert j in inside_names(sent, spans)  # without the check the tagger's one-word "name" blocks it
    assert j not in inside_names(sent, spans, coder.one_word_trigger)
