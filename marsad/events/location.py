"""Where an event mention happened: the place among the candidates of its sentence.

The place nearest the trigger after a preposition (في، ب، قرب …) comes first, the most specific of them
(a facility before a town, a town before a region: «في قنفودة غرب بنغازي» → قنفودة), a place that only
locates another («مديرية التحيتا في محافظة الحديدة») gives way to it; a visit is located where it goes
(«يزور قطر»); the place a relative clause is about («محافظة كركوك التي استعادتها بغداد»); a statement
only by a place before it; an attack or an arrest may take its place from a clause of its own just after
it («…، وذلك في منطقة القرجاني»). Split from :mod:`marsad.events.arguments`, which calls :func:`locate`
once the actor and the target are set.
"""

from __future__ import annotations

from itertools import pairwise

from marsad.events.constructions import CLAUSE_WORDS, FROM_WORD, adjective_place, after_on
from marsad.events.mention import STATEMENTS, Candidate, EventMention
from marsad.text.normalize import normalize

PLACE_PREPS = frozenset(
    normalize(w)
    for w in "في قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي داخل حول عند وسط ضواحي أطراف محيط".split()
)
PLACE_WORDS = frozenset(
    normalize(w)
    for w in (
        "مدينة بلدة قرية محافظة ولاية منطقة إقليم مقاطعة بلدية عاصمة العاصمة مديرية قضاء ناحية حي"
        " جبهة محور"  # a front named by its place: «في جبهة التحيتا», «بمحور عين بنت»
    ).split()
)
ELSEWHERE_SPAN = 12
"""At most this many words after the trigger a place in another clause may stand («…، وذلك في منطقة
القرجاني»); farther on it belongs to another fact («… بالتزامن مع افتتاح السفارة في القدس»)."""
CONTAINER_GAP = 3
"""At most this many words between a place and the larger place that locates it («X جنوب مدينة Y»)."""


def locate(
    m: EventMention,
    cands: list[Candidate],
    every: list[Candidate],
    elsewhere: list[Candidate],
    keys: list[str],
    clause: list[int],
    verbish: bool,
    relative: int | None,
) -> None:
    """Sets ``m.location`` from the candidates of the trigger's clause (``cands``), of the sentence
    (``every``) and of its other clauses (``elsewhere``); may set ``m.actor2`` to the country a visit goes
    to."""
    first, last = m.first, m.last
    toks = m.sentence.tokens
    statement = m.entry.plover_type in STATEMENTS
    places = [
        c
        for c in cands
        if not (c.last >= first and c.first <= last)  # the tagger took the trigger for a name («لمقذوف»)
        and (
            c.unknown_place or c.place is not None or (c.entity is not None and c.entity.type in ("LOC", "GPE", "FAC"))
        )
        and not adjective_place(c, toks)
    ]
    # a country named without في/ب is an actor or an adjective («الرئيس الفرنسي»), not where it happened
    visited = _visited(m, every, keys) if m.plover_mode == "visit" else None
    if visited is not None:
        # «يزور قطر», «زيارة عمل لقطر», «زيارة الجبير إلى قطر»: the country visited is where the visit is
        m.location = visited
        if m.actor2 is None and visited.place is not None and visited.place.feature == "country":
            m.actor2 = visited
        return
    places = [
        c for c in places if c is not m.actor1 and (c.after_prep or c.place is None or c.place.feature != "country")
    ]
    on: list[Candidate] = []
    if not statement:
        # «غارات على بلدة بني قيس», «قصف على مطار التيفور»: after على the place is where it happened
        on = [c for c in places if not c.after_prep and c.first > last and after_on(keys, c.first)]
        if verbish and relative is not None:
            # «محافظة كركوك التي استعادتها بغداد»: the place the relative clause is about
            ante = [c for c in places if c.last < relative and relative - c.last <= 2]
            if ante:
                m.location = ante[-1]
                return
    if statement:
        # a statement is located by a place after في/ب before it («وفي طرابلس، أدان المجلس …»); a place after
        # it is mostly what it speaks of («اتهم … بقصف مواقع في سوريا») (measured on the development part)
        places = [c for c in places if c.after_prep and c.first < first]
    elif not places and m.entry.plover_type in ("ASSAULT", "COERCE"):
        # the place of an attack or an arrest is often in a clause of its own: «…، وذلك في منطقة
        # القرجاني»; a place in another clause than a meeting, a demand or a protest is mostly another
        # fact (measured on the development part)
        places = [
            c
            for c in elsewhere
            if (
                c.after_prep
                and (c.place is not None or c.unknown_place)
                and _same_sentence_part(c, first, last, clause, keys)
            )
            or (c.first > last and c.entity is not None and _specificity(c) == 0)  # «الغارة التي استهدفت مطار X»
        ]
    if places:
        prep = [c for c in places if c.after_prep or any(c is o for o in on)]
        located = _containers(places, keys)
        if located:
            # «قريتي تل أعور والفريكة جنوب مدينة جسر الشغور», «مديرية التحيتا في محافظة الحديدة»: the second
            # place only locates the first, which is where it happened (with the first's preposition or not)
            prep = [_innermost(c, located) for c in prep]
            places = [c for c in places if id(c) not in located]
            prep = [c for k, c in enumerate(prep) if id(c) not in located and all(c is not o for o in prep[:k])]
        # a named facility after the trigger is where it happened even without في/ب: «الغارة التي
        # استهدفت مطار التيفور … في وسط سوريا»
        prep += [
            c for c in places if c not in prep and c.first > last and _specificity(c) == 0 and c.entity is not None
        ]
        pool = prep or places
        # the most specific place first («في قنفودة غرب بنغازي» → قنفودة), then the one after the
        # trigger, then the nearest
        m.location = min(pool, key=lambda c: (_specificity(c), 0 if c.first > last else 1, abs(c.first - last)))


def _same_sentence_part(c: Candidate, first: int, last: int, clause: list[int], keys: list[str]) -> bool:
    """A place in another clause still tells where the trigger's event happened when it follows the
    trigger («…، وذلك في منطقة القرجاني») or stands in the clause just before it with no clause word
    between («في مدينة سبها، بعد أسابيع من الاشتباكات»); farther back, or past «حيث», «التي», «لكن», it
    belongs to another fact («في سجن بطرابلس حيث يواجه اتهامات بقتل»)."""
    if c.first > last:
        return c.first - last <= ELSEWHERE_SPAN
    return clause[c.last] == clause[first] - 1 and not any(keys[j] in CLAUSE_WORDS for j in range(c.last + 1, first))


def _containers(places: list[Candidate], keys: list[str]) -> dict[int, Candidate]:
    """The places that only locate another: ``id(outer) → inner`` when ``outer`` follows ``inner`` after
    nothing but direction words, place prepositions and place words («قنفودة غرب بنغازي», «البرح شمال غرب
    تعز», «التحيتا في محافظة الحديدة», «الدبداب بولاية إليزي», «طبربة من ولاية منوبة»)."""
    out: dict[int, Candidate] = {}
    for a, b in pairwise(places):
        gap = range(a.last + 1, b.first)
        if not (0 < len(gap) <= CONTAINER_GAP or (not gap and b.after_prep)):
            continue  # adjacent only with a glued ب: «أحياء سكنية بمدينة درنة»
        if all(keys[j] in PLACE_PREPS or keys[j] in PLACE_WORDS or keys[j] == FROM_WORD for j in gap):
            out[id(b)] = a
    return out


def _innermost(c: Candidate, inner: dict[int, Candidate]) -> Candidate:
    while id(c) in inner:
        c = inner[id(c)]
    return c


def _visited(m: EventMention, cands: list[Candidate], keys: list[str]) -> Candidate | None:
    """The place a visit goes to: the first place within six words after the visit word that no في/ب
    introduces («يزور وزير الخارجية الأمريكي قطر», «زيارة عمل لقطر», «زيارة الجبير إلى قطر»)."""
    for c in cands:
        if c.first <= m.last or c.first - m.last > 6 or c.after_prep:
            continue
        if c.place is not None or (c.entity is not None and c.entity.type in ("LOC", "GPE")):
            return c
    return None


SPECIFICITY = {"facility": 0, "border_crossing": 0, "city": 1, "district": 1, "unknown": 1, "natural": 2, "region": 2}


def _specificity(c: Candidate) -> int:
    """0 for a facility or an unknown named place («قاعدة العند», «مخيم درعا»), 1 for a town, 2 for a
    region, 3 for a country."""
    if c.unknown_place:
        return 0
    if c.place is None:
        return 0 if c.entity is not None and c.entity.type == "FAC" else 1
    return SPECIFICITY.get(c.place.feature, 3)
