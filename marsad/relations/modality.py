"""The modality of a relation: asserted, reported, denied, ended, unconfirmed or hypothetical.

A negation before the cue or a denial verb earlier in the sentence denies it («عدم تخليها عن» is
support, not denied); a modality word of the cue table (``modality:X`` rows: السابق، انشق، سحب، تراجع،
لم يتأكد، يشتبه، إذا، عزمهما، يرغب …) ends it or makes it unconfirmed or hypothetical; a source or an
accusation before it, or a speech verb whose quoted clause holds it («قال … إن …»), reports it. A title
or kin apposition, and a leader named by «بقيادة», are the writer's description: not reported.
"""

from __future__ import annotations

from marsad.events.lexicon import strip_article
from marsad.events.modality import ModalityCoder
from marsad.model import Token
from marsad.relations.lexicon import RelationLexicon
from marsad.relations.names import QUOTES
from marsad.relations.slots import Found, norm_words
from marsad.text.normalize import normalize
from marsad.text.tokens import is_arabic_word

SPEECH = frozenset(
    strip_article(normalize(w))
    for w in "قال قالت يقول تقول أفاد أفادت أكد أكدت أشار أشارت ذكر ذكرت أوضح أوضحت أضاف أضافت أعلن أعلنت".split()
)
"""A quoted speaker: what follows «إن/أن», a colon or a quote is theirs; the words between the verb and
it describe the speaker («وقال أحمد المسماري المتحدث باسم "جيش ليبيا الوطني" الذي يقوده حفتر، إن …»)."""
ATTRIBUTION = frozenset(
    strip_article(normalize(w))
    for w in "مصادر مصدر بحسب حسب وفقا وفق نقلت نقل تتهم يتهم اتهم اتهمت اتهام اتهامه اتهامها اتهامهم".split()
)
"""Attribution with no quoted clause: sources and accusations («وتتهم حكومة الوفاق الإمارات بتمويل …», «لاتهامه
بالارتباط بـ»).
Not «أعلن», which states the link itself."""
REPORTING = SPEECH | ATTRIBUTION
ANNOUNCED = norm_words("أعلن أعلنت")
"""«أعلن … أن …» reports what follows «أن» («وأعلنت السلطات … أنها وقعت اتفاقا»); «أعلن» with its object states the
link itself («أعلنت ولاءها لـ»), which a source further back may still report."""
AFTER_THE_FACT = norm_words("حسب بحسب وفق وفقا")
"""A trailing attribution: «…، وفق ما أعلن المرصد السوري», «…، حسب ما قالت مصادر عسكرية», «… حسب تقرير أممي»
(the whole sentence is the source's), with «ما» or a source noun after it — not «وفقا لنظام تقاسم السلطة»."""
SOURCE_NOUNS = norm_words("ما مصادر مصدر تقرير تقارير بيان")
THAT = norm_words("أن ان")
"""«نفى أن يكون …»: a denied clause, not a denial next to an apposition («نفى أحمد عيد رئيس الاتحاد …»)."""
REFUSAL = norm_words("رفض رفضت يرفض ترفض يرفضون رفضه رفضها رفضهم")
"""A refusal right before the cue negates it like «لا»: «المجلس يرفض أي حوار مع مجلس النواب» (denied),
«رفضه التخلي عن حفتر» (support)."""
TASKS = norm_words("تشكيل")
"""A leadership cue naming a task not yet done: «كلف … عادل عبد المهدي بتشكيل حكومة جديدة» (hypothetical, like
a nomination), unlike «كلف نجلاء بودن برئاسة الحكومة» (asserted)."""
FORMER = norm_words("السابق السابقة سابقا الأسبق الأسبقة")
"""Modality words that end only the cue right before them («القيادي السابق في»)."""


class RelationModality:
    """Reads the modality of relations from the cue table's modality words and the event modality cues."""

    def __init__(self, lex: RelationLexicon, modal: ModalityCoder) -> None:
        self.modal = modal
        self.modality_index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, value in lex.modality.items():
            self.modality_index.setdefault(words[0], []).append((words, value))

    def __call__(self, f: Found) -> str:
        """The modality of a relation found in a sentence."""
        keys = f.keys
        i, last = f.hit.first, f.hit.last
        negated = any(k in self.modal.negation or k in REFUSAL for k in keys[max(0, i - 3) : i])
        if f.hit.cue.words[0].startswith(("تخل", "يتخل", "تتخل")):
            return "asserted" if negated else "ended"  # «عدم تخليها عن حفتر» is support
        lo, hi = max(0, i - 8), max(last, f.source.last, f.target.last) + 4
        skip = f.others
        if f.hit.gap is not None and keys[f.hit.gap[1] - 1] in "،,":
            # «وتتمركز ميليشيات الكانيات، الموالية سابقا لحكومة الوفاق، في …»: the apposition's «سابقا» is
            # its own, not the cue's around it
            comma = next(j for j in range(*f.hit.gap) if keys[j] in "،,")
            skip = f.others | frozenset(range(comma, f.hit.gap[1]))
        window = [
            "" if lo + n in skip else (k if k in self.modality_index or not f.stems else f.stems[lo + n])
            for n, k in enumerate(keys[lo:hi])
        ]  # «انشقاقه» is «انشقاق» with a pronoun
        matched = [
            (words, value)
            for j, k in enumerate(window)
            for words, value in self.modality_index.get(k, ())
            if tuple(window[j : j + len(words)]) == words
            # «السابق» qualifies the word before it: «القيادي السابق في» ends the membership, «الموالية
            # للرئيس اليمني السابق» does not end the loyalty
            and (words[0] not in FORMER or i < lo + j <= last + 2)
        ]
        found = {value for _, value in matched}
        if f.hit.cue.type == "leads" and f.hit.cue.words[0] in TASKS and not negated:
            return "hypothetical"
        if f.hit.cue.pattern in ("title", "kin") or (f.hit.cue.pattern == "after_before" and f.hit.cue.type == "leads"):
            # an apposition («راشد الغنوشي، رئيس حركة النهضة») is the writer's, even inside a quote or a
            # condition; it is denied only by a negation on it or a denied clause («نفى أن يكون عضوا في»)
            if "ended" in found and not negated:
                return "ended"
            denial = next((j for j in range(i - 1, -1, -1) if keys[j] in self.modal.denial), None)
            if negated or (denial is not None and any(keys[j] in THAT for j in range(denial + 1, i))):
                return "denied"
            return "asserted"
        if "unconfirmed" in found:
            return "unconfirmed"  # «لم يتأكد بعد دعم …» is not a denial
        if any(value == "ended" and words[0] in self.modal.negation for words, value in matched):
            return "ended"  # «لم تعد الإمارات تدعم حفتر»: a negation that ends, not denies
        if negated or any(k in self.modal.denial for k in keys[:i]):
            return "denied"
        for value in ("ended", "hypothetical"):
            if value in found:
                return value
        if f.hit.cue.pattern == "verb" and (_future(f.sentence.tokens[i]) or (i > 0 and keys[i - 1] in WILL)):
            return "hypothetical"  # «سيلتقي نتنياهو بوتين», «سوف يدعم»: planned, not yet done
        if (
            f.hit.cue.type == "negotiates_with"
            and f.hit.cue.pattern == "verb"
            and f.sentence.tokens[i].core[:1] in ("ي", "ت")
            and any(k in LATER for k in keys[i + 1 : hi + 6])
        ):
            return "hypothetical"  # «يلتقي نتنياهو بالرئيس الروسي … الأسبوع المقبل»: an imperfect with a time to come
        if self.reported(f, keys):
            return "reported"
        if any(k in self.modal.conditional for k in keys[max(0, i - 8) : i]):
            return "hypothetical"
        return "asserted"

    @staticmethod
    def reported(f: Found, keys: list[str]) -> bool:
        """The relation is attributed: a source or an accusation before it, or a speech verb whose
        quoted clause («إن …», «: "…"») holds it. Not the description of the speaker itself («واتهمت
        الداخلية التابعة لحماس …»: the ministry's affiliation is the writer's)."""
        i = f.hit.first
        toks = f.sentence.tokens
        for j in range(i - 1, -1, -1):
            k = keys[j]
            if k not in REPORTING:
                continue
            if f.hit.cue.pattern == "modifier" and j < f.source.first and f.source.first - j <= 2:
                return False
            if k in ATTRIBUTION:
                return True
            quoted = any(keys[m] in THAT or toks[m].text == ":" or _statement(toks, m) for m in range(j + 1, i))
            if not quoted and k in ANNOUNCED:
                continue  # «كشفت مصادر أن جماعة … أعلنت ولاءها»: the link announced, inside what the source says
            return quoted
        end = max(f.hit.last, f.source.last, f.target.last)
        return any(
            keys[m] in AFTER_THE_FACT and keys[m + 1] in SOURCE_NOUNS and toks[m - 1].text in "،,"
            for m in range(end + 1, len(keys) - 1)
        )


LATER = norm_words("المقبل المقبلة القادم القادمة غدا لاحق لاحقا")
"""A time to come after an imperfect meeting verb: «يلتقي … الأسبوع المقبل», «… في وقت لاحق»."""
WILL = norm_words("سوف")
"""«سوف يلتقي»: the particle of the future before a verb cue."""


def _future(tok: Token) -> bool:
    """A verb with the future prefix س («سيلتقي», «وستدعم»); the tokenizer splits it off an imperfect verb."""
    return tok.prefix.endswith("س") and tok.core[:1] in "يتنا"


def _statement(toks: list[Token], m: int) -> bool:
    """Token ``m`` opens a quoted statement (more than four words), not a quoted name («"جيش ليبيا
    الوطني"»)."""
    if toks[m].text not in QUOTES or sum(t.text in QUOTES for t in toks[:m]) % 2:
        return False  # a closing quote
    words = 0
    for t in toks[m + 1 :]:
        if t.text in QUOTES:
            break
        words += is_arabic_word(t)
    return words > 4
