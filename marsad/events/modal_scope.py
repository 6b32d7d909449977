"""Small predicates of the modality coder (:mod:`marsad.events.modality`): where a cue's scope stops, which
cue word is not one, and the constructions that report, plan or hedge an event without the cue words of
``data/cues.tsv``. Each takes the sentence's token keys (core without the article, as
:func:`marsad.events.mention.token_keys` gives them) and, where the clitics matter, its tokens.
"""

from __future__ import annotations

from marsad.events.constructions import DEMONSTRATIVES
from marsad.events.lexicon import bare_key, strip_article, word_keys
from marsad.model import Token

STILL = word_keys("تزال يزال تزالان يزالان يزالون تزلن")
"""«لا تزال الاشتباكات مستمرة», «لا يزال القتال دائرا»: «لا» + «زال» means "still", it negates nothing."""
PLUPERFECT_AUX = word_keys("كان كانت كانوا كانا كانتا يكون تكون")
"""«وكانت أحياء المدينة قد تعرضت لقصف»: «كان … قد» + a past verb is a pluperfect, even when the past verb
begins with ت (تعرضت, تمكنت) like an imperfect."""
PLANNED_AFTER = word_keys("مرتقب مرتقبة مقبل مقبلة مزمع مزمعة مقرر مقررة منتظر منتظرة مرتقبا مزمعا مقررا منتظرا")
"""«جلسة المباحثات المقبلة», «وعشية احتجاجات أخرى مرتقبة», «الانتخابات المقررة»: the adjective right after
the trigger (or after «أخرى/آخر», or «كان/كانت» with the accusative, also after a relative pronoun: «ألغى
إضرابا كان مقررا يومي الأربعاء والخميس», «الاجتماع الذي كان مقررا») plans it. Not «القادمة», mostly "coming
from" («التعزيزات القادمة من»)."""
OTHER = word_keys("أخرى اخرى آخر آخرين جديد جديدة كان كانت")
RELATIVE = word_keys("الذي التي")
UNDER_WAY = word_keys("جار جاري")
"""«وجارٍ إلقاء القبض عليهم», «وجارٍ توجيه ضربات استباقية»: under way, not yet told as done (the noun
«الجار», neighbour, and «الجاري», current, carry the article)."""
CHARGE = word_keys("اتهام اتهامه اتهامها اتهامهم اتهامهما متهم متهما متهمة متهمين متهمون متهمان متهمتين")
"""A charge before the act it names: «المتهمة بشن هجوم كيمياوي», «إثر اتهامه بشن هجوم», «متهم باعتدائه»
(the act is alleged, i.e. reported); the defendant noun alone («مثل المتهم أمام المحكمة») reports nothing."""
CHARGE_NOUN = word_keys("تهمة بتهمة تهم بتهم بتهمه")
"""«اعتقل بتهمة قتل», «بتهم الاعتداء»: the charge noun right before the act."""
TALKED = word_keys("تحدث تحدثت يتحدث تتحدث تحدثوا")
"""«تحدث الحزب عن مقتل خمسة أشخاص»: talking about an event reports it (with «عن» at most three words after;
«تحدث مع» is a call)."""
ADMITTED = word_keys("أقر أقرت يقر تقر أقروا اعترف اعترفت يعترف تعترف اعترفوا")
"""«وأقر التنظيم بمقتل زعيمه في هجوم», «اعترفت الوزارة بأن»: an admission reports the event (with ب after;
«أقر البرلمان قانونا» approves)."""
ADMISSION_REACH = 6
"""Words from an admission verb to its ب («وأقر التنظيم في منتصف يونيو، بمقتل زعيمه»)."""
DESCRIBED = word_keys("وصفه وصفته وصفها وصفوه وصفتها وصفوها")
"""«واستنكر ما وصفه بالهجوم البشع»: «ما وصفه بـ» gives the event in the speaker's words."""
INVOLVEMENT = word_keys(
    "دور دورا علاقة علاقته علاقتها علاقتهم صلة صلته صلتها صلتهم تورط تورطه تورطها تورطهم ضلوع ضلوعه ضلوعها "
    "مسؤولية مسؤوليته مسؤوليتها مسؤوليتهم"
)
"""«تنفي الحكومة صحة الادعاء بأنها لعبت دورا في الهجوم», «نفت أي علاقة لها بالتفجير»: a denied role in an
event does not deny the event, which the denial takes for granted."""
FEAR = word_keys("مخاوف يخشى تخشى يخشون مخاوفه مخاوفها")
"""«وهناك مخاوف بأن يتسبب هجوم حكومي», «يخشى من هجوم»: a feared event is possible (the fear word with
«من/أن/بأن» or a masdar after it, the trigger at most four words on). Not «خوفا من» / «خشية من», a motive
(«نزحوا خوفا من القذائف التي تطلق»): the feared shelling happens."""
FEAR_LINK = word_keys("من ان أن بان بأن وقوع حدوث")
NEGATED_SOURCE = 3
"""A speech verb or source noun at most this far after a negation reports nothing: «ولم يكشف المتحدث عن وقت
وقوع الاشتباك», «ولم يذكر المصدر مزيدا من التفاصيل», «ولم يصدر حتى اللحظة بيان»."""


def still(keys: list[str], j: int) -> bool:
    """«لا» at ``j`` starts «لا تزال/لا يزال» (still)."""
    return j + 1 < len(keys) and keys[j + 1] in STILL


def pluperfect(keys: list[str], j: int, tokens: list[Token] | None = None) -> bool:
    """«قد» at ``j`` follows «كان» within six words («وكانت القوات … قد تعرضت»), or a perfect verb with the ت of
    its feminine subject follows it («وكانت أحياء المدينة القديمة، والجمهوري، والنقطة الرابعة، والإخوة، قد تعرضت
    لقصف»: the ت of «تعرضت» begins a perfect of the form تفعّل, not an imperfect; «قد تثبت» is too short to tell)."""
    nxt = keys[j + 1] if j + 1 < len(keys) else ""
    if tokens is not None and any(_aux(tokens[i].norm) for i in range(max(0, j - 6), j)):
        return True  # «وكان المسؤولان التونسيان قد التقيا»: the key of «وكان» loses وك as a preposition
    return any(k in PLUPERFECT_AUX for k in keys[max(0, j - 6) : j]) or (
        len(nxt) >= 5 and nxt.startswith("ت") and nxt.endswith("ت")
    )


def _aux(norm: str) -> bool:
    """A word is «كان» and its forms with و/ف before it («وكان», «فكانت»)."""
    return norm in PLUPERFECT_AUX or (norm[:1] in "وف" and norm[1:] in PLUPERFECT_AUX)


NEGATED_LIGHT = word_keys("يتم تتم تم يجر تجر يجري تجري يحدث تحدث يقع تقع تشهد يشهد")
"""Light verbs after a negation whose subject or object is the event: «لم يتم اعتقال … والتحقيق»."""


def new_subject(tokens: list[Token], keys: list[str], j: int, first: int) -> bool:
    """The negation at ``j`` ends before the trigger at ``first``: the trigger is a definite noun with «و» that
    opens a clause of its own past the negated verb and one word more («ذكر المرصد أن صورة الاتفاق النهائي لم
    تتبلور بعد والمفاوضات مستمرة»: the talks go on)."""
    tok = tokens[first]
    return first - j >= 3 and tok.prefix == "و" and tok.core.startswith("ال") and keys[j + 1] not in NEGATED_LIGHT


def anaphoric(tokens: list[Token], first: int) -> bool:
    """A demonstrative right before the trigger («لهذه الضربات», «تلك الاشتباكات», «هذا الهجوم») points back to an
    event already told: the future or the date around it is not the event's."""
    return first > 0 and strip_article(tokens[first - 1].core) in DEMONSTRATIVES


def planned_after(keys: list[str], last: int) -> bool:
    """An adjective of what is to come right after the trigger («المباحثات المقبلة», «احتجاجات أخرى مرتقبة»)."""
    j = last + 1
    while j < min(len(keys), last + 3) and (keys[j] in OTHER or keys[j] in RELATIVE):
        j += 1  # «إضرابا كان مقررا», «الاجتماع الذي كان مقررا»
    return j < len(keys) and keys[j] in PLANNED_AFTER


def under_way(tokens: list[Token], keys: list[str], first: int) -> bool:
    """«وجارٍ إلقاء القبض»: «جار» without the article one or two words before the trigger."""
    return any(keys[j] in UNDER_WAY and not tokens[j].core.startswith("ال") for j in range(max(0, first - 2), first))


def _with_b(tok: Token) -> bool:
    return "ب" in tok.prefix or tok.core.startswith("ب")


def charged(tokens: list[Token], keys: list[str], first: int) -> bool:
    """The trigger is the act of a charge: «المتهمة بشن هجوم», «متهم باعتدائه», «بتهمة قتل»."""
    if first > 0 and keys[first - 1] in CHARGE_NOUN:
        return True
    for j in range(max(0, first - 3), first):
        if keys[j] in CHARGE and (_with_b(tokens[first]) or any(_with_b(tokens[i]) for i in range(j + 1, first))):
            return True
    return False


def talked_or_admitted(tokens: list[Token], keys: list[str], first: int) -> bool:
    """«تحدث عن مقتل … قبل غارات أمس», «أقر التنظيم بمقتل زعيمه في هجوم»: before the trigger in the sentence."""
    for j in range(first):
        if bare_key(keys[j], TALKED) and "عن" in keys[j + 1 : min(first, j + 4)]:
            return True
        if bare_key(keys[j], ADMITTED) and any(
            _with_b(tokens[i]) for i in range(j + 1, min(first + 1, j + 1 + ADMISSION_REACH))
        ):
            return True
    return False


def as_described(keys: list[str], first: int) -> bool:
    """«ما وصفه بـ"الهجوم البشع"»: «ما» + a form of «وصف» at most four words before the trigger."""
    return any(keys[j] == "ما" and keys[j + 1] in DESCRIBED for j in range(max(0, first - 5), first - 1))


def involvement(keys: list[str], denial: int, first: int) -> bool:
    """Between a denial at ``denial`` and the trigger, a role or a link is what is denied («نفت أي علاقة لها
    بالتفجير»)."""
    return any(keys[j] in INVOLVEMENT for j in range(denial + 1, first))


def feared(keys: list[str], first: int) -> bool:
    """«مخاوف بأن يتسبب هجوم», «خشية وقوع هجوم»: a fear word at most four words before the trigger, followed
    by «من/أن/بأن» or a masdar of happening."""
    return any(
        keys[j] in FEAR and j + 1 <= first and (j + 1 == first or keys[j + 1] in FEAR_LINK)
        for j in range(max(0, first - 4), first)
    )


def negated_source(negation: frozenset[str], keys: list[str], j: int) -> bool:
    """A negation at most :data:`NEGATED_SOURCE` words before the speech word at ``j``."""
    return any(k in negation for k in keys[max(0, j - NEGATED_SOURCE) : j])
