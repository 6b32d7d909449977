"""Constructions of political reporting that make an event planned, beyond the cue words of ``data/cues.tsv``.

Diplomatic and official news tells what is decided, ordered or agreed before it happens, and the event
noun then names something still to come:

* an order or a decree whose ب-object is the event: «أمر الرئيس السوداني عمر البشير بإطلاق سراح …» (the
  ب may stand farther from «أمر» than the cue window allows, past the named subject), «أصدر مرسوما
  بإطلاق سراح», «قرارا بإغلاق»;
* a decision whose object is the event: «قررت القيادة الفلسطينية إجراء اتصالات», «قرر المجلس عقد اجتماع»;
  not a measure a decision itself imposes («قرر رئيس الجمهورية تمديد حالة الطوارئ», «قررت فرض عقوبات»);
* an agreement on the event: «تم الاتفاق على مواصلة … اجتماعاته», «اتفق الجانبان على عقد جولة»;
* a verb that paves the way to the event: «مما يمهد إلى "مصالحة"», «تمهد لاتفاق»;
* the event noun with a future verb after it, at once or in a relative clause: «بشأن اتفاق سينهي القتال»,
  «اجتماع كيري مع لافروف الذي سيشارك فيه …».

Called by :meth:`marsad.events.modality.ModalityCoder.modality` after its cue words, before the rules of
reported speech (a planned event inside a statement stays planned, as annotated).
"""

from __future__ import annotations

from marsad.events.constructions import ON, PHRASE_BREAKS, QUOTE_MARKS
from marsad.model import Token
from marsad.text.normalize import normalize

FUTURE = "س"
ORDERS = frozenset(normalize(w) for w in ("أمر", "أمرت", "يأمر", "تأمر", "وأمر", "وأمرت"))
"""Verbs of ordering; the key keeps a و the tokenizer left on a short verb («وأمر»)."""
ORDER_REACH = 6
"""Words from «أمر» to its ب-object: the subject with its titles stands between («أمر الرئيس السوداني عمر
البشير بإطلاق»)."""
DECREES = frozenset(
    normalize(w)
    for w in (
        "مرسوما مرسوم المرسوم قرارا قرار القرار أمرا أوامر تعليمات تعليماته تعليماتها توجيهات توجيهاته "
        "توجيهاتها مرسومًا قرارًا أمرًا"
    ).split()
)
"""Nouns of a decree, an order or an instruction right before the ب-object they decree («مرسوما بإطلاق سراح»)."""
DECIDES = frozenset(normalize(w) for w in "قرر قررت يقرر تقرر قرروا وقرر وقررت".split())
"""Verbs of deciding whose object is a masdar («قررت القيادة إجراء اتصالات»)."""
DECIDE_REACH = 5
AGREES = frozenset(normalize(w) for w in "الاتفاق اتفاق اتفق اتفقت اتفقا اتفقتا اتفقوا التوافق توافق".split())
"""An agreement whose object (after «على») is an act to come («تم الاتفاق على مواصلة الاجتماعات»)."""
AGREE_REACH = 5
"""Words from «على» to the trigger: a masdar and its subject may stand between («على مواصلة وفد الجيش الليبي
اجتماعاته»)."""
RELATIVES = frozenset(normalize(w) for w in "الذي التي الذين اللذين اللتين اللتان اللذان".split())
PAVES = frozenset(normalize(w) for w in "يمهد تمهد مهد مهدت يمهدان".split())
"""«مما يمهد إلى مصالحة», «خطوة تمهد لاتفاق»: what it paves the way for is still to come."""
PAVE_REACH = 4
"""Words of the subject between a verb of paving and its ل-object («تمهد قوات النظام لبسط سيطرتها»)."""


def _future_verb(tok: Token) -> bool:
    """«سينهي», «وسيعقد»: an imperfect verb with the future prefix («سيارة» keeps its س in the core)."""
    return tok.prefix.endswith(FUTURE) and tok.core[:1] in "يتنأا"


def ordered(tokens: list[Token], keys: list[str], first: int) -> bool:
    """The trigger is the ب-object of an order verb within :data:`ORDER_REACH` words with no comma between
    («أمر الرئيس عمر البشير بإطلاق سراح»), or of a decree noun right before it («أصدر مرسوما بإطلاق»)."""
    if "ب" not in tokens[first].prefix:
        return False
    if first > 0 and keys[first - 1] in DECREES:
        return True
    for j in range(first - 1, max(-1, first - ORDER_REACH - 1), -1):
        if tokens[j].text in PHRASE_BREAKS:
            return False
        if keys[j] in ORDERS and not tokens[j].core.startswith("ال"):  # «الأمر» is a matter
            return True
    return False


def decided(tokens: list[Token], keys: list[str], first: int) -> bool:
    """The trigger is a bare masdar that a verb of deciding governs, its subject between («قررت القيادة
    الفلسطينية إجراء اتصالات»)."""
    if tokens[first].prefix:
        return False  # «قررت الحكومة بعد الهجوم …»: a preposition starts another phrase
    for j in range(first - 1, max(-1, first - DECIDE_REACH - 1), -1):
        if tokens[j].text in PHRASE_BREAKS:
            return False
        if keys[j] in DECIDES:
            return True
    return False


def agreed_on(tokens: list[Token], keys: list[str], first: int) -> bool:
    """The trigger is (inside) what an agreement «على» sets: «تم الاتفاق على مواصلة وفد الجيش الليبي
    اجتماعاته», «اتفق الجانبان على عقد جولة»."""
    for j in range(first - 1, max(-1, first - AGREE_REACH - 1), -1):
        if tokens[j].text in PHRASE_BREAKS:
            return False
        if keys[j] in ON:
            return any(keys[i] in AGREES for i in range(max(0, j - 3), j))
    return False


def future_after(tokens: list[Token], keys: list[str], last: int) -> bool:
    """A future verb right after the trigger noun («اتفاق سينهي القتال») or first in a relative clause that
    follows it within four words («اجتماع كيري مع لافروف الذي سيشارك فيه»)."""
    if last + 1 < len(tokens) and _future_verb(tokens[last + 1]):
        return True
    for j in range(last + 1, min(len(tokens) - 1, last + 5)):
        if tokens[j].text in PHRASE_BREAKS:
            return False
        if keys[j] in RELATIVES:
            return _future_verb(tokens[j + 1])
    return False


PACE = frozenset(normalize(w) for w in "وتيرة وتيره تسريع تعزيز تكثيف توسيع تطوير تفعيل تعميق استئناف مواصلة".split())
"""Masdars of pace and extent before a decided event («قرر تسريع وتيرة تعاونه», «قررت تعزيز تعاونها»): the word
after them is in construct, a noun even where it reads as a verb («تعاونه»)."""
IMPOSED = frozenset(("COERCE", "SANCTION", "CONCEDE"))
"""Types of the measures a decision puts in force by itself («قرر تمديد حالة الطوارئ»): not planned by it."""


def paved(tokens: list[Token], keys: list[str], first: int) -> bool:
    """A verb of paving the way two words at most before the trigger, past «إلى» and a quotation mark («مما
    يمهد إلى "مصالحة"»), or with ل on the trigger («تمهد لاتفاق»), its subject up to :data:`PAVE_REACH`
    words between («تمهد قوات النظام لبسط سيطرتها»)."""
    j = first - 1
    while j >= 0 and tokens[j].text in QUOTE_MARKS:
        j -= 1
    if j >= 0 and keys[j] in PAVES:
        return "ل" in tokens[first].prefix
    if j > 0 and keys[j] in ("الي", "إلى", "لـ") and keys[j - 1] in PAVES:
        return True
    if "ل" not in tokens[first].prefix:
        if first == 0 or "ل" not in tokens[first - 1].prefix:
            return False
        j = first - 2  # «لبسط سيطرتها»: the ل stands on the masdar that governs the trigger
    for i in range(j, max(-1, first - PAVE_REACH - 3), -1):
        if tokens[i].text in PHRASE_BREAKS:
            return False
        if keys[i] in PAVES:
            # «حيث تمهد قوات النظام لبسط سيطرتها»: the subject stands between; an imperfect only («ومهدت بعدها
            # لاتفاقية سايكس بيكو» tells what followed)
            return keys[i][:1] in "يت"
    return False


def planned_construction(
    tokens: list[Token], keys: list[str], first: int, last: int, verb: bool, plover_type: str
) -> bool:
    """The mention from ``first`` to ``last`` (of type ``plover_type``) is planned by one of the module's
    constructions; ``verb`` when the trigger is a verb (the noun constructions apply to nouns only)."""
    if ordered(tokens, keys, first) or agreed_on(tokens, keys, first) or paved(tokens, keys, first):
        return True
    if verb:
        # «قرر الاتحاد الأوروبي تسريع وتيرة تعاونه»: a word in construct with a masdar before it is a noun
        return first > 0 and keys[first - 1] in PACE and plover_type not in IMPOSED and decided(tokens, keys, first)
    return (plover_type not in IMPOSED and decided(tokens, keys, first)) or future_after(tokens, keys, last)
