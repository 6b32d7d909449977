"""Trigger tests for the news of diplomacy and protest: what a demand asks for, and idioms of progress.

Called by :meth:`marsad.events.triggers.TriggerFinder.find` for each trigger it has matched; each function says
the word is no event of the story:

* «للمطالبة بتسليم جثمان الرئيس وإطلاق سراح المحتجزين», «تطالب الحكومة بسرعة صرف التعويضات»: the masdars a
  demand governs with ب (and the masdars coordinated with the first) are what it asks for, not acts told
  (:func:`demanded`) — the demand itself is the REQUEST; so is the masdar a request noun governs in the construct
  state («تنظر الوزارة في طلب الإفراج عن ثلاثة معتقلين»);
* «مقابل رفع العقوبات»: the price of a bargain is a term of the deal (:func:`bargained`);
* «وصل وزير الخارجية إلى الدوحة في زيارة عمل لقطر»: the arrival and the visit noun after it are one visit, named by
  the noun (:func:`arrival_with_visit`);
* «هجوم شنه طالب تونسي», «طالب جامعي»: «طالب» before a nationality or a word of study is a student, no demand
  (:func:`student`);
* «قطعت المفاوضات أشواطا مهمة على طريق …»: «قطع شوطا/أشواطا» is to make progress, no road is blocked
  (:func:`distance_covered`).
"""

from __future__ import annotations

from marsad.actors.names import load_nationalities
from marsad.events.lexicon import strip_article, verb_forms, word_keys
from marsad.model import Token
from marsad.text.normalize import normalize

DEMANDS = frozenset(
    strip_article(normalize(w))
    for w in (
        "طالب طالبت طالبوا طالبا طالبتا يطالب تطالب يطالبون يطالبان تطالبان نطالب طالبه طالبها طالبهم "
        "يطالبه يطالبها يطالبهم تطالبه تطالبها تطالبهم مطالبة المطالبة مطالبا مطالبين مطالبون مطالبات "
        "مطالبتها مطالبته مطالبتهم"
    ).split()
)
"""Words of demanding (verb, masdar, participle) that govern what they ask for with ب («طالب بالإفراج عن»)."""
REQUEST_NOUNS = frozenset(normalize(w) for w in "طلب طلبات بطلب وطلب المطلوب مطلوب".split())
"""A request noun (indefinite in form: the construct state) whose genitive masdar is what is asked for, or the
participle «المطلوب» before the act it says is wanted («السعوديين الثلاثة المطلوب إطلاق سراحهم»)."""
DEMAND_SPAN = 4
"""Words a demand may stand before its ب-object (who is asked: «تطالب الحكومة بسرعة صرف»)."""
COORDINATED_SPAN = 12
"""Words back from a masdar after «و» to the demand whose first object it is coordinated with."""
CLAUSE_END = frozenset('.،,؛;:!؟?()"«»')
QUOTES = frozenset('"«»')
"""Quotation marks inside a demand's list («بالإطلاق الفوري لسراح "المعتقلين …، أو توجيه اتهام"») end no clause."""
OR_WORDS = frozenset(normalize(w) for w in ("أو", "او"))
ITEM_SPAN = 2
"""Words an item's head (its masdar with «و», or «أو») may stand before the trigger word inside the item."""
LIST_SPAN = 40
"""Words back from an item of a list opened by «أو» or a word with «و» before the trigger to the demand's object
(a Sudanese families' memorandum lists release, charges, trial, the places of detention and visits)."""
LIST_COMMA = frozenset("،,")
"""A comma before «و» separates the items of one list («بتسليم جثمانه، وإطلاق سراح المحتجزين»)."""


def _with_b(tok: Token) -> bool:
    return "ب" in tok.prefix or (tok.prefix == "" and tok.norm != tok.core and tok.norm.startswith("ب"))


def _first_object(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The token at ``i`` carries ب and a demand word stands within :data:`DEMAND_SPAN` words before it, in
    the same clause."""
    if not _with_b(tokens[i]):
        return False
    for k in range(i - 1, max(-1, i - 1 - DEMAND_SPAN), -1):
        if tokens[k].core in CLAUSE_END:
            return False
        if _demand_word(keys[k]):
            return True
    return False


def _demand_word(key: str) -> bool:
    """A demand word, also with the ل (+ ال) the tokenizer leaves on it («للمطالبة», «لمطالبة»)."""
    if key in DEMANDS:
        return True
    return (key.startswith("لل") and key[2:] in DEMANDS) or (key.startswith("ل") and key[1:] in DEMANDS)


def demanded(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The masdar at ``i`` is what a demand asks for: its ب-object («المطالبة بإطلاق سراح المعتقلين») or a
    masdar coordinated by «و» with that object in the same clause («للمطالبة بتسليم جثمان الرئيس الراحل علي
    عبدالله صالح وإطلاق سراح محتجزين»)."""
    if _first_object(tokens, keys, i):
        return True
    if i > 0 and tokens[i - 1].core in REQUEST_NOUNS:
        return True  # «طلب الإفراج عن», «بطلب إطلاق سراح»
    head = _coordinated_head(tokens, i)
    if head is None:
        return False
    for k in range(head - 1, max(-1, head - 1 - LIST_SPAN), -1):
        core = tokens[k].core
        if core in QUOTES:
            continue
        if core in CLAUSE_END and not (core in LIST_COMMA and _coordinated(tokens[k + 1])):
            return False
        if _first_object(tokens, keys, k):
            return True
    return False


def _coordinated(tok: Token) -> bool:
    return "و" in tok.prefix or tok.core in OR_WORDS


def _coordinated_head(tokens: list[Token], i: int) -> int | None:
    """The coordinated item the word at ``i`` belongs to: itself when it carries «و», or the item opened by «و» or
    «أو» a word or two before it with no punctuation between («أو توجيه اتهام واضح», «والسماح لأسرهم بزيارتهم»,
    «وتمكينهم من الاتصال»)."""
    if "و" in tokens[i].prefix:
        return i
    for k in range(i - 1, max(-1, i - 1 - ITEM_SPAN), -1):
        if tokens[k].core in CLAUSE_END:
            return None
        if tokens[k].core in OR_WORDS:
            return k
        if "و" in tokens[k].prefix:
            return k
    return None


PROGRESS = frozenset(normalize(w) for w in "شوطا شوط أشواطا اشواطا أشواط اشواط".split())
"""«قطع شوطا كبيرا», «قطعت أشواطا مهمة»: distance covered (progress made), not a road cut."""


def distance_covered(keys: list[str], last: int) -> bool:
    """The word after the verb (or the one after its subject) is «شوطا/أشواطا» (:data:`PROGRESS`)."""
    return any(k in PROGRESS for k in keys[last + 1 : last + 3])


BARGAIN = frozenset(normalize(w) for w in ("مقابل", "بمقابل", "لقاء"))
"""«تحد إيران من برنامجها النووي مقابل رفع العقوبات»: what one side gets in a deal is a term of it, not an act."""


def bargained(keys: list[str], i: int) -> bool:
    """The masdar at ``i`` follows «مقابل/لقاء» (:data:`BARGAIN`): the price of a bargain."""
    return i > 0 and keys[i - 1] in BARGAIN


STUDENT = normalize("طالب")
STUDY = frozenset(
    strip_article(normalize(w)) for w in "جامعي جامعيا بجامعة بكلية ثانوي ثانوية دكتوراه ماجستير الطب هندسة علم".split()
)
"""Words of study after «طالب» (a student): «طالب جامعي», «طالب بكلية الطب»."""
COUNTED = word_keys("مئة مائة مئتا مئتي مائتي ألف ألفا ألفي آلاف")
"""Number words before a counted singular: «مئة طالب», «ألف طالب» (a verb has its subject after it, never a
number before it)."""


def student(tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """«طالب» at ``i`` is a student: an indefinite nationality adjective or a word of study (:data:`STUDY`) follows
    it («هجوم شنه طالب تونسي»), or a number counts it («نحو 700 طالب», «ألف طالب»: :data:`COUNTED`); «طالب الوزير
    بـ…», «طالب التونسي الناس» (a nickname) have their subject after it."""
    if keys[i] != STUDENT:
        return False
    if i > 0 and (keys[i - 1].isdigit() or keys[i - 1] in COUNTED):
        return True
    if last + 1 >= len(keys):
        return False
    nxt = keys[last + 1]
    return nxt in STUDY or (nxt in load_nationalities() and not tokens[last + 1].core.startswith("ال"))


ARRIVING = frozenset(verb_forms(normalize("وصل")))
VISIT = normalize("زيار")
"""The stem of «زيارة» and its forms with a pronoun («زيارته», «زيارتها»; ة folded to ه before the pronoun: ت)."""
ARRIVAL_SPAN = 8


def arrival_with_visit(keys: list[str], i: int, last: int) -> bool:
    """The verb at ``i`` is «وصل» and a visit noun follows within :data:`ARRIVAL_SPAN` words in the same clause
    («وصل وزير الخارجية الروسي إلى الدوحة في زيارة عمل»): the noun names the visit."""
    if keys[i] not in ARRIVING:
        return False
    for k in range(last + 1, min(len(keys), last + 1 + ARRIVAL_SPAN)):
        if keys[k] in CLAUSE_END:
            return False
        if keys[k].startswith(VISIT):
            return True
    return False
