"""Coding events in one document: triggers, mode, arguments, fatalities, modality, deduplication.

The coder is rule-based over the earlier stages' output: the text layer's clitic segmentation finds
the trigger word under its glued و/ب/ل and attached pronouns; entities, places and time expressions
give the arguments. Rules and not a trained model, because no Arabic event corpus with PLOVER/ACLED
labels exists under a licence the project can use; the rules and the lexicon are data files a user
can read and extend, and every event carries the sentence and the trigger as evidence.

:class:`EventCoder` runs the parts over each sentence that has a trigger word, in this order:

* :mod:`marsad.events.triggers` finds the triggers and their PLOVER mode;
* :mod:`marsad.events.arguments` finds the candidates of the sentence and attaches the actor, the
  target and the location, and reads the fatalities; the coder adds the nearest time expression of the
  sentence as the date and refines the ACLED sub-event type from the arguments;
* :mod:`marsad.events.modality` gives each mention its modality (denied, planned, reported …);
* :mod:`marsad.events.records` merges the mentions of one event and writes the event records.

:mod:`marsad.events.mention` holds what the parts share: :class:`Candidate`, :class:`EventMention`,
:func:`token_keys` and :func:`name_spans`.
"""

from __future__ import annotations

from typing import Any

from marsad.events.arg_accused import accusing_verb
from marsad.events.arg_agreement import plural_verb
from marsad.events.arg_quoted import join_quoted
from marsad.events.arguments import IMPERSONAL, LIGHT_VERBS, STATEMENTS, ArgumentFinder, attach, clauses
from marsad.events.constructions import FROM_WORD, TO_WORDS, after_preposition, first_person
from marsad.events.detect_obligations import may_oblige
from marsad.events.detect_riots import protest_document
from marsad.events.lexicon import EventLexicon, Trigger, strip_article
from marsad.events.mention import Candidate, EventMention, name_spans, token_keys
from marsad.events.modal_carry import carry_reported, continues, opens_attributed
from marsad.events.modality import MODALITIES, ModalityCoder, fold_threats
from marsad.events.records import event_records
from marsad.events.triggers import TriggerFinder, inside_names, note_licensed
from marsad.model import Document, Sentence, Token
from marsad.text.normalize import normalize

__all__ = ["MODALITIES", "Candidate", "EventCoder", "EventMention", "name_spans", "token_keys"]

COORDINATORS = frozenset(normalize(w) for w in ("كما", "ثم"))
"""«قصفت مقاتلات التحالف … كما قصفت تعزيزات»: a verb after these (or with و/ف) shares the subject of the
verb before it."""
TAG_LINES = frozenset(normalize(w) for w in ("سمات", "الوسوم", "وسوم", "كلمات", "الكلمات"))
"""First words of the keyword lists news sites append to articles («سمات: …», «الوسوم: …»)."""


class EventCoder:
    """Codes the events of documents with one lexicon (build once, call per document)."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lex = lexicon
        self.triggers = TriggerFinder(lexicon)
        self.arguments = ArgumentFinder(lexicon, self.triggers.lookup)
        self.modal = ModalityCoder(lexicon)
        self.seized = frozenset(strip_article(w) for w in lexicon.cue("seized"))
        self.military = lexicon.cue("military")
        self.aid_words = self.military | lexicon.cue("aid_only")

    def __call__(self, doc: Document) -> list[dict[str, Any]]:
        """The event records of ``doc`` (see :mod:`marsad.events.records` for their fields)."""
        dedup = name_spans(doc)
        places = {p.entity_id: p for p in doc.places}
        # a time expression inside a name («سوق الجمعة») dates nothing
        free_times = [t for t in doc.times if not any(s < t.end and t.start < e for s, e, _ in dedup)]
        published = doc.article.published.isoformat() if doc.article.published else None
        mentions: list[EventMention] = []
        licensed: set[str] = protest_document(doc)  # «ضربات جوية … الضربات»: entries licensed before (detect_riots)
        carried = False  # the sentence before opens with a source's statement, or goes on with one
        for sent in doc.sentences:
            goes_on = carried and continues(sent.tokens)  # «كما تم ضبط …» after «أعلن المتحدث أنه …»
            carried = goes_on or opens_attributed(sent.tokens, self.modal.reporting)
            if not sent.tokens:
                continue
            if not any(self.triggers.for_token(t) for t in sent.tokens) and not may_oblige(sent.tokens):
                continue  # most sentences: no trigger word at all (nor a demand «على X أن»)
            if sent.tokens[0].core in TAG_LINES:
                continue  # a site's tag footer («سمات بنغازي داعش قتل ليبيا») states nothing
            keys = token_keys(sent.tokens)
            blocked = inside_names(sent, dedup, self.one_word_trigger, self.verb_trigger)
            found = self.triggers.find(sent, keys, blocked, licensed)
            note_licensed(found, licensed)
            if not found:
                continue
            trig = {j for m in found for j in range(m.first, m.last + 1)}
            cands = self.arguments.candidates(doc, sent, keys, dedup, places, trig, peoples=True)
            cands = join_quoted(cands, sent.tokens, doc.text)  # «اتهمت حركة «حماس» إسرائيل»
            head = _dateline(sent.tokens)
            if head:
                cands = [c for c in cands if c.first >= head]  # «دبي، الإمارات (CNN)--» names no actor
            times = [t for t in free_times if t.start >= sent.start and t.end <= sent.end]
            toll = self.arguments.fatalities(keys)
            clause = clauses(sent.tokens, keys)
            last_verb: EventMention | None = None
            for m in found:
                tok = sent.tokens[m.first]
                nominal = (
                    tok.core.startswith("ال")
                    or bool(set(tok.prefix) & {"ب", "ل", "ك"})
                    # «تم قصفها», «تواصل تراجعها أمام»: after an impersonal or a light verb it is a masdar
                    or (m.first > 0 and (keys[m.first - 1] in IMPERSONAL or keys[m.first - 1] in LIGHT_VERBS))
                    # «تمكن الجيش من قتل», «نجحت القوات في طرد»: a preposition governs a noun, never a verb
                    or after_preposition(keys, m.first, tok)
                )
                verbish = not nominal and (
                    m.entry.pos == "verb"
                    or (
                        m.entry.pos == "form"
                        and (not tok.core.endswith(("ا", "ه")) or len(tok.core) <= 3 or plural_verb(tok))
                    )
                )  # a listed form ending in ا is a participle («متهما»), unless it is a short verb («دعا») or a
                # past plural («بايعوا», «حثوا»)
                attach(m, cands, keys, verbish, clause)
                if (
                    verbish
                    and m.actor1 is not None
                    and m.actor1.first > m.last
                    and first_person(tok.core, m.entry.plover_type, self.triggers.lookup)
                ):
                    # «نحمل الإدارة الأمريكية المسؤولية»: «we» speak, the name after the verb is its object
                    m.actor1, m.actor2 = None, m.actor1
                if not verbish and m.actor1 is not None and m.actor1.last < m.first and _retaliated(keys, m.first):
                    m.actor1 = None  # «شن الجيش غارة رداً على إطلاق نار»: the fire answered is the other side's
                if not verbish and m.entry.plover_type not in STATEMENTS and _spoken(m, found):
                    m.actor1 = None  # «ندد المجلس بالهجوم»: who condemns an attack did not carry it out
                if (
                    not verbish
                    and m.entry.pos == "form"
                    and m.actor1 is None
                    and last_verb is not None
                    and last_verb.actor1 is not None
                    and tok.core.endswith(("ا", "ه"))
                ):
                    # «… قد حذر …، داعيا المجتمع الدولي»: a circumstantial participle acts with the verb before it
                    m.actor1 = last_verb.actor1
                if verbish:
                    if (
                        m.actor1 is None
                        and last_verb is not None
                        and last_verb.actor1 is not None
                        and (
                            last_verb.entry.plover_type == m.entry.plover_type
                            # «وندد المركز … وأهاب بالأمم المتحدة»: statements joined by و share their speaker
                            or (last_verb.entry.plover_type in STATEMENTS and m.entry.plover_type in STATEMENTS)
                        )
                        and (bool(set(tok.prefix) & {"و", "ف"}) or (m.first > 0 and keys[m.first - 1] in COORDINATORS))
                    ):
                        m.actor1 = last_verb.actor1  # the dropped subject of a coordinated verb
                    elif (
                        m.actor1 is not None
                        and last_verb is not None
                        and last_verb.actor1 is not None
                        and last_verb.actor1 is not m.actor1
                        and (bool(set(tok.prefix) & {"و", "ف"}) or (m.first > 0 and keys[m.first - 1] in COORDINATORS))
                    ):
                        if last_verb.actor2 is not None and last_verb.actor2.first == m.actor1.first:
                            # «قضت على إرهابيين اثنين واسترجعت مسدسين»: the object of the first verb does not
                            # act in the second; their subject is shared
                            m.actor1 = last_verb.actor1
                        elif m.actor1.first > m.last + 2 and m.actor1.first > m.first:
                            # «أوقفت مصالح الأمن ثلاثة أشخاص، وحجزت بحوزتهم 12 بندقية كلاشنيكوف»: a new subject
                            # follows its verb at once; farther on, it is the object
                            if m.actor2 is None:
                                m.actor2 = m.actor1
                            m.actor1 = last_verb.actor1
                    last_verb = m
                if times:
                    m.time = min(times, key=lambda t: abs(t.start - m.start))
                if m.entry.plover_type == "ASSAULT":
                    m.fatalities = toll
                    self._refine_assault(m, keys)
                elif m.entry.plover_type == "COERCE" and m.plover_mode == "arrest":
                    window = keys[m.last + 1 : m.last + 6]
                    if any(k in self.seized for k in window):
                        m.plover_mode, m.acled_event_type = "seize", "Strategic developments"
                        m.acled_sub_event_type = "Disrupted weapons use"
                elif m.entry.plover_type == "SUPPORT":
                    window = keys[max(0, m.first - 3) : m.last + 4]
                    if any(k in self.aid_words for k in window):
                        m.entry = _as_aid(m.entry)
                        m.plover_mode = "military"
                if m.entry.plover_type == "AID" and "ب" in tok.prefix:
                    if accusing_verb(sent.tokens, keys, m.first) is None:  # «تتهم السعودية إيران بدعم» (arg_accused)
                        _backed_by(m, keys)
                elif m.entry.plover_type == "PROTEST":
                    _protesters_first(m, keys)
                after = bool(
                    published
                    and m.time
                    and m.time.value
                    and m.time.value[:10] > published
                    and m.time.granularity == "day"
                    and m.entry.plover_type not in STATEMENTS
                    and clause[_token_at(sent, m.time.start)] == clause[m.first]
                )
                m.modality = self.modal.modality(m, keys, after)
            if goes_on:
                carry_reported(found)
            mentions.extend(fold_threats(_drop_demanded(found, keys)))
        return event_records(doc, mentions)

    def one_word_trigger(self, tok: Token) -> bool:
        """A word the lexicon knows as a trigger without a condition (a one-word "name" that is one
        is the tagger's error)."""
        return any(e.needs is None and not e.words for e, _ in self.triggers.for_token(tok))

    def verb_trigger(self, tok: Token) -> bool:
        """A word the lexicon knows as a trigger verb form (whatever its condition)."""
        return any(as_verb for _, as_verb in self.triggers.for_token(tok))

    def _refine_assault(self, m: EventMention, keys: list[str]) -> None:
        if m.plover_mode in (None, "artillery", "firearms") and m.actor1 is not None and _aircraft(m.actor1.text):
            # «قصفت طائرات التحالف …», «غاراتها» by «طيران التحالف»: what aircraft fire is an air strike
            m.plover_mode = "aerial"
            m.acled_event_type, m.acled_sub_event_type = "Explosions/Remote violence", "Air/drone strike"
        if m.acled_event_type == "Battles" and m.acled_sub_event_type == "Armed clash":
            if m.actor2 is not None and m.actor2.civilian:
                m.acled_event_type, m.acled_sub_event_type = "Violence against civilians", "Attack"
        if m.acled_event_type == "Battles" and m.acled_sub_event_type in (
            "Government regains territory",
            "Non-state actor overtakes territory",
        ):
            kind = m.actor1.entity.kind if m.actor1 and m.actor1.entity else None
            if kind in ("state_forces", "government"):
                m.acled_sub_event_type = "Government regains territory"
            elif kind is not None:
                m.acled_sub_event_type = "Non-state actor overtakes territory"


DASHES = frozenset("-–—:")


def _dateline(tokens: list[Token]) -> int:
    """The number of tokens of a dateline opening the sentence — a place and the agency in brackets
    before a dash: «دبي، الإمارات العربية المتحدة (CNN)--», «بيروت (رويترز) -»; or the agency, the
    reporter and the place joined by dashes before a colon, as the Saudi and Gulf papers print it: «واس-
    عمّان:», «الرياض - واس:», «عبدالله السالم- سبق- الدمام:» — or 0."""
    for j in range(1, min(len(tokens) - 1, 12)):
        if tokens[j].text == ")" and tokens[j + 1].text in DASHES:
            k = j + 1
            while k < len(tokens) and tokens[k].text in DASHES:
                k += 1
            return k
    dash = False
    words = 1  # words of the current dash-separated part: a name, an agency or a town has two at most
    for j in range(1, min(len(tokens) - 1, 8)):
        if tokens[j].text == ":":
            return j + 1 if dash else 0
        if tokens[j].text in DASHES:
            dash, words = True, 0
        elif not tokens[j].core[:1].isalpha():
            return 0  # «قال: …» or a number: no dateline
        else:
            words += 1
            if words > 2:
                return 0  # «الرئيس - في كلمة له: …» is a speaker, not a dateline
    return 0


AIRCRAFT = frozenset(
    normalize(w)
    for w in "طائرة طائرات الطائرات الطائرة طيران الطيران مقاتلات المقاتلات مروحيات المروحيات طائرتي".split()
)


def _aircraft(text: str) -> bool:
    """The actor is aircraft: its first word is a word for planes («طائرات التحالف», «الطيران الروسي»)."""
    words = normalize(text).split()
    return bool(words) and words[0] in AIRCRAFT


DEMANDS = frozenset(("REQUEST", "REJECT"))


def _drop_demanded(found: list[EventMention], keys: list[str]) -> list[EventMention]:
    """«طالبته بسحب قواته», «دعت أنقرة إلى هدنة», «رفضت وقف إطلاق النار»: what is demanded or rejected
    right after the demand is its content, not an event of its own."""
    out: list[EventMention] = []
    for m in found:
        demand = next((d for d in reversed(out) if d.entry.plover_type in DEMANDS and d.last < m.first), None)
        if demand is not None and m.entry.plover_type not in DEMANDS and 0 < m.first - demand.last <= 4:
            tok = m.sentence.tokens[m.first]
            between = range(demand.last + 1, m.first)
            if "ب" in tok.prefix or any(keys[j] in TO_WORDS for j in between) or m.first == demand.last + 1:
                continue
        out.append(m)
    return out


RESPONSE = frozenset(normalize(w) for w in ("ردا", "رد", "ردًا", "انتقاما", "ثأرا"))
ON_WORDS = frozenset(normalize(w) for w in ("على", "علي", "ل"))


def _retaliated(keys: list[str], first: int) -> bool:
    """The trigger noun is what is answered: «رداً على إطلاق نار», «انتقاما لمقتل»."""
    return first >= 2 and keys[first - 1] in ON_WORDS and keys[first - 2] in RESPONSE


SPOKEN_OF = STATEMENTS - {"REJECT"}
"""Statements about another's act (a denial is mostly of one's own)."""


def _spoken(m: EventMention, found: list[EventMention]) -> bool:
    """A statement trigger stands between the actor of the noun trigger ``m`` and ``m``: the actor is the
    speaker, ``m`` what is spoken of («أدان X الهجوم»; «اتهم X الحكومة بالقصف» keeps «الحكومة», after the
    verb; a verb keeps its subject: «نفى الجيش أن يكون استهدف»; and who denies an act denies his own:
    «ينفي الجيش استعمال البراميل»)."""
    a = m.actor1
    return a is not None and any(
        s.entry.plover_type in SPOKEN_OF
        and s.last < m.first
        and (a.last < s.first or (s.actor1 is not None and s.actor1.first == a.first))  # «ندد X بالهجوم»
        for s in found
    )


def _token_at(sent: Sentence, offset: int) -> int:
    for j, t in enumerate(sent.tokens):
        if t.end > offset:
            return j
    return len(sent.tokens) - 1


def _as_aid(entry: Trigger) -> Trigger:
    return Trigger(entry.words, entry.pos, "AID", "military", None, None, entry.needs, entry.source)


def _backed_by(m: EventMention, keys: list[str]) -> None:
    """«تصدت القوات، بدعم التحالف، لهجوم», «يواصل الجيش، بإسناد من الطيران، عملياته»: after ب the aid noun's
    genitive (or «من» phrase) gives the aid and the clause's subject receives it."""
    a1, a2 = m.actor1, m.actor2
    if a1 is None or a2 is None or a1.last >= m.first:
        return
    gap = a2.first - m.last - 1
    if gap == 0 or (gap == 1 and keys[m.last + 1] == FROM_WORD):
        m.actor1, m.actor2 = a2, a1


PROTESTERS = frozenset(
    strip_article(normalize(w))
    for w in "متظاهرين متظاهرون محتجين محتجون شبان شباب المتظاهرين المحتجين الشبان طلاب الطلاب".split()
)


def _protesters_first(m: EventMention, keys: list[str]) -> None:
    """«مواجهات بين الجيش والشبان الفلسطينيين», «صدامات بين الشرطة والمتظاهرين»: in a riot the protesters
    act and the force they face is the other side, whichever the sentence names first."""
    a1, a2 = m.actor1, m.actor2
    if a1 is None or a2 is None or a1.first > a2.first:
        return

    def protesters(c: Candidate) -> bool:
        return keys[c.first] in PROTESTERS or (c.first > 0 and keys[c.first - 1] in PROTESTERS)

    if protesters(a2) and not protesters(a1):
        m.actor1, m.actor2 = a2, a1
