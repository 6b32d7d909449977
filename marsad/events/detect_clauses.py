"""Detection: clause-level tests that decide whether a trigger word names an event of the story.

Small predicates read by :mod:`marsad.events.triggers` and :mod:`marsad.events.modality`, each one a
construction of Arabic news writing:

* «لجنة تتولى تنظيم التظاهرات»: the tagger takes «تنظيم» + a definite noun for an organisation's name
  («تنظيم الدولة»); before an event noun it is the masdar "organising", and the event noun stays a trigger
  (:func:`organising`);
* «الحوثيين الذين سيطروا على مناطق واسعة»: a takeover of vague land in a relative clause describes what a
  group holds; «وفرضت سيطرتها على أجزاء واسعة من المنطقة» in a main clause tells a takeover
  (:func:`relative_before`);
* «وتشن المقاومة بين فترة وأخرى هجمات على …», «تشهد المدينة مواجهات من حين لآخر»: an intermittent habit
  is background, not an event told (:func:`intermittent`);
* «الهجوم المفترض», «الهجوم الكيميائي المزعوم»: an event called alleged is only possible (:func:`alleged`);
* «لقطع الطريق أمام جهات سياسية», «لا تقطع الطريق على التنظيم»: "to forestall", no road blocked by protesters
  (:func:`forestalling`);
* «محاولات التمرد لاجتياح الضالع», «تعد مدخلا لتحرير المدينة», «مبرر للحكومة لقصف المدنيين»: a masdar with
  the purposive ل that governs a definite object is the aim of what comes before, not an act told
  (:func:`purposive_object`), unless a plan word makes it a planned act («تأهبها لاقتحام المدينة») or a verb
  of undergoing or repelling governs the ل («تعرضت لقصف الطيران», «تصدت لهجوم الحوثيين»);
* «تعهد رئيس إقليم كردستان العراق مسعود بارزاني، اليوم (الاثنين)، بالانتقام»: the ب-object of a pledge or a
  threat may stand after a long subject and a dated aside (:func:`threat_window`);
* «استهدفت مقاتلات التحالف بعدة غارات جوية تجمعا», «قصفت مقاتلات التحالف بعدة غارات جوية عددا من …»: the
  strikes after ب are the verb's instrument; the verb names the attack (:func:`instrument_of`);
* «العمليات ستستمر حتى …», «سنواصل هذا الحراك»: the future of a verb of going on, beside a word of fight, is a
  pledge (a THREATEN entry with the condition ``future=``; :func:`future_tense`);
* «غير قادرة على شن هجمات من هذا النوع»: a kind of attack, no attack (:func:`of_this_kind`); «استعدادا لشن هجوم
  كبير»: a purpose word before a light verb's masdar and its event noun (:func:`light_purpose`);
* «تركوا آلافا من جثثهم في ساحات المعارك», «على خطوط القتال»: a battle noun in the genitive of a place head is
  the battlefield, no battle told (:func:`battlefield`);
* «يشتبه في ضلوعهم في اعتداءات», «متورطين في هجمات»: an indefinite plural of attacks after a word of
  involvement is the record of the suspects, no attack of the story (:func:`record_of_attacks`; «يقفون وراء
  هجمات» stays a mention: tests/events/test_event_constructions.py expects it, although the annotations of
  d22/d33 leave it out).
* «الضربات الأمنية التي تستهدف القيادات الوسطى», «مخططات … والتي تستهدف قوات الجيش», «خلية إرهابية تستهدف أمن
  البلاد»: the imperfect of «استهدف» in a relative clause describes what a campaign, a plan or a cell is aimed
  at, no attack told (:func:`described_aim`);
* «تهدف إلى اقتحام», «بهدف تحرير», «في سبيل دحر الانقلابيين», «من أجل تحرير المدينة», «يسعى إلى تحرير»: a masdar
  after a word of aim or a verb of striving is a purpose (:func:`purpose`, moved here from triggers.py);
* «واحدة من أكبر الهجمات», «العديد من التفجيرات»: a definite plural after a superlative or a count with «من» names a
  class of events (:func:`class_of_events`, moved here from triggers.py).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import CLAUSE_MARKS, FROM_WORD, SENTENCE_STOPS, TO_WORDS
from marsad.events.detect_charges import charged_content, conviction_ground, prompted, took_place
from marsad.events.detect_clitics import preposition_on_perfect
from marsad.events.detect_generic import (
    backing_aim,
    general_threat,
    price_of_warning,
    protest_motive,
    question,
    war_toll,
)
from marsad.events.detect_kinds import KINDS, getaway, habitual, kind_before, so_that_done, without
from marsad.events.detect_names import (
    achieves,
    joins_or_crosses,
    leaflets,
    name_part,
    noun_in_taa,
    penalties_of_law,
    pious_formula,
    regarding,
    rule_not_ruling,
)
from marsad.events.detect_responsibility import quoted
from marsad.events.detect_senses import other_sense
from marsad.events.detect_tolls import natural_subject, natural_toll, weather_warning
from marsad.events.detect_topics import topical
from marsad.events.lexicon import Trigger, strip_article, word_keys
from marsad.model import Token
from marsad.text.normalize import normalize

ORGANISING = normalize("تنظيم")
"""«تنظيم» is both an organisation («تنظيم الدولة», «تنظيم القاعدة») and the masdar of نظّم, "organising"."""

RELATIVES = word_keys("الذي التي الذين اللذين اللتين اللاتي")
"""Relative pronouns as token keys are (the article of الذين is taken for one: ذين)."""
RELATIVE_SPAN = 2
"""The relative pronoun stands right before the verb, or one word before it («التي كانت سيطرت»)."""

INTERMITTENT = (
    ("بين", "فتره", "اخري"),
    ("بين", "فينه", "اخري"),
    ("بين", "حين", "اخر"),
    ("من", "حين", "اخر"),
    ("من", "وقت", "اخر"),
    ("من", "حين", "الي", "اخر"),
    ("من", "وقت", "الي", "اخر"),
)
"""«بين فترة وأخرى», «بين الفينة والأخرى», «بين الحين والآخر», «من حين لآخر», «من وقت (إلى) لآخر», written as
token keys (folded, without clitics nor the article): now and then."""
OPENERS = {"ومن": "من", "وبين": "بين"}
"""A first word the key keeps its و on (a function word)."""
INTERMITTENT_SPAN = 6
"""How far before the trigger the phrase may stand («وتشن مقاومة تهامة بين فترة وأخرى هجمات»)."""

ALLEGED = frozenset(
    strip_article(normalize(w)) for w in "المفترض المفترضة المزعوم المزعومة المفترضين المزعومين".split()
)
ALLEGED_SPAN = 3
"""«الهجوم المفترض», «الهجوم الكيميائي المزعوم»: the epithet follows the noun and its adjectives."""


def organising(tokens: list[Token], idx: list[int], trigger: Callable[[Token], bool]) -> bool:
    """The name span ``idx`` is «تنظيم» (no article) + a definite word that is a trigger («تنظيم التظاهرات
    الاحتجاجية»): the masdar of organising an event, not an organisation's name."""
    if len(idx) < 2:
        return False
    head, nxt = tokens[idx[0]], tokens[idx[1]]
    return head.core == ORGANISING and nxt.core.startswith("ال") and trigger(nxt)


def relative_before(keys: list[str], i: int) -> bool:
    """A relative pronoun stands within :data:`RELATIVE_SPAN` words before the trigger at ``i``."""
    return any(keys[j] in RELATIVES for j in range(max(0, i - RELATIVE_SPAN), i))


def _phrase_at(keys: list[str], j: int, phrase: tuple[str, ...]) -> bool:
    if j + len(phrase) > len(keys):
        return False
    return OPENERS.get(keys[j], keys[j]) == phrase[0] and all(keys[j + k] == w for k, w in enumerate(phrase) if k)


def intermittent(keys: list[str], i: int, last: int) -> bool:
    """An intermittent-habit phrase (:data:`INTERMITTENT`) ends just before the trigger (at most
    :data:`INTERMITTENT_SPAN` words before it) or follows it directly («مواجهات مسلحة بين فترة وأخرى»)."""
    starts = range(max(0, i - INTERMITTENT_SPAN), min(len(keys), last + 4))
    for j in starts:
        if OPENERS.get(keys[j], keys[j]) not in ("بين", "من"):
            continue
        for phrase in INTERMITTENT:
            if _phrase_at(keys, j, phrase) and (j + len(phrase) <= i or j > last - 1):
                return True
    return False


def alleged(keys: list[str], last: int) -> bool:
    """An epithet of allegation (:data:`ALLEGED`) follows the trigger within :data:`ALLEGED_SPAN` words."""
    return any(k in ALLEGED for k in keys[last + 1 : last + 1 + ALLEGED_SPAN])


ROAD = frozenset(strip_article(normalize(w)) for w in ("الطريق", "طريق"))
BEFORE_SOMEONE = frozenset(normalize(w) for w in ("أمام", "امام", "على", "علي"))


def forestalling(keys: list[str], last: int) -> bool:
    """«قطع الطريق أمام/على» + someone: the idiom "forestall" (the trigger's next word is «الطريق» and the one
    after it «أمام» or «على»)."""
    return last + 2 < len(keys) and keys[last + 1] in ROAD and keys[last + 2] in BEFORE_SOMEONE


PURPOSIVE_L = ("ل", "ول", "فل")
"""The purposive ل glued to a masdar without the article (with the article, «للهجوم» is the ل of a complement)."""
UNDERGOING = frozenset(
    strip_article(normalize(w))
    for w in (
        "تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون تعرضها تعرضه التعرض تصدى تصدت يتصدى تتصدى تصدوا التصدي "
        "تصديها تصديه ردا رد نتيجة ضحية ضحايا أدى أدت"
    ).split()
)
"""Words that govern a ل before an event they undergo, repel or cause («تعرضت لقصف», «التصدي لقذائف»,
«أدت العملية لأسر 4 حوثيين»)."""
PLAN_SPAN = 3
UNDERGOING_SPAN = 4
PURPOSIVE_TYPES = frozenset(("ASSAULT", "COERCE"))
"""Not SUPPORT: «تقدمها دول التحالف لدعم الجيش اليمني» is aid given."""


def purposive_object(tokens: list[Token], keys: list[str], i: int, last: int, plans: frozenset[str]) -> bool:
    """The trigger at ``i``..``last`` is a masdar after the purposive ل (:data:`PURPOSIVE_L`) whose next word
    is definite (its object or genitive: «لاجتياح الضالع», «لتحرير المدينة»), with no plan word (``plans``,
    as token keys) within :data:`PLAN_SPAN` words before it and no :data:`UNDERGOING` word within
    :data:`UNDERGOING_SPAN` words before it."""
    tok = tokens[i]
    if tok.prefix not in PURPOSIVE_L or tok.core.startswith("ال") or last + 1 >= len(tokens):
        return False
    if not tokens[last + 1].core.startswith("ال"):
        return False
    if any(k in UNDERGOING for k in keys[max(0, i - UNDERGOING_SPAN) : i]):
        return False  # «وتعرضت الأحياء الشرقية لقصف الطيران»: the subject may stand between
    return not any(k in plans for k in keys[max(0, i - PLAN_SPAN) : i])


INVOLVED = frozenset(
    strip_article(normalize(w))
    for w in (
        "ضلوع ضلوعه ضلوعها ضلوعهم تورط تورطه تورطها تورطهم متورط متورطة متورطين متورطون "
        "مسؤول مسؤولة مسؤولين مسؤولون المسؤول المسؤولة المسؤولين وراء"
    ).split()
)
"""Words of involvement; «وراء» after «يقف/يقفون» («مسلحين يقفون وراء هجمات»: the suspects' record)."""
INVOLVED_IN = frozenset(normalize(w) for w in ("في", "عن", "ب"))


def record_of_attacks(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The trigger at ``i`` is an indefinite plural («هجمات», «اعتداءات», «تفجيرات») right after a word of
    involvement (:data:`INVOLVED`), or after its «في/عن/ب»: «ضلوعهم في اعتداءات», «متورطين في هجمات», «يقفون وراء
    هجمات»."""
    tok = tokens[i]
    if tok.core.startswith("ال") or not tok.core.endswith("ات") or i == 0:
        return False
    j = i - 1
    if keys[j] in INVOLVED_IN and j > 0:
        j -= 1
    return keys[j] in INVOLVED


THREAT_SPAN = 14
"""How far after a verb of threat its object may stand (the modality stage reads threats' objects 20 words on)."""


def threat_window(keys: list[str], last: int) -> list[str]:
    """The words after a threat verb up to :data:`THREAT_SPAN` on, stopping at the end of the sentence or clause
    (commas and brackets of an aside do not stop it)."""
    out = []
    for k in keys[last + 1 : last + 1 + THREAT_SPAN]:
        if k in SENTENCE_STOPS:
            break
        out.append(k)
    return out


COUNTERS = word_keys("عدة سلسلة مجموعة موجة عشرات")
INSTRUMENT_SPAN = 6
"""How far the instrument may stand after its verb («قصفت مقاتلات التحالف بعدة غارات»: the subject between)."""


def instrument_of(tokens: list[Token], prev_last: int, i: int) -> bool:
    """The attack noun at ``i`` is governed by ب (on itself or on a counter before it: «بعدة غارات») at most
    :data:`INSTRUMENT_SPAN` words after the verb ending at ``prev_last``, with no punctuation between."""
    if not 0 < i - prev_last <= INSTRUMENT_SPAN:
        return False
    if any(not tokens[j].core[:1].isalnum() for j in range(prev_last + 1, i)):
        return False
    if "ب" in tokens[i].prefix:
        return True
    before = tokens[i - 1]
    if i - 1 <= prev_last:
        return False
    # the tokenizer keeps «بعدة» whole (it is also «بعده», "after it"): the ب is tried off the counter here
    core = before.core if "ب" in before.prefix else before.core[1:] if before.core.startswith("ب") else ""
    return strip_article(core) in COUNTERS


FUTURE_PREFIX = normalize("س")
SOON = normalize("سوف")


def future_tense(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The verb at ``i`` is future: the tokenizer split its «س» off as a prefix («ستستمر» → س + تستمر), or «سوف»
    stands before it."""
    return tokens[i].prefix.endswith(FUTURE_PREFIX) or (i > 0 and keys[i - 1] == SOON)


THIS = frozenset(normalize(w) for w in ("هذا", "ذلك"))


def of_this_kind(keys: list[str], last: int) -> bool:
    """«من هذا النوع», «من هذا القبيل», «من ذلك الطراز» right after the trigger: a kind of event."""
    return last + 3 < len(keys) and keys[last + 1] == "من" and keys[last + 2] in THIS and keys[last + 3] in KINDS


PURPOSE_WORDS = word_keys("تمهيدا تمهيدًا استعدادا استعدادًا بهدف سعيا سعيًا")
LIGHT_MASDARS = word_keys("شن تنفيذ القيام إطلاق")


def light_purpose(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The event noun at ``i`` follows a light verb's masdar with ل («لشن», «لتنفيذ») right after a purpose word
    (:data:`PURPOSE_WORDS`): «استعدادا لشن هجوم كبير», «تمهيدا لتنفيذ عملية»."""
    if i < 2 or keys[i - 2] not in PURPOSE_WORDS:
        return False
    key = keys[i - 1]
    if "ل" in tokens[i - 1].prefix:
        return key in LIGHT_MASDARS
    # the tokenizer keeps «لشن» whole: the ل (or ل + the article, «للقيام») is tried off here
    return (key[:2] == "لل" and key[2:] in LIGHT_MASDARS) or (key[:1] == "ل" and key[1:] in LIGHT_MASDARS)


PLACE_HEADS = word_keys("ساحات ساحة ميدان ميادين أرض خطوط خط جبهات")


def battlefield(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The definite battle noun at ``i`` is the genitive of a place head (:data:`PLACE_HEADS`, in the construct
    state: no article): «ساحات المعارك», «خطوط القتال», «أرض المعركة»."""
    return (
        i > 0
        and tokens[i].core.startswith("ال")
        and keys[i - 1] in PLACE_HEADS
        and not tokens[i - 1].core.startswith("ال")
    )


LIFTING = word_keys("رفع إلغاء تقليص خفض تخفيف")
"""«مقابل رفع عقوبات اقتصادية عنها», «تخفيف العقوبات»: sanctions lifted are none imposed."""


AIMING = frozenset(normalize(w) for w in "يستهدف تستهدف يستهدفون يستهدفان تستهدفان".split())
"""Imperfect forms of «استهدف» (its present describes an aim)."""


DESCRIBED = frozenset(
    strip_article(normalize(w))
    for w in "خلية خلايا مخططات مخطط خطط خطة حملة حملات إرهابية إرهابي مؤامرة مؤامرات".split()
)
"""Nouns of plots, cells and campaigns (and the adjective after a cell) whose relative clause without a pronoun tells
what they aim at; not «عملية», as «نفذ الجيش عملية تستهدف مواقع التنظيم» tells the operation."""


def described_aim(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The imperfect «تستهدف» at ``i`` stands right after a relative pronoun («التي تستهدف», «والتي تستهدف»), or
    right after an indefinite noun of :data:`DESCRIBED` with no و (Arabic's relative clause without a pronoun:
    «خلية إرهابية تستهدف»)."""
    if tokens[i].core not in AIMING or set(tokens[i].prefix) & {"و", "ف"} or i == 0:
        return False
    if keys[i - 1] in RELATIVES:
        return True
    before = tokens[i - 1].core
    return before[:1].isalpha() and not before.startswith("ال") and before not in AIMING and keys[i - 1] in DESCRIBED


def untold(entry: Trigger, tokens: list[Token], keys: list[str], i: int, last: int, plans: frozenset[str]) -> int:
    """0 when the trigger ``entry`` at ``i``..``last`` may name an event of the story; else the index of the
    token to look at next, because it names an aim (:func:`purposive_object`, which also passes over the aim's
    object, and :func:`light_purpose`), a kind (:func:`of_this_kind`), a battlefield (:func:`battlefield`), the
    suspects' record (:func:`record_of_attacks`), a habit now and then (:func:`intermittent`), forestalling
    (:func:`forestalling`), sanctions lifted (:data:`LIFTING`), a threat in general or a protest's motive
    (:mod:`marsad.events.detect_generic`), a charge's content, a cause that prompts or a phrase of happening
    (:mod:`marsad.events.detect_charges`), a toll or a warning of nature (:mod:`marsad.events.detect_tolls`), a
    name or a set phrase (:mod:`marsad.events.detect_names`), a word in a sense that names no event
    (:mod:`marsad.events.detect_senses`)."""
    kind = entry.plover_type
    noun = entry.pos == "noun"
    if kind in PURPOSIVE_TYPES and purposive_object(tokens, keys, i, last, plans):
        return last + 2
    if (
        (kind == "ASSAULT" and noun and (battlefield(tokens, keys, i) or record_of_attacks(tokens, keys, i)))
        or (kind == "PROTEST" and forestalling(keys, last))
        or (kind == "SANCTION" and i > 0 and keys[i - 1] in LIFTING)
        or (noun and (of_this_kind(keys, last) or light_purpose(tokens, keys, i)))
        or (noun and (kind_before(keys, i) or without(tokens, keys, i) or habitual(tokens, keys, i)))
        or so_that_done(tokens, keys, i)
        or (kind == "RETREAT" and getaway(keys, i))
        or intermittent(keys, i, last)
        or (kind == "ASSAULT" and not noun and described_aim(tokens, keys, i))
        or general_threat(entry, tokens[i].core, keys, i)
        or protest_motive(entry, keys, i)
        or price_of_warning(entry, keys, i)
        or war_toll(entry, keys, last)
        or quoted(entry, keys, i)
        or question(tokens)
        or backing_aim(entry, tokens, keys, i)
        or charged_content(entry, keys, i)
        or conviction_ground(entry, keys, i, tokens[i].prefix)
        or prompted(entry, keys, i)
        or took_place(entry, keys, i)
        or preposition_on_perfect(tokens[i], keys[i])
        or natural_toll(entry, keys, i, last)
        or natural_subject(entry, keys, i)
        or weather_warning(entry, keys, last)
        or name_part(keys, i)
        or pious_formula(entry, tokens[last].core, keys, last)
        or regarding(entry, keys, i)
        or leaflets(entry, keys, last)
        or penalties_of_law(entry, keys, i)
        or achieves(entry, keys, i, last)
        or rule_not_ruling(entry, keys, i, last)
        or joins_or_crosses(entry, tokens, keys, i)
        or noun_in_taa(entry, tokens[last].text)
        or other_sense(entry, tokens, keys, i, last)
        or topical(entry, tokens, keys, i, last)
    ):
        return last + 1
    return 0


PURPOSE = frozenset(
    normalize(w)
    for w in "تهدف يهدف هدفت هدف بهدف بغية تهدفان يهدفون مساعي مسعى تمهيدا تمهيدًا استعدادا استعدادًا".split()
)
"""«عملية هدفت لاجتياح المدينة», «تهدف إلى اقتحام», «في إطار مساعي دحر التنظيم», «تمهيدا للاقتحام»,
«استعدادا لشن هجوم»: a masdar after these names a purpose, not an event (not «محاولة»: an attempted
assassination happened)."""
SECURING = frozenset(normalize(w) for w in "ضمان تحقيق تأمين".split())
"""«بغية ضمان انسحاب الحوثيين», «بهدف تحقيق وقف إطلاق النار»: a masdar of securing between the purpose word and
the event noun keeps it an aim."""
AIM_VERBS = frozenset(normalize(w) for w in "تهدف يهدف هدفت هدف تهدفان يهدفون".split())
"""The verbs of :data:`PURPOSE`: their aim is governed by ل or إلى, their subject is not."""
SAKE = (normalize("سبيل"), normalize("في"))
FOR_SAKE = (normalize("أجل"), normalize("لأجل"))
"""«في سبيل», «من أجل», «لأجل»: the masdar after them names the aim (as after «بهدف»), not an event told."""
STRIVE = frozenset(normalize(w) for w in "تسعى يسعى سعت سعى يسعون تسعيان سعيا سعيها سعيه السعي سعي".split())
"""«هجمات تسعى من خلالها لاستعادة تلال»: a masdar with ل or after إلى a few words after a verb of striving is
the aim, not an event (the words between are the means: «من خلالها», «جاهدة»)."""
STRIVE_SPAN = 3
LIGHT_MASDARS = frozenset(normalize(w) for w in "تنفيذ شن".split())
"""Masdars that carry out the event noun after them («لتنفيذ هجمات»): the aim test looks past them."""


def purpose(tokens: list[Token], i: int) -> bool:
    """The masdar at ``i`` is the purpose of «تهدف (إلى)» / «هدفت لـ» / «بهدف», or the aim of a verb of
    striving a few words before it («تسعى من خلالها لاستعادة», «يسعى إلى تحرير»)."""
    j = i - 1
    governed = "ل" in tokens[i].prefix
    if j >= 0 and tokens[j].core in LIGHT_MASDARS:
        # «يسعون لتنفيذ هجمات», «بهدف شن هجوم»: the aim is the act the light masdar carries out
        governed = "ل" in tokens[j].prefix
        j -= 1
    if j >= 0 and tokens[j].core in TO_WORDS:
        j -= 1
        governed = True
    if j >= 1 and tokens[j].core in SECURING and not tokens[j].prefix and tokens[j - 1].core in PURPOSE:
        return tokens[j - 1].core not in AIM_VERBS  # «بغية ضمان انسحاب»; not «هدف ضمان» (its subject)
    if j >= 0 and tokens[j].core in PURPOSE:
        # «وهدف اجتماع باريس … إلى»: a verb of aiming names its aim with ل or إلى; the masdar right after the
        # bare verb is its subject, an event told
        return governed or tokens[j].core not in AIM_VERBS
    if j >= 1 and (
        (tokens[j].core == SAKE[0] and tokens[j - 1].core == SAKE[1])
        or (tokens[j].core == FOR_SAKE[0] and (tokens[j - 1].core == FROM_WORD or "ل" in tokens[j].prefix))
    ):
        return True  # «في سبيل دحر الانقلابيين», «من أجل تحرير المدينة»
    if j >= 0 and tokens[j].norm == FOR_SAKE[1]:
        return True  # «لأجل» left whole by the tokenizer
    return governed and any(tokens[k].core in STRIVE for k in range(max(0, j - STRIVE_SPAN + 1), j + 1))


SUPERLATIVES = frozenset(normalize(w) for w in "أكبر أعنف أشد أسوأ أكثر أخطر أضخم أقوى أبرز أدمى أعنفها أكبرها".split())
AGGREGATES = word_keys("العديد عشرات مئات عدد")
"""«واحدة من أكبر الهجمات هذا العام», «نفذت العديد من التفجيرات»: a definite plural after a superlative or a
count with «من» names a class of attacks (a comparison, a record told in general), no happening of the story
(not «موجة من الغارات», «سلسلة من الغارات»: a wave or a series of strikes is told as it happens)."""


def class_of_events(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The definite plural at ``i`` names a class of events (:data:`AGGREGATES`): «واحدة من أكبر الهجمات»,
    «العديد من التفجيرات», «حملة من الهجمات»."""
    core = tokens[i].core
    if not (core.startswith("ال") and core.endswith("ات")) or i < 2:
        return False
    before, head = tokens[i - 1].core, tokens[i - 2].core
    if before in SUPERLATIVES and head == FROM_WORD:
        return True
    return before == FROM_WORD and (keys[i - 2] in AGGREGATES or head in SUPERLATIVES)


CONNECTIVES = frozenset(normalize(w) for w in "إثر اثر عقب بعد خلال أثناء اثناء جراء قبل إزاء ازاء منذ".split())
"""«تجدد المواجهات إثر هجمات لقوات الشرعية»: a trigger after one of these is another event than the
trigger before it, however close (not the first one's weapon: «قصف بقذائف الهاون»)."""


def coordinated(tokens: list[Token], prev: int, i: int) -> bool:
    """«غارة جوية، وقصف قوات الأسد»: a trigger after a comma or with its own و is a second event, not
    the first one's weapon («قصف بقذائف الهاون»); so is one after «إثر», «بعد», «خلال», «منذ» (:data:`CONNECTIVES`:
    «الهجمات الخاطفة منذ طردها من العاصمة») or after a colon or a quotation mark (:data:`CLAUSE_MARKS`), where a
    source's own account begins («حيث وقع الهجوم: "اقتحمت سيارة ملغومة …»)."""
    return "و" in tokens[i].prefix or any(
        tokens[j].text in CLAUSE_MARKS or tokens[j].core in CONNECTIVES for j in range(prev + 1, i)
    )
