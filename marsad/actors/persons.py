"""Rules about persons in one document (:mod:`marsad.actors.within`): repairs of person mentions,
titles, a title alone naming its holder again, speakers, possessives and families."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from marsad.actors.heads import (
    APPOSED_TITLE_TYPES,
    COORDINATED_HEADS,
    DISTINCT_SINGLE,
    MILITIA_HEADS,
    OFFICE_NOUNS,
    ORG_NAME_HEADS,
    ROLE_TYPES,
    SPEECH_WORDS,
    TIME_WORDS,
)
from marsad.actors.names import (
    FAMILY_WORDS,
    GROUP_HEADS,
    JOIN_NEXT_WORDS,
    NameKey,
    bare,
    key_of_words,
    load_nationalities,
    load_titles,
    name_key,
    strip_titles,
    title_at,
)
from marsad.actors.scan import MergerState, glued, word_starts
from marsad.actors.scan import word as _word
from marsad.actors.union import contains_name, entity_number
from marsad.model import Entity, Mention, Token
from marsad.ner.gazetteer import load_gazetteer
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize

TANWIN = "\u064b"
TITLE_BODY = "باسم"
"""«المتحدث باسم الجيش»: the word that joins a spokesman's title to the body he speaks for."""
FUTURE_VERB_ZIPF = 3.5
"""A span's first word with the future «س» is a verb when the rest is a known word («سيلتقي»: «يلتقي»
4.1), not a foreign name read so («ستيسي»: «تيسي» 2.4)."""
CLITIC_FUNCTION_WORDS = frozenset(
    normalize(w) for w in "بأن بأنه بأنها بأنهم لأن لأنه لأنها لأنهم فإنه فإنها وأنه".split()
)
"""A preposition or conjunction glued to a complementizer, last in a person's span: the clause after the
name opens here («عباس بأن»). Listed, not found by frequency: the tokenizer also cuts names into clitic
+ word («بادي»); «فإن» and «وأن» are left out, as their letters spell «فان» (van) and «وان» (Wan)."""
KNOWN_WORD_ZIPF = 3.0
"""A definite word after a glued clitic at or above this frequency is a common noun («بالمنصب»,
«والحزب»); below it, a foreign name read as clitics («فالفيردي», «بالترو»)."""
RARE_WHOLE_ZIPF = 2.0
"""A word left whole below this frequency whose form without a leading «و» (or «ب/ل» before a pronoun
suffix) is a word above it («بنظرائه» 1.4, «نظرائه» 2.5) is that word with a clitic."""
TITLED_NAME_ZIPF = 4.5
RARE_NAME_ZIPF = 3.8
"""A word of a name after a title is below :data:`TITLED_NAME_ZIPF` (or a given name), and one of them
below :data:`RARE_NAME_ZIPF` («راجح» 3.3, «يعالون» 1.7; «الحية» 4.4 may follow a rarer given name)."""


OPENING_NAME_MIN = 2
"""A word opens at least this many full names of the gazetteer's persons to count as a given name."""


NOT_OPENING = frozenset("بين على عن من مع في إلى الى أن ان لدى حتى عند منذ بعد قبل غير كل".split())
"""Prepositions and particles spelt like a foreign or Arabic given name of the gazetteer («بين» Ben;
«على» folds to «علي»), as written: never the first word of a name found before a title."""


def given_name(w: str) -> bool:
    """A normalised word that opens a person's name: a word joined to the next («عبد», «أبو») or a one-word
    person of the NER gazetteer («خالد», «صدام»)."""
    return w in JOIN_NEXT_WORDS or "fane_PER" in load_gazetteer().entries.get((w,), ())


@lru_cache(maxsize=1)
def opening_names() -> frozenset[str]:
    """Given names: the one-word persons of the NER gazetteer and the first words of at least
    :data:`OPENING_NAME_MIN` of its longer person names («خليل» opens ten), less titles («الشيخ»,
    «الملك») and words with the article."""
    g = load_gazetteer()
    firsts = Counter(k[0] for k, v in g.entries.items() if "fane_PER" in v and len(k) >= 2)
    titles = {k[0] for k in load_titles()}
    names = {w for w, n in firsts.items() if n >= OPENING_NAME_MIN}
    names |= {k[0] for k, v in g.entries.items() if "fane_PER" in v and len(k) == 1}
    return frozenset(w for w in names if len(w) >= 3 and not w.startswith("ال") and w not in titles)


class PersonRules(MergerState):
    """The person rules of the within-document step, in the order :func:`merge_actors` runs them."""

    def trim_adverbs(self) -> None:
        """A person mention that runs into an accusative word («سلمان بن عبد العزيز اتصالاً»: the
        tanwin «ً» marks an adverb or object, never part of a name) ends before it."""
        for e in self.entities.values():
            if e.type != "PER":
                continue
            for m in e.mentions:
                i, j = self.d.index_at(m.start), self.d.index_at(m.end - 1)
                if i is None or j is None or j <= i or "\u064b" not in self.d.tokens[j].text:
                    continue
                while j > i and "\u064b" in self.d.tokens[j].text:
                    j -= 1
                self.respan(m, m.start, self.d.tokens[j].end)
                e.text = m.text if len(e.mentions) == 1 else e.text

    def trim_run_ons(self) -> None:
        """A mention that runs on into the next words ends before the first word that cannot be part
        of its name (the tagger's span, not the name, is wrong):

        * a person's name never holds a word with a glued preposition or conjunction that is a common
          word of its own («جون كيري بنظرائه», «عباس بأن», «سعاد عبد الرحيم بالمنصب»): a definite word
          after the clitic that the lexicon knows, a complementizer, or a word the tokenizer left whole
          that reads so («بنظرائه», «وسيبايوس»); a given name is never cut
          («وجدي», «بسام»);
        * no name opens with a verb in the future («سيلتقي كيري»: the span starts after it);
        * a person's name never ends in a day word («أشتون كارتر الخميس»), nor in a perfect verb after
          the definite family name («إبراهيم الجضران هاجمت»: the verb's «ت» on a word whose stem is a
          more frequent word);
        * an organisation's name ends before a coordinated body: «و» glued to an organisation's head
          or a group's name («تيار المستقبل والحزب», «الحكومة وطالبان»); a name coordinating two
          common nouns («العدالة والتنمية») keeps them."""

        def given(w: str) -> bool:
            return w in ("بن", "ابن") or given_name(w)

        for e in self.entities.values():
            if e.type not in ("PER", "ORG", "MISC"):
                continue
            for m in e.mentions:
                i, j = self.d.index_at(m.start), self.d.index_at(m.end - 1)
                if i is None or j is None or j <= i:
                    continue
                if "س" in self.d.tokens[i].prefix and zipf(self.d.tokens[i].core) >= FUTURE_VERB_ZIPF:
                    # «سيلتقي كيري» read from after the future «س»: a verb opens the span, the name follows
                    self.respan(m, self.d.tokens[i + 1].core_start, m.end)
                    if len(e.mentions) == 1:
                        e.text = m.text
                    self.info[e.id].evidence.append(f"rule:mention starts after the verb «{self.d.tokens[i].text}»")
                    i += 1
                    if j <= i:
                        continue
                cut = next(
                    (
                        k
                        for k in range(i + 1, j + 1)
                        if (self._person_run_on(k, k == j, given) if e.type == "PER" else self._coordinated_body(k))
                    ),
                    None,
                )
                if cut is None:
                    continue
                old = self.respan(m, m.start, self.d.tokens[cut - 1].end)
                if e.text == old:
                    e.text = m.text
                self.info[e.id].evidence.append(f"rule:mention ends before «{self.d.tokens[cut].text}»")

    def _person_run_on(self, k: int, last: bool, given: Callable[[str], bool]) -> bool:
        """Whether token ``k`` (not the first of a person's mention) cannot be a word of the name.

        Foreign names often begin with letters the tokenizer reads as clitics («فالفيردي» as ف + ال +
        فيردي, «بالترو», «برومل»): a cut needs the word after the clitic to be a known word of the
        language, never just a word the lexicon lacks."""
        t = self.d.tokens[k]
        w, core = t.norm, t.core
        if given(w):
            return False
        if w in CLITIC_FUNCTION_WORDS and last:
            return True  # «بأن», «لأنه»: a complementizer after the name (not «بان كي مون», «فان خال»)
        if glued(t):
            return core.startswith("ال") and len(core) > 4 and zipf(core) >= KNOWN_WORD_ZIPF
        if core in TIME_WORDS:
            return True
        if not last:
            return False
        if zipf(w) < RARE_WHOLE_ZIPF and zipf(w[1:]) >= RARE_WHOLE_ZIPF:
            if w[0] == "و" and len(w) >= 5:
                return True  # «إيسكو وسيبايوس»: «و» before a second name the tokenizer did not know
            if w[0] in "بل" and w.endswith(("ه", "ها", "هم")):
                return True  # «بنظرائه»: a preposition and a noun with its pronoun, left whole
        prev = self.d.tokens[k - 1].core
        return (
            w.endswith("ت")
            and not w.startswith("ال")
            and prev.startswith("ال")
            and len(w) >= 4
            and zipf(w[:-1]) >= 3.5
            and zipf(w[:-1]) >= zipf(w)
        )

    def _coordinated_body(self, k: int) -> bool:
        """Whether token ``k`` of an organisation's mention is «و» + another body («والحزب», «وطالبان»)."""
        t = self.d.tokens[k]
        if not glued(t).startswith("و"):
            return False
        core = t.core
        b = core[2:] if core.startswith("ال") else core
        return b in COORDINATED_HEADS or b in MILITIA_HEADS or core in DISTINCT_SINGLE

    def titled_names(self) -> None:
        """A name the tagger missed right after a title and what the title takes («الناطق باسم الحكومة
        اليمنية راجح بادي», «وزير الدفاع موشيه يعالون», «المتحدث باسم المقاومة شلال علي شايع») is a
        person: two to four words, none with a glued clitic, pronoun or tanwin, each rare in the
        language (four letters at least: «كلف» is a verb) or a given name of the name lists, at least one
        rare; the first has no article and no verb's prefix (يـ، تـ), the last is no given name; a title
        ends the name («حسام القاويش المتحدث الرسمي»). What the title takes is «باسم», definite words,
        nationality adjectives and marked mentions, up to four words. A new full name lets its surname
        be found alone afterwards (:meth:`find_missed`). A name may also stand right before a title in
        apposition (an office noun of :data:`OFFICE_NOUNS` or a political, military or role title, maybe
        after a comma): two or three words opening with a given name of :func:`opening_names`."""
        toks, sent = self.d.tokens, self.d.sent
        nats = load_nationalities()
        words = [_word(t) for t in toks]
        covered = [False] * len(toks)
        kind = [""] * len(toks)
        for start, end, eid, _m in self.covered():
            i, j = self.d.index_at(start), self.d.index_at(end - 1)
            if i is not None and j is not None:
                for x in range(i, j + 1):
                    covered[x] = True
                    kind[x] = self.entities[eid].type

        def given(w: str) -> bool:
            return w == "بن" or given_name(w)

        def name_word(k: int, first: bool) -> bool:
            t, w = toks[k], words[k]
            if covered[k] or t.suffix or glued(t) or TANWIN in t.text or not ("\u0621" <= w[:1] <= "\u064a"):
                return False
            if given(w):
                return True
            if len(w) < 4 or title_at(words, k) is not None:
                return False  # «كلف», «قرر»: a verb after the name; «المتحدث»: an apposition's title
            if first and (w.startswith("ال") or w.startswith("لل") or w.endswith("ا")):
                return False  # a name opens with no article; «اتصالا هاتفيا» is an adverbial
            if first and w[0] in "بلوف" and zipf(w[1:]) > zipf(w):
                return False  # «بنظرائه»: a clitic the tokenizer left on a word it did not know whole
            if w.endswith(("يين", "يون")):
                return False  # «الخليجيين»: a plural of relation, no person's name
            return zipf(w) < TITLED_NAME_ZIPF

        j = 0
        while j < len(toks):
            title = title_at(words, j) if not covered[j] else None
            if title is None:
                j += 1
                continue
            k = j + len(title.words)
            taken = 0
            while k < len(toks) and sent[k] == sent[j] and taken < 4:
                w = words[k]
                if covered[k] and kind[k] == "PER":
                    break  # the title's holder is named («الرئيس قيس سعيد»): what follows is no title's
                if covered[k] or w == TITLE_BODY or w in nats or w.startswith("ال"):
                    k += 1
                    taken += 1
                    continue
                break
            n = 0
            while k + n < len(toks) and sent[k + n] == sent[j] and n < 4 and name_word(k + n, n == 0):
                n += 1
            ws = words[k : k + n]
            if (
                n >= 2
                and any(zipf(w) < RARE_NAME_ZIPF and not given(w) for w in ws)
                and (given(ws[0]) or ws[0][:1] not in "يت")
                and not given(ws[-1])
            ):
                start, end = toks[k].core_start, toks[k + n - 1].end
                ne = self.new_entity("PER", start, end, key_of_words(ws))
                self.info[ne.id].evidence.append(f"rule:name after the title {' '.join(title.words)}")
                for x in range(k, k + n):
                    covered[x] = True
                j = k + n
                continue
            j += 1

        opening = opening_names()
        # a name right before a title in apposition: «خليل الحية عضو المكتب السياسي», «علي الحسيني، الأمين
        # العام لـ…»; with no title before it to vouch for it, the name must open with a given name
        for j in range(1, len(toks)):
            if covered[j] or not self._apposed_title(words, j):
                continue
            e = j - 1 if toks[j - 1].text in ",،" else j
            for n in (3, 2):
                s = e - n
                if s < 0 or sent[s] != sent[j] or (s > 0 and sent[s - 1] == sent[s] and covered[s - 1]):
                    continue
                ws = words[s:e]
                if (
                    ws[0] in opening
                    and toks[s].text not in NOT_OPENING
                    and not (covered[s] or toks[s].suffix or glued(toks[s]))
                    and not given(ws[-1])
                    and all(name_word(s + x, False) for x in range(1, n))
                    and any(not given(w) for w in ws)
                ):
                    ne = self.new_entity("PER", toks[s].core_start, toks[e - 1].end, key_of_words(ws))
                    self.info[ne.id].evidence.append(f"rule:name before the title {toks[j].text}")
                    for x in range(s, e):
                        covered[x] = True
                    break

    @staticmethod
    def _apposed_title(words: list[str], j: int) -> bool:
        """An office noun or a political, military or role title starts at ``words[j]``, with no clitic."""
        if words[j] in OFFICE_NOUNS:
            return True
        title = title_at(words, j)
        return title is not None and title.type in APPOSED_TITLE_TYPES and title.words[0] == words[j]

    def extend_to_surname(self) -> None:
        """A person mention cut before its surname («خالد محفوظ» before «بحاح») takes the next word when
        the curated list knows the person by first name and that surname («خالد بحاح»)."""
        spans, starts = self.covered_starts()
        for e in self.entities.values():
            if e.type != "PER":
                continue
            for m in e.mentions:
                j = self.d.index_at(m.end - 1)
                i = self.d.index_at(m.start)
                if i is None or j is None or j + 1 >= len(self.d.tokens) or self.d.sent[j + 1] != self.d.sent[j]:
                    continue
                nxt = self.d.tokens[j + 1]
                if nxt.prefix or nxt.start > m.end + 1 or self._overlaps(spans, starts, nxt.start, nxt.end) != []:
                    continue
                words = [_word(t) for t in self.d.tokens[i : j + 1]]
                short = key_of_words([words[0], nxt.norm])
                cur = self.actors.lookup(short, "PER")
                if cur is None or cur.type != "PER" or len(short) != 2:
                    continue
                self.respan(m, m.start, nxt.end)
                if len(e.mentions) == 1:
                    e.text = m.text
                self.info[e.id].evidence.append(f"rule:surname «{nxt.text}» joined to the name")
                spans, starts = self.covered_starts()

    def _long_mentions(self, type_: str) -> list[tuple[Entity, Mention, int, int, list[str]]]:
        """The mentions of entities of ``type_`` four words long or more: ``(entity, mention, first token,
        last token, words)`` (a list: the callers split mentions while they go)."""
        out = []
        for e in list(self.entities.values()):
            if e.type != type_:
                continue
            for m in list(e.mentions):
                i, j = self.d.index_at(m.start), self.d.index_at(m.end - 1)
                if i is not None and j is not None and j - i >= 3:
                    out.append((e, m, i, j, [_word(t) for t in self.d.tokens[i : j + 1]]))
        return out

    def split_joined_names(self) -> None:
        """A person mention that is two curated names back to back («سيرجي لافروف عادل الجبير», a tag
        line read as one name) becomes two mentions: one person never takes another's name."""
        for e, m, i, j, words in self._long_mentions("PER"):
            for cut in range(2, len(words) - 1):
                k1, k2 = key_of_words(words[:cut]), key_of_words(words[cut:])
                if self.actors.lookup(k1, "PER") is None or self.actors.lookup(k2, "PER") is None:
                    continue
                second = self.d.tokens[i + cut]
                m.end = self.d.tokens[i + cut - 1].end
                m.text = self.doc.text[m.start : m.end]
                self.mkey[id(m)] = k1
                self.new_entity("PER", second.core_start, self.d.tokens[j].end, k2)
                self.info[e.id].evidence.append(f"rule:two names in one mention, split before «{second.text}»")
                break

    def split_organisation_and_person(self) -> None:
        """An organisation mention that runs into a person's name («الجيش الوطني الليبي أحمد المسماري»:
        a spokesman's body and his name in apposition, read as one name) becomes two mentions.

        The organisation part begins with an organisation head («جيش», «حزب»: :data:`ORG_NAME_HEADS`)
        and ends with an adjective (ال…ي) or is a curated organisation; the person part is at least two
        words and starts with a given name of the name lists («أحمد», «عبد …»), never with the article.
        """
        for _e, m, i, j, words in self._long_mentions("ORG"):
            if bare(words[0]) in ORG_NAME_HEADS:
                for cut in range(2, len(words) - 1):
                    first, last = words[cut], words[cut - 1]
                    if not given_name(first) or first.startswith("ال") or bare(first) in ORG_NAME_HEADS:
                        continue
                    k1 = key_of_words(words[:cut])
                    if not (last.startswith("ال") and last.endswith("ي")) and self.actors.lookup(k1, "ORG") is None:
                        continue
                    person = self.d.tokens[i + cut]
                    m.end = self.d.tokens[i + cut - 1].end
                    m.text = self.doc.text[m.start : m.end]
                    self.mkey[id(m)] = k1
                    ne = self.new_entity("PER", person.core_start, self.d.tokens[j].end, key_of_words(words[cut:]))
                    self.info[ne.id].evidence.append("rule:a name after an organisation's name, split from it")
                    break

    def split_group_and_person(self) -> None:
        """An organisation mention that is a definite group noun and a person's name («الميليشيات
        عبدالملك الحوثي» after «زعيم», «القوات خليفة حفتر»: the noun closes a genitive, the name stands in
        apposition to it) becomes the person's mention: a definite head of :data:`GROUP_HEADS` in any
        spelling, then two words or more opening with a given name of the name lists. An indefinite head
        («كتائب عبد الله عزام», «قوات حفتر») is a body named after the person and is left whole."""
        for e in list(self.entities.values()):
            if e.type not in ("ORG", "MISC"):
                continue
            for m in list(e.mentions):
                i, j = self.d.index_at(m.start), self.d.index_at(m.end - 1)
                if i is None or j is None or j - i < 2:
                    continue
                head, first = _word(self.d.tokens[i]), _word(self.d.tokens[i + 1])
                if not head.startswith("ال") or head[2:] not in GROUP_HEADS:
                    continue
                joined = len(first) > 4 and first.startswith(("عبد", "ابو"))  # «عبدالملك» written as one word
                if not (joined or given_name(first)):
                    continue
                person = self.d.tokens[i + 1]
                words = [_word(t) for t in self.d.tokens[i + 1 : j + 1]]
                e.mentions.remove(m)
                ne = self.new_entity("PER", person.core_start, m.end, key_of_words(words))
                self.info[ne.id].evidence.append(f"rule:a name after the group noun «{self.d.tokens[i].text}»")
                if not e.mentions:
                    e.text = ne.text

    def titles_and_context(self) -> None:
        """Strip titles from person mentions; titles/nationalities just before give evidence."""
        nats = load_nationalities()
        for e in self.entities.values():
            if e.type != "PER":
                continue
            info = self.info[e.id]
            for m in e.mentions:
                st = strip_titles(m.text)
                if st.drop:
                    m.start += st.drop
                    m.text = self.doc.text[m.start : m.end]
                    self.mkey[id(m)] = key_of_words(st.words)
                    info.evidence.append(f"title:{' '.join(st.titles[0].words)}")
                if st.country and not info.country:
                    info.country = st.country
                    info.evidence.append(f"rule:title+nationality→{st.country}")
                prev = self.d.before(m.start, 4)
                words = [_word(t) for t in prev]
                if words and words[-1] in nats:
                    for j in range(len(words) - 1):
                        t = title_at(words, j)
                        if t is not None and j + len(t.words) == len(words) - 1:
                            if not info.country:
                                info.country = nats[words[-1]]
                                info.evidence.append(f"rule:{' '.join(t.words)} {words[-1]}→{info.country}")
                            break

    def role_nominals(self) -> None:
        """A person introduced with a title names again by the title alone: after «الرئيس التركي رجب طيب
        إردوغان», «وأكد الرئيس التركي أن …» is Erdogan; after «وزير الخارجية عادل الجبير», «وزير
        الخارجية» is al-Jubeir. Only political, royal and military titles, with their nationality
        adjective when the text gives one; a title that introduced two people in the document names
        neither, and a one-word title only a royal one («الملك»). The mention is linked to the person
        and never becomes the entity's name."""
        nats = load_nationalities()
        toks, sent = self.d.tokens, self.d.sent
        words = [_word(t) for t in toks]

        def role_at(j: int) -> tuple[str, ...] | None:
            t = title_at(words, j)
            if t is None or t.type not in ROLE_TYPES:
                return None
            end = j + len(t.words)
            if end < len(words) and sent[end] == sent[j] and words[end] in nats:
                return (*t.words, words[end])
            return t.words

        def past_titles(q: int, limit: int) -> int:
            """The word after the titles starting at ``q`` («المهندس» in «نائب الرئيس المهندس خالد بحاح»)."""
            while q < limit:
                t = title_at(words, q)
                if t is None or sent[q] != sent[limit - 1]:
                    break
                q += len(t.words)
            return q

        roles: dict[tuple[str, ...], dict[NameKey, str]] = {}
        for e in sorted(self.entities.values(), key=lambda x: entity_number(x.id)):
            if e.type != "PER":
                continue
            for m in e.mentions:
                i = self.d.index_at(m.start)
                if i is None:
                    continue
                j = max(0, i - 6)
                while j < i:  # every role of a chain of titles («خادم الحرمين الشريفين الملك سلمان»)
                    role = role_at(j) if sent[j] == sent[i] else None
                    if role is not None and past_titles(j + len(role), i) == i:
                        roles.setdefault(role, {}).setdefault(self.key(m), e.id)
                    j += len(role) if role else 1
        person: dict[tuple[str, ...], str] = {}
        for r, names in roles.items():
            longest = max(names, key=len)  # one person: one name, or shorter forms of it
            if (len(r) >= 2 or load_titles()[r].type == "royal") and all(
                k == longest or contains_name(longest, k) for k in names
            ):
                person[r] = names[longest]
        # the title without its nationality names the same person when no other person holds it
        # («نائب الرئيس اليمني خالد بحاح» … «نائب الرئيس يغادر عدن»)
        bases: dict[tuple[str, ...], set[str]] = {}
        for r in list(roles):
            if len(r) >= 3 and r[-1] in nats:
                bases.setdefault(r[:-1], set()).add(person.get(r, ""))
        for base, holders in bases.items():
            if base not in roles and len(holders) == 1 and "" not in holders:
                person[base] = next(iter(holders))
        if not person:
            return
        spans, starts = self.covered_starts()
        per_starts = {m.start for e in self.entities.values() if e.type == "PER" for m in e.mentions}
        p = 0
        while p < len(toks):
            role = role_at(p)
            if role is None or role not in person:
                p += len(role) if role else 1  # «نائب خادم الحرمين الشريفين»: no «خادم الحرمين الشريفين» inside
                continue
            q = p + len(role)
            after = past_titles(q, min(len(toks), q + 3))
            if after < len(toks) and sent[after] == sent[p] and toks[after].core_start in per_starts:
                p = q  # the title introduces a name here
                continue
            start, end = toks[p].core_start, toks[q - 1].end
            if self._overlaps(spans, starts, start, end) != []:
                p = q
                continue
            ne = self.new_entity("PER", start, end, role)
            self.roles.add(ne.id)
            self.links.append((ne.id, person[role], "name"))
            self.info[ne.id].evidence.append(f"rule:the title alone names {self.entities[person[role]].text}")
            spans, starts = self.covered_starts()
            p = q

    def speakers(self) -> None:
        """A family name that also names a movement («الحوثي»: the Houthis, or their leader
        عبدالملك الحوثي) is the person when it speaks: right after a speech verb or noun («وقال
        الحوثي», «خطاب الحوثي», «قالوا إن الحوثي»), when exactly one person of the document bears
        that family name. Elsewhere it stays the movement («تحركات الحوثي»)."""
        names: dict[str, dict[NameKey, str]] = {}
        for e in sorted(self.entities.values(), key=lambda x: entity_number(x.id)):
            k = name_key(e.text)
            if e.type == "PER" and len(k) >= 2 and k[-2] != "بن":
                names.setdefault(k[-1], {}).setdefault(k, e.id)
        people = {}  # family name → the one person bearing it (one name, or shorter forms of one name)
        for family, keys in names.items():
            longest = max(keys, key=len)
            if all(k == longest or contains_name(longest, k) for k in keys):
                people[family] = keys[longest]
        if not people:
            return
        for e in list(self.entities.values()):
            if e.type != "ORG":
                continue
            for m in list(e.mentions):
                k = self.key(m)
                if len(k) != 1 or k[0] not in people:
                    continue
                prev = [_word(t) for t in self.d.before(m.start, 2)]
                if prev and prev[-1] in ("ان", "إن", "أن") and len(prev) == 2:
                    prev = prev[:-1]  # «قالوا إن الحوثي»
                if not prev or not (prev[-1] in SPEECH_WORDS or prev[-1].rstrip("وا") in SPEECH_WORDS):
                    continue
                person = people[k[0]]
                e.mentions.remove(m)
                ne = self.new_entity("PER", m.start, m.end, k)
                self.speaking.add(ne.id)
                self.links.append((ne.id, person, "name"))
                self.info[ne.id].evidence.append(f"rule:the family name speaks: {self.entities[person].text}")

    def possessives_and_families(self) -> None:
        """قوات حفتر → ORG affiliated to حفتر; نجل حفتر صدام → صدام حفتر, a relative of حفتر."""
        # family names of the persons named in full: «نجل الزروق محمد» read as the name «الزروق محمد»
        # is the relative محمد when الزروق is the family name of a person in the document
        surnames = {
            k[-1] for e in self.entities.values() if e.type == "PER" for m in e.mentions if len(k := self.key(m)) >= 2
        }
        for e in list(self.entities.values()):
            if e.type != "PER":
                continue
            for m in list(e.mentions):
                k = self.key(m)
                prev = self.d.before(m.start, 3)
                if len(prev) >= 2 and title_at([_word(prev[-1])], 0) is not None and _word(prev[-2]) in GROUP_HEADS:
                    prev = prev[:-1]  # «قوات المخلوع صالح»: a title between the head and the name
                prev = prev[-2:]
                head = _word(prev[-1]) if prev else ""
                inside = k[0] if len(k) >= 2 else ""
                if head in GROUP_HEADS or inside in GROUP_HEADS:
                    self._group(
                        e, m, prev[-1] if head in GROUP_HEADS else None, head if head in GROUP_HEADS else inside
                    )
                elif inside in FAMILY_WORDS:
                    self._family_inside(e, m, k)
                elif prev and _word(prev[-1]) in FAMILY_WORDS and len(k) == 2 and k[0] in surnames and k[0] != k[1]:
                    self._family_after(e, m, k, _word(prev[-1]))
                elif len(prev) == 2 and _word(prev[0]) in FAMILY_WORDS and len(k) == 1:
                    # «نجل حفتر صدام»: the named relative is صدام حفتر
                    namesake = prev[1].norm
                    self.mkey[id(m)] = (*k, namesake)
                    self._relative_of(e, namesake, f"{_word(prev[0])} {namesake} {k[0]}")

    def _group(self, e: Entity, m: Mention, head_tok: Token | None, head: str) -> None:
        start = head_tok.core_start if head_tok is not None else m.start
        k = name_key(self.doc.text[start : m.end])
        e.mentions.remove(m)
        ne = self.new_entity("ORG", start, m.end, k)
        info = self.info[ne.id]
        kind = GROUP_HEADS[head]
        info.affiliated_to = e.id  # may be left without mentions: then the name is resolved instead
        info.affiliated_name = k[1:]
        info.kind = kind
        info.evidence.append(f"rule:{head}+PER→{kind} ({self.doc.text[start : m.end]})")

    def _family_inside(self, e: Entity, m: Mention, k: NameKey) -> None:
        toks = [(w, s) for w, s in zip(k, word_starts(m.text), strict=False)]
        if len(k) >= 3:
            # «نجل حفتر صدام» as one mention: the mention becomes صدام, a relative of حفتر
            cut = toks[2][1]
            m.start += cut
            m.text = self.doc.text[m.start : m.end]
            self.mkey[id(m)] = (*k[2:], k[1])
        self._relative_of(e, k[1], " ".join(k))

    def _family_after(self, e: Entity, m: Mention, k: NameKey, kin: str) -> None:
        """«نجل الزروق محمد» with «الزروق محمد» as one mention: the mention becomes محمد, a relative of
        الزروق (a family name the document gives in full elsewhere)."""
        starts = word_starts(m.text)
        if len(starts) != 2:
            return
        first = m.start
        first_end = first + len(m.text.split()[0])
        m.start += starts[1]
        m.text = self.doc.text[m.start : m.end]
        self.mkey[id(m)] = (k[1], k[0])
        self._relative_of(e, k[0], f"{kin} {k[0]} {k[1]}")
        # the family name itself stays a mention of its own (which person it is, the merge decides)
        self.new_entity("PER", first, first_end, (k[0],))

    def _relative_of(self, e: Entity, namesake: str, phrase: str) -> None:
        info = self.info[e.id]
        info.kind = "person"
        info.evidence.append(f"rule:kinship ({phrase})→relative, not the same person")
        self._pending_relative[e.id] = namesake
        info.affiliated_name = (namesake,)
