"""The modality of an event mention: did it happen, or is it denied, hypothetical, possible,
threatened, planned or only reported?

The rules look back from the trigger over the sentence's token keys, with the cue words of
``data/cues.tsv``, and the first that applies wins:

* a THREATEN trigger is threatened;
* a negation just before the trigger («لم تتعرض … لأي هجوم») or a denial verb earlier in the sentence
  («نفت … أن تكون طائراتها قصفت», unless a reporting verb ends its scope) → denied;
* a conditional («إذا», «في حال») or «أي» just before the trigger → hypothetical;
* a hedge («ربما», «قد» before an imperfect verb) → possible;
* a threat word («هدد بـ») → threatened;
* a future prefix س, a plan word («يعتزم», «من المقرر») or a date after publication → planned;
* a source or a speech verb before the trigger («أفادت مصادر», «قال») or an attribution after it
  («بحسب») → reported; else asserted.

A threatened strike after a THREATEN trigger («هددت … بقصف الميناء») is not an event of its own: it
becomes the threat's mode (:func:`fold_threats`).
"""

from __future__ import annotations

from marsad.events.arguments import LIGHT_VERBS, PASSIVE
from marsad.events.detect_clauses import alleged
from marsad.events.lexicon import EventLexicon, strip_article
from marsad.events.mention import EventMention
from marsad.text.normalize import normalize

MODALITIES = ("asserted", "reported", "threatened", "planned", "possible", "denied", "hypothetical")
FUTURE_PREFIX = "س"
NOT_SOURCE = frozenset(normalize(w) for w in ("جدير", "الجدير"))
AFTER_ATTRIBUTION = frozenset(normalize(w) for w in ("بحسب", "حسب", "حسبما", "وفقا", "وفق", "نقلا"))
AS_WHAT = normalize("ما")
ON_WORDS = frozenset(normalize(w) for w in ("على", "علي"))
SPOKEN = frozenset(("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "CONSULT", "AGREE", "COOPERATE", "AID"))
"""Types of what officials say and do in talks: «قال كيري بعد حوار مع شكري», «أكد العميد …، مطالبا»,
«أعلنت الجزائر عن إرسال قافلة» are the speaker's own acts, which the paper asserts; they are reported
only inside what a source says («قال مسؤول إن لافروف اجتمع …», «وأضاف: "نطالب …"»)."""
SOURCE_NOUNS = frozenset(
    strip_article(normalize(w)) for w in "مصدر مصادر وكالة بحسب حسب وفق وفقا نقلا شهود مراسل".split()
)
CONTENT = frozenset(normalize(w) for w in "إن أن أنه إنه أنها إنها أنهم إنهم بأن وأن".split()) | frozenset(':"«“')
"""A complementizer, a colon or an opening quote: what follows is the content of a speech verb."""
PARTICIPLE_ENDINGS = ("ا", "ه", "ين")
NOT_NEGATION_AFTER = frozenset(normalize(w) for w in ("طيار",))
"""«طائرة بدون طيار» is a drone: the «بدون» of the name negates nothing."""


class ModalityCoder:
    """Gives event mentions their modality, with the cue words of one lexicon."""

    def __init__(self, lexicon: EventLexicon) -> None:
        # token keys drop the article (المقرر → مقرر): so do the cue lists they are compared with
        self.negation = _keys(lexicon.cue("negation"))
        self.denial = _keys(lexicon.cue("denial"))
        self.conditional = _keys(lexicon.cue("conditional"))
        self.possible = _keys(lexicon.cue("possible"))
        self.planned = _keys(lexicon.cue("planned"))
        self.threat = _keys(lexicon.cue("threat"))
        self.reporting = _keys(lexicon.cue("reporting"))

    def modality(self, m: EventMention, keys: list[str], published_after: bool) -> str:
        """The modality of ``m`` (one of :data:`MODALITIES`), its cue recorded in ``m.cues`` for a
        negation, a denial, a condition or «أي»; ``published_after`` when the mention's date is after
        the article's."""
        first, tokens = m.first, m.sentence.tokens
        if m.entry.plover_type == "THREATEN":
            return "threatened"
        negated = [j for j in range(max(0, first - 8), first) if self._negation(keys, j)]
        if any(j >= first - 3 for j in negated):
            m.cues.append("negation")
            return "denied"
        wide = range(max(0, first - 8), first)
        any_before = (first > 0 and keys[first - 1] == "اي") or (
            first > 1 and keys[first - 2] == "اي" and not tokens[first].core.startswith("ال")
        )
        if negated and (any_before or any(keys[j] in PASSIVE for j in wide)):
            # «لم تتعرض حقول النفط … لأي هجوم», «لم تسجل أي حالة توقيف»; but in «لم تتبن أي جهة الهجوم»
            # the definite noun is the object of the negated verb, which negates the claim only
            m.cues.append("negation")
            return "denied"
        denial = next((j for j in range(first - 1, -1, -1) if keys[j] in self.denial), None)
        if (
            m.entry.plover_type != "REJECT"
            and denial is not None
            and not any(keys[j] in self.reporting for j in range(denial + 1, first))
        ):
            m.cues.append("denial")  # «نفت … أن تكون طائراتها قصفت»; «…، مؤكدة أن انفجار» ends its scope
            return "denied"
        for j in range(max(0, first - 12), first):
            k = keys[j]
            if k in self.conditional and (
                k != "حال" or (j > 0 and keys[j - 1] == "في" and not tokens[j].core.startswith("ال"))
            ):  # «في حال» is a condition, «في الحال» means at once
                m.cues.append("conditional")
                return "hypothetical"
        if (
            first > 0
            and keys[first - 1] == "اي"
            and not any(k in self.negation for k in keys[max(0, first - 4) : first])
        ):
            m.cues.append("any")
            return "hypothetical"
        for j in range(max(0, first - 8), first):
            k = keys[j]
            hedge = k != "قد" or (first - j <= 3 and keys[j + 1][:1] in "يتن")
            if k in self.possible and hedge:
                return "possible"  # «ربما تكون … شاركت», «قد يقصف»; «قد استهدف» is a pluperfect, not a hedge
        if alleged(keys, m.last):
            return "possible"  # «الهجوم المفترض بأسلحة كيمياوية», «الهجوم الكيميائي المزعوم»
        window6 = keys[max(0, first - 6) : first]
        if any(k in self.threat for k in window6):
            return "threatened"
        tok = tokens[first]
        if tok.prefix.endswith(FUTURE_PREFIX):
            return "planned"
        window8 = range(max(0, first - 8), first)
        if any(keys[j] in self.planned for j in window8) or published_after:
            return "planned"
        if any(tokens[j].prefix.endswith(FUTURE_PREFIX) or _future_light_verb(keys[j]) for j in window8[-6:]):
            return "planned"  # «سيعقد اجتماعا», «ستعقد اللجنة المشتركة اجتماعها», «سيعقدان قمة»
        if m.entry.plover_type in SPOKEN and not m.entry.pos == "verb" and self._participle_after_comma(m):
            return "asserted"  # «أكد العميد أن المدينة محاصرة، مطالبا المنظمات …»: the speaker's own demand
        if (
            self._attributed(keys, first, m.entry.plover_type in SPOKEN)
            or any(k in AFTER_ATTRIBUTION for k in keys[first:])
            or self._as_reported(keys, first)
        ):
            return "reported"
        return "asserted"

    def _negation(self, keys: list[str], j: int) -> bool:
        return keys[j] in self.negation and not (j + 1 < len(keys) and keys[j + 1] in NOT_NEGATION_AFTER)

    @staticmethod
    def _participle_after_comma(m: EventMention) -> bool:
        tok = m.sentence.tokens[m.first]
        return (
            m.first > 0
            and m.sentence.tokens[m.first - 1].text in "،,"
            and m.entry.pos == "form"
            and tok.core.endswith(PARTICIPLE_ENDINGS)
        )

    def _as_reported(self, keys: list[str], first: int) -> bool:
        """«قتل تسعة جنود في هجوم …، على ما أعلن مصدر عسكري»: an attribution «على ما» + a speech verb
        after the trigger."""
        return any(
            keys[j] == AS_WHAT and keys[j - 1] in ON_WORDS and keys[j + 1] in self.reporting
            for j in range(first + 1, len(keys) - 1)
        )

    def _attributed(self, keys: list[str], first: int, spoken: bool = False) -> bool:
        """A source or a speech verb before the trigger («أفادت مصادر», «قال المتحدث إن»); «جدير بالذكر
        أن» is no source. (Requiring the speech verb's content clause, «قال … إن», measured worse on
        the development part: reporters often drop it; it is required for the ``spoken`` types, see
        :data:`SPOKEN`, unless the cue is a source noun.)"""
        for j in range(first):
            k = keys[j]
            if k not in self.reporting and not (len(k) > 3 and k[0] in "وف" and k[1:] in self.reporting):
                continue  # the tokenizer sometimes leaves و on a speech verb («وأضافت أن»)
            if j > 0 and keys[j - 1] in NOT_SOURCE:
                continue
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
