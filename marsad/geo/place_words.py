"""The words of place names that the kind-word rules (:mod:`marsad.geo.context`) and the container search
(:mod:`marsad.geo.containers`) read: the kind words of ``data/kind_words.tsv`` and the test of a token as one
(:func:`kind_of`), the word sets around a name (name heads, function words, locatives, directions, list
separators), the rarity thresholds of a name's words, and the tests of one word (name-like, an adjective that
agrees with its kind word, a facility's description, an item of a list)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.model import Token
from marsad.text.lexicon import glued_conjunction, zipf
from marsad.text.normalize import normalize

KIND_WORDS_FILE = Path(__file__).parent / "data" / "kind_words.tsv"

FIRST_MAX_ZIPF = 4.5
"""A name's first word right after the kind word must be rarer than this (Zipf frequency)."""
NEXT_MAX_ZIPF = 4.1
"""A further item of a list («قريتي A وB») must be rarer still: coordination also joins common nouns."""
LIST_SEPARATORS = frozenset(("و", "–", "-", "ـ", "—", "،", ","))
NAME_HEADS = frozenset(
    normalize(w)
    for w in (
        "تل تلة جبل بني بنو أم أبو أبا عين بئر كفر دير بيت رأس وادي برج سيدي خربة الشيخ باب مرج حاسي ذراع "
        "سوق قصر بنت جسر سهل عرب حمام مزرعة عرق زاوية الزاوية مثلث دوار نجع كوم منشية عزبة آل"
    ).split()
)
"""Words that begin many two-word place names («تل أعور», «بني أنصار», «الشيخ مقصود», «عين عيسى»; «أبا»,
the accusative and genitive of «أبو», in Gulf quarter names: «حي أبا السعود», «حي أبا الخيل»; «آل», a
family whose village or quarter bears its name in the Gulf: «قرية آل مشيط», «حي آل عاصم»)."""
FUNCTION_WORDS = frozenset(
    normalize(w)
    for w in (
        "في من إلى الى على عن مع قرب بين حول عند لدى منذ بعد قبل خلال ضد نحو تحت فوق داخل خارج وسط "
        "شرق غرب شمال جنوب شرقي غربي شمالي جنوبي الشرقي الغربي الشمالي الجنوبي الشرقية الغربية الشمالية "
        "الجنوبية أن إن كان كانت التي الذي الذين هذه هذا ذلك تلك هناك هنا حيث كما وقد قد لم لن لا ما "
        "كل بعض عدة عدد أي غير سوى أو ثم حتى لكن بل المحاذية المجاورة المحيطة القريبة الحدودية المحررة "
        "المحتلة المنكوبة المتضررة النائية الواقعة"
    ).split()
)
"""Words that end a place name or never start one."""
LOCATIVE = frozenset(
    normalize(w)
    for w in (
        "في قرب بالقرب قريبا شرق غرب شمال جنوب شرقي غربي شمالي جنوبي ريف وسط محيط أطراف ضواحي داخل "
        "بمحيط بريف بضواحي بأطراف قبالة سواحل شواطئ القريبة القريب المجاورة المجاور المحاذية المحاذي "
        "المتاخمة المتاخم التابعة التابع"
    ).split()
)
"""Words that introduce the place something lies in or near («قرية X في ريف Y», «X جنوب مدينة Y»), or off
whose coast it lies («قبالة سواحل قليبية», «شواطئ زوارة»: the plurals, which no place name begins with);
adjectives of nearness too («ضاحية بنصلاوة القريبة من مدينة أربيل», «البلدة المجاورة لحلب»), and of belonging
(«قرية الحبيل التابعة لمحافظة رجال ألمع», «مركز حلي التابع لمحافظة القنفذة»)."""
BARRIERS = frozenset(("،", ",", "؛", ";", ".", "!", "؟", "?"))
"""Punctuation between a place and a later or earlier one ends the search for its container (not the
colon: a dateline «جازان:» names where the article's places lie)."""
DIRECTIONS = frozenset(normalize(w) for w in "شرق غرب شمال جنوب شرقي غربي شمالي جنوبي".split())
PLACE_PREPOSITIONS = frozenset(normalize(w) for w in "في إلى الى من".split())
DIRECTED_MAX_ZIPF = 3.5
"""A word placed by a direction («X شرق سرت») must be rarer than this to be taken as a place name."""
EVERYDAY_ZIPF = 5.5
"""A word this frequent (Zipf) is the common noun even when a gazetteer lists it («المدينة», «المنطقة»)."""


@dataclass(frozen=True, slots=True)
class Kind:
    feature: str
    in_name: bool


ADJECTIVE_MIN_ZIPF = 3.0
DESCRIPTION_MIN_ZIPF = 3.5
"""An indefinite word this common after a facility's kind word describes it, not names it: «محطة وقود»,
«قاعدة طيران الأمن», «حقل نفط», «ميناء حاويات» (names are rare words: «محطة زيزون», «قاعدة حميميم»)."""


@lru_cache(maxsize=1)
def kind_words() -> dict[str, Kind]:
    """``{normalised word: Kind}`` from ``data/kind_words.tsv``."""
    out: dict[str, Kind] = {}
    header = True
    for line in KIND_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        word, feature, in_name = line.split("\t")
        out[normalize(word)] = Kind(feature, in_name.strip() == "yes")
    return out


def kind_of(tok: Token) -> Kind | None:
    """The kind a token names («قرية», «بمحافظة», «وقريتي»; «بحي», which the tokenizer leaves whole;
    «بلدية», which it reads as «ب» + «لديه»)."""
    kinds = kind_words()
    word = tok.core
    if word.startswith("ال"):
        return None
    if word in kinds:
        return kinds[word]
    if tok.norm in kinds and (tok.core, tok.norm) != ("ادي", "وادي"):  # «وأدى» (and performed)
        return kinds[tok.norm]
    if len(word) > 2 and word[0] in "وبلف":
        rest = word[2:] if word[:2] in ("وب", "ول", "فب", "فل") and word[2:] in kinds else word[1:]
        return kinds.get(rest)
    return None


QUARTER_WORDS = frozenset(normalize(w) for w in "حي حيي أحياء ضاحية ضاحيتي".split())
"""Kind words after which a definite common word is a name too: a town's quarters and suburbs are named
by common words («حي الشعار», «حي الميدان», «حي السلم», «ضاحية الأسد»)."""


def _name_head(text: str) -> bool:
    """Whether a tagger's mention is only a name head («آل», «بني», «جبل») that a longer name continues."""
    return normalize(text) in NAME_HEADS


def _quarter_word(tok: Token) -> bool:
    """Whether a token is «حي»/«أحياء», bare or with a glued preposition or conjunction («بحي», «وأحياء»)."""
    word = tok.core
    if word in QUARTER_WORDS:
        return True
    return len(word) > 2 and word[0] in "وبلف" and (word[1:] in QUARTER_WORDS or word[2:] in QUARTER_WORDS)


UNITS = frozenset(
    normalize(w) for w in "كلم كم كيلومتر كيلومترا متر مترا ميل بالمئة بالمائة % عاما سنة ألف مليون".split()
)
"""Words after a number that make it a quantity, not a name («منطقة 20 كلم …»)."""


def _unit_after(toks: Sequence[Token], j: int) -> bool:
    return j < len(toks) and (toks[j].core in UNITS or toks[j].norm in UNITS)


def _ta_marbuta(tok: Token) -> bool:
    """Whether the «suffix» the tokenizer found is only the final «ة» of the word («السدادة» read as
    «السداد» + «ه»): a name in «ة» carries no pronoun."""
    return tok.suffix == "ه" and tok.text.endswith("ة")


BROKEN_PLURAL_KINDS = frozenset(normalize(w) for w in "قرى مدن أحياء مناطق ضواحي أودية".split())


def _names_several(word: str) -> bool:
    """Whether a kind word names several places: a dual construct («قريتي», «مديريتي»), a sound plural
    («بلدات», «محافظات») or a broken one («قرى», «مناطق»). After a singular one («قرية», «مطار») a name
    joined by «و» is a further place only when the gazetteer knows it: the «و» more often opens a clause."""
    kinds = kind_words()
    if word not in kinds and len(word) > 2 and word[0] in "وبلف" and word[1:] in kinds:
        word = word[1:]  # «وحي», «بحي»: the tokenizer leaves these whole; «حي» is no dual
    return (len(word) > 2 and word[-1] == "ي" and word[0] != "و") or word[-2:] == "ات" or word in BROKEN_PLURAL_KINDS


def _split_conj(tok: Token) -> tuple[bool, str]:
    """``(has a glued «و», the word without it)``; also for «والفريكة», which the tokenizer leaves whole."""
    if tok.prefix.startswith("و"):
        return True, tok.core
    rest = glued_conjunction(tok.norm)
    return (True, rest) if rest is not None else (False, tok.core)


def _agrees(kind: str, word: str) -> bool:
    """Whether ``word`` reads as an adjective agreeing with the kind word before it: an indefinite
    nisba («حدودية», «سكني») or a common word in ة («عازلة», «مغلقة»); names in ة are rarer."""
    if word.startswith("ال"):
        return False
    if word.endswith("ه"):  # feminine; also after a plural kind («مناطق متفرقة»)
        return word.endswith("يه") or zipf(word) >= ADJECTIVE_MIN_ZIPF
    return not kind.endswith("ه") and word.endswith("ي") and zipf(word) >= ADJECTIVE_MIN_ZIPF  # «حي سكني»


def _adjective_construct(word: str) -> bool:
    """Whether ``word``, indefinite and followed by a definite noun after a kind word, is an adjective in
    construct with that noun («منزوعة السلاح» demilitarised, «واسعة النطاق», «مكتظة السكان»), not the first
    word of a name («جلة الموت», «كرم الطراب», «ساحة الشهداء», «قلعة المضيق»): a common feminine word in «ة»
    shaped as a participle, «مفعولة» and its kin («منزوعة», «مأهولة», «محاذية») or «فاعلة» («واسعة»).
    The nouns that head place names rarely have these shapes."""
    if not word.endswith("ه") or word.startswith("ال") or word in NAME_HEADS or word in kind_words():
        return False
    participle = (word.startswith("م") and len(word) >= 6) or (len(word) == 5 and word[1] == "ا")
    return participle and zipf(word) >= ADJECTIVE_MIN_ZIPF


def _describes(word: str) -> bool:
    """Whether ``word`` right after a facility's or camp's kind word is a common indefinite noun saying what
    it is («محطة وقود», «حقل نفط», «مخيم نزوح»): not definite, not a name head, and common."""
    return not word.startswith("ال") and word not in NAME_HEADS and zipf(word) >= DESCRIPTION_MIN_ZIPF


def _quarter_item(toks: Sequence[Token], at: int, word: str) -> bool:
    """Whether ``word`` (``toks[at]`` without its «و») is a further item of a list of quarters: a definite
    word, however common («والبلد», «والجامعة», «والموظفين»), that ends its item: what follows is the list's
    next separator or «و», punctuation, a preposition or the end («أحياء المدينة والمدن الأخرى» goes on
    with an adjective and is no list of quarters)."""
    if not word.startswith("ال") or len(word) < 4 or (toks[at].suffix and not _ta_marbuta(toks[at])):
        return False
    if not _arabic_word(word) or word in FUNCTION_WORDS or word in LOCATIVE or word[2:] in kind_words():
        return False
    if word in _event_words() or word[2:] in _event_words():
        return False
    if _item_ends(toks, at + 1):
        return True
    nxt = toks[at + 1]
    return nxt.core in PLACE_PREPOSITIONS or nxt.prefix.startswith("ب")


def _item_ends(toks: Sequence[Token], j: int) -> bool:
    """Whether a list's item ends before ``toks[j]``: the end, a separator, a barrier or a glued «و»."""
    return j >= len(toks) or toks[j].norm in LIST_SEPARATORS or toks[j].norm in BARRIERS or _split_conj(toks[j])[0]


def _arabic_word(word: str) -> bool:
    return len(word) >= 2 and all("\u0621" <= ch <= "\u064a" for ch in word)


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """Words of the event lexicon («الاشتباكات», «المعارك», «القصف»): «منطقة الاشتباكات» is no name."""
    from marsad.events.lexicon import load_lexicon

    return frozenset(load_lexicon().triggers)


def _name_like(word: str, max_zipf: float, known: bool) -> bool:
    if not _arabic_word(word) or word in FUNCTION_WORDS or word in LOCATIVE or word in kind_words():
        return False
    if known:
        return True
    if word in _event_words() or (word.startswith("ال") and word[2:] in _event_words()):
        return False
    return zipf(word) < max_zipf


def _token_index(toks: Sequence[Token], offset: int) -> int:
    for k, tok in enumerate(toks):
        if tok.end > offset:
            return k
    return len(toks)


PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن", "كم")
"""Attached possessive pronouns («مينائها» its port, «استقبالهم» receiving them)."""


def pronoun_suffixed(name: str) -> bool:
    """Whether a one-word name ends with an attached pronoun after a known stem: a noun with «its»
    or «their» («ومينائها», «استقبالهم») is no place name, whatever the tagger says."""
    words = normalize(name).split()
    if len(words) != 1:
        return False
    word = words[0]
    rest = glued_conjunction(word) or word
    for suffix in PRONOUN_SUFFIXES:
        stem = rest[: -len(suffix)]
        if rest.endswith(suffix) and len(stem) >= 3:
            # «ميناي» (ميناء before a suffix), «استقبال»: the stem is a word in its own right
            if zipf(stem) >= 3.0 or zipf(stem[:-1] + "ء") >= 3.0 or zipf(stem[:-1] + "ه") >= 3.0:
                return True
    return False
