"""The sides of court and security stories: who sentences, executes or arrests, and whom.

Court and police news names its sides in a few fixed constructions (bench/dev/README-events.md, legal round):

* the person a verdict, a sentence carried out, an arrest or a pardon falls on follows a preposition, often
  past the punishment: «صدر حكم بالسجن سبع سنوات على الكندي محمد فهمي», «نفذت جبهة النصرة حكم الإعدام بحق
  عشرة أشخاص», «نفذت وزارة الداخلية حكم القتل تعزيرا في مهرب مخدرات», «القبض على المتهم», «أصدر عفوا رئاسيا عن
  330 من الشباب»; he is often described, not named («مواطن», «مقيم», «الجاني», «وافد», «المتهم»);
* a court is who sentences, never whom: «حكم محكمة في طرابلس بإعدام …» (the court in construct is the actor),
  «بإحالته إلى المحكمة العامة», «صدّق الحكم من محكمة الاستئناف» (the court referred to is no target);
* the attack a suspect is held for is his, not the arresting side's: «ألقت الاستخبارات القبض على "مشتبه به
  رئيسي" في هجوم مزدوج», «ضبط جان … متهم باعتدائه»; a charge whose accused is a pronoun on the masdar, told as
  the circumstance of an arrest («بعد اتهامه باختراق موقع»), has no accuser in the main clause and no side in
  what it tells;
* who arrested is named around the noun: «أسفرت جهود الأجهزة الأمنية عن ضبط 17», «أسر 4 حوثيين بيد الجيش»,
  «أعلن المتحدث باسم قوى الأمن، العميد X، عن اعتقال 300 شخص» (the body the spokesman speaks for);
* whom it reaches: «الضربات الأمنية التي تستهدف القيادات الوسطى لتنظيم الإخوان», «الاعتقالات شملت أعضاء من
  فرقة X», and the name of a described person after «يدعى/المدعو».

Called once by :func:`marsad.events.arg_sides.complete_sides` (:func:`legal_sides`).
"""

from __future__ import annotations

from marsad.events.arg_objects import person_heads
from marsad.events.arg_sources import SPEECH
from marsad.events.casualties import CIRCUMSTANCE, count_word
from marsad.events.constructions import (
    CLAUSE_WORDS,
    OPENING_QUOTES,
    PHRASE_BREAKS,
    RELATIVE_PRONOUNS,
    TARGETING,
    THIRD_PERSON_ALL,
    TIME_WORDS,
    bare_nisba,
)
from marsad.events.lexicon import strip_article, word_keys
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.events.objects import counted_object
from marsad.events.sharing import COMPLEMENTIZERS
from marsad.model import Token
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics

COURTS = frozenset(
    strip_article(normalize(w)) for w in "محكمة محاكم المحكمة المحاكم القضاء قضاء القاضي قاض قاضي هيئة المحلفين".split()
)
"""Heads of a court or a judge («محكمة الاستئناف», «المحكمة الجزائية المتخصصة», «القاضي»)."""
SUSPECTS = frozenset(
    strip_article(normalize(w)) for w in "المشتبه المتهم متهما المتهمة المتهمين المتورط المتورطين بتهمة".split()
)
"""Words of suspicion or charge before the act a suspect is held for («مشتبه به في هجوم», «متهم باعتدائه»)."""
ON = normalize("على")
AGAINST_PERSON = normalize("بحق")
IN = normalize("في")
ABOUT = normalize("عن")
REACH = 10
"""Words after the trigger within which the preposition of the person sentenced or arrested is looked for
(past the punishment and its term: «حكم بالسجن سبع سنوات صدر في يونيو 2014 على …»)."""
SPAN = 4
"""Words of a described person at most («مهرب مخدرات», «مقيم من الجنسية الباكستانية»)."""
PREPOSITION_WORDS = frozenset(normalize(w) for w in "إلى الى من في على عن أمام امام لدى".split())
REACHING = TARGETING | frozenset(normalize(w) for w in "شمل شملت يشمل تشمل طال طالت يطال تطال".split())
"""Verbs whose object an arrest noun takes: its aim and its reach («حملة اعتقالات طالت العشرات»)."""
CALLED = word_keys("يدعى تدعى المدعو المدعوة")
"""«يدعى X», «المدعو X»: the name of a person described before (police and court statements)."""
SPOKESMEN = frozenset(strip_article(normalize(w)) for w in ("المتحدث", "الناطق"))
ON_BEHALF = normalize("باسم")
SPOKESMAN_REACH = 16
GLUED_HANDS = frozenset(normalize(w) for w in ("بيد", "بأيدي", "بايدي"))
HAND_REACH = 7
EFFORTS = normalize("جهود")
EFFORTS_REACH = 12
COURT_REACH = 12
"""Words between a court and the verdict it passes at most."""


def _court(c: Candidate, keys: list[str]) -> bool:
    return strip_article(keys[c.first]) in COURTS


def _governed(c: Candidate, toks: list[Token], keys: list[str]) -> bool:
    """The candidate stands after a preposition («إلى المحكمة», «بالمحكمة», «أمام القاضي»)."""
    return (
        c.after_prep
        or bool({"ب", "ل"} & set(toks[c.first].prefix))
        or (c.first > 0 and keys[c.first - 1] in PREPOSITION_WORDS)
    )


def _legal(m: EventMention) -> bool:
    """A verdict or trial (COERCE with no mode), an arrest, a sentence carried out, a referral or a pardon."""
    kind, mode = m.entry.plover_type, m.plover_mode
    return (
        (kind == "COERCE" and mode in (None, "arrest"))
        or (kind == "ASSAULT" and mode == "execute")
        or (kind == "ACCUSE" and mode == "allege")
        or (kind == "RETREAT" and mode == "release")
    )


def _prepositions(m: EventMention) -> frozenset[str]:
    """The prepositions that introduce the person of ``m`` («على» a verdict or an arrest, «بحق» every one, «في» a
    sentence carried out, «عن» a pardon or a release)."""
    out = {AGAINST_PERSON}
    if m.entry.plover_type == "COERCE":
        out.add(ON)
    elif m.plover_mode == "execute":
        out.update((ON, IN))
    elif m.plover_mode == "release":
        out.add(ABOUT)
    return frozenset(out)


def _person_head(key: str) -> bool:
    return strip_article(key) in person_heads()


def _described(toks: list[Token], keys: list[str], start: int) -> Candidate | None:
    """A person described by a head noun of ``data/arg_person_heads.tsv`` at ``start`` (with its genitive or
    adjectives, at most :data:`SPAN` words): «مهرب مخدرات», «المتهم», «مواطن»."""
    n = len(toks)
    key = strip_article(keys[start])
    heads = person_heads()
    # «جانٍ» with its tanwin written, «مواطنا» in the accusative
    if not (key in heads or (key.endswith("ا") and key[:-1] in heads) or key == normalize("جان")):
        return None
    end = start
    while (
        end + 1 < n
        and end + 1 - start < SPAN
        and toks[end + 1].text not in PHRASE_BREAKS
        and keys[end + 1] not in CLAUSE_WORDS
        and not toks[end + 1].prefix
        and (toks[end + 1].core.startswith("ال") or (end == start and not toks[start].core.startswith("ال")))
        and keys[end + 1] not in (IN, ON, ABOUT)
    ):
        end += 1
    return unnamed(toks, start, end)


def person_after(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """The person a legal event falls on, after «على/بحق/في/عن» within :data:`REACH` words of the trigger and in
    its clause: a candidate (not a place, not a court) or a described person; else None."""
    if not _legal(m):
        return None
    toks = m.sentence.tokens
    preps = _prepositions(m)
    for j in range(m.last + 1, min(len(toks), m.last + 1 + REACH)):
        if toks[j].text in PHRASE_BREAKS or (keys[j] in CLAUSE_WORDS and j > m.last + 1):
            return None
        if keys[j] not in preps:
            continue
        k = j + 1
        if k < len(toks) and toks[k].text in OPENING_QUOTES:
            k += 1  # «القبض على "مشتبه به رئيسي"»
        if k + 1 < len(toks) and keys[k] in CALLED:
            k += 1  # «القبض على المدعو X»
        if k >= len(toks):
            return None
        named = next((c for c in every if c.first == k), None)
        if named is None and k + 1 < len(toks) and bare_nisba(toks[k]):
            # «على الكندي محمد فهمي», «بحق الأسترالي بيتر جريست»: a nationality before the name
            behind = next((c for c in every if c.first == k + 1 and c.entity is not None), None)
            if behind is not None and behind.place is None:
                c = unnamed(toks, k, behind.last)
                return Candidate(k, behind.last, c.start, c.end, c.text, behind.entity, None, False)
        if named is not None:
            if named.place is not None or named.unknown_place or _court(named, keys):
                return None
            return named
        if count_word(keys[k]):
            # «عفوا رئاسيا عن 330 من الشباب المحبوسين», «الحكم على 3 متهمين»: the counted people
            return counted_object(m, every, keys, k - 1)
        return _described(toks, keys, k)
    return None


def _court_before(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """The court named before a verdict or a trial in its sentence (the subject of the verb that governs it:
    «أرجأت محكمة مصرية النطق بالحكم», «قضت المحكمة بمحاكمته»), within :data:`COURT_REACH` words and with no
    full stop between; else None."""
    toks = m.sentence.tokens
    for c in reversed(every):
        if c.last >= m.first or m.first - c.last > COURT_REACH:
            continue
        if any(toks[j].text in ".؛;" for j in range(c.last + 1, m.first)):
            return None
        if _court(c, keys) and not _governed(c, toks, keys):
            return c  # not the court a case goes to: «بإحالته إلى المحكمة العامة صدر بحقه صك»
    return None


def arrested_by_reach(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """The people an arrest noun's verb of aim or reach names, the verb right after the noun and its adjectives
    («الضربات الأمنية الاستباقية التي تستهدف القيادات الوسطى لتنظيم الإخوان», «الاعتقالات شملت أعضاء من فرقة
    "دراويش كناباد"»): the candidate that is the verb's object, or the body named within :data:`SPAN` words after
    a described object («القيادات», «أعضاء»); else None."""
    toks = m.sentence.tokens
    n = len(toks)
    j = m.last + 1
    definite = toks[m.last].core.startswith("ال")
    while (
        j < n
        and j - m.last <= 5
        and not clitics(toks[j])
        and (bare_nisba(toks[j]) or keys[j] in RELATIVE_PRONOUNS or (definite and toks[j].core.startswith("ال")))
    ):
        j += 1  # «الأمنية الاستباقية المقننة التي»: adjectives agreeing with the noun, a relative pronoun
    if j >= n or keys[j] not in REACHING or j + 1 >= n:
        return None
    for c in every:
        if c.first <= j or c.first - j > SPAN + 1:
            continue
        if c.place is not None or c.unknown_place or any(toks[k].text in PHRASE_BREAKS for k in range(j + 1, c.first)):
            return None
        return c
    return None


def efforts_of(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """The body whose efforts led to an arrest or a seizure named by a noun («أسفرت جهود الأجهزة الأمنية عن ضبط
    17», «وبجهود رجال الأمن تم القبض على»): the candidate right after «جهود» within :data:`EFFORTS_REACH` words
    before the trigger, with no full stop between; else None."""
    toks = m.sentence.tokens
    for j in range(m.first - 1, max(-1, m.first - EFFORTS_REACH), -1):
        if toks[j].text in ".؛;":
            return None
        if keys[j] == EFFORTS:
            return next((c for c in every if c.first == j + 1 and c.last < m.first and c.place is None), None)
    return None


def by_hand(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """The agent after «بيد/بأيدي» (the glued form of «على يد»: «أسر 4 حوثيين بيد الجيش الوطني») within
    :data:`HAND_REACH` words after a noun trigger, with no punctuation between; else None."""
    toks = m.sentence.tokens
    for j in range(m.last + 1, min(len(toks) - 1, m.last + HAND_REACH)):
        if toks[j].text in PHRASE_BREAKS or keys[j] in PREPOSITION_WORDS:
            return None  # «أسفرت المواجهات عن أسر خمسة مسلحين بيد الجيش»: the hand is the capture's, not the battle's
        if keys[j] in GLUED_HANDS:
            return next((c for c in every if c.first == j + 1 and c.place is None), None)
    return None


def called(c: Candidate | None, every: list[Candidate], keys: list[str], toks: list[Token]) -> Candidate | None:
    """The name a described side is given after «يدعى/المدعو» («اعتقلت زعيم مجموعة متطرفة يدعى X»): the person
    named within :data:`SPAN` words after the description, or ``c`` itself."""
    if c is None or c.entity is not None:
        return c
    for j in range(c.last + 1, min(len(toks) - 1, c.last + SPAN + 2)):
        if toks[j].text in PHRASE_BREAKS or keys[j] in TIME_WORDS or _person_head(keys[j]):
            break  # another description begins
        if keys[j] in CALLED:
            named = next((d for d in every if d.first == j + 1 and d.entity is not None and d.place is None), None)
            return named or c
    return c


def charged_pronoun(m: EventMention, keys: list[str]) -> bool:
    """A charge named by a masdar with the accused as its pronoun, as the circumstance of another act («ألقت
    الجهات الأمنية القبض على X بعد اتهامه باختراق موقع», «إثر اتهامه بشن هجوم ضد مدنيين»): the main clause's
    subject did not bring the charge, and what the charge tells («ضد مدنيين») is no side of it."""
    if m.entry.plover_type != "ACCUSE" or m.first == 0 or keys[m.first - 1] not in CIRCUMSTANCE:
        return False
    text = m.sentence.tokens[m.first].text
    return text.endswith(THIRD_PERSON_ALL) and not text.endswith("ة")


def spokesmans_body(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """The body a spokesman speaks for, when his speech verb takes the act as its object with no «أن» between
    («أعلن المتحدث باسم قوى الأمن الداخلي، العميد X، عن اعتقال 300 شخص»: the police arrested, the spokesman
    announced); else None."""
    toks = m.sentence.tokens
    for j in range(m.first - 1, max(0, m.first - SPOKESMAN_REACH), -1):
        if toks[j].text in ".؛;:" or keys[j] in COMPLEMENTIZERS:
            return None
        if keys[j] in SPOKESMEN and j + 2 < m.first and keys[j + 1] == ON_BEHALF and keys[j - 1] in SPEECH:
            body = next((c for c in every if c.first == j + 2 and c.last < m.first), None)
            return body if body is not None and body.place is None else None
    return None


def suspects_act(m: EventMention, keys: list[str], actor: Candidate | None) -> bool:
    """The attack of ``m`` is the one a suspect is held for, named after a word of suspicion that stands
    apart from ``actor`` (before it: «القبض على "مشتبه به رئيسي" في هجوم»; not its adjective: «سوريا المتهمة
    بشن هجوم», where the accused is the actor)."""
    if actor is None or actor.last >= m.first or m.entry.plover_type != "ASSAULT":
        return False
    for j in range(m.first - 1, max(actor.last, m.first - 7), -1):
        if keys[j] in SUSPECTS:
            return j > actor.last + 1
    return False


def legal_sides(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    actor: Candidate | None,
    target: Candidate | None,
) -> tuple[Candidate | None, Candidate | None]:
    """``(actor, target)`` of ``m`` corrected by the constructions of court and security stories (module doc)."""
    if suspects_act(m, keys, actor):
        return None, target
    if charged_pronoun(m, keys):
        # «بعد اتهامه الحكومة بالفساد»: a side right after the masdar is its object, the pronoun the accuser
        return None, (target if target is not None and target.first == m.last + 1 else None)
    if (
        m.entry.plover_type == "COERCE"
        and m.plover_mode in ("arrest", "seize")
        and (actor is None or actor.last < m.first)
    ):
        # «أسفرت جهود الأجهزة الأمنية عن ضبط 17»: the body whose efforts led to it
        actor = efforts_of(m, every, keys) or actor
    if actor is None and m.entry.plover_type in ("COERCE", "ASSAULT"):
        actor = by_hand(m, every, keys)  # «أسر 4 حوثيين بيد الجيش الوطني»
    if m.entry.plover_type in ("COERCE", "ASSAULT") and (actor is None or actor.last < m.first):
        actor = spokesmans_body(m, every, keys) or actor  # «أعلن المتحدث باسم الشرطة، العقيد X، عن اعتقال»
    toks = m.sentence.tokens
    target = called(target, every, keys, toks)  # «اعتقلت زعيم مجموعة متطرفة يدعى X»
    if not _legal(m):
        return actor, target
    if target is not None and _court(target, keys):
        # «حكم محكمة في طرابلس بإعدام …»: the court in construct right after the verdict passed it
        if actor is None and target.first == m.last + 1 and m.entry.plover_type == "COERCE":
            actor = target
        target = None
    if actor is not None and actor.last < m.first and _court(actor, keys) and _governed(actor, toks, keys):
        actor = None  # «وبإحالته إلى المحكمة الجزائية صدر بحقه حكم»: the court the case went to
    if actor is None and m.entry.plover_type == "COERCE" and m.plover_mode is None:
        actor = _court_before(m, every, keys)  # «أرجأت محكمة مصرية … النطق بالحكم»
    if target is None and m.plover_mode == "arrest":
        target = arrested_by_reach(m, every, keys)
    found = person_after(m, every, keys)
    if found is not None and found is not actor and (target is None or target is actor or found.last < target.first):
        # «القبض على القيادي السابق بحزب الدستور»: the person arrested, not the party his title names
        target = found
    return actor, target
