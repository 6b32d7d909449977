"""Where an event mention happened: the place among the candidates of its sentence.

The place nearest the trigger after a preposition (في، ب، قرب …) comes first, the most specific of them (a
facility before a town, a town before a region: «في قنفودة غرب بنغازي» → قنفودة), a place that only locates
another («مديرية التحيتا في محافظة الحديدة») gives way to it; a visit is located where it goes («يزور قطر»);
the place a relative clause is about («محافظة كركوك التي استعادتها بغداد»); a statement only by a place before
it; an attack or an arrest may take its place from a clause of its own just after it («…، وذلك في منطقة
القرجاني»), and the place that only locates the one named there comes with it («عبرت منطقة X بولاية Y، واشتبك
معها الجيش»); a place more than a few words before the trigger tells where another predicate happened,
unless it opens the sentence («وفي مصراتة قتل مدنيون … جراء قصف»); a meeting from a relative clause right after it
(«الاجتماع الذي عقد بالرباط»). An attack takes the place it has as object («قصف مخيم درعا»); a region or a
country gives way to a town named after في/ب in the next clause. A hashtag, a quote or a bracket does not hide
the preposition («في مديرية #التحيتا»); a name typed as an organisation after a settlement word, or a front
after في/ب that is no known group, is a place («بلدة بني قيس», «في جبهة الكدحة»); a nationality coordinated
with another («طائرات روسية وسورية»), a noun with a pronoun («في معقلهم») and a place completing an actor's
name («مجلس ثوار بنغازي») are not. A place in a speaker's phrase before إن/أن («وقال أحد الضباط في بلدة موبتي
إن المهاجمين فجروا»), a place more than 14 words after a meeting, a deal, aid or a protest, and a place after a
word of topic («اتفاق لإنهاء القتال في جنوب سوريا») are dropped (:mod:`marsad.events.loc_matrix`), and so are a
group's branch («تنظيم داعش في سوريا») and a capital standing for its government («اتفاق مع بروكسل»,
:mod:`marsad.events.loc_branch`); the relative clause of an attack noun («الهجوم الذي استهدف متحف باردو») gives
its place over a place before the noun (:mod:`marsad.events.loc_relative`). Split from
:mod:`marsad.events.arguments`, which calls :func:`locate` once the actor and the target are set.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from marsad.events.constructions import (
    CLAUSE_WORDS,
    FROM_WORD,
    ON,
    PHRASE_BREAKS,
    RELATIVE_PRONOUNS,
    TO_WORDS,
    adjective_place,
    after_on,
    nisba,
)
from marsad.events.loc_branch import government, group_branches
from marsad.events.loc_matrix import matrix_place, topic_place
from marsad.events.loc_nouns import noun_place
from marsad.events.loc_relative import relative_place
from marsad.events.loc_witness import witness_place
from marsad.events.mention import STATEMENTS, Candidate, EventMention
from marsad.geo.namesakes import word_homographs
from marsad.model import Token
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
TOWN_WORDS = frozenset(normalize(w) for w in "مدينة بلدة قرية منطقة مديرية قضاء ناحية حي مخيم".split())
"""Place words that name a settlement: a name after them is a place even when the tagger typed it as an
organisation («بلدة بني قيس»). Not «ولاية» («ولاية سيناء» is a group) nor «جبهة» («جبهة النصرة»)."""
PLACE_OR_TOWN = PLACE_WORDS | TOWN_WORDS
FRONTS = frozenset(normalize(w) for w in ("جبهة", "محور"))
MARKS = frozenset('#"“”«»()')
"""Marks that may stand between a place word or a preposition and the name: a hashtag («في مديرية
#التحيتا»), quotes and brackets («في منطقة “كاتور”», «في قرية (دوما)»)."""
ELSEWHERE_SPAN = 12
"""At most this many words after the trigger a place in another clause may stand («…، وذلك في منطقة
القرجاني»); farther on it belongs to another fact («… بالتزامن مع افتتاح السفارة في القدس»)."""
ON_REACH = 10
"""At most this many words from the trigger to a place after على in the next clause («وسيطر “داعش”، على معظم
أجزاء قضاء سنجار»)."""
RELATIVE_REACH = 20
"""At most this many words from an attack noun to the place in the relative clause right after it."""
CONTAINER_GAP = 3
"""At most this many words between a place and the larger place that locates it («X جنوب مدينة Y»)."""
FAR_BEFORE = 7
"""A place more than this many words before the trigger belongs to another predicate of the
sentence («خرج رتل من مدينة مصراتة لدعم الكتيبة … وبعد ساعات من المسير وقعت اشتباكات»)."""
FAR_AFTER = 14
"""A place more than this many words after a meeting, a deal, a protest, aid or a statement belongs to another
predicate of the sentence: «واستمع منه لشرح حول تطور الأوضاع والموقف العملياتي لقوات عاصفة الحزم في اليمن»,
«اجتماع كيري مع لافروف الذي سيشارك فيه ايضا وزير الخارجية السعودي عادل الجبير سيركز على الحرب في سوريا». Not
after an attack or an arrest, whose long object often comes before its place («تدمير 4 مخابئ للإرهابيين تم
العثور بداخلها على … بمنطقة سكيكدة»), nor after a visit, whose destination may follow a long list of visitors
(«وصل وزيرا النقل …، والداخلية …، إضافة إلى نائب وزير الصحة إلى مطار عدن»)."""


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
    to. With no named place, a common noun after a preposition of place is the location («اشتباكات في
    العاصمة», «معارك في شارع الستين»: :mod:`marsad.events.loc_nouns`)."""
    # «تنظيم داعش في سورية», «القاعدة في شبه جزيرة العرب»: a group's branch, no place (loc_branch)
    branch = group_branches(every, m.sentence.tokens, keys)
    if branch:
        cands, every, elsewhere = ([c for c in g if all(c is not b for b in branch)] for g in (cands, every, elsewhere))
    _locate(m, cands, every, elsewhere, keys, clause, verbish, relative)
    if _other_clause(m, keys):
        m.location = None
    kind = m.entry.plover_type
    if kind == "ASSAULT" and not verbish and (m.location is None or m.location.last < m.first):
        # «بعد حادث إطلاق الرصاص الذي وقع بتشاتانوجا»: the relative clause about it (loc_relative)
        m.location = relative_place(m.sentence.tokens, keys, m.last, every) or m.location
    c = m.location
    if (
        c is not None
        and kind not in ("ASSAULT", "COERCE")
        and (_far_after(m, c, keys) or (c.first > m.last and topic_place(keys, m.last, c.first)))
    ):
        m.location = None  # another predicate's place, or part of what a meeting or a deal is about
    # not a statement, nor a court's ruling («قضت محكمة الجنايات بالعاصمة بالسجن»)
    if m.location is None and kind not in STATEMENTS and not (kind == "COERCE" and m.plover_mode is None):
        m.location = noun_place(
            m.sentence.tokens, keys, m.first, m.last, clause, every, only_in=kind in ("CONSULT", "AGREE")
        )
        if _other_clause(m, keys):
            m.location = None


def _other_clause(m: EventMention, keys: list[str]) -> bool:
    """The location of ``m`` stands in a time clause about another fact after it (:func:`_subordinated`) or in the
    reporting clause before it (:func:`_in_matrix`)."""
    c = m.location
    return c is not None and (_subordinated(keys, m.last, c.first) or _in_matrix(c, m, keys))


def _far_after(m: EventMention, c: Candidate, keys: list[str]) -> bool:
    """More than :data:`FAR_AFTER` words (marks and the pieces of a hashtag's underscores not counted) stand
    between the trigger of ``m`` and the place ``c`` after it, and ``m`` is no visit."""
    last = m.last
    if m.plover_mode == "visit" or c.first <= last:
        return False
    return sum(1 for j in range(last + 1, c.first) if keys[j][:1].isalpha()) > FAR_AFTER


def _in_matrix(c: Candidate, m: EventMention, keys: list[str]) -> bool:
    """A place before the trigger that does not open the sentence and stands in the phrase of a speaker or a
    source before a complementizer: it belongs to the reporting clause (:mod:`marsad.events.loc_matrix`). Not
    the place a source is from or attached to with ب, which mostly reports what happened there («مصادر أهلية
    من سرت، فإن التنظيم يشهد حالة تأهب», «عن مصدر بمطار معيتيقة أن … قذائف هاون»)."""
    if c.last >= m.first or _fronted(c, keys):
        return False
    toks = m.sentence.tokens
    head = c.first - 1 if c.first > 0 and keys[c.first - 1] in PLACE_OR_TOWN else c.first
    if head > 0 and keys[head - 1] == FROM_WORD:
        return False
    if "ب" in toks[head].prefix:
        return False
    return matrix_place(keys, c.first, c.last, m.first)


def _locate(
    m: EventMention,
    cands: list[Candidate],
    every: list[Candidate],
    elsewhere: list[Candidate],
    keys: list[str],
    clause: list[int],
    verbish: bool,
    relative: int | None,
) -> None:
    first, last = m.first, m.last
    toks = m.sentence.tokens
    statement = m.entry.plover_type in STATEMENTS
    cands, every, elsewhere = (_reread(m, group, toks, keys) for group in (cands, every, elsewhere))
    places = [
        c
        for c in cands
        if not (c.last >= first and c.first <= last)  # the tagger took the trigger for a name («لمقذوف»)
        and (
            c.unknown_place or c.place is not None or (c.entity is not None and c.entity.type in ("LOC", "GPE", "FAC"))
        )
        and not adjective_place(c, toks)
    ]
    if not statement:
        # «شهدت مدينة حلب اشتباكات», «الهجمات التي شهدتها تركيا»: the place that witnessed it (loc_witness)
        seen = witness_place(toks, keys, first, last, every, _placelike)
        if seen is not None:
            m.location = seen
            return
    # a country named without في/ب is an actor or an adjective («الرئيس الفرنسي»), not where it happened
    visited = _visited(m, every, keys) if m.plover_mode == "visit" else None
    if visited is not None:
        # «يزور قطر», «زيارة عمل لقطر», «زيارة الجبير إلى قطر»: the country visited is where the visit is
        m.location = visited
        if (
            m.actor2 is None
            and visited.place is not None
            and visited.place.feature == "country"
            # «زيارة رئيس مجلس الاتحاد الأوروبي دونالد تاسك إلى تونس»: a destination after «إلى» is no side
            and keys[visited.first - 1] not in TO_WORDS
        ):
            m.actor2 = visited
        return
    places = [
        c
        for c in places
        if c is not m.actor1
        and (c.after_prep or c.place is None or not government(c, keys, m.last, m.entry.plover_type, PLACE_OR_TOWN))
    ]
    # a place more than a few words before the trigger belongs to another predicate, unless it opens the
    # sentence («وفي مدينة مصراتة قتل ثلاثة مدنيين … جراء قصف»)
    places = [c for c in places if c.last >= first or first - c.last <= FAR_BEFORE or _fronted(c, keys)]
    on: list[Candidate] = []
    if not statement:
        # «غارات على بلدة بني قيس», «قصف على مطار التيفور»: after على the place is where it happened
        on = [c for c in places if not c.after_prep and c.first > last and _after_on(keys, c.first)]
        # «وسيطر “داعش”، على معظم أجزاء قضاء سنجار»: a comma may set على apart from the trigger
        on += [
            c
            for c in elsewhere
            if _placelike(c)
            and not c.after_prep
            and last < c.first <= last + ON_REACH
            and _after_on(keys, c.first)
            and not any(keys[j] in CLAUSE_WORDS or keys[j] in TO_WORDS for j in range(last + 1, c.first))
        ]
        places += [c for c in on if all(c is not p for p in places)]
        if m.entry.plover_type == "ASSAULT":
            # «قصف مخيم درعا», «اقتحام بلدة X»: the place an attack takes as its object is where it happened
            on += [
                c
                for c in places
                if not c.after_prep
                and c.first > last
                and (c.first == last + 1 or (c.first == last + 2 and keys[last + 1] in PLACE_OR_TOWN))
                and all(c is not o for o in on)
            ]
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
    elif not places and m.entry.plover_type not in ("ASSAULT", "COERCE"):
        # «الاجتماع الذي عقد بمقر الرئاسة في رام الله», «جلسة المباحثات التي ستعقد بإثيوبيا»: a relative
        # clause right after the event noun tells where it is held
        rel = _relative_after(keys, last)
        if rel is not None:
            places = [
                c
                for c in elsewhere
                if c.first > rel
                and clause[c.first] == clause[rel]
                and c.after_prep
                and (c.place is not None or c.unknown_place)
            ]
    elif not places and m.entry.plover_type in ("ASSAULT", "COERCE"):
        # the place of an attack or an arrest is often in a clause of its own: «…، وذلك في منطقة
        # القرجاني»; a place in another clause than a meeting, a demand or a protest is mostly another
        # fact (measured on the development part)
        rel = _relative_after(keys, last)
        places = [
            c
            for c in elsewhere
            if (
                c.after_prep
                and (c.place is not None or c.unknown_place)
                and _same_sentence_part(c, first, last, clause, keys)
            )
            # «الضربات الصاروخية التي استهدفت مخازن أسلحة … في ريفي حماة وحلب»: the relative clause about it
            or (
                rel is not None
                and c.after_prep
                and (c.place is not None or c.unknown_place)
                and c.first > rel
                and clause[c.first] == clause[rel]
                and c.first - last <= RELATIVE_REACH
            )
            or (c.first > last and c.entity is not None and _specificity(c) == 0)  # «الغارة التي استهدفت مطار X»
        ]
        # «عبرت منطقة X بولاية Y، واشتبك معها الجيش»: the place the chosen one only locates comes with it
        inner = _containers([c for c in elsewhere if c.place is not None or c.unknown_place], keys)
        chosen = {id(c) for c in places}
        places += [c for k, c in inner.items() if k in chosen and id(c) not in chosen]
        places.sort(key=lambda c: c.first)
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
        # «قائد في مجلس ثوار بنغازي»: a place that completes an actor's name is no location
        named = {c.last for c in every if _actor_like(c)}
        pool = prep or [c for c in places if c.first - 1 not in named]
        # the most specific place first («في قنفودة غرب بنغازي» → قنفودة), then the one after the
        # trigger, then the nearest
        if not pool:
            return
        m.location = min(pool, key=lambda c: (_specificity(c), 0 if c.first > last else 1, abs(c.first - last)))
        named_places = [c for c in every if c.place is not None or c.unknown_place]
        m.location = _first_conjunct(m.location, named_places, toks, keys)
        if not statement and _specificity(m.location) >= 2:
            # «وفي محافظة الحديدة لقي 100 حوثي مصرعهم جراء غارات، في مديرية التحيتا»: a region or a country
            # gives way to a town named after في/ب just after the trigger in the next clause
            closer = [
                c
                for c in elsewhere
                if c.after_prep
                and c.first > last
                and (c.place is not None or c.unknown_place)
                and _specificity(c) < _specificity(m.location)
                and _same_sentence_part(c, first, last, clause, keys)
            ]
            if not closer and _specificity(m.location) >= 3:
                # «قتل جنديان في مدينة الرمادي، في هجوم … وسط تصاعد العنف في العراق»: a country gives way
                # to a town after في/ب a few words before the trigger
                closer = [
                    c
                    for c in elsewhere
                    if c.after_prep
                    and c.last < first
                    and first - c.last <= ELSEWHERE_SPAN
                    and (c.place is not None or c.unknown_place)
                    and _specificity(c) <= 1
                ]
                closer = closer[-1:]
            if closer:
                m.location = min(closer, key=lambda c: (_specificity(c), c.first))


LINKERS = frozenset(normalize(w) for w in "بعد عقب أعقاب منذ قبل".split())
"""Words that open a time clause about another fact: a place after them is where that fact happened («اعتقاله
منذ مقتل طفل فلسطيني حرقا الجمعة في الضفة الغربية», «ويأتي الهجوم عقب مواجهات دامية شهدتها عدن»)."""


SPANS_OF_TIME = frozenset(
    normalize(w)
    for w in "ساعة ساعات يوم يومين أيام أسبوع أسبوعين أسابيع شهر شهرين أشهر شهور عام عامين أعوام سنة سنوات"
    " سنين عقود نحو قرابة حوالي أكثر أقل ذلك ذاك وقت فترة لحظات دقائق"
    " ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة بضع بضعة عدة".split()
)
"""After بعد/منذ/قبل a span of time makes an adverb («قبل نحو أسبوعين», «منذ أيام», «منذ ذلك الحين»), no
clause about another fact."""


def _subordinated(keys: list[str], last: int, first: int) -> bool:
    """A word of :data:`LINKERS` opening a clause about another fact stands between the trigger ending at
    ``last`` and a place at ``first`` after it (not «على بعد 30 كيلومترا», not «قبل أيام»)."""
    for j in range(last + 1, first):
        if keys[j] not in LINKERS or keys[j - 1] in ON or keys[j - 1] == FROM_WORD:
            continue  # «على بعد 30 كيلومترا», «من قبل قوات الاحتلال»
        nxt = keys[j + 1] if j + 1 < len(keys) else ""
        if nxt in SPANS_OF_TIME or nxt[:1].isdigit():
            continue
        return True
    return False


def _relative_after(keys: list[str], last: int) -> int | None:
    """The relative pronoun of a clause about the event noun ending at ``last``: right after it or past a few
    words of its phrase («اجتماع القيادة الفلسطينية الطارئ الذي عقد», «الضربات الصاروخية التي استهدفت»), with
    no punctuation or clause word before it."""
    for j in range(last + 1, min(last + 5, len(keys))):
        if keys[j] in RELATIVE_PRONOUNS:
            return j
        if keys[j] in CLAUSE_WORDS or not keys[j][:1].isalpha():
            return None
    return None


def _first_conjunct(c: Candidate, places: list[Candidate], toks: list[Token], keys: list[str]) -> Candidate:
    """«وفي مديريتي حيس والتحيتا شنت …», «في ريفي إدلب وحماة»: of places coordinated with و the first stands for
    the list (a comma may stand before the و)."""
    by_last = {p.last: p for p in places}
    while "و" in toks[c.first].prefix:
        k = c.first - 1
        if k >= 0 and keys[k] in ("،", ","):
            k -= 1
        prev = by_last.get(k)
        if prev is None or prev is c:
            break
        c = prev
    return c


PART_WORDS = frozenset(
    normalize(w) for w in "معظم أغلب كافة كامل كل بعض جميع أجزاء أراضي اراضي مناطق أحياء ضواحي أطراف محيط".split()
)
"""Words of a part or a share that may stand between على and the place («سيطر داعش على معظم أجزاء قضاء سنجار»,
«الحصار … على بعض مناطق تعز», «احتلال كافة أراضي اليمن»)."""


def _after_on(keys: list[str], first: int) -> bool:
    """A place after على, with a place word or up to two words of a part between (:data:`PART_WORDS`)."""
    if after_on(keys, first):
        return True
    j = first - 1
    if j >= 0 and keys[j] in PLACE_OR_TOWN:
        j -= 1
    k = j
    while k >= 0 and j - k < 2 and keys[k] in PART_WORDS:
        k -= 1
    return k < j and k >= 0 and keys[k] in ON


def _fronted(c: Candidate, keys: list[str]) -> bool:
    """The place opens the sentence after في/ب and frames all of it («وفي مدينة مصراتة قتل ثلاثة مدنيين …
    جراء قصف»)."""
    return c.after_prep and all(
        keys[j] in PLACE_PREPS or keys[j] in PLACE_WORDS or keys[j] in MARKS for j in range(c.first)
    )


def _placelike(c: Candidate) -> bool:
    """The candidate names a place: the gazetteer resolved it, the tagger typed it as one or a place word heads it."""
    return c.unknown_place or c.place is not None or (c.entity is not None and c.entity.type in ("LOC", "GPE", "FAC"))


def _actor_like(c: Candidate) -> bool:
    """A name or a noun of an actor («مجلس ثوار», «تنظيم داعش»), no place."""
    if c.place is not None or c.unknown_place:
        return False
    return c.entity is None or c.entity.type not in ("LOC", "GPE", "FAC")


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
        if all(
            keys[j] in PLACE_PREPS or keys[j] in PLACE_WORDS or keys[j] == FROM_WORD or keys[j] in MARKS for j in gap
        ):
            out[id(b)] = a
    return out


def _innermost(c: Candidate, inner: dict[int, Candidate]) -> Candidate:
    while id(c) in inner:
        c = inner[id(c)]
    return c


def _visited(m: EventMention, cands: list[Candidate], keys: list[str]) -> Candidate | None:
    """The place a visit goes to: the first place within six words after the visit word that no في/ب
    introduces («يزور وزير الخارجية الأمريكي قطر», «زيارة عمل لقطر», «زيارة الجبير إلى قطر»)."""
    toks = m.sentence.tokens
    for c in cands:
        if c.first <= m.last or c.after_prep:
            continue
        if c.first - m.last > 6 and not (
            # «زيارة رئيس مجلس الاتحاد الأوروبي دونالد تاسك إلى تونس»: the visitor's titles stand between
            c.first - m.last <= VISIT_REACH
            and keys[c.first - 1] in TO_WORDS
            and not any(t.text in PHRASE_BREAKS for t in toks[m.last + 1 : c.first])
        ):
            continue
        if c.place is not None or (c.entity is not None and c.entity.type in ("LOC", "GPE")):
            return c
    return None


VISIT_REACH = 12
"""Words from a visit noun to the place after «إلى» when a long genitive (the visitor) stands between."""


SPECIFICITY = {"facility": 0, "border_crossing": 0, "city": 1, "district": 1, "unknown": 1, "natural": 2, "region": 2}


def _specificity(c: Candidate) -> int:
    """0 for a facility or an unknown named place («قاعدة العند», «مخيم درعا»), 1 for a town, 2 for a
    region, 3 for a country."""
    if c.unknown_place:
        return 0
    if c.place is None:
        return 0 if c.entity is not None and c.entity.type == "FAC" else 1
    return SPECIFICITY.get(c.place.feature, 3)


def _reread(m: EventMention, cands: list[Candidate], toks: list[Token], keys: list[str]) -> list[Candidate]:
    """The candidates as places: a name after a hashtag, a quote or a bracket keeps the preposition and
    place word before the mark («في مديرية #التحيتا», «في قرية (دوما)»); a name the tagger typed as an
    organisation after a settlement word is a place («أصابت بلدة بني قيس»), unless it acts; a nationality
    coordinated with another («طائرات روسية وسورية») is no place."""
    out: list[Candidate] = []
    for c in cands:
        if c.entity is None and c.unknown_place and c.first < c.last and keys[c.last] in NO_NAME:
            continue  # «داخل مسجد في ولاية كسلا», «في منطقة كانت خالية»: the word after the place word is no name
        if c is m.actor1 or c.unknown_place:
            out.append(c)
            continue
        is_place = c.place is not None or (c.entity is not None and c.entity.type in ("LOC", "GPE", "FAC"))
        if is_place and c.first == c.last and not c.after_prep and _paired_nisba(toks, c.first):
            continue
        if (
            c.first == c.last
            and (c.place is None or c.place.feature == "unknown")
            and _common_noun(toks[c.first])
            # «في منطقة بونك بطهران»: after a place word a name ending like a pronoun is still a name
            and not (c.first > 0 and keys[c.first - 1] in PLACE_OR_TOWN)
        ):
            continue
        if c.place is None and _word_reading(c, cands, toks, keys):
            continue  # «في مشهد يعكس رغبة موسكو»: the places stage read the name as the word (a scene), not Mashhad
        if is_place and not c.after_prep and c.first > 0 and keys[c.first - 1] in MARKS:
            c = replace(c, after_prep=_governed(toks, keys, c.first))
        elif is_place and not c.after_prep and c.first > 0 and _dual_head(toks[c.first - 1]):
            # «في ريفي حماة وحلب», «في مديريتي حيس والخوخة»: the dual place word passes its preposition on
            c = replace(c, after_prep=_governed(toks, keys, c.first - 1))
        elif not is_place and c.entity is not None and c.entity.type != "PER" and _settlement(keys, c.first):
            c = replace(c, unknown_place=True, after_prep=_governed(toks, keys, c.first))
        elif (
            not is_place
            and c.entity is not None
            and c.entity.type == "ORG"
            and not _curated(c)
            and keys[c.first] in FRONTS
            and c.first < c.last
            and _governed(toks, keys, c.first)
        ):
            # «في جبهة البقع», «بمحور نهم»: a front after في/ب is a place, unless the actor lexicon knows
            # it as a group
            c = replace(c, unknown_place=True, after_prep=True)
        out.append(c)
    return out


def _word_reading(c: Candidate, cands: list[Candidate], toks: list[Token], keys: list[str]) -> bool:
    """``c`` is a name spelt like a common word (``marsad/geo/data/word_homographs.tsv``) that reads as the
    word: a word follows it that neither ends the phrase nor names (a verb, a numeral, a preposition: «في مشهد
    يعكس», «في مشهد واحد», «المطلة على»), and no place word stands before it («مدينة مشهد»). A name, a nisba
    or punctuation after it leaves it the place («في سيول مارك ليبرت», «في سيول،», «بالصحراء الأفريقية»)."""
    if c.entity is None or normalize(c.entity.text) not in word_homographs():
        return False
    if c.first > 0 and keys[c.first - 1] in PLACE_OR_TOWN:
        return False
    j = c.last + 1
    if j >= len(toks) or not toks[j].core[:1].isalpha() or nisba(toks[j]):
        return False
    return not any(o.first == j for o in cands)


NO_NAME = (
    PLACE_PREPS | ON | TO_WORDS | CLAUSE_WORDS | {normalize(w) for w in "من عن مع كان كانت يكون تكون هي هو".split()}
)
"""Words that cannot name the place after a place word («مسجد في», «منطقة كانت»)."""
DUAL_HEADS = PLACE_OR_TOWN | {normalize("ريف")}


def _dual_head(tok: Token) -> bool:
    """A place word in the dual construct («ريفي», «مديريتي», «محافظتي», «قريتي»): the tokenizer reads its ي as
    a pronoun."""
    return tok.suffix == "ي" and tok.core.endswith(("يي", "تي", "في")) and tok.stem in DUAL_HEADS


def _settlement(keys: list[str], j: int) -> bool:
    """A name at ``j`` begins with a settlement word or follows one, past marks («بلدة بني قيس»)."""
    if keys[j] in TOWN_WORDS:
        return True
    k = j - 1
    while k >= 0 and keys[k] in MARKS:
        k -= 1
    return k >= 0 and keys[k] in TOWN_WORDS


def _governed(toks: list[Token], keys: list[str], j: int) -> bool:
    """The word at ``j`` (a name or its place word) follows في/ب or a place preposition, past marks."""
    if "ب" in toks[j].prefix:
        return True
    k = j - 1
    while k >= 0 and keys[k] in MARKS:
        k -= 1
    if k >= 0 and (keys[k] in PLACE_WORDS or keys[k] in TOWN_WORDS):
        if "ب" in toks[k].prefix:
            return True
        k -= 1
    return k >= 0 and keys[k] in PLACE_PREPS


def _curated(c: Candidate) -> bool:
    """The name is an actor of the curated list («جبهة النصرة»), not a name the registry only minted an
    ``a-`` id for (:func:`marsad.actors.registry.actor_id_for`)."""
    aid = c.entity.actor_id if c.entity is not None else None
    return aid is not None and not aid.startswith("a-")


def _common_noun(tok: Token) -> bool:
    """«في معقلهم», «المحاصرة للمدينة»: a word with an attached pronoun, or a place word with the article
    (which refers back), is no place name, whatever the tagger said; the gazetteer did not resolve it."""
    return bool(tok.suffix) or (tok.core.startswith("ال") and tok.stem in PLACE_OR_TOWN)


def _paired_nisba(toks: list[Token], j: int) -> bool:
    """«طائرات روسية وسورية»: a one-word name with و right after a nationality adjective is its pair."""
    tok = toks[j]
    return j > 0 and "و" in tok.prefix and nisba(toks[j - 1]) and tok.core.endswith(("ي", "يه"))
