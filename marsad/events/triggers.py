"""Finding the event triggers of a sentence and their PLOVER mode.

A trigger is an entry of ``data/triggers.tsv``: its first word is matched through the text layer's clitic
segmentation (the core of «وقصفت» is «قصفت») and the verb forms of :func:`candidate_keys`, the rest of a
multi-word entry must follow, and a condition of the entry (a word near it or after it, no such word after it,
a governing word before it, or no other trigger of its type in the sentence) must hold. A mode word of
``data/modes.tsv`` near an attack or a protest makes its mode more specific («هجوم انتحاري»). Tokens inside a
person or organisation name (:func:`~marsad.events.name_tokens.inside_names`) are no triggers. The tests that a
found word names no event
of the story live beside this module: clauses (:mod:`~marsad.events.detect_clauses`), objects and neighbours
(:mod:`~marsad.events.detect_objects`), the language of courts (:mod:`~marsad.events.detect_legal`).
"""

from __future__ import annotations

from marsad.events.constructions import FROM_WORD, STOPS
from marsad.events.detect_agreements import cooperation_topic, legal_punishment, signed_content, signed_far
from marsad.events.detect_aircraft import SHOT_DOWN, crash, shot_down
from marsad.events.detect_antecedents import pronoun_antecedent
from marsad.events.detect_calls import opening_call
from marsad.events.detect_clauses import (
    class_of_events,
    coordinated,
    future_tense,
    instrument_of,
    purpose,
    relative_before,
    threat_window,
    untold,
)
from marsad.events.detect_clitics import clitic_entries, hamza_below, skipped
from marsad.events.detect_convoys import convoy_cargo
from marsad.events.detect_deaths import accidental_death, citing
from marsad.events.detect_description import described_as, no_blame
from marsad.events.detect_fire import fire_not_told
from marsad.events.detect_legal import carried_out, carried_out_before, cited_verdict, content_of_legal_act
from marsad.events.detect_liberation import retaken_city
from marsad.events.detect_objects import (
    DEEMING,
    ECONOMY,
    SUBSIDY_CUTS,
    abstract_object,
    coalition_name,
    describing,
    not_consultation,
    not_land,
    topic_agreement,
    treaty_exit,
    unarmed,
    vague_holding,
)
from marsad.events.detect_obligations import OBLIGATION, obligations
from marsad.events.detect_operations import bare_operation, not_operation
from marsad.events.detect_politics import arrival_with_visit, bargained, demanded, distance_covered, student
from marsad.events.detect_requests import CONTINUING, RIGHTS, not_asking, requested
from marsad.events.detect_responsibility import borne, laid
from marsad.events.detect_riots import protest_story, riot
from marsad.events.detect_states import became
from marsad.events.detect_tolls import names_toll
from marsad.events.detect_welcome import guest_welcomed
from marsad.events.lexicon import EventLexicon, ModeWord, Trigger, candidate_keys, strip_article, verb_forms
from marsad.events.mention import EventMention
from marsad.events.name_tokens import inside_names as inside_names  # re-exported for coder.py
from marsad.events.sharing import COMPLEMENTIZERS
from marsad.model import Sentence, Token
from marsad.text.normalize import normalize

GENERIC_BEFORE = frozenset(
    strip_article(normalize(w))
    for w in (
        "مجال إطار سبل أهمية ضرورة تعزيز مسار ملف منصات منصة مصادر قواعد خطر مخاطر كبح منع تهمة بتهمة تهم بتهم"
    ).split()
)
"""Words that make the verbal noun after them a topic rather than an event («منصات إطلاق الصواريخ»,
«مصادر إطلاق القذائف» are launchers, not launches; «قواعد الاشتباك», «قواعد إطلاق النار» are rules of
engagement; «خطر الاعتداءات», «كبح الهجمات», «لمنع هجمات» name attacks feared or prevented, none that
happened); «أوقفت 16 شخصا بتهمة الاعتداء» is the charge of an arrest, no attack told."""
INSTITUTIONS = frozenset(
    normalize(w)
    for w in (
        "وزارة هيئة لجنة قانون مجلس مركز مراكز إدارة شركة شركات قطاع جهاز مكتب دائرة محكمة نيابة وحدة فرقة "
        "مؤسسة صندوق برنامج شبكة قوات معدات مواد أدوات قاضي قاض قاعة قاعات قصر"
    ).split()
)
"""Heads of the name of an institution, a law, a programme, a unit or equipment: a verbal noun in their genitive
(«قانون التظاهر», «مركز الاحتجاز», «قاضي التحقيقات», «قوات المداهمات», «معدات التفجير») names what the body deals
with or is for, not an event (the head without the article: the construct state)."""
WEAPON_WORDS = frozenset(
    strip_article(normalize(w)) for w in "صواريخ رشاشة رشاشات أسلحة بنادق مدافع دبابات راجمات قنابل".split()
)
"""Weapons a weapon noun is listed with («استخدمت الأسلحة الرشاشة وقذائف الهاون»): a list of arms."""
FOOTER = (normalize("رابط"), normalize("الخبر"))
"""«رابط الخبر بصحيفة الوئام: <headline>»: the link line some sites end an article with repeats its
headline, which states again what the article told (no mention of its own)."""
LONG_SUBJECT = frozenset(("ASSAULT", "COERCE", "ACCUSE"))
"""Types whose verbs' object condition may stand after a long subject or an aside (not AGREE or PROTEST: their
verbs name an event noun after them that is a trigger of its own, «وقعت تونس والجزائر اتفاقية»)."""
GOVERNED = frozenset(normalize(w) for w in "إلى الى على علي مع عن نحو باتجاه".split())
"""Prepositions a trigger verb governs («دعا إلى», «قبض على», «تعاون مع»): looked for past an aside too
(not an object noun, which may itself be a trigger: «وقعت تونس، أمس، اتفاقية»)."""
PREPOSITION_PRONOUNS = {
    normalize(prep + suffix): normalize(base)
    for base, prep in (("على", "علي"), ("إلى", "إلي"), ("مع", "مع"), ("عن", "عن"))
    for suffix in ("ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم")
}
"""A governed preposition with an attached pronoun («يقبض عليه», «توجه إليها», «اجتمع معه»): for the conditions of
an entry it is the bare preposition (على with a pronoun is written علي-: عليه، عليهم)."""
ASIDE_MARKS = {"،": ("،", ","), ",": ("،", ","), "(": (")",), "-": ("-",), "–": ("–",), "—": ("—",)}
"""Marks that open a parenthetical aside and the marks that close it."""
ASIDE_SPAN = 8
"""Most words inside an aside («، في بيان صادر عن مكتبه الإعلامي،»)."""
ASIDE_AFTER = 4
"""Words after the aside in which the words a ``next`` condition asks for may stand."""
LAUNCH_SPAN = 6
"""Words between a launching verb and the weapon it governs (its subject and a number may stand between)."""
STATIVE = tuple(normalize(w) for w in ("سيطر",))
"""Verbs whose imperfect says who holds a place («التي تسيطر على عفرين», «يسيطر الأكراد على»), a state and
not a takeover; their perfect and future are events."""
GENERIC_MODES = (None, "firearms", "artillery")
"""Trigger modes that a mode word nearby may make more specific («هجوم» + «انتحاري» → suicide)."""
CONJUNCTIONS = ("و", "ف")
TAA_MARBUTA = "ة"
CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "ولل", "لل", "وب", "ول", "فب", "فل", "ب", "ل")
"""Proclitics tried off a word the tokenizer left whole (longest first; لل stands for ل + ال); only a
noun (a masdar) may follow them, and a bare و/ف is left to the tokenizer («وزارة» is not و + زارة)."""


class TriggerFinder:
    """The triggers of sentences with one lexicon (lookups cached on the word's form)."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon
        self._lookup_cache: dict[str, list[tuple[Trigger, bool]]] = {}
        self._norm_cache: dict[str, list[tuple[Trigger, bool]]] = {}
        self.stative = frozenset(f for stem in STATIVE for f in verb_forms(stem) if f[:1] in "يت" and f[:1] != stem[:1])
        """Imperfect forms of :data:`STATIVE` verbs (not the perfect «سيطرت», nor the future «سيسيطر»)."""
        self.whole: set[str] = set()
        """Normalised words matched whole although the tokenizer split a clitic off (see for_token)."""
        self.clitic: dict[str, str] = {}
        """Normalised words the tokenizer left whole that matched without a clitic: that clitic."""
        self.core_clitic: dict[str, str] = {}
        """Normalised words whose core (after a split و/ف) matched without a further clitic: that clitic."""
        self.plans = frozenset(strip_article(normalize(w)) for w in lexicon.cue("planned"))
        """Plan words (``planned`` cues) as token keys: a purposive masdar after one is a planned act."""

    def for_token(self, tok: Token) -> list[tuple[Trigger, bool]]:
        """Entries whose first word matches the token: ``(entry, matched as a verb form)``, cached on
        its normalised form (which fixes its core).

        When the core gives none and the whole word starts with a clitic the tokenizer left on
        (لمقذوف، للمطالبة: its lexicon check keeps rare words whole), the word without it is tried;
        when the tokenizer took a first letter for a clitic (كمينا → ك + مينا), the whole word is
        tried as a noun, or as a verb of a phrase entry («فتحت النار» → ف + تحت) (its span starts at the word:
        :attr:`whole`).
        """
        taa = TAA_MARBUTA in tok.text[-3:]
        key = tok.norm + TAA_MARBUTA if taa else tok.norm
        hit = self._norm_cache.get(key)
        if hit is None:
            hit = self._find_entries(tok)
            if taa:
                # «بوزارة» split as ب + و + «زارة», «دعاة» (preachers): an irregular verb form (``form`` entries:
                # زار، دعا) read under an object pronoun ه («زاره», visited him) is a noun whose ة was folded to ه
                # (regular verbs keep their masdar reading: «سيطرة» matches سيطر + ه as it stands for the masdar)
                direct = {*self.lex.triggers.get(tok.core, ()), *self.lex.triggers.get(tok.norm, ())}
                hit = [(e, v) for e, v in hit if not v or e.pos != "form" or e in direct]
            if len(self._norm_cache) < 500_000:
                self._norm_cache[key] = hit
        return hit

    def _find_entries(self, tok: Token) -> list[tuple[Trigger, bool]]:
        """The entries of :meth:`for_token`, before the cache."""
        hit = self.lookup(tok.core)
        if not hit and tok.norm != tok.core and tok.prefix:
            hit = [(e, v and bool(e.words)) for e, v in self.lookup(tok.norm) if e.pos == "noun" or (v and e.words)]
            if hit and len(self.whole) < 100_000:
                self.whole.add(tok.norm)
        if not hit and tok.norm == tok.core:
            for p in CLITICS + CONJUNCTIONS:
                if tok.norm.startswith(p) and len(tok.norm) - len(p) >= 3 - (p in CONJUNCTIONS):
                    rest = tok.norm[len(p) :]
                    found = self.lookup("ال" + rest if p.endswith("لل") else rest)
                    # a clitic before a masdar; و/ف also before a rare verb form the tokenizer kept whole
                    # («وأسروا عددا») or a two-letter verb that governs its next word («وحث … على»)
                    hit = clitic_entries(found, p, rest)
                    if hit:
                        # the span starts after the clitic (see detect_clitics.skipped)
                        if len(self.clitic) < 100_000:
                            self.clitic[tok.norm] = p
                        break
        if not hit and tok.prefix in CONJUNCTIONS and tok.core != tok.norm:
            # «وللمطالبة بحقوقهم», «وبالتظاهر»: the tokenizer split و/ف off and left ل/ب (+ ال) on the
            # masdar; the same clitics are tried off the core (nouns only: «ولتحقيق» is no verb)
            for p in CLITICS:
                if p[:1] in CONJUNCTIONS or not tok.core.startswith(p) or len(tok.core) - len(p) < 3:
                    continue
                rest = tok.core[len(p) :]
                hit = [(e, False) for e, _ in self.lookup("ال" + rest if p.endswith("لل") else rest) if e.pos == "noun"]
                if hit:
                    if len(self.core_clitic) < 100_000:
                        self.core_clitic[tok.norm] = p
                    break
        return hit

    def _skip(self, tok: Token) -> int:
        """Characters between the token's core start and the trigger (a clitic tried off: :func:`_skipped`)."""
        inner = self.core_clitic.get(tok.norm)
        if inner is not None:
            return skipped(tok, inner, tok.text[tok.core_start - tok.start :])
        return skipped(tok, self.clitic.get(tok.norm, ""))

    def lookup(self, core: str) -> list[tuple[Trigger, bool]]:
        """Entries whose first word matches ``core`` (see :func:`candidate_keys`)."""
        hit = self._lookup_cache.get(core)
        if hit is None:
            hit = []
            for form, verb_ok in candidate_keys(core):
                for entry in self.lex.triggers.get(form, ()):
                    if entry.pos != "noun" and not verb_ok:
                        continue
                    hit.append((entry, entry.pos != "noun" and verb_ok))
            if len(self._lookup_cache) < 200_000:
                self._lookup_cache[core] = hit
        return hit

    @staticmethod
    def _words_follow(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
        if i + len(words) >= len(tokens):
            return False
        for k, w in enumerate(words, 1):
            core = tokens[i + k].core
            if core != w and strip_article(core) != strip_article(w) and strip_article(core).rstrip("ا") != w:
                return False
        return True

    @staticmethod
    def _condition(entry: Trigger, keys: list[str], i: int, last: int) -> bool:
        if entry.needs is None or entry.needs[0] in ("alone", "weapon"):
            return True
        kind, words = entry.needs
        if kind in ("near", "future"):
            window = keys[max(0, i - 5) : i] + keys[last + 1 : last + 6]
        elif kind == "after":
            # «دانت المحكمة الصحفيين»: the word right after the trigger (a verb's subject) decides
            window = keys[last + 1 : last + 2]
        elif kind == "before":
            window = governing_window(keys, i)
        elif kind == "next" and entry.plover_type == "THREATEN" and entry.pos != "noun":
            # «تعهد رئيس إقليم كردستان العراق مسعود بارزاني، اليوم (الاثنين)، بالانتقام»
            window = threat_window(keys, last)
        elif kind == "next" and (words & GOVERNED or (entry.pos == "verb" and entry.plover_type in LONG_SUBJECT)):
            # «دعت الرئاسة، الأربعاء، المجتمع الدولي إلى»: the preposition a verb governs may stand after an aside;
            # so may the object of a verb of force or blame after a long subject («طردت المقاومة الشعبية في تعز
            # (جنوب) ميليشيات», «حمّلت الحكومة … المسؤولية»)
            window = keys[last + 1 : last + 6] + _past_aside(keys, last) + long_object(keys, last)
        else:
            window = keys[last + 1 : last + 6]
        # a word of the condition also counts with the accusative alef («إيقاف 16 شخصا», «أرسل جنودا»)
        found = any(
            k in words or PREPOSITION_PRONOUNS.get(k, k) in words or (k[-1:] == "ا" and len(k) > 3 and k[:-1] in words)
            for k in window
        )
        return not found if kind == "not_next" else found

    def _mode(
        self, keys: list[str], first: int, last: int, entry: Trigger
    ) -> tuple[str | None, str | None, str | None]:
        mode, ev, sub = entry.plover_mode, entry.acled_event_type, entry.acled_sub_event_type
        if entry.plover_type not in ("ASSAULT", "PROTEST") or (
            mode not in GENERIC_MODES and entry.plover_type == "ASSAULT"
        ):
            return mode, ev, sub
        order = []
        for d in range(1, 5):
            order += [last + d, first - d]
        for j in order:
            if 0 <= j < len(keys):
                word: ModeWord | None = self.lex.modes.get(keys[j])
                if word is not None and word.applies_to == entry.plover_type:
                    if word.acled_event_type:
                        return word.mode, word.acled_event_type, word.acled_sub_event_type
                    return word.mode, ev, sub
        return mode, ev, sub

    def find(
        self, sent: Sentence, keys: list[str], blocked: set[int], licensed: set[str] | None = None
    ) -> list[EventMention]:
        """The trigger mentions of a sentence (``keys`` from
        :func:`~marsad.events.mention.token_keys`), the longest entry at
        each token; ``blocked`` tokens (inside names) are skipped. ``licensed`` holds the entries (their
        ``source``) whose ``near=`` condition an earlier sentence of the document met: a definite or
        demonstrative mention of them refers back and needs no near word again («نفذت المقاتلات ضربات
        جوية … وقال إن الضربات لا تقطع الطريق», «لهذه الضربات أثر»); the entries found here are added."""
        tokens = sent.tokens
        found: list[EventMention] = []
        end = len(tokens)
        for j in range(len(tokens) - 1):
            if tokens[j].core == FOOTER[0] and tokens[j + 1].core == FOOTER[1]:
                end = j  # the site's link line repeats the headline
                break
        i = 0
        accident = False
        while i < end:
            if i in blocked:
                i += 1
                continue
            best: tuple[Trigger, bool] | None = None
            hits = self.for_token(tokens[i])
            # where the word has a noun entry too, the noun entry (and its condition) decides:
            # - «في كلمة أمام حشد جماهيري»: no verb stands right after a preposition (a verb entry alone stands for
            #   its masdar: «أقدم على قتل»; so does one with a pronoun, a specific act: «لدى ضبطه»);
            # - «وإحالتهم للمحاكمة», «إدانتهم بتهم»: a word written with «إ» is a masdar, never a verb («أحالتهم», she
            #   referred them; no perfect or imperfect verb begins with «إ»)
            noun_only = any(not v for _, v in hits) and (
                (i > 0 and tokens[i - 1].core in PREPOSITIONS and not tokens[i].norm.endswith(("ه", "ها", "هم", "هما")))
                or hamza_below(tokens[i])
            )
            for entry, as_verb in hits:
                if entry.words and not self._words_follow(tokens, i, entry.words):
                    continue
                if as_verb and (noun_only or (entry.plover_type == "REQUEST" and not_asking(tokens, keys, i))):
                    continue
                if entry.needs is not None and entry.needs[0] == "future" and not future_tense(tokens, keys, i):
                    continue
                if (
                    not self._condition(entry, keys, i, i + len(entry.words))
                    and not (licensed is not None and entry.source in licensed and _anaphoric(tokens, keys, i))
                    and not (carried_out(entry) and entry.words and carried_out_before(keys, i))
                    and not (
                        as_verb and entry.plover_type == "AGREE" and signed_far(keys, tokens, i, i + len(entry.words))
                    )
                    and not (
                        entry.plover_type == "ACCUSE"
                        and ((laid(keys, i) if as_verb else borne(keys, i)) or described_as(entry, tokens, keys, i))
                    )
                    and not (entry.plover_type == "REQUEST" and opening_call(tokens, keys, i))
                    and not retaken_city(entry, tokens, i + len(entry.words))
                    and not pronoun_antecedent(
                        entry, tokens, keys, i, as_verb, self.for_token
                    )  # «قامت الشرطة بتفريقهم»
                ):
                    continue
                if (
                    best is None
                    or len(entry.words) > len(best[0].words)
                    or (
                        len(entry.words) == len(best[0].words)
                        and best[1]
                        and not as_verb
                        and best[0].needs is None
                        and entry.needs is not None
                        and entry.needs[0] == "next"
                    )
                ):
                    # «نظير إدانتهم بتهم»: ت + pronoun reads as a verb («أدانتهم», she condemned them) and as the
                    # masdar whose ة is written ت; the masdar whose condition the next words meet is the reading
                    best = (entry, as_verb)
            if best is None:
                i += 1
                continue
            entry, as_verb = best
            last = i + len(entry.words)
            if crash(keys[i]) and entry.needs is not None and (licensed is None or SHOT_DOWN not in licensed):
                # «تحطم الطائرة» names an attack only where the story told the aircraft was shot down
                # (detect_aircraft); otherwise it is an accident, and a toll beside it is the accident's
                accident = True
                i = last + 1
                continue
            if as_verb and keys[i] in self.stative and not became(tokens, keys, i):
                # «الحوثيون الذين يسيطرون على المنطقة»: the imperfect of a verb of holding is a state
                i = last + 1
                continue
            if fire_not_told(entry, tokens[i], as_verb):
                # «لا يطلقون الرصاص الحي إلا عند الضرورة»: a habit or a rule, no shooting (detect_fire)
                i = last + 1
                continue
            if accidental_death(entry, keys, i) or citing(entry, tokens, keys, i):
                # «مصرع خمسة أشخاص في حادث تصادم»: deaths in an accident or a disaster (detect_deaths)
                i = last + 1
                continue
            if not_operation(entry, tokens, keys, i, lambda t: bool(self.for_token(t))):
                # «العملية السياسية», «عملية القصف», «غرفة العمليات»: no armed operation (detect_operations)
                i = last + 1
                continue
            if coalition_name(keys, i, last):
                # «التحالف لدعم الشرعية», «تحالف دعم الشرعية في اليمن»: the name of the coalition, not an act
                i = last + 1
                continue
            if i > 0 and (
                keys[i - 1] in GENERIC_BEFORE or (i > 1 and keys[i - 1] in CONTINUING and keys[i - 2] in GENERIC_BEFORE)
            ):
                # «في مجال ضبط العناصر», «ضرورة الحوار»: a topic, not an event (the masdar may have
                # matched a verb entry of the same spelling: ضبط)
                i = last + 1
                continue
            if entry.pos == "noun" and purpose(tokens, i):
                i = last + 1
                continue
            if entry.pos == "noun" and i > 0 and tokens[i - 1].core in INSTITUTIONS:
                i = last + 1
                continue
            if entry.pos == "noun" and class_of_events(tokens, keys, i):
                i = last + 1
                continue
            skip = untold(entry, tokens, keys, i, last, self.plans)
            if skip:
                # an aim, a habit now and then, a kind, a battlefield, suspects' record, forestalling, lifted
                # sanctions (detect_clauses.untold): no event of the story
                i = skip
                continue
            if requested(keys, i) or (
                i > 0 and keys[i - 1] in RIGHTS and "ب" not in tokens[i - 1].prefix and entry.pos == "noun"
            ):
                # «حق التظاهر», «حق الاتصال بمحام»: a right to an act is no act («بحق» is "against")
                i = last + 1
                continue
            if (
                (entry.pos == "noun" and entry.plover_type != "REQUEST" and demanded(tokens, keys, i))
                or (entry.plover_type == "REQUEST" and student(tokens, keys, i, last))
                or (entry.plover_type == "CONSULT" and as_verb and arrival_with_visit(keys, i, last))
                or (entry.plover_type == "PROTEST" and as_verb and distance_covered(keys, last))
                or (entry.plover_type == "CONCEDE" and bargained(keys, i))
            ):
                # «للمطالبة بإطلاق سراح المحتجزين»: what a demand asks for; «قطعت أشواطا»: progress made; «مقابل
                # رفع العقوبات»: a term of a deal (detect_politics)
                i = last + 1
                continue
            if (
                entry.acled_sub_event_type is not None
                and "territory" in entry.acled_sub_event_type
                and ((vague_holding(keys, last) and relative_before(keys, i)) or not_land(keys, last))
            ):
                # «التنظيم الذي سيطر على مناطق واسعة في سوريا والعراق»: a group described by what it holds
                i = last + 1
                continue
            if entry.plover_type == "AGREE" and entry.pos == "noun" and topic_agreement(tokens, keys, i, last):
                i = last + 1
                continue
            if entry.plover_type in ("ASSAULT", "COERCE", "RETREAT", "MOBILIZE") and (
                last + 1 < len(keys) and unarmed(entry.plover_type, keys[last + 1])
            ):
                # «اشتباك كلامي», «هجوم إلكتروني», «تراجع الدولار», «اقتحم المستثمرون السوق», «اجتاحت موجة من
                # الحر», «يحاصر الغلاء المواطنين»: words, markets and weather fight no one
                i = last + 1
                continue
            if entry.plover_type in ("SUPPORT", "AID") and (
                (last + 1 < len(keys) and keys[last + 1] in ECONOMY) or (i > 0 and keys[i - 1] in SUBSIDY_CUTS)
            ):
                # «دعم المشاريع الصغيرة», «دعم الصادرات»: economic backing; «رفع الدعم»: subsidies
                i = last + 1
                continue
            if (
                entry.plover_type == "ASSAULT"
                and entry.pos == "noun"
                and (abstract_object(keys, last) or (i > 0 and keys[i - 1] in DEEMING))
            ):
                # «اعتداء على حرية الدفاع», «الاعتداء على الملاحة الدولية»: no one is hit; «واعتبرته اعتداء»: a
                # word that judges another act (the arrest told before), no attack of its own
                i = last + 1
                continue
            if entry.plover_type == "RETREAT" and treaty_exit(keys, last):
                # «الانسحاب من الاتفاق النووي»: leaving a treaty is no withdrawal of forces
                i = last + 1
                continue
            if entry.needs is not None and entry.needs[0] == "weapon" and self._instrument(tokens, keys, i):
                i = last + 1
                continue
            prev = found[-1] if found else None
            if prev is not None and bare_operation(prev.entry, keys, prev.first):
                # a bare «عملية» frames the acts told after it («شنت القوات عملية … وقتلت 14 مسلحا»): it merges
                # no later word into itself (detect_operations)
                prev = None
            if (
                content_of_legal_act(prev, entry, keys, i)
                and prev is not None
                and not coordinated(tokens, prev.last, i)
            ):
                if carried_out(entry):
                    found.pop()  # «نفذت … حكم الإعدام»: the execution carried out names the act
                else:
                    # «حكم بالسجن», «لتحال للمحاكمة»: the punishment or the court is what the verdict or the
                    # referral says
                    i = last + 1
                    continue
            if (
                signed_content(prev, entry, keys, i)
                or cooperation_topic(prev, entry, tokens, keys, i)
                or legal_punishment(entry, keys, i, last)
            ):
                # «وقعت الأطراف … على اتفاق سلام»: what the verb signed; «اتفاقية تعاون أمني»: what it covers;
                # «إيقاع أشد العقوبات على مرتكبيها»: the law's punishment (detect_agreements)
                i = last + 1
                continue
            if entry.plover_type == "COERCE" and cited_verdict(keys, i):
                i = last + 1  # «تطبيقا لحكم أصدرته المحكمة»: the ground of another act
                continue
            if (
                prev is not None
                and entry.plover_type == "AGREE"
                and prev.entry.plover_type == "AGREE"
                and i - prev.last <= 3
                and not coordinated(tokens, prev.last, i)
            ):
                # «اتفاق لوقف إطلاق النار», «توقيع مسودة اتفاق»: the second names what the first agreement is,
                # and gives its kind when it is the more specific («وقف إطلاق النار»: a ceasefire)
                if entry.acled_event_type is not None and prev.acled_event_type is None:
                    prev.plover_mode = entry.plover_mode
                    prev.acled_event_type, prev.acled_sub_event_type = (
                        entry.acled_event_type,
                        entry.acled_sub_event_type,
                    )
                i = last + 1
                continue
            if (
                prev is not None
                and entry.plover_type == "MOBILIZE"
                and entry.pos == "noun"
                and prev.entry.plover_type in ("MOBILIZE", "ASSAULT")
                and i - prev.last <= 4
                and not coordinated(tokens, prev.last, i)
            ):
                # «نشر تعزيزات عسكرية»: what the verb sends is the same mobilisation; «قصفت المقاتلات تعزيزات
                # عسكرية»: reinforcements hit by a strike are its target (a mention of the strike), not a
                # mobilisation of their own
                i = last + 1
                continue
            if (entry.plover_type == "CONSULT" and not_consultation(tokens, keys, i)) or convoy_cargo(
                prev, entry, keys, i, last
            ):
                i = last + 1  # «قافلة المساعدات»: the aid a convoy carries (detect_convoys)
                continue
            if as_verb and entry.plover_type in ("SUPPORT", "AID") and describing(tokens[i]):
                # «حركة حزم التي تدعمها الولايات المتحدة», «مقاتلين تدعمهم واشنطن»: who backs a group describes
                # it, as a state; it is no event of the story
                i = last + 1
                continue
            if (entry.plover_type == "SUPPORT" and guest_welcomed(tokens, keys, i, last)) or no_blame(entry, tokens, i):
                i = last + 1  # «رحب رئيس الوزراء باللواء»: a guest (detect_welcome); «بوصفها» "as" (detect_description)
                continue
            if (
                prev is not None
                and _weapon(entry)
                and _launch_verb(prev.entry, tokens[prev.first])
                and i - prev.last <= LAUNCH_SPAN
                and not coordinated(tokens, prev.last, i)
            ):
                # «أطلق المتمردون الحوثيون ثلاث قذائف»: the shells are what the verb launched, the verb is
                # the attack
                i = last + 1
                continue
            if (
                prev is not None
                and entry.plover_type == "ASSAULT"
                and entry.pos == "noun"
                and prev.entry.plover_type == "ASSAULT"
                and prev.entry.pos != "noun"
                and (prev.entry.needs is None or prev.entry.needs[0] != "alone")
                and instrument_of(tokens, prev.last, i)
            ):
                # «استهدفت مقاتلات التحالف بعدة غارات جوية»: the strikes are the verb's instrument, the verb the
                # attack (as a launching verb and its weapon)
                i = last + 1
                continue
            if (
                prev is not None
                and entry.plover_type == "ASSAULT"
                and prev.entry.plover_type == "ASSAULT"
                and i - prev.last <= 3
                and not coordinated(tokens, prev.last, i)
            ):
                # «قصف بقذائف الهاون», «هجوم صاروخي»: one mention; but «قتل خلال هجوم» is the attack
                if prev.entry.needs is not None and prev.entry.needs[0] == "alone" and _unconditional(entry):
                    found.pop()
                elif (
                    prev.entry.pos != "noun"
                    and entry.pos == "noun"
                    and (i - prev.last >= 2 or prev.entry.plover_mode is None)
                ):
                    # «استهدفت إحدى الغارات تجمعا», «استهدف هجوم انتحاري مقرا»: the strike is named by
                    # its subject noun (a bare «استهدف» says only that something was hit)
                    found.pop()
                elif _launch(prev.entry) and entry.pos == "noun" and _weapon(entry) and i - prev.last == 1:
                    found.pop()  # «إطلاق قذائف»: the shells are the attack
                else:
                    i = last + 1
                    continue
            if (
                prev is not None
                and entry.plover_type == "ASSAULT"
                and entry.pos != "noun"
                and entry.plover_mode is None
                and prev.entry.plover_type == "ASSAULT"
                and prev.entry.pos == "noun"
                and not tokens[prev.first].core.startswith("ال")
                and i - prev.last <= 8
                and not set(tokens[i].prefix) & {"و", "ف"}
                and all(tokens[j].text not in ".؛;:" and keys[j] not in CLAUSE_STOPS for j in range(prev.last + 1, i))
            ):
                # «نفذ غارات جوية …، استهدفت متمردين»: a verb without و after an indefinite attack noun
                # is a relative clause on it (Arabic has no relative pronoun after an indefinite noun); not past a
                # clause word («مواجهات دامية شهدتها عدن حيث سيطر انفصاليون على …»: «حيث» opens a clause of its own)
                i = last + 1
                continue
            entry = riot(entry, keys, i, licensed)  # «اشتباكات» of a protest's sentence or story (detect_riots)
            mode, ev, sub = self._mode(keys, i, last, entry)
            found.append(
                EventMention(
                    sent,
                    i,
                    last,
                    entry,
                    mode,
                    ev,
                    sub,
                    whole=tokens[i].norm in self.whole,
                    skip=self._skip(tokens[i]),
                )
            )
            i = last + 1
        for k in obligations(tokens, keys):
            # «وعلى الدبلوماسيين أن تروج لذلك», «إن على الحكومة أن تفرج عن المعتقلين»: a demand with no verb of
            # demanding; the act asked for is its trigger, not an act told (detect_obligations)
            if k < end and k not in blocked:
                found = [m for m in found if not m.first <= k <= m.last]
                found.append(EventMention(sent, k, k, OBLIGATION, None, None, None))
        found.sort(key=lambda m: m.first)
        return [
            m
            for m in found
            if m.entry.needs is None
            or m.entry.needs[0] != "alone"
            or (
                not accident  # «قتل طياران في تحطم طائرة تدريب»: the toll of an accident (detect_aircraft)
                and (
                    _agentive(keys, m.first)
                    or not any(
                        o is not m and names_toll(o.entry, m.entry) and not bare_operation(o.entry, keys, o.first)
                        for o in found
                    )
                )
            )
        ]

    def _instrument(self, tokens: list[Token], keys: list[str], i: int) -> bool:
        """A weapon noun («قذائف») is the instrument of another attack of the sentence when it follows
        ب («هاجموا السيارة بقذائف») or a weapon it is listed with («الأسلحة الرشاشة وقذائف الهاون»)."""
        tok = tokens[i]
        if "ب" not in tok.prefix + self.clitic.get(tok.norm, "") + self.core_clitic.get(tok.norm, "") and not (
            "و" in tok.prefix and i > 0 and keys[i - 1] in WEAPON_WORDS
        ):
            return False
        return any(
            # a toll verb («قتل برصاص قناص») is no attack the bullets could be the instrument of
            e.plover_type == "ASSAULT" and (e.needs is None or e.needs[0] not in ("weapon", "alone"))
            for j, t in enumerate(tokens)
            if j != i
            for e, _ in self.for_token(t)
        )


def _past_aside(keys: list[str], last: int) -> list[str]:
    """The words after a parenthetical aside that opens within the five words after a trigger: «دعت
    الرئاسة اليمنية، الأربعاء، المجتمع الدولي إلى», «انتزع الجيش، بإسناد من طيران التحالف، مواقع». The
    aside is closed by the same mark (a second comma, a closing bracket or dash) at most
    :data:`ASIDE_SPAN` words on; the :data:`ASIDE_AFTER` words after it are tried as well (a comma
    that is not closed ends a clause, and its words count only within the usual five)."""
    end = min(len(keys), last + 6)
    for j in range(last + 1, end):
        close = ASIDE_MARKS.get(keys[j])
        if close is None:
            continue
        for k in range(j + 1, min(len(keys), j + ASIDE_SPAN + 2)):
            if keys[k] in close:
                return keys[k + 1 : k + 1 + ASIDE_AFTER]
            if keys[k] in STOPS:
                return []
        return []
    return []


PREPOSITIONS = frozenset(
    normalize(w) for w in "في أمام وسط إلى الى على علي عن مع بين خلال أثناء اثناء عبر نحو ضد حول لدى تجاه".split()
)
"""Prepositions written as words: a trigger word right after one is a noun, never a verb («أمام حشد», «في
حشد يضم»); «من» is left out, as it is also the pronoun «who» («من قتل الطفل»)."""


AGENT_BEFORE = frozenset(normalize(w) for w in "أنه إنه أنها إنها أنهم إنهم".split())
ABLE = frozenset(normalize(w) for w in "تمكن تمكنت تمكنوا يتمكن تتمكن نجح نجحت نجحوا".split())


def _agentive(keys: list[str], i: int) -> bool:
    """«أعلنت الأجهزة أنها قتلت ثمانية …», «تمكن الجيش من قتل زعيم …»: a killing with a named agent is an
    event of its own, not the toll of another attack of the sentence."""
    if i > 0 and keys[i - 1] in AGENT_BEFORE:
        return True
    return i > 1 and keys[i - 1] == FROM_WORD and keys[i - 2] in ABLE


def _launch(entry: Trigger) -> bool:
    """A masdar that is an attack only with the weapon after it («إطلاق صواريخ»)."""
    return (
        entry.pos == "noun" and entry.needs is not None and entry.needs[0] == "next" and entry.plover_type == "ASSAULT"
    )


def _launch_verb(entry: Trigger, tok: Token) -> bool:
    """A verb that is an attack by launching the weapon it governs («أطلق», with a weapon near it)."""
    return (
        entry.pos == "verb"
        and entry.plover_type == "ASSAULT"
        and entry.needs is not None
        and entry.needs[0] == "near"
        and not tok.core.startswith("ال")
    )


def _weapon(entry: Trigger) -> bool:
    return entry.needs is not None and entry.needs[0] == "weapon"


def _unconditional(entry: Trigger) -> bool:
    """An entry that is a trigger wherever it stands (a weapon noun is, unless it is an instrument)."""
    return entry.needs is None or entry.needs[0] == "weapon"


DEMONSTRATIVES = frozenset(normalize(w) for w in "هذه هذا هذين هاتين هذان هاتان تلك ذلك هؤلاء".split())
"""«هذه الضربات», «تلك الغارات»: the noun refers back to an event named before."""


def _anaphoric(tokens: list[Token], keys: list[str], i: int) -> bool:
    """The noun at ``i`` refers back: it has the article («الضربات») or a demonstrative before it («لهذه
    الضربات»)."""
    return tokens[i].core.startswith("ال") or (i > 0 and strip_article(keys[i - 1]) in DEMONSTRATIVES)


def note_licensed(found: list[EventMention], licensed: set[str]) -> None:
    """Adds the ``near=`` entries of ``found`` to the document's ``licensed`` set (see :meth:`TriggerFinder.find`)."""
    licensed |= protest_story(found)  # a told demonstration or riot (detect_riots)
    for m in found:
        if m.entry.needs is not None and m.entry.needs[0] == "near":
            licensed.add(m.entry.source)
        if m.entry.plover_type == "ASSAULT" and shot_down(strip_article(m.sentence.tokens[m.first].core)):
            licensed.add(SHOT_DOWN)  # a later «تحطم الطائرة» is that attack (detect_aircraft)


BEFORE_SPAN = 10
"""Words before a trigger in which a ``before=`` word may stand: «أعلن المجلس الرئاسي لحكومة الوفاق، الأحد، حالة
الطوارئ» (the verb, its long subject and an aside)."""


def governing_window(keys: list[str], i: int) -> list[str]:
    """The :data:`BEFORE_SPAN` words before the trigger at ``i``, back to the mark or word that opens its clause
    (a full stop, «إن»/«أن», a relative: «أعلنت تونس، الجمعة، إن حالة الطوارئ» states the state, declares none)."""
    out = keys[max(0, i - BEFORE_SPAN) : i]
    for k in range(len(out) - 1, -1, -1):
        if out[k] in STOPS or out[k] in CLAUSE_STOPS or out[k] in COMPLEMENTIZERS:
            return out[k + 1 :]
    return out


GOVERNED_SPAN = 9
"""Words a governed preposition may stand after its verb when a long object stands between and no punctuation
does: «دعا البيان الحكومة التركية وحزب العمال الكردستاني إلى العودة» (the usual window is five)."""


def long_object(keys: list[str], last: int) -> list[str]:
    """The words from the sixth to the :data:`GOVERNED_SPAN`-th after a trigger verb, when no punctuation mark or
    clause word stands in the first five (the object is one long noun phrase)."""
    near = keys[last + 1 : last + 6]
    # a number is a word of the phrase («خلال 24 الساعة الماضية على»), a punctuation mark ends it
    if any(not k[:1].isalnum() or k in CLAUSE_STOPS for k in near):
        return []
    out = []
    for k in keys[last + 6 : last + 1 + GOVERNED_SPAN]:
        if not k[:1].isalnum() or k in CLAUSE_STOPS:
            break
        out.append(k)
    return out


CLAUSE_STOPS = frozenset(
    strip_article(normalize(w)) for w in "حيث فيما بينما الذي التي الذين عندما بعدما لكن إذ مما كما و".split()
)
