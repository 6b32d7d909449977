"""The modality of an event mention: did it happen, or is it denied, hypothetical, possible,
threatened, planned or only reported?

The rules look back from the trigger over the sentence's token keys, with the cue words of
``data/cues.tsv``, and the first that applies wins:

* a THREATEN trigger is threatened;
* a negation after a conditional («إذا لم يتم التوصل لاتفاق») → hypothetical;
* a negation just before the trigger («لم تتعرض … لأي هجوم»; not «لا تزال», still) or a denial verb earlier
  in the sentence («نفت … أن تكون طائراتها قصفت», unless a speech verb ends its scope, or what is denied is
  a role in the event: «نفت أي علاقة لها بالتفجير», or a relative clause inside what is denied), or a report
  called untrue before it («لا صحة للأخبار … حول قصف») → denied;
* a conditional («إذا», «في حال»; not «ما إذا», whether) or «أي» just before the trigger → hypothetical;
* a hedge («ربما», «قد» before an imperfect verb, not after «كان» nor before «تم»), «can» right before the trigger
  («قواته يمكنها اقتحام المدينة», :mod:`marsad.events.modal_ability`) or a fear («مخاوف بأن») → possible;
* a threat word («هدد بـ») → threatened;
* a future prefix س, a plan word («يعتزم», «من المقرر», «بانتظار»), an adjective of what is to come after
  the trigger («المباحثات المقبلة»), «جارٍ», a pledge («تعهد بإنهاء المناورات», modal_ability) or a date
  after publication (not for a past verb: «اتفقت الأطراف على إجراء انتخابات في ديسمبر القادم») → planned,
  unless a demonstrative
  shows the event was told before («سيكون لهذه الضربات أثر»);
* a quotation opened in an earlier sentence, a source or a speech verb before the trigger («أفادت مصادر»,
  «قال»; not a negated one: «ولم يكشف المتحدث»), an attribution after it in its own clause («بحسب», not past
  «حيث/في حين»), a charge («المتهمة بشن هجوم»), talk or an admission («تحدث عن», «أقر بـ») or «ما وصفه بـ»
  → reported; else asserted. An event in the description of the source («وحسب البيان الصادر عقب الاجتماعات،
  …») and «نقل» moving someone («جرى نقل الجرحى») report nothing, nor does the speaker's own act joined to his
  words by «و» («قال كيري إن …، وأدان اغتيال النائب العام», :mod:`marsad.events.modal_own`).
  The masdar «إعلان» before an event reports it («بعد إعلان المقاومة تحرير عدن»), and so does an accusation
  before its act, also of aid or talks («وتتهم السعودية إيران بدعم الحوثيين»); declaring a state of emergency
  is the act itself, asserted (:mod:`marsad.events.modal_announced`); a meeting that is the occasion of the
  statement («وقال عباس لدى ترؤسه اجتماعا طارئا …:») is asserted (:mod:`marsad.events.modal_frame`).

Helper predicates of these rules are in :mod:`marsad.events.modal_scope` and :mod:`marsad.events.modal_sources`.

A threatened strike after a THREATEN trigger («هددت … بقصف الميناء») is not an event of its own: it
becomes the threat's mode (:func:`fold_threats`).
"""

from __future__ import annotations

from marsad.events.arguments import LIGHT_VERBS, PASSIVE
from marsad.events.constructions import ON
from marsad.events.detect_clauses import alleged
from marsad.events.lexicon import EventLexicon, strip_article, word_keys
from marsad.events.mention import EventMention
from marsad.events.modal_ability import able, pledged
from marsad.events.modal_announced import accused_of, announced, declared_emergency, told_about
from marsad.events.modal_denials import denial_phrase, presupposed
from marsad.events.modal_failure import failed_to_reach
from marsad.events.modal_frame import occasion_of_speech
from marsad.events.modal_own import own_act
from marsad.events.modal_plans import planned_construction
from marsad.events.modal_schedule import scheduled
from marsad.events.modal_scope import (
    anaphoric,
    as_described,
    charged,
    feared,
    involvement,
    negated_source,
    new_subject,
    planned_after,
    pluperfect,
    still,
    talked_or_admitted,
    under_way,
)
from marsad.events.modal_sources import SPEECH_FORMS, done_after_may, in_source_phrase, moved, past_verb
from marsad.events.modal_trailing import as_announced, attributed_after
from marsad.model import Token
from marsad.text.normalize import normalize

MODALITIES = ("asserted", "reported", "threatened", "planned", "possible", "denied", "hypothetical")
FUTURE_PREFIX = "س"
NOT_SOURCE = frozenset(normalize(w) for w in ("جدير", "الجدير"))
AS_WHAT = normalize("ما")
SPOKEN = frozenset(("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "CONSULT", "AGREE", "COOPERATE", "AID"))
"""Types of what officials say and do in talks: «قال كيري بعد حوار مع شكري», «أكد العميد …، مطالبا»,
«أعلنت الجزائر عن إرسال قافلة» are the speaker's own acts, which the paper asserts; they are reported
only inside what a source says («قال مسؤول إن لافروف اجتمع …», «وأضاف: "نطالب …"»)."""
SOURCE_NOUNS = frozenset(
    strip_article(normalize(w)) for w in "مصدر مصادر وكالة بحسب حسب وفق وفقا نقلا شهود مراسل".split()
)
SCOPE_KEEPING = SOURCE_NOUNS | word_keys("بيان متحدث تقارير يفيد تفيد")
"""Source nouns after a denial verb are its subject («نفت مصادر عسكرية …»), not a new speaker ending its scope;
nor do reports that the denial rejects («نفت تقارير تفيد بأنها تعاونت»)."""
CONTENT = frozenset(normalize(w) for w in "إن أن أنه إنه أنها إنها أنهم إنهم بأن وأن".split()) | frozenset(':"«“')
"""A complementizer, a colon or an opening quote: what follows is the content of a speech verb."""
WENT_ON = frozenset(normalize(w) for w in ("تابع", "وتابع"))
"""«وتابع أن القوات عثرت …»: a speech verb only right before its content (the key
«تابع» is also «التابع», belonging to)."""
PARTICIPLE_ENDINGS = ("ا", "ه", "ين")
NOT_NEGATION_AFTER = frozenset(normalize(w) for w in ("طيار",))
"""«طائرة بدون طيار» is a drone: the «بدون» of the name negates nothing."""
ANY = frozenset(("اي", "باي", "لاي"))
"""«أي ضربات», «يرحب بأي اتفاق», «لأي هجوم» (the tokenizer leaves ب and ل on «أي»)."""
STIPULATES = frozenset(normalize(w) for w in ("يقضي", "تقضي"))
TERMS = frozenset(
    strip_article(normalize(w)) for w in "اتفاق اتفاقا اتفاقية هدنة تسوية خطة مبادرة مقترح مشروع صفقة".split()
)
STIPULATES_REACH = 12
"""«اتفاق لوقف إطلاق النار … يقضي بانسحاب التشكيلات»: the terms of an agreement or a plan are to be carried
out; the terms of an act already done are not planned («عقوبات تقضي بتجميد أرصدتهم», «صك شرعي يقضي بثبوت
ما نسب إليه … والحكم بقتله»)."""
CONDITION_REACH = 12
"""Tokens a conditional cue reaches forward («إذا لم يتم التوصل لاتفاق», «لو لم تكن هناك قواعد … لن تقصف»)."""
ORDER = normalize("امر")
"""«أمر» plans only as an order, with ب at most three words after it («وأمر بالقبض عليه», «وأمر الرئيس
باعتقال»); «أمر بشع», «أمر خطير» is a matter."""


class ModalityCoder:
    """Gives event mentions their modality, with the cue words of one lexicon."""

    def __init__(self, lexicon: EventLexicon) -> None:
        # token keys drop the article (المقرر → مقرر): so do the cue lists they are compared with
        self.negation = _keys(lexicon.cue("negation"))
        self.denial = _keys(lexicon.cue("denial"))
        self.conditional = _keys(lexicon.cue("conditional"))
        self.possible = _keys(lexicon.cue("possible"))
        self.planned = _keys(lexicon.cue("planned"))
        # «المنتظر», «المقرر» plan with the article only (the name «منتظر»); «دعوة/الدعوة» are listed both ways
        self.planned_with_article = frozenset(
            strip_article(w) for w in lexicon.cue("planned") if w.startswith("ال") and strip_article(w) != w
        ) - lexicon.cue("planned")
        self.threat = _keys(lexicon.cue("threat"))
        self.reporting = _keys(lexicon.cue("reporting")) | SPEECH_FORMS

    def modality(self, m: EventMention, keys: list[str], published_after: bool) -> str:
        """The modality of ``m`` (one of :data:`MODALITIES`), its cue recorded in ``m.cues`` for a
        negation, a denial, a condition or «أي»; ``published_after`` when the mention's date is after
        the article's."""
        first, tokens = m.first, m.sentence.tokens
        if m.entry.plover_type == "THREATEN":
            return "threatened"
        negated = [j for j in range(max(0, first - 8), first) if self._negation(keys, j)]
        condition = self._condition(keys, tokens, first)
        if negated and condition is not None and condition < negated[0]:
            # «إذا لم يتم التوصل لاتفاق», «لو لم تكن هناك قواعد … فإن تركيا لن تقصف»: a negation inside a
            # condition is as hypothetical as the condition
            m.cues.append("conditional")
            return "hypothetical"
        if any(j >= first - 3 and not new_subject(tokens, keys, j, first) for j in negated):
            m.cues.append("negation")
            return "denied"
        wide = range(max(0, first - 8), first)
        any_before = (first > 0 and keys[first - 1] in ANY) or (
            first > 1 and keys[first - 2] in ANY and not tokens[first].core.startswith("ال")
        )
        if negated and (any_before or any(keys[j] in PASSIVE for j in wide)):
            # «لم تتعرض حقول النفط … لأي هجوم», «لم تسجل أي حالة توقيف»; but in «لم تتبن أي جهة الهجوم»
            # the definite noun is the object of the negated verb, which negates the claim only
            m.cues.append("negation")
            return "denied"
        # «نفت … أن تكون», and a report called untrue: «لا صحة للأخبار … حول قصف» (marsad.events.modal_denials)
        denial = next((j for j in range(first - 1, -1, -1) if keys[j] in self.denial or denial_phrase(keys, j)), None)
        if (
            m.entry.plover_type != "REJECT"
            and denial is not None
            # «نفت … أن تكون طائراتها قصفت»; «…، مؤكدة أن انفجار» ends its scope, the subject of the
            # denial does not («نفت مصادر عسكرية أمريكية قيام الولايات المتحدة … بقصف»)
            and not any(
                keys[j] in self.reporting and strip_article(keys[j]) not in SCOPE_KEEPING
                for j in range(denial + 1, first)
            )
            and not involvement(keys, denial, first)
            # «نفى أن تكون الصواريخ التي ضربت مواقع … قد انطلقت من أراضيه»: the relative clause is granted
            and not presupposed(keys, first)
        ):
            m.cues.append("denial")
            return "denied"
        if failed_to_reach(keys, first, m.entry.plover_type):
            m.cues.append("failure")
            return "denied"  # «فشلت في التوصل إلى اتفاق»: the agreement did not come about
        if condition is not None:
            m.cues.append("conditional")
            return "hypothetical"
        if (
            first > 0
            and keys[first - 1] in ANY
            and not any(k in self.negation for k in keys[max(0, first - 4) : first])
        ):
            m.cues.append("any")
            return "hypothetical"
        for j in range(max(0, first - 8), first):
            k = keys[j]
            hedge = k != "قد" or (
                first - j <= 3
                and keys[j + 1][:1] in "يتن"
                and not pluperfect(keys, j, tokens)
                and not done_after_may(keys, j)
            )
            if k in self.possible and hedge:
                return "possible"  # «ربما تكون … شاركت», «قد يقصف»; «قد استهدف» is a pluperfect, not a hedge
        if able(tokens, keys, first):
            return "possible"  # «قواته يمكنها اقتحام المدينة في أي وقت» (modal_ability)
        if alleged(keys, m.last) or feared(keys, first):
            return "possible"  # «الهجوم المفترض بأسلحة كيمياوية», «الهجوم الكيميائي المزعوم», «مخاوف بأن يتسبب هجوم»
        window6 = keys[max(0, first - 6) : first]
        if any(k in self.threat for k in window6):
            return "threatened"
        tok = tokens[first]
        if tok.prefix.endswith(FUTURE_PREFIX):
            return "planned"
        if planned_after(keys, m.last) or under_way(tokens, keys, first):
            return "planned"  # «جلسة المباحثات المقبلة», «احتجاجات أخرى مرتقبة», «وجارٍ إلقاء القبض»
        if scheduled(m, keys):
            return "planned"  # «وذكرت أن لافروف يزور قطر», «ويلتقي كيري … الاثنين نظراءه» (modal_schedule)
        window8 = range(max(0, first - 8), first)
        told = anaphoric(tokens, first)  # «سيكون لهذه الضربات أثر»: the strikes were told before
        # «اتفقت الأطراف على إجراء انتخابات في ديسمبر القادم»: the later date is the object's, not the past verb's
        published_after = published_after and not past_verb(tok, m.entry.pos == "verb")
        if not told and (any(self._plan_word(keys, tokens, j) for j in window8) or published_after):
            return "planned"
        if not told and any(
            tokens[j].prefix.endswith(FUTURE_PREFIX) or _future_light_verb(keys[j]) for j in window8[-6:]
        ):
            return "planned"  # «سيعقد اجتماعا», «ستعقد اللجنة المشتركة اجتماعها», «سيعقدان قمة»
        if not told and pledged(tokens, keys, first):
            return "planned"  # «تعهد بإنهاء المناورات العسكرية» (modal_ability)
        if not told and planned_construction(tokens, keys, first, m.last, m.entry.pos == "verb", m.entry.plover_type):
            return "planned"  # «أمر الرئيس … بإطلاق سراح», «قررت القيادة إجراء اتصالات», «اتفاق سينهي القتال»
        if m.entry.plover_type in SPOKEN and not m.entry.pos == "verb" and self._participle_after_comma(m):
            return "asserted"  # «أكد العميد أن المدينة محاصرة، مطالبا المنظمات …»: the speaker's own demand
        if declared_emergency(keys, first, m.plover_mode, self.reporting):
            return "asserted"  # «أعلن المجلس الرئاسي … حالة الطوارئ»: the declaration is the act (modal_announced)
        if m.entry.plover_type == "CONSULT" and occasion_of_speech(tokens, keys, first, self.reporting):
            return "asserted"  # «وقال عباس لدى ترؤسه اجتماعا طارئا …:» (modal_frame)
        if _inside_quote(tokens, first):
            return "reported"
        spoken = m.entry.plover_type in SPOKEN
        if (
            # «قال كيري إن مصر دفعت ثمنا باهظا، وأدان اغتيال النائب العام»: the speaker's own act, not his words
            (self._attributed(keys, tokens, first, spoken) and not (spoken and own_act(tokens, first, m.entry.pos)))
            or attributed_after(keys, first)
            or self._as_reported(keys, first)
            or as_announced(tokens, keys, first, self.reporting)
            or charged(tokens, keys, first)
            or talked_or_admitted(tokens, keys, first)
            or as_described(keys, first)
            or announced(tokens, keys, first, m.entry.plover_type)  # «بعد إعلان المقاومة تحرير عدن» (modal_announced)
            or accused_of(tokens, keys, first)  # «وتتهم السعودية إيران بدعم الحوثيين»
            or told_about(tokens, keys, first)  # «وكشفت قطر خلال استضافتها لمعرض … عن توقيعها لاتفاقية»
        ):
            return "reported"
        return "asserted"

    def _condition(self, keys: list[str], tokens: list[Token], first: int) -> int | None:
        """The position of a conditional cue at most :data:`CONDITION_REACH` words before the trigger, or None:
        «في حال» is a condition, «في الحال» means at once; «ما إذا» asks whether («لم توضح ما إذا كان»)."""
        for j in range(max(0, first - CONDITION_REACH), first):
            k = keys[j]
            if k not in self.conditional:
                continue
            if k == "حال" and not (j > 0 and keys[j - 1] == "في" and not tokens[j].core.startswith("ال")):
                continue
            if k == "اذا" and j > 0 and keys[j - 1] == AS_WHAT:
                continue
            return j
        return None

    def _plan_word(self, keys: list[str], tokens: list[Token], j: int) -> bool:
        """A plan word of the cue list at ``j``; the forms listed with the article need it («من المنتظر أن»,
        not the name «منتظر»), and «أمر» needs ب after it."""
        k = keys[j]
        if k not in self.planned or (j > 0 and keys[j - 1] in self.negation):
            return False  # «عدم دعوة حكومته لحضور الاجتماع»: a plan denied plans nothing
        if k in self.planned_with_article and not tokens[j].core.startswith("ال"):
            return False
        if k == ORDER:  # «وأمر بالقبض عليه», «وأمر الرئيس باعتقال المتورطين»
            return any("ب" in t.prefix or t.core[:2] in ("با", "بت") for t in tokens[j + 1 : j + 4])
        if k in STIPULATES:
            return any(keys[i] in TERMS for i in range(max(0, j - STIPULATES_REACH), j))
        return True

    def _negation(self, keys: list[str], j: int) -> bool:
        return (
            keys[j] in self.negation
            and not (j + 1 < len(keys) and keys[j + 1] in NOT_NEGATION_AFTER)
            and not still(keys, j)
        )

    @staticmethod
    def _participle_after_comma(m: EventMention) -> bool:
        tok = m.sentence.tokens[m.first]
        return (
            m.first > 0
            and m.sentence.tokens[m.first - 1].text in "،,"
            and m.entry.pos == "form"
            and tok.core.endswith(PARTICIPLE_ENDINGS)
            and not set(tok.prefix) & set("بلك")  # «، وبإحالته إلى المحكمة»: a masdar after a preposition
        )

    def _as_reported(self, keys: list[str], first: int) -> bool:
        """«قتل تسعة جنود في هجوم …، على ما أعلن مصدر عسكري»: an attribution «على ما» + a speech verb
        after the trigger."""
        return any(
            keys[j] == AS_WHAT and keys[j - 1] in ON and keys[j + 1] in self.reporting
            for j in range(first + 1, len(keys) - 1)
        )

    def _attributed(self, keys: list[str], tokens: list[Token], first: int, spoken: bool = False) -> bool:
        """A source or a speech verb before the trigger («أفادت مصادر», «قال المتحدث إن»); «جدير بالذكر
        أن» is no source. (Requiring the speech verb's content clause, «قال … إن», measured worse on
        the development part: reporters often drop it; it is required for the ``spoken`` types, see
        :data:`SPOKEN`, unless the cue is a source noun.)"""
        for j in range(first):
            k = keys[j]
            went_on = k in WENT_ON and j + 1 < len(keys) and keys[j + 1] in CONTENT
            if (
                not went_on
                and k not in self.reporting
                and not (len(k) > 3 and k[0] in "وف" and k[1:] in self.reporting)
            ):
                continue  # the tokenizer sometimes leaves و on a speech verb («وأضافت أن»)
            if j > 0 and keys[j - 1] in NOT_SOURCE:
                continue
            if negated_source(self.negation, keys, j):
                continue  # «ولم يكشف المتحدث عن وقت وقوع الاشتباك»: a source that says nothing of it
            if moved(tokens, keys, j):
                continue  # «جرى نقل القيادية إلى المستشفى»: a transfer, not a report
            if in_source_phrase(keys, j, first):
                continue  # «وحسب البيان الصادر عقب الاجتماعات، …»: the meetings are the statement's occasion
            if spoken and strip_article(k) not in SOURCE_NOUNS and not any(c in CONTENT for c in keys[j + 1 : first]):
                continue
            return True
        return False


def _future_light_verb(key: str) -> bool:
    """A light verb with the future prefix the tokenizer left on it: «سيعقدان», «ستجري»."""
    if len(key) < 5 or key[0] != FUTURE_PREFIX or key[1] not in "يتن":
        return False
    rest = key[1:]
    return rest in LIGHT_VERBS or (rest[-2:] in ("ان", "ون") and rest[:-2] in LIGHT_VERBS)


def _keys(words: frozenset[str]) -> frozenset[str]:
    return frozenset(strip_article(w) for w in words)


THREAT_OBJECT_SPAN = 20
"""Tokens a threat's ب-object may stand from the threat verb («توعد داعش مجلس النواب … بعمليات ذبح»)."""
OPERATIONS = frozenset(("عمليات", "عمليه"))
LIGHT_MASDARS = frozenset(normalize(w) for w in "فرض شن استخدام تنفيذ".split())
"""Masdars that carry the threatened act as their object: «لوّح بفرض عقوبات», «لوح فيها لفرض عقوبات جديدة»,
«هدد بشن غارات» (the light masdar may take ب or ل)."""


def _threat_object(threat: EventMention, m: EventMention) -> bool:
    """«هددت القيادة العامة …، أمس الجمعة، باستهداف السفن», «توعد … بعمليات ذبح»: the masdar after ب
    (or after «بعمليات») that follows a threat verb is the threatened act, however long the subject
    between them; the cue window of :class:`ModalityCoder` is too short for it."""
    if threat.sentence is not m.sentence or not 0 < m.first - threat.last <= THREAT_OBJECT_SPAN:
        return False
    if threat.modality != "threatened":
        return False  # a denied or reported-as-denied threat has no object to fold
    tokens = m.sentence.tokens
    tok = tokens[m.first]
    if "ب" in tok.prefix:
        return True
    j = m.first - 1
    while j > threat.last and not tokens[j].core.isalnum():
        j -= 1  # «بعمليات “ذبح وقتل”»: past the quotation mark
    if j <= threat.last:
        return False
    if strip_article(tokens[j].core) in LIGHT_MASDARS and j == m.first - 1:
        return bool({"ب", "ل"} & set(tokens[j].prefix))
    return "ب" in tokens[j].prefix and strip_article(tokens[j].core) in OPERATIONS


def fold_threats(found: list[EventMention]) -> list[EventMention]:
    """«هددت قوات حفتر بقصف الميناء»: the threatened strike is the THREATEN event's mode, not an event
    of its own (a threat is not an attack)."""
    out: list[EventMention] = []
    for m in found:
        threat = next((t for t in reversed(out) if t.entry.plover_type == "THREATEN" and t.last < m.first), None)
        if m.entry.plover_type != "THREATEN" and threat is not None and _threat_object(threat, m):
            m.modality = "threatened"
        if m.modality == "threatened" and m.entry.plover_type != "THREATEN" and threat is not None:
            if threat.plover_mode is None:
                threat.plover_mode = (
                    "assault" if m.entry.plover_type == "ASSAULT" else m.plover_mode or m.entry.plover_type.lower()
                )
            continue
        out.append(m)
    return out


QUOTES = frozenset('"“”')
"""Quotation marks whose direction writers mix («لـ”سفك الدماء … الأشلاء”»): only their number counts."""


def _inside_quote(tokens: list[Token], first: int) -> bool:
    """The trigger stands inside a quotation opened in an earlier sentence: a closing «»» after it with no
    «««, or an even number of quotation marks before it and an odd number after it («لهذا نحن نطالب حزب
    العمال …»», «وفجرت نفسها فور نزولها من السيارة …"»). The quotation is a source's words: reported; quotes
    paired inside the sentence («أحبطت "هجوما إرهابيا"») report nothing."""
    opened = closed = 0
    for t in tokens[first + 1 :]:
        opened += t.text == "«"
        closed += t.text == "»"
    if closed > opened:
        return True
    before = sum(t.text in QUOTES for t in tokens[:first])
    after = sum(t.text in QUOTES for t in tokens[first + 1 :])
    return before % 2 == 0 and after % 2 == 1
