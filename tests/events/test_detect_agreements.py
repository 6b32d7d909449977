"""Detection rules of the SaudiNewsNet security-and-diplomacy batch (d194–d203 of bench/dev/README-events.md):
signing verbs far from their agreement, an official's arrival, a student («طالب تونسي»), cooperation as a topic, sanctions that are a court's punishment, aims
after «في سبيل/من أجل», the request noun and its content, insistence as a demand, allegiance declared, thanks,
custody, bans from preaching, air and sea embargoes, verbs of help, security preparations, a conviction on
charges, «وزارة» split by the tokenizer, and a demand with no verb («وعلى X أن …»).

Each case is one construction, written for this file in the style of agency copy or of Gulf, Egyptian, Levantine
and Maghrebi papers; none is a sentence of the development set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from event_checks import found_test, not_found_test, typed_triggers

from marsad.events.detect_obligations import obligations
from marsad.events.mention import token_keys
from marsad.model import Article


def triggers(pipeline: Any, text: str) -> list[tuple[str, str]]:
    return typed_triggers(pipeline, text, dt.date(2015, 8, 2))


FOUND = [
    pytest.param(
        "وقعت الحكومة والحركات المسلحة في دارفور على اتفاق سلام في الدوحة أمس.",
        ("وقعت", "AGREE"),
        id="signing-verb-far-from-agreement",
    ),
    pytest.param(
        "وقال إن الكتيبة أعلنت ولاءها للرئيس بعد اشتباكات في المدينة.",
        ("ولاءها", "SUPPORT"),
        id="allegiance-declared",
    ),
    pytest.param(
        "وأكدت المصادر أن المتهم تم اقتياده إلى مركز الشرطة فجر اليوم.",
        ("اقتياده", "COERCE"),
        id="taken-into-custody",
    ),
    pytest.param(
        "وفشلت المفاوضات بسبب إصرارهم على تسليم السلاح الثقيل للجيش.",
        ("إصرارهم", "REQUEST"),
        id="insistence-as-demand",
    ),
    pytest.param(
        "وأعلن المجلس الانتقالي تمسكه بضرورة رحيل الحكومة قبل أي حوار.",
        ("تمسكه", "REQUEST"),
        id="holding-to-a-demand",
    ),
    pytest.param(
        "وتنظر النيابة في طلب الإفراج عن الصحفيين الموقوفين منذ شهرين.",
        ("طلب", "REQUEST"),
        id="request-noun",
    ),
    pytest.param(
        "وأعرب الوزير عن بالغ شكره للحكومة الأردنية على حسن الاستقبال.",
        ("شكره", "SUPPORT"),
        id="thanks",
    ),
    pytest.param(
        "وقررت الوزارة منع خمسة أئمة من اعتلاء المنابر لحين انتهاء التحقيق.",
        ("منع", "COERCE"),
        id="ban-from-the-pulpit",
    ),
    pytest.param(
        "وحاولت طهران اختراق الحظر الجوي والبحري المفروض على الموانئ.",
        ("الحظر", "COERCE"),
        id="air-and-sea-embargo",
    ),
    pytest.param(
        "وقال المتحدث إن الطائرات ساعدت القوات البرية في صد الهجوم على البلدة.",
        ("ساعدت", "AID"),
        id="help-given",
    ),
    pytest.param(
        "وأكد أن الشرطة جاهزة باستعدادات أمنية مكثفة لاحتفالات الافتتاح في الإسماعيلية.",
        ("استعدادات", "MOBILIZE"),
        id="security-preparations",
    ),
    pytest.param(
        "وأمضى المعتقلون سنوات في السجن نظير إدانتهم بتهم اجتياز الحدود.",
        ("إدانتهم", "COERCE"),
        id="conviction-on-charges",
    ),
    pytest.param(
        "وقال إن الاتصالات التي أجراها بمسؤولي السجن كشفت أن الثلاثة سيطلق سراحهم.",
        ("الاتصالات", "CONSULT"),
        id="contacts-he-made",
    ),
    pytest.param(
        "ووصل وزير الخارجية الأردني إلى الرياض مساء أمس في زيارة تستغرق يومين.",
        ("وصل", "CONSULT"),
        id="arrival-of-an-official",
    ),
    pytest.param(
        "وعاد الوفد إلى المدينة بعد تحريرها على يد قوات الجيش والمقاومة.",
        ("تحريرها", "ASSAULT"),
        id="liberation-with-pronoun",
    ),
]


test_found = found_test(FOUND, dt.date(2015, 8, 2))


NOT_FOUND = [
    pytest.param(
        "وقعت الحكومة والحركات المسلحة في دارفور على اتفاق سلام في الدوحة أمس.",
        ("اتفاق", "AGREE"),
        id="signed-agreement-is-the-verbs-content",
    ),
    pytest.param(
        "وقعت تونس والجزائر أمس اتفاقية تعاون أمني لمكافحة الإرهاب.",
        ("تعاون", "COOPERATE"),
        id="cooperation-an-agreement-covers",
    ),
    pytest.param(
        "واتفق الجانبان على تطوير التعاون العسكري بين البلدين.",
        ("التعاون", "COOPERATE"),
        id="cooperation-to-develop",
    ),
    pytest.param(
        "وتؤكد وزارة الداخلية حرصها على إيقاع أشد العقوبات على مرتكبي هذه الجرائم.",
        ("العقوبات", "SANCTION"),
        id="punishment-of-the-law",
    ),
    pytest.param(
        "وقدم التحالف الكثير من الدعم في سبيل دحر المتمردين عن المدينة.",
        ("دحر", "ASSAULT"),
        id="aim-after-fi-sabil",
    ),
    pytest.param(
        "وتحتاج الحكومة إلى المال من أجل تحرير المدينة من المسلحين.",
        ("تحرير", "ASSAULT"),
        id="aim-after-min-ajl",
    ),
    pytest.param(
        "وتنظر وزارة العدل في طلب الإفراج عن ثلاثة معتقلين.",
        ("الإفراج", "RETREAT"),
        id="release-asked-for",
    ),
    pytest.param(
        "دون أي سابقة عمل له بوزارة الأوقاف في المحافظة.",
        ("زارة", "CONSULT"),
        id="ministry-is-no-visit",
    ),
    pytest.param(
        "وصل وزير الخارجية الروسي إلى الدوحة في زيارة عمل لقطر.",
        ("وصل", "CONSULT"),
        id="arrival-with-visit-noun-is-one-mention",
    ),
    pytest.param(
        "ووصلت المساعدات إلى ميناء عدن صباح اليوم.",
        ("وصلت", "CONSULT"),
        id="aid-arriving-is-no-visit",
    ),
    pytest.param(
        "وقتل 38 سائحا في هجوم شنه طالب تونسي على فندق في سوسة.",
        ("طالب", "REQUEST"),
        id="student-is-no-demand",
    ),
    pytest.param(
        "وأكد أن الأماكن التي تشهد وجود وانتشار عناصر التنظيم معروفة.",
        ("انتشار", "MOBILIZE"),
        id="presence-is-no-deployment",
    ),
]


test_not_found = not_found_test(NOT_FOUND, dt.date(2015, 8, 2))


def _obliged(pipeline: Any, text: str) -> list[str]:
    doc = pipeline(Article("t", text, published=dt.date(2015, 8, 2)))
    out = []
    for sent in doc.sentences:
        out += [sent.tokens[k].text for k in obligations(sent.tokens, token_keys(sent.tokens))]
    return out


def test_demand_without_a_verb(pipeline: Any) -> None:
    assert _obliged(pipeline, "وقال إن على الحكومة أن تفرج عن المعتقلين فورا.") == ["تفرج"]
    assert _obliged(pipeline, "وأبلغه بأن عليهم أن يثبتوا حسن نيتهم.") == ["يثبتوا"]
    assert _obliged(pipeline, "المؤشرات في تحسن وعلى السفراء والبعثات أن تروج لذلك.") == ["تروج"]


def test_idioms_of_ala_are_no_demand(pipeline: Any) -> None:
    assert _obliged(pipeline, "وعلى الرغم من أن يكون ذلك صعبا فإنه ممكن.") == []
    assert _obliged(pipeline, "وقال إن الاتفاق قائم على أساس أن تنسحب القوات.") == []


def test_demand_without_a_verb_is_a_request(pipeline: Any) -> None:
    # the sentence names a protest too: the events stage reads it (coder.py skips sentences with no lexicon word)
    text = "وقال المحتجون في المظاهرة إن على الحكومة أن تفرج عن المعتقلين."
    assert ("تفرج", "REQUEST") in triggers(pipeline, text)


def test_demand_without_a_verb_in_a_sentence_with_no_lexicon_word(pipeline: Any) -> None:
    assert ("تسدد", "REQUEST") in triggers(pipeline, "وقال الوزير إن على الحكومة أن تسدد ديونها للموردين.")
    assert ("تروج", "REQUEST") in triggers(pipeline, "وعلى السفراء والبعثات أن تروج لذلك.")
