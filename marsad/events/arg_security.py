"""Sides of security stories that the clause rules of :mod:`marsad.events.arguments` leave wrong or unnamed.

* the troops a mobilisation puts on alert, named after «في صفوف»: «حالة من الاستنفار الأمني في صفوف مقاتلي
  تنظيم القاعدة», «عمليات انتشار واستنفار واسعة النطاق في صفوف مقاتلي التنظيم» (for an attack or an arrest
  «في صفوف» names who was hit: :func:`marsad.events.objects.in_ranks`);
* the genitive of a noun of control is who takes control when «على» or «السيطرة» follows it (إضافة المصدر
  إلى فاعله): «بعد سيطرة المقاومة الشعبية على مناطق», «استعادة القوات المسلحة السيطرة على ميناءي السدرة»;
* the agent after «بواسطة»: «بعد تحريرها بواسطة عناصر المقاومة الشعبية», «تم اعتقالهم تحفظيا بواسطة السلطات»,
  and after «من» when the noun carries its object pronoun: «إثر مطاردته من قوات الأمن التونسية»;
* a social network is where a statement was posted, never a side: «كتب على صفحته على فيسبوك»; nor is the channel
  an announcement was made to: «أعلن لـ"سكاي نيوز عربية"، الخميس، استعادة القوات المسلحة السيطرة»;
* who blew himself up is the actor of «فجّر X نفسه», «أن مشتبها به فجر نفسه», «قيام إرهابي بتفجير نفسه»;
* «اشتباكات بين المليشيات المتصارعة»: a single plural side after «بين» fought on both sides, it is the actor;
* the genitive of «إطلاق سراح / الإفراج» is who was released, the target: «إطلاق سراح السجناء السياسيين»;
* a place before «شهدت» saw the event, it did not act: «وكانت العاصمة طرابلس شهدت اشتباكات»;
* a protest attacked («اعتدى مسلحون على مسيرة نسائية») is not marched by the attackers, nor a protest that dates
  another clause («بعد اندلاع احتجاجات», «منذ الانتفاضة») by that clause's sides; a crowd after a protest verb
  marches rather than a name before it («تظاهر أمس مئات الإيزيديين»);
* «تنظيم» right before a protest noun is the verbal noun "organising" («تنظيم التظاهرات»), not a group: the
  side is the organiser named before it («بعزم أنصار صالح تنظيم التظاهرة») or none.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import FROM_WORD, OBJECT_PREPS, QUOTE_MARKS, STOPS, THIRD_PERSON_ALL
from marsad.events.lexicon import strip_article, word_keys
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.events.objects import crowd, in_ranks
from marsad.model import Token
from marsad.text.normalize import normalize

CONTROL_NOUNS = word_keys("سيطرة استعادة")
"""Nouns of taking control whose genitive is the agent when «على»/«السيطرة» follows it."""
CONTROL_OBJECT = word_keys("على السيطرة")
BY_MEANS = word_keys("بواسطة")
"""«بواسطة X»: the agent of a noun of attack or capture."""
PLATFORMS = word_keys("فيسبوك فيس تويتر يوتيوب إنستغرام انستغرام تلغرام تيليغرام واتساب")
"""Social networks: where a statement was posted («عبر صفحته على فيسبوك»), never a side."""
ORGANISING = normalize("تنظيم")
SELF = word_keys("نفسه نفسها أنفسهم انفسهم نفسيهما")
"""The reflexive object of a suicide blast: «فجر نفسه»."""
SELF_REACH = 5
OPENERS = word_keys("أن ان إن")
UNDERTAKING = word_keys("قيام")
"""«قيام X بتفجير نفسه»: the light noun whose genitive acts."""
BLASTS = word_keys("فجر فجرت فجروا يفجر تفجر تفجير")
"""«فجر/تفجير/يفجر»: the verb and the noun of a self-detonation."""
BETWEEN = normalize("بين")
BOTH_SIDES = word_keys("الطرفين الطرفان الجانبين الجانبان الفريقين الفريقان طرفي")
"""«بين الطرفين»: the two sides named elsewhere, no side of its own."""
BETWEEN_REACH = 6
RELEASE = "release"
WITNESSED = word_keys("شهد شهدت يشهد تشهد")
TIME_FRAMES = word_keys("منذ خلال بعد إثر اثر عقب أثناء اثناء قبيل اندلاع")
"""Words that make a protest noun the time frame of another clause («بعد اندلاع احتجاجات», «منذ الانتفاضة»)."""
ORGANISER_GAP = 1
AGENT_REACH = 3
HANDS = word_keys("أيدي يد قبضة")
FREEING = tuple(normalize(w) for w in ("تحرير", "طرد", "تطهير", "استعاد", "انتزاع", "إخراج", "اخراج"))
"""Nouns of freeing and expelling: «من X» after them names who was driven out, not the agent."""
HANDS_REACH = 12
ANNOUNCED = word_keys("أعلن أعلنت صرح صرحت")
"""Verbs of announcing whose «لـ» names the channel told (the statement verbs of ``sharing.TOLD`` on top)."""


def _platform(c: Candidate | None) -> bool:
    if c is None:
        return False
    words = normalize(c.text).split()
    return bool(words) and strip_article(words[0]) in PLATFORMS


def _announced_to(c: Candidate, keys: list[str], toks: list[Token]) -> bool:
    """``c`` follows «أعلن/أعلنت لـ» (past quotes): the channel an announcement was made to («أعلن لـ"سكاي نيوز
    عربية"»), a source of the news, never a side of it."""
    j = c.first
    while j > 0 and toks[j - 1].text in QUOTE_MARKS:
        j -= 1
    told = j > 0 and keys[j - 1] == "ل" and any(keys[k] in ANNOUNCED for k in range(max(0, j - 3), j - 1))
    return told or (j > 0 and keys[j - 1] in ANNOUNCED and "ل" in toks[c.first].prefix)


def _control_follows(toks: list[Token], keys: list[str], j: int) -> bool:
    """«على» or «السيطرة» at ``j``, past at most two bare adjectives of the genitive («القوات المسلحة السيطرة»)."""
    for k in range(j, min(j + 3, len(keys))):
        if keys[k] in CONTROL_OBJECT:
            return True
        if toks[k].prefix not in ("", "ال") or not toks[k].core[:1].isalpha():
            return False
    return False


def _organising(c: Candidate | None, m: EventMention) -> bool:
    """``c`` is the bare word «تنظيم» right before the protest noun ``m`` («تنظيم التظاهرات»)."""
    return c is not None and c.first == c.last == m.first - 1 and normalize(c.text) == ORGANISING


def security_sides(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    verbish: bool,
    actor: Candidate | None,
    target: Candidate | None,
    can: Callable[[Candidate], bool],
) -> tuple[Candidate | None, Candidate | None]:
    """``(actor, target)`` of ``m`` corrected by the constructions listed in the module."""
    toks = m.sentence.tokens
    kind = m.entry.plover_type
    if _platform(actor) or (actor is not None and _announced_to(actor, keys, toks)):
        actor = None
    if _platform(target):
        target = None
    if kind == "MOBILIZE":
        ranks = in_ranks(m, every, keys, can)
        if ranks is not None and actor is None:
            actor = ranks  # «الاستنفار الأمني في صفوف مقاتلي تنظيم القاعدة»
            if target is ranks:
                target = None
    if kind == "PROTEST" and _organising(actor, m):
        # «بعزم أنصار صالح تنظيم التظاهرة»: the organiser in construct with the noun governing «تنظيم»
        actor = next((c for c in every if 0 < m.first - 1 - c.last <= ORGANISER_GAP and can(c)), None)
    if kind == "PROTEST" and not verbish and actor is not None and actor.last < m.first:
        if m.first > 0 and keys[m.first - 1] in OBJECT_PREPS:
            actor = None  # «اعتدى مسلحون من ميليشيات الحوثي على مسيرة نسائية»: they attacked the march
        elif m.first > 0 and keys[m.first - 1] in TIME_FRAMES:
            # «حملة على زعماء المعارضة بعد اندلاع احتجاجات», «منذ الانتفاضة», «خلال الاحتجاجات»: the protest dates
            # the clause before, whose sides are not its marchers
            actor = None
    if kind == "PROTEST" and verbish and actor is not None and actor.last < m.first:
        gathered = crowd(m, every, keys)
        if gathered is not None:
            actor = gathered  # «تظاهر أمس مئات الإيزيديين»: the crowd after the verb, not a name before it
    if (
        actor is not None
        and actor.last < m.first
        and (actor.place is not None or (actor.entity is not None and actor.entity.type in ("GPE", "LOC")))
        and any(keys[j] in WITNESSED for j in range(actor.last + 1, m.first))
    ):
        actor = None  # «وكانت العاصمة طرابلس شهدت اشتباكات»: the place saw the clashes
    if m.plover_mode == RELEASE and not verbish and actor is not None and actor.first == m.last + 1:
        # «إطلاق سراح السجناء السياسيين»: the genitive was released
        actor, target = None, (actor if target is None else target)
    if kind == "ASSAULT":
        blast = _self_blast(m, every, keys, verbish)
        if blast is not None:
            return blast, (
                None if target is not None and target.first <= blast.last and blast.first <= target.last else target
            )
        side = _one_side_between(m, every, keys)
        if side is not None:
            return side, (None if target is not None and side.first <= target.first <= side.last else target)
    if verbish or kind not in ("ASSAULT", "COERCE"):
        return actor, target
    last = m.last
    for j in range(last + 1, min(last + 1 + AGENT_REACH, len(keys))):
        if toks[j].text in STOPS or toks[j].text in "،,":
            break
        if keys[j] in BY_MEANS:
            agent = next((c for c in every if c.first == j + 1 and can(c)), None)
            if agent is not None:
                # «بعد تحريرها بواسطة عناصر المقاومة الشعبية»
                return agent, (None if target is agent else target)
            break
    if toks[last].suffix in THIRD_PERSON_ALL and last + 2 < len(keys) and keys[last + 1] == FROM_WORD:
        # «إثر مطاردته من قوات الأمن التونسية»: a noun with its object pronoun takes its agent after «من»
        agent = next((c for c in every if c.first == last + 2 and c.place is None and can(c)), None)
        if agent is not None and keys[m.first].startswith(FREEING):
            # «بعد تحريرها من تنظيم القاعدة»: who a town is freed from is the other side, the target
            return actor, (agent if target is None else target)
        if agent is not None:
            same = target is not None and normalize(target.text) in normalize(agent.text)
            return agent, (None if same else target)
    # the genitive, read as the object or (before «السيطرة») already as the agent
    genitive = target if target is not None and target.first == last + 1 else None
    if genitive is None and target is None and actor is not None and actor.first == last + 1:
        genitive = actor
    if (
        kind == "ASSAULT"
        and keys[m.first] in CONTROL_NOUNS
        and genitive is not None
        and not toks[genitive.first].prefix
        and genitive.place is None
        and can(genitive)
        and _control_follows(toks, keys, genitive.last + 1)
    ):
        # «بعد سيطرة المقاومة الشعبية على مناطق», «استعادة القوات المسلحة السيطرة على ميناءي السدرة»; the side
        # control was taken from follows «من أيدي/يد/قبضة» («… من أيدي الميليشيات المتشددة»)
        end = genitive.last
        actor, target = (
            genitive,
            next(
                (c for c in every if end < c.first <= end + HANDS_REACH and keys[c.first - 1] in HANDS and can(c)),
                None,
            ),
        )
    return actor, target


def _span(toks: list[Token], every: list[Candidate], a: int, b: int) -> Candidate | None:
    """The candidate covering tokens ``a``..``b``, or an unnamed span over them (words only)."""
    named = next((c for c in every if c.first == a and c.last <= b), None)
    if named is not None:
        return named
    if a > b or b - a > 3 or not all(toks[k].core[:1].isalpha() for k in range(a, b + 1)):
        return None
    return unnamed(toks, a, b)


def _self_blast(m: EventMention, every: list[Candidate], keys: list[str], verbish: bool) -> Candidate | None:
    """Who blew himself up: the subject between the verb and «نفسه» («فجر مشتبه به نفسه», «فجر أحدهما نفسه»),
    between «أن» and the verb («أن مشتبها به فجر نفسه»), or between «قيام» and the noun («قيام إرهابي بتفجير
    نفسه»)."""
    toks = m.sentence.tokens
    first, last = m.first, m.last
    if keys[first] not in BLASTS and m.plover_mode != "suicide":
        return None  # «قتلوه في نهاية العام نفسه»: «نفسه» is "the same" after other verbs
    r = next(
        (j for j in range(first + 1, min(last + 1 + SELF_REACH, len(keys))) if keys[j] in SELF),
        None,
    )
    if r is None or any(toks[k].text in STOPS or toks[k].text in "،," for k in range(first + 1, r)):
        return None
    if r > first + 1:
        # the trigger may run over «نفسه» («فجر نفسه» listed whole): the subject stands between
        return _span(toks, every, first + 1, r - 1) if verbish and r > last else None
    for o in range(first - 1, max(-1, first - 1 - SELF_REACH), -1):
        if toks[o].text in STOPS or toks[o].text in "،,":
            return None
        if (verbish and keys[o] in OPENERS) or (not verbish and keys[o] in UNDERTAKING):
            return _span(toks, every, o + 1, first - 1)
    return None


def _plural(key: str) -> bool:
    return key.endswith(("ات", "ين", "ون")) and len(key) > 4


def _one_side_between(m: EventMention, every: list[Candidate], keys: list[str]) -> Candidate | None:
    """«اشتباكات بين المليشيات المتصارعة»: one plural side after «بين» with no second side coordinated to it."""
    toks = m.sentence.tokens
    at = next(
        (j for j in range(m.last + 1, min(m.last + 1 + BETWEEN_REACH, len(keys))) if keys[j] == BETWEEN),
        None,
    )
    if at is None or any(toks[k].text in STOPS or toks[k].text in "،," for k in range(m.last + 1, at)):
        return None
    side = next((c for c in every if c.first == at + 1 and c.place is None), None)
    if (
        side is None
        or not _plural(keys[side.first])
        or keys[side.first] in BOTH_SIDES
        or "و" in toks[side.first].prefix
    ):
        return None
    for k in range(side.last + 1, min(side.last + 1 + BETWEEN_REACH, len(keys))):
        if toks[k].text in STOPS or toks[k].text in "،,":
            break
        if "و" in toks[k].prefix or toks[k].text == "و":
            return None  # «بين قوات موالية … وجماعات مسلحة»: two sides
    return side
