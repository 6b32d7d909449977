"""The arguments of an event mention: actor, target, location and fatalities, within one sentence.

* a verb trigger takes as actor the first candidate just after it (Arabic verb-subject order:
  «قصفت الطائرات …») or else the nearest one before it («الطائرات قصفت …»); the next candidate after
  the actor is the target («… مواقع المسلحين»). After a relative pronoun the antecedent is the subject
  («تنظيم داعش الذي هاجم …») or, when the verb carries an object pronoun, the object («حركة حزم التي
  تدعمها الولايات المتحدة»); after «أنها/أنه» the speaker is («أعلنت الأجهزة الأمنية أنها اعتقلت»);
* a noun trigger takes as target the candidate in construct with it («قصف الجفرة», «اعتقال X») or
  after على/ضد, and as actor the nearest candidate before it that no «إن/أن» separates from it (a
  speaker is no actor); the genitive is the actor when the object follows with مع/إلى/على/ضد or ل
  («اجتماع كيري مع لافروف», «استهداف طائرات التحالف لتجمع»); the subject of a light verb is the actor
  («شنت الجبهة … هجوما», «قام المتطرفون باجتياح», «تمكن ضباط المباحث من ضبط»); «تم/جرى» names no
  agent; «من قبل X», «شنه X», «التي تنفذها X» after it give the agent; «تلقى X اتصالا من Y» makes Y
  the actor and X the target; a passive «تعرض Y لـ» before the trigger makes Y the target; the
  dead of «مقتل X في الاشتباكات» are the target, not the actor;
* «بين X و Y» after the trigger gives both; of a coordinated subject «X و Y» the first conjunct acts
  (and, in meetings and agreements, the second is the target);
* candidates are entity mentions and, where no name is given, actor nouns of ``cues.tsv``
  («مسلحين», «الطائرات»); a place after في/ب or a place-type word is the location, not an actor;
  civilians act only in statements and protests (in attacks and arrests they are victims)
  (:class:`marsad.events.arg_candidates.ArgumentFinder`);
* what an attack hits when its clause names no target (the object of «استهدف», the owner of the positions hit,
  counted victims, the passive «قتل», «تكبد X خسائر»), the counted people an arrest takes, the crowd of a
  protest, a threat's addressee and a condemned act's agent: :mod:`marsad.events.objects`; then sources, blame,
  backing, possessives, described persons, counted sides and titles: :func:`marsad.events.arg_sides.complete_sides`;
  the other side of talks and agreements, the addressee of demands and threats, who is held responsible and the
  agent of what is praised or condemned: :func:`marsad.events.arg_politics.political_sides`;
* for noun triggers: the subject of a relative clause of carrying out or giving is the actor («الحصار الذي تقوم به
  المليشيا», :mod:`marsad.events.arg_carried`), as is who attends a meeting («وحضر الاجتماع ممثلون عن …»,
  :mod:`marsad.events.arg_participants`); a person who reports an attack (:mod:`marsad.events.arg_speakers`) and the
  subject of a clause an attack only dates («عقب الغارات الجوية», :mod:`marsad.events.arg_aftermath`) are no actors;
  the «على/مع» of another word gives no target («أثر عميق على قدرة داعش», :mod:`marsad.events.arg_against`);
  an impersonal passive's pronoun resumes the target («المواطن تم اقتياده», :mod:`marsad.events.arg_resumed`);
  the accused of «اتهم X Y بـ…» acts (:mod:`marsad.events.arg_accused`); a protest noun's ل-phrase protests and who
  quells a protest does not (:mod:`marsad.events.arg_protesters`); the «مع» side of a clash does not act in a later
  noun, and the sides of a clash or talks after «بين» may stand beyond the trigger's window;
* battle reports: two heads of one genitive are one actor (:mod:`~marsad.events.arg_coordinated`), who held the
  ground taken is its target (:mod:`~marsad.events.arg_holders`), a repelled attack's two sides
  (:mod:`~marsad.events.arg_repel`), the side that bore a battle is no actor (:mod:`~marsad.events.arg_sufferers`);
* last, the subject a trigger shares with its clause (:mod:`~marsad.events.arg_subjects`: «… قضت … واسترجعت»);
* the location is the place nearest the trigger (after a preposition first), and for a visit the
  place visited («يزور قطر»): :func:`marsad.events.location.locate`; the date (attached by
  :class:`~marsad.events.coder.EventCoder`) is the nearest time expression of the sentence, resolved by
  the dates stage.

The sentence is cut into clauses (:func:`clauses`) at commas, quotes (not around a short name) and
clause words, and arguments are taken from the trigger's clause first. The fatalities are the number
after a «killed» word («مقتل 5») or before a «dead» noun («5 قتلى»).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.agents import genitive_agent
from marsad.events.arg_against import foreign_preposition
from marsad.events.arg_agreement import (
    HAMZA_YA,
    accusative_nisba,
    apodosis,
    described_subject,
    feminine_verb_object,
    governed,
    member_of_group,
    plural_verb,
)
from marsad.events.arg_asides import masdar_object, object_past_aside, person_phrase, split_person
from marsad.events.arg_backed import BACKED_BY, backed_subject, backer
from marsad.events.arg_beneficiary import beneficiary
from marsad.events.arg_between import after_one_side, occurring_between
from marsad.events.arg_candidates import OBJECT_HEADS
from marsad.events.arg_candidates import ArgumentFinder as ArgumentFinder  # read by the coder
from marsad.events.arg_coordinated import shared_head
from marsad.events.arg_counted import counted_people, counted_subject
from marsad.events.arg_described import describer
from marsad.events.arg_facilities import blasted_unit, facility_target, planter
from marsad.events.arg_holders import held_side
from marsad.events.arg_noun_roles import noun_roles
from marsad.events.arg_politics import SYMMETRIC, new_clause_between, political_sides
from marsad.events.arg_ranks import ranks_before
from marsad.events.arg_relatives import relative_target
from marsad.events.arg_repel import repel_target, repelling_side
from marsad.events.arg_reported import across_that, light_that_subject, that_subject
from marsad.events.arg_runon import split_run_on
from marsad.events.arg_security import security_sides
from marsad.events.arg_sides import complete_sides
from marsad.events.arg_subjects import clause_subject
from marsad.events.arg_sufferers import sufferer
from marsad.events.arg_times import object_after, object_gap
from marsad.events.casualties import CIRCUMSTANCE, WEAPONS, main_subject, partitive_words
from marsad.events.constructions import (
    AGAINST,
    BY_HAND,
    CLAUSE_WORDS,
    DOCUMENTS,
    QUOTE_MARKS,
    RELATIVE_PRONOUNS,
    adjectives,
    agent_after,
    agent_word,
    attributed_to,
    conjunct,
    expelled,
    foiled,
    genitive_of,
    intransitive,
    killed_relative,
    nisba,
    object_of_against,
    owned,
    preposition,
    security_post_candidate,
    source,
    victim,
)
from marsad.events.location import PLACE_PREPS, locate
from marsad.events.location import PLACE_WORDS as PLACE_WORDS  # read by the relations stage
from marsad.events.mention import STATEMENTS, Candidate, EventMention
from marsad.events.objects import fill_sides, fused, hit_target, killed_passive, split_pair
from marsad.events.sharing import (
    AUXILIARIES,
    CLAUSE_PUNCT,
    OBJECT_VERBS,
    PRONOUN_SUBJECT,
    addressee,
    antecedent_of,
    article_like_verb,
    far_object,
    light_subject,
    object_pronoun,
    shared_subject,
    speaker_of,
)
from marsad.events.sharing import (
    LIGHT_VERBS as LIGHT_VERBS,  # read by the detection and modality stages
)
from marsad.events.victims import in_toll, killer, passive_victim
from marsad.model import Token
from marsad.text.normalize import normalize

SPEAKERS = frozenset(normalize(w) for w in "المتحدث متحدث الناطق ناطق مصدر مصادر المصدر المصادر مراسل وكالة".split())
BETWEEN = normalize("بين")
PREPOSITIONS = PLACE_PREPS | frozenset(normalize(w) for w in "على علي إلى الى عن مع ضد لدى أمام خلف".split())
"""Words after which a candidate is an object or a place, never the subject of a verb (not «من»: «اقتحم
متشددون من تنظيم الدولة»)."""
PASSIVE = frozenset(normalize(w) for w in ("تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا"))
MODEL = normalize("طراز")
IN_WORD = normalize("في")
ABLE_PREPS = frozenset((IN_WORD, normalize("من")))
PASSIVE_MARK = "\u064f"
"""Damma: «قُتل», «استُهدف» are passive where the writer vocalised them."""
HONORIFICS = frozenset(normalize(w) for w in "معاليه سموه فخامته جلالته سماحته".split())
"""Honorific pronoun subjects of Gulf and Levantine official prose («طالب معاليه», «استقبل سموه»)."""
WITNESSED = frozenset(normalize(w) for w in "شهد شهدت يشهد تشهد شهدها شهدته".split())
"""«شهدت القاهرة حوارا»: a verb of witnessing whose subject is the place of the event."""
WITH = normalize("مع")
BETWEEN_EVENTS = frozenset(("ASSAULT", "CONSULT", "AGREE", "COOPERATE"))
"""Events between two sides, whose noun takes both after «بين» («اشتباكات بين», «محادثات بين», «اتفاق بين»)."""
BETWEEN_REACH = 10
AFTER_WINDOW = 10
"""At most this many words from the trigger to a side after it (the trigger's own window)."""
IMPERSONAL = frozenset(normalize(w) for w in "تم يتم جرى يجري".split())
"""«تم ضبط», «جرى تدمير»: an impersonal passive names no agent."""
RECEIVE = frozenset(normalize(w) for w in "تلقى تلقت يتلقى تتلقى".split())
"""«تلقى X اتصالا من Y»: Y called, X was called."""
FROM = normalize("من")
TOWARDS = frozenset(normalize(w) for w in ("إلى", "الى", "لدى"))
QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”"}


def clauses(tokens: list[Token], keys: list[str]) -> list[int]:
    """The clause number of each token: a new clause begins at a comma or a colon (unless what
    follows up to the next comma is a short aside of at most four words: «، فجر اليوم السبت،»), a
    quote, or a clause word (حيث، فيما، الذي، عندما، مما …)."""
    marks = [t.text in CLAUSE_PUNCT or k in CLAUSE_WORDS for t, k in zip(tokens, keys, strict=True)]
    for j, t in enumerate(tokens):
        if t.text in QUOTE_PAIRS:
            # a name in quotes («قوة المجاهدين», تنظيم «داعش») is no clause of its own
            close = next((k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k].text in QUOTE_MARKS), None)
            if close is not None and tokens[close].text == QUOTE_PAIRS[t.text]:
                marks[j] = marks[close] = False
    out = []
    n = 0
    skip_until = -1
    for j, t in enumerate(tokens):
        if marks[j] and j > skip_until:
            nxt = next((k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k].text in "،,"), None)
            if t.text in "،," and nxt is not None:
                skip_until = nxt  # a short aside between two commas stays in the clause
            else:
                n += 1
        out.append(n)
    return out


def attach(m: EventMention, cands: list[Candidate], keys: list[str], verbish: bool, clause: list[int]) -> None:
    """Sets the actor, the target and the location of ``m`` from the candidates of its sentence;
    ``verbish`` when the trigger is a verb, ``clause`` from :func:`clauses`."""
    first, last = m.first, m.last
    toks = m.sentence.tokens
    verbish = verbish or article_like_verb(toks[first])  # «التقى وزير الخارجية بنظيره»
    # civilians are the victims of attacks and arrests, but they march, demand and reject
    civil_ok = m.entry.plover_type not in ("ASSAULT", "COERCE")

    statement = m.entry.plover_type in STATEMENTS
    participle = not verbish and m.entry.pos == "form" and toks[first].core.startswith("م")

    def can(c: Candidate) -> bool:
        # «وحسب رويترز، وقع الانفجار»: a source named after حسب/وفقا reports the event, it does not act
        return (
            can_act(c, civil_ok, statement)
            and (statement or not source(keys, c.first))
            and not (c.first > 0 and keys[c.first - 1] == MODEL)  # «طائرة من طراز إف-16»: a model acts not
            and not addressee(c, keys, toks)  # «أكدت مصادر لـ«عكاظ»»: the paper told is no side
        )

    if not verbish:
        # «هجوم انتحاري», «الاعتداء الانتحاري»: a nisba adjective right after an attack noun describes it
        cands = [
            c
            for c in cands
            if not (
                c.first == last + 1
                and (
                    c.entity is None
                    # «هجوم كيماوي» tagged as a name (not a short given name: «اعتقال علي»)
                    or (
                        c.entity.type in ("MISC", "PER")
                        and c.first == c.last
                        and len(toks[c.first].core) >= 5
                        and not toks[c.first].core.startswith("ال")
                    )
                )
                and (nisba(toks[c.first]) or accusative_nisba(toks, last, c))
                # «اجتماعات الهيئة»: the hamza of «هيئة/بيئة» is folded to ي, which makes no nisba of them
                and not toks[c.first].core.endswith(HAMZA_YA)
            )
        ]
    here = clause[first]
    outside = [c for c in cands if c.last < first and clause[c.last] != here and not c.after_prep and can(c)]
    elsewhere = [c for c in cands if clause[c.first] != here and clause[c.last] != here]
    every = cands
    cands = [c for c in cands if clause[c.first] == here or clause[c.last] == here]
    agents = [c for c in cands if not c.after_prep and not (c.last >= first and c.first <= last)]
    before = [c for c in agents if c.last < first and first - c.last <= 6]
    after = [c for c in agents if c.first > last and c.first - last <= AFTER_WINDOW]
    actor: Candidate | None = None
    target: Candidate | None = None
    no_agent = False  # «تم ضبط», a passive verb: the outside subject is no actor either
    passive = _passive(keys, toks, first, m.skip)
    between = next(
        (j for j in range(last + 1, min(last + 7, len(keys))) if keys[j] == BETWEEN and clause[j] == here), None
    )
    pair = [c for c in after if between is not None and c.first > between and can(c)]
    if between is not None and not verbish and m.entry.plover_type in BETWEEN_EVENTS:
        # «اشتباكات في شرق ليبيا بين قوات موالية للحكومة المعترف بها دوليا وجماعات مسلحة»: the second side of a
        # clash or talks may stand beyond the trigger's own window, counted from «بين», joined by و («بين الطرفين في
        # المنطقة عقب محاولة المسلحين» names one plural side)
        pair = pair + [
            c
            for c in agents
            if c.first - last > AFTER_WINDOW
            and c.first - between <= BETWEEN_REACH
            and "و" in toks[c.first].prefix
            and can(c)
        ]
    relative = _relative(keys, first) if verbish else None
    antecedent = antecedent_of(every, relative, can) if relative is not None else None
    if antecedent is None and relative is not None and killed_relative(keys, first, []):
        # «عدد المدنيين الذين قتلوا»: civilians, who never act in an attack, may be its dead
        antecedent = antecedent_of(every, relative, lambda c: can(c) or c.civilian)
    speaker = (
        speaker_of(every, keys, first - 1, can)
        if verbish and first > 0 and keys[first - 1] in PRONOUN_SUBJECT
        else None
    )
    if between is not None and len(pair) == 1:
        pair = split_pair(pair[0], toks)  # «هدنة بين الحكومة وطالبان» tagged as one name
    if between is not None and len(pair) >= 2:
        actor = pair[0]  # «اشتباكات في شرق ليبيا بين قوات موالية … وجماعات مسلحة»
        rest = [c for c in pair[1:] if "و" in toks[c.first].prefix]
        # «بين المقاومة الشعبية والجيش الوطني من جهة، والمتمردين الحوثيين … من جهة أخرى»: the other side
        # begins after the first «من جهة»
        rest = after_one_side([c for c in every if "و" in toks[c.first].prefix and can(c)], keys, between) or rest
        target = rest[0] if rest else pair[1]
    elif verbish and last + 3 < len(keys) and keys[last + 1] == FROM and keys[last + 2] == "قبل":
        # «صاروخا أطلق من قبل الميليشيا»: a passive verb with its agent (quoted, it may be a clause of its own)
        actor = next((c for c in every if 0 < c.first - last <= 4 and can(c)), None)
        no_agent = actor is None
    elif verbish and PASSIVE_MARK in toks[first].text[:3]:
        # a passive verb written with its damma («قُتل 9 مدنيين», «استُهدف المقر»): no agent named
        target = after[0] if after and after[0].first - last <= 4 else (before[-1] if before else None)
        no_agent = True
    elif verbish and antecedent is not None:
        near = [c for c in after if c.first - last <= 4]
        if object_pronoun(toks[first]):
            # «حركة حزم التي تدعمها الولايات المتحدة»: the antecedent is the object, the subject follows
            target = antecedent
            actor = near[0] if near and can(near[0]) else None
        elif killed_relative(keys, first, near):
            target, no_agent = antecedent, True  # «عدد الفلسطينيين الذين قتلوا منذ …»: they were killed
        else:
            actor = antecedent  # «تنظيم داعش الذي اعتدى على الإيزيديين», «كيري الذي يزور قطر»
            target = near[0] if near else None
    elif verbish and last + 1 < len(keys) and (keys[last + 1] in HONORIFICS or keys[last + 1] in DOCUMENTS):
        # «وطالب معاليه المجتمع الدولي», «استقبل سموه الوزير»: the honorific is the subject (a pronoun for
        # someone named before), the candidate after it the object
        target = object_after(toks, keys, last, after)
    elif verbish and speaker is not None:
        actor = speaker  # «أعلنت الأجهزة الأمنية أنها اعتقلت زعيم مجموعة»
        target = object_after(toks, keys, last, after)
    elif verbish and first > 0 and keys[first - 1] in PRONOUN_SUBJECT:
        # «…، وأنها قتلت كل عناصر الميليشيا»: the pronoun on أن is the subject, named farther back; the
        # candidate after the verb is its object
        target = object_after(toks, keys, last, after)
    elif verbish:
        subject_before = (
            bool(before)
            and (
                first - before[-1].last <= 2
                or adjectives(toks, before[-1].last + 1, first)
                # «وكانت دبابات إسرائيلية قد ضربت»: an auxiliary stands between, after the adjectives
                or _auxiliaries_then_adjectives(toks, keys, before[-1].last + 1, first)
            )
            and can(before[-1])
            # a subject takes no preposition: «وبحسب البيان الصادر عن وزارة الخارجية فقد اتفق الجانبان», «في
            # أعقاب لقاء الرئيس بالوفد التقى وزير الخارجية بنظيره» have their subject after the verb
            and not governed(toks, keys, before[-1])
            # «وبناء على توجيه … الرئيس عبدالفتاح السيسي فقد اتفق الجانبان»: the ف of «فقد» opens the main clause
            # after a fronted phrase, whose names are not its subject
            and not apodosis(toks, before[-1].last + 1, first)
        )
        # a subject takes no preposition: «تعزيزات للحوثيين», «انفجرت قرب فندق تيبستي»
        # nor a و: «وأهاب بالأمم المتحدة ومنظماتها» coordinates an object, the subject is elsewhere
        subject = [
            c
            for c in after
            if not preposition(toks[c.first])
            and keys[c.first - 1] not in PREPOSITIONS
            and "و" not in toks[c.first].prefix
            # «قصفت المدفعية مواقع المسلحين»: the genitive of what was hit is no subject
            and keys[c.first - 1] not in OBJECT_HEADS
        ]
        # «أكد ضابط لوكالة فرانس برس أن رجلا يحمل سكينا هاجم مصلين»: the noun after a bare «أن/إن» is the
        # subject of the clause's verb (marsad.events.arg_reported)
        that_noun = that_subject(every, keys, toks, first, can)
        if that_noun is not None:
            actor = owned(that_noun, every, keys, can, toks)
            target = person_phrase(m, keys, object_after(toks, keys, last, after))
        elif subject_before:
            actor = owned(before[-1], every, keys, can, toks)  # «أن طائراتها قصفت مدينة سرت»
            target = object_after(toks, keys, last, after)
        elif (
            subject
            and (subject[0].first - last <= 4 or described_subject(toks, last, subject[0]))
            and can(subject[0])
            and not plural_verb(toks[first])
            and not feminine_verb_object(toks, first, subject[0])
        ):
            actor = subject[0]  # verb-subject-object: «قصفت الطائرات مواقع المسلحين»
            rest = [c for c in after if c.first > actor.last and object_gap(toks, keys, actor.last, c) <= 6]
            if not rest:
                rest = far_object(actor, last, every, keys, toks)
            # «اتهم المجلس البلدي لمدينة مصراتة قوات الكرامة»: a ل-phrase or a town right after the subject
            # qualifies it; the object is the next candidate that can act
            rest = [
                c
                for c in rest
                if (can(c) or c.civilian)
                and not ("ل" in preposition(toks[c.first]) and c.first - actor.last <= 3)
                # «توعد آمر غرفة عمليات سرت بملاحقة …»: a bare head noun is in construct with the name after it
                and not genitive_of(toks, actor, c)
            ]
            if rest and m.entry.plover_type not in SYMMETRIC and conjunct(toks, actor, rest[0]):
                # «اتهمت روسيا وسوريا إسرائيل»: the second conjunct is part of the subject
                rest = [c for c in rest[1:] if c.first - rest[0].last <= 6]
            target = rest[0] if rest else None
            # an actor noun's own adjectives were checked when its candidate was built (arg_adjectives): «اتفقت
            # الأطراف الليبية» is one phrase, though a broken plural takes a feminine nisba
            run_on = split_run_on(toks, actor) if actor.first == last + 1 and actor.entity is not None else None
            if run_on is not None and (target is None or target.first - actor.last > 1):
                # «وأدانت المحكمة الزفزافي»: the tagger ran the subject and the object into one name (arg_runon)
                actor, target = run_on
        else:
            actor = next(
                (
                    c
                    for c in reversed(before)
                    if can(c)
                    and not governed(toks, keys, c)
                    # «قال الجيش الإسرائيلي إن دبابة أطلقت قذيفة»: the speaker before «إن» is no subject of its verb
                    and not across_that(keys, c.last, first)
                ),
                None,
            )
            if actor is not None:
                actor = owned(actor, every, keys, can, toks)  # «ألوية العمالقة بقيادة القائد العام … سيطرت»
            target = after[0] if after and after[0].first - last <= 6 else None
    else:
        agent_at = agent_word(keys, last, clause, toks)
        # «الهجوم الذي شنته مجموعات مسلحة»: across a relative pronoun the agent stands in the relative clause
        pool = after if agent_at is None or clause[agent_at] == here else every
        by_agent = (
            next(
                (c for c in pool if c.first > agent_at and c.first - agent_at <= 3 and not c.after_prep and can(c)),
                None,
            )
            if agent_at is not None
            else None
        )
        if by_agent is None and m.entry.plover_type == "ASSAULT":
            # «انفجار قنبلة نسب إلى حزب العمال», «هجوم نسبته السلطات إلى التمرد الكردي»
            to = attributed_to(keys, toks, last, clause)
            by_agent = next((c for c in every if to is not None and c.first == to and can(c)), None)
        if by_agent is None and m.entry.plover_type in ("AID", "SUPPORT"):
            # «بإسناد من قوات التحالف», «بإسناد جوي متواصل من طائرات التحالف»: the giver follows من
            at = next((j for j in range(last + 1, min(last + 4, len(keys))) if keys[j] == FROM), None)
            if at is not None and clause[at] == clause[last]:
                by_agent = next((c for c in after if c.first == at + 1 and can(c)), None)
                agent_at = at if by_agent is not None else agent_at
        # «اعتقال 35 من مسلحي الميليشيات»: a count and its partitive من stand between the noun and its genitive
        near = [c for c in after if c.first - last - partitive_words(keys, last + 1, c.first) <= 2]
        against = [
            c
            for c in after
            if c.first - last <= 6
            and (any(keys[j] in AGAINST for j in range(last + 1, c.first)) or "ب" in toks[c.first].prefix)
            and not new_clause_between(toks, every, last, c.first)
            # «سيكون لهذه الضربات أثر عميق على قدرة داعش»: the «على» of another word (arg_against)
            and not foreign_preposition(m, keys, every, c)
        ]
        if passive is not None:
            # «تعرضت دورية من قوة المجاهدين … لمقذوف», «تعرض مركز المسيال لقذائف»: the subject of تعرض
            subject = [c for c in every if passive < c.first and c.last < first and not c.after_prep]
            target = subject[0] if subject else before[-1] if before else None
            actor = by_agent
            no_agent = actor is None
        elif by_agent is not None:
            # «هجوم شنه مسلحون متشددون على …», «الغارات التي تنفذها القوات التركية», «قصف المدينة من قبل
            # الجيش»: the agent follows; a candidate before it is the object
            actor = by_agent
            inner = [c for c in after if agent_at is not None and c.last < agent_at and keys[agent_at] in BY_HAND]
            rest = [c for c in after if c.first > actor.last]
            if inner:
                target = inner[0]
            elif rest and any(keys[j] in AGAINST for j in range(actor.last + 1, rest[0].first)):
                target = rest[0]
        elif any(keys[j] in IMPERSONAL for j in range(max(0, first - 2), first)):
            target = near[0] if near else against[0] if against else None  # «تم ضبط 24 محكوما»
            no_agent = True
        else:
            target = near[0] if near else against[0] if against else None
            light = light_subject(cands, keys, first, clause, can, every)
            if light is None:
                # «إن تركيا وفصائل سورية موالية تشن منذ 20 كانون الثاني هجوما»: the particle's noun is the subject
                light = light_that_subject(every, keys, toks, first, can, OBJECT_VERBS)
            foiling = foiled(keys, first)
            receiver = _receiver(every, keys, first, can)
            sender = next((c for c in after if c.first - last <= 5 and keys[c.first - 1] == FROM and can(c)), None)
            if receiver is not None and sender is not None:
                actor, target = sender, receiver  # «تلقى الملك سلمان اتصالا هاتفيا من الرئيس هولاند»
            elif foiling:
                # «أفشلت قوات البحرية هجوما حوثيا»: the subject foiled the attack, it did not attack
                actor, no_agent = None, True
            elif light is not None:
                actor = light  # «شنت الجبهة -وهي جناح تنظيم القاعدة- هجوما»
            else:
                actor = next(
                    (
                        c
                        for c in reversed(before)
                        if can(c)
                        and c is not target
                        and not across_that(keys, c.last, first, verb=False)
                        and not object_of_against(keys, c)
                        # «تمكنوا بعد معارك عنيفة مع المتمردين من استعادة المدينة»: the other side of a clash does
                        # not act in a later noun (in talks and agreements, «مباحثاته مع كيم … اتفاق», it takes part)
                        and not (c.first > 0 and keys[c.first - 1] == WITH and m.entry.plover_type not in SYMMETRIC)
                    ),
                    None,
                )
            # «نصب مقاتلو المقاومة كمينا للثوار»: with the light verb's subject acting, the ل-phrase is the target
            agent = agent_after(m, after, toks, last) if light is None else None
            if agent is not None and target is agent:
                # «غارة جوية للتحالف», «إثر هجمات لقوات الشرعية»: the ل after an attack noun names its agent
                actor, target = agent, None
            elif (
                target is not None
                # «المقاومة تمكنت من قتل قائد ميداني للمليشيا», «نجحت القوات في اعتقال زعيم الخلية»: with the
                # subject of a light verb acting, the genitive of its من/في-masdar is the object
                and (light is None or keys[first - 1] not in ABLE_PREPS)
                and target in near
                and can(target)
                # the genitive stands right after the noun: «إطلاق نار على جنود وعلى مدينة» has no genitive
                and not any(keys[j] in PREPOSITIONS for j in range(last + 1, target.first))
            ):
                # «اجتماع كيري مع لافروف», «زيارة الجبير إلى قطر», «هجوم المسلحين على الثكنة»: the noun's
                # genitive is its subject when the object follows with مع/إلى/على/ضد
                later = [c for c in after if c.first > target.last and c.first - target.last <= 4]
                if later and (
                    any(keys[j] in AGAINST or keys[j] in TOWARDS for j in range(target.last + 1, later[0].first))
                    # «قصف ميليشيات الحوثي وصالح للأحياء»: a coordinated genitive may stand between
                    or (later[0].first - target.last <= 3 and "ل" in preposition(toks[later[0].first]))
                ):
                    actor, target = target, later[0]  # «استهداف طائرات التحالف لتجمع لهم»: the object takes ل
                    if m.plover_mode == "visit" and _place(target):
                        target = None  # «زيارة رئيس الوزراء الحبيب الصيد إلى بروكسل»: the place visited is no side
                elif target.first == last + 1 and intransitive(m, keys[first]) and not preposition(toks[target.first]):
                    # «انسحاب التشكيلات المسلحة», «غارات التحالف», «اعتداءات المستوطنين»: the genitive of
                    # a masdar of an intransitive verb is its subject
                    actor, target = target, None
                elif (
                    target.first == last + 1
                    and m.plover_mode == "visit"
                    and target.place is None
                    and not preposition(toks[target.first])
                ):
                    # «زيارة وزير الخارجية عادل الجبير … إلى قطر»: a visit's genitive is the visitor unless it is
                    # the place visited («زيارة قطر»)
                    actor, target = target, None
    if not verbish and between is None and actor is None and target is None:
        # «معارك عنيفة تدور في عدد من المواقع بمديرية بيحان بين الجيش الوطني وميليشيات الحوثي»
        sides = occurring_between(m, every, keys, can)
        if sides is not None:
            actor, target = sides
    if (
        verbish
        and target is not None
        and target.first > last
        and target.entity is None
        and keys[target.first - 1] == IN_WORD
    ):
        target = None  # «أسرت 11 حوثيا في جبهة جبل صبر»: a verb's object takes no في; the front is a place
    killed = killed_passive(m, every, keys, can) if verbish and m.entry.plover_type == "ASSAULT" else None
    if killed is not None:
        # «قتل نجل رئيس اللجنة على أيدي رجال المقاومة», «أن رئيس المخابرات السابق قتل في منطقة كامينجي»
        actor, target = killed
        no_agent = actor is None
    if not verbish and m.entry.plover_type == "ASSAULT" and describer(actor, keys, first):
        actor, no_agent = None, True  # «ووصف المتحدث الهجوم بالإرهابي»: who describes it did not attack
    if (
        actor is not None
        and actor.last < first
        and (actor.place is not None or (actor.entity is not None and actor.entity.type in ("GPE", "LOC")))
        and actor.first > 0
        and keys[actor.first - 1] in WITNESSED
    ):
        actor = None  # «شهدت القاهرة حوارا», «شهدت المدينة اشتباكات»: the place saw it, it did not act
    if (
        actor is not None
        and actor.last < first
        and m.entry.plover_type == "ASSAULT"
        and not verbish
        and not victim(keys, actor, first)
        and in_toll(keys, toks, actor, first)
    ):
        # «مقتل خمسة أشخاص، بينهم عناصر أمن وطفل، في هجوم»: a member or a later conjunct of the dead is dead too, and
        # no actor; the target is left to the toll rules (marsad.events.objects), which name the whole toll
        actor = None
        no_agent = True
    if actor is not None and actor.last < first and m.entry.plover_type == "ASSAULT" and victim(keys, actor, first):
        # «مقتل تسعة من قوات النظام في الاشتباكات»: the dead are the target of the attack, not its actor
        if target is None:
            target = actor
        actor = None
        no_agent = True
    if not verbish and sufferer(m, keys, actor):
        # «سقط قتلى في صفوف المتمردين في مواجهات», «تكبدت الميليشيات خسائر من المعارك»: they suffered the battle
        # (arg_sufferers)
        target = target or actor
        actor, no_agent = None, True
    if actor is not None and actor.first < first and "و" in toks[actor.first].prefix:
        # a coordinated subject before the trigger: «وقعت تونس والجزائر … اتفاقية», «شكري ونظيره الأمريكي
        # أطلقا جلسات الحوار»: the first conjunct acts; in a meeting or an agreement the second is the other side
        conj = next((c for c in every if c.last == actor.first - 1 and can(c)), None)
        if conj is not None:
            if target is None and m.entry.plover_type in SYMMETRIC:
                target = actor
            actor = conj
            # «الولايات المتحدة وفرنسا وبريطانيا شنت»: back to the first of a longer list
            while "و" in toks[actor.first].prefix:
                conj = next((c for c in every if c.last == actor.first - 1 and can(c)), None)
                if conj is None:
                    break
                actor = conj
    if (
        actor is None
        and not no_agent
        and outside
        # a circumstantial participle («…، مطالبا المنظمات», «…، متهما قوى») acts with the sentence's
        # subject, whatever «أن» clause stands between
        and (
            participle
            or shared_subject(toks, keys, first, verbish)
            or not across_that(keys, outside[0].last, first, verbish)
        )
        and (not verbish or PASSIVE_MARK not in toks[first].text[:3])
        and not (m.entry.plover_type == "ASSAULT" and victim(keys, outside[0], first))
    ):
        actor = (
            outside[0] if not before and outside[0].first <= 3 else None
        )  # the sentence's subject: «أدانت الجزائر، …، الهجوم»
    if (
        actor is None
        and not no_agent
        and not verbish
        and m.entry.plover_type == "ASSAULT"
        and first > 0
        and keys[first - 1] in CIRCUMSTANCE
    ):
        # «سيطرت وحدات الجيش على قنفودة بعد معارك ضارية مع مجلس الشورى», «تمكن الجيش من قتل زعيمهم خلال
        # اشتباكات مع مسلحي التنظيم»: the battle of a circumstantial phrase is fought by the main clause's subject
        actor = main_subject(every, keys, toks, first, can, PREPOSITIONS | OBJECT_HEADS | {FROM})
    if target is None or (not can(target) and not target.civilian):
        # «طرد المسلحين من المدينة» has its target; «تحرير مدينة عدن من الميليشيات» names it after من
        target = expelled(m, keys, [c for c in every if c.first > last and c is not actor], can) or target
    if target is None:
        # «اشتبكت مع مجموعة», «اتصالا هاتفيا أمس، بالرئيس»: the object after مع/على/ضد or a glued ب,
        # even past a comma
        # a meeting's other side may follow its subject: «التقى وزير الخارجية رمطان لعمامرة بنظيره التونسي»
        since = actor.last if actor is not None and actor.first > last and m.entry.plover_type in SYMMETRIC else last
        for c in every:
            if c is actor or c.first <= last or c.first - since > 6 or c.after_prep or not can(c):
                continue
            if new_clause_between(toks, every, last, c.first):
                break  # «جلسات الاجتماع واستعرضت مشاوراتها مع الفصائل»: the «مع» of the next clause's noun
            if "ب" in toks[c.first].prefix or any(keys[j] in AGAINST for j in range(last + 1, c.first)):
                if not verbish and foreign_preposition(m, keys, every, c):
                    break  # «سيكون لهذه الضربات أثر عميق على قدرة داعش»: another word's «على»
                target = c
                break
    if target is not None and (target.unknown_place or (not can(target) and not target.civilian)):
        target = None  # a town or a base is where it happened (the location), not a target
    if m.entry.plover_type == "ASSAULT" and (target is None or (target.entity is None and target.first == target.last)):
        # «هاجم مسلحون دورية عسكرية», «دمرت طائرات التحالف رتلا عسكريا»; a patrol noun already taken as the
        # target keeps its adjective
        subject_after = actor is not None and actor.first > last
        post = security_post_candidate(
            toks, keys, last, clause, actor.last if actor is not None and subject_after else None
        )
        if post is not None and (target is None or target.first == post.first):
            target = post
    if target is not None and fused(target, toks):
        target = None  # «تجمعا للحوثيين»: the fused ل+ال leaves no whole word to name (as annotated)
    if actor is not None and fused(actor, toks):
        actor = None
    # the sides the clause leaves unnamed, from the constructions of marsad.events.objects
    actor, target = fill_sides(m, every, keys, clause, verbish, actor, target, no_agent, can)
    actor, target = genitive_agent(m, every, keys, verbish, actor, target)  # «قصف طيران التحالف»
    # «قصفت طائرات ومدفعية الجيش مواقع المسلحين»: two heads of one genitive are one actor (arg_coordinated)
    joined, target = shared_head(m, every, keys, verbish, actor, target, can)
    if joined is not actor and target is None and m.entry.plover_type == "ASSAULT":
        target = hit_target(m, every, keys, clause, verbish, joined, can)
        target = None if target is not None and fused(target, toks) else target
    actor = joined
    if target is None:
        target = passive_victim(m, every, keys, verbish, actor)  # «وقتل عامل … في هجوم»
    # «الوحيشي، الذي قتل في غارة», «الجنود الذين استهدفهم الهجوم»: the antecedent is the target, not the attacker
    dead = relative_target(m, every, keys, verbish)
    if dead is not None and (target is None or dead is actor):
        actor, target = (None if dead is actor else actor), dead
    if actor is None:
        actor = killer(m, every, keys, verbish, actor)  # «إن متشددين قتلوا 30 جنديا في هجوم»
        if actor is not None and target is not None and target.first == actor.first:
            target = None  # the killers are not their own dead
    if target is not None and m.plover_mode == "seize" and keys[target.first] in WEAPONS:
        target = None  # «حجزت … بنادق كلاشنيكوف»: the weapons seized are what was taken, not a side
    if m.entry.plover_type == "REJECT":
        target = None  # what is denied or rejected is a fact or a proposal, its holder is no target (as annotated)
    if m.entry.plover_type in ("AID", "SUPPORT") and keys[first].startswith(BACKED_BY):
        # «نفذ الجيش، مسنودا بقوات التحالف، عملية»: the backer follows with ب, the backed is the subject before
        giver = next((c for c in after if c.first - last <= 3 and "ب" in preposition(toks[c.first])), None)
        if giver is not None:
            backed = [c for c in every if c.last < first and first - c.last <= 8 and not c.after_prep and can(c)]
            actor, target = giver, (backed[-1] if backed else None)
    # the constructions of the arg_* modules: sources, blame, hedged agents, possessives, backing, described
    # persons, counted sides and their bodies, titles and the persons they introduce (marsad.events.arg_sides)
    actor, target = complete_sides(m, every, keys, verbish, participle, no_agent, actor, target, can)
    # the other side of talks and agreements: «المفاوضات مع الجانب الروسي», «الاتفاق الذي وقعته X مع Y»
    actor, target = political_sides(m, every, keys, verbish, actor, target, can)
    # security stories: troops «في صفوف» a mobilisation, a control noun's agent, «بواسطة», social networks
    actor, target = security_sides(m, every, keys, verbish, actor, target, can)
    # «توعد الرئيس، في كلمة …، الثلاثاء، المسؤولين», «أن أحدهما طعن رجل الأمن» (marsad.events.arg_asides)
    target = object_past_aside(m, every, actor, target, verbish, can) or target
    actor, target = split_person(m, keys, actor, target)
    actor, target = masdar_object(m, keys, verbish, actor, target)
    if m.entry.plover_type == "ASSAULT":
        # «انفجر لغم أرضي في عربة عسكرية»: the vehicle or post a device exploded in is the target, not its dead
        target = blasted_unit(m, keys, clause) or target
        if actor is None and not no_agent:
            # «انفجر لغم أرضي زرعته #الميليشيا_الحوثية»: who laid the device set it off (arg_facilities), no target
            actor = planter(m, every, keys, clause, can)
            if actor is not None and target is not None and target.first == actor.first:
                target = None
    if target is None:
        target = beneficiary(m, every, keys, can)  # «حزمة مساعدات سنوية لصالح تونس» (arg_beneficiary)
    if backer(m, keys, target):
        target = None  # «انتزع الجيش، بإسناد من طيران التحالف، مواقع»: the backer is no target (arg_backed)
    if m.entry.plover_type == "ASSAULT" and (target is None or target.last < first - 3):
        # «سقط قتلى في صفوف المتمردين الحوثيين في مواجهات عنيفة»: the ranks of the toll before (arg_ranks)
        target = ranks_before(m, every, keys, can) or target
    if target is None:
        target = counted_people(m, every, keys, verbish, actor)  # «تم توقيف عدد من المحتجين», «منع الثلاثة من»
    # «فرار مئات المسلحين», «وفرار العشرات»: counted people in construct with a flight or a protest did it
    actor = counted_subject(m, every, keys, verbish) or actor
    if m.entry.plover_type == "ASSAULT" and target is None:
        # «قصفا إسرائيليا استهدف مستودع أسلحة», «هجوم على قاعدة عسكرية»: the building or vehicle hit is the
        # target when no side and no dead are named (marsad.events.arg_facilities)
        target = facility_target(m, keys, clause, verbish, actor)
    if m.entry.plover_type == "ASSAULT" and (target is None or _place(target)):
        # «انتزع الجيش مواقع تسيطر عليها الميليشيات», «هجوما … لطرد الميليشيات»: who held the ground (arg_holders)
        target = held_side(m, every, keys, actor, can) or target
    if target is None and m.entry.plover_type == "ASSAULT":
        # «تصدت قوات الأمن لمسلحين», «تصدت قوات المقاومة لهجومين شنهما الحوثيون»: the attackers are the target of
        # the repelling verb, the repelling side that of the attack noun (arg_repel)
        target = repel_target(m, every, keys, actor, can) if verbish else repelling_side(m, every, keys, actor, can)
    if not verbish:
        actor, target = noun_roles(m, every, keys, can, actor, target)
    if target is not None:
        target = member_of_group(every, keys, actor, target)  # «حلفاء غربيون بينهم حلف شمال الأطلسي»
    # «الحكومة السورية، بمساعدة قوات حليفة لها، استعادت»: the helper of an aside is not the subject (arg_backed)
    actor = backed_subject(m, every, keys, actor, can)
    if not verbish and sufferer(m, keys, actor):
        target, actor = target or actor, None  # the sentence's subject bore the battle (arg_sufferers)
    # «… قضت … واسترجعت», «قال الجيش إنه يفرض طوقا», «اجتماع باريس» (marsad.events.arg_subjects)
    actor, target = clause_subject(m, every, keys, verbish, no_agent, actor, target, can)
    m.actor1, m.actor2 = actor, target
    locate(m, cands, every, elsewhere, keys, clause, verbish, relative)


def _place(c: Candidate) -> bool:
    """``c`` names a place: the gazetteer resolved it or the tagger typed it as one."""
    return c.place is not None or c.unknown_place or (c.entity is not None and c.entity.type in ("GPE", "LOC"))


def _auxiliaries_then_adjectives(toks: list[Token], keys: list[str], a: int, b: int) -> bool:
    """Tokens ``a``..``b-1`` are adjectives (at most three) followed by one or two auxiliaries («قد», «كانت
    قد»), between a subject and its verb."""
    k = b
    while k > a and b - k < 2 and keys[k - 1] in AUXILIARIES:
        k -= 1
    return k < b and (k == a or adjectives(toks, a, k))


def _passive(keys: list[str], toks: list[Token], first: int, skip: int = 0) -> int | None:
    """The index of «تعرض» before a noun trigger: within four words, or farther (up to a clause word) when
    the trigger takes its ل («تعرضت دورية مساندة من قوة المجاهدين بقطاع الطوال، لمقذوف»); ``skip`` letters of a
    clitic the tokenizer left on the trigger («برصاص»)."""
    for j in range(first - 1, max(-1, first - 15), -1):
        if keys[j] in CLAUSE_WORDS or toks[j].text in "؛;:.":
            return None  # a comma may stand between: «تعرضت دورية … بمنطقة جازان، لمقذوف»
        if keys[j] in PASSIVE:
            # the ل of what was suffered, split off or left on the word («لمقذوف» whole, the trigger after it)
            lam = "ل" in toks[first].prefix or toks[first].core[:skip].endswith("ل")
            # «تعرضت وقفتها الاحتجاجية لقمع»: the trigger right after تعرض is its subject, not what it suffered
            if j == first - 1 and not lam:
                return None
            if "ب" in toks[first].prefix or toks[first].core[:skip].endswith("ب"):
                return None  # «تعرضوا لإصابات برصاص المتمردين»: what was suffered took the ل, the ب names the means
            return j if first - j <= 4 or lam else None
    return None


def _relative(keys: list[str], first: int) -> int | None:
    """The relative pronoun right before a verb trigger (an auxiliary may stand between: «الذي كان قد هاجم»)."""
    j = first - 1
    while j >= 0 and first - j <= 3 and keys[j] in AUXILIARIES:
        j -= 1
    return j if j >= 0 and keys[j] in RELATIVE_PRONOUNS else None


def _receiver(
    cands: list[Candidate], keys: list[str], first: int, can: Callable[[Candidate], bool]
) -> Candidate | None:
    """The subject of «تلقى» before the trigger noun (the one who was called or written to); a comma or an
    aside may follow the subject («تلقى الملك سلمان، اتصالا», «تلقى خادم الحرمين ـ حفظه الله ـ اتصالا»),
    a clause word may not."""
    for j in range(first - 1, max(-1, first - 16), -1):
        if keys[j] in CLAUSE_WORDS or keys[j] in ".؛;:":
            return None
        if keys[j] in RECEIVE:
            subj = [c for c in cands if j < c.first and c.last < first and can(c)]
            return subj[0] if subj else None
    return None


def can_act(c: Candidate, civil_ok: bool = False, speaker_ok: bool = False) -> bool:
    """A town, a region or a facility does not act; a country (its government) can; civilians are
    victims (unless ``civil_ok``: they protest and demand); a spokesman or a source reports, he does
    not strike (unless ``speaker_ok``: a statement is what sources make, «نفت مصادر عسكرية»)."""
    if (c.civilian and not civil_ok) or c.unknown_place:
        return False
    if c.entity is None and not speaker_ok and normalize(c.text).split()[0] in SPEAKERS:
        return False
    if c.place is not None:
        return c.place.feature == "country" or c.place.capital  # «أنقرة» speaks for Turkey
    return c.entity is None or c.entity.type not in ("LOC", "GPE", "FAC")
