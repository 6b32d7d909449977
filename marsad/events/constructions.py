"""Constructions of Arabic news prose the argument rules of :mod:`marsad.events.arguments` recognise.

Each function names one construction and says who acts in it: a source after «حسب» reports and does
not act; the dead after «مقتل» are the target; «X التابع لـ Y» makes X the actor; a ل-phrase after an
attack noun names its agent («غارة للتحالف»); the genitive of a masdar of an intransitive verb is its
subject («انسحاب القوات»); a verb of foiling («أفشلت القوات هجوما») makes its subject no attacker; a
nisba adjective («روسي») is no place; a trigger after a preposition is a masdar («تمكن الجيش من قتل»); the
side driven out follows «من» («تحرير مدينة عدن من الميليشيات»); the leader after «بقيادة» does not act
for his force; a security post with its adjective is what an attack hit («دورية عسكرية»); a title and its
person are one argument across a long office; the agent follows «من قبل», «شنه» or «على يد», also across a
relative pronoun («الهجوم الذي شنته X»), or «نسب إلى»; those «الذين قتلوا» and the subject of a verb of dying
are the dead; a first person verb («نحمل X») and a document as subject («دعا البيان X») leave X the object;
a people is named by its nationality plural («الإسرائيليين»); the object of «ضد/على» and the genitive of a
bare head noun («آمر غرفة العمليات») act in nothing else.
They work on the token keys of :func:`~marsad.events.mention.token_keys` and the candidates of
:class:`~marsad.events.arguments.ArgumentFinder`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.actors.names import load_nationalities
from marsad.events.lexicon import strip_article, word_keys
from marsad.events.mention import Candidate, EventMention
from marsad.model import Token
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics

FROM_WORD = normalize("من")
ON = frozenset(normalize(w) for w in ("على", "علي"))
"""«غارات على بلدة X», «هجوم على مطار X»: a place after على is where an attack or a takeover happened."""
AGAINST = frozenset(normalize(w) for w in ("على", "ضد", "علي", "مع"))
"""Prepositions of the side acted against or with («هجوم على», «ضد», «اشتباكات مع»)."""
FROM_ABOUT = frozenset(normalize(w) for w in ("من", "عن"))
"""«من» and «عن»: the prepositions of a source or a body something comes from."""
STOPS = frozenset(".؛;:!?؟")
"""Punctuation that ends a sentence or a clause: no argument construction reaches past it."""
COMMAS = frozenset("،,")
"""The Arabic and the Latin comma."""
CLAUSE_BREAKS = STOPS | COMMAS
"""A mark of :data:`STOPS` or a comma: no clause runs across it."""
SENTENCE_STOPS = frozenset(".؛;!؟?")
"""Punctuation that ends a sentence: :data:`STOPS` without the colon."""
IMPERFECT = frozenset("يت")
"""First letters of an imperfect verb of the third person («يشنها», «تنفذها», «تمنعها»)."""
PHRASE_BREAKS = COMMAS | frozenset(".؛;:")
"""A comma, a full stop, a semicolon or a colon: the marks no phrase runs across (no «!» or «?» here)."""
QUOTE_MARKS = frozenset('«»"“”')
"""Quotation marks, opening and closing, Arabic and Latin."""
OPENING_QUOTES = frozenset('"«“')
"""The marks that open a quotation: «, “ and the straight "."""
THIRD_PERSON = ("ه", "ها", "هم", "هما")
"""Suffixed pronouns of the third person (him, her, them, the two of them), as the tokenizer splits them off."""
THIRD_PERSON_ALL = (*THIRD_PERSON, "هن")
"""The same with the feminine plural «هن»."""
CLAUSE_MARKS = STOPS | COMMAS | frozenset('"«»')
"""Marks that end the phrase of a trigger: :data:`STOPS`, a comma or a quotation mark."""
TIME_WORDS = frozenset(
    strip_article(normalize(w))
    for w in "فجر صباح مساء ليلة ليل ظهر عصر أمس اليوم السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة".split()
)
"""Words of a time aside between a verb and its arguments («استهدف هجوم، فجر الأحد، مقرا», «قتل فجر اليوم 3»)."""
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
        "اتهامات انتقادات تهديدات مطالبات رصاص نيران قذائف قذيفة صواريخ"
    ).split()
)
"""Attack nouns whose genitive is the attacker («غارات التحالف», «هجوم المسلحين»), «اجتماع» (of اجتمع:
«اجتماع القيادة الفلسطينية»), plural statement nouns («اتهامات روسيا», «انتقادات المنظمات»: who speaks) and
the fire and shells of a force («برصاص الجيش», «بنيران القوات», «قذائف الحوثيين»: who shoots), unlike
«قصف المدينة», «اعتقال الناشط», «استهداف الدورية» (the object)."""
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
    return (
        m.entry.plover_type in INTRANSITIVE_TYPES
        or key in INTRANSITIVE
        or strip_article(key) in INTRANSITIVE
        # «برصاص», «بنيران»: a ب the tokenizer left on the word
        or (key[:1] == "ب" and key[1:] in INTRANSITIVE)
    )


def source(keys: list[str], first: int) -> bool:
    """The candidate at ``first`` is named as a source: «حسب رويترز», «وفقا لوكالة», «نقلا عن»."""
    return (first > 0 and keys[first - 1] in ATTRIBUTION) or (
        first > 1 and keys[first - 1] == normalize("عن") and keys[first - 2] in ATTRIBUTION
    )


DIED_AFTER = frozenset(
    normalize(w) for w in "قتل قتلوا قتلت قتلا لقي لقوا لقيت لقيا أصيب أصيبوا أصيبت جرح جرحوا استشهد استشهدوا".split()
)
"""Verbs of dying or being wounded written right after their subject, passive in sense though unvocalised: «أن 8
من عناصر الحرس الوطني قتلوا في هجوم», «أن 43 مسلحا قتلوا في نفس المعركة»."""


COUNT_WORDS = frozenset(
    normalize(w)
    for w in (
        "ما لا يقل عن يصل إلى الى أكثر اكثر من نحو حوالي قرابة زهاء"
        " اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات آلاف"
    ).split()
)
"""Words of a hedged count between a «killed» word and its victims («ما لا يقل عن 17», «أكثر من عشرة»)."""
COUNT_SPAN = 7


def victim(keys: list[str], c: Candidate, trigger: int | None = None) -> bool:
    """The candidate is the dead or wounded of the sentence: a «killed» word within a few words before
    it («مقتل تسعة من قوات النظام», «مقتل 46 عنصرا من ميليشيات الحوثي») or a verb of dying right after it or
    after its adjective («8 من عناصر الحرس الوطني قتلوا في هجوم»), unless that verb is the ``trigger`` itself
    («قوات الجيش قتلت عطية»: the subject killed)."""
    if any(keys[j] in VICTIM_WORDS for j in range(max(0, c.first - VICTIM_SPAN), c.first)):
        return True
    # «قتل ما لا يقل عن 260 مقاتلا», «قتلوا ما يصل إلى 30 جنديا»: a count with its hedge stands between
    j = c.first - 1
    while j >= 0 and c.first - j <= COUNT_SPAN and (keys[j] in COUNT_WORDS or keys[j].isdigit()):
        j -= 1
    if j < c.first - 2 and j >= 0 and (keys[j] in VICTIM_WORDS or keys[j] in KILLED_VERBS):
        return True
    for j in (c.last + 1, c.last + 2):
        if j < len(keys) and keys[j] in DIED_AFTER:
            return j != trigger
        if j < len(keys) and not keys[j].endswith("ي"):
            return False  # only a relational adjective («الوطني») may stand between
    return False


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


NISBA_ENDINGS = ("يه", "ي", "يين", "يون", "يان")
"""Endings of a nisba or participle adjective, any gender and number (normalised: ة is written ه)."""


def bare_nisba(tok: Token) -> bool:
    """A word of four letters at least with a nisba ending (:data:`NISBA_ENDINGS`) and an empty prefix (no
    clitic): «إسرائيليين» after «مستوطنين»."""
    return not tok.prefix and len(tok.core) >= 4 and tok.core.endswith(NISBA_ENDINGS)


def adjectives(toks: list[Token], a: int, b: int) -> bool:
    """Tokens ``a``..``b-1`` are at most three adjectives of a noun («طائرات حربية إسرائيلية قصفت»): nisba
    or participle forms without a clitic."""
    if not 0 < b - a <= 3:
        return False
    return all(
        not toks[j].prefix and toks[j].core[:1].isalpha() and toks[j].core.endswith(NISBA_ENDINGS) for j in range(a, b)
    )


def preposition(tok: Token) -> str:
    """The prepositions glued to a token (ب, ل, ك), without the article the tokenizer may list as a
    prefix («الجماعة» has the prefix ال, «للجيش» لل = ل + ال)."""
    p = clitics(tok)
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


SECURITY_UNITS = frozenset(
    strip_article(normalize(w))
    for w in (
        "دورية دوريات مقر مقرات بوابة رتل أرتال قافلة موكب حاجز حواجز نقطة نقاط ثكنة ثكنات آلية آليات "
        "مركبة مركبات عربة عربات كتيبة وحدة"
    ).split()
)
"""Units and posts of a security force («دورية»، «مقر»، «رتل»، «حاجز»، «نقطة»): when an attack names no
other target, the post it hits, described by a security adjective, is the target («هاجم مسلحون دورية
عسكرية», «تفجير استهدف مقرا أمنيا»). «موقع عسكري» is left out: a military site is where an attack happened
(as annotated), not the force it hit."""
SECURITY_ADJECTIVES = ("عسكري", "امني", "شرطي")
"""Stems of the adjectives (normalised, without the article or the feminine ه/ا/ين endings) that make a
post a security force's: «عسكرية», «أمنيا», «العسكري»."""


def security_unit(toks: list[Token], keys: list[str], j: int) -> bool:
    """A unit or post of :data:`SECURITY_UNITS` at ``j`` (also with the accusative tanween alif: «رتلا», «حاجزا»)
    described by a security adjective right after it («دورية عسكرية», «مقرا أمنيا»), neither word coordinated
    with و and the adjective under no preposition."""
    unit = keys[j] in SECURITY_UNITS or (keys[j].endswith("ا") and keys[j][:-1] in SECURITY_UNITS)
    return (
        unit
        and "و" not in toks[j].prefix
        and "و" not in toks[j + 1].prefix
        and not preposition(toks[j + 1])
        and strip_article(keys[j + 1]).rstrip("اهن").rstrip("ي") + "ي" in SECURITY_ADJECTIVES
    )


TARGETING = frozenset(normalize(w) for w in "استهدف استهدفت يستهدف تستهدف استهدفا استهدفوا".split())
"""«هجوم استهدف دورية», «تفجير سيارة مفخخة استهدف بوابة أمنية»: the attack noun's verb of aim names what it hit."""


def security_post(
    toks: list[Token], keys: list[str], last: int, clause: list[int], after: int | None = None
) -> tuple[int, int] | None:
    """The token span of «دورية عسكرية», «مقر أمني», «رتلا عسكريا» within four words after an attack
    trigger ending at ``last`` (or after its subject ending at ``after``: «دمرت طائرات التحالف رتلا عسكريا»),
    in its clause, reached only across على/ضد, ل on the noun, the trigger's own nisba adjectives («هجوما
    انتحاريا على مقر أمني») or a verb of aim («تفجير سيارة مفخخة استهدف بوابة أمنية»)."""
    here = clause[last]
    begin = last if after is None else after
    aim = next((j for j in range(begin + 1, min(begin + 5, len(toks))) if keys[j] in TARGETING), None)
    if aim is not None and clause[aim] == here:
        begin = aim
    for j in range(begin + 1, min(begin + 5, len(toks) - 1)):
        if clause[j] != here:
            return None
        if security_unit(toks, keys, j):
            return j, j + 1
        if not (keys[j] in ON or keys[j] == normalize("ضد") or nisba(toks[j])):
            return None
    return None


def security_post_candidate(
    toks: list[Token], keys: list[str], last: int, clause: list[int], after: int | None
) -> Candidate | None:
    """The post of a security force an attack hits, as a target with no entity (see :func:`security_post`)."""
    span = security_post(toks, keys, last, clause, after)
    if span is None:
        return None
    a, b = span
    noun = toks[a].text[toks[a].core_start - toks[a].start :]
    text = noun + " " * (toks[b].start - toks[a].end) + toks[b].text
    return Candidate(a, b, toks[a].core_start, toks[b].end, text, None, None, False)


TITLES = frozenset(
    strip_article(normalize(w))
    for w in "وزير وزيرة رئيس رئيسة زعيم أمين قائد مدير نائب سفير مبعوث ممثل مستشار عاهل أمير".split()
)
"""Title nouns that introduce a person's name, however long the office between them («وزير الشؤون
المغاربية والاتحاد الإفريقي وجامعة الدول العربية عبد القادر مساهل», «رئيس المكتب السياسي لحركة حماس خالد
مشعل»)."""
CALLED = frozenset(normalize(w) for w in ("يدعى", "يدعي", "تدعى", "تدعي", "المدعو"))
"""«زعيم جماعة يهودية متطرفة يدعى مئير»: the name after «يدعى» is the titled person."""


def title_chains(
    cands: list[Candidate], toks: list[Token], keys: list[str], triggers: set[int], text: str
) -> list[Candidate]:
    """Joins a title with the person named at the end of its office: the title candidate, the names of
    the office (the ministry, the party) and the person become one argument with the person's entity. The
    words between may only be definite nouns, ل-genitives, relational adjectives or «يدعى»; a trigger,
    a punctuation mark or a verb ends the office. At most twelve words from the title to the name."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        person = None
        if (
            # the title alone, or already joined with the body it heads («رئيس المجلس الرئاسي»)
            (c.entity is None or (c.entity.type != "PER" and c.place is None))
            and not c.unknown_place
            and keys[c.first] in TITLES
            and not toks[c.first].prefix.replace("و", "")
        ):
            for k in range(i + 1, len(cands)):
                d = cands[k]
                if d.first - c.last > 12:
                    break
                if d.entity is not None and d.entity.type == "PER":
                    # «رئيس الوزراء وزير الخارجية سامح شكري»: a name with its own title is another person
                    person = k if keys[d.first] not in TITLES else None
                    break
            if person is not None and any(d.entity is None for d in cands[i + 1 : person]):
                person = None  # «استقبل رئيس الوزراء وزير الخارجية X»: two titles, two people
            if person is not None:
                inside = {j for d in cands[i + 1 : person] for j in range(d.first, d.last + 1)}
                for j in range(c.last + 1, cands[person].first):
                    if j in inside:
                        continue
                    t = toks[j]
                    ok = (
                        j not in triggers
                        and t.core[:1].isalpha()
                        and (
                            t.core.startswith("ال")
                            or preposition(t) == "ل"
                            or keys[j] in CALLED
                            or (nisba(t) and not t.prefix)
                            or (bool(t.suffix) and not t.prefix)  # «رئيس مكتبها السياسي خالد مشعل»
                        )
                    )
                    if not ok:
                        person = None
                        break
        if person is None:
            out.append(c)
            i += 1
            continue
        p = cands[person]
        out.append(Candidate(c.first, p.last, c.start, p.end, text[c.start : p.end], p.entity, None, False))
        i = person + 1
    return out


AGENT_VERBS = (
    # (past stem, imperfect stem without its person prefix): «شنه», «نفذتها», «يشنونها», «ارتكبها», and with the
    # dual object pronoun «هما» («الهجومين اللذين شنهما», «الغارتين اللتين نفذتهما»)
    ("شن", "شن"),
    ("نفذ", "نفذ"),
    ("فرض", "فرض"),
    ("ارتكب", "رتكب"),
    ("اطلق", "طلق"),
    ("عقد", "عقد"),
)
"""Verbs whose subject carries out the act a noun names, written after it with an object pronoun that refers
back to the noun: «هجوم شنه X», «الغارات التي تنفذها X», «حصار تفرضه X», «الجريمة التي ارتكبها X»,
«الصواريخ التي أطلقها X», «الاجتماع الذي عقده X»."""
AGENT_IRREGULAR = (
    "تبناه تبناها تبنته تبنتها تبنوه تبنوها يتبناه يتبناها تتبناه تتبناها "
    "قاده قادها قادته قادتها قادوه قادوها يقوده يقودها تقوده تقودها "
    "أجراه أجراها أجرته أجرتها أجروه أجروها يجريه يجريها تجريه تجريها "
    "تبناهما تبنتهما يتبناهما تتبناهما قادهما قادتهما يقودهما تقودهما أجراهما أجرتهما يجريهما تجريهما"
)
"""Defective and hollow verbs of the same use: «الهجوم الذي تبناه التنظيم» (claimed), «العملية التي قادها الجيش»,
«المحادثات التي أجراها الوزير»."""


def _agent_forms() -> frozenset[str]:
    out = {normalize("قبل")}
    for past, imperfect in AGENT_VERBS:
        for pronoun in ("ه", "ها", "هم", "هما"):
            out.update(past + person + pronoun for person in ("", "ت", "و"))
            out.update(prefix + imperfect + plural + pronoun for prefix in "يت" for plural in ("", "ون"))
    out.update(AGENT_IRREGULAR.split())
    return frozenset(normalize(w) for w in out)


BY_AGENT = _agent_forms()
"""Words after a noun trigger that introduce its agent: «من قبل X» and the forms of :data:`AGENT_VERBS`."""
RELATIVE_PRONOUNS = word_keys("الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي")
"""Every relative pronoun as a token key (the keys drop what looks like an article: «الذين» has the key «ذين», «اللذين»
«لذين»; «الذي» and «التي» keep theirs), singular, dual and plural. One may stand between a noun and its agent verb
(«الهجوم الذي شنته مجموعات مسلحة», «الهجومين اللذين شنهما المتمردون»); one just before a verb trigger makes its
antecedent the verb's subject («التنظيم الذي هاجم») or, when the verb carries an object pronoun, its object («حركة
حزم التي تدعمها الولايات المتحدة»)."""
DEMONSTRATIVES = frozenset(normalize(w) for w in "هذا هذه ذلك تلك هذان هاتان هذين هاتين هؤلاء أولئك".split())
"""Demonstratives, singular, dual and plural: «بالوقوف وراء هذا الهجوم» (the detection stage keeps
sets of its own in :mod:`marsad.events.detect_kinds` and :mod:`marsad.events.triggers`, with other members)."""
HANDS = frozenset(normalize(w) for w in ("يد", "أيدي", "ايدي"))
"""«على يد X», «على أيدي X»: the agent of a noun trigger, not its target (though after على)."""
SIDE = normalize("جانب")
"""«من جانب X»: the agent of a noun trigger, as «من قبل X» («محاصرة من جانب القوات الموالية»)."""
BY_HAND = HANDS | {"قبل", SIDE}
"""Agent words after which a candidate between the noun and the agent word is the object («قصف المدينة من قبل
الجيش», «مقتل الصحفي على يد مسلحين»)."""


AGENT_PHRASE_REACH = 8
"""«من قبل/من جانب/على يد X» may follow a noun trigger past its object's name (eight words); an agent verb
(«شنه») stands within five."""


def agent_word(keys: list[str], last: int, clause: list[int], toks: list[Token] | None = None) -> int | None:
    """The word that introduces the agent of a noun trigger: «شنه», «تنفذها» within five words after it, or
    «قبل»/«جانب» after «من» («من قبل»; a bare «قبل» is «before»), or «يد»/«أيدي» after «على» («على يد X»)
    within :data:`AGENT_PHRASE_REACH`."""
    relative_clause = None
    for j in range(last + 1, min(last + AGENT_PHRASE_REACH + 1, len(keys))):
        if clause[j] != clause[last] and clause[j] != relative_clause:
            if keys[j] not in RELATIVE_PRONOUNS or relative_clause is not None:
                return None
            relative_clause = clause[j]  # «الهجوم الذي شنته X»: the relative clause holds the agent verb
            continue
        if keys[j] in ("قبل", SIDE) and keys[j - 1] == FROM_WORD:
            if j - last <= 5 or toks is None or not any(preposition(toks[k]) for k in range(last + 1, j - 1)):
                # «اعتقال المحامي عبد الرؤوف العيادي من قبل فرقة …»: the object's name may stand between, but
                # past a preposition the agent is another noun's («وقفتها أمام المستشفى لقمع من قبل قوات الأمن»)
                return j
        if keys[j] in HANDS and keys[j - 1] in ON:
            return j  # «مقتل الصحفي على يد مسلحين», «اغتياله على أيدي عناصر التنظيم»
        if j - last <= 5 and keys[j] in BY_AGENT and keys[j] != "قبل":
            return j
    return None


KILLED_VERBS = frozenset(normalize(w) for w in "قتل قتلت قتلوا قتلا قتلتا".split())
"""Unvocalised forms of «قتل» that the press uses in the passive after a relative pronoun: «الذين قتلوا» is
«who were killed» unless an object follows («الذين قتلوا الجنود»)."""


def killed_relative(keys: list[str], first: int, near: list[Candidate]) -> bool:
    """A relative clause «X الذين قتلوا …» with no object right after the verb: X are the dead (the target),
    not the killers («يرتفع عدد الفلسطينيين الذين قتلوا منذ اندلاع الاحتجاجات»)."""
    return keys[first] in KILLED_VERBS and not any(c.first - first <= 2 for c in near)


def first_person(core: str, plover_type: str, lookup: Callable[[str], list[tuple[Any, bool]]]) -> bool:
    """The verb trigger ``core`` is a first person plural imperfect («نطالب», «نحمل», «ندين» in a quoted
    statement): its ن is the person prefix of a verb whose third person «ي…» codes the same type. Its subject
    is the speakers («we»), so the name after it is the object, not the actor («نحمل الإدارة الأمريكية
    المسؤولية»)."""
    if len(core) < 4 or not core.startswith("ن"):
        return False
    return any(entry.plover_type == plover_type and verb for entry, verb in lookup("ي" + core[1:]))


ATTRIBUTED = frozenset(
    normalize(w)
    for w in "نسب نسبت نسبه نسبها نسبته نسبتها نسبوه نسبوها منسوب منسوبة المنسوب المنسوبة تنسبه تنسبها".split()
)
"""«انفجار قنبلة نسب إلى حزب العمال», «هجوم جديد نسبته السلطات إلى التمرد الكردي», «هجوم منسوب لحزب العمال»:
the side the attack is attributed to follows إلى or ل."""
TO_WORDS = frozenset(normalize(w) for w in ("إلى", "الى"))


def attributed_to(keys: list[str], toks: list[Token], last: int, clause: list[int]) -> int | None:
    """The token index where the side an attack noun is attributed to begins: after «نسب/نسبته … إلى» or
    «منسوب لـ» within five words after the noun (its own clause or a relative clause right after it), or
    None."""
    relative_clause = None
    for j in range(last + 1, min(last + 6, len(keys))):
        if clause[j] != clause[last] and clause[j] != relative_clause:
            if keys[j] not in RELATIVE_PRONOUNS or relative_clause is not None:
                return None
            relative_clause = clause[j]
            continue
        if keys[j] in ATTRIBUTED:
            for k in range(j + 1, min(j + 5, len(keys))):
                if keys[k] in TO_WORDS:
                    return k + 1 if k + 1 < len(keys) else None
                if "ل" in preposition(toks[k]):
                    return k
            return None
    return None


OBJECT_PREPS = frozenset(normalize(w) for w in ("على", "علي", "ضد"))
"""«على»/«ضد» before a candidate make it the object of what precedes."""
DOCUMENTS = word_keys("البيان بيان التقرير القرار الرسالة المذكرة")
"""«ودعا البيان الحكومة التركية …», «وطالب التقرير السلطات»: a document as the subject of a statement verb
speaks for its author, named elsewhere; the candidate after it is the object."""


def sound_plurals(nouns: frozenset[str], objects: frozenset[str]) -> frozenset[str]:
    """The actor nouns with both cases of their sound masculine plurals (the lexicon lists «الإرهابيين», the
    subject is «الإرهابيون»: «شن الإرهابيون هجوما»; «مسلحو», construct, stays as listed) and, for an
    indefinite masculine singular, its dual («أحرق مهاجمان», «عنصران من الشرطة») and accusative («وفدا»),
    unless it is one of ``objects``, nouns of what an attack hits («تجمعا لهم»)."""
    out = set(nouns)
    for w in nouns:
        if len(w) > 4 and w.endswith("ين"):
            out.add(w[:-2] + "ون")
        elif len(w) > 4 and w.endswith("ون"):
            out.add(w[:-2] + "ين")
        elif (
            len(w) >= 3
            and not w.startswith("ال")
            and not w.endswith(("ه", "ا", "ي", "ات", "اء"))
            and w not in objects  # «تجمعا لهم» is what a strike hit
        ):
            out.update((w + "ان", w + "ين", w + "ا"))
    return frozenset(out)


def people_nouns() -> frozenset[str]:
    """People named by their nationality (keys without the article): the sound plurals of the nisba adjectives
    of ``marsad/actors/data/nationalities.tsv`` («فلسطينيين», «إسرائيليون»), their broken plurals as listed
    there («أتراك») and the accusative singular, a person only after a number («17 فلسطينيا»; «هجوما حوثيا
    إيرانيا» is an adjective). The singular «فلسطيني» is left out: it is mostly an adjective («الجيش
    الإسرائيلي»)."""
    out: set[str] = set()
    for form in load_nationalities():
        if form.startswith("ال"):
            continue
        if form.endswith("ي"):
            out.update((form + "ين", form + "ون", form + "ا"))
        elif not form.endswith("ه"):
            out.add(form)  # «أتراك», «مغاربة» are listed as they are written
    return frozenset(out)


def object_of_against(keys: list[str], c: Candidate) -> bool:
    """The candidate is the object of «ضد»/«على» («العنف السياسي ضد الفلسطينيين دون محاكمة في أعقاب
    الهجوم»): it was acted upon there, it is not the agent of a noun trigger further on."""
    return c.first > 0 and keys[c.first - 1] in OBJECT_PREPS


def genitive_of(toks: list[Token], head: Candidate, c: Candidate) -> bool:
    """``c`` is the genitive of ``head`` (and part of the same noun phrase): it follows it at once, with no
    clitic, and ``head`` is a common noun that ends without the article («آمر غرفة العمليات», «قائد قوات …»),
    which a definite subject never does; after a name or a definite noun the next name is the object («اتهمت
    روسيا إسرائيل»)."""
    last = toks[head.last]
    return (
        head.entity is None
        and c.first == head.last + 1
        and not last.core.startswith("ال")
        and not last.suffix
        and not toks[c.first].prefix
    )
