"""Sides a trigger takes from the verbs and clauses around it.

The subject of a light verb whose object is the event noun («شنت الجبهة هجوما», «جددت طائرات التحالف
غاراتها», «أعلن مقاتلون مبايعة التنظيم»), the speaker whose «أنه/أنها» is the trigger's subject, the
antecedent of a relative pronoun, and the subject a coordinated verb shares with the main clause.

Arabic news coordinates a second main verb after a reported clause with «، و…»: «قال وزير الخارجية
الأمريكي جون كيري إن مصر دفعت ثمنا باهظا لمكافحة التطرف، وأدان اغتيال النائب العام». The subject of
«وأدان» is the sentence's subject (the speaker), not anyone named inside the reported clause.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.constructions import (
    CLAUSE_WORDS,
    COMMAS,
    MASDAR_PREPOSITIONS,
    QUOTE_MARKS,
    RELATIVE_PRONOUNS,
    STOPS,
    after_preposition,
    preposition,
)
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate
from marsad.model import Token
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics

AUXILIARIES = frozenset(normalize(w) for w in "كان كانت كانوا قد".split())
LIGHT_VERBS = frozenset(
    strip_article(normalize(w))
    for w in (
        "شن شنت يشن تشن شنوا قام قامت يقوم تقوم قاموا نفذ نفذت ينفذ تنفذ نفذوا قاد قادت يقود تقود "
        "ألقى ألقت يلقي تلقي ألقوا تمكن تمكنت يتمكن تتمكن تمكنوا نجح نجحت ينجح تنجح نجحوا أكمل أكملت "
        "عقد عقدت يعقد تعقد أجرى أجرت واصل واصلت يواصل تواصل باشر باشرت قرر قررت أقدم أقدمت "
        "أعرب أعربت يعرب تعرب عبر عبرت يعبر تعبر نصب نصبت نصبوا ينصب تنصب"
    ).split()
)
"""Verbs whose object is the event noun, their subject its actor: «شنت الجبهة هجوما», «قام المتطرفون
باجتياح», «ألقت الأجهزة الأمنية القبض», «تمكن ضباط المباحث من ضبط» (verb-subject order: the actor is the
first candidate after the verb, not the one nearest the noun). The detection stage (a trigger right after one
is a masdar) and the modality stage («سيعقد اجتماعا») read this list too."""
OBJECT_VERBS = LIGHT_VERBS | frozenset(
    normalize(w)
    for w in (
        # renewing, resuming, stepping up, beginning or waging the act the noun names: «جددت طائرات التحالف
        # غاراتها», «استأنف الحزب هجماته», «كثفت القوات قصفها», «خاضت القوات معارك»
        "جدد جددت يجدد تجدد جددوا استأنف استأنفت يستأنف تستأنف كثف كثفت يكثف تكثف كثفوا "
        "بدأ بدأت يبدأ تبدأ بدأوا خاض خاضت يخوض تخوض خاضوا "
        # reaching an agreement: «توصلت الأطراف المتنازعة إلى اتفاق»
        "توصل توصلت يتوصل تتوصل توصلوا توصلا "
        # organising or holding a protest or a meeting: «نظم المئات وقفة احتجاجية», «أنها أقامت وقفة احتجاجية»
        "نظم نظمت ينظم تنظم نظموا أقام أقامت يقيم تقيم أقاموا"
    ).split()
)
"""Verbs whose subject is the actor of the event noun they take as object: :data:`LIGHT_VERBS` and the verbs
of renewing, waging or reaching the act (read by the argument stage only)."""
ANNOUNCE_VERBS = frozenset(normalize(w) for w in "أعلن أعلنت يعلن تعلن أعلنوا".split())
"""«أعلن مقاتلون من أربع جمهوريات مبايعة تنظيم داعش»: a declared act is the announcer's when the noun is the
verb's direct object, right after its subject (or after asides between commas); not the act named inside another
phrase («أعلنت الوزارة مقتل 4 جنود جراء الهجوم») or inside a «أن» clause."""
COMPLEMENTIZERS = frozenset(normalize(w) for w in "أن إن أنه إنه أنها إنها أنهم إنهم أنهما إنهما".split())
"""«قال X إن …»: X speaks; a noun trigger after the complementizer is not X's act."""
THAT = frozenset(normalize(w) for w in ("أن", "إن", "بأن"))
"""Token keys of the bare particle: «أن/إن/أنّ» (and «وأن», «فإن», whose و/ف the keys drop) and «بأن», which
the tokenizer keeps whole."""
RESUMED_REACH = 12
"""Words from a bare «إن» back-referred to by a later «إنها» (the particle's noun and its description between)."""
PRONOUN_SUBJECT = COMPLEMENTIZERS - {normalize("أن")}
"""«أعلنت الأجهزة الأمنية أنها اعتقلت …»: the pronoun on أن is the verb's subject, the speaker."""
CLAUSE_PUNCT = frozenset('،,؛;:«»"()[]—')


def shared_subject(toks: list[Token], keys: list[str], first: int, verbish: bool) -> bool:
    """The verb trigger at ``first`` is coordinated right after a comma («…، وأدان»): it shares the subject
    of the sentence's main verb, whatever «أن/إن» clause stands before it."""
    return verbish and first > 0 and "و" in toks[first].prefix and keys[first - 1] in COMMAS


def antecedent_of(cands: list[Candidate], relative: int, can: Callable[[Candidate], bool]) -> Candidate | None:
    """The actor the relative pronoun refers to: the candidate just before it (an adjective may follow
    the name: «تنظيم "داعش" المتطرف الذي»)."""
    near = [c for c in cands if c.last < relative and relative - c.last <= 3 and not c.after_prep]
    return near[-1] if near and can(near[-1]) else None


def object_pronoun(tok: Token) -> bool:
    return tok.suffix in ("ه", "ها", "هم", "هما") or tok.core.endswith(("ها", "هم", "هما"))


def speaker_of(
    cands: list[Candidate], keys: list[str], comp: int, can: Callable[[Candidate], bool]
) -> Candidate | None:
    """«أعلنت الأجهزة الأمنية الإسرائيلية أنها اعتقلت …»: the subject of the speech verb before the
    complementizer at ``comp``, the pronoun on which is the trigger's subject."""
    # «وقال بيان إن حكومة الاحتلال المصغرة برئاسة نتنياهو … إنها قررت»: after a bare «إن/أن» the pronoun resumes
    # the particle's noun, not the last name of its description
    bare = next(
        (j for j in range(comp - 1, max(-1, comp - RESUMED_REACH - 1), -1) if keys[j] in THAT or keys[j] in STOPS),
        None,
    )
    if bare is not None and keys[bare] in THAT:
        noun = next((c for c in cands if c.first == bare + 1 and c.last < comp), None)
        if noun is not None and not noun.after_prep and can(noun):
            return noun
    near = [c for c in cands if c.last < comp and comp - c.last <= 8 and not c.after_prep and can(c)]
    return near[-1] if near else None


def light_subject(
    cands: list[Candidate],
    keys: list[str],
    first: int,
    clause: list[int],
    can: Callable[[Candidate], bool],
    every: list[Candidate] | None = None,
) -> Candidate | None:
    """The subject of a light verb whose object is the trigger noun («شنت الجبهة … هجوما», «قام
    المتطرفون باجتياح»): the first candidate between the verb and the noun."""
    crossed = False
    for j in range(first - 1, max(-1, first - 16), -1):
        if clause[j] != clause[first]:
            # «نفذ الجيش الوطني، مسنوداً بقوات التحالف، اليوم الأحد، عملية نوعية»: asides between commas may
            # stand between the light verb's subject and its noun; a clause word, a complementizer or other
            # punctuation ends the search
            if (
                # «جددت طائرات التحالف العربي الذي تقوده السعودية، غاراتها»: a relative clause closed by a
                # comma qualifies the subject; other clause words end the search
                (keys[j] in CLAUSE_WORDS and not (crossed and keys[j] in RELATIVE_PRONOUNS))
                or keys[j] in COMPLEMENTIZERS
                or (keys[j] in CLAUSE_PUNCT and keys[j] not in "،,")
            ):
                return None
            crossed = True
            if first > 0 and keys[first - 1] in MASDAR_PREPOSITIONS:
                return None  # «تمكن الجيش من قتل زعيمهم، خلال اشتباكات»: the noun is a circumstance, no object
        if keys[j] not in ANNOUNCE_VERBS and keys[j] not in OBJECT_VERBS:
            continue
        pool = (every or cands) if crossed else cands
        subj = [c for c in pool if j < c.first and c.last < first and not c.after_prep and can(c)]
        if keys[j] in ANNOUNCE_VERBS:
            if (
                subj
                and not after_preposition(keys, first)
                and not any(keys[k] in COMPLEMENTIZERS for k in range(j + 1, first))
            ):
                return subj[0]
            return None
        if subj:
            return subj[0]
        # no subject between: the verb's subject is a pronoun — of «أنه» after a speech verb («أعلن
        # الجيش أنه نفذ غارات») or of a relative pronoun («الميليشيات التي تواصل تراجعها»,
        # «الأحمر، الذي عبر عن استنكاره»)
        k = j - 1
        while k >= 0 and j - k <= 3 and keys[k] in AUXILIARIES:
            k -= 1
        if k >= 0 and keys[k] in PRONOUN_SUBJECT:
            return speaker_of(every or cands, keys, k, can)
        if k >= 0 and keys[k] in RELATIVE_PRONOUNS:
            return antecedent_of(every or cands, k, can)
        return None
    return None


LONG_SUBJECT = 4
"""A subject ending more than four words after its verb («استقبل وزير الشؤون المغاربية والاتحاد الإفريقي …
عبد القادر مساهل») may push the object past the trigger's reach of candidates."""
OBJECT_REACH = 6
RELATIVE_REACH = 14
"""How far a relative clause on the subject may run before the comma that closes it."""
BARE_PREPOSITIONS = frozenset(normalize(w) for w in "في على علي إلى الى عن مع ضد لدى أمام خلف من".split())


def far_object(
    actor: Candidate, last: int, every: list[Candidate], keys: list[str], toks: list[Token]
) -> list[Candidate]:
    """Objects of a verb-subject-object clause that stand past the usual reach: after a long subject
    and an aside («استقبل وزير … عبد القادر مساهل، أمس بالجزائر العاصمة، وفدا عن المجلس الرئاسي»), or
    right after the comma that closes a relative clause on the subject («اتهم الحوثيون الذين يسيطرون على
    المنطقة، التحالف العربي»). No candidate after a preposition is an object."""

    def bare(c: Candidate) -> bool:
        return not c.after_prep and not preposition(toks[c.first]) and keys[c.first - 1] not in BARE_PREPOSITIONS

    if actor.last - last > LONG_SUBJECT:
        near = [c for c in every if c.first > actor.last and c.first - actor.last <= OBJECT_REACH and bare(c)]
        if near:
            return near
    if actor.last + 1 < len(keys) and keys[actor.last + 1] in RELATIVE_PRONOUNS:
        comma = next(
            (j for j in range(actor.last + 2, min(actor.last + RELATIVE_REACH, len(keys))) if keys[j] in COMMAS),
            None,
        )
        if comma is not None:
            return [c for c in every if c.first == comma + 1 and bare(c)]
    return []


ARTICLE_LIKE_VERBS = frozenset(normalize(w) for w in "التقى التقت التقوا التقيا التقتا".split())
"""Perfect forms of «التقى» (form VIII of لقي), whose «ال» is no article: «التقى وزير الخارجية بنظيره» is a verb
with its subject after it, not the noun «لقاء» with a genitive."""


def article_like_verb(tok: Token) -> bool:
    """The trigger token is a perfect of «التقى», read as a noun because it starts with «ال»."""
    return normalize(tok.core) in ARTICLE_LIKE_VERBS


TOLD = frozenset(
    strip_article(normalize(w))
    for w in (
        "قال قالت أكد أكدت أوضح أوضحت أفاد أفادت صرح صرحت كشف كشفت ذكر ذكرت أضاف أضافت نقل نقلت "
        "مصدر مصادر المصدر المصادر تصريح تصريحات حديث"
    ).split()
)
"""Speech verbs and source nouns: a name after «لـ» following one is who was told (a paper, an agency)."""
TOLD_REACH = 12


def addressee(c: Candidate, keys: list[str], toks: list[Token]) -> bool:
    """The candidate is who a statement was made to, after «لـ» («أكدت مصادر عسكرية لـ«عكاظ»», «وقال
    لصحيفة الشرق»): a source is never the actor or the target of what it reports."""
    j = c.first
    while j > 0 and toks[j - 1].text in QUOTE_MARKS:
        j -= 1
    if j > 0 and keys[j - 1] in TOLD and "ل" in clitics(toks[c.first]):
        return True  # «وقال لصحيفة الشرق»
    return j > 0 and keys[j - 1] == "ل" and any(keys[k] in TOLD for k in range(max(0, j - TOLD_REACH), j))
