"""Within-document merging: the mentions of one actor become one entity.

Works on ``doc.entities`` as :func:`marsad.ner.merge_entities` leaves them (one entity per exact
name). In order:

1. **Parenthesised aliases**: «تنظيم الدولة الإسلامية (داعش)» makes داعش an alias of the
   organisation for the whole document.
2. **Repairs of person mentions**: an accusative word after a name is cut («سلمان بن عبد العزيز
   اتصالاً»), and so is a word that cannot end a name: a clitic-prefixed common noun, a complementizer,
   a day or a verb («جون كيري بنظرائه», «عباس بأن», «إبراهيم الجضران هاجمت»), a verb in the future
   before it («سيلتقي كيري»), a second body after «و» in an organisation's span («تيار المستقبل
   والحزب»); a definite group noun before a person's name leaves the name («الميليشيات عبدالملك
   الحوثي»); two curated names read as one are split («سيرجي لافروف عادل الجبير»), a name cut before
   its surname takes it back when the curated list knows the person by first name and surname
   («خالد محفوظ» + «بحاح»).
3. **Missed mentions**: first a name right after a title and what the title takes («الناطق باسم
   المقاومة شلال علي شايع», :meth:`~marsad.actors.persons.PersonRules.titled_names`), or right before a
   title in apposition when it opens with a given name («خليل الحية عضو المكتب السياسي»). Then names of
   the curated list (``data/actors.tsv``), surnames of the document's full names (حفتر after خليفة
   حفتر, also after a glued «و» the tokenizer mis-split: «وكيري», «والجضران») and aliases are looked up
   in the tokens; a span no mention covers becomes a new entity (ids
   continue after the last one; no entity is renumbered). A curated name that strictly contains NER
   mentions replaces them (قوات حفتر over the PER حفتر). A common one-word curated name is looked for
   once its actor is named in full («الأسد» after «بشار الأسد», also when the scan itself found the
   full name); a ``~name`` of the list only in a document about its country («المقاومة» in Yemeni
   news). A surname that is also a common word («الصدر», «سلامة»), and a curated word that is mostly
   a common word in its country's news («الشرعية» in Yemeni news), are taken only where a name stands:
   no definite noun before that it would qualify, no genitive, adjective or pronoun after it
   («البحر الأحمر», «سلامة المواطنين», «الشرعية الدولية», «لدعم الشرعية»). Then organisations named
   after their head noun («وزارة الخارجية الروسية», «السلطات المصرية»; «الخارجية المغربية», «القبائل
   اليمنية» only with a feminine nationality adjective; :mod:`marsad.actors.organisations`), and a
   definite head alone
   that names the one organisation of the document it heads («التحالف» for «التحالف العربي»), or,
   with no long form, the actor the head names in this country's news; and bodies named in quotes
   after their head («قناة "العربية"», «تحالف "سائرون"», «كتلة "الفتح"»).
4. **Titles** (``data/titles.tsv``) are cut from the front of person mentions (المشير خليفة حفتر →
   خليفة حفتر, offsets stay exact); a title and nationality adjective just before a name give
   evidence (الرئيس التونسي قيس سعيد → TN); a title alone names again the person it introduced,
   across other titles («نائب الرئيس اليمني المهندس خالد محفوظ بحاح»). A family name that also
   names a movement is the person when it speaks («وقال الحوثي»).
5. **Possessives**: a group head before a person (قوات حفتر, حكومة السراج, نظام الأسد) makes an ORG
   affiliated to the person, never the person. **Families**: a kinship word (نجل حفتر صدام, نجلا
   حفتر) makes a relative, a separate person affiliated to the one named: sons are not the father.
6. **Merging** (:mod:`marsad.actors.union`; the survivor keeps the lowest id): same type and name
   key; same curated actor; a surname or shorter name inside exactly one longer name of the document
   (حفتر → خليفة حفتر; ambiguous surnames stay apart unless the curated list says whom the surname
   alone means); an organisation's short form inside exactly one long form with the same head
   (الوفاق → حكومة الوفاق الوطني); aliases. Two people whose names conflict (خليفة حفتر, صدام حفتر)
   never share an entity. Types are never mixed, except an organisation's acronym tagged as another
   type. A title is never a name of its holder across documents (titles change holders).

The person rules (steps 2 and 4–5) are in :mod:`marsad.actors.persons`, the state they share in
:mod:`marsad.actors.scan`, and the word lists the rules use in :mod:`marsad.actors.heads`.

Why hand-written: coreference models for Arabic (e.g. AraBERT fine-tuned on OntoNotes) need a GPU
and training data marsad cannot ship; news actors are named by a few regular patterns that rules
cover with exact offsets and explanations (``Entity.evidence``).
"""

from __future__ import annotations

from collections import Counter

from marsad.actors.curated import ActorList, CuratedActor
from marsad.actors.heads import (
    AMBIGUOUS_SINGLE,
    ANAPHORIC_HEADS,
    ARM_HEADS,
    DISTINCT_SINGLE,
    ELECTORAL_HEADS,
    MAX_COMMON_SURNAME_ZIPF,
    MAX_QUOTED_WORDS,
    MAX_SURNAME_ZIPF,
    MEDIA_HEADS,
    MILITIA_HEADS,
    NOT_ARTICLE,
    NOT_MODIFIERS,
    ORG_WORD,
    PAREN,
    PRESENT_ORG_ZIPF,
    QUOTED_BODY_HEADS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SLOT_TIME_WORDS,
)
from marsad.actors.names import (
    JOIN_NEXT_WORDS,
    NameKey,
    fold_spelling,
    key_of_words,
    key_str,
    load_nationalities,
    name_key,
    title_at,
)
from marsad.actors.organisations import OrganisationRules
from marsad.actors.scan import glued
from marsad.actors.scan import word as _word
from marsad.actors.union import EntityInfo, NameUnion, contains_name, contains_org, entity_number
from marsad.model import Document, Entity, Mention
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize

__all__ = ["EntityInfo", "merge_actors"]

PLACE_TYPES = frozenset(("LOC", "GPE", "FAC"))
TERRITORIAL_HEADS = frozenset(normalize(w) for w in "حكومة برلمان رئاسة بلدية محافظة مديرية ولاية".split())
"""First words of the names of bodies that govern a territory: the place in «حكومة إقليم كردستان» or
«بلدية طرابلس» is the territory they govern, and stays a place mention inside the organisation's."""


AIM_NOUNS = frozenset(normalize(w) for w in "دعم مساندة نصرة إعادة استعادة عودة".split())
"""Nouns of a declared aim before an abstract word: «دعم الشرعية» is the cause a coalition names."""


def _definite(w: str) -> bool:
    """Whether a normalised word carries the article («الحكومة»; not «إلى», «الذي»)."""
    return w.startswith("ال") and len(w) > 3 and w not in NOT_ARTICLE


class _Merger(OrganisationRules):
    """The organisation rules and the merge step; the person rules are inherited."""

    def aliases(self) -> dict[NameKey, str]:
        """Parenthesised aliases after ORG mentions: «الاسم الطويل (الاختصار)»."""
        out: dict[NameKey, str] = {}
        text = self.doc.text
        for e in list(self.entities.values()):
            if e.type != "ORG":
                continue
            for m in list(e.mentions):
                pm = PAREN.match(text, m.end)
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
        slotted: dict[NameKey, str | None] = {}
        nats = load_nationalities()

        def surname(k: NameKey, eid: str) -> None:
            """Look for the surname of the full name ``k`` of person ``eid`` alone."""
            if len(k) < 2 or (len(k) >= 3 and k[-2] == "بن") or len(k[-1]) < 3 or k[-1] in nats:
                return
            s = (k[-1],)
            if zipf(s[0]) < MAX_SURNAME_ZIPF:
                # a surname shared by two full names links to neither (the merge step decides)
                local[s] = eid if local.get(s, eid) == eid else None
                local_type[s] = "PER"
            elif (
                zipf(s[0]) < MAX_COMMON_SURNAME_ZIPF
                and s not in local
                and all(a.type == "PER" for a in self.actors.by_key.get(s, []))
            ):
                # a surname that is also a common word («الصدر», «سلامة»): only where a name stands;
                # not a family name that names a movement too («الحوثي»: speakers() decides which)
                slotted[s] = eid if slotted.get(s, eid) == eid else None
                local_type.setdefault(s, "PER")

        for e in self.entities.values():
            k = name_key(e.text)
            if not k:
                continue
            if e.type in ("PER", "ORG") and len(k) >= 2:
                local.setdefault(k, e.id)
                local_type.setdefault(k, e.type)
            if e.type == "PER":
                surname(k, e.id)
        for k, eid in aliases.items():
            local[k] = eid
            local_type[k] = "ORG"
        # a one-word curated name is looked for when its actor is named in full in the document («الأسد»
        # after «بشار الأسد», «النصرة» after «جبهة النصرة»), however common the word
        self.present = {
            cur.id
            for e in self.entities.values()
            for m in e.mentions
            if len(k := self.key(m)) >= 2 and (cur := self.actors.lookup(k, e.type)) is not None
        }
        toks, sent = self.d.tokens, self.d.sent
        max_n = max(self.actors.max_words, 4)
        spans, starts = self.covered_starts()
        # only a token that can start a known key is looked at (keys start with one of these words)
        firsts = (
            {k[0] for k in local}
            | {k[0] for k in slotted}
            | self.actors.first_words()
            | {k[0] for k in self.actors.by_context_key}
        )
        local_firsts = {k[0] for k in local if local[k] is not None}
        i = 0
        while i < len(toks):
            t0 = toks[i]
            if not ("\u0621" <= t0.norm[:1] <= "\u06ff"):
                i += 1
                continue
            first = _word(t0)
            skip = 0  # characters of a conjunction before a name read whole after it
            if glued(t0) and t0.norm in local_firsts and first not in local_firsts:
                first = t0.norm  # «بادي» split as ب + ادي: a name of the document is read whole
            elif first not in firsts and t0.text[:1] in "وف" and (len(glued(t0)) >= 2 or not glued(t0)):
                # the conjunction alone glued to a known name: «وكيري» over-split as و + ك + يري, or
                # «والجضران» left whole (the tokenizer did not know the name)
                alt = t0.norm[1:]
                if alt in firsts and len(alt) >= 3:
                    first, skip = alt, 1
            w0 = first
            if w0.startswith("لل") and len(w0) > 4:
                w0 = "ال" + w0[2:]
            w0 = fold_spelling(w0)  # «ميلشيات الحوثي» starts a curated key as «ميليشيات»
            if w0 not in firsts and w0 not in JOIN_NEXT_WORDS:
                i += 1
                continue
            hit = None
            for n in range(min(max_n, len(toks) - i), 0, -1):
                if sent[i + n - 1] != sent[i]:
                    continue
                words = [first] + [t.norm for t in toks[i + 1 : i + n]]
                k = key_of_words(words)
                if k in local or self._curated_matchable(k) or (n >= 2 and self._in_context(k) is not None):
                    hit = (n, k)
                    break
                if n == 1 and (k in slotted or self._ambiguous_here(k, i)) and self._name_slot(i):
                    hit = (n, k)
                    break
            if hit is None:
                i += 1
                continue
            n, k = hit
            if n == 1 and self._surname_of_person_before(i, k, spans):
                spans, starts = self.covered_starts()
                i += 1
                continue
            start, end = (t0.core_start if first == _word(t0) else t0.start + skip), toks[i + n - 1].end
            if first.startswith("لل") and len(first) > 4:
                start += 1  # «للحوثي» (ل + الحوثي, its alef dropped): the name starts after the preposition
            inner = self._overlaps(spans, starts, start, end)
            if inner is None:  # crosses a mention: leave NER's decision
                i += 1
                continue
            known = k in self.actors.by_key or k in self.actors.by_context_key
            if inner and (not known or any((s, e) == (start, end) for s, e, _, _ in inner)):
                i += n if not inner else 1
                continue
            target = local.get(k) or slotted.get(k)
            curs = self.actors.by_key.get(k, []) or [a for a, _ in self.actors.by_context_key.get(k, [])]
            type_ = local_type.get(k) or (curs[0].type if curs else "ORG")
            governs = normalize(first) in TERRITORIAL_HEADS
            for _s, _e, eid, m in inner:
                if governs and self.entities[eid].type in PLACE_TYPES:
                    continue  # the territory the body governs stays a place («حكومة إقليم كردستان»)
                self.entities[eid].mentions.remove(m)
            ne = self.new_entity(type_, start, end, k)
            if target:
                self.links.append((ne.id, target, "alias" if k in aliases else "name"))
            elif type_ == "PER" and len(k) >= 2:
                # a full name the tagger missed («مقتدى الصدر»): its surname alone may follow
                cur = self.actors.lookup(k, "PER")
                if cur is not None:
                    self.present.add(cur.id)
                surname(k, ne.id)
                firsts.add(k[-1])
            spans, starts = self.covered_starts()
            i += n

    def _surname_of_person_before(self, i: int, k: NameKey, spans: list[tuple[int, int, str, Mention]]) -> bool:
        """A movement's one-word name that is also its leaders' family name («الحوثي») right after a
        person's given names is their surname («محمد علي الحوثي», «يحيى الحوثي»): the person's mention
        takes it (and True is returned) instead of a mention of the movement."""
        toks, sent = self.d.tokens, self.d.sent
        t0 = toks[i]
        if i == 0 or sent[i - 1] != sent[i] or k[0] not in self.actors.family_names() or glued(t0):
            return False
        prev = toks[i - 1]
        if self.d.text[prev.end : t0.start].strip():
            return False
        for _s, e, eid, m in spans:
            if e == prev.end and self.entities[eid].type == "PER":
                entity = self.entities[eid]
                if self.respan(m, m.start, t0.end) == entity.text:
                    entity.text = m.text
                return True
        return False

    def head_anaphora(self) -> None:
        """A definite head alone («التحالف», «المقاومة») names again the one organisation of the
        document it heads («التحالف العربي», «المقاومة الشعبية»); with two («التحالف العربي»,
        «التحالف الدولي») it names neither. A head followed by a definite word or an adjective is
        another name («التحالف الدولي»), not the short one; a word glued to «و» after it is the next item of a
        list («نجاح المقاومة والتحالف»)."""
        owners: dict[str, dict[NameKey, str]] = {}
        for e in sorted(self.entities.values(), key=lambda x: entity_number(x.id)):
            k = name_key(e.text)
            if e.type == "ORG" and len(k) >= 2 and k[0] in ANAPHORIC_HEADS:
                owners.setdefault(k[0], {}).setdefault(k, e.id)
        owner: dict[str, str | None] = {
            h: eid for h, names in owners.items() if (eid := self._one_owner(names)) is not None
        }
        for h in ANAPHORIC_HEADS - owners.keys():
            if self._in_context((h,)) is not None:
                owner[h] = None  # no long form: the head alone is the actor's short name in this country's news
        if not owner:
            return
        spans, starts = self.covered_starts()
        toks, sent = self.d.tokens, self.d.sent
        for i, t in enumerate(toks):
            head = _word(t)
            if head not in owner:
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) and sent[i + 1] == sent[i] else None
            if (
                nxt is not None
                and not nxt.prefix
                and nxt.norm not in NOT_MODIFIERS
                and (_word(nxt).startswith("ال") or nxt.norm.endswith(("ي", "يه")))
            ):
                continue
            if self._overlaps(spans, starts, t.core_start, t.end) != []:
                continue  # inside a mention already
            ne = self.new_entity("ORG", t.core_start, t.end, (head,))
            target = owner[head]
            if target is None:
                self.info[ne.id].evidence.append(f"rule:«{t.text}» alone names an actor in this country's news")
            else:
                self.links.append((ne.id, target, "name"))
                self.info[ne.id].evidence.append(f"rule:head alone names {self.entities[target].text}")
            spans, starts = self.covered_starts()

    def _one_owner(self, names: dict[NameKey, str]) -> str | None:
        """The entity the names of one head (name key → first entity) belong to, if they are one
        organisation: one name, names of one curated actor («المقاومة الشعبية», «المقاومة الشعبية
        اليمنية»), or short forms of one long name («الجيش الوطني» in «الجيش الوطني اليمني»). The
        same name found twice (NER and the curated look-up) is one name."""
        keys = sorted(names, key=len, reverse=True)
        longest = keys[0]
        curated = {self.actors.lookup(k, "ORG") for k in keys}
        if len(curated) == 1 and None not in curated:
            return names[longest]
        if all(k == longest or contains_org(longest, k) for k in keys):
            return names[longest]
        return None

    def quoted_names(self) -> None:
        """An organisation named in quotes after its head noun: a media outlet («لقناة "العربية"»,
        «صحيفة "الوطن"», «موقع «يمن برس»») or a political body («تحالف "سائرون"», «كتلة "الفتح"»,
        «حزب "قلب تونس"»). The quoted words are the organisation (the head and quotes stay outside, as
        the press writes the name alone elsewhere); a quoted adjective («جماعة "تكفيرية"») names none."""
        toks, sent = self.d.tokens, self.d.sent
        spans, starts = self.covered_starts()
        for i in range(len(toks) - 2):
            head = _word(toks[i])
            if (head not in MEDIA_HEADS and head not in QUOTED_BODY_HEADS) or toks[i + 1].text not in QUOTES_OPEN:
                continue
            j = i + 2
            while j < len(toks) and j - i - 2 < MAX_QUOTED_WORDS and toks[j].text not in QUOTES_CLOSE:
                j += 1
            if j >= len(toks) or toks[j].text not in QUOTES_CLOSE or j == i + 2 or sent[j] != sent[i]:
                continue
            start, end = toks[i + 2].start, toks[j - 1].end
            if self._overlaps(spans, starts, start, end) != [] or not ORG_WORD.search(self.doc.text[start:end]):
                continue
            words = [t.norm for t in toks[i + 2 : j]]
            media = head in MEDIA_HEADS
            if not media and len(words) == 1 and not words[0].startswith("ال") and words[0].endswith(("ي", "يه")):
                continue
            ne = self.new_entity("ORG", start, end, key_of_words(words))
            if media:
                self.info[ne.id].kind = "media"
            elif head in ELECTORAL_HEADS:
                self.info[ne.id].kind = "party"
            what = "media" if media else "organisation"
            self.info[ne.id].evidence.append(f"rule:{what} named in quotes after «{toks[i].text}»")
            spans, starts = self.covered_starts()

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
        spans, starts = self.covered_starts()
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
            spans, starts = self.covered_starts()
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
                spans, starts = self.covered_starts()
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

    def _in_context(self, k: NameKey, type_: str = "ORG") -> CuratedActor | None:
        """The curated actor whose ``~name`` is ``k`` in a document about its country."""
        if k not in self.actors.by_context_key:
            return None
        return self.actors.lookup_in_context(k, type_, self.countries)

    def _ambiguous_here(self, k: NameKey, i: int) -> bool:
        """Whether ``k`` at token ``i`` is a definite one-word curated name that is mostly a common word
        (:data:`AMBIGUOUS_SINGLE`: «الشرعية» legitimacy, «الوفاق» accord) of an actor of a country the
        document is about: in Yemeni news «انضموا إلى الشرعية» is the government's camp. After a noun
        of aim («تحالف دعم الشرعية», «لإعادة الشرعية») the word is the cause, not the actor."""
        if len(k) != 1 or k[0] not in AMBIGUOUS_SINGLE or not k[0].startswith("ال"):
            return False
        if i > 0 and self.d.sent[i - 1] == self.d.sent[i] and normalize(_word(self.d.tokens[i - 1])) in AIM_NOUNS:
            return False
        return any(a.country in self.countries for a in self.actors.by_key.get(k, []))

    def _name_slot(self, i: int) -> bool:
        """Whether the one word at token ``i`` stands where a name stands, not as a common word: no
        definite noun before it that it would qualify («البحر الأحمر», «الحكومة الشرعية»), no
        genitive or adjective after it («سلامة المواطنين», «سلامة أراضيه», «الشرعية الدولية»;
        a day word or a word joined by «و» may follow), no pronoun glued to it, not inside a hashtag."""
        toks, sent = self.d.tokens, self.d.sent
        t, text = toks[i], self.doc.text
        if t.suffix or text[t.start - 1 : t.start] == "_" or text[t.end : t.end + 1] == "_":
            return False  # a word of a hashtag phrase («#تحالف_دعم_الشرعية») is the phrase's
        if i > 0 and sent[i - 1] == sent[i]:
            prev = toks[i - 1]
            w = normalize(_word(prev))
            if not glued(prev) and _definite(w) and title_at([w], 0) is None:
                return False
        if i + 1 < len(toks) and sent[i + 1] == sent[i]:
            nxt = toks[i + 1]
            w = normalize(_word(nxt))
            if glued(nxt):
                return True  # «الصدر والحزب الشيوعي»: a conjunction or preposition opens what follows
            if nxt.suffix or ((_definite(w) or w.startswith("لل")) and w not in SLOT_TIME_WORDS):
                return False
        return True

    def _curated_matchable(self, k: NameKey) -> bool:
        if k not in self.actors.by_key:
            return False
        if len(k) >= 2:
            return True
        w = k[0]
        for a in self.actors.by_key[k]:
            # a surname after the person's full name; a short name after the organisation's full name,
            # unless the word is mostly another word («فتح» opening, «القاعدة» a base)
            if a.id in self.present and len(w) >= 3:
                if a.type == "PER" or (w not in AMBIGUOUS_SINGLE and zipf(w) < PRESENT_ORG_ZIPF):
                    return True
        return w in DISTINCT_SINGLE or (w not in AMBIGUOUS_SINGLE and zipf(w) < 4.0 and len(w) >= 3)

    # ------------------------------------------------------------------ merge

    def merge(self) -> dict[str, EntityInfo]:
        ents = [e for e in self.entities.values() if e.mentions]
        keys: dict[str, NameKey] = {}
        linked = {a for a, _b, _why in self.links}  # a short name linked to its long form takes no ~name
        for e in ents:
            c = Counter(self.key(m) for m in e.mentions)
            keys[e.id] = max(c, key=lambda k: (len(k), c[k]))
            for m in e.mentions:
                self.info[e.id].keys.add(self.key(m))
            cur = None
            for k in sorted(self.info[e.id].keys, key=len, reverse=True) if e.id not in self.speaking else ():
                cur = self.actors.lookup(k, e.type) or (self._in_context(k, e.type) if e.id not in linked else None)
                if cur:
                    break
            if cur:
                self.info[e.id].curated = cur
        uf = NameUnion(ents, keys, self.info, frozenset(self.roles))
        by_key: dict[tuple[str, NameKey], str] = {}
        for e in sorted(ents, key=lambda x: entity_number(x.id)):
            for k in self.info[e.id].keys:
                other = by_key.setdefault((e.type, k), e.id)
                if other != e.id:
                    uf.union(other, e.id)
        by_cur: dict[str, str] = {}
        for e in sorted(ents, key=lambda x: entity_number(x.id)):
            cur = self.info[e.id].curated
            if cur:
                other = by_cur.setdefault(cur.id, e.id)
                if other != e.id and self._type_ok(self.entities[other], e, cur):
                    uf.union(other, e.id)
        for a, b, _why in self.links:
            if a in keys and b in keys:
                uf.union(b, a)
        # two names of one gazetteer place («اليمن», «الجمهورية اليمنية») are one actor
        by_place: dict[str, str] = {}
        for p in self.doc.places:
            ent = self.entities.get(p.entity_id or "")
            if p.precision == "exact" and p.source and ent is not None and ent.type in PLACE_TYPES and ent.mentions:
                other = by_place.setdefault(p.source, p.entity_id)
                if other != p.entity_id:
                    uf.union(other, p.entity_id)
        self._partial(ents, keys, uf)
        return self._finish(ents, keys, uf)

    @staticmethod
    def _type_ok(a: Entity, b: Entity, cur: CuratedActor) -> bool:
        if a.type == b.type:
            return True
        return cur.type == "ORG" and "LOC" not in (a.type, b.type)

    def _partial(self, ents: list[Entity], keys: dict[str, NameKey], uf: NameUnion) -> None:
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
                if e.type == "PER" and contains_name(fk, k):
                    cands.append(f)
                elif e.type == "ORG" and contains_org(fk, k):
                    cands.append(f)
            roots = {uf.find(f.id) for f in cands}
            mine = self.info[e.id].curated
            if len(roots) > 1 and mine is not None:
                cands = [f for f in cands if self.info[f.id].curated is mine]
                roots = {uf.find(f.id) for f in cands}
            if len(roots) == 1:
                uf.union(cands[0].id, e.id)

    def _finish(self, ents: list[Entity], keys: dict[str, NameKey], uf: NameUnion) -> dict[str, EntityInfo]:
        groups: dict[str, list[Entity]] = {}
        for e in ents:
            groups.setdefault(uf.find(e.id), []).append(e)
        survivors: list[Entity] = []
        id_map: dict[str, str] = {}
        infos: dict[str, EntityInfo] = {}
        for members in groups.values():
            members.sort(key=lambda x: entity_number(x.id))
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
                if e.id not in self.roles:  # a title is no name of its holder across documents
                    info.keys |= src.keys
            types = Counter(e.type for e in members)
            if len(types) > 1 and info.curated is not None:
                head.type = info.curated.type
            named = [x for x in members if x.id not in self.roles] or members  # a title alone is no name
            best = max(named, key=lambda x: (len(keys[x.id]), len(x.mentions), -entity_number(x.id)))
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
        survivors.sort(key=lambda x: entity_number(x.id))
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
        return min(cands, key=lambda e: entity_number(e.id)).id if cands else None

    _pending_relative: dict[str, str]


def merge_actors(doc: Document, actors: ActorList) -> dict[str, EntityInfo]:
    """Merge the mentions of one actor in ``doc`` (in place); return what was learnt per entity id."""
    m = _Merger(doc, actors)
    m._pending_relative = {}
    aliases = m.aliases()
    m.trim_adverbs()
    m.trim_run_ons()
    m.split_joined_names()
    m.split_organisation_and_person()
    m.split_group_and_person()
    m.extend_to_surname()
    m.titled_names()
    m.find_missed(aliases)
    m.named_organisations()
    m.head_anaphora()
    m.quoted_names()
    m.forces()
    m.titles_and_context()
    m.role_nominals()
    m.speakers()
    m.possessives_and_families()
    return m.merge()
