"""Three constructions of announcing and accusing that decide a mention's modality.

* The masdar of announcing before an event reports it, as the verb does: «بعد إعلان المقاومة الشعبية تحرير
  مدينة عدن», «منذ الإعلان في منتصف يوليو عن استعادة المدينة», «حيث تمّ الإعلان أخيرا عن زيارة لوفد». The cue
  list of the coder holds the verbs «أعلن/أعلنت» only, and the masdar has no content clause.
* Declaring a state of emergency is the act itself, not a report of it: «أعلن المجلس الرئاسي … حالة الطوارئ في
  العاصمة», «وأعلنت حال الطوارئ في ولاية كسلا» are asserted (the declaring verb is the only source before).
* Revealing or talking about an event reports it, however long the subject between the verb and «عن»: «وكشفت قطر
  خلال استضافتها لمعرض الدوحة الدولي للدفاع البحري عن توقيعها لاتفاقية», «تحدثت وسائل إعلام تركية عن توقيع».
* The act of an accusation is alleged, so reported, also for what officials do (aid, support, talks): «وتتهم
  السعودية إيران بدعم الحوثيين», «بعد اتهام لندن موسكو بالوقوف وراء تسميم الجاسوس». The coder's speech verbs
  need a content clause for these types (:data:`marsad.events.modality.SPOKEN`), and its charge words reach three
  words only (:func:`marsad.events.modal_scope.charged`).

Called by :class:`marsad.events.modality.ModalityCoder`.
"""

from __future__ import annotations

from marsad.events.constructions import CLAUSE_BREAKS
from marsad.events.lexicon import word_keys
from marsad.events.mention import STATEMENTS
from marsad.model import Token
from marsad.text.normalize import normalize

ANNOUNCEMENT = word_keys("إعلان بإعلان وإعلان")
"""The masdar of announcing (the article off: «الإعلان», «بالإعلان»)."""
ANNOUNCE_REACH = 6
"""At most this many words from the masdar to the trigger («بعد إعلان المقاومة الشعبية تحرير»)."""
ABOUT = normalize("عن")
NOT_BETWEEN = word_keys("الذي التي الذين بعد قبل عقب إثر اثر منذ خلال أثناء اثناء حول بشأن إزاء لدى")
DECLARE = word_keys("أعلن أعلنت يعلن تعلن أعلنوا وأعلن وأعلنت إعلان")
DECLARE_REACH = 8
"""At most this many words from the declaring verb to the state of emergency (its subject and a day between:
«أعلن المجلس الرئاسي لحكومة الوفاق الوطني الليبية، الأحد، حالة الطوارئ»)."""
ACCUSE = word_keys(
    "اتهم اتهمت اتهموا يتهم تتهم يتهمون واتهم واتهمت اتهام باتهام واتهام اتهامات اتهامه اتهامها متهما متهمة"
)
ACCUSE_REACH = 7
"""At most this many words from the accusation to the trigger («وتتهم السعودية إيران بدعم»)."""
CARRIERS = word_keys("وقوف مسؤولية مسئولية تورط ضلوع شن تنفيذ ارتكاب")
"""Nouns after ب that carry the alleged act: «بالوقوف وراء تسميم», «بالمسؤولية عن الغارة», «بالتورط في
الهجوم», «بشن هجوم»."""
CARRIER_LINKS = word_keys("وراء خلف عن في")


def announced(tokens: list[Token], keys: list[str], first: int, kind: str) -> bool:
    """The masdar «إعلان» at most :data:`ANNOUNCE_REACH` words before the trigger, with no punctuation, quote,
    relative pronoun or word of time or cause between («إعلان القاهرة الذي صدر في ختام زيارة», «الإعلان عن تلك
    القمة بعد محادثات»); the trigger right after «عن» or after the masdar's subject («إعلان المقاومة الشعبية
    تحرير»), not an indefinite accusative («منذ إعلان النتائج احتجاجا»: the protest's reason). Not a statement
    («إعلان بعض مقاتليها الولاء لتنظيم داعش», «أعلن مقاتلون مبايعة»: declaring allegiance is the act)."""
    if kind in STATEMENTS or _adverbial(tokens[first]):
        return False
    for j in range(first - 1, max(-1, first - ANNOUNCE_REACH - 1), -1):
        if tokens[j].text in CLAUSE_BREAKS or not tokens[j].core[:1].isalpha() or keys[j] in NOT_BETWEEN:
            return False
        if keys[j] == ABOUT and j < first - 1:
            return False  # «الإعلان عن خطط هجمات»: what is announced is another noun
        if keys[j] in ANNOUNCEMENT:
            return "ل" not in tokens[j].prefix  # «خطة الجيش لإعلان تحريرها»: an aim, not a report
    return False


def _adverbial(tok: Token) -> bool:
    """An indefinite accusative masdar («احتجاجا», «تنديدا»): the purpose or the manner of another act."""
    return tok.core.endswith("ا") and not tok.core.startswith("ال") and not tok.prefix


def declared_emergency(keys: list[str], first: int, mode: str | None, reporting: frozenset[str]) -> bool:
    """A state of emergency declared by a verb of announcing less than :data:`DECLARE_REACH` words before it
    (punctuation not counted), and
    no other source or speech word earlier in the sentence («وأكد مسؤولون أن إعلان الطوارئ» stays reported)."""
    if mode != "state-of-emergency":
        return False
    words = 0
    for j in range(first - 1, -1, -1):
        if keys[j] in DECLARE:
            break
        words += keys[j][:1].isalpha()
        if words >= DECLARE_REACH:
            return False
    else:
        return False
    return not any(keys[j] in reporting and keys[j] not in DECLARE for j in range(first))


TOLD = word_keys("كشف كشفت يكشف تكشف كشفوا وكشف وكشفت تحدث تحدثت يتحدث تتحدث تحدثوا وتحدث وتحدثت")
TOLD_REACH = 12
"""At most this many words from «كشف/تحدث» to the «عن» right before the trigger."""


def told_about(tokens: list[Token], keys: list[str], first: int) -> bool:
    """«عن» right before the trigger, and a verb of revealing or talking (:data:`TOLD`) at most :data:`TOLD_REACH`
    words before it, with no punctuation between («تحدث مع» is a call, and «عن» must follow)."""
    if first < 2 or keys[first - 1] != ABOUT:
        return False
    for j in range(first - 2, max(-1, first - TOLD_REACH - 2), -1):
        if tokens[j].text in CLAUSE_BREAKS:
            return False
        if keys[j] in TOLD:
            return True
    return False


def accused_of(tokens: list[Token], keys: list[str], first: int) -> bool:
    """The trigger is the act an accusation charges, after ب («تتهم السعودية إيران بدعم الحوثيين») or after a
    noun of :data:`CARRIERS` with ب («باتهام لندن موسكو بالوقوف وراء تسميم»), with no punctuation between."""
    for j in range(first - 1, max(-1, first - ACCUSE_REACH - 1), -1):
        if tokens[j].text in CLAUSE_BREAKS:
            return False
        if keys[j] not in ACCUSE:
            continue
        if _with_b(tokens[first]) and not any(_with_b(tokens[i]) for i in range(j + 1, first)):
            return True
        carrier = next((i for i in range(j + 1, first) if _carrier(tokens[i], keys[i])), None)
        return carrier is not None and all(keys[i] in CARRIER_LINKS for i in range(carrier + 1, first))
    return False


def _with_b(tok: Token) -> bool:
    return "ب" in tok.prefix


def _carrier(tok: Token, key: str) -> bool:
    """«بالوقوف», «بشن» (the tokenizer may leave ب on a short word)."""
    return (_with_b(tok) and key in CARRIERS) or (tok.core.startswith("ب") and key[1:] in CARRIERS)
