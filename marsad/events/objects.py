"""The sides a clause leaves unnamed: above all what an attack hits (its aim, its owner, its victims).

Five constructions of news Arabic name the target of an attack outside the noun's own genitive:

* a verb of aim after the attack noun, often in a relative clause («الغارات التي استهدفت مواقع سرايا الدفاع»,
  «غارات جوية استهدفت متمردين تشاديين») or before it with the noun as its subject («استهدف هجوم انتحاري
  مقرا لميليشيات الحشد»): its object is the target when it can be a side, not when it is a town, a base or
  a building (:func:`aimed_target`);
* a position, a unit or a quantity of the other side («مواقع لحماس», «أهدافا لميليشيات الحوثي», «تجمعا لآليات
  تابعة لقوات فجر ليبيا», «عربتين تابعتين لحرس الحدود»): its owner is the side hit, as ACLED codes the target
  (:func:`owner_of`);
* a count of the dead or wounded with no name among the candidates («قتل 9 أشخاص», «مقتل ما لا يقل عن 10
  انقلابيين», «لقي 23 شخصا مصرعهم», «مقتل 16 وجرح 14»): the counted people are the target when the attack names
  no other (:func:`counted_victims`), as the events dev set annotates them (bench/dev/README-events.md);
* an unvocalised «قتل» read as the passive it mostly is in the press: «قتل X على أيدي Y», «أن X قتل في
  منطقة …» make X the dead, the target, and Y (if named) the actor (:func:`killed_passive`);
* a verb before the attack noun that names who suffers it: «تكبدت ميليشيات الحوثي خسائر … من المعارك وغارات
  التحالف», «وجهت القوات ضربة جوية إلى جماعة …» (:func:`sufferer`).

:func:`hit_target` puts them in order for an attack that names no target in its own clause. :func:`fill_sides`
also completes other types from constructions of the same kind: the counted people an arrest or an abduction
takes («اعتقلت الميليشيات المئات من أبناء المدينة»), the ranks after «في صفوف», the referent of an object pronoun
(«قبل أن يعتقله», «القبض عليه»), the addressee of a threat (the subject of its condition: «إذا لم تصرف
الحكومة»), the agent of a condemned act («أدانت … الجريمة التي نفذها مستوطنون»), the person apposed to a bare
title («القائد العام للجيش، المشير خليفة حفتر») and the counted crowd of a protest («تظاهر المئات»).

Called by :func:`marsad.events.arguments.attach`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arg_results import RESULTS, resulted_victim
from marsad.events.casualties import DIGITS, MULTITUDES, TERRITORY, VICTIM_REACH, count_word, dead_of
from marsad.events.constructions import (
    BY_AGENT,
    COMMAS,
    DIED_AFTER,
    FOLLOWERS,
    FROM_WORD,
    HANDS,
    KILLED_VERBS,
    ON,
    STOPS,
    TARGETING,
    THIRD_PERSON,
    TIME_WORDS,
    TITLES,
    TO_WORDS,
    VICTIM_WORDS,
    nisba,
    preposition,
)
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.model import Token
from marsad.text.normalize import normalize

OWNED_HEADS = frozenset(
    strip_article(normalize(w))
    for w in (
        "مواقع موقع تجمعات تجمع معاقل معقل مقرات مقر ثكنات ثكنة منازل منزل نقاط نقطة تحصينات مخازن مستودعات "
        "آليات آلية عربات عربة عربتين أرتال رتل أهداف هدف تعزيزات معسكرات معسكر مواقعها مواقعهم دوريات دورية "
        "عناصر صفوف قيادات قيادة"
    ).split()
)
"""Nouns of a position, a unit or a quantity of fighters whose owner, in construct or after ل / «تابع لـ», is
the side an attack hits («مواقع المسلحين», «أهدافا لداعش», «عناصر تابعة للتنظيم»). The accusative tanween
alif is taken off before the look-up («موقعا», «أهدافا»)."""
QUANTITIES = frozenset(normalize(w) for w in ("عدد", "عددا", "عدة", "بعض", "كل", "جميع"))
"""«عددا من نقاط تجمع المليشيات», «عدة مواقع لحماس»: a quantity before the owned head."""
BELONGING = ("تابع", "التابع")
"""«تابعة لقوات فجر ليبيا», «التابعين للتنظيم»: the participle of belonging, any gender and number."""
AIM_REACH = 9
"""Words between an attack noun and its verb of aim («الهجوم بالقذائف الصاروخية الذي استهدف»)."""
DEATH_OBJECTS = frozenset(normalize(w) for w in ("مصرعهم", "مصرعه", "مصرعها", "حتفهم", "حتفه", "حتفها"))
"""«لقي 23 شخصا مصرعهم»: the object of لقي after the counted dead."""
HEDGES = frozenset(normalize(w) for w in "ما لا يقل عن يصل إلى الى أكثر اكثر من نحو حوالي قرابة زهاء أقل".split())
"""Words of a hedged count between a «killed» word and the number («ما لا يقل عن 10», «أكثر من 20»)."""
AT_LEAST = frozenset(normalize(w) for w in ("على", "الأقل", "الاقل", "آخرون", "آخرين", "اخرون", "اخرين"))
COUNT_REACH = 8
TOLL_WOUNDED = frozenset(normalize(w) for w in "جريح جريحا جرحى مصاب مصابا مصابين".split())
"""Nouns of the wounded right after a count («20 جريحا», «30 مصابا»)."""
TOLL_NOUNS = TOLL_WOUNDED | frozenset(normalize(w) for w in "قتيل قتيلا قتلى شهيد شهيدا شهداء".split())
"""Nouns of the dead or wounded right after a count, the toll itself: «خلف الهجوم عشرة قتلى», «الهجوم الذي خلف 53
قتيلا», «أسفر الانفجار عن 7 قتلى و20 جريحا» (no verb of killing before the count, none of dying after it)."""
WOUNDED = TOLL_WOUNDED | frozenset(normalize(w) for w in "إصابة اصابة أصيب أصيبوا أصيبت جرح جرحوا".split())
"""Words of the wounded: a count of the dead is the target before a count of the wounded («قتل 9 أشخاص …
وأصيب 81 آخرين», «7 قتلى و20 جريحا»)."""


def _adjective(tok: Token) -> bool:
    """A relational adjective of a head noun («عسكرية», «الجوية»), stricter than :func:`nisba`: five letters
    at least, so that «في» and «قرية» are not taken for one."""
    return nisba(tok) and len(strip_article(tok.core)) >= 5


def _head(key: str) -> bool:
    return key in OWNED_HEADS or (key.endswith("ا") and key[:-1] in OWNED_HEADS)


def owner_of(
    head: int, every: list[Candidate], keys: list[str], toks: list[Token], clause: list[int]
) -> Candidate | None:
    """The owner of the position or unit at token ``head``: the candidate in construct right after it («مواقع
    المسلحين»; an adjective of the head may stand between: «مواقع عسكرية للحوثيين»), after a glued ل («مواقع
    لحماس»), or after «تابع(ة) لـ» («تجمعا لآليات مسلحة تابعة لقوات فجر ليبيا»)."""
    for c in every:
        if c.first <= head or c.first - head > 6 or clause[c.first] != clause[head]:
            continue
        between = range(head + 1, c.first)
        if any(keys[j].startswith(BELONGING) for j in between):
            if "ل" not in preposition(toks[c.first]):
                return None
            return _named_after(c, every, toks)
        if c.first - head <= 3 and all(_adjective(toks[j]) or _head(keys[j]) for j in between):
            # «مواقع المسلحين», «مواقع لحماس», «نقاط تجمع المليشيات», «مواقع عسكرية للحوثيين»
            if not preposition(toks[c.first]).replace("ل", "") and "و" not in toks[c.first].prefix:
                return c
        return None
    return None


def _named_after(c: Candidate, every: list[Candidate], toks: list[Token]) -> Candidate:
    """The name in quotes after a bare force noun («لقوات «فجر ليبيا»», «عناصر "داعش"»), else the noun."""
    if c.entity is not None or c.last + 1 >= len(toks) or toks[c.last + 1].text not in '«"“':
        return c
    return next((n for n in every if n.first == c.last + 2), c)


def head_after(start: int, keys: list[str], toks: list[Token], clause: list[int], reach: int = 6) -> int | None:
    """The first owned head (:data:`OWNED_HEADS`) within ``reach`` words after ``start``, in its clause, past
    quantities («عددا من»), adjectives and a glued ب phrase («بعدة غارات جوية»)."""
    for j in range(start + 1, min(start + 1 + reach, len(keys))):
        if clause[j] != clause[start] or toks[j].text in STOPS:
            return None
        if _head(keys[j]) and not preposition(toks[j]) and "و" not in toks[j].prefix:
            return j
    return None


def aimed_target(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    clause: list[int],
    can: Callable[[Candidate], bool],
) -> Candidate | None:
    """The side an attack noun's verb of aim hits (see the module docstring): the owner of the position it
    names («الغارات التي استهدفت مواقع سرايا الدفاع»), or the candidate that is its object if it can be a
    side («غارات … استهدفت متمردين تشاديين»); a town, a base or an airport hit is where the attack happened
    (the location), no target."""
    toks = m.sentence.tokens
    first, last = m.first, m.last
    start = None
    for j in range(last + 1, min(last + 1 + AIM_REACH, len(keys))):
        if toks[j].text in STOPS:
            break
        if keys[j] in TARGETING:
            start = j
            break
    if start is None and any(j >= 0 and keys[j] in TARGETING for j in (first - 1, first - 2)):
        # «استهدف هجوم انتحاري، فجر الأحد، مقرا»: the noun is the subject, the object follows it
        start = last
    if start is None:
        return None
    o = start + 1
    while (
        o < len(toks)
        and o - start <= 6
        and (toks[o].text in "،,-–" or keys[o] in TIME_WORDS or (start == last and _adjective(toks[o])))
    ):
        o += 1
    if o >= len(toks) or not toks[o].core[:1].isalpha() or preposition(toks[o]):
        return None
    j = o
    while j < len(keys) and j - o <= 2 and (keys[j] in QUANTITIES or keys[j] == FROM_WORD):
        j += 1
    if j < len(keys) and _head(keys[j]):
        owner = owner_of(j, every, keys, toks, clause)
        if owner is not None and can(owner):
            return owner
    return next((c for c in every if c.first == o and can(c)), None)


NOT_COUNTED = frozenset(normalize(w) for w in "في على عن إلى الى مع منذ خلال بين قرب داخل حول".split()) | TIME_WORDS
"""Words after a count that never name the counted people (a circumstance begins: «مقتل العشرات في مايو»)."""


def counted_victims(m: EventMention, keys: list[str], reach: int) -> list[tuple[Candidate, bool]]:
    """The counted dead, then the counted wounded (flagged ``True``), of the sentence within ``reach`` words
    of the trigger, each group nearest first: a number after a «killed» word or a verb of killing (the
    trigger's own: «قتلت أربعة منهم»), past a hedge («مقتل ما لا يقل عن 10 انقلابيين»), or a number whose noun
    a verb of dying follows («35 شخصا على الأقل قتلوا», «لقي 23 شخصا مصرعهم»), or a number with a noun of the dead
    or wounded («خلف عشرة قتلى»). The span runs from the number
    over its noun («9 أشخاص») or its partitive («2 من طاقمه»)."""
    toks = m.sentence.tokens
    first, last = m.first, m.last
    found: list[tuple[bool, int, Candidate, int]] = []
    for j, k in enumerate(keys):
        if not count_word(k) or first <= j <= last or min(abs(j - last), abs(first - j)) > reach:
            continue
        i = j - 1
        while i >= 0 and j - i <= 6 and keys[i] in HEDGES:
            i -= 1
        verb = i if i >= 0 and (keys[i] in VICTIM_WORDS or keys[i] in KILLED_VERBS or keys[i] in DIED_AFTER) else None
        end = j
        if j + 1 < len(toks) and keys[j + 1] == FROM_WORD and j + 2 < len(toks):
            end = j + 2  # «2 من طاقمه», «أربعة منهم»
        elif j + 1 < len(toks) and toks[j + 1].core[:1].isalpha() and not toks[j + 1].prefix:
            if keys[j + 1] not in DIED_AFTER and keys[j + 1] not in AT_LEAST and keys[j + 1] not in NOT_COUNTED:
                end = j + 1  # «9 أشخاص»; not «مقتل العشرات في مايو»
                if count_word(keys[end]) and end + 1 < len(toks) and toks[end + 1].core[:1].isalpha():
                    if not toks[end + 1].prefix and keys[end + 1] not in NOT_COUNTED | DIED_AFTER:
                        end += 1  # a compound number: «ثمانية عشر حوثيا»
        if verb is None and end == j + 1 and keys[end] in TOLL_NOUNS:
            verb = end  # «خلف عشرة قتلى»: the noun of the dead names the toll
        if verb is None and end > j:
            # «35 شخصا على الأقل قتلوا», «نحو 25 من ميليشيات الحوثي وقوات موالية للرئيس المخلوع قتلوا»: the verb
            # of dying after the counted noun and what qualifies it; not «… وأصيب نحو 10», the next clause's verb,
            # nor past a comma or another count
            for n in range(end + 1, min(end + 1 + COUNT_REACH, len(keys))):
                if toks[n].text in STOPS or toks[n].text in "،," or count_word(keys[n]):
                    break
                if keys[n] in DIED_AFTER or keys[n] in DEATH_OBJECTS:
                    if "و" not in toks[n].prefix:
                        verb = n
                    break
        coordinated = "و" in toks[j].prefix or (j > 0 and toks[j - 1].text == "و")
        if verb is None and coordinated and found and 0 < j - found[-1][2].last <= 6:
            verb = found[-1][3]  # «مقتل 42 حوثيا على الأقل، و9 مقاتلين»: a coordinated count shares the verb
        if verb is not None:
            wounded = keys[verb] in WOUNDED
            distance = min(abs(j - last), abs(first - j))
            cand = unnamed(toks, j, end)
            found.append((wounded, distance, cand, verb))
    return [(f[2], f[0]) for f in sorted(found, key=lambda f: (f[0], f[1]))]


CIRCUMSTANCE_WORDS = frozenset(
    normalize(w) for w in "في خلال جراء جرّاء إثر اثر بعد أثناء اثناء عقب برصاص بنيران على قرب".split()
)
"""Words that open a circumstance right after an unvocalised «قتل»: «X قتل في منطقة …», «قتل خلال اشتباكات»."""


def killed_passive(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> tuple[Candidate | None, Candidate] | None:
    """``(actor, target)`` when an unvocalised «قتل» trigger is passive, as the press mostly writes it: with
    its agent after «على يد/أيدي» («قتل نجل رئيس اللجنة … على أيدي رجال المقاومة», «طفل قتل على يد
    إرهابيين») or with its subject right before it and a circumstance, not an object, after it («أن رئيس
    المخابرات السابق قتل في منطقة كامينجي»): the one named is the dead, the target."""
    toks = m.sentence.tokens
    first, last = m.first, m.last
    if keys[first] not in KILLED_VERBS or toks[first].suffix:
        return None  # «قتلوه»: an object pronoun makes the verb active
    before = next(
        (c for c in reversed(every) if c.last < first and first - c.last <= 2 and (can(c) or c.civilian)),
        None,
    )
    hand = _hands(toks, keys, last)
    if hand is not None:
        agent = next((c for c in every if hand < c.first <= hand + 3 and can(c)), None)
        inside = next((c for c in every if last < c.first and c.last < hand - 1), None)
        dead = inside if inside is not None else before
        if agent is not None and dead is not None:
            return agent, dead
        return None
    if before is None:
        # «وقتل الملا عمر بعد ثلاثة أيام»: a person named right after the verb, a circumstance after the name
        named = next((c for c in every if c.first == last + 1), None)
        if named is None or named.entity is None or named.entity.type != "PER":
            return None
        n = named.last + 1
        if n < len(toks) and toks[n].text not in STOPS and keys[n] not in CIRCUMSTANCE_WORDS:
            return None
        return None, named
    if before.after_prep or "و" in toks[before.first].prefix:
        return None
    n = last + 1
    while n < len(toks) and n - last <= 4 and (toks[n].text in "()،," or keys[n] in TIME_WORDS):
        n += 1
    if n < len(toks) and toks[n].text not in ".؛;:" and keys[n] not in CIRCUMSTANCE_WORDS:
        return None
    if any(count_word(keys[j]) for j in range(last + 1, min(last + 7, len(keys)))):
        return None  # «الجيش قتل في العملية 5 مسلحين»: a count after it is the verb's object
    return None, before


HANDS_REACH = 20
"""Words between a passive «قتل» and its «على أيدي»: the dead's name and titles may be long («قتل نجل رئيس اللجنة
الدستورية في مجلس النواب علي أبو حليقة على أيدي رجال المقاومة»)."""


def _hands(toks: list[Token], keys: list[str], last: int) -> int | None:
    """The index of «يد/أيدي» after «على» in the clause after the verb at ``last``, not past a full stop."""
    for j in range(last + 2, min(last + HANDS_REACH, len(keys))):
        if toks[j].text in STOPS:
            return None
        if keys[j] in HANDS and keys[j - 1] in ON:
            return j
    return None


def hit_target(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    clause: list[int],
    verbish: bool,
    actor: Candidate | None,
    can: Callable[[Candidate], bool],
) -> Candidate | None:
    """The target of an attack that names none in its own clause: the owner of the position a verb hits
    («قصفت الطائرات أهدافا لميليشيات الحوثي»), the object of the noun's verb of aim («الغارات التي استهدفت
    مواقع سرايا الدفاع»), else the dead and wounded of the attack («قتل تسعة جنود في هجوم», «غارة … أسفرت
    عن مقتل ثمانية مدنيين»; as ACLED codes them), named or counted («قتل 9 أشخاص»)."""
    toks = m.sentence.tokens
    found: Candidate | None = None
    suffered = None if verbish else sufferer(m, every, keys, can)
    if suffered is not None and suffered is not actor:
        return suffered
    if verbish:
        start = actor.last if actor is not None and actor.first > m.last else m.last
        head = head_after(start, keys, toks, clause)
        found = owner_of(head, every, keys, toks, clause) if head is not None else None
    else:
        found = aimed_target(m, every, keys, clause, can)
    if found is not None and found is not actor and not fused(found, toks):
        return found
    dead = dead_of(m, every, keys, actor)
    if dead is None and m.entry.acled_sub_event_type not in TERRITORY:
        # «غارات … أسفرت عن مقتل ما لا يقل عن 100 مسلح»: the verb of result reaches past the usual span
        result = next(
            (j for j in range(m.last + 1, min(m.last + 1 + VICTIM_REACH, len(keys))) if keys[j].startswith(RESULTS)),
            None,
        )
        reach = VICTIM_REACH if result is None else result - m.last + VICTIM_REACH
        if any(keys[j].startswith(RESULTS) for j in range(max(0, m.first - 3), m.first)):
            reach = len(keys)  # «أسفرت سلسلة غارات … على مواقع …، عن مقتل 100 مسلح»: the attack is its subject
        if any(keys[j] in CAUSES for j in range(max(0, m.first - 2), m.first)):
            reach = max(reach, m.first)  # «قتل 9 أشخاص …، خلال الـ 24 ساعة الماضية، إثر سلسلة انفجارات»
        counted = counted_victims(m, keys, reach)
        if m.entry.acled_sub_event_type == "Armed clash":
            # the dead of a battle are its target only when they are one side's («مقتل 42 حوثيا، و9 مقاتلين
            # من المقاومة» names both); its wounded alone name no side, nor its toll («خلفت عشرات القتلى»)
            killed = [c for c, wounded in counted if not wounded and not _battle_toll(m, keys, c)]
            dead = killed[0] if len(killed) == 1 else None
        else:
            dead = next((c for c, _ in counted if not _battle_toll(m, keys, c)), None)
    if dead is None and m.entry.acled_sub_event_type not in TERRITORY and m.entry.acled_sub_event_type != "Armed clash":
        # (a battle's toll counts both sides: see counted_victims above)
        dead = resulted_victim(m, every, keys, actor)  # «مما نتج عنه استشهاد أحد المواطنين»
    return dead


BATTLES = frozenset(
    strip_article(normalize(w)) for w in "اشتباك اشتباكات معركة معارك مواجهة مواجهات قتال اقتتال".split()
)
"""Nouns of a battle, fought by two sides: its toll («خلفت الاشتباكات عشرات القتلى») names neither."""


def _battle_toll(m: EventMention, keys: list[str], c: Candidate) -> bool:
    """``c`` is a count with a noun of the dead («عشرات القتلى») and ``m`` a battle noun: the toll of both sides, no
    target (an attack's toll is its victims: «الهجوم الذي خلف 53 قتيلا»)."""
    return keys[c.last] in TOLL_NOUNS and strip_article(keys[m.first]) in BATTLES


CAUSES = frozenset(normalize(w) for w in ("إثر", "اثر", "جراء", "جرّاء", "نتيجة", "بسبب", "عقب"))
"""Words that make the attack after them the cause of the toll given before it («قتل 9 أشخاص … إثر انفجارات»)."""
LOSSES = tuple(normalize(w) for w in ("تكبد", "يتكبد"))
"""«تكبدت ميليشيات الحوثي خسائر كبيرة … من المعارك وغارات التحالف»: who suffers the losses of the attacks named
after is their target."""
AIMED_AT = frozenset(normalize(w) for w in "وجه وجهت وجهوا يوجه توجه".split())
"""«وجهت القوات الأميركية ضربة جوية إلى جماعة»: the blow is aimed at the side after إلى."""


def sufferer(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The side an attack noun hits named by a verb before it: the subject of «تكبد … خسائر» when the attack is
    the cause of the losses, or the side after إلى when «وجه» aims the blow («وجهت القوات ضربة جوية إلى جماعة»)."""
    toks = m.sentence.tokens
    first, last = m.first, m.last
    for j in range(first - 1, max(-1, first - 16), -1):
        if toks[j].text in STOPS:
            break
        if keys[j].startswith(LOSSES):
            return next((c for c in every if j < c.first <= j + 3 and c.last < first and can(c)), None)
    if any(keys[j] in AIMED_AT for j in range(max(0, first - 5), first)):
        return next(
            (c for c in every if last < c.first <= last + 4 and keys[c.first - 1] in TO_WORDS and can(c)),
            None,
        )
    return None


def fused(c: Candidate, toks: list[Token]) -> bool:
    """The candidate starts inside a word where ل and the article fused («للحوثيين», «للطائرات»)."""
    return toks[c.first].text.startswith("لل") and c.start > toks[c.first].start


SEIZED_PEOPLE = frozenset(("arrest", "kidnap"))
"""Modes whose object is people: «اعتقلت الميليشيات المئات من أبناء المدينة», «أسر 4 حوثيين»."""


def counted_object(m: EventMention, every: list[Candidate], keys: list[str], start: int) -> Candidate | None:
    """The counted people an arrest or an abduction takes, right after the trigger or its subject ending at
    ``start``: «اعتقال المئات من أبناء الحديدة», «أسر 4 حوثيين», «اختطاف ثلاثة مهندسين» (no name between)."""
    toks = m.sentence.tokens
    for j in range(start + 1, min(start + 4, len(keys))):
        if toks[j].text in STOPS or toks[j].text in "،," or any(c.first <= j <= c.last for c in every):
            return None
        if not count_word(keys[j]) or preposition(toks[j]):
            continue
        end = j
        if j + 2 < len(toks) and keys[j + 1] == FROM_WORD and toks[j + 2].core[:1].isalpha():
            end = j + 2  # «المئات من أبناء», «عشرات من المسلحين»
        elif (
            j + 1 < len(toks)
            and toks[j + 1].core[:1].isalpha()
            and not toks[j + 1].prefix
            # a counted person: a sound plural («4 حوثيين») or the accusative of 11–99 («30 مهاجرا»), not
            # goods («4 شكاير»)
            and keys[j + 1].endswith(("ين", "ون", "ا"))
        ):
            end = j + 1
        if end == j:
            return None
        return unnamed(toks, j, end)
    return None


CONDEMN_REACH = 12
"""Words between a verb of condemning and the agent of the act it condemns («أدانت المملكة … الجريمة الإرهابية
البشعة التي نفذها مستوطنون»)."""


CONDEMNED_BY = frozenset(k for k in BY_AGENT if "عقد" not in k and not k.startswith(("اجر", "يجري", "تجري")))
"""The agent words of :data:`~marsad.events.constructions.BY_AGENT` but those of meetings («الاجتماع الذي عقده»,
«المحادثات التي أجراها»): what is condemned is an act of violence or coercion."""


def condemned_agent(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The agent of the act a condemnation names, its target: «أدانت السعودية الجريمة التي نفذها مستوطنون»,
    «استنكرت الهيئة اعتقال المحامي من قبل فرقة مكافحة الإرهاب» (the agent after «نفذه», «شنه», «من قبل»,
    «على يد»), within the sentence and before any full stop."""
    toks = m.sentence.tokens
    for j in range(m.last + 1, min(m.last + 1 + CONDEMN_REACH, len(keys))):
        if toks[j].text in STOPS:
            return None
        agent = (keys[j] in CONDEMNED_BY and (keys[j] != "قبل" or keys[j - 1] == FROM_WORD)) or (
            keys[j] in HANDS and keys[j - 1] in ON
        )
        if agent:
            return next((c for c in every if j < c.first <= j + 3 and can(c)), None)
    return None


RANKS = frozenset(normalize(w) for w in ("صفوف", "أوساط", "اوساط"))
"""«في صفوف المتظاهرين», «في أوساط المدنيين»: the ranks of those an arrest or an attack hits."""
IN = normalize("في")
RANKS_REACH = 15
"""Words from the trigger to «صفوف» when a verb of result stands before it («أسفرت … عن سقوط عدد من القتلى والجرحى في
صفوف الميليشيات الحوثية»); five without one."""


def in_ranks(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The side named after «في صفوف» within a few words after the trigger («حالة توقيف في صفوف المتظاهرين»,
    «سقوط قتلى في صفوف الجيش»), or farther where a verb of result joins the toll to the attack («أسفرت تلك
    المعارك عن سقوط عشرات القتلى والجرحى في صفوف الحوثيين», «المعارك أسفرت، وفق المصدر، عن سقوط …»)."""
    toks = m.sentence.tokens
    result = any(keys[j].startswith(RESULTS) for j in range(max(0, m.first - 3), m.first))
    for j in range(m.last + 1, min(m.last + RANKS_REACH, len(keys) - 1)):
        if toks[j].text in STOPS:
            return None
        if toks[j].text in COMMAS and not result:
            return None  # «مواجهات ومعارك وصفت بالشرسة، واسفرت تلك المعارك عن …»: the toll of the next clause's noun
        result = result or keys[j].startswith(RESULTS)
        if j - m.last > 5 and not result:
            return None
        if keys[j] in RANKS and (keys[j - 1] == IN or "ف" in toks[j].prefix):
            return next((c for c in every if c.first == j + 1 and (can(c) or c.civilian)), None)
    return None


ON_PRONOUNS = frozenset(
    normalize(w) for w in ("عليه", "عليها", "عليهم", "عليهما", "معه", "معها", "معهم", "معهما", "ضده", "ضدها", "ضدهم")
)
"""«ألقى مسلحون القبض عليه», «الهجوم عليهم», «واشتبكت معها لساعات», «ضدهم»: the object pronoun after على, مع
or ضد."""
PRONOUN_REACH = 12


def pronoun_object(
    m: EventMention, every: list[Candidate], actor: Candidate | None, can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The referent of the object pronoun on a trigger or on the على after it («لدى ضبطه», «قبل أن يعتقله»,
    «ألقى مسلحون القبض عليه وقتلوه», «تم تهديده»): the nearest person or group named before it in the sentence
    that is not its actor."""
    toks = m.sentence.tokens
    tok = toks[m.first]
    on_pronoun = m.last + 1 < len(toks) and normalize(toks[m.last + 1].text) in ON_PRONOUNS
    # the tokenizer may leave the pronoun on the core: «قتلوه», «اعتقلوها»
    if tok.suffix not in THIRD_PERSON and not tok.core.endswith(("ها", "هم", "هما", "وه")) and not on_pronoun:
        return None
    return next(
        (
            c
            for c in reversed(every)
            if c.last < m.first
            and m.first - c.last <= PRONOUN_REACH
            and c is not actor
            and (actor is None or c.last < actor.first or c.first > actor.last)
            and c.place is None
            and (c.entity is None or c.entity.type not in ("GPE", "LOC", "FAC"))
            and not c.after_prep
            and (can(c) or c.civilian)
        ),
        None,
    )


CONDITIONS = frozenset(normalize(w) for w in ("إذا", "اذا", "إن", "ان", "ما", "لو"))
NOT_PAST = normalize("لم")
THREAT_REACH = 20


def threatened(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """Who a threat is made to: the subject of its condition («هدد … بإغلاق الموانئ إذا لم تصرف الحكومة
    الرواتب») or else the object of the threatened act («هددت القيادة باستهداف السفن التركية»)."""
    toks = m.sentence.tokens
    for j in range(m.last + 1, min(m.last + 1 + THREAT_REACH, len(keys) - 2)):
        if toks[j].text in STOPS:
            break
        if keys[j] in CONDITIONS and keys[j + 1] == NOT_PAST:
            return next((c for c in every if j + 2 < c.first <= j + 4 and can(c)), None)
    at = m.last + 1
    if at < len(toks) and "ب" in preposition(toks[at]):
        return next((c for c in every if at < c.first <= at + 3 and not c.after_prep and can(c)), None)
    return None


def split_pair(c: Candidate, toks: list[Token]) -> list[Candidate]:
    """The two sides of «بين X و Y» when the tagger made one name of them («بين الحكومة وطالبان»): the
    candidate cut before its first inner word with a glued و, each part without an entity; else ``[c]``."""
    k = next((j for j in range(c.first + 1, c.last + 1) if "و" in toks[j].prefix), None)
    if k is None:
        return [c]
    cut = toks[k - 1].end - c.start
    second = toks[k].core_start - c.start
    return [
        Candidate(c.first, k - 1, c.start, toks[k - 1].end, c.text[:cut], None, None, False),
        Candidate(k, c.last, toks[k].core_start, c.end, c.text[second:], None, None, False),
    ]


CROWD_TYPES = frozenset(("PROTEST", "RETREAT"))
"""Types whose nouns and verbs take an unnamed crowd as subject: «تظاهر صباح أمس المئات», «وفرار العشرات»."""


def crowd(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """A counted crowd right after a protest or a flight (past time words), its actor: «تظاهر صباح أمس المئات»,
    «وفرار العشرات», «خرج آلاف المواطنين» (no name between)."""
    toks = m.sentence.tokens
    j = m.last + 1
    while j < len(toks) and j - m.last <= 4 and keys[j] in TIME_WORDS:
        j += 1
    if j >= len(toks) or any(c.first <= j <= c.last for c in every) or preposition(toks[j]):
        return None
    if keys[j] not in MULTITUDES and not DIGITS.match(keys[j]):
        return None
    end = j
    if j + 2 < len(toks) and keys[j + 1] == FROM_WORD and toks[j + 2].core[:1].isalpha():
        end = j + 2  # «المئات من سكان»
    elif (
        j + 1 < len(toks)
        and toks[j + 1].core[:1].isalpha()
        and not toks[j + 1].prefix
        and keys[j + 1].endswith(("ين", "ون"))
    ):
        end = j + 1  # «آلاف المواطنين»
    return unnamed(toks, j, end)


def apposed_name(c: Candidate, every: list[Candidate], toks: list[Token]) -> Candidate:
    """The person a bare title names in apposition after a comma («وأعلن القائد العام للجيش الليبي، المشير
    خليفة حفتر، …»): the PER candidate right after the comma (a rank word may stand first); else ``c``."""
    comma = next((k for k in range(c.last + 1, min(c.last + 5, len(toks))) if toks[k].text in "،,"), None)
    if comma is None:
        return c
    return next(
        (n for n in every if comma < n.first <= comma + 2 and n.entity is not None and n.entity.type == "PER"),
        c,
    )


def fill_sides(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    clause: list[int],
    verbish: bool,
    actor: Candidate | None,
    target: Candidate | None,
    no_agent: bool,
    able: Callable[[Candidate], bool],
) -> tuple[Candidate | None, Candidate | None]:
    """The actor and the target of ``m`` completed by the constructions of this module where the clause left
    them unnamed (``no_agent``: a passive or impersonal form names no agent, none is looked for)."""
    toks = m.sentence.tokens
    first, last = m.first, m.last

    def can(c: Candidate) -> bool:
        # «أعطبت غارة 4 أطقم للحوثيين»: a side found here is never a broken span inside a fused ل+ال word
        return able(c) and not fused(c, toks)

    if target is not None and target.first > 0 and keys[target.first - 1] in FOLLOWERS:
        target = None  # «قذائف الحوثيين الموالين لإيران»: the patron after «الموالين لـ» qualifies, it is not hit
    if target is None and m.entry.plover_type == "ASSAULT":
        # (after the check above: «تجمعا لآليات تابعة لقوات فجر ليبيا» names the owner of what was hit)
        target = hit_target(m, every, keys, clause, verbish, actor, can)
        if target is not None and fused(target, toks):
            target = None  # «تجمعا للحوثيين وقتل 8 منهم»: no broken span inside a fused ل+ال word (as annotated)
    if m.plover_mode == "disapprove":
        # «أدانت السعودية الجريمة التي نفذها مستوطنون»: who carried out the condemned act is the target
        target = condemned_agent(m, every, keys, can) or target
    if actor is not None and actor.entity is None and keys[actor.first] in TITLES and actor.last < first:
        actor = apposed_name(actor, every, toks)  # «القائد العام للجيش الليبي، المشير خليفة حفتر»
    if actor is None and not no_agent and m.entry.plover_type in CROWD_TYPES:
        actor = crowd(m, every, keys)  # «تظاهر صباح أمس المئات», «وفرار العشرات»
    if target is None and m.entry.plover_type in ("ASSAULT", "COERCE"):
        target = in_ranks(m, every, keys, can)  # «لم تسجل أي حالة توقيف في صفوف المتظاهرين»
    if target is None and m.entry.plover_type == "THREATEN":
        target = threatened(m, every, keys, can)
    if target is None and (
        verbish
        or m.entry.plover_type == "COERCE"
        or (m.entry.plover_type == "ASSAULT" and last + 1 < len(keys) and keys[last + 1] in ON_PRONOUNS)
    ):
        # «لدى ضبطه», «قبل أن يعتقله», «قتلوه»: the object pronoun refers back (the pronoun on an attack noun is
        # mostly its agent: «غاراتها», «هجومها», «سيطرتها»)
        target = pronoun_object(m, every, actor, can)
    if target is None and m.plover_mode in SEIZED_PEOPLE:
        # the count follows a verb's subject («أسر المقاومون 6 حوثيين»), a noun's agent comes after the count
        # («أسر ستة حوثيين على يد المقاومة»)
        subject = actor is not None and actor.first > last and (verbish or actor.first == last + 1)
        target = counted_object(m, every, keys, actor.last if subject and actor is not None else last)
    return actor, target
