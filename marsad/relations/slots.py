"""The actors a relation cue can take in one sentence: the candidates, the slot a preposition opens,
names the recogniser missed, and lists joined by و.

:class:`SentenceSlots` is built once per sentence by :class:`marsad.relations.RelationStage`. Besides
the events' argument candidates it proposes, where a cue's grammar says an actor must stand, a definite
noun phrase the recogniser did not tag («المدعومة من النهضة», «الموالية للنظام», «بين نداء تونس
والنهضة»), never a verbal noun («التخفيف», «الاستقرار»: :func:`abstract`), a noun with a pronoun
(«قناعته») or a word of :data:`NOT_NAMES`.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, field

from marsad.actors.names import MILITIA_SPELLINGS
from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.events.mention import FUNCTION_WORDS, token_keys
from marsad.model import Document, Sentence, Token
from marsad.ner.gazetteer import load_gazetteer
from marsad.relations.lexicon import Cue
from marsad.text.normalize import normalize
from marsad.text.tokens import clitics, is_arabic_word, tokenize


def norm_words(words: str) -> frozenset[str]:
    """The normalised words, also as token keys (without the article: «الذين» → «ذين»)."""
    return frozenset(f for w in words.split() for f in (normalize(w), strip_article(normalize(w))))


Ends = list[tuple[Candidate, Candidate, str | None]]
"""A cue hit's ends: (source, target, subtype) triples, the type every end filter takes and returns."""

PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما")
PREPOSITIONS = norm_words("عن من على علي إلى الي مع في لدى لدي ضد بين عبر لصالح لسان")
"""Words after which an actor is in a prepositional phrase, hence not the subject of a clause."""
NOT_NAMES = norm_words(
    "الذي التي الذين اللذين اللتين اللواتي الآن اليوم الأمس الماضي الحالي الجاري المقبل القادم الأخير الأخيرة "
    "الأول الأولى الثاني الثانية الجديد الجديدة الكبير الكبيرة السابق السابقة المنطقة البلاد العالم الدولة الشعب "
    "الوقت الطرفين الجانبين البلدين الجهات الأطراف الأخرى الآخر المباشر العسكري العسكرية السياسي السياسية "
    "المالي اللوجستي الكامل الكاملة المطلق الرسمي الرسمية السمو المعالي السعادة الفخامة الجميع الكل كافة "
    "الموسم العام الشهر الأسبوع الفترة المرحلة المسؤول المسؤولة المحلي المحلية "
    "الجهود المساعي المبادرة المقترح الخطة المسار الثقة الحملة القتال "
    # causes, ills and occasions a cue's preposition may reach («ضد الظلم», «المعادي للمجتمع», «المشاركة في
    # المهرجان»); «المجتمع الدولي» stays a name (a nisba makes it one, :meth:`SentenceSlots._qualified`)
    "الظلم الفساد العنف التطرف الفقر المجتمع الهجرة المشاريع الحرية الديمقراطية المهرجان المسيرة التدريبات "
    "البطولة المباراة المخيم"
)
"""Definite words that are no actor of their own, never taken as an unrecognised name."""
KIN_SELF = norm_words("نجل نجلة ابنة شقيق شقيقة زوجة زوج والد والدة أرملة")
"""Kin nouns that stand for the relative when no name follows: «نجل الرئيس», «بين نجله ورئيس الوزراء»."""
TITLE_PERSONS = norm_words("الرئيس الملك الأمير الزعيم العاهل المرشد الإمام المشير")
"""Titles that stand for one person without a name: «نجل الرئيس»."""
OFFICES = norm_words("رئيس وزير زعيم قائد أمين")
"""Titles that name an office with the word after them («رئيس الوزراء», «وزير الدفاع»)."""
_GROUPS = norm_words("أطراف جماعات جهات فصائل ميليشيات مجموعات تنظيمات حركات قبائل أحزاب أجنحة")
GROUPS = _GROUPS | frozenset(v for v, c in MILITIA_SPELLINGS.items() if c in _GROUPS)
"""Plural nouns of a group of actors that, with an adjective and no name, can receive support («لأطراف
جنوبية», «لجماعات مسلحة»); «ميليشيات» in each of its press spellings («مليشيات», «ميلشيات», «ميليشات»:
:data:`marsad.actors.names.MILITIA_SPELLINGS`)."""
UNNAMED_LEADERS = norm_words("قادة قيادات زعماء")
"""Leaders of a body named by their plural title in construct with it («وقادة المقاومة»): one item of a list."""
CLAUSE_WORDS = norm_words("حيث فيما بينما الذي التي الذين عندما بعدما لكن إذ كما أن إن")
RELATIVES = norm_words("الذي التي الذين اللذين اللتين اللواتي")
"""A relative clause keeps its antecedent as subject («مصر التي أعلنت عدم تخليها عن حفتر»)."""
IN_WORDS = norm_words("في")
"""«في», alone (a post, a place, a body one serves in)."""
TO_WORDS = norm_words("إلى الى")
"""«إلى» in both spellings (they fold together)."""


@dataclass(slots=True)
class Hit:
    """One cue occurrence in a sentence."""

    cue: Cue
    first: int
    last: int
    gap: tuple[int, int] | None
    """Token range ``[start, end)`` of the cue's gap, if any."""
    pronoun: str
    """The pronoun attached to a cue word («تحالفه» → ه), or ""."""
    on_first: bool = False
    """The pronoun is on the cue's first word: on a verb, its object («تدعمها», «يقودها»)."""


@dataclass(slots=True)
class Found:
    hit: Hit
    source: Candidate
    target: Candidate
    sentence: Sentence
    subtype: str | None
    keys: list[str]
    """The sentence's token keys (for the modality cues)."""
    others: frozenset[int]
    """Tokens of the sentence's other cues (their modality words are theirs)."""
    stems: list[str] = field(default_factory=list)
    """The sentence's words without an attached pronoun («انشقاقه» → «انشقاق»)."""


@dataclass(slots=True)
class SentenceSlots:
    """One sentence with its candidates, as the end finders see it."""

    doc: Document
    sent: Sentence
    keys: list[str]
    cands: list[Candidate]
    cue_tokens: set[int]
    obliques: set[int]
    previous: Candidate | None = None
    """The actor the sentence before is about (for a pronoun at the start of this one)."""
    titles: dict[int, int] = field(default_factory=dict)
    """First token of the organisation a title names → the title's first token («رئيس المجلس»)."""
    shared: tuple[Candidate, int] | None = None
    """The subject of the last verb-first clause with a gap cue and the clause cue's last token: a verb
    with و after it and no subject of its own shares it («انشق قائد … عن …، وانضموا إلى …»)."""
    described: tuple[Candidate, int] | None = None
    """The actor a relative verb with an object pronoun described («تحالف تقوده السعودية») and that verb's
    last token: the next verbs joined by و describe it too («… ويضم عشر دول، وتدعمه بريطانيا»)."""

    def owns(self, c: Candidate) -> bool:
        """Whether ``c`` is a candidate of this sentence (its token indexes point into it)."""
        return self.sent.start <= c.start < self.sent.end and 0 <= c.first <= c.last < len(self.keys)

    def key_of(self, c: Candidate) -> str:
        """The key of a candidate's first word. :attr:`previous` comes from the sentence before, so its
        token indexes do not point into this sentence's keys: its key is taken from its own text."""
        if self.owns(c):
            return self.keys[c.first]
        words = tokenize(c.text)
        return token_keys(words[:1])[0] if words else ""

    def at(self, j: int) -> Candidate | None:
        return next((c for c in self.cands if c.first <= j <= c.last), None)

    def slot(self, j: int, lam: bool = False, joined: bool = False) -> Candidate | None:
        """The actor starting at token ``j``, the slot a preposition of the cue opens («من النهضة»,
        «لحكومة الوفاق», «بين نداء تونس»): a candidate, or else a definite noun phrase the recogniser
        missed («النهضة», «للنظام», «التيار الديمقراطي»). With ``lam`` the word must carry ل; with
        ``joined`` it is a second item and may carry و («وللرئيس قيس سعيد»)."""
        toks = self.sent.tokens
        if j >= len(toks) or (lam and not has_lam(toks[j])):
            return None
        if "و" in clitics(toks[j]) and not joined:
            return None  # «بالدعم والمؤازرة»: a conjunction starts another item, not the slot
        c = self.at(j)
        if c is None and j in self.cue_tokens:
            if self.keys[j] in KIN_SELF or self.keys[j].removesuffix("ه").removesuffix("ها") in KIN_SELF:
                nxt = self.at(j + 1) if j + 1 < len(toks) else None
                if nxt is not None and nxt.first == j + 1 and is_person(nxt) and not clitics(toks[j + 1]):
                    return nxt  # «نجله أحمد»: the relative's name
                return self.word(j)  # «بين نجله ورئيس الوزراء»: the kin noun is the actor
            return self._titled(j)
        if c is not None:
            return c if c.first == j and not c.after_prep and not c.unknown_place else None
        return self._unnamed(j)

    def word(self, j: int) -> Candidate:
        """Token ``j`` alone as an unnamed actor (its glued و/ف/ب/ل left out)."""
        return word_candidate(self.doc, self.sent.tokens[j], j)

    def _office(self, j: int) -> Candidate | None:
        """A head's title and the definite word it governs, when no name follows: «رئيس الوزراء»,
        «وزير الدفاع» — the holder of the office."""
        toks = self.sent.tokens
        if self.keys[j] not in OFFICES or j + 1 >= len(toks) or j + 1 in self.cue_tokens:
            return None
        nxt = toks[j + 1]
        if clitics(nxt) or not nxt.core.startswith("ال") or self.at(j + 1) is not None:
            return None
        start = toks[j].core_start
        return Candidate(j, j + 1, start, nxt.end, self.doc.text[start : nxt.end], None, None, False)

    def rival_at(self, j: int) -> Candidate | None:
        """The person a rival noun glued to و at token ``j`` introduces («ومنافسه الرجل القوي … خليفة حفتر»):
        the first person within :data:`RIVAL_WORDS` words, with no punctuation, clause word or و between."""
        toks = self.sent.tokens
        if toks[j].core not in RIVALS or clitics(toks[j]) != "و":
            return None
        for c in self.cands:
            if c.first <= j:
                continue
            between = range(j + 1, c.first)
            if c.first - j > RIVAL_WORDS or any(
                toks[k].text in ".،,:؟!()" or self.keys[k] in CLAUSE_WORDS or "و" in clitics(toks[k]) for k in between
            ):
                return None
            if is_person(c):
                return c
        return None

    def _titled(self, j: int) -> Candidate | None:
        """The person a title at token ``j`` introduces: «للرئيس عبد ربه منصور هادي», «للرئيس اليمني
        السابق علي عبد الله صالح», «والقائد العام للجيش الليبي، خليفة حفتر»."""
        for c in self.cands:
            if c.first <= j:
                continue
            if c.first - j > 6 or any(t.text in ".؟!" for t in self.sent.tokens[j : c.first]):
                return None
            if c.entity is not None and c.entity.type == "PER":
                return c
        return None

    def unnamed_at(self, j: int, last: int | None = None) -> Candidate | None:
        """A definite actor the recogniser missed, from token ``j`` to ``last`` (default: ``j``):
        «المملكة», «الجماعات المسلحة»; None where a candidate covers it."""
        tok = self.sent.tokens[j]
        if self.at(j) is not None or not tok.core.startswith("ال") or clitics(tok) not in ("", "و"):
            return None
        c = self._unnamed(j)
        if c is None or c.last != (j if last is None else last):
            return None
        first = j
        while (
            first > 0
            and j - first < 2
            and self.sent.tokens[first - 1].text.endswith("ة")  # a noun, never a verb: «خلية مكافحة الإرهاب»
            and not clitics(self.sent.tokens[first - 1])
            and first - 1 not in self.cue_tokens
            and self.at(first - 1) is None
        ):
            first -= 1
        if first < j:
            start = self.sent.tokens[first].core_start
            c = Candidate(first, c.last, start, c.end, self.doc.text[start : c.end], None, None, False)
        return c

    def _unnamed(self, j: int) -> Candidate | None:
        toks, keys = self.sent.tokens, self.keys
        tok = toks[j]
        # a definite noun («النهضة»), or an indefinite one in construct after ل («لحكومة الوفاق»)
        definite = tok.core.startswith("ال") or (
            has_lam(tok) and j + 1 < len(toks) and not clitics(toks[j + 1]) and toks[j + 1].core.startswith("ال")
        )
        if (
            j in self.cue_tokens
            or not is_arabic_word(tok)
            or not definite
            or tok.suffix
            or strip_marks(tok.text).endswith(("ه", "ها", "هم", "هما"))  # «قناعته», «أخيه»: a noun with a pronoun
            or abstract(strip_article(keys[j]))
            or len(keys[j]) < 3
            or keys[j] in FUNCTION_WORDS
            or (tok.core in NOT_NAMES and not self._qualified(j))
            or keys[j] in CLAUSE_WORDS
        ):
            return None
        last = definite_run(toks, j, 2, lambda k: k not in self.cue_tokens and self.at(k) is None)
        start, end = tok.core_start, toks[last].end
        if tok.prefix.endswith("لل"):
            start = tok.start + len(tok.prefix) - 1  # «للحكومة» → «لحكومة», as the gold convention writes it
        return Candidate(j, last, start, end, self.doc.text[start:end], None, None, False)

    def _qualified(self, j: int) -> bool:
        """A general word made a name by the nisba adjective after it: «الشعب الفلسطيني», «الدولة
        الليبية» (but «الشعب» alone is no actor)."""
        toks = self.sent.tokens
        if j + 1 >= len(toks) or clitics(toks[j + 1]) or (j + 1) in self.cue_tokens:
            return False
        nxt = toks[j + 1].core
        return nxt.startswith("ال") and nxt.endswith(("ي", "ية")) and nxt not in NOT_NAMES

    def _name_word(self, j: int) -> Candidate | None:
        """A one-word name in a list of people («وخالد اللذين», «وعلي،»): not a function word, no
        article, no pronoun, and the list goes on or stops right after it."""
        toks, keys = self.sent.tokens, self.keys
        tok = toks[j]
        if (
            not is_arabic_word(tok)
            or tok.core.startswith("ال")
            or tok.suffix
            or keys[j] in FUNCTION_WORDS
            or len(keys[j]) < 3
            or j in self.cue_tokens
        ):
            return None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and not (
            not is_arabic_word(nxt)
            or keys[j + 1] in CLAUSE_WORDS
            or keys[j + 1] in RELATIVES
            or keys[j + 1] in FUNCTION_WORDS  # «تحالف الحوثي وصالح بما في ذلك …»
            or "و" in clitics(nxt)
        ):
            return None
        if nxt is not None and keys[j + 1] in PREPOSITIONS and not _known_name(keys[j]):
            return None  # «الذي يتزعمه الصدر وحصل على أكبر عدد»: a verb and its complement end the list
        start = tok.core_start
        return Candidate(j, j, start, tok.end, self.doc.text[start : tok.end], None, None, False)

    def members(self, first: Candidate, names: bool = False) -> list[Candidate]:
        """«صدام وخالد», «A و B و C», «أحمد، وعلي»: ``first`` and the actors joined to it by و. With
        ``names`` (a list of people after a kin word) a single word the recogniser missed counts too
        when the list goes on or ends right after it («أبنائه صدام وخالد اللذين»)."""
        toks = self.sent.tokens
        out = [first]
        while len(out) < 8:
            j = out[-1].last + 1
            while (
                j < len(toks)
                and j - out[-1].last <= 2
                and not clitics(toks[j])
                and toks[j].core.startswith("ال")
                and self.at(j) is None
                and j not in self.cue_tokens
            ):
                j += 1  # «التيار الديمقراطي وحركة الشعب»: the adjective of a member
            if (
                j + 1 < len(toks)
                and toks[j].text in "،,"
                and (names or (j + 1 in self.cue_tokens and clitics(toks[j + 1]) == "و"))
            ):
                # «إخوانه أحمد، وعلي»; «بين رئيس جنوب السودان سلفاكير ميرديت، وزعيم المعارضة …»: a titled
                # second item; elsewhere a comma ends the list
                j += 1
            then = (
                j + 2 < len(toks)
                and toks[j].text in "،,"
                and self.keys[j + 1] in THEN
                and not clitics(toks[j + 2])
                and (j + 2 in self.cue_tokens or ((named := self.at(j + 2)) is not None and is_person(named)))
            )
            if then:
                # «سيلتقي ظريف الرئيس السوري بشار الأسد، ثم رئيس الوزراء عماد خميس»: one met after the other
                j += 2
            elif j >= len(toks) or clitics(toks[j]) != "و":
                break
            c = self.at(j)
            if c is None and j in self.cue_tokens:
                nxt = self._titled(j) or self._office(j)  # «بين نجله ورئيس الوزراء»
            else:
                nxt = c if c is not None and c.first == j else self._unnamed(j)
            if nxt is None and c is None and j + 1 < len(toks) and _nisba(toks[j]):
                # «ونظيريه الروسي فلاديمير بوتين والتركي رجب طيب أردوغان»: the next counterpart's nationality
                # adjective before his name
                named = self.at(j + 1)
                if named is not None and named.first == j + 1 and is_person(named):
                    nxt = named
            if nxt is None and c is None:
                nxt = self.rival_at(j)  # «فايز السراج ومنافسه … المشير خليفة حفتر ورئيس …»
            if nxt is None and names and c is None:
                nxt = self._name_word(j)
            if nxt is None and c is None and self.keys[j] in UNNAMED_LEADERS and not toks[j].suffix:
                nxt = self.word(j)  # «مع السلطات المحلية وقادة المقاومة»: the leaders, unnamed, are a member
            if nxt is None and c is None and self.keys[j] in GROUPS and not toks[j].suffix and j + 1 in self.cue_tokens:
                nxt = self.word(j)  # «بين العبادي وأحزاب متحالفة مع الصدر»: a group the cue after it describes
            if nxt is None or nxt.after_prep:
                break
            out.append(nxt)
        return out


def _known_name(key: str) -> bool:
    """A word the gazetteer knows as part of a person's name («خالد», «صدام»; not the verb «حصل»)."""
    return any("PER" in label for label in load_gazetteer().unit.get(key, ()))


THEN = norm_words("ثم")
"""«A، ثم B»: the next of a list in order (the persons met one after another)."""
RIVALS = frozenset(normalize(w) for w in "منافسه منافسها خصمه خصمها غريمه غريمها".split())
"""A rival noun with its pronoun, as a token's core («ومنافسه»): the next person named is the rival."""
RIVAL_WORDS = 8
"""At most this many words between the rival noun and the rival's name («الرجل القوي في شرق البلاد المشير»)."""


def _nisba(tok: Token) -> bool:
    """A definite nationality or community adjective («والتركي», «والسعودي»), glued و aside."""
    return tok.core.startswith("ال") and tok.core.endswith(("ي", "ية")) and len(tok.core) > 4


def unglued(key: str, words: Container[str]) -> str:
    """``key`` without a glued و/ف when the rest is one of ``words`` («وقوات» → «قوات», «وتعتبر» → «تعتبر»; the
    tokenizer may leave the conjunction on a word it does not know), else ``key``."""
    return key[1:] if key[:1] in ("و", "ف") and key[1:] in words else key


def with_ba(core: str, prefix: str) -> str:
    """A token's core with its ب, whether the tokenizer split the ب off («بدعم») or not («بقيادة»)."""
    return "ب" + core if "ب" in prefix else core


def strip_marks(text: str) -> str:
    return "".join(ch for ch in text if not ("\u064b" <= ch <= "\u0652") and ch != "\u0640")


def abstract(stem: str) -> bool:
    """A verbal noun (masdar) by its pattern, never taken as an unrecognised name: تفعيل/تفاعل
    («التخفيف», «التعاون»), تفعّل («التحقق»), استفعال («الاستقرار»), إفعال («الإرهاب»), افتعال
    («الاقتراح», «الانتخابات»), انفعال («الانضمام»). Real actors of these shapes («التحالف», «الاتحاد») are actor nouns
    and already candidates."""
    n = len(stem)
    return (
        (stem.startswith("ت") and (n == 4 or (n == 5 and (stem[3] == "ي" or stem[2] == "ا"))))
        or stem.startswith("است")
        or (n == 5 and stem[0] == "ا" and stem[3] == "ا")
        or (n >= 6 and stem[0] == "ا" and stem[2] == "ت" and stem[4] == "ا")
        or (n == 6 and stem.startswith("ان") and stem[4] == "ا")  # انفعال: «الانضمام», «الانسحاب»
    )


def core_start(tok: Token) -> int:
    """Where a word starts past its glued clitics (its own start where the tokenizer gave no core)."""
    return tok.core_start if tok.core_start >= 0 else tok.start


def word_candidate(doc: Document, tok: Token, j: int) -> Candidate:
    """The word ``tok`` (token ``j`` of its sentence) alone as an unnamed actor, its glued clitics left out; for
    code that has no :class:`SentenceSlots` yet (:mod:`marsad.relations.homeland`)."""
    start = core_start(tok)
    return Candidate(j, j, start, tok.end, doc.text[start : tok.end], None, None, False)


def definite_run(toks: list[Token], j: int, most: int, fits: Callable[[int], bool]) -> int:
    """The last of the definite words with no clitic right after token ``j`` (at most ``most`` of them, each one
    ``fits``), or ``j`` when none follows: the words a noun phrase or a name runs over («السلطة القضائية», «حزب
    النهضة»)."""
    last = j
    while (
        last + 1 < len(toks)
        and last - j < most
        and toks[last + 1].core.startswith("ال")
        and not clitics(toks[last + 1])
        and fits(last + 1)
    ):
        last += 1
    return last


def has_lam(tok: Token) -> bool:
    """The word carries the preposition ل («لحكومة», «للنظام», «ولصالح»; «للأمم» even where the
    tokenizer left it whole)."""
    return "ل" in clitics(tok) or (tok.core.startswith("لل") and len(tok.core) > 4)


def is_person(c: Candidate) -> bool:
    return c.entity is not None and c.entity.type == "PER"


def is_country(c: Candidate) -> bool:
    return c.place is not None and c.place.feature == "country"


def is_town(c: Candidate) -> bool:
    """A place that does not act: not a country, not a capital standing for its government."""
    return c.place is not None and c.place.feature != "country" and not c.place.capital
