"""Organisations the tagger missed, found by their head noun («وزارة الخارجية الروسية», «السلطات
المصرية»), and bodies named by a head and a feminine nationality adjective («الخارجية المغربية»,
«القبائل اليمنية»): the rules of :class:`OrganisationRules`, run by ``within._Merger`` among the missed
mentions (step 3 of :mod:`marsad.actors.within`)."""

from __future__ import annotations

from marsad.actors.heads import (
    NISBA_HEADS,
    NOT_ARTICLE,
    NOT_MODIFIERS,
    ORG_MAX_WORDS,
    ORG_NAME_HEADS,
    ORG_RARE_ZIPF,
    ORG_WORD,
    TIME_WORDS,
)
from marsad.actors.names import key_of_words, load_nationalities
from marsad.actors.persons import PersonRules
from marsad.actors.scan import word as _word
from marsad.model import Mention
from marsad.text.lexicon import glued_conjunction, zipf


class OrganisationRules(PersonRules):
    """Rules that find organisations by their head noun; the person rules come from :class:`PersonRules`."""

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
        spans, starts = self.covered_starts()
        i = 0
        while i < len(toks):
            t = toks[i]
            w = _word(t)
            definite = w.startswith("ال")
            if definite and w[2:] in NISBA_HEADS:
                j = self._nisba_body(i, nats, spans, starts)
                if j is not None:
                    words = [w] + [toks[k].norm for k in range(i + 1, j)]
                    ne = self.new_entity("ORG", t.core_start, toks[j - 1].end, key_of_words(words))
                    self.info[ne.id].country = nats[_word(toks[j - 1])]
                    self.info[ne.id].evidence.append(f"rule:body named by its head and nationality «{t.text}»")
                    spans, starts = self.covered_starts()
                    i = j
                    continue
            if (w[2:] if definite else w) not in ORG_NAME_HEADS or self._overlaps(
                spans, starts, t.core_start, t.end
            ) != []:
                i += 1  # not a head, or already inside a mention
                continue
            j, named, nouns = i + 1, False, 0
            while j < len(toks) and sent[j] == sent[i] and j - i <= ORG_MAX_WORDS:
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
                    or not ORG_WORD.fullmatch(x)
                    or x[2:] in ORG_NAME_HEADS
                    or x in TIME_WORDS
                ):
                    break  # a glued «و»/«ل» («والحوثيين»), punctuation, a number, another head or a day ends it
                if x.startswith("ال"):
                    named = named or x in nats or zipf(x) < ORG_RARE_ZIPF
                    nouns += 1
                elif zipf(x) < ORG_RARE_ZIPF:
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
                spans, starts = self.covered_starts()
                i = j
                continue
            i += 1

    def _nisba_body(
        self, i: int, nats: dict[str, str], spans: list[tuple[int, int, str, Mention]], starts: list[int]
    ) -> int | None:
        """The end (token index past it) of a body named by a head of :data:`NISBA_HEADS` at ``i`` and a
        feminine nationality adjective right after it or after one definite adjective («المخابرات العامة المصرية»),
        with no mention already on those words; None where no nationality follows, or where the head is
        itself the adjective of a definite noun before it."""
        toks, sent = self.d.tokens, self.d.sent
        if i > 0 and sent[i - 1] == sent[i] and not toks[i].prefix:
            prev = _word(toks[i - 1])
            if prev.startswith("ال") and prev not in NOT_ARTICLE and ORG_WORD.fullmatch(prev):
                return None  # the head qualifies the noun before it: «الشؤون الداخلية السورية»
        for j in (i + 1, i + 2):
            if j >= len(toks) or sent[j] != sent[i] or toks[j].prefix or toks[j].norm != _word(toks[j]):
                return None
            x = _word(toks[j])
            if not x.endswith("ه"):
                return None  # the heads take a feminine adjective: «وزير الخارجية الإماراتي» qualifies the minister
            if x in nats:
                start, end = toks[i].core_start, toks[j].end
                return j + 1 if self._overlaps(spans, starts, start, end) == [] else None
            if not x.startswith("ال") or x in NOT_MODIFIERS or not ORG_WORD.fullmatch(x):
                return None
        return None
