"""The candidates of a sentence that cannot be the subject of a clause: those inside a prepositional phrase and
the ends a cue introduces. Used by :meth:`marsad.relations.RelationStage.extract` when it builds a sentence's
candidates and finds the actor a sentence is about."""

from __future__ import annotations

from itertools import pairwise

from marsad.events.coder import Candidate
from marsad.events.mention import FUNCTION_WORDS
from marsad.model import Sentence
from marsad.relations.slots import CLAUSE_WORDS, PREPOSITIONS, PRONOUN_ENDINGS, Hit, clitics, has_lam, is_person
from marsad.relations.words import AGENT_MASDARS
from marsad.text.tokens import is_arabic_word


def oblique_starts(sent: Sentence, keys: list[str], cands: list[Candidate], hits: list[Hit]) -> set[int]:
    """First tokens of candidates that are inside a prepositional phrase («عن قوات الوفاق», «لصالح»)
    or are the end a cue introduces («بقيادة نبيل القروي», «يقودها هيثم التاجوري»): none of them is
    the subject of a clause."""
    ends = {
        h.last + 1
        for h in hits
        if h.cue.pattern in ("after_before", "genitive") or (h.on_first and h.cue.pattern != "title")
    }  # «رئيسها عبد الرزاق مقري»: the holder after a title with a pronoun is no object
    titled = {h.last + 1 for h in hits if h.cue.pattern == "title"}
    out = set()
    for c in cands:
        tok = sent.tokens[c.first]
        if (
            "ب" in clitics(tok)
            or has_lam(tok)
            or (c.first > 0 and keys[c.first - 1] in PREPOSITIONS)
            or (  # «على مستوى مجلس الأمن», «في إطار التحالف»: a noun in construct after a preposition
                c.first > 1
                and keys[c.first - 2] in PREPOSITIONS
                and not sent.tokens[c.first - 1].core.startswith("ال")
                and not clitics(sent.tokens[c.first - 1])
                and is_arabic_word(sent.tokens[c.first - 1])
                # «رئيس بعثة الأمم المتحدة في ليبيا غسان سلامة»: a name is no noun in construct
                and not any(d.first <= c.first - 1 <= d.last for d in cands)
                and keys[c.first - 1] not in FUNCTION_WORDS
                and keys[c.first - 1] not in CLAUSE_WORDS
                and not keys[c.first - 1].endswith(PRONOUN_ENDINGS)  # «وفي مقدمتها التحالف»: no construct
                # «مما أدى إلى شن الولايات المتحدة غارات لمساندة …»: the genitive of a verbal noun of
                # action is its agent, who may be the subject of the cue that follows
                and keys[c.first - 1] not in AGENT_MASDARS
            )
            or c.first in ends
            or (c.first in titled and not is_person(c))  # «رئيس حزب قلب تونس»: the title's organisation
        ):
            out.add(c.first)
    for a, b in pairwise(cands):
        # «قوات كردية في العراق وسورية»: a place joined by و to a place in a prepositional phrase is in it
        if (
            a.first in out
            and b.first == a.last + 1
            and a.place is not None
            and b.place is not None
            and clitics(sent.tokens[b.first]) == "و"
        ):
            out.add(b.first)
    return out
