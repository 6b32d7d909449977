"""The dead and wounded named as the subject of an unvocalised passive verb of dying.

News Arabic opens the report of an attack with its toll and names the attack after it: «وقتل عامل في
شركة السكك الحديدية … في هجوم بالأسلحة», «قتل 13 شخصا الأحد … خلال هجوم انتقامي», «استشهد وأصيب عدد من
المواطنين … نتيجة القصف». The verb is passive in sense though unvocalised: its subject is the dead, the
attack's target (as ACLED codes the killed and wounded). A dual or plural in the nominative after the verb
(«وقتل جنديان آخران عندما …») is the same passive subject when no object follows it («قتل مسلحان شرطيا» is
active: the gunmen killed). The subject is looked for only where the verb opens its clause and the attack
noun hangs on it through a circumstance word («في هجوم», «إثر غارة», «جراء القصف», «برصاص»).
"""

from __future__ import annotations

from marsad.events.casualties import count_word
from marsad.events.constructions import (
    DIED_AFTER,
    FROM_WORD,
    KILLED_VERBS,
    STOPS,
    TIME_WORDS,
    VICTIM_WORDS,
    bare_nisba,
)
from marsad.events.mention import Candidate, EventMention, unnamed
from marsad.model import Token
from marsad.text.normalize import normalize

DYING_VERBS = DIED_AFTER | frozenset(normalize(w) for w in "استشهد استشهدت استشهدوا توفي توفيت أصيب اصيب جرح".split())
"""Verbs whose unvocalised subject is the dead or wounded («وقتل عامل», «استشهد مواطن», «أصيب جنديان»)."""
LINKS = frozenset(normalize(w) for w in "في خلال أثناء اثناء إثر اثر جراء جرّاء نتيجة بسبب عقب برصاص بنيران".split())
"""Words that hang an attack noun on the clause of dying before it («في هجوم», «جراء القصف»)."""
OPENERS = frozenset(normalize(w) for w in ("أن", "ان", "إن", "أنه", "انه", "إنه"))
AFTER_DYING = LINKS | TIME_WORDS | OPENERS
"""Words that may follow a passive verb of dying and its subject (a link, a time, a reported clause)."""
ELSE = frozenset(
    normalize(w)
    for w in ("واحد", "واحدا", "واحدة", "آخر", "آخران", "آخرون", "آخرين", "آخرا", "اخر", "اخران", "اخرون", "اخرين")
)
REACH = 30
"""Words between the verb of dying and the attack noun (the victim's description and the place come between)."""
WOUNDING = frozenset(normalize(w) for w in "أصيب أصيبوا أصيبت اصيب جرح جرحوا".split())
IN = normalize("في")
MET = frozenset(normalize(w) for w in "لقي لقوا لقيت لقيا".split())
"""«لقي X مصرعه/حتفه»: the verb whose subject runs to the noun of death after it."""
DEATH_NOUNS = frozenset(
    normalize(w) for w in ("مصرعهم", "مصرعه", "مصرعها", "مصرعهما", "حتفهم", "حتفه", "حتفها", "حتفهما")
)
DEATH_REACH = 10
SEVERAL_BY = frozenset(normalize(w) for w in ("بعدة", "بعده", "بعشرات"))
"""A count under ب the tokenizer leaves whole, linking the blows or shots after it: «مصرعه بعدة طعنات»."""
"""Words a subject of «لقي» and its description may run before «مصرعه/حتفه»."""
FRONTED_REACH = 4
BEFORE_REACH = 5
"""Words a subject may run between «أن» and the verb of dying after it."""


def _word(tok: Token) -> bool:
    return tok.core[:1].isalpha()


def _adjective(tok: Token) -> bool:
    return bare_nisba(tok) and _word(tok)


def _dying(tok: Token, key: str) -> bool:
    """A verb of dying, with its conjunction unsplit too («5 وجرح 4»)."""
    return key in DYING_VERBS or (tok.text.startswith("و") and normalize(tok.text)[1:] in DYING_VERBS)


def _subject(toks: list[Token], keys: list[str], v: int, every: list[Candidate]) -> Candidate | None:
    """The subject written right after the verb at ``v`` (past a time aside), when nothing that could be an
    object follows it: the noun with «آخر» and a second word of its description («عامل», «جنديان آخران»,
    «13 شخصا»); or a candidate starting there."""
    n = v + 1
    while n < len(toks) and keys[n] in TIME_WORDS:
        n += 1
    if n >= len(toks) or (not _word(toks[n]) and not count_word(keys[n])):
        return None
    if toks[n].prefix or keys[n] in DYING_VERBS or keys[n] in LINKS or keys[n] in OPENERS:
        return None  # «قتل وأصيب», «قتل في …»: no subject right after the verb
    named = next((c for c in every if c.first == n), None)
    if keys[v] in MET:
        return _met_subject(toks, keys, n, named)
    end = named.last if named is not None else n
    if named is None and count_word(keys[n]) and n + 1 < len(toks) and _word(toks[n + 1]) and not toks[n + 1].prefix:
        if not _dying(toks[n + 1], keys[n + 1]):
            end = n + 1  # «13 شخصا»
    if named is None and end + 2 < len(toks) and keys[end + 1] == FROM_WORD and _word(toks[end + 2]):
        end += 2  # «عدد من المواطنين», «أربعة من الجنود»
    while end + 1 < len(toks) and end - n < 5 and (keys[end + 1] in ELSE or _adjective(toks[end + 1])):
        end += 1  # «جنديان آخران», «صحفي فلسطيني»
    nxt = end + 1
    if nxt < len(toks) and _word(toks[nxt]) and not toks[nxt].prefix and not _dying(toks[nxt], keys[nxt]):
        # a bare word after the subject: an object («قتل مسلحان شرطيا»), or a description the span leaves out
        # («عامل في شركة» has في, which passes); an object makes the verb active
        if count_word(keys[nxt]) or (keys[nxt] not in AFTER_DYING and not keys[nxt].startswith("عند")):
            return None
    if named is not None and named.last == end:
        return named
    return unnamed(toks, n, end)


def _met_subject(toks: list[Token], keys: list[str], n: int, named: Candidate | None) -> Candidate | None:
    """The subject of «لقي» starting at ``n`` when the noun of death follows it: «لقي أربعة حوثيين حتفهم»,
    «لقي قيادي بارز في وزارة الدفاع …، مصرعه», «لقي مقيم شاب مصرعه». The span is the head and its bare
    words, up to a preposition or a comma (the description after it is left out); None when no noun of death
    follows (the verb then means "met, received": «لقي ترحيبا»)."""
    death = None
    for d in range(n + 1, min(n + 1 + DEATH_REACH, len(toks))):
        if toks[d].text in STOPS:
            break
        if keys[d] in DEATH_NOUNS:
            death = d
            break
    if death is None:
        return None
    if named is not None and named.last < death:
        return named
    end = n
    while end + 1 < death and end - n < 3 and _word(toks[end + 1]) and not toks[end + 1].prefix:
        if keys[end + 1] in LINKS or keys[end + 1] in OPENERS:
            break
        end += 1
    return unnamed(toks, n, end)


def _fronted(keys: list[str], j: int) -> bool:
    """The verb at ``j`` follows only a fronted place phrase opening the sentence: «وفي تعز المدينة قتل مدني»."""
    return 1 < j <= FRONTED_REACH and keys[0] == IN


def _subject_before(toks: list[Token], keys: list[str], v: int, every: list[Candidate]) -> Candidate | None:
    """The subject between «أن/إن» and the verb of dying at ``v`` written after it: «أن جنرالا كبيرا قتل»,
    «إن 130 انقلابيا قتلوا»; a few words at most, none of them a clause of its own."""
    for o in range(v - 1, max(-1, v - 1 - BEFORE_REACH), -1):
        if toks[o].text in STOPS or toks[o].text in "،,":
            return None
        if keys[o] in OPENERS:
            a = o + 1
            if a >= v or toks[a].prefix or not (_word(toks[a]) or count_word(keys[a])):
                return None
            named = next((c for c in every if c.first == a and c.last < v), None)
            if named is not None:
                return named
            return unnamed(toks, a, v - 1)
    return None


def passive_victim(
    m: EventMention, every: list[Candidate], keys: list[str], verbish: bool, actor: Candidate | None
) -> Candidate | None:
    """The dead or wounded of the attack ``m`` named as the subject of a passive verb of dying: the trigger
    itself («وقتل جنديان آخران عندما …») or a verb opening the clause the attack noun hangs on («وقتل عامل …
    في هجوم»)."""
    if m.entry.plover_type != "ASSAULT":
        return None
    toks = m.sentence.tokens
    first = m.first
    if verbish:
        if m.first != m.last or keys[first] not in KILLED_VERBS or toks[first].suffix or actor is not None:
            return None
        verbs = [first]
    else:
        linked = (first > 0 and keys[first - 1] in LINKS) or "ب" in toks[first].prefix
        # «لقي مصرعه بعدة طعنات»: the tokenizer keeps «بعدة» whole, its ب links the counted blows
        linked = linked or (first > 0 and normalize(toks[first - 1].text) in SEVERAL_BY)
        # «في مواجهات وغارات»: a noun coordinated with the linked one
        linked = linked or ("و" in toks[first].prefix and first > 1 and keys[first - 2] in LINKS)
        if not linked:
            return None
        verbs = []
        for j in range(first - 1, max(-1, first - REACH), -1):
            if toks[j].text in STOPS:
                break
            if keys[j] in DYING_VERBS and not toks[j].suffix:
                if (
                    j == 0
                    or "و" in toks[j].prefix
                    or keys[j - 1] in OPENERS
                    or not _word(toks[j - 1])
                    or _fronted(keys, j)
                ):
                    verbs.append(j)
                    if keys[j] in KILLED_VERBS or "و" not in toks[j].prefix:
                        break  # «وقتل عامل … وأصيب شخص آخر في هجوم»: the dead before the wounded
                elif keys[j] in DIED_AFTER and not toks[j].prefix and not _counted_after(keys, j, first):
                    before = _subject_before(toks, keys, j, every)
                    if before is not None:
                        return before if before is not actor else None
    # the earliest verb with a subject of its own: «استشهد وأصيب عدد من المواطنين … نتيجة القصف»
    found = None
    for verb in reversed(verbs):
        found = _subject(toks, keys, verb, every)
        if found is not None:
            break
    if found is None or (not verbish and found.last >= first):
        return None
    if actor is not None and found.first <= actor.first <= found.last:
        return None
    if not verbish and m.entry.acled_sub_event_type == "Armed clash" and keys[verb] in WOUNDING:
        return None  # «وأصيب 13 آخرون خلال المواجهات»: the wounded of a battle name no side (see dead_of)
    return found


HEDGE_WORDS = frozenset(normalize(w) for w in "ما يصل إلى الى لا يقل عن أكثر اكثر من نحو حوالي قرابة زهاء".split())


def _counted_after(keys: list[str], v: int, stop: int) -> bool:
    """A count follows the verb at ``v`` (past a hedge): its object, so the verb is active."""
    n = v + 1
    while n < stop and keys[n] in HEDGE_WORDS:
        n += 1
    return n < stop and count_word(keys[n])


def killer(
    m: EventMention, every: list[Candidate], keys: list[str], verbish: bool, actor: Candidate | None
) -> Candidate | None:
    """The agent of an attack noun named as the subject of an active verb of killing before it, between «أن/إن»
    and the verb, with the count it killed after the verb: «إن متشددين قتلوا ما يصل إلى 30 جنديا في هجوم»."""
    if verbish or actor is not None or m.entry.plover_type != "ASSAULT":
        return None
    toks = m.sentence.tokens
    first = m.first
    if not ((first > 0 and keys[first - 1] in LINKS) or "ب" in toks[first].prefix):
        return None
    for j in range(first - 1, max(-1, first - REACH), -1):
        if toks[j].text in STOPS:
            return None
        if keys[j] in KILLED_VERBS and not toks[j].prefix and not toks[j].suffix:
            if not _counted_after(keys, j, first):
                return None  # no count after it: the passive of :func:`passive_victim`
            return _subject_before(toks, keys, j, every)
    return None


TOLL_WORDS = DYING_VERBS | VICTIM_WORDS | frozenset((normalize("سقوط"),))
"""Words that open the toll of an attack named after it, the verbs of dying, the nouns of
:data:`~marsad.events.constructions.VICTIM_WORDS` and «سقوط» («مقتل خمسة أشخاص، بينهم عناصر أمن وطفل، في هجوم»,
«سقوط 16 جنديا ورجل أمن في المواجهات», «لقي 100 عنصر حوثي مسلح مصرعهم جراء غارات»)."""
TOLL_REACH = 12
"""Words from the toll word to the candidate."""


def in_toll(keys: list[str], toks: list[Token], c: Candidate, first: int) -> bool:
    """``c`` stands inside the toll of the attack noun at ``first``: a toll word (:data:`TOLL_WORDS`) opens the
    stretch before it, or a verb of dying follows it past its adjectives («أن جنديين ماليين قتلا وأصيب أربعة في
    كمين»), and the noun hangs on that stretch through a link («في/خلال/جراء/إثر/برصاص», or a glued ب). Members and
    later conjuncts of the dead («بينهم عناصر أمن وطفل», «ثلاثة من رجال الأمن وامرأة وطفلين») are dead too, so
    none of them is the attack's actor."""
    if first == 0 or not (keys[first - 1] in LINKS or "ب" in toks[first].prefix):
        return False
    if any(toks[j].text in STOPS for j in range(c.last + 1, first)):
        return False
    for j in range(c.first - 1, max(-1, c.first - TOLL_REACH - 1), -1):
        if toks[j].text in STOPS or keys[j] in LINKS:
            break  # «مقتل طفل إثر قيام مستوطنين بإحراق منزل»: past a link the candidate is in the attack's clause
        if keys[j] in TOLL_WORDS:
            return True
    j = c.last + 1
    while j < first and j - c.last <= 3 and bare_nisba(toks[j]):
        j += 1
    return j < first and keys[j] in DIED_AFTER
