"""Within-document merging: the mentions of one actor become one entity.

Works on ``doc.entities`` as :func:`marsad.ner.merge_entities` leaves them (one entity per exact
name). In order:

1. **Parenthesised aliases**: «تنظيم الدولة الإسلامية (داعش)» makes داعش an alias of the
   organisation for the whole document.
2. **Missed mentions**: names of the curated list (``data/actors.tsv``), surnames of the document's
   full names (حفتر after خليفة حفتر) and aliases are looked up in the tokens; a span no mention
   covers becomes a new entity (ids continue after the last one; no entity is renumbered). A curated
   name that strictly contains NER mentions replaces them (قوات حفتر over the PER حفتر). Then
   organisations named after their head noun («وزارة الخارجية الروسية», «مجلس الدفاع الوطني»), and a
   definite head alone that names the one organisation of the document it heads («التحالف» for
   «التحالف العربي»).
3. **Titles** (``data/titles.tsv``) are cut from the front of person mentions (المشير خليفة حفتر →
   خليفة حفتر, offsets stay exact); a title and nationality adjective just before a name give
   evidence (الرئيس التونسي قيس سعيد → TN).
4. **Possessives**: a group head before a person (قوات حفتر, حكومة السراج, نظام الأسد) makes an ORG
   affiliated to the person, never the person. **Families**: a kinship word (نجل حفتر صدام, نجلا
   حفتر) makes a relative, a separate person affiliated to the one named: sons are not the father.
5. **Merging** (union-find; the survivor keeps the lowest id): same type and name key; same curated
   actor; a surname or shorter name inside exactly one longer name of the document (حفتر → خليفة
   حفتر; ambiguous surnames stay apart unless the curated list says whom the surname alone means);
   an organisation's short form inside exactly one long form with the same head (الوفاق → حكومة
   الوفاق الوطني); aliases. Two people whose names conflict (خليفة حفتر, صدام حفتر) never share an
   entity. Types are never mixed, except an organisation's acronym tagged as another type.

Why hand-written: coreference models for Arabic (e.g. AraBERT fine-tuned on OntoNotes) need a GPU
and training data marsad cannot ship; news actors are named by a few regular patterns that rules
cover with exact offsets and explanations (``Entity.evidence``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from marsad.actors.curated import ActorList, CuratedActor
from marsad.actors.names import (
    FAMILY_WORDS,
    GROUP_HEADS,
    JOIN_NEXT_WORDS,
    NameKey,
    bare,
    key_of_words,
    key_str,
    load_nationalities,
    load_titles,
    name_key,
    strip_titles,
    title_at,
)
from marsad.model import Document, Entity, Mention, Token
from marsad.text.lexicon import glued_conjunction, zipf
from marsad.text.normalize import normalize

_ORG_WORD = re.compile(r"[\u0621-\u064a]{2,}")
ANAPHORIC_HEADS = frozenset(
    name_key(w)[0]
    for w in "التحالف المقاومة الجيش الحكومة المعارضة الحركة الجبهة التنظيم الجماعة الحزب المجلس الوزارة".split()
)
"""Definite heads that, alone, name again the one organisation of the document they head («التحالف» for
«التحالف العربي», «المقاومة» for «المقاومة الشعبية»)."""
DISTINCT_SINGLE = frozenset(
    key_of_words([w])[0]
    for w in (
        "داعش الاخوان حماس الحوثيين الحوثيون السيسي اوباما اردوغان القذافي ترامب رويترز البغدادي بوتين "
        "روحاني خامنيي طالبان الناتو نتنياهو حفتر السراج بوتفليقه البيشمركه"
    ).split()
)
"""Curated one-word names that are frequent words yet nearly always mean the actor in news; other
one-word curated names are looked for in the text only when rarer than Zipf 4.0 and not listed in
:data:`AMBIGUOUS_SINGLE` (فتح is "opening", الكرامة "dignity", هادي "calm")."""

AMBIGUOUS_SINGLE = frozenset(
    key_of_words([w])[0]
    for w in "سبا قنا وات واج واس وام وال ظريف ليون بري عباس هادي فتح الكرامه الشرعيه التحالف الوفاق عقيله".split()
)

_PAREN = re.compile(r"\s*[(\[]\s*([^()\[\]\n]{2,40}?)\s*[)\]]")
_MAX_SURNAME_ZIPF = 4.5
ORG_NAME_HEADS = frozenset(
    normalize(w)
    for w in (
        "حركة حزب تيار ائتلاف تجمع جبهة جماعة تنظيم كتيبة كتائب لواء سرايا جيش شرطة حكومة وزارة مجلس "
        "برلمان رئاسة محكمة هيئة لجنة منظمة اتحاد جمعية نقابة رابطة مؤسسة شركة مصرف بنك وكالة قناة صحيفة "
        "جريدة تلفزيون إذاعة جامعة بعثة"
    ).split()
)
"""Head nouns that begin an organisation's name («وزارة الخارجية الروسية», «مجلس الدفاع الوطني»); the
generic heads («قوات», «أمن», «مركز», «موقع») are left out: they mostly begin descriptions."""
ROLE_TYPES = frozenset(("political", "royal", "military"))
"""Kinds of titles that, alone, name again the person they introduced (see ``role_nominals``)."""
ARM_HEADS = frozenset(normalize(w) for w in "طيران مقاتلات طائرات قوات".split())
"""Heads that, before an organisation, name its arm and so the organisation itself («طيران التحالف»)."""
MILITIA_HEADS = frozenset(
    normalize(w) for w in "ميليشيات مليشيات ميليشيا مليشيا ميلشيات الميليشيات المليشيات الميليشيا المليشيا".split()
)
"""Heads that, before a group's adjective, name the group («الميليشيات الحوثية»)."""
_ORG_RARE_ZIPF = 3.5
_ORG_MAX_WORDS = 5


@dataclass(slots=True)
class EntityInfo:
    """What the within-document step learnt about an entity, for the registry and attributes."""

    curated: CuratedActor | None = None
    country: str | None = None
    kind: str | None = None
    affiliated_to: str | None = None
    """Entity id of the actor this one belongs to (a group's leader, a relative's namesake)."""
    affiliated_name: NameKey | None = None
    """The name of that actor, for the registry when no entity of the document carries it."""
    evidence: list[str] = field(default_factory=list)
    keys: set[NameKey] = field(default_factory=set)


class _Doc:
    """Token look-ups of one document."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.tokens: list[Token] = []
        self.sent: list[int] = []
        for si, s in enumerate(doc.sentences):
            for t in s.tokens:
                self.tokens.append(t)
                self.sent.append(si)
        self.starts = [t.start for t in self.tokens]

    def index_at(self, offset: int) -> int | None:
        """Index of the token containing ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def before(self, offset: int, n: int) -> list[Token]:
        """Up to ``n`` tokens of the same sentence before the token at ``offset``, nearest last."""
        i = self.index_at(offset)
        if i is None:
            return []
        out = [self.tokens[j] for j in range(max(0, i - n), i) if self.sent[j] == self.sent[i]]
        return out

    def sentence_of(self, offset: int) -> int:
        i = self.index_at(offset)
        return self.sent[i] if i is not None else 0


def _word(t: Token) -> str:
    """A token's word without its conjunction/preposition clitics (the form heads and titles take)."""
    return t.core or t.norm


class _Merger:
    def __init__(self, doc: Document, actors: ActorList) -> None:
        self.doc = doc
        self.actors = actors
        self.d = _Doc(doc)
        self.entities: dict[str, Entity] = {e.id: e for e in doc.entities}
        self.mkey: dict[int, NameKey] = {}
        self.info: dict[str, EntityInfo] = {e.id: EntityInfo() for e in doc.entities}
        self.links: list[tuple[str, str, str]] = []
        self.roles: set[str] = set()
        """Entities made of a title alone («الرئيس التركي»), by id."""
        self.arms: set[int] = set()
        """Mentions widened to an organisation's arm («طيران التحالف»), by ``id``."""
        self.next_n = 1 + max((_num(e.id) for e in doc.entities), default=0)

    # ------------------------------------------------------------------ helpers

    def new_entity(self, type_: str, start: int, end: int, key: NameKey) -> Entity:
        eid = f"e{self.next_n}"
        self.next_n += 1
        text = self.doc.text[start:end]
        m = Mention(start, end, text, type_, self.d.sentence_of(start))
        e = Entity(eid, text, type_, [m], key_str(key))
        self.entities[eid] = e
        self.info[eid] = EntityInfo()
        self.mkey[id(m)] = key
        return e

    def key(self, m: Mention) -> NameKey:
        k = self.mkey.get(id(m))
        if k is None:
            k = name_key(m.text)
            self.mkey[id(m)] = k
        return k

    def covered(self) -> list[tuple[int, int, str, Mention]]:
        return sorted((m.start, m.end, e.id, m) for e in self.entities.values() for m in e.mentions)

    # ------------------------------------------------------------------ steps

    def aliases(self) -> dict[NameKey, str]:
        """Parenthesised aliases after ORG mentions: «الاسم الطويل (الاختصار)»."""
        out: dict[NameKey, str] = {}
        text = self.doc.text
        for e in list(self.entities.values()):
            if e.type != "ORG":
                continue
            for m in list(e.mentions):
                pm = _PAREN.match(text, m.end)
                if not pm:
                    continue
                alias = pm.group(1)
                k = name_key(alias)
                if not k or len(k) > 3 or k == self.key(m):
                    continue
                out[k] = e.id
                self.info[e.id].evidence.append(f"rule:alias in parentheses ({alias})")
        return out

    def find_missed(self, aliases: dict[NameKey, str]) -> None:
        """Curated names, document surnames and aliases that NER missed (see the module docstring)."""
        local: dict[NameKey, str | None] = {}
        local_type: dict[NameKey, str] = {}
        nats = load_nationalities()
        for e in self.entities.values():
            k = name_key(e.text)
            if not k:
                continue
            if e.type in ("PER", "ORG") and len(k) >= 2:
                local.setdefault(k, e.id)
                local_type.setdefault(k, e.type)
            if e.type == "PER" and len(k) >= 2 and (len(k) < 3 or k[-2] != "بن"):
                s = (k[-1],)
                if len(s[0]) >= 3 and zipf(s[0]) < _MAX_SURNAME_ZIPF and s[0] not in nats:
                    # a surname shared by two full names links to neither (the merge step decides)
                    local[s] = e.id if local.get(s, e.id) == e.id else None
                    local_type[s] = "PER"
        for k, eid in aliases.items():
            local[k] = eid
            local_type[k] = "ORG"
        toks, sent = self.d.tokens, self.d.sent
        max_n = max(self.actors.max_words, 4)
        spans = self.covered()
        starts = [s[0] for s in spans]
        # only a token that can start a known key is looked at (keys start with one of these words)
        firsts = {k[0] for k in local} | self.actors.first_words()
        i = 0
        while i < len(toks):
            t0 = toks[i]
            if not ("\u0621" <= t0.norm[:1] <= "\u06ff"):
                i += 1
                continue
            w0 = _word(t0)
            if w0.startswith("لل") and len(w0) > 4:
                w0 = "ال" + w0[2:]
            if w0 not in firsts and w0 not in JOIN_NEXT_WORDS:
                i += 1
                continue
            hit = None
            for n in range(min(max_n, len(toks) - i), 0, -1):
                if sent[i + n - 1] != sent[i]:
                    continue
                words = [_word(t0)] + [t.norm for t in toks[i + 1 : i + n]]
                k = key_of_words(words)
                if k in local or self._curated_matchable(k):
                    hit = (n, k)
                    break
            if hit is None:
                i += 1
                continue
            n, k = hit
            start, end = t0.core_start, toks[i + n - 1].end
            inner = self._overlaps(spans, starts, start, end)
            if inner is None:  # crosses a mention: leave NER's decision
                i += 1
                continue
            if inner and (k not in self.actors.by_key or any((s, e) == (start, end) for s, e, _, _ in inner)):
                i += n if not inner else 1
                continue
            target = local.get(k)
            cur = self.actors.by_key.get(k, [])
            type_ = local_type.get(k) or (cur[0].type if cur else "ORG")
            for _s, _e, eid, m in inner:
                self.entities[eid].mentions.remove(m)
            ne = self.new_entity(type_, start, end, k)
            if target:
                self.links.append((ne.id, target, "alias" if k in aliases else "name"))
            spans = self.covered()
            starts = [s[0] for s in spans]
            i += n

    def named_organisations(self) -> None:
        """Organisation names the tagger missed, found by their head noun (:data:`ORG_NAME_HEADS`).

        The head is followed by its name: definite words («وزارة الخارجية», «مجلس الدفاع الوطني»), rare
        words («جبهة فتح الشام»), or organisations already marked. A definite head needs
        more than common adjectives after it: a nationality («الشرطة التركية») or a rare word; «الحكومة
        الحالية» is a description. A span holding a place or a person is left alone: the places stage
        placed the one, the possessive step reads the other («حكومة المشيشي»).
        """
        nats = load_nationalities()
        toks, sent = self.d.tokens, self.d.sent
        spans = self.covered()
        starts = [sp[0] for sp in spans]
        i = 0
        while i < len(toks):
            t = toks[i]
            w = _word(t)
            definite = w.startswith("ال")
            if (w[2:] if definite else w) not in ORG_NAME_HEADS or self._overlaps(
                spans, starts, t.core_start, t.end
            ) != []:
                i += 1  # not a head, or already inside a mention
                continue
            j, named, nouns = i + 1, False, 0
            while j < len(toks) and sent[j] == sent[i] and j - i <= _ORG_MAX_WORDS:
                u = toks[j]
                inner = self._overlaps(spans, starts, u.core_start, u.end)
                if inner is None:
                    break  # a mention crossing this word: the name ends before it
                if inner:
                    ent = self.entities[inner[0][2]]
                    if ent.type in ("LOC", "GPE", "FAC", "PER"):
                        named = False
                        j = i  # a place (the places stage placed it) or a person («حكومة المشيشي»: a possessive)
                        break
                    end = inner[0][1]
                    while j < len(toks) and toks[j].end <= end:
                        j += 1
                    named = True
                    continue
                x = _word(u)
                if (
                    u.norm != x
                    or glued_conjunction(x) is not None
                    or not _ORG_WORD.fullmatch(x)
                    or x[2:] in ORG_NAME_HEADS
                ):
                    break  # a glued «و»/«ل» («والحوثيين»), punctuation, a number or another head ends it
                if x.startswith("ال"):
                    named = named or x in nats or zipf(x) < _ORG_RARE_ZIPF
                    nouns += 1
                elif zipf(x) < _ORG_RARE_ZIPF:
                    named = True
                else:
                    break
                j += 1
            if j - i >= 2 and (named or (not definite and nouns)):
                start, end = t.core_start, toks[j - 1].end
                inner = self._overlaps(spans, starts, start, end)
                if inner is None:
                    i += 1
                    continue
                for _s, _e, eid, m in inner:
                    self.entities[eid].mentions.remove(m)
                words = [w] + [toks[k].norm for k in range(i + 1, j)]
                ne = self.new_entity("ORG", start, end, key_of_words(words))
                self.info[ne.id].evidence.append(f"rule:organisation named after its head «{t.text}»")
                spans = self.covered()
                starts = [sp[0] for sp in spans]
                i = j
                continue
            i += 1

    def head_anaphora(self) -> None:
        """A definite head alone («التحالف», «المقاومة») names again the one organisation of the
        document it heads («التحالف العربي», «المقاومة الشعبية»); with two («التحالف العربي»,
        «التحالف الدولي») it names neither. A head followed by a definite word or an adjective is
        another name («التحالف الدولي»), not the short one; a word glued to «و» after it is the next item of a
        list («نجاح المقاومة والتحالف»)."""
        owners: dict[str, set[str]] = {}
        for e in self.entities.values():
            k = name_key(e.text)
            if e.type == "ORG" and len(k) >= 2 and k[0] in ANAPHORIC_HEADS:
                owners.setdefault(k[0], set()).add(e.id)
        owner = {h: next(iter(ids)) for h, ids in owners.items() if len(ids) == 1}
        if not owner:
            return
        spans = self.covered()
        starts = [sp[0] for sp in spans]
        toks, sent = self.d.tokens, self.d.sent
        for i, t in enumerate(toks):
            head = _word(t)
            if head not in owner:
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) and sent[i + 1] == sent[i] else None
            if nxt is not None and not nxt.prefix and (_word(nxt).startswith("ال") or nxt.norm.endswith(("ي", "يه"))):
                continue
            if self._overlaps(spans, starts, t.core_start, t.end) != []:
                continue  # inside a mention already
            ne = self.new_entity("ORG", t.core_start, t.end, (head,))
            self.links.append((ne.id, owner[head], "name"))
            self.info[ne.id].evidence.append(f"rule:head alone names {self.entities[owner[head]].text}")
            spans = self.covered()
            starts = [sp[0] for sp in spans]

    def forces(self) -> None:
        """Forces named after the organisation they belong to.

        * an arm before an organisation's mention is that organisation: «طيران التحالف», «مقاتلات
          التحالف» (the mention widens to the head);
        * militias with a group's adjective are that group: «الميليشيات الحوثية», «ميليشيات الانقلاب
          الحوثي» (an organisation of the document, or of the curated list, whose name the adjective
          derives from).

        Forces named by whom they are loyal to («القوات الموالية لهادي») were tried as actors of their
        own: the clustering figures did not move and the relations stage lost their «loyal_to».
        """
        toks, sent = self.d.tokens, self.d.sent
        spans = self.covered()
        starts = [sp[0] for sp in spans]
        at_start = {sp[0]: sp for sp in spans}
        i = 0
        while i < len(toks) - 1:
            t = toks[i]
            head = _word(t)
            if head not in ARM_HEADS and head not in MILITIA_HEADS:
                i += 1
                continue
            if self._overlaps(spans, starts, t.core_start, t.end) != []:
                i += 1
                continue
            nxt = toks[i + 1]
            same = sent[i + 1] == sent[i]
            inner = at_start.get(nxt.core_start) if same and not nxt.prefix else None
            if head in ARM_HEADS and inner is not None and self.entities[inner[2]].type == "ORG":
                m = inner[3]
                self.key(m)  # the key of the organisation's name, kept
                m.start, m.text = t.core_start, self.doc.text[t.core_start : m.end]
                self.arms.add(id(m))
                self.info[inner[2]].evidence.append(f"rule:arm of the organisation «{m.text}»")
            elif head in MILITIA_HEADS and same:
                self._militia(i)
            spans = self.covered()
            starts = [sp[0] for sp in spans]
            at_start = {sp[0]: sp for sp in spans}
            i += 1

    def _militia(self, i: int) -> None:
        toks, sent = self.d.tokens, self.d.sent
        for j in (i + 1, i + 2):  # the adjective, maybe after one definite noun («ميليشيات الانقلاب الحوثي»)
            if j >= len(toks) or sent[j] != sent[i] or toks[j].prefix:
                return
            adj = _word(toks[j])
            if adj.endswith(("يه", "ي")) and adj.startswith("ال") and len(adj) > 5:
                base = adj[:-2] if adj.endswith("يه") else adj[:-1]  # الحوثيه / الحوثي → الحوث
                group = self._group_named(base)
                if group is None:
                    return
                spans = self.covered()
                starts = [sp[0] for sp in spans]
                start, end = toks[i].core_start, toks[j].end
                if self._overlaps(spans, starts, start, end) != []:
                    return
                key = self.key(group[1]) if group[0] else group[2]
                ne = self.new_entity("ORG", start, end, key)
                if group[0]:
                    self.links.append((ne.id, group[0], "name"))
                self.info[ne.id].evidence.append(f"rule:militias named by the group's adjective «{adj}»")
                return
            if not adj.startswith("ال"):
                return

    def _group_named(self, base: str) -> tuple[str, Mention, NameKey] | None:
        """The organisation whose name the adjective stem ``base`` («الحوث») gives: one of the document
        (entity id, mention, key) or of the curated list (``""``, a mention, its key)."""
        forms = {base + "ي", base + "يين", base + "يون"}
        for e in self.entities.values():
            if e.type != "ORG":
                continue
            for m in e.mentions:
                if any(w in forms for w in self.key(m)):
                    return e.id, m, self.key(m)
        for form in sorted(forms):
            k = key_of_words([form])
            if k in self.actors.by_key and len(form) > 5:
                return "", Mention(0, 0, "", "ORG"), k
        return None

    def _curated_matchable(self, k: NameKey) -> bool:
        if k not in self.actors.by_key:
            return False
        if len(k) >= 2:
            return True
        w = k[0]
        return w in DISTINCT_SINGLE or (w not in AMBIGUOUS_SINGLE and zipf(w) < 4.0 and len(w) >= 3)

    @staticmethod
    def _overlaps(
        spans: list[tuple[int, int, str, Mention]], starts: list[int], start: int, end: int
    ) -> list[tuple[int, int, str, Mention]] | None:
        """Mentions inside ``[start, end)``; None when one crosses its borders."""
        lo = bisect.bisect_left(starts, start - 200)
        inner = []
        for s in spans[lo:]:
            if s[0] >= end:
                break
            if s[1] <= start:
                continue
            if s[0] >= start and s[1] <= end:
                inner.append(s)
            else:
                return None
        return inner

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

        roles: dict[tuple[str, ...], set[str]] = {}
        for e in self.entities.values():
            if e.type != "PER":
                continue
            for m in e.mentions:
                i = self.d.index_at(m.start)
                if i is None:
                    continue
                for j in range(max(0, i - 5), i):
                    role = role_at(j) if sent[j] == sent[i] else None
                    if role is not None and j + len(role) == i:
                        roles.setdefault(role, set()).add(e.id)
                        break
        person = {
            r: next(iter(ids))
            for r, ids in roles.items()
            if len(ids) == 1 and (len(r) >= 2 or load_titles()[r].type == "royal")
        }
        if not person:
            return
        spans = self.covered()
        starts = [sp[0] for sp in spans]
        per_starts = {m.start for e in self.entities.values() if e.type == "PER" for m in e.mentions}
        p = 0
        while p < len(toks):
            role = role_at(p)
            if role is None or role not in person:
                p += 1
                continue
            q = p + len(role)
            if q < len(toks) and sent[q] == sent[p] and toks[q].core_start in per_starts:
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
            spans = self.covered()
            starts = [sp[0] for sp in spans]
            p = q

    def possessives_and_families(self) -> None:
        """قوات حفتر → ORG affiliated to حفتر; نجل حفتر صدام → صدام حفتر, a relative of حفتر."""
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
        toks = [(w, s) for w, s in zip(k, _word_starts(m.text), strict=False)]
        if len(k) >= 3:
            # «نجل حفتر صدام» as one mention: the mention becomes صدام, a relative of حفتر
            cut = toks[2][1]
            m.start += cut
            m.text = self.doc.text[m.start : m.end]
            self.mkey[id(m)] = (*k[2:], k[1])
        self._relative_of(e, k[1], " ".join(k))

    def _relative_of(self, e: Entity, namesake: str, phrase: str) -> None:
        info = self.info[e.id]
        info.kind = "person"
        info.evidence.append(f"rule:kinship ({phrase})→relative, not the same person")
        self._pending_relative[e.id] = namesake
        info.affiliated_name = (namesake,)

    # ------------------------------------------------------------------ merge

    def merge(self) -> dict[str, EntityInfo]:
        ents = [e for e in self.entities.values() if e.mentions]
        keys: dict[str, NameKey] = {}
        for e in ents:
            c = Counter(self.key(m) for m in e.mentions)
            keys[e.id] = max(c, key=lambda k: (len(k), c[k]))
            for m in e.mentions:
                self.info[e.id].keys.add(self.key(m))
            cur = None
            for k in sorted(self.info[e.id].keys, key=len, reverse=True):
                cur = self.actors.lookup(k, e.type)
                if cur:
                    break
            if cur:
                self.info[e.id].curated = cur
        uf = _Union(ents, keys, self.info, frozenset(self.roles))
        by_key: dict[tuple[str, NameKey], str] = {}
        for e in sorted(ents, key=lambda x: _num(x.id)):
            for k in self.info[e.id].keys:
                other = by_key.setdefault((e.type, k), e.id)
                if other != e.id:
                    uf.union(other, e.id)
        by_cur: dict[str, str] = {}
        for e in sorted(ents, key=lambda x: _num(x.id)):
            cur = self.info[e.id].curated
            if cur:
                other = by_cur.setdefault(cur.id, e.id)
                if other != e.id and self._type_ok(self.entities[other], e, cur):
                    uf.union(other, e.id)
        for a, b, _why in self.links:
            if a in keys and b in keys:
                uf.union(b, a)
        self._partial(ents, keys, uf)
        return self._finish(ents, keys, uf)

    @staticmethod
    def _type_ok(a: Entity, b: Entity, cur: CuratedActor) -> bool:
        if a.type == b.type:
            return True
        return cur.type == "ORG" and "LOC" not in (a.type, b.type)

    def _partial(self, ents: list[Entity], keys: dict[str, NameKey], uf: _Union) -> None:
        """Surnames and short names to the one longer name that contains them."""
        for e in sorted(ents, key=lambda x: len(keys[x.id])):
            k = keys[e.id]
            if not k or e.type not in ("PER", "ORG") or e.id in self._pending_relative:
                continue  # an empty key: a mention that was all title or punctuation
            cands = []
            for f in ents:
                if f.type != e.type or uf.find(f.id) == uf.find(e.id) or f.id in self._pending_relative:
                    continue
                fk = keys[f.id]
                if len(fk) <= len(k):
                    continue
                if e.type == "PER" and _contains_name(fk, k):
                    cands.append(f)
                elif e.type == "ORG" and _contains_org(fk, k):
                    cands.append(f)
            roots = {uf.find(f.id) for f in cands}
            mine = self.info[e.id].curated
            if len(roots) > 1 and mine is not None:
                cands = [f for f in cands if self.info[f.id].curated is mine]
                roots = {uf.find(f.id) for f in cands}
            if len(roots) == 1:
                uf.union(cands[0].id, e.id)

    def _finish(self, ents: list[Entity], keys: dict[str, NameKey], uf: _Union) -> dict[str, EntityInfo]:
        groups: dict[str, list[Entity]] = {}
        for e in ents:
            groups.setdefault(uf.find(e.id), []).append(e)
        survivors: list[Entity] = []
        id_map: dict[str, str] = {}
        infos: dict[str, EntityInfo] = {}
        for members in groups.values():
            members.sort(key=lambda x: _num(x.id))
            head = members[0]
            info = EntityInfo()
            mentions: dict[tuple[int, int], Mention] = {}
            for e in members:
                id_map[e.id] = head.id
                for m in e.mentions:
                    mentions.setdefault((m.start, m.end), m)
                src = self.info[e.id]
                info.curated = info.curated or src.curated
                info.country = info.country or src.country
                info.kind = info.kind or src.kind
                info.affiliated_to = info.affiliated_to or src.affiliated_to
                info.affiliated_name = info.affiliated_name or src.affiliated_name
                info.evidence += [x for x in src.evidence if x not in info.evidence]
                info.keys |= src.keys
            types = Counter(e.type for e in members)
            if len(types) > 1 and info.curated is not None:
                head.type = info.curated.type
            named = [x for x in members if x.id not in self.roles] or members  # a title alone is no name
            best = max(named, key=lambda x: (len(keys[x.id]), len(x.mentions), -_num(x.id)))
            head.mentions = sorted(mentions.values(), key=lambda m: m.start)
            for m in head.mentions:
                m.label = head.type
            bk = keys[best.id]
            # an arm's mention («طيران التحالف») has its organisation's key but is not its name
            texts = Counter(m.text for m in head.mentions if self.key(m) == bk and id(m) not in self.arms)
            head.text = max(texts, key=lambda t: (texts[t], len(t))) if texts else best.text
            head.key = key_str(bk)
            infos[head.id] = info
            survivors.append(head)
        for eid, namesake in self._pending_relative.items():
            info = infos[id_map[eid]]
            target = self._namesake_entity(survivors, namesake, id_map[eid])
            if target:
                info.affiliated_to = target
        for info in infos.values():
            if info.affiliated_to:
                info.affiliated_to = id_map.get(info.affiliated_to)
        survivors.sort(key=lambda x: _num(x.id))
        self.doc.entities = survivors
        return infos

    @staticmethod
    def _namesake_entity(ents: list[Entity], surname: str, not_id: str) -> str | None:
        """The entity a kinship or possessive phrase names: the PER entity whose name ends with
        ``surname`` and that is not a relative itself (prefer one with a curated/longest name)."""
        cands = [
            e for e in ents
            if e.type == "PER" and e.id != not_id and e.key.split()[-1:] == [surname]
        ]  # fmt: skip
        if not cands:
            cands = [e for e in ents if e.type == "PER" and e.id != not_id and surname in e.key.split()]
        return min(cands, key=lambda e: _num(e.id)).id if cands else None

    _pending_relative: dict[str, str]


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\S+", text)]


def _num(eid: str) -> int:
    return int(eid[1:]) if eid[1:].isdigit() else 0


def _contains_name(full: NameKey, short: NameKey) -> bool:
    """``short`` is ``full`` with words left out, ending with the same surname (حفتر ⊂ خليفة حفتر);
    a patronymic's last word is not a surname (سلمان ⊄ محمد بن سلمان)."""
    if not full or not short or bare(full[-1]) != bare(short[-1]):
        return False
    if len(short) == 1 and len(full) >= 2 and full[-2] == "بن":
        return False
    it = iter(bare(w) for w in full)
    return all(bare(w) in it for w in short)


def _contains_org(full: NameKey, short: NameKey) -> bool:
    """An organisation's short form: its words all in the long form, with the same head word or no
    head word (الوفاق ⊂ حكومة الوفاق الوطني; قوات الوفاق ⊄ حكومة الوفاق)."""
    heads = set(GROUP_HEADS) | {"حركه", "حزب", "جماعه", "تنظيم", "جبهه", "مجلس", "وزاره", "منظمه"}
    if short[0] in heads and short[0] != full[0]:
        return False
    fb = {bare(w) for w in full}
    return all(bare(w) in fb for w in short) and len(short) < len(full)


class _Union:
    """Union-find over entity ids that refuses to put conflicting names in one group."""

    def __init__(
        self,
        ents: list[Entity],
        keys: dict[str, NameKey],
        info: dict[str, EntityInfo],
        roles: frozenset[str] = frozenset(),
    ) -> None:
        self.parent = {e.id: e.id for e in ents}
        self.roles = roles
        """Entities made of a title alone: they share no name words with their person."""
        self.members: dict[str, list[str]] = {e.id: [e.id] for e in ents}
        self.keys = keys
        self.info = info
        self.type = {e.id: e.type for e in ents}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self._compatible(self.members[ra], self.members[rb]):
            return False
        if _num(rb) < _num(ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        return True

    def _compatible(self, xs: list[str], ys: list[str]) -> bool:
        cx = {c.id for x in xs if (c := self.info[x].curated) is not None}
        cy = {c.id for y in ys if (c := self.info[y].curated) is not None}
        if cx and cy and cx != cy:
            return False
        if cx and cy:
            return True
        for x in xs:
            for y in ys:
                if x in self.roles or y in self.roles:
                    continue  # a title alone («الرئيس التركي») shares no name words with its person
                kx, ky = self.keys[x], self.keys[y]
                if self.type[x] == self.type[y] == "PER" and len(kx) >= 2 and len(ky) >= 2:
                    if not (kx == ky or _contains_name(kx, ky) or _contains_name(ky, kx)):
                        return False
        return True


def merge_actors(doc: Document, actors: ActorList) -> dict[str, EntityInfo]:
    """Merge the mentions of one actor in ``doc`` (in place); return what was learnt per entity id."""
    m = _Merger(doc, actors)
    m._pending_relative = {}
    aliases = m.aliases()
    m.find_missed(aliases)
    m.named_organisations()
    m.head_anaphora()
    m.forces()
    m.titles_and_context()
    m.role_nominals()
    m.possessives_and_families()
    return m.merge()
