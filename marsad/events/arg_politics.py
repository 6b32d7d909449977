"""The sides of political events: talks, agreements, demands, statements and threats.

Called once by :func:`marsad.events.arguments.attach`, last, through :func:`political_sides`.

Meetings, talks, agreements and cooperation (the symmetric types of :data:`SYMMETRIC`) have one side as actor
and the other as target, and news names the other side in a few fixed ways that the general rules of
:func:`marsad.events.arguments.attach` miss:

* after «مع», farther from the trigger than a plain object, and as a side with no name: «فشل المفاوضات مع
  الجانب الروسي», «ووقعت إيران على الاتفاق في عام 2015 مع ست قوى عظمى»;
* in the relative clause of an agreement noun: «الاتفاق النووي الذي وقعته القوى العالمية مع طهران», «الذي
  توصلت إليه القوى الغربية مع إيران» (its subject is the actor, the «مع» phrase the target);
* as the second conjunct of the actor: «بعد توصل إيران ومجموعة 5+1 … اتفاقا»;
* not as the genitive of the topic the talks are about: in «محادثات توحيد الجيش الليبي» the army is what
  is to be unified, not a party to the talks.

The actor of a meeting or talks may also stand where the general rules do not look:

* after an honorific that opens the genitive of a visit or a meeting: «بمناسبة زيارة صاحب السمو الملكي
  الأمير محمد بن سلمان»;
* as the sponsor of talks with no actor of their own: «جلسة المباحثات المقبلة التي ستعقد بإثيوبيا برعاية
  الهيئة الإفريقية», and the genitive of a mediation noun: «برعاية أعيان ومشايخ المنطقة الغربية»;
* as the object of a verb of gathering after a meeting noun: «لاجتماع رفيع المستوى ضم عددا من قياداتها»,
  «الاجتماع كان يضم عدداً من القيادات»;
* and «بين A، الذي …، و B» gives both sides across the relative clause that describes the first.

A plural verb agrees with a subject before it (Arabic puts a verb before its subject in the singular): the
candidate after «يطالبون فيها تركيا» is its object, and the subject is the name or the count before it
(«أن المسلحين «انضموا وبايعوا» تنظيم داعش», «قتلت ثمانية بايعوا تنظيم داعش») (:func:`plural_subject`).

Who is held responsible is the target of the accusation, the speaker its actor: «شدد الرئيس على أن روسيا وإيران
تتحملان مسؤولية هذه الأعمال», «أن بوتين ربما يكون مسؤولا عن الهجوم», «الطرف الذي يتحمل المسؤولية … هو حركة
حماس» (:func:`held_responsible`).

Thanks, praise and condemnation name their target as the agent of the act they speak of, in a relative
clause: «تعبر عن شكرها لجهود التنمية التي تقودها وتنفذها دولة الإمارات», «ندد الأهالي بالحملات التي يقوم بها
تنظيم الإخوان», «أشاد بالدور الذي تقوم به مصر» (:func:`praised_agent`).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.arg_joins import text_to
from marsad.events.arg_reported import COMPLEMENTS
from marsad.events.casualties import count_word
from marsad.events.constructions import FROM_WORD, QUOTE_MARKS, RELATIVE_PRONOUNS, nisba
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.model import Token
from marsad.text.normalize import normalize

SYMMETRIC = frozenset(("CONSULT", "AGREE", "COOPERATE"))
"""PLOVER types whose two sides act together: of «X و Y» the first is the actor, the second the target."""
WITH = normalize("مع")
WITH_REACH = 10
"""Words from the trigger (or its subject after it) to «مع»: a date and a place may stand between («ووقعت
إيران على الاتفاق في عام 2015 مع ست قوى»)."""
SIDES = frozenset(normalize(w) for w in ("جانب", "طرف"))
"""«الجانب الروسي», «الطرف الفلسطيني»: a side named by its nationality adjective."""
TO_IT = frozenset(normalize(w) for w in ("إليه", "اليه", "إليها", "اليها", "عليه", "عليها"))
"""«توصلت إليه», «وقعت عليه»: the pronoun of the agreement after the verb of its relative clause."""
BREAKS = frozenset(".؛;:")
OWN_WITH = frozenset(
    strip_article(normalize(w))
    for w in "التعاون العلاقات العلاقة الشراكة التنسيق التواصل الحوار المفاوضات المحادثات التفاهم التطبيع".split()
)
"""Nouns of relations that take their own «مع» side: one of them before «مع», past the trigger, owns it."""
CLUBS = frozenset(normalize(w) for w in ("نادي", "فريق", "منتخب"))
"""Sports teams: «نادي التعاون» is a club, not cooperation."""
PARTICLES = frozenset(normalize(w) for w in "على علي إلى الى عن مع ضد لدى أمام خلال بين عند منذ حتى".split())


def _side_phrase(toks: list[Token], keys: list[str], j: int) -> Candidate | None:
    """«الجانب الروسي» at ``j``: a side noun with the article and a nisba adjective after it."""
    if (
        j + 1 < len(toks)
        and keys[j] in SIDES
        and toks[j].core.startswith("ال")
        and not toks[j].prefix
        and nisba(toks[j + 1])
        and toks[j + 1].core.startswith("ال")
    ):
        return unnamed(toks, j, j + 1)
    return None


def _with_side(
    toks: list[Token], keys: list[str], every: list[Candidate], j: int, can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The side named right after «مع» at ``j`` (a count may stand first: «مع ست قوى عظمى»): a candidate that
    can act or a side phrase."""
    at = j + 2 if j + 2 < len(keys) and count_word(keys[j + 1]) else j + 1
    c = next((c for c in every if c.first in (j + 1, at)), None)
    if c is not None:
        return c if can(c) else None
    return _side_phrase(toks, keys, j + 1) or _company(toks, keys, every, j + 1)


COMPANIES = frozenset(normalize(w) for w in ("شركة", "شركات", "مؤسسة"))


def _company(toks: list[Token], keys: list[str], every: list[Candidate], j: int) -> Candidate | None:
    """«مع شركة تركية», «مع شركة "بيكار" التركية»: a company noun at ``j`` with its nisba or its name (quoted
    or tagged) after it, and the nisba after the name."""
    if j + 1 >= len(toks) or keys[j] not in COMPANIES or toks[j].prefix:
        return None
    end = j
    k = j + 1
    if toks[k].text in QUOTE_MARKS:
        close = next((i for i in range(k + 1, min(len(toks), k + 5)) if toks[i].text in QUOTE_MARKS), None)
        if close is None:
            return None
        end = k = close
    else:
        name = next((c for c in every if c.first == k), None)
        if name is not None:
            end = k = name.last
        elif not nisba(toks[k]):
            return None
        else:
            end = k
    if k + 1 < len(toks) and not toks[k + 1].prefix and nisba(toks[k + 1]) and end > j:
        end = k + 1  # «شركة "بيكار" التركية»
    return unnamed(toks, j, end) if end > j else None


def _relative_pair(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> tuple[Candidate, Candidate] | None:
    """«الاتفاق (النووي) الذي وقعته X مع Y»: the subject X and the «مع» side Y of the agreement's relative
    clause."""
    toks = m.sentence.tokens
    rel = next((j for j in range(m.last + 1, min(len(keys), m.last + 3)) if keys[j] in RELATIVE_PRONOUNS), None)
    if rel is None or rel + 2 >= len(keys):
        return None
    at = rel + 2 + (keys[rel + 2] in TO_IT)  # the verb, then «إليه»
    subject = next((c for c in every if c.first == at and can(c)), None)
    if subject is None:
        return None
    j = subject.last + 1
    while j < len(keys) and j - subject.last <= 2 and nisba(toks[j]):
        j += 1  # «القوى العالمية مع»: the subject's adjectives
    if j >= len(keys) or keys[j] != WITH:
        return None
    other = _with_side(toks, keys, every, j, can)
    if other is None:
        return None
    if j - 1 > subject.last:
        text = text_to(toks, subject, j - 1)
        subject = Candidate(subject.first, j - 1, subject.start, toks[j - 1].end, text, subject.entity, None, False)
    return subject, other


def new_clause_between(toks: list[Token], every: list[Candidate], a: int, b: int) -> bool:
    """A word between ``a`` and ``b`` (both excluded) opens a coordinated clause: it carries و and starts
    no candidate, and it is a verb by its look (a perfect or imperfect, not a preposition or a noun with the
    article: «واستعرضت», «ويقيم»; not «وعلى», «والتنسيق»)."""
    for j in range(a + 1, b):
        t = toks[j]
        if (
            "و" in t.prefix
            and not t.core.startswith("ال")
            and len(t.core) >= 4
            and t.core not in PARTICLES
            and not any(c.first == j for c in every)
        ):
            return True
    return False


STATED = frozenset(("SUPPORT", "ACCUSE"))
"""Types whose target may be the agent of the act they praise or condemn."""
ACT_REACH = 10
"""Words from the trigger to the relative pronoun of the act it speaks of («بالحملات الإعلامية والتحريضية التي»)."""
DOING = frozenset(normalize(w) for w in "يقوم تقوم قام قامت يقومون".split())
"""«التي يقوم بها X», «الذي تقوم به مصر»: the light verb of doing with its ب-pronoun."""
IT = frozenset(normalize(w) for w in ("بها", "به", "بهما"))
LEADING = tuple(normalize(w) for w in "يقود تقود قاد قادت يبذل تبذل بذل بذلت ينفذ تنفذ نفذ نفذت يشن تشن شن شنت".split())
"""Verbs of leading, exerting and carrying out, with an object pronoun for the act («تقودها», «تبذلها»)."""
OBJECT_PRONOUNS = ("ها", "ه", "هما")


def _agent_verb(toks: list[Token], keys: list[str], j: int) -> int:
    """The number of words of the agent verb phrase at ``j`` («يقوم بها», «تقودها وتنفذها»), or 0."""
    k = keys[j]
    if k in DOING and j + 1 < len(keys) and keys[j + 1] in IT:
        return 2
    if toks[j].prefix not in ("", "و"):
        return 0
    core = toks[j].core
    stem = next((core[: -len(p)] for p in OBJECT_PRONOUNS if core.endswith(p) and len(core) > len(p) + 1), None)
    if stem is None or normalize(stem) not in LEADING:
        return 0
    return 1 + (_agent_verb(toks, keys, j + 1) if j + 1 < len(keys) and "و" in toks[j + 1].prefix else 0)


def praised_agent(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The agent of the act a statement of thanks, praise or condemnation speaks of, named after a relative
    pronoun and a verb of doing or leading within the sentence («لجهود التنمية التي تقودها وتنفذها دولة
    الإمارات»)."""
    toks = m.sentence.tokens
    for j in range(m.last + 1, min(len(keys) - 1, m.last + 1 + ACT_REACH)):
        if toks[j].text in BREAKS:
            return None
        if keys[j] in RELATIVE_PRONOUNS:
            n = _agent_verb(toks, keys, j + 1)
            if n == 0:
                return None
            at = j + 1 + n
            return next((c for c in every if at <= c.first <= at + 1 and can(c)), None)
    return None


def _masdar(tok: Token) -> bool:
    """A verbal noun of a derived form with no clitic («توحيد», «تبادل», «إنهاء», «استئناف», «انسحاب»): the
    patterns تفعيل، تفاعل، إفعال، انفعال، افتعال، استفعال by letters (normalised: أ/إ/ا are one)."""
    w = tok.core
    if tok.prefix or w.startswith("ال"):
        return False
    if len(w) == 5 and w[0] == "ت" and (w[3] == "ي" or w[2] == "ا"):
        return True
    if len(w) == 5 and w[0] == "ا" and w[3] == "ا":
        return True
    return len(w) in (6, 7) and w[0] == "ا" and w[-2] == "ا"


DEMANDS = frozenset(("REQUEST",))
CONTENT_PREPS = frozenset(normalize(w) for w in ("على", "علي", "إلى", "الى"))


def in_content(toks: list[Token], keys: list[str], every: list[Candidate], last: int, c: Candidate) -> bool:
    """``c`` stands inside what a demand asks for: after a masdar with ب («يطالبون فيها تركيا بإحلال الأمن»,
    «طالب بسرعة إدراج …») or after «على/إلى» and a masdar («إصرارهم على تسليم السلاح», «الانضمام إلى»)
    between the trigger and it, the masdar no candidate."""
    for j in range(last + 1, c.first):
        if any(d.first <= j <= d.last for d in every):
            continue
        t = toks[j]
        if not t.core[:1].isalpha() or len(t.core) < 4:
            continue
        if "ب" in t.prefix or (j > 0 and keys[j - 1] in CONTENT_PREPS) or _masdar(t):
            return True
    return False


HONORIFIC_HEADS = frozenset(normalize(w) for w in ("صاحب", "أصحاب"))
HONORIFICS = frozenset(normalize(w) for w in "السمو المعالي الفخامة السعادة الجلالة السماحة الملكي".split())
"""«صاحب السمو الملكي», «صاحب المعالي»: an honorific before a name in Gulf official prose."""
HONORIFIC_REACH = 4
SPONSORING = frozenset(normalize(w) for w in ("برعاية", "بوساطة", "رعاية", "وساطة"))
"""«برعاية الأمم المتحدة», «بوساطة مصرية»: the sponsor or mediator of talks (keys keep a glued ب)."""
SPONSOR_REACH = 8
MEDIATION = frozenset(normalize(w) for w in ("رعاية", "وساطة"))
GATHERS = frozenset(normalize(w) for w in "ضم يضم تضم ضمت جمع يجمع تجمع جمعت".split())
"""«اجتماع ضم عددا من القادة»: a verb of gathering whose object are the participants."""
GATHER_REACH = 6
BETWEEN = normalize("بين")
BETWEEN_REACH = 14


def _honored(toks: list[Token], keys: list[str], every: list[Candidate], last: int) -> Candidate | None:
    """The name after an honorific that opens the genitive of the trigger («زيارة صاحب السمو الملكي الأمير
    محمد بن سلمان»)."""
    j = last + 1
    if j + 1 >= len(keys) or keys[j] not in HONORIFIC_HEADS or toks[j + 1].text.strip() == "":
        return None
    if normalize(toks[j + 1].core) not in HONORIFICS:
        return None
    return next((c for c in every if j + 1 < c.first <= j + 1 + HONORIFIC_REACH), None)


def _mediation(tok: Token) -> bool:
    """«رعاية», «وساطة», also with the ب the tokenizer leaves on them («برعاية»)."""
    core = normalize(tok.core)
    return core in MEDIATION or (core[:1] == "ب" and core[1:] in MEDIATION)


def _sponsor(
    toks: list[Token], keys: list[str], every: list[Candidate], m: EventMention, can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The sponsor of talks named after «برعاية/بوساطة» within :data:`SPONSOR_REACH` words, or the genitive of
    the mediation noun that is the trigger itself («برعاية أعيان ومشايخ المنطقة»)."""
    if _mediation(toks[m.first]) and m.first == m.last:
        return next((c for c in every if c.first == m.last + 1 and can(c)), None)
    for j in range(m.last + 1, min(len(keys) - 1, m.last + 1 + SPONSOR_REACH)):
        if toks[j].text in BREAKS:
            return None
        if normalize(toks[j].text) in SPONSORING:
            return next((c for c in every if c.first == j + 1 and can(c)), None)
    return None


def _gathered(toks: list[Token], keys: list[str], every: list[Candidate], last: int) -> Candidate | None:
    """The participants a meeting gathers: «اجتماع رفيع المستوى ضم عددا من قياداتها», «الاجتماع كان يضم عدداً من
    القيادات» (a candidate, or a count with its partitive)."""
    for j in range(last + 1, min(len(keys) - 1, last + 1 + GATHER_REACH)):
        if toks[j].text in BREAKS or toks[j].text in "،,":
            return None
        if keys[j] not in GATHERS or toks[j].prefix:
            continue
        c = next((c for c in every if c.first == j + 1), None)
        if c is not None:
            return c
        if j + 3 < len(keys) and count_word(normalize(toks[j + 1].core).rstrip("ا")) and keys[j + 2] == FROM_WORD:
            return unnamed(toks, j + 1, j + 3)
        if j + 3 < len(keys) and keys[j + 1] in ("عددا", "عدد") and keys[j + 2] == FROM_WORD:
            return unnamed(toks, j + 1, j + 3)
        return None
    return None


def _between_aside(
    toks: list[Token], keys: list[str], every: list[Candidate], last: int, can: Callable[[Candidate], bool]
) -> tuple[Candidate, Candidate] | None:
    """«محادثات بين الجيش السوري الحر، الذي يضم …، والروس»: the first side right after «بين», the second the
    next candidate with و after a relative clause that describes the first."""
    if last + 2 >= len(keys) or keys[last + 1] != BETWEEN:
        return None
    one = next((c for c in every if c.first == last + 2 and can(c)), None)
    if (
        one is None
        or one.last + 2 >= len(keys)
        or toks[one.last + 1].text not in "،,"
        or keys[one.last + 2] not in RELATIVE_PRONOUNS
    ):
        return None
    for c in every:
        if c.first > one.last + 2 and c.first - last <= BETWEEN_REACH and "و" in toks[c.first].prefix and can(c):
            if toks[c.first - 1].text in "،,":
                return one, c
    return None


VISITS = frozenset(normalize(w) for w in "زيارة زياره يزور تزور زار زارت سيزور ستزور لزيارة بزيارة".split())
"""Visit words whose object is the place visited («زيارة طرابلس», «يزور قطر»)."""


def visited_place(toks: list[Token], keys: list[str], c: Candidate) -> bool:
    """``c`` is a place that a visit goes to: right after a visit word («زيارة طرابلس», «الذي يزور قطر») or
    with ل («آخر زيارة قام بها لموسكو»); the place visited is where a meeting is, not who meets."""
    is_place = c.place is not None or (c.entity is not None and c.entity.type in ("GPE", "LOC"))
    if not is_place:
        return False
    before = normalize(toks[c.first - 1].core) if c.first > 0 else ""
    return before in VISITS or "ل" in toks[c.first].prefix


RESPONSIBLE = frozenset(
    normalize(w)
    for w in "يتحمل تتحمل تحمل يتحملون تتحملان يتحملان مسؤول مسؤولا مسؤولة مسؤولين مسؤولون مسؤولان مسؤولتان".split()
)
"""Forms of bearing responsibility whose subject is the one blamed (not «حمّل», «محملا», the blamer's verbs)."""
RESPONSIBLE_REACH = 4
COPULA = frozenset(normalize(w) for w in ("هو", "هي", "هم"))
COPULA_REACH = 10


def held_responsible(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> tuple[Candidate | None, Candidate] | None:
    """``(speaker, blamed)`` of a mention of bearing responsibility: the blamed is its subject before it («أن
    روسيا وإيران تتحملان مسؤولية») or the name after «هو» («الطرف الذي يتحمل المسؤولية … هو حركة حماس»), the
    speaker the candidate right before the «أن» that opens the blamed's clause (None when no «أن» opens it)."""
    toks = m.sentence.tokens
    if normalize(toks[m.first].core) not in RESPONSIBLE or toks[m.first].prefix not in ("", "و"):
        return None
    blamed = next(
        (c for c in reversed(every) if c.last < m.first and m.first - c.last <= RESPONSIBLE_REACH and can(c)), None
    )
    if blamed is not None:
        # the first of coordinated names: «روسيا وإيران»
        while True:
            prev = next((c for c in every if c.last == blamed.first - 1 and can(c)), None)
            if prev is None or "و" not in toks[blamed.first].prefix:
                break
            blamed = prev
        comp = next((j for j in range(blamed.first - 1, max(-1, blamed.first - 4), -1) if keys[j] in COMPLEMENTS), None)
        if comp is not None:
            speaker = next((c for c in reversed(every) if c.last < comp and comp - c.last <= 4 and can(c)), None)
            return speaker, blamed
    # no «أن» opens a subject: «الطرف الذي يتحمل المسؤولية … هو حركة حماس»
    for j in range(m.last + 1, min(len(keys) - 1, m.last + 1 + COPULA_REACH)):
        if toks[j].text in BREAKS:
            return None
        if keys[j] in COPULA:
            c = next((c for c in every if c.first == j + 1 and can(c)), None)
            return (None, c) if c is not None else None
    return None


THREAT_REACH = 20
"""Words from a threat verb to the ب of the act it threatens, past a long subject and a date («تعهد رئيس إقليم
كردستان العراق مسعود بارزاني، اليوم (الاثنين)، بالانتقام من تنظيم داعش»)."""


def threatened_object(
    m: EventMention, every: list[Candidate], actor: Candidate | None, can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The one a threat aims at: the object of the masdar it threatens with ب, past the subject («هددت القيادة
    العامة …، أمس، باستهداف السفن والطائرات التركية», «تعهد … بالانتقام من تنظيم داعش»)."""
    toks = m.sentence.tokens
    start = actor.last + 1 if actor is not None and actor.first > m.last else m.last + 1
    for j in range(start, min(len(toks) - 1, m.last + 1 + THREAT_REACH)):
        if toks[j].text in BREAKS:
            return None
        if "ب" in toks[j].prefix and toks[j].core[:1].isalpha() and not any(c.first <= j <= c.last for c in every):
            at = j + 1 + (normalize(toks[j + 1].core) == FROM_WORD)
            return next((c for c in every if at <= c.first <= at + 2 and not c.after_prep and can(c)), None)
    return None


POLITICAL = frozenset(
    ("CONSULT", "AGREE", "REQUEST", "REJECT", "SANCTION", "ACCUSE", "CONCEDE", "COOPERATE", "SUPPORT", "THREATEN")
)
PLURAL_ENDINGS = ("وا", "ون")
SUBJECT_REACH = 3


def _plural_verb(tok: Token) -> bool:
    """«بايعوا», «يطالبون», «وبايعوا»: a plural verb by its ending (not a participle in م-, not a definite or
    prepositional noun)."""
    core = tok.core
    return (
        len(core) >= 5
        and core.endswith(PLURAL_ENDINGS)
        and not core.startswith(("ال", "م"))
        and not set(tok.prefix) & {"ب", "ل", "ك"}
    )


def plural_subject(
    m: EventMention, every: list[Candidate], keys: list[str], can: Callable[[Candidate], bool]
) -> tuple[Candidate | None, Candidate | None] | None:
    """``(subject, object)`` of a plural verb trigger: the subject is the candidate or the count just before it
    (quotation marks and another plural verb may stand between: «المسلحين «انضموا وبايعوا»»), the object the
    first candidate after it; None when the trigger is no plural verb or a relative pronoun precedes it (the
    antecedent is the subject then, see :mod:`marsad.events.arguments`)."""
    toks = m.sentence.tokens
    if m.first != m.last or not _plural_verb(toks[m.first]):
        return None
    j = m.first - 1
    while j >= 0 and (toks[j].text in QUOTE_MARKS or _plural_verb(toks[j])) and m.first - j <= SUBJECT_REACH:
        j -= 1
    if j < 0 or keys[j] in RELATIVE_PRONOUNS:
        return None
    subject = next((c for c in every if c.last == j and not c.after_prep and can(c)), None)
    if subject is None and count_word(keys[j]):
        subject = unnamed(toks, j, j)  # «قتلت ثمانية بايعوا تنظيم داعش»
    obj = next((c for c in every if m.last < c.first <= m.last + 4 and not c.after_prep and can(c)), None)
    return subject, obj


def political_sides(
    m: EventMention,
    every: list[Candidate],
    keys: list[str],
    verbish: bool,
    actor: Candidate | None,
    target: Candidate | None,
    can: Callable[[Candidate], bool],
) -> tuple[Candidate | None, Candidate | None]:
    """``(actor, target)`` of a talks, agreement or cooperation mention completed by the constructions of the
    module; other mentions are returned as they are."""
    if m.entry.plover_type in POLITICAL:
        agreed = plural_subject(m, every, keys, can)
        if agreed is not None:
            subject, obj = agreed
            if subject is not None or (actor is not None and actor.first > m.last):
                actor = subject  # «يطالبون فيها تركيا»: Turkey is asked, not asking
            if obj is not None and (target is None or target is subject):
                target = obj
    if m.entry.plover_type == "THREATEN" and target is None:
        return actor, threatened_object(m, every, actor, can)
    if m.entry.plover_type == "ACCUSE":
        held = held_responsible(m, every, keys, can)
        if held is not None:
            speaker, blamed = held
            if speaker is not None or actor is None or (actor.first <= blamed.last and blamed.first <= actor.last):
                actor = speaker
            return actor, blamed
    if m.entry.plover_type in STATED and target is None:
        target = praised_agent(m, every, keys, can)
        if target is not None and actor is not None and actor.first <= target.last and target.first <= actor.last:
            actor = None  # the agent praised is not the one who praises (a possessive led to it)
        return actor, target
    if m.entry.plover_type in DEMANDS and target is not None and target.first > m.last:
        if in_content(m.sentence.tokens, keys, every, m.last, target):
            target = None  # what is asked for is no addressee: «إصرارهم على تسليم السلاح»
        return actor, target
    if m.entry.plover_type not in SYMMETRIC:
        return actor, target
    toks = m.sentence.tokens
    first, last = m.first, m.last
    if m.entry.plover_type == "CONSULT" and actor is not None and visited_place(toks, keys, actor):
        actor = None  # «يعتزم الوزير زيارة طرابلس … للقاء رئيس المجلس»: Tripoli does not meet
    if not verbish:
        pair = _relative_pair(m, every, keys, can) or _between_aside(toks, keys, every, last, can)
        if pair is not None:
            return pair
        if m.entry.plover_type == "CONSULT":
            honored = _honored(toks, keys, every, last)
            if honored is not None:
                return honored, None if target is honored else target
            # the participants a meeting gathers are its actors, whoever else the clause names
            found = _gathered(toks, keys, every, last)
            if found is None and (actor is None or _mediation(toks[first])):
                found = _sponsor(toks, keys, every, m, can)
            if found is not None:
                return found, None if target is not None and target.first == found.first else target
        if (
            target is not None
            and target.first == last + 2
            and target is not actor
            and _masdar(toks[last + 1])
            and not any(c.first <= last + 1 <= c.last for c in every)
        ):
            target = None  # «محادثات توحيد الجيش الليبي»: the army is the topic's object, not a party
    if target is None and actor is not None and actor.last < len(toks) - 1:
        # «بعد توصل إيران ومجموعة 5+1 … اتفاقا»: the other conjunct of the subject is the other side
        conj = next((c for c in every if c.first == actor.last + 1 and "و" in toks[c.first].prefix and can(c)), None)
        if conj is not None and (conj.last < first or conj.first > last):
            target = conj
    if target is None:
        since = actor.last if actor is not None and actor.first > last else last
        for j in range(since + 1, min(len(keys), since + WITH_REACH + 1)):
            if toks[j].text in BREAKS:
                break
            if new_clause_between(toks, every, j - 1, j + 1):
                break  # «جلسات الاجتماع واستعرضت مشاوراتها مع الفصائل»: a new clause has its own «مع»
            if (
                keys[j] == WITH
                and j - 1 > since
                and keys[j - 1] in OWN_WITH
                # «بنادي التعاون»: a club's name
                and keys[j - 2] not in CLUBS
                and not any(c.first <= j - 1 <= c.last for c in every)
            ):
                break  # «لاجتماعات في بروكسل، الالتزام بمواصلة تعزيز التعاون مع تونس»: the side of another noun
            if keys[j] == WITH:
                side = _with_side(toks, keys, every, j, can)
                if side is not None and side is not actor:
                    target = side
                break
    return actor, target
