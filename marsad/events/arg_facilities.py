"""The building, post or vehicle an attack hits, as its target.

ACLED codes the object of an attack as its target when the report names one, and the dead only when nothing
else is named (bench/dev/README-events.md, seventh round and d236). News names the thing hit in a few fixed
constructions right after the attack word: after «على/ضد» («هجوم على قاعدة عسكرية», «اعتداء على حاجز»),
with ل on the noun («استهداف الطائرات لمستودع»), as the object of a verb of aim the attack noun governs
(«قصفا إسرائيليا استهدف مستودع أسلحة», «تفجير استهدف مقرا»), or as the direct object of an attack verb
(«اقتحمت قاعدة عسكرية»). :func:`marsad.events.constructions.security_post` finds the posts of security forces with
a security adjective («دورية عسكرية»); this finds the bases, depots, posts, vehicles and aircraft of any owner
(«مستودع أسلحة», «مقر مكافحة الإرهاب», «المعسكر», «مروحية عسكرية تركية»).

«موقع/مواقع» (a site) and towns, markets and airports are left out: they are where the attack happened (the
location), as annotated; a noun after في or ب is a place phrase too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from marsad.events.constructions import OBJECT_PREPS, nisba, preposition, security_unit
from marsad.events.lexicon import word_keys
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.model import Token
from marsad.text.normalize import normalize

FACILITIES = word_keys(
    "قاعدة قواعد معسكر معسكرات مستودع مستودعات مخزن مخازن قنصلية سفارة ثكنة ثكنات مقر مقرات نقطة نقاط حاجز "
    "حواجز دورية دوريات رتل آلية آليات مدرعة مدرعات مركبة عربة سفينة ناقلة منشأة منشآت مروحية مروحيات طائرة "
    "طائرات"
)
"""Bases, depots, posts, missions, vehicles, vessels and aircraft an attack hits (normalised, article off; the
accusative alif is read off too: «مقرا», «رتلا»). Houses, mosques, schools and hospitals are left out: a civilian
building is where the attack happened, as annotated (tests/events/test_event_arguments.py)."""
AIRCRAFT = word_keys("مروحية مروحيات طائرة طائرات")
"""Aircraft shot down or destroyed («إسقاط المروحية العسكرية», «تدمير مروحية عسكرية تركية»)."""
AIMING = word_keys("استهدف استهدفت يستهدف تستهدف استهدفا استهدفوا استهدفتا طال طالت")
"""«قصف … استهدف مستودع أسلحة», «الهجمات التي طالت القنصلية»: the attack noun's verb of aim."""
AL_QAEDA = normalize("قاعدة")
REACH = 4
"""Words from the trigger (or its subject, or the verb of aim) to the facility noun."""
NOT_GENITIVE = word_keys(
    "التي الذي الذين في من على علي إلى الى عن مع ضد قرب داخل خارج عند لدى بين أمام خلف قبل بعد منذ حيث كما ثم أو "
    "وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي أمس اليوم فجر صباح مساء ليل يوم"
)
"""Words after a facility noun that do not describe it: prepositions, relatives, clause words, directions and
times («مقرا في الحي», «قاعدة شمال المدينة», «مقرا أمس»)."""


def _aircraft(key: str) -> bool:
    return key in AIRCRAFT or (key.endswith("ا") and key[:-1] in AIRCRAFT)


def _facility(tok: Token, key: str) -> bool:
    if "و" in tok.prefix or set(preposition(tok)) & {"ب", "ك"}:
        return False
    return key in FACILITIES or (key.endswith("ا") and key[:-1] in FACILITIES)


def facility_target(
    m: EventMention, keys: list[str], clause: list[int], verbish: bool, actor: Candidate | None
) -> Candidate | None:
    """The facility the attack ``m`` hits, as a candidate of its noun and the word after it when that word
    describes it (a nisba adjective or a bare genitive: «قاعدة عسكرية», «مستودع أسلحة»), or None."""
    toks = m.sentence.tokens
    last = m.last
    here = clause[last]
    begin = actor.last if actor is not None and actor.first > last else last
    aim = next((j for j in range(begin + 1, min(begin + REACH + 1, len(keys))) if keys[j] in AIMING), None)
    if aim is not None and clause[aim] == clause[begin]:
        begin = aim
    direct = verbish or aim is not None
    for j in range(begin + 1, min(begin + REACH + 1, len(keys))):
        tok = toks[j]
        if clause[j] != here and (aim is None or clause[j] != clause[aim]):
            return None
        across = j > begin + 1 and keys[j - 1] in OBJECT_PREPS
        if keys[j] == AL_QAEDA and tok.core.startswith("ال"):
            return None  # «القاعدة» is the organisation as often as a base
        # a verb's object or the verb of aim's; an aircraft also as the genitive of an attack noun («إسقاط
        # المروحية», «تدمير مروحية»); the genitive of the other facilities gained nothing on the development part
        next_to = j == begin + 1 and (direct or _aircraft(keys[j]))
        if _facility(tok, keys[j]) and (next_to or across or "ل" in preposition(tok)):
            b = j
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if (
                nxt is not None
                and nxt.core[:1].isalpha()
                and not nxt.prefix.replace("ال", "")
                and keys[j + 1] not in NOT_GENITIVE
                and not nxt.core.startswith("ي")  # «الناقلة يكشف»: an imperfect verb begins the next clause
            ):
                b = j + 1
            return unnamed(toks, j, b)
        if not (keys[j] in OBJECT_PREPS or nisba(tok) or tok.text in '"«»“”'):
            return None
    return None


BLASTS = word_keys("انفجر انفجرت انفجار انفجارا تفجير")
"""An explosion of a mine or a bomb («انفجر لغم أرضي», «انفجار لغم أرضي», «تفجير عبوة ناسفة»)."""
PASSING = word_keys("مرور عبور")
"""«لدى مرور دورية عسكرية»: the device went off as the vehicle passed."""
BLAST_REACH = 8
"""Words from the explosion word to the vehicle or post it hit."""


def after_blast(m: EventMention, keys: list[str], clause: list[int], reach: int) -> Iterator[int]:
    """Indices of the words after an explosion trigger (:data:`BLASTS`), at most ``reach`` of them and within
    the trigger's clause; none when the trigger is no explosion."""
    if keys[m.first] not in BLASTS:
        return
    for j in range(m.last + 1, min(m.last + reach + 1, len(keys) - 1)):
        if clause[j] != clause[m.last]:
            return
        yield j


def blasted_unit(m: EventMention, keys: list[str], clause: list[int]) -> Candidate | None:
    """The security vehicle or post a mine or bomb exploded in, under or beside, which the set takes as the target
    over the soldiers it killed («انفجر لغم أرضي في عربة عسكرية», «انفجر لغم … بمركبة عسكرية», «انفجار لغم أرضي لدى
    مرور دورية عسكرية»): a unit of :data:`~marsad.events.constructions.SECURITY_UNITS` with a security adjective
    after it, within :data:`BLAST_REACH` words in the trigger's clause, after «في/ب/تحت» or a word of passing."""
    toks = m.sentence.tokens
    for j in after_blast(m, keys, clause, BLAST_REACH):
        if security_unit(toks, keys, j) and ("ب" in preposition(toks[j]) or keys[j - 1] in PLACED):
            return unnamed(toks, j, j + 1)
    return None


PLACED = word_keys("في تحت لدى أثناء اثناء خلال") | PASSING
"""Words before the vehicle or post: «في عربة», «تحت آلية», «لدى مرور دورية»."""


PLANTING = word_keys("زرع زرعت زرعوا وضع وضعت وضعوا")
"""Verbs of planting or placing a device, read with an object pronoun («زرعته», «زرعتها», «وضعها»)."""
PLANTER_REACH = 5
"""Words from the explosion word to the verb of planting («انفجر لغم أرضي زرعته»: two words between)."""


def planter(
    m: EventMention, every: list[Candidate], keys: list[str], clause: list[int], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The subject of a relative verb of planting on the device that exploded: «انفجر لغم أرضي زرعته الميليشيا
    الحوثية بمركبة عسكرية», «انفجار عبوة ناسفة زرعها مسلحون»; the verb carries the device's pronoun (an
    indefinite antecedent takes no relative pronoun) and its subject, who laid the device, stands right after it."""
    toks = m.sentence.tokens
    for j in after_blast(m, keys, clause, PLANTER_REACH):
        tok = toks[j]
        if tok.suffix in ("ه", "ها") and normalize(tok.core[: -len(tok.suffix)]) in PLANTING:
            # the subject right after the verb, or after a hashtag mark («زرعته #الميليشيا_الحوثية»)
            c = next((c for c in every if j < c.first <= j + 1 + (toks[j + 1].text == "#")), None)
            return c if c is not None and not c.after_prep and can(c) else None
    return None
