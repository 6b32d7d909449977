"""Constructions of Arabic news prose the argument rules of :mod:`marsad.events.arguments` recognise.

Each function names one construction and says who acts in it: a source after «حسب» reports and does
not act; the dead after «مقتل» are the target; «X التابع لـ Y» makes X the actor; a ل-phrase after an
attack noun names its agent («غارة للتحالف»); the genitive of a masdar of an intransitive verb is its
subject («انسحاب القوات»); a verb of foiling («أفشلت القوات هجوما») makes its subject no attacker; a
nisba adjective («روسي») is no place; a trigger after a preposition is a masdar («تمكن الجيش من قتل»); the
side driven out follows «من» («تحرير مدينة عدن من الميليشيات»); the leader after «بقيادة» does not act
for his force. They work on the token keys of
:func:`~marsad.events.mention.token_keys` and the candidates of
:class:`~marsad.events.arguments.ArgumentFinder`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate, EventMention
from marsad.model import Token
from marsad.text.normalize import normalize

FROM_WORD = normalize("من")
ON = frozenset(normalize(w) for w in ("على", "علي"))
"""«غارات على بلدة X», «هجوم على مطار X»: a place after على is where an attack or a takeover happened."""
PLACE_HEADS = frozenset(
    normalize(w)
    for w in (
        "منطقة مدينة بلدة قرية مخيم حي قاعدة ميناء مطار جبل قطاع مركز معسكر حقل محافظة ولاية بلدية "
        "محور جبهة مبنى مستشفى مسجد معبر سجن"
    ).split()
)
"""Words that head a place name («مخيم درعا», «قطاع الطوال», «محور عين بنت», «جبهة الجفينة»): after في/ب
they give a location even when the gazetteer does not know the name («جبهة النصرة», a name the tagger
knows, is covered by its entity first)."""
VICTIM_WORDS = frozenset(normalize(w) for w in "مقتل قتل مصرع استشهاد إصابة اصابة".split())
"""Words before a candidate that make it the dead or wounded of an attack named after it."""
VICTIM_SPAN = 3
"""Words a victim may stand after the «killed» word: «مقتل تسعة من قوات النظام». (Five, for «مقتل 46 عنصرا
من ميليشيات الحوثي», measured worse: «قتل 25 مقاتلا من المعارضة خلال هجوم قاموا به» names the attackers.)"""
CLAUSE_WORDS = frozenset(
    strip_article(normalize(w))
    for w in "حيث فيما بينما الذي التي الذين اللذين اللتين عندما بعدما لكن إلا إذ ما مما كما".split()
)
"""Compared with token keys, which drop the article: «الذين» has the key «ذين»."""
ATTRIBUTION = frozenset(normalize(w) for w in ("حسب", "بحسب", "وفق", "وفقا", "طبقا", "نقلا"))
"""«وحسب رويترز، وقع الانفجار», «وفقا لوكالة»: the name after these is a source, not an actor."""
FOLLOWERS = frozenset(
    normalize(w)
    for w in (
        "تابع التابع تابعة التابعة تابعين التابعين تابعتين تابعون التابعون موالية الموالية الموالي موالين الموالين"
    ).split()
)
"""«طائرتا إف-15 تابعتان للجيش الإسرائيلي قصفتا», «مسلحون موالون لـ…»: the noun before the follower word
acts; the name after ل is its owner."""
LED_BY = frozenset(normalize(w) for w in "قيادة زعامة رئاسة".split())
LED_BY_WHOLE = frozenset("ب" + w for w in LED_BY)
"""«بقيادة X», «بزعامة X», «برئاسة X» after an actor: X leads it, the actor before acts."""
FOIL = frozenset(
    normalize(w)
    for w in "أفشل أفشلت أفشلوا يفشل تفشل أحبط أحبطت أحبطوا يحبط تحبط أجهض أجهضت يجهض تجهض صد صدت صدوا يصد تصد".split()
)
"""«أفشلت القوات البحرية هجوما حوثيا», «أحبطت الشرطة هجوما»: the subject of the verb foiled the attack;
the attack's agent is not named there."""

INTRANSITIVE = frozenset(
    strip_article(normalize(w))
    for w in (
        "هجوم هجمات غارة غارات ضربة ضربات اعتداء اعتداءات اشتباكات مواجهات معارك تقدم انتشار تعزيزات اجتماع اجتماعات "
        "اتهامات انتقادات تهديدات مطالبات"
    ).split()
)
"""Attack nouns whose genitive is the attacker («غارات التحالف», «هجوم المسلحين»), «اجتماع» (of اجتمع:
«اجتماع القيادة الفلسطينية») and plural statement nouns («اتهامات روسيا», «انتقادات المنظمات»: who speaks),
unlike «قصف المدينة», «اعتقال الناشط», «استهداف الدورية» (the object)."""
INTRANSITIVE_TYPES = frozenset(("RETREAT", "MOBILIZE", "PROTEST"))
"""Types whose nouns come from intransitive verbs: «انسحاب القوات», «احتجاج العمال»."""

MASDAR_PREPOSITIONS = frozenset(
    normalize(w)
    for w in (
        "من في عن على علي إلى الى بعد قبل عقب إثر اثر خلال منذ ضد لدى حول جراء مع عبر دون بدون رغم وسط بين إزاء"
    ).split()
)
"""Prepositions a verb never follows: the trigger after them is a masdar («تمكن الجيش من قتل زعيم التنظيم»,
«نجحت القوات في طرد المسلحين», «بعد طرد التنظيم»), its genitive the object, not the subject."""


SINCE = normalize("منذ")
"""«منذ» is also a conjunction: «منذ انسحبت منها القوات», «منذ سيطرت جماعة» are verbs after it."""


def after_preposition(keys: list[str], first: int, tok: Token | None = None) -> bool:
    """The trigger at ``first`` follows a preposition of :data:`MASDAR_PREPOSITIONS` (for «منذ», unless
    the trigger ``tok`` is a perfect verb with its person ending: «منذ انسحبت القوات»)."""
    if first == 0 or keys[first - 1] not in MASDAR_PREPOSITIONS:
        return False
    if keys[first - 1] == SINCE and tok is not None:
        core = tok.core
        return core.startswith("ال") or not core.endswith(("ت", "وا")) or bool(tok.prefix)
    return True


EXPEL = frozenset(
    strip_article(normalize(w))
    for w in (
        "طرد طردت طردوا يطرد تطرد دحر دحرت دحروا يدحر تدحر إخراج أخرج أخرجت أخرجوا يخرج تخرج "
        "تحرير حرر حررت حرروا يحرر تحرر تطهير طهر طهرت طهروا يطهر تطهر استعادة استعاد استعادت "
        "استعادوا استعادا يستعيد تستعيد استرداد استرد استردت استردوا يسترد تسترد انتزاع انتزع انتزعت"
    ).split()
)
"""Verbs and nouns of driving a side out of a place («طرد المسلحين من المدينة», «تحرير مدينة عدن من
الميليشيات», «استعادت القوات البلدة من التنظيم»): the side after «من» is the target."""
EXPEL_SPAN = 10
"""Words after the trigger the «من» of the expelled side may stand (the place and its description first)."""


def expelled(
    m: EventMention, keys: list[str], after: list[Candidate], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The side driven out by a trigger of :data:`EXPEL` (or of a «regains territory» entry): the first
    candidate that can act right after «من» (not «من قبل», the agent), before any clause word."""
    if m.entry.plover_type != "ASSAULT":
        return None
    key = strip_article(keys[m.first])
    if key not in EXPEL and m.entry.acled_sub_event_type != "Government regains territory":
        return None
    for c in after:
        if c.first - m.last > EXPEL_SPAN or any(keys[j] in CLAUSE_WORDS for j in range(m.last + 1, c.first)):
            return None
        if keys[c.first - 1] == FROM_WORD and can(c):
            return c
    return None


def intransitive(m: EventMention, key: str) -> bool:
    """The genitive after the trigger noun is its subject (see :data:`INTRANSITIVE`)."""
    return m.entry.plover_type in INTRANSITIVE_TYPES or key in INTRANSITIVE or strip_article(key) in INTRANSITIVE


def source(keys: list[str], first: int) -> bool:
    """The candidate at ``first`` is named as a source: «حسب رويترز», «وفقا لوكالة», «نقلا عن»."""
    return (first > 0 and keys[first - 1] in ATTRIBUTION) or (
        first > 1 and keys[first - 1] == normalize("عن") and keys[first - 2] in ATTRIBUTION
    )


def victim(keys: list[str], c: Candidate) -> bool:
    """The candidate is the dead or wounded of the sentence: a «killed» word within a few words before
    it («مقتل تسعة من قوات النظام», «مقتل 46 عنصرا من ميليشيات الحوثي»)."""
    return any(keys[j] in VICTIM_WORDS for j in range(max(0, c.first - VICTIM_SPAN), c.first))


def adjective_place(c: Candidate, toks: list[Token]) -> bool:
    """«بدعم روسي», «الطائرات الروسية»: a one-word "place" the gazetteer could not resolve, with the
    ending of a relational adjective and no preposition, is an adjective the tagger took for a name."""
    if c.first != c.last or c.after_prep or c.unknown_place:
        return False
    if c.place is not None and c.place.feature != "unknown":
        return False
    return nisba(toks[c.first])


def nisba(tok: Token) -> bool:
    """A relational adjective without a clitic: «انتحاري», «الانتحارية», «إسرائيلي»."""
    return not preposition(tok) and "و" not in tok.prefix and tok.core.endswith(("ي", "يه"))


def adjectives(toks: list[Token], a: int, b: int) -> bool:
    """Tokens ``a``..``b-1`` are at most three adjectives of a noun («طائرات حربية إسرائيلية قصفت»): nisba
    or participle forms without a clitic."""
    if not 0 < b - a <= 3:
        return False
    return all(
        not toks[j].prefix and toks[j].core[:1].isalpha() and toks[j].core.endswith(("يه", "ي", "يين", "يون", "يان"))
        for j in range(a, b)
    )


def preposition(tok: Token) -> str:
    """The prepositions glued to a token (ب, ل, ك), without the article the tokenizer may list as a
    prefix («الجماعة» has the prefix ال, «للجيش» لل = ل + ال)."""
    p = tok.prefix[:-2] if tok.prefix.endswith("ال") else tok.prefix
    if not p and tok.core.startswith("لل") and len(tok.core) > 4:
        return "ل"  # «للحوثيين» left whole by the tokenizer
    return "".join(ch for ch in p if ch in "بلك")


def conjunct(toks: list[Token], a: Candidate, b: Candidate) -> bool:
    """``b`` is coordinated with ``a`` right after it («روسيا وسوريا»)."""
    return b.first == a.last + 1 and "و" in toks[b.first].prefix


def owned(
    c: Candidate,
    cands: list[Candidate],
    keys: list[str],
    can: Callable[[Candidate], bool],
    toks: list[Token] | None = None,
) -> Candidate:
    """«طائرتا إف-15 تابعتان للجيش الإسرائيلي قصفتا»: the candidate after a follower word (تابع لـ,
    موالية لـ) owns the one before it, which acts; «ألوية العمالقة بقيادة القائد … سيطرت»: the leader
    named after «بقيادة», «بزعامة», «برئاسة» leads the one before it, which acts; otherwise the candidate
    itself."""
    j = c.first - 1
    # the tokenizer may leave «بقيادة» whole or split its ب off
    led = j >= 0 and (
        keys[j] in LED_BY_WHOLE or (toks is not None and keys[j] in LED_BY and "ب" in preposition(toks[j]))
    )
    if j < 0 or (keys[j] not in FOLLOWERS and not led):
        return c
    owner = [o for o in cands if o.last < j and j - o.last <= 5 and not o.after_prep and can(o)]
    return owner[-1] if owner else c


def agent_after(m: EventMention, after: list[Candidate], toks: list[Token], last: int) -> Candidate | None:
    """The agent of an attack noun given with ل right after it (an adjective may stand between):
    «غارة جوية للتحالف», «هجمات لقوات الشرعية», «قصف للطائرات التركية», «تعزيزات عسكرية لقوات المقاومة»."""
    if m.entry.plover_type not in ("ASSAULT", "MOBILIZE") or not after:
        return None
    if toks[m.first].suffix or toks[m.first].core.endswith(("ها", "هم", "هما")):
        return None  # «بعد استهدافها لعناصر التنظيم»: the pronoun is the agent, the ل-phrase the object
    c = after[0]
    if "ل" not in preposition(toks[c.first]) or c.first - last > 2:
        return None
    if c.first - last == 2 and not adjectives(toks, last + 1, c.first):
        return None
    return c


def after_on(keys: list[str], first: int) -> bool:
    """A place named after على, with or without a place word: «على بلدة X», «على مطار X», «على سرت»."""
    j = first - 1
    if j >= 0 and keys[j] in PLACE_HEADS:
        j -= 1
    return j >= 0 and keys[j] in ON


def foiled(keys: list[str], first: int) -> bool:
    """A verb of foiling (:data:`FOIL`) governs the trigger noun: «أفشلت، الثلاثاء، "هجوما حوثيا"»
    (commas and quotes may stand between, not a clause word)."""
    for j in range(first - 1, max(-1, first - 8), -1):
        if keys[j] in CLAUSE_WORDS or keys[j] in ".؛;:":
            return False
        if keys[j] in FOIL:
            return True
    return False
