"""Relations: where a cue's two ends sit, by the cue's pattern (``data/cues.tsv``): the dispatch of
:class:`EndFinder` over the patterns the package docstring (:mod:`marsad.relations`) describes, with the
clause's subject, the genitive cues («دعم روسيا للأسد») and the «بين X و Y» cues. The stage
(:class:`marsad.relations.RelationStage`) finds the cues and their candidates and asks :meth:`EndFinder.ends`
for the pairs.
"""

from __future__ import annotations

from itertools import pairwise

from marsad.events.coder import Candidate
from marsad.events.lexicon import strip_article
from marsad.events.mention import FUNCTION_WORDS
from marsad.relations.apposed import apposed_pairs, past_apposition
from marsad.relations.besides import besides_noun
from marsad.relations.between import between_ends
from marsad.relations.clauses import described_actor
from marsad.relations.cosubjects import gap_members
from marsad.relations.cosubjects import listed as in_list
from marsad.relations.dropped import apposed_head, leader_before
from marsad.relations.ends import (
    adjective,
    antecedent,
    bare_title,
    close_enough,
    construct_name,
    has_pronoun,
    lam_group,
    lam_slot,
    list_before,
    masculine_singular,
    named_before,
    named_group,
    referent,
    title_ends,
    unmarked_name,
    unnamed_name,
    words_between,
)
from marsad.relations.fighters import armed, fighting, support_subtype
from marsad.relations.genitive import genitive_ends
from marsad.relations.heading import whole_ends
from marsad.relations.names import ORG_HEADS
from marsad.relations.nearby import (
    bracketed_parts,
    described_by_he,
    group_before,
    guest,
    kin_named_after,
    listed_after_they,
    named_among,
    nisba_subjects,
    no_weapon_supplied,
    org_before,
    personal,
    predicate_noun,
    title_after,
    title_holder,
)
from marsad.relations.reach import governed, no_weapons
from marsad.relations.received import received_ends
from marsad.relations.relatives import relative_group
from marsad.relations.seats import seat_ends
from marsad.relations.slots import (
    CLAUSE_WORDS,
    KIN_SELF,
    PREPOSITIONS,
    RELATIVES,
    TITLE_PERSONS,
    Ends,
    Hit,
    SentenceSlots,
    clitics,
    is_country,
    is_person,
    is_town,
)
from marsad.relations.strikes import struck_act
from marsad.relations.subjects import clause_subject
from marsad.relations.substantive import conjoined, substantive
from marsad.relations.tribes import TRIBE_NOUNS
from marsad.relations.words import (
    AGAINST,
    ATTACK_NOUNS,
    BETWEEN,
    COMMAS,
    FROM,
    GENERIC_FORCES,
    GROUPS,
    HE_IS,
    INSERTS,
    KANA,
    KIN_PLURALS,
    OFFICES_HELD,
    OTHER,
    PRONOUN_ENDS,
    REMNANTS,
    RULED,
    SIDE,
    SIDES,
    THAT_HE,
    THEY,
    WHERE,
    WITH,
)
from marsad.text.tokens import is_arabic_word


class EndFinder:
    """The ends of a cue in its sentence: ``(source, target, subtype)`` pairs."""

    def __init__(
        self, military: frozenset[str], nisba: dict[str, str], actor_nouns: frozenset[str], name_units: dict[str, str]
    ) -> None:
        self.military = military
        self.nisba = nisba
        self.actor_nouns = actor_nouns
        self.name_units = name_units
        """Words of persons' names in the recogniser's gazetteer («صالح», «راجح»): a name it left unmarked."""

    def ends(self, ctx: SentenceSlots, h: Hit) -> Ends:
        sent, keys, cue = ctx.sent, ctx.keys, h.cue
        toks = sent.tokens
        i, last = h.first, h.last
        inside = [c for c in ctx.cands if h.gap is not None and h.gap[0] <= c.first and c.last < h.gap[1]]
        if inside and h.gap is not None and keys[h.gap[1] - 1] in COMMAS:
            # the subject is before the apposition, not in it
            comma = next(j for j in range(*h.gap) if keys[j] in COMMAS)
            inside = [c for c in inside if c.last < comma]
        if len(inside) > 1 and all(b.first == a.last + 1 for a, b in pairwise(inside)) and not in_list(ctx, inside):
            # «انشق آمر كتيبة الفاروق عن»: a title and its unit are one subject (not «A وB», cosubjects.py)
            a, b = inside[0], inside[-1]
            if is_person(b) and not any(is_person(c) for c in inside[:-1]):
                # «التقى رئيس دولة جنوب السودان سلفاكير ميرديت، الأربعاء، مع»: the holder of the title
                inside = [b]
            else:
                inside = [
                    Candidate(a.first, b.last, a.start, b.end, ctx.doc.text[a.start : b.end], b.entity, None, False)
                ]
        if not inside and h.gap is not None and cue.pattern == "before_after":
            # «التحالف العسكري للمخلوع مع الحوثيين»: the possessor with ل inside the gap
            inside = [u for j in range(*h.gap) if (u := ctx.slot(j, lam=True)) is not None][:1]
        nisbas = nisba_subjects(ctx, inside[0], h.gap, self.nisba) if len(inside) == 1 and h.gap is not None else []
        if h.gap is not None and cue.pattern in ("before_after", "verb") and not any(is_person(c) for c in inside):
            # «بترشيح علي الأديب لرئاسة …», «بترشيح قيادي الائتلاف علي الأديب لرئاسة …»: a person's name
            # the recogniser left unmarked, at the start of the gap or after the title's body there
            for s in (h.gap[0] - 1, *(c.last for c in inside)):
                u = unmarked_name(ctx, s, self.name_units)
                if u is not None and u.last < h.gap[1]:
                    inside = [u]
                    break
        cands = [c for c in ctx.cands if c.last < i or c.first > last]
        if cue.type != "located_in":
            cands = [c for c in cands if not c.after_prep and not c.unknown_place]  # «في ليبيا» is where
        before = [c for c in cands if c.last < i and i - c.last <= 6]
        after = [c for c in cands if c.first > last and c.first - last <= 6]
        pron_end = last + 1 < len(keys) and keys[last + 1] in PRONOUN_ENDS  # «الموالية له»
        pron = h.pronoun or (
            cue.pattern in ("kin", "before_after", "genitive") and keys[last].endswith(("ه", "ها", "هم"))
        )
        if cue.lam and not pron_end:
            # «الموالية سابقا لحكومة الوفاق», «الموالي هو الآخر لإيران»: an adverb between cue and slot
            k = last + 1
            while k < len(keys) and k - last <= 2 and (keys[k] in INSERTS or adjective(ctx, k)):
                k += 1
            slot = lam_slot(ctx, k, governed=True) if k < len(keys) else None
            if slot is not None:
                slot = self.holder(ctx, slot)
            after = [slot] if slot is not None else []
        elif cue.pattern == "before_after" and (keys[last] in PREPOSITIONS or keys[last] == SIDE) and not pron_end:
            # «تخلى عن …», «تحالفه مع …», «يقيم في …», «إلى جانب الشرعية»: the end is what the preposition
            # governs, not an actor further on («تخلى عن عضويته في اللجنة»)
            at = ctx.at(last + 1)
            slot = at if cue.type == "located_in" and at is not None and at.first == last + 1 else ctx.slot(last + 1)
            nxt = toks[last + 1] if last + 2 < len(toks) else None
            if slot is None and nxt is not None and not clitics(nxt) and not nxt.core.startswith("ال"):
                # «تنسيق مع أحزاب المعارضة»: an indefinite noun in construct with the actor; «انشق عن نظام
                # العقيد السابق معمر القذافي»: with the titles of a named person between
                slot = ctx.at(last + 2) if not nxt.suffix and not has_pronoun(toks[last + 1], keys[last + 1]) else None
                slot = (
                    slot
                    if slot is not None
                    and slot.first == last + 2
                    and (not slot.after_prep or cue.type == "located_in")  # «تتمركز في مدينة ترهونة»
                    else None
                )
                if slot is None and not nxt.suffix and not has_pronoun(toks[last + 1], keys[last + 1]):
                    slot = construct_name(ctx, last + 2)
            if keys[last] == SIDE:
                # «إلى جانب الشرعية»: a definite actor the recogniser missed, when no candidate follows at once
                # («الى جانب العقيد القذافي»: the named person past his rank)
                close = bool(after) and after[0].first - last <= 3
                after = after if close or slot is None else [slot]
            else:
                after = [slot] if slot is not None else []
        if cue.pattern == "modifier" and not cue.lam and keys[last] in PREPOSITIONS:
            after = governed(ctx, after, last)  # «المتمركزين في أراضيه داعيا خلال زيارته واشنطن»: not Washington
            # the article as written («ألد أعدائه», an elative, folds to «الد»)
            missed = cue.type != "located_in" and last + 1 < len(toks) and toks[last + 1].text.startswith("ال")
            if missed and (not after or after[0].first != last + 1) and (slot := ctx.slot(last + 1)) is not None:
                after = [slot]  # «الفصائل المتحالفة مع الصدر»: a definite name the recogniser missed
        if cue.type == "ally" and h.pronoun and last + 2 < len(keys) and keys[last + 1] == FROM:
            # «الجيش السوداني وحلفاؤه من الحركات المسلحة»: the allies are the group «من» names
            slot = ctx.slot(last + 2)
            after = [slot] if slot is not None else after
        if cue.type == "ally" and keys[last] == SIDE and last + 1 < len(keys) and besides_noun(keys[last + 1]):
            return []  # «إلى جانب استهداف الوفد»: «in addition to» before a verbal noun, no alliance
        clause_level = cue.pattern in ("before_after", "verb", "genitive") or bool(h.pronoun) or "و" in toks[i].prefix
        fem = h.pronoun in ("ها", "هما") and cue.pattern != "kin"
        subject = clause_subject(ctx, h, fem) if clause_level else None
        if subject is None and ctx.shared is not None and cue.pattern in ("before_after", "verb"):
            shared, end = ctx.shared
            if (
                "و" in toks[i].prefix
                and i - end <= 8
                and not any(keys[j] in CLAUSE_WORDS for j in range(end + 1, i))
                and not any(c.first > end and c.last < i and c.first not in ctx.obliques for c in ctx.cands)
            ):
                subject = shared
        if subject is None and h.pronoun and cue.pattern != "kin":
            # «قال الرئيس … السبسي …، ليسحب بذلك دعمه لرئيس الوزراء»: the pronoun is the actor the
            # sentence is about, further back than a clause: its first named actor out of a
            # prepositional phrase, or the subject of the sentence before
            subject = antecedent(ctx, i, fem)
        pairs: list[tuple[Candidate, Candidate]] = []
        if cue.pattern in ("modifier", "before_after"):
            if pron_end:
                # «شخصيات قوية موالية له», «المقاتلين الموالين لها»: the pronoun is the actor before the
                # source, the one joined to it by و first («جبهة النصرة والمقاتلين الموالين لها»)
                src = before[-1] if before and i - before[-1].last <= 2 else substantive(ctx, h)
                group = group_before(ctx, i)
                if group is not None and (src is None or src.last < group.first):
                    src = group  # «القوات التركية والفصائل الموالية لها»: the group, not the actor before it
                ref = referent(ctx, src.first, keys[last + 1], src) if src is not None else None
                pairs = [(src, ref)] if src is not None and ref is not None else []
            elif keys[last] in PRONOUN_ENDS:
                # «تخلى عنه الفريق أحمد قايد صالح»: the subject after the cue, the pronoun the actor before
                src = after[0] if after and after[0].first - last <= 3 else subject
                # «هادي …، بعد أن انقلبت عليه الميليشيات الحوثية»: the person the pronoun stands for
                ref = referent(ctx, i, keys[last], src)
                pairs = [(src, ref)] if src is not None and ref is not None else []
            elif after or (
                cue.type == "ally" and h.pronoun and last + 1 < len(toks) and toks[last + 1].core in self.nisba
            ):
                target = after[0] if after else ctx.word(last + 1)
                if cue.type == "ally" and h.pronoun and last + 1 < len(toks) and toks[last + 1].core in self.nisba:
                    target = ctx.word(last + 1)  # «إسرائيل وحليفها الأمريكي»: the ally is the nisba adjective
                    after = [target]
                if cue.pattern == "modifier" and not h.pronoun:
                    src = next(
                        (c for c in reversed(before) if not is_town(c) or (cue.type == "loyal_to" and i - c.last <= 1)),
                        None,
                    )
                    if (
                        src is not None
                        and src.entity is None
                        and cue.type == "member_of"
                        and src.first == src.last
                        and keys[src.first] in GENERIC_FORCES
                    ):
                        # «وجود للقوات التابعة للحوثي»: unnamed forces that belong to a side are a
                        # description of that side, not a member of it
                        src = None
                    if (src is None or i - src.last > 1) and cue.type != "member_of":
                        # «الفصائل الموالية لتركيا», «الجماعات المسلحة الموالية لـ»: a definite noun the
                        # recogniser does not know as an actor, right before the cue (not for «التابعة لـ»,
                        # said of offices, seats and buildings as much as of units)
                        src = next(
                            (u for k in (i - 2, i - 1) if k >= 0 and (u := ctx.unnamed_at(k, i - 1)) is not None), src
                        )
                        plural = keys[i - 1] in GROUPS and clitics(toks[i - 1]) in ("", "و")
                        if plural and (src is None or src.last < i - 1):  # «وأحزاب متحالفة مع الصدر»: right before
                            src = ctx.word(i - 1)
                        elif src is None and i > 1 and keys[i - 1] in OTHER and keys[i - 2] in GROUPS:
                            src = ctx.word(i - 2)  # «قبائل أخرى موالية للشرعية»
                    if src is not None and "و" in clitics(toks[i]) and src.first - 1 in ctx.cue_tokens:
                        # «إيران عدوة الرياض وحليفة الحوثيين»: coordinated adjectives describe one noun, the
                        # one before the first adjective, not that adjective's own end
                        k = src.first - 1
                        while k > 0 and k - 1 in ctx.cue_tokens:
                            k -= 1
                        src = next((c for c in reversed(before) if c.last == k - 1), None)
                        sources = [src] if src is not None else []
                    else:
                        sources = list_before(cands, src, sent) if src is not None and i - src.last <= 3 else []
                    he = described_by_he(ctx, i) or conjoined(ctx, h)
                    if he is not None:
                        # «سرايا السلام، وهو تنظيم مسلح تابع للزعيم …»: the apposition describes the actor
                        # before «وهو»
                        sources = [he]
                    if len(sources) > 1 and cue.words[0].endswith("ه"):
                        # «الحوثيين والقوات الموالية لصالح»: «الموالية» (feminine singular) agrees with a
                        # non-human plural; a human masculine plural in the list takes «الموالين»
                        sources = [c for c in sources if not keys[c.last].endswith(("ين", "ون"))] or sources[-1:]
                    if sources and masculine_singular(cue):
                        # «الميليشيات الحوثية والحرس الجمهوري الموالي لصالح»: «الموالي» agrees with the guard
                        # alone; a list takes «الموالية» (non-human plural), «الموالين», «الموالون»
                        sources = sources[-1:]
                    if not sources and i > 0 and keys[i - 1] in THEY and keys[i] in SIDES:
                        # «وهم حلفاء لإيران»: «هم» stands for the group named last, not a country or a person
                        group = next(
                            (
                                c
                                for c in reversed(ctx.cands)
                                if c.last < i - 1 and c.entity is not None and c.place is None and not is_person(c)
                            ),
                            None,
                        )
                        sources = [group] if group is not None else []
                    elif not sources and i > 0 and keys[i - 1] in THAT_HE and cue.type in ("ally", "member_of"):
                        # «ويرأس بري حركة أمل، كما أنه حليف وثيق لحزب الله»: the pronoun after «أنّ» is the
                        # nearest named person before it
                        ref = next(
                            (
                                c
                                for c in reversed(ctx.cands)
                                if c.last < i - 1 and c.entity is not None and is_person(c)
                            ),
                            None,
                        )
                        sources = [ref] if ref is not None else []
                    elif not sources and keys[i] in SIDES and (i == 0 or not clitics(toks[i])):
                        sources = [ctx.word(i)]  # «ويتهم خصوم التيار الوطني الحر …»: the side itself
                    if keys[i] in SIDES and (named := named_among(ctx, target.last)) is not None:
                        sources = [named]  # «حلفاء حزب الله، … لاسيما نبيه بري»: the one singled out
                elif (
                    cue.type == "ally"
                    and h.pronoun
                    and "و" in clitics(toks[i])
                    and before
                    and before[-1].last == i - 1
                    and (target.first == last + 1 or (target.first == last + 2 and keys[last + 1] not in PREPOSITIONS))
                ):
                    # «منع إيران وحليفها حزب الله»: the pronoun is the actor joined to the cue by و, even
                    # as the object of a verb or a preposition, when the ally is named right after the cue
                    # («حركة النهضة وحلفاءها في البرلمان» names none)
                    sources = [before[-1]]
                elif inside:
                    # «انشق آمر كتيبة الفاروق عن قوات الوفاق»; «ندد مسؤولون أمريكيون وإسرائيليون …
                    # بتصريحات»: the nisba adjectives stand for the actors
                    sources = nisbas or gap_members(ctx, inside, h.gap)
                elif i > 0 and cue.type == "leads" and has_pronoun(toks[i - 1], keys[i - 1]):
                    sources = []  # «القذافي، الذي عينه قائدا للقوات»: the pronoun is the leader, not the subject
                else:
                    if subject is None and i > 0 and keys[i - 1] not in CLAUSE_WORDS:
                        # «أن المنفذين ينتمون إلى …»: a definite noun the recogniser does not know, right
                        # before the verb
                        subject = ctx.unnamed_at(i - 1)
                    elif subject is None and i > 1 and keys[i - 1] in RELATIVES:
                        # «تلك الكتل التي تحالفت مع الصدر»: the noun the relative clause describes
                        subject = ctx.unnamed_at(i - 2)
                    sources = [subject] if subject is not None else []
                if keys[last] == SIDE and i > 0 and (chained := described_actor(ctx, i - 1)) is not None:
                    sources = [chained]  # «لفصائل مسلحة تدعمها إيران وتقاتل إلى جانب قوات الأسد»: one actor
                if keys[last] == SIDE and cue.type == "ally":
                    # «ستة آلاف شخص إلى جانب 300 مدني», «نائبا الرئيس الحاليان إلى جانب رياك مشار»: «besides»
                    # after what is neither a named actor nor an armed force (tribes fight: «قبائل صعدة»)
                    sources = [s for s in sources if s.entity is not None or armed(s) or keys[s.first] in TRIBE_NOUNS]
                if BETWEEN in keys[max(0, i - 6) : i]:
                    # «بين ضباط وأفراد موالين لصالح وجماعة الحوثي»: what follows و is the other side of «بين»
                    pairs = [(s, target) for s in sources]
                else:
                    pairs = [(s, t) for s in sources for t in ctx.members(target)]
        elif cue.pattern == "verb" and h.on_first:
            # «حركة حزم التي تدعمها الولايات المتحدة», «كتيبة ثوار طرابلس يقودها هيثم التاجوري»: the
            # pronoun is the object, the actor right before the verb; the subject follows the verb
            agent = after[0] if after and words_between(toks, keys, last, after[0].first) <= 2 else None
            if agent is not None and {"ب", "ل"} & set(clitics(toks[agent.first])):
                agent = None  # «قائمة "سائرون" التي يتزعمها الثقة للحكومة»: a subject carries no preposition
            if agent is None and after and is_person(after[0]) and after[0].first - last <= 5:
                # «تيار الحكمة الذي يتزعمه رجل الدين الشيعي عمار الحكيم»: a person's descriptors before him
                plain = all(is_arabic_word(t) and not clitics(t) for t in toks[last + 1 : after[0].first])
                agent = after[0] if plain else None
            if agent is not None and predicate_noun(ctx, agent):
                # «وحدات حماية الشعب التي تصنفها (أنقرة) مجموعة إرهابية»: the noun is what the object is
                # called, not who calls it; the subject is the actor the sentence is about
                obj = before[-1].first if before else i
                agent = next(
                    (
                        c
                        for c in reversed(ctx.cands)
                        if c.last < obj and c.entity is not None and not c.after_prep and not is_town(c)
                    ),
                    None,
                )
            if agent is None and last + 1 < len(keys) and i > 0 and keys[i - 1] in RELATIVES:
                # «ائتلاف النصر الذي يتزعمه العبادي», «التحالف العربي الذي تقوده المملكة»: the subject of a
                # relative verb, a definite name the recogniser missed
                agent = ctx.unnamed_at(last + 1)
            if (
                agent is None
                and cue.type == "leads"
                and i > 0
                and keys[i - 1] in RELATIVES
                and before
                and words_between(toks, keys, before[-1].last, i) <= 2
            ):
                # «… في صفوف "الحركة الشعبية" التي يتزعمها.», «حتى تمنح قائمة "سائرون" التي يتزعمها الثقة»: no
                # subject follows the relative verb of leading; its dropped subject is the person the sentence
                # is about, the nearest one named before the body
                agent = leader_before(ctx, before[-1])
            described = described_actor(ctx, i)
            if agent is not None and described is not None:
                # «تحالف تقوده السعودية …، وتدعمه بريطانيا والولايات المتحدة»: the same actor, each giver
                pairs = [(s, described) for s in ctx.members(agent)]
            elif agent is not None and (head := apposed_head(ctx, i)) is not None:
                pairs = [(agent, head)]  # «هيئة تحرير الشام، وهي ائتلاف لمقاتلي المعارضة تقوده جبهة النصرة»
            elif (
                agent is not None
                and before
                and words_between(toks, keys, before[-1].last, i) <= 2
                # «بإقالة الشاهد وهو مطلب يؤيده اتحاد الشغل»: the pronoun is the noun «وهو» introduces
                and not any(keys[j] in HE_IS for j in range(before[-1].last + 1, i))
            ):
                pairs = [(agent, before[-1])]
            elif agent is not None and (group := lam_group(ctx, i - 2, lam=False)) is not None:
                # «قواعد لفصائل مسلحة تدعمها إيران»: a group with no name, right before the verb; «أجنحة
                # متباينة يتزعمها A، وB، وC»: each one listed
                pairs = [(s, group) for s in ctx.members(agent, names=True)]
            elif agent is not None and (group := relative_group(ctx, i)) is not None:
                pairs = [(s, group) for s in ctx.members(agent)]  # «الفصائل التي تدعمها تركيا» (relatives.py)
            elif agent is not None and not before and ctx.previous is not None:
                # «ويدعمه في ذلك اتحاد الشغل»: the pronoun is the subject of the sentence before
                pairs = [(agent, ctx.previous)]
        elif cue.pattern == "verb" and after:
            # «التقى وزير الخارجية الجزائري رمطان لعمامرة نظيره التونسي»: a title, then its holder
            titled = ctx.slot(last + 1) if last + 1 in ctx.cue_tokens else None
            first = titled or after[0]
            # the object is no actor inside a prepositional phrase («تدعم حكومة الفخفاخ بعد انسحابها من
            # الائتلاف»)
            rest = [
                c
                for c in cands
                if c.first > first.last
                and c.first - first.last <= 4
                and keys[c.first - 1] not in PREPOSITIONS
                # «استقبل الشيخ محمد بن زايد ولي عهد أبوظبي»: a town in the host's title is not whom he met
                and not (cue.type == "negotiates_with" and c.place is not None and not is_country(c))
                # «استقبل قيس سعيد، بقصر قرطاج، رئيس الحكومة الليبية»: where, set off by commas, not whom
                and not (
                    cue.type == "negotiates_with" and "ب" in clitics(toks[c.first]) and keys[c.first - 1] in COMMAS
                )
            ]
            if not rest and cue.type == "negotiates_with":
                # «التقى زعيم التيار الصدري مقتدى الصدر، الأحد، رئيس قائمة الفتح الموالية لإيران، هادي
                # العامري»: the person met, past a time between commas and the titles that introduce him
                rest = [
                    c
                    for c in cands
                    if c.first > first.last
                    and c.first - first.last <= 14
                    and is_person(c)
                    and c.first not in ctx.obliques
                    and not any(
                        keys[j] in CLAUSE_WORDS or toks[j].text in ".؟!:" for j in range(first.last + 1, c.first)
                    )
                ][:1]
            if not rest and cue.type in ("oppose", "support") and first.last + 1 < len(keys):
                # «وانتقد زعيم التيار الصدري مقتدى الصدر الفصائل المسلحة»: a definite object the recogniser
                # does not know as an actor, right after the subject
                obj_at = first.last + 1
                obj_group = ctx.unnamed_at(obj_at, obj_at + 1) if obj_at + 1 < len(keys) else None
                obj_group = obj_group or ctx.unnamed_at(obj_at)
                rest = [obj_group] if obj_group is not None and strip_article(keys[obj_at]) in GROUPS else []
            if inside:
                met = after[0]
                if not is_person(met) and keys[last] == WITH:
                    # «التقى معرجي في مأرب مع محافظ البيضاء صالح الرصاص»: the holder of the title after «مع»
                    met = next((c for c in after if is_person(c) and 0 < c.first - met.last <= 2), met)
                pairs = [(src, met) for src in nisbas or gap_members(ctx, inside, h.gap)]
            elif (
                (first.first - last <= 2 or titled is not None)
                and not ({"ب", "ل"} & set(clitics(toks[first.first])))  # «لم يعترف بحكومة الوفاق»: an object
                and keys[last] not in PREPOSITIONS  # «اجتمع مع زعيم المتمردين …»: what «مع» governs
                and rest
                and not any("و" in clitics(t) for t in toks[first.last + 1 : rest[0].first + 1])
            ):
                # verb-subject-object; «يتوعد مجلس النواب والقائد العام …» is a list of objects
                met = guest(ctx, cands, rest[0], first.last) if cue.type == "negotiates_with" else rest[0]
                pairs = [(first, t) for t in ctx.members(met)]
            elif subject is not None:
                # «وقال غسان سلامة، ومسؤولون ليبيون إنهم تحدثوا مع حفتر»: every member of the subject
                met = guest(ctx, cands, first, last) if cue.type == "negotiates_with" else first
                pairs = [(s, met) for s in list_before(ctx.cands, subject, sent)]
            elif cue.type == "negotiates_with" and i > 0 and keys[i - 1] in WHERE and not rest:
                # «يزور نتنياهو موسكو، حيث سيلتقي الرئيس الروسي فلاديمير بوتين», «وصل … إلى الرياض حيث
                # التقى الملك سلمان»: the visitor, the subject of the clause «حيث» continues
                visitor = antecedent(ctx, i - 1, False)
                pairs = [(visitor, first)] if visitor is not None and visitor.last < i else []
        elif cue.pattern == "after_before" and (appos := apposed_pairs(ctx, h, after, self.actor_nouns)):
            pairs = appos  # «المؤتمر العام، المدعوم من فجر ليبيا»: the phrase before the comma (apposed.py)
        elif cue.pattern == "after_before" and cue.type == "leads" and not h.pronoun and (org := org_before(ctx, i)):
            # «وكتلة مستقلون بزعامة حسين الشهرستاني»: an organisation and its name right before the cue
            agent = ctx.slot(last + 1)
            if agent is None or not is_person(agent):
                agent = next((c for c in after if is_person(c) and c.first - last <= 5), None)
            pairs = [(agent, org)] if agent is not None else []
        elif cue.pattern == "after_before" and not (before and close_enough(ctx, before[-1].last, i)) and i > 0:
            # «دور المملكة بقيادة الملك سلمان»: a definite noun the recogniser missed, right before
            led = ctx.unnamed_at(i - 1) if not h.pronoun and cue.type == "leads" else None
            if led is None and not h.pronoun and cue.type == "support" and toks[i].core.startswith("ال"):
                # «الفصائل (السورية) المدعومة من تركيا»: a definite group the recogniser does not know, right
                # before the participle
                led = next((u for k in (i - 2, i - 1) if k >= 0 and (u := ctx.unnamed_at(k, i - 1)) is not None), None)
                if led is not None and not (armed(led) or strip_article(keys[led.first]) in self.actor_nouns):
                    led = None  # «عملية السهم الذهبي المسنودة من …»: an operation, no actor
            agent = ctx.slot(last + 1)
            if cue.type == "leads" and (agent is None or not is_person(agent)):
                agent = next((c for c in after if is_person(c) and c.first - last <= 5), None)
            if led is not None and agent is not None:
                pairs = [(agent, led)]
            elif led is None and agent is not None and cue.ba_first and cue.type == "support":
                # «وتواصل قوات الجيش الوطني الليبي … بدعم جوي من الإمارات»: an adverb of the clause, far off
                subj = clause_subject(ctx, h, False)
                if subj is not None and (subj.first == 0 or keys[subj.first - 1] not in PREPOSITIONS):
                    subj = past_apposition(ctx, subj, i)  # not an actor inside an apposition before it
                    pairs = [(s, t) for s in ctx.members(agent) for t in list_before(cands, subj, sent)]
        elif cue.pattern == "whole" and keys[i] == "(":
            pairs = bracketed_parts(ctx, i)
        elif cue.pattern == "whole":
            described = described_actor(ctx, i)
            part = after[0] if after and after[0].first - last <= 2 else None
            if described is not None and part is not None and part.first not in ctx.obliques:
                pairs = [(m, described) for m in ctx.members(part)]  # «تحالف تقوده السعودية ويضم عشر دول»
            else:
                pairs = whole_ends(ctx, h, before, after)
        elif cue.pattern == "after_before" and before and close_enough(ctx, before[-1].last, i):
            if h.pronoun:
                agent = after[0] if after and after[0].first - last <= 2 else None
                ref = before[-1]
                pairs = [(s, ref) for s in ctx.members(agent)] if agent is not None else []
            else:
                agent = ctx.slot(last + 1) or (after[0] if after and after[0].first - last <= 2 else None)
                if cue.type == "leads" and (agent is None or not is_person(agent)):
                    # «بقيادة خادم الحرمين الشريفين الملك سلمان»: the person the titles introduce
                    agent = next((c for c in after if is_person(c) and c.first - last <= 5), agent)
                if (
                    cue.type == "leads"
                    and agent is not None
                    and is_person(before[-1])
                    and not is_person(agent)
                    and i - before[-1].last <= 1
                ):
                    pairs = [(before[-1], agent)]  # «كلف نجلاء بودن برئاسة الحكومة»
                elif agent is not None:
                    # «ويخوض الجيش اليمني والمقاومة الشعبية، بدعم من طيران التحالف»: an adverb of the
                    # clause speaks of every member of its subject; «المدعومة من» only of the noun before
                    targets = [before[-1]]
                    if cue.ba_first:
                        targets = list_before(cands, past_apposition(ctx, before[-1], i), sent)
                        if targets[0].first > 0 and keys[targets[0].first - 1] in PREPOSITIONS:
                            targets = []  # «حوار بين قسد وتركيا بدعم من فرنسا»: not the clause's subject
                    pairs = [(s, t) for s in ctx.members(agent) for t in targets]
        elif cue.pattern == "title":
            pairs = title_ends(ctx, h, before, after, self.name_units, self.nisba)
        elif cue.pattern == "genitive":
            pairs = genitive_ends(ctx, h, before, after, subject, self.nisba)
        elif cue.pattern == "between":
            pairs = between_ends(ctx, h, before, after, subject, clause_subject)
        elif cue.pattern == "received":
            # «وتتلقى الميليشيات المسلحة في مصراتة أسلحة وذخائر من تركيا»: the giver after «من» supports
            # the receiver (:mod:`marsad.relations.received`)
            got = received_ends(ctx, i, last, clause_subject(ctx, h, False), self.military)
            if got and got[0][2] is None:
                return [(s, t, support_subtype(t)) for s, t, _ in got]
            return got
        elif cue.pattern == "seat":
            if subject is None and not h.pronoun:
                subject = clause_subject(ctx, h, False)  # «… التي تتخذ من طرابلس مقرا لها»
            pairs = seat_ends(ctx, h, subject, self.nisba)
        elif cue.pattern == "kin" and cue.type == "loyal_to" and not pron:
            # «أنصار النظام», «فلول الرئيس المخلوع علي عبد الله صالح»: the followers, unnamed, are loyal to
            # the actor they are in construct with
            # («فلول الإرهابيين», the remnants of the fighters themselves, and «أنصار التيار» name no side
            # to be loyal to: a person, a named body or a regime)
            followed = ctx.slot(last + 1) if last + 1 < len(toks) else None
            followed = self.holder(ctx, followed) if followed is not None else None
            if followed is not None and (
                self.personal(ctx, followed)
                or (keys[i] not in REMNANTS and (followed.entity is not None or keys[followed.first] in RULED))
            ):
                pairs = [(ctx.word(i), followed)]
        elif cue.pattern == "kin":
            relative = ctx.slot(last + 1) or (
                after[0] if after and after[0].first - last <= 2 and "و" not in clitics(toks[after[0].first]) else None
            )
            if (
                relative is not None
                and last + 1 < len(toks)
                and keys[last + 1] in TITLE_PERSONS
                and relative.first > last + 2
                and (
                    relative.first > last + 4
                    or not all(
                        toks[j].core.startswith("ال") and not clitics(toks[j]) for j in range(last + 2, relative.first)
                    )
                )
            ):
                # «نجل الرئيس بإقالة الشاهد»: the title names no one further on, but «نجل الرئيس الأسبق حسني
                # مبارك», «نجل رئيس الجمهورية الباجي قائد السبسي» do
                relative = None
            if relative is None and last + 1 < len(toks) and keys[last + 1] in TITLE_PERSONS:
                relative = ctx.word(last + 1)  # «نجل الرئيس»: the title stands for the person
            if pron:
                head = named_before(cands, i)
                if head is None or i - head.last > 2:
                    # «ولم يشر السبسي إلى الصراع بين نجله»: the person the sentence is about, not the
                    # nearest name («جمال مبارك، نجل … حسني مبارك، برفقة شقيقه»)
                    head = next(
                        (
                            c
                            for c in ctx.cands
                            if c.last < i and is_person(c) and not c.after_prep and c.first not in ctx.obliques
                        ),
                        None,
                    )
                members = ctx.members(relative, names=True) if relative is not None and is_person(relative) else []
                owned = not toks[i].text.endswith("ة") and not toks[i].core.startswith("ال")  # not «الدولة الشقيقة»
                if not members and owned and relative is None and last + 1 < len(toks):
                    nxt = toks[last + 1]
                    if (
                        is_arabic_word(nxt)
                        and not nxt.prefix
                        and not nxt.suffix
                        and keys[last + 1] not in FUNCTION_WORDS
                        and last + 1 not in ctx.cue_tokens
                        # «كان والده قاضيا/وزيراً»: an indefinite predicate, no name
                        and not nxt.text.endswith(("ً", "اً", "ة"))
                        and not (i > 0 and keys[i - 1] in KANA)
                        and (
                            last + 2 >= len(toks)
                            or not is_arabic_word(toks[last + 2])
                            or keys[last + 2] in FUNCTION_WORDS
                        )
                    ):
                        members = [ctx.word(last + 1)]  # «برفقة شقيقه علاء في …»: a one-word name
                if not members and owned and head is not None and is_person(head) and cue.words[0] not in KIN_PLURALS:
                    # «صالح ونجله»: no name given, the kin noun stands for the relative
                    tok = toks[i]
                    members = [
                        Candidate(
                            i, i, tok.core_start, tok.end, ctx.doc.text[tok.core_start : tok.end], None, None, False
                        )
                    ]
                pairs = [(m, head) for m in members if head is not None]
            elif relative is not None and not before and bare_title(relative) and keys[i] in KIN_SELF:
                pairs = [(ctx.word(i), relative)]  # «اتهم نجل الرئيس»: no name, the kin noun is the relative
            elif (
                relative is not None
                and is_person(relative)
                and (named := kin_named_after(ctx, relative)) is not None
                and not any(is_person(c) for c in before)
            ):
                pairs = [(named, relative)]  # «الشقيق الأصغر للملا عمر الملا عبدالله منان، دعا …»
            elif relative is not None and before and (is_person(relative) or bare_title(relative)):
                if "و" in clitics(toks[i]):
                    # «حافظ قائد السبسي، المدير التنفيذي لنداء تونس ونجل الباجي»: the person the
                    # coordinated titles describe
                    person = next((c for c in reversed(before) if is_person(c)), None)
                else:
                    near = [t for t in toks[before[-1].last + 1 : i] if is_arabic_word(t)]
                    person = before[-1] if is_person(before[-1]) and not near else None
                    if person is None and i > 0 and keys[i - 1] in HE_IS:
                        # «حافظ قائد السبسي المدير التنفيذي لحزب نداء تونس، وهو نجل الرئيس»
                        head = antecedent(ctx, i - 1, False)
                        person = head if head is not None and head.last < i and is_person(head) else None
                if person is not None:
                    pairs = [(person, relative)]
        if cue.type == "negotiates_with" and cue.pattern == "verb":
            # «يستقبل الرئيس الفرنسي الثلاثاء لأهم القيادات … وهم A و B و C»: the host meets each one listed
            listed = listed_after_they(ctx, last)
            host = pairs[0][0] if pairs else (after[0] if after and after[0].first - last <= 2 else subject)
            host = host or title_after(ctx, last + 1)
            if len(listed) > 1 and host is not None and host.last < listed[0].first:
                pairs = [(host, t) for t in listed]
        pairs = [(named_group(ctx, s), named_group(ctx, t)) for s, t in pairs]
        subtype = cue.subtype
        if cue.type == "support" and any(k in self.military for k in keys[max(0, i - 3) : last + 4]):
            subtype = "military"
        if cue.type == "family":
            pairs = [(s, t) for s, t in pairs if (is_person(s) or s.entity is None) and (is_person(t) or bare_title(t))]
        elif cue.type == "leads":
            if cue.pattern == "verb":
                # «ويرأس الوفد المصري وزير الخارجية سامح شكري»: verb, object, then the heavy subject
                pairs = [
                    (t, s) if is_person(t) and not is_person(s) and s.first < t.first else (s, t) for s, t in pairs
                ]
            # no one «leads» a person («ائتلاف النصر», tagged as one, is a body by its head noun)
            pairs = [(s, t) for s, t in pairs if not is_person(t) or ctx.key_of(t) in ORG_HEADS]
            # a person, or a state or a capital standing for it leading a coalition («التحالف بقيادة
            # السعودية», «للتحالف بقيادة واشنطن»), or a named body leading a front («قوات سوريا
            # الديمقراطية التي تقودها وحدات حماية الشعب الكردية»)
            pairs = [
                (s, t)
                for s, t in pairs
                if is_person(s)
                or is_country(s)
                or self.personal(ctx, s)
                or unnamed_name(s, self.actor_nouns)
                or (s.entity is not None and not is_person(t) and (t.entity is None or t.place is None))
            ]
        pairs = [
            (s, t)
            for s, t in pairs
            if (s is not t and not is_town(s))
            or cue.type in ("loyal_to", "support")
            or (cue.type == "leads" and s is not t and cue.pattern in ("after_before", "verb") and t.place is None)
        ]
        if cue.type in ("support", "ally", "loyal_to", "oppose"):
            # «تخلى صالح عن رئاسة الحزب»: an office given up, not a side abandoned
            pairs = [(s, t) for s, t in pairs if strip_article(ctx.key_of(t)) not in OFFICES_HELD]
        if cue.type == "support" and no_weapon_supplied(ctx, cue.words, last):
            pairs = []
        elif cue.type == "support":
            # «قوات … مدعومة بالدبابات والمدافع», «تدعم حيازة حزب الله للسلاح»: weapons are no side
            pairs = no_weapons(ctx, pairs)
        if cue.type == "oppose" and any(w in ATTACK_NOUNS for w in cue.words):
            # «شن النجيفي هجوما على حكومة العبادي» is a verbal attack between political sides; «شنت
            # القوات هجوما على مواقع داعش» is an armed attack, an event and no relation
            pairs = [(s, t) for s, t in pairs if not fighting(s) and not fighting(t) and t.place is None]
        if cue.words == (AGAINST,):
            # «التحالف الدولي ضد داعش», «شن التحالف حملة جوية ضد الحوثيين»: the side is named close
            # before «ضد»; not a subject far back nor an unnamed event («المظاهرات ضد الحكومة»,
            # «المعركة ضد داعش»)
            pairs = [
                (s, t)
                for s, t in pairs
                if i - s.last <= 5
                and (s.entity is not None or strip_article(keys[s.first]) in self.actor_nouns)
                and not struck_act(keys, s, i)
            ]
        if cue.type == "support" and subtype is None:
            # a bare cue («المدعومة من», «دعم», «تدعم»): military when the recipient is armed («قوات حفتر
            # المدعومة من الإمارات»), political otherwise («الحكومة المدعومة من النهضة»)
            return [(s, t, support_subtype(t)) for s, t in pairs]
        return [(s, t, subtype) for s, t in pairs]

    def holder(self, ctx: SentenceSlots, c: Candidate) -> Candidate:
        """The person a title standing alone introduces (:func:`marsad.relations.nearby.title_holder`)."""
        return title_holder(ctx, c, self.name_units)

    def personal(self, ctx: SentenceSlots, c: Candidate) -> bool:
        """A person, named or by a title alone (:func:`marsad.relations.nearby.personal`)."""
        return personal(ctx, c, self.name_units)
