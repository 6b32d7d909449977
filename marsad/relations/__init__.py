"""Relations: who stands with whom — alliance, support, opposition, membership, leadership, loyalty,
family, location and negotiation, each with its evidence.

The stage ``relations`` runs after ``events``. Relations are stated by cue words whose two ends sit in
fixed places around them (``data/cues.tsv``, read by :mod:`marsad.relations.lexicon`):

* ``modifier`` — a participle or adjective describing the actor right before it: «القوات الموالية
  لحكومة الوفاق» (loyal_to), «الحرس الجمهوري الموالي لصالح», «جماعة … الناشطة في منطقة القبائل»;
* ``before_after`` — a clause: the subject before the cue, the other end after it («أعلن المجلس
  العسكري تحالفه مع سرايا الدفاع»); a cue with a pronoun («تحالفه», «ولاءها», «انضمامه») or glued و
  («وتتمركز») takes the subject of its clause, not an actor inside a prepositional phrase;
* ``verb`` — verb-subject-object or subject-verb-object («يقود نور الدين الطبوبي الاتحاد»); a gap cue
  («انشق … عن») finds the subject inside the gap;
* ``after_before`` — «الجيش الوطني المدعوم من الإمارات», «الحكومة برئاسة نجلاء بودن»; ``title`` —
  «رئيس حزب قلب تونس نبيل القروي», «راشد الغنوشي، رئيس حركة النهضة»; ``genitive`` — «دعم روسيا
  للأسد», «الدعم التركي للسراج»; ``between`` — «لقاء بين السراج وحفتر», «وقعت الجزائر وروسيا إعلان
  الشراكة»; ``kin`` — «أبنائه صدام وخالد», «حافظ قائد السبسي نجل الباجي»; ``whole`` — «ويضم التحالف
  الرئاسي A و B» (each part a member of the whole); ``seat`` — «مقر الأمم المتحدة في جنيف», «قاعدة عسكرية
  تركية في قطر», «تتخذ من طرابلس مقرا لها» (:mod:`marsad.relations.seats`).

A meeting noun's «مع» may follow past a time and a place, and the side that meets is the subject of the
verb holding the meeting («أجرى وفد … مشاورات السبت في أربيل مع …», :mod:`marsad.relations.clauses`);
«بين X من جهة وكل من A و B» pairs X with each of the other side; relative verbs chained by و describe one
actor («تحالف تقوده السعودية ويضم عشر دول، وتدعمه بريطانيا»).

Lists («المدعومة من النهضة والتيار الديمقراطي وحركة الشعب», «ويخوض الجيش والمقاومة، بدعم من …») give
one relation per member. The ends are the events' argument candidates (entity mentions and actor nouns
such as «القوات»), the names of :mod:`marsad.relations.names` (an organisation noun and its name, quoted
or not: «حزب قلب تونس», «تحالف "الفتح"»; an institution: «جهاز المخابرات العامة»; a hashtag name), in
the slot a preposition of the cue opens («المدعومة من …», «الموالية لـ…», «بين … و…») a definite noun
phrase the recogniser missed («النهضة», «للنظام»), and where no name is given the words themselves: a
spokesman («قال متحدث باسم الجيش»), a kin noun («نجل الرئيس», «بين نجله ورئيس الوزراء»), a title and
its body («رئيس المجلس، الذي ينتمي إلى …»). A title's holder may follow a comma past what qualifies the
organisation («مبعوث الأمم المتحدة إلى ليبيا، غسان سلامة»). A pronoun end («الموالية له», «انقلبت
عليه») is the actor it refers to — «له» a person first, «لها» no person; a pronoun cue far from any
subject («…، ليسحب بذلك دعمه لـ») is the actor its sentence is about, or at the start of a sentence
(«ويدعمه في ذلك …») the actor of the sentence before. Military aid events (PLOVER AID/military) add a
support relation unless a cue has already linked the two actors.

Where the recogniser missed or merged a name (:mod:`marsad.relations.nearby`): a title standing alone gives
way to the name after it («للمخلوع علي صالح»); armed forces «التابعة لـ» a person are loyal to him; a name
run across «بزعامة/بقيادة» is split at the cue; a body's common noun before its head's name («رئيس البرلمان
عقيلة صالح») is the body; a relative verb's subject may be a definite word the recogniser did not tag
(«ائتلاف النصر الذي يتزعمه العبادي»); a dual («تحالفا بين كتلتيهما», «تعقدان محادثات») stands for the pair
named before; a «وهو» apposition describes the actor before it; a clause after «أن» with no subject of its
own carries the main clause's («نفت الجزائر أن تكون قد قدمت دعما …»). A government named after its head
(«حكومة حيدر العبادي») is led by him (:mod:`marsad.relations.ruled`); a name run across «نظيره» is two people
(«قيس سعيد بنظيره الجزائري عبد المجيد تبون»); a cue inside the subject a verb-first cue's gap holds is read
too («نددت إسرائيل وحليفها الأمريكي … بتصريحات»), and a name the recogniser left unmarked there may be that
subject («بترشيح علي الأديب لرئاسة …»); officials named by nationality adjectives stand for their states
(«ندد مسؤولون أمريكيون وإسرائيليون»).

The sides of a meeting, an agreement or a war named by a noun are found by :mod:`marsad.relations.between`
(«اتفاق لوقف إطلاق النار بين …» past the agreement's purpose). Names and bodies a title introduces that the
recogniser left unmarked (:mod:`marsad.relations.unmarked`): a speaker's name between a verb of saying (or a
preposition) and his title («وذكر خليل الحية، عضو المكتب السياسي لـ»), a body by its definite noun before the
holder's name or rank («مدير المخابرات اللواء ماجد فرج»), a quoted «ما يسمى» body; a candidate run across a
comma, or from a party's noun into a person («للحزب صلاح الدين ديمرتاش»), is split; a group «والفصائل الموالية
لها» is loyal to the actor joined to it; the predicate of «تصنفها مجموعة إرهابية» is no subject; «يستقبل … وهم A
و B و C» meets each one listed; arms supply («تزويد X بصواريخ», «أرسلت … أسلحة إلى») is military support, and so
is arms or aid received («تتلقى الميليشيات … أسلحة من تركيا», :mod:`marsad.relations.received`); the one
«لاسيما» singles out of a plural side is that side («حلفاء حزب الله، لاسيما نبيه بري»), and the parts a bracket
lists after a body are its members («للائتلاف الوطني (المجلس الأعلى والتيار الصدري)»).

Sentences are also read without a cue: the sides of a verb of agreeing («اتفق سالفا كير وزعيم المعارضة
رياك مشار … على», «وقعت الجزائر وروسيا اتفاقا», :mod:`marsad.relations.agreed`), where a person lives
(«إلى جنوب أفريقيا حيث يعيش», :mod:`marsad.relations.resides`) and the one at the head of a group («فصائل …،
وعلى رأسها تنظيم الإخوان», :mod:`marsad.relations.heading`). A relative verb of leading with no subject after
it is led by the person the sentence is about, and one inside a «وهي ائتلاف …» apposition describes the actor
before «وهي» (:mod:`marsad.relations.dropped`).

A verb of meeting followed by «نظيريه» meets the persons after it, a verb's listed object gives one relation per
member, ministers met stand for their body and a meeting «الذي يجمع» A و B pairs its sides
(:mod:`marsad.relations.counterparts`); a title's holder may follow the body's place qualifier and an honorific,
and a tribal head's title names the tribe (:mod:`marsad.relations.qualifiers`); a purpose after a relative clause is
its antecedent's (:mod:`marsad.relations.purposes`). No relation: «ضد» before the positions struck and backing
strikes (:mod:`marsad.relations.strikes`), machines «تابعة لـ» a side, the office of prime minister
(:mod:`marsad.relations.offices`), nor from a cue word in another sense or the wrong end among neighbours
(«التحالف العربي», «بالولاء للعراق», «رئيس الحزب الكردي», «الذي ينتمي إليه X», :mod:`marsad.relations.screens`).

A body's describing phrase may stand between a title's body and its holder («رئيس ائتلاف "الفتح" الموالي لإيران هادي
العامري», :mod:`marsad.relations.described`); tribes are named like persons after a sheikh's title or a tribe noun
(«أحد مشايخ خولان بن عامر», «قبائل صعدة», :mod:`marsad.relations.tribes`); «تعتبر X Y حليفا/امتدادا لـ Z» is read
from the verb of deeming (:mod:`marsad.relations.deemed`); the author of a criticised act is the one opposed
(«انتقد X ما يفعله الحوثي», :mod:`marsad.relations.deeds`); forces named after a person are loyal to him («الحوثيين
وقوات صالح», :mod:`marsad.relations.forces`); and no relation is read with a news outlet interviewing or with a verb
of being taken for a name (:mod:`marsad.relations.interviews`).

A bare end gives way to the name in apposition after it: a spokesman's title past his body and rank, a kin noun,
«نظيره التركي، رجب طيب أردوغان», «صاحب السمو الملكي الأمير …», a compound rank (:mod:`marsad.relations.apposed_names`);
a title's unmarked body may be qualified by a tagged region before the holder («مدير عام الدفاع المدني في المنطقة
الشرقية اللواء …», :mod:`marsad.relations.placed`); «المدعومة إيرانيا» is support by the adverb's country
(:mod:`marsad.relations.adverbial`).

A word the tokenizer left whole after a glued «لل» is read as ل + the article when it names an actor («المناوئة
للحوثيين», :mod:`marsad.relations.article`); a definite plural participle with no noun before it is its own actor
(«والموالون له», :mod:`marsad.relations.substantive`); a participle set off by a comma describes the head of the
phrase before it («القوات الموالية للحكومة، المدعومة من التحالف», :mod:`marsad.relations.apposed`); fighters «من» a
place come from it (:mod:`marsad.relations.origins`).

A delegation «وفد من/يمثل» a body, men or a group «من» a named body («عناصر من حزب الله», not a count of the dead)
and indefinite forces «تابعة لـ» a body are its members (:mod:`marsad.relations.partitive`); an unnamed plural
member title reaches each body listed after it («مسؤولين في وزارة المالية والمصرف المركزي»,
:mod:`marsad.relations.listed`) and a member of a body's organ is the body's («عضوة في المكتب السياسي لحزب
النهضة», :mod:`marsad.relations.organs`); «نجل», «شقيق», «زوجة» inside a name the recogniser ran across stay cues
and cut it («أحمد نجل صالح», :mod:`marsad.relations.kin`).

A person and his rival «ومنافسه … Y» oppose each other, and the rival is the next item of a list
(:mod:`marsad.relations.rivals`); a nationality adjective is the agent of «بقيادة أميركية», «بدعم روسي»
(:mod:`marsad.relations.adjectival`); an ordinal «الأولى/والثانية يتزعمها X» stands for a body counted before it
(:mod:`marsad.relations.ordinals`); an indefinite group with its own participle is an item alone («وأحزاب متحالفة
مع», :mod:`marsad.relations.groups`); the subject of «تواصل» supports the genitive of «دعم» after it
(:mod:`marsad.relations.continued`); the participants of a meeting «بمشاركة A و B» negotiate with each other
(:mod:`marsad.relations.participants`).

A relation noun followed by two countries' adjectives names its sides («التقارب السعودي الروسي», «القمة
الروسية التركية الإيرانية», :mod:`marsad.relations.paired`); a country's adjective right before a cue is its agent
(«القرار المغربي بقطع العلاقات مع إيران», :mod:`marsad.relations.agents`); taking part in operations is membership
of the body that runs them, and a sum of money is no end (:mod:`marsad.relations.operations`); an unnamed member
after a verb-first cue is its subject («وانتقدت مصادر … في الحكومة اليمنية الأمم المتحدة»,
:mod:`marsad.relations.informants`); a clause's subject is found by :mod:`marsad.relations.subjects`.

A bracketed age after a name is skipped («بري (80 عاما)», :mod:`marsad.relations.asides`); a Secretary-General's
envoy belongs to his body (:mod:`marsad.relations.envoys`); a body's common noun before «التابع لـ» is an end
(:mod:`marsad.relations.bodies`); «طالب X Y بالاستقالة» is oppose (:mod:`marsad.relations.demands`); a verb-first
cue's listed subject gives one source per item (:mod:`marsad.relations.cosubjects`).

Modality (:mod:`marsad.relations.modality`): ``denied`` (a negation before the cue or a denial verb
earlier in the sentence; «عدم تخليها عن» is support, not denied), ``ended`` (السابق، انشق، سحب دعمه، تخلى
عن، تراجع، انتهى), ``unconfirmed`` (لم يتأكد، يشتبه), ``hypothetical`` (إذا، عزمهما، يرغب), ``reported``
(attributed) or ``asserted``. A modality
word that is itself part of another cue («تخلى عنه») speaks for that cue only; «السابق» ends only the cue
right before it («القيادي السابق في», not «الموالية للرئيس السابق»); «لم تعد … تدعم» is ended, not
denied. ``reported`` needs a source or an accusation before the cue, or a speech verb whose quoted
clause («قال … إن …», «: "…"») holds it, or a trailing attribution closes the sentence («، وفق ما أفاد
المرصد»): the words between «قال» and «إن» describe the speaker and are the writer's. An imperfect meeting
verb with a time to come («يلتقي … الأسبوع المقبل») and a charge «كلف X بتشكيل حكومة» are ``hypothetical``.
A title or kin apposition («راشد الغنوشي، رئيس حركة النهضة») and «بقيادة» are the writer's statement too:
not reported, and denied only inside a denied clause («نفى أن يكون عضوا في …»). The support subtype comes
from the cue («دعما ماليا») or, for a bare cue («المدعومة من»), from the recipient: military for an armed
force («قوات», «ميليشيات»), else political.

A member noun with its adjectives before «في» («مصدر عسكري في», :mod:`marsad.relations.qualified`), a club's
player («نجم الهلال», :mod:`marsad.relations.players`) and adjectives between a cue's noun and its preposition
(«دعم قوي من», :mod:`marsad.relations.adjectives`) are read too; backing goes to the side fighting, not its
enemy (:mod:`marsad.relations.hostile`), and an occasion taken part in is no body
(:mod:`marsad.relations.participation`). Military aid events are read by :mod:`marsad.relations.aid`.

Rules and not a trained model for the same reason as the events coder: no Arabic relation corpus under a
usable licence; the cue table is data a user can read and extend.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from marsad.actors.names import load_nationalities
from marsad.events.coder import Candidate, EventCoder, name_spans, token_keys
from marsad.events.lexicon import load_lexicon as load_event_lexicon
from marsad.events.lexicon import strip_article
from marsad.model import Document, Entity, Sentence, Token
from marsad.ner.gazetteer import load_gazetteer
from marsad.relations.adjectival import adjectival_agents, has_adverb
from marsad.relations.adjectives import skipped_adjectives
from marsad.relations.adverbial import adverbial_backers, has_backed
from marsad.relations.agents import adjective_agent
from marsad.relations.agreed import agreeing_pairs, has_agreeing_verb
from marsad.relations.aid import aid_relations
from marsad.relations.anaphora import COMPLEMENTS, pronoun_ends
from marsad.relations.apposed_names import apposed_names
from marsad.relations.article import relink_sentence
from marsad.relations.asides import without_asides
from marsad.relations.bodies import body_phrases
from marsad.relations.continued import continued_support, has_continuing
from marsad.relations.counted import counted_member, nisba_ending
from marsad.relations.counterparts import counterpart_ends, drop_portfolios, listed_ends
from marsad.relations.deeds import deed_authors
from marsad.relations.deemed import deemed_allies
from marsad.relations.demands import demand_pairs, has_demand
from marsad.relations.demonstratives import demonstrative_subject
from marsad.relations.elected import elected_heads, has_elected
from marsad.relations.ends import (
    apposition,
    dedup_relations,
    outside_names,
    particle,
    same_actor,
    split_at_cues,
    trim_cues,
)
from marsad.relations.fighters import armed
from marsad.relations.forces import has_forces, named_forces
from marsad.relations.fought import object_before_comma
from marsad.relations.genitives import no_office_genitives
from marsad.relations.groups import group_alone
from marsad.relations.heading import has_head_phrase, headed_members
from marsad.relations.homeland import homeland_candidates
from marsad.relations.informants import informant_ends
from marsad.relations.interviews import no_interview
from marsad.relations.kin import kin_in_names, split_kin_names
from marsad.relations.lexicon import (
    GAP,
    GAP_WORDS,
    RELATION_MODALITIES,
    RELATION_TYPES,
    Cue,
    RelationLexicon,
    load_relation_lexicon,
)
from marsad.relations.listed import title_bodies
from marsad.relations.met import chain_holders
from marsad.relations.modality import RelationModality
from marsad.relations.names import join_heads, split_at_commas, split_at_counterparts
from marsad.relations.nisbas import nisba_heads, no_adjective_recipients
from marsad.relations.objects import no_prepositional_allies, relative_object
from marsad.relations.obliques import oblique_starts
from marsad.relations.occasions import occasion_host
from marsad.relations.offices import no_offices
from marsad.relations.operations import currency, operation_bodies
from marsad.relations.ordinals import ordinal_ends
from marsad.relations.organs import organ_bodies
from marsad.relations.origins import FIGHTERS, no_origins
from marsad.relations.paired import has_paired, paired_sides
from marsad.relations.participants import has_joining, participant_pairs
from marsad.relations.partitive import has_parts, partitive_members
from marsad.relations.patterns import EndFinder
from marsad.relations.precision import precise_ends
from marsad.relations.purposes import purpose_agent
from marsad.relations.qualifiers import nested_body
from marsad.relations.resides import has_residence, lived_in, residence_pairs
from marsad.relations.rivals import has_rival, rival_pairs
from marsad.relations.ruled import GOVERNMENT, headed_governments, person_words
from marsad.relations.sanctions import sanction_ends
from marsad.relations.screens import (
    no_borrowed_ends,
    no_other_senses,
    no_qualifier_holders,
    own_descriptor,
    relative_member,
    retyped,
    spokesman_subject,
)
from marsad.relations.slates import electoral_slates
from marsad.relations.slots import (
    PRONOUN_ENDINGS,
    Found,
    Hit,
    SentenceSlots,
    clitics,
    has_lam,
    is_town,
)
from marsad.relations.strikes import no_backed_strikes, no_machines, no_strikes
from marsad.relations.words import (
    COMMAS,
    DESPITE,
    MEMBER_GROUPS,
    ORDERED,
    SUBJECT_WORDS,
    WITH_PRONOUN_ONLY,
)

__all__ = ["RELATION_MODALITIES", "RELATION_TYPES", "Cue", "RelationLexicon", "RelationStage", "load_relation_lexicon"]


class RelationStage:
    """Pipeline stage ``relations``: fills ``doc.relations``."""

    name = "relations"

    def __init__(self) -> None:
        self.lex = load_relation_lexicon()
        self.coder = EventCoder(load_event_lexicon())
        self.actor_nouns = self.coder.arguments.actor_nouns
        self.modality = RelationModality(self.lex, self.coder.modal)
        self.cue_words = frozenset(w for cues in self.lex.cues.values() for c in cues for w in c.words)
        self.meeting_nouns = frozenset(
            k for k, cues in self.lex.cues.items() if any(c.pattern == "between" for c in cues)
        )
        self._stems: dict[str, tuple[str, str]] = {}
        units = load_gazetteer().unit
        name_units = {k: " ".join(sorted(v)) for k, v in units.items() if any("PER" in lab for lab in v)}
        self.nationalities = load_nationalities()
        self.finder = EndFinder(self.coder.military, self.nationalities, self.actor_nouns, name_units)
        # «حكومة حيدر العبادي»: read like a title (the writer's naming of the body), not from the table
        self.government = Cue((GOVERNMENT,), "title", "leads", None, True, "rule:حكومة X")
        self.heading = Cue(("علي", "راسها"), "whole", "member_of", None, True, "rule:وعلى رأسها X")
        self.residence = Cue(("يعيش",), "seat", "located_in", None, True, "rule:حيث يعيش X")
        self.part = Cue(("وفد",), "modifier", "member_of", None, True, "rule:وفد من X")
        self.agreement = Cue(("اتفق",), "between", "negotiates_with", None, False, "rule:اتفق X و Y على")
        self.forces = Cue(("قوات",), "modifier", "loyal_to", None, True, "rule:قوات X")
        self.rival = Cue(("منافسه",), "modifier", "oppose", None, False, "rule:X ومنافسه Y")
        self.demand = Cue(("طالب",), "verb", "oppose", None, True, "rule:طالب X Y بالاستقالة")
        self.joining = Cue(("بمشاركه",), "between", "negotiates_with", None, False, "rule:اجتماع بمشاركة A و B")
        self.nested = Cue(("في",), "title", "member_of", None, True, "rule:TITLE X في Y")
        self.paired = {
            t: Cue(("اتفاق",), "between", t, None, False, "rule:NOUN + nisba + nisba")
            for t in ("negotiates_with", "ally", "oppose")
        }
        self.continued = Cue(("دعم",), "genitive", "support", None, True, "rule:تواصل X دعم Y")
        self.backed = Cue(("مدعومه",), "after_before", "support", None, True, "rule:المدعومة + nisba adverb")
        self.elected = Cue(("رئيسا",), "before_after", "leads", None, True, "rule:انتخابه رئيسا لـ X")
        self.adverbs = {
            t: Cue((w,), "after_before", t, None, True, f"rule:X {w} + nisba", ba_first=True)
            for t, w in (("leads", "بقياده"), ("support", "بدعم"))
        }

    def __call__(self, doc: Document) -> Document:
        doc.relations = electoral_slates(self.extract(doc))  # «في لائحة واحدة»: allies (slates.py)
        return doc

    # -- matching ------------------------------------------------------------------------------------
    def _fit(
        self, cue: Cue, tokens: list[Token], keys: list[str], stems: list[str], i: int
    ) -> tuple[int, tuple[int, int] | None] | None:
        """Where ``cue`` ends when it starts at token ``i`` (and its gap), or None."""
        j = i + 1
        gap: tuple[int, int] | None = None
        pending = False
        for w in cue.words[1:]:
            if w == GAP:
                pending = True
                continue
            if pending:
                k = next((k for k in range(j, min(j + GAP_WORDS + 1, len(keys))) if w in (keys[k], stems[k])), None)
                meeting = (
                    next((g for g in range(j, k) if keys[g] in self.meeting_nouns), None) if k is not None else None
                )
                if meeting is not None and any(tokens[g].core.startswith("ال") for g in range(j, meeting)):
                    # «التحالف نفى خوض السعودية مفاوضات مع الحوثيين»: the «مع» is the nearer noun's, whose
                    # own agent stands before it (not «بحث استخدام المفاوضات خلال اجتماع مع …»)
                    return None
                if k is not None and any(keys[g] == keys[i] for g in range(j, k)):
                    # «قيادات عسكرية محترفة وقيادات في المقاومة»: the cue starts again nearer its end; that
                    # occurrence is the one read
                    return None
                if k is not None:
                    gap, j, pending = (j, k), k + 1, False
                    continue
                # «بحث رئيس مجلس النواب نبيه بري، أبرز حلفاء حزب الله، مع …», «وتتمركز ميليشيات الكانيات،
                # الموالية سابقا لحكومة الوفاق، في …»: an apposition between commas after the subject is
                # no part of the gap; the subject before it may run to eight words (a titled full name, a
                # list, where its members come from: «انشق قائد عسكري ومسؤولون محليون في محافظة البيضاء،
                # وسط اليمن، عن …»)
                comma = next(
                    (k for k in range(j + 1, min(j + SUBJECT_WORDS + 1, len(keys))) if keys[k] in COMMAS), None
                )
                close = apposition(tokens, keys, comma) if comma is not None else None
                if (
                    comma is None
                    or close is None
                    or close + 1 >= len(keys)
                    or w not in (keys[close + 1], stems[close + 1])
                ):
                    return None
                gap, j, pending = (j, close + 1), close + 2, False
            elif j < len(keys) and w in (keys[j], stems[j]):
                j += 1
            elif skip := skipped_adjectives(tokens, keys, j, w):
                j += skip + 1  # «دعم قوي من», «حملة عنيفة ضد»: adjectives before the preposition (adjectives.py)
            else:
                return None
        return j - 1, gap

    def _hits(self, tokens: list[Token], keys: list[str], stems: list[str], pronouns: list[str]) -> list[Hit]:
        hits: list[Hit] = []
        covered = -1
        titles_to = -1
        appos = (-1, -1)
        held = (-1, -1)  # the gap of the last cue: the subject it holds
        table = self.lex.cues
        for i, k in enumerate(keys):
            if i <= covered and not (i < titles_to or appos[0] < i < appos[1] or held[0] <= i < held[1]):
                continue  # «نائب رئيس»: not also «رئيس»
            if k not in table and (stems[i] is k or stems[i] not in table):
                continue
            best: Hit | None = None
            for key in (k,) if stems[i] is k else (k, stems[i]):
                for cue in table.get(key, ()):
                    if cue.lam_first and not has_lam(tokens[i]):
                        continue
                    if cue.ba_first and "ب" not in clitics(tokens[i]):
                        continue
                    if cue.verb and tokens[i].core.startswith("ال"):
                        continue  # «التحالف»: the verbal noun, not a form of «تحالف»
                    if cue.pattern == "after_before" and GAP in cue.words and "ال" in tokens[i].text[:4]:
                        continue  # «بالدعم الكبير المقدم من»: a definite noun, not the adverb «بدعم … من»
                    if cue.pattern == "modifier" and has_lam(tokens[i]):
                        continue  # «لمساندة تلك القوات»: a masdar of purpose, not the participle «المساندة لـ»
                    if len(cue.words) == 1 and key in MEMBER_GROUPS and tokens[i].core.startswith("ال"):
                        continue  # «مجلس النواب»: a body, not «نواب حركة النهضة»
                    if cue.pattern == "title" and key in FIGHTERS and tokens[i].core.startswith("ال"):
                        continue  # «تحالف مع المقاتلين من حركة الحوثيين»: the allies, no title
                    if cue.pattern == "title" and tokens[i].text[len(tokens[i].prefix) :].startswith(ORDERED):
                        continue  # «أمر الرئيس ترامب بضربة»: the verb (ordered), not the title «آمر» (commander)
                    if counted_member(tokens, keys, i, cue.type):
                        continue  # «329 عضوا في البرلمان»: a count of members, nobody's membership (counted.py)
                    if i > 0 and tokens[i - 1].text == "#":
                        continue  # «ودول #تحالف_دعم_الشرعية»: a word of a hashtag name, no cue
                    if cue.pattern == "kin" and key != keys[i] and tokens[i].text.lstrip("وف").startswith("اتباع"):
                        continue  # «يمكن اتباعها» (following it, a verbal noun), not «أتباعها» (its followers)
                    if key in WITH_PRONOUN_ONLY and key == keys[i]:
                        continue  # «معارضته للحكومة», but «أحزاب المعارضة» is a name
                    fit = self._fit(cue, tokens, keys, stems, i)
                    if fit is None:
                        continue
                    last, gap = fit
                    if gap is not None and last > i and keys[last - 1] in DESPITE:
                        continue  # «بدعم روسي، على الرغم من تحذيرات واشنطن»: «من» of «رغم», no giver after it
                    # «رئيسه» reads as «رئيس» + ه before «رئيسة» (its ta marbuta folds to the same key)
                    longer = best is None or last - i > best.last - best.first
                    folded = cue.pattern == "title" and key != keys[i] == key + "ه"
                    if longer or (best is not None and folded and last - i == best.last - best.first):
                        if key != keys[i]:
                            pron = pronouns[i]
                        else:
                            pron = pronouns[last] if last > i and keys[last] != cue.words[-1] else ""
                        best = Hit(cue, i, last, gap, pron, key != keys[i])
            if best is None:
                continue
            if i <= covered:
                # inside the subject before an apposition, a title («بحث رئيس مجلس النواب نبيه بري، أبرز
                # حلفاء حزب الله، مع …» also says who heads the council); inside the apposition, any cue
                if (best.cue.pattern == "title" and best.last < titles_to) or best.last < appos[1]:
                    hits.append(best)
                elif held[0] <= i and best.last < held[1]:
                    # the subject a verb-first cue's gap holds may carry its own cue: «بترشيح قيادي الائتلاف
                    # علي الأديب لرئاسة», «نددت إسرائيل وحليفها الأمريكي الأربعاء بتصريحات»
                    hits.append(best)
                continue
            hits.append(best)
            covered = best.last
            held = best.gap or (-1, -1)
            if best.gap is not None and keys[best.gap[1] - 1] in COMMAS:
                titles_to = next(j for j in range(*best.gap) if keys[j] in COMMAS)
                appos = (titles_to, best.gap[1] - 1)
        return hits

    def _stem(self, tok: Token, key: str) -> tuple[str, str]:
        """The cue word a word is with an attached pronoun, and the pronoun: «حليفهم» → (حليف, هم),
        «تدعمها» → (تدعم, ها), «حلفائه» → (حلفاء, ه), «علاقاتها» → (علاقات, ها); else (key, "")."""
        if key in self.cue_words and tok.text.endswith("ه") and key[:-1] in self.cue_words:
            return key[:-1], "ه"  # «رئيسه»: his head, not the folded ta marbuta of «رئيسة» (a cue too)
        if key in self.cue_words or tok.text.endswith("ة"):
            return key, ""  # «السفيرة»: a ta marbuta, folded to ه in the key, is no pronoun
        hit = self._stems.get(key)
        if hit is not None:
            return hit
        out = (key, "")
        if tok.suffix and strip_article(tok.stem) in self.cue_words:
            out = (strip_article(tok.stem), tok.suffix)
        else:
            # «وحلفاؤها»: a conjunction the tokenizer left on a word with a pronoun
            words = (key, key[1:]) if key[0] in "وف" and not tok.prefix and len(key) > 5 else (key,)
            for p, word in ((p, w) for w in words for p in ("هما", "هم", "ها", "ه")):
                rest = word[: -len(p)]
                if not word.endswith(p) or len(rest) < 3:
                    continue
                # «مساندتها»: the ta marbuta is ت before a pronoun; «حلفائه», «حلفاؤه»: the hamza's seat
                forms = [
                    rest,
                    rest[:-1] + "ه" if rest.endswith("ت") else "",
                    rest[:-1] + "ء" if rest[-1] in "يو" else "",
                ]
                stem = next((f for f in forms if f and f in self.cue_words), None)
                if stem is not None:
                    out = (stem, p)
                    break
        if len(self._stems) < 100_000:
            self._stems[key] = out
        return out

    def extract(self, doc: Document) -> list[dict[str, Any]]:
        dedup = name_spans(doc)
        name_ends = frozenset(end for _, end, _ in dedup)
        places = {p.entity_id: p for p in doc.places}
        found: list[Found] = []
        vetoed: list[tuple[int, int]] = []
        prev: Sentence | None = None
        persons: frozenset[str] | None = None
        for whole in doc.sentences:
            if not whole.tokens:
                continue
            # «الموالية للحوثيين»: ل + الحوثيين, where the tokenizer left the word whole (article.py)
            sent = without_asides(relink_sentence(whole, self.actor_nouns), name_ends)  # «بري (80 عاما)»
            before, prev = prev, sent
            keys = token_keys(sent.tokens)
            stems = list(keys)
            pronouns = [""] * len(keys)
            for j, (t, k) in enumerate(zip(sent.tokens, keys, strict=True)):
                if t.suffix or k.endswith(PRONOUN_ENDINGS):
                    st, pron = self._stem(t, k)
                    if pron and not nisba_ending(t, pron):  # «الإعلام الحربي»: no «حرب» + ي
                        stems[j], pronouns[j] = st, pron
            hits = self._hits(sent.tokens, keys, stems, pronouns)
            inner_kin: set[int] = set()
            if hits:
                # «أحمد نجل صالح» tagged as one name: «نجل» stays a cue and cuts the name (kin.py)
                hits, inner_kin = kin_in_names(hits, outside_names(hits, sent, dedup), keys)
            agreeing = has_agreeing_verb(keys)
            residing = has_residence(keys)
            headed = has_head_phrase(keys)
            parts = has_parts(keys)
            forces = has_forces(keys)
            rivals = has_rival(t.core for t in sent.tokens)
            demands = has_demand(keys)  # «طالبت X Y بالاستقالة» (demands.py)
            adverbs = has_adverb((t.core, t.prefix) for t in sent.tokens)
            continuing = has_continuing(keys)
            elected = has_elected(keys)
            joining = has_joining((t.core, t.prefix) for t in sent.tokens)
            paired = has_paired(keys)
            backed = has_backed(t.core for t in sent.tokens)  # «المدعومة إيرانيا» (adverbial.py)
            rules = (agreeing, residing, headed, parts, forces, rivals, adverbs, continuing, elected, joining, paired)
            if not hits and GOVERNMENT not in keys and not backed and not demands and not any(rules):
                continue
            # cue words are not ends, except actor nouns that are cues too («التحالف»: a cue of
            # «التحالف بين …» and the coalition in «المتحدث باسم التحالف»)
            cue_tokens: set[int] = set()
            # (not a gap closed by an apposition: «بحث رئيس مجلس النواب نبيه بري، أبرز حلفاء حزب الله، مع»)
            gaps = [h.gap for h in hits if h.gap is not None and keys[h.gap[1] - 1] not in COMMAS]
            for h in hits:
                if any(g[0] <= h.first and h.last < g[1] for g in gaps):
                    continue  # «انشق آمر كتيبة الفاروق عن»: a title inside a gap is part of the subject there
                for j in range(h.first, h.last + 1):
                    in_gap = h.gap is not None and h.gap[0] <= j < h.gap[1]
                    # a seat noun is no actor, but «المكتب السياسي» is one: seat nouns stay candidates
                    if h.cue.pattern == "seat":
                        continue
                    if not in_gap and (h.cue.pattern != "between" or keys[j] not in self.actor_nouns):
                        cue_tokens.add(j)
            cands = self.coder.arguments.candidates(doc, sent, keys, dedup, places, cue_tokens)
            cands = join_heads(doc, sent, keys, cands, cue_tokens)
            cands = trim_cues(doc, sent, cands, cue_tokens, pronouns)
            glued = {
                h.first
                for h in hits
                if h.cue.pattern == "after_before" and keys[h.first].startswith("ب") and h.first + 1 < len(keys)
            }
            cands = split_kin_names(doc, sent, split_at_cues(doc, sent, cands, glued, dedup), inner_kin)
            cands = split_at_counterparts(doc, sent, keys, cands)
            cands = split_at_commas(doc, sent, keys, cands)
            cands = nisba_heads(doc, sent, keys, cands, self.actor_nouns)  # «فصائل سورية موالية لأنقرة»
            cands = homeland_candidates(doc, sent, keys, drop_portfolios(keys, cands))  # «بلاده» (homeland.py)
            cands = body_phrases(doc, sent, keys, cands, hits)  # «مركز الدفاع المدني التابع لـ» (bodies.py)
            obliques = oblique_starts(sent, keys, cands, hits)
            ctx = SentenceSlots(doc, sent, keys, cands, cue_tokens, obliques)
            ctx.titles = {h.last + 1: h.first for h in hits if h.cue.pattern == "title"}
            if before is not None and (any(h.pronoun for h in hits) or any(k in COMPLEMENTS for k in keys)):
                ctx.previous = self._lead_actor(doc, before, dedup, places)
            for h in hits:
                others = frozenset(j for o in hits if o is not h for j in range(o.first, o.last + 1))
                ends = group_alone(ctx, h, ordinal_ends(ctx, h, self.finder.ends(ctx, h)))
                ends = listed_ends(ctx, h, counterpart_ends(ctx, h, pronoun_ends(ctx, h, ends)))
                ends = no_origins(keys, h, no_offices(keys, h, purpose_agent(ctx, h, no_strikes(ctx, h, ends))))
                ends = no_machines(h, no_backed_strikes(ctx, h, ends))
                ends = no_other_senses(ctx, h, no_qualifier_holders(ctx, h, own_descriptor(ctx, h, ends)))
                ends = no_borrowed_ends(ctx, h, relative_member(ctx, h, spokesman_subject(ctx, h, ends)))
                kept = relative_object(ctx, h, no_prepositional_allies(ctx, h, ends))
                if ends and not kept:  # the events stage's reading of that verb goes too (aid.py)
                    vetoed.append((sent.tokens[h.first].start, sent.tokens[h.first].end))
                ends = no_adjective_recipients(ctx, h, kept, self.nationalities)  # «بدعم روسي»: Russia gives
                ends = demonstrative_subject(ctx, h, ends)  # «"هذه الخطوة ستدعم المقاومة"»
                ends = occasion_host(ctx, h, ends)  # «، وذلك خلال استقباله لـ»: the main subject
                ends = no_office_genitives(ctx, h, organ_bodies(ctx, h, title_bodies(ctx, h, ends)))
                ends = deed_authors(ctx, h, deemed_allies(ctx, h, chain_holders(ctx, h, ends)))
                ends = adjective_agent(ctx, h, ends, self.nationalities)  # «القرار المغربي بقطع العلاقات مع»
                ends = operation_bodies(ctx, h, ends)  # «مشاركتها في العمليات العسكرية للتحالف»
                ends = sanction_ends(ctx, h, informant_ends(ctx, h, ends))  # «وانتقدت مصادر في الحكومة اليمنية …»
                ends = object_before_comma(ctx, h, ends)  # «التي تحارب في الميدان، متهمة قوات الحكومة»
                ends = precise_ends(ctx, h, ends)  # «عضو مجلس أمناء مؤسسة الملك عبدالله»: no holder (precision.py)
                ends = apposed_names(ctx, h.cue, ends)  # «المتحدث باسم التحالف العقيد تركي المالكي»
                ends = lived_in(ctx, h, ends)  # «ويعيش الرئيس هادي في العاصمة السعودية الرياض» (resides.py)
                for src, tgt, subtype in ends:
                    hit = retyped(ctx, h, src, tgt)
                    if (
                        h.cue.type == "member_of"
                        and h.cue.pattern == "modifier"
                        and armed(src)
                        and self.finder.personal(ctx, tgt)
                    ):
                        # «الحرس الجمهوري التابع للمخلوع علي عبدالله صالح»: armed forces that belong to a
                        # person are loyal to him (a movement «التابعة لـ» a leader is in his camp: member_of)
                        hit = replace(h, cue=replace(h.cue, type="loyal_to"))
                    found.append(Found(hit, src, tgt, sent, subtype, keys, others, stems))
                if h.cue.pattern == "title":
                    # «قائد فيلق القدس في الحرس الثوري»: the body is part of the larger one after «في»
                    for body in {id(t): t for _, t, _ in ends}.values():
                        outer = nested_body(ctx, body)
                        if outer is not None:
                            hit = Hit(self.nested, h.first, h.last, None, "")
                            found.append(Found(hit, body, outer, sent, None, keys, frozenset(), stems))
                if ends and h.cue.pattern == "verb" and h.on_first and ends[0][1].last < h.first:
                    ctx.described = (ends[0][1], h.last)
                if ends and h.gap is not None and h.gap[0] <= ends[0][0].first < h.gap[1]:
                    # «انشق قائد عسكري … عن ميليشيات الحوثي، وانضموا إلى الشرعية»: a verb-first clause
                    # whose subject the next verb with و shares
                    ctx.shared = (ends[0][0], h.last)
            if agreeing:
                # «اتفق سالفا كير وزعيم المعارضة رياك مشار على …»: the sides of a verb of agreeing
                for v, a, b in agreeing_pairs(ctx):
                    hit = Hit(self.agreement, v, v, None, "")
                    found.append(Found(hit, a, b, sent, None, keys, frozenset(), stems))
            if headed:
                # «فصائل متشددة …، وعلى رأسها تنظيم الإخوان»: the one at the head of a group is one of it
                for v, member, group in headed_members(ctx):
                    hit = Hit(self.heading, v, v + 1, None, "")
                    found.append(Found(hit, member, group, sent, None, keys, frozenset(), stems))
            if parts:
                # «وفد من المتمردين الحوثيين», «عناصر من حزب الله», «ميليشيات تابعة لـ"المجلس الرئاسي"»
                for v, member, body in partitive_members(ctx):
                    hit = Hit(self.part, v, v, None, "")
                    found.append(Found(hit, member, body, sent, None, keys, frozenset(), stems))
            if residing:
                # «إلى جنوب أفريقيا حيث يعيش مذاك في المنفى»: where the person the sentence is about lives
                for v, person, place in residence_pairs(ctx):
                    hit = Hit(self.residence, v, v, None, "")
                    found.append(Found(hit, person, place, sent, None, keys, frozenset(), stems))
            if forces:
                # «الحوثيين وقوات صالح»: forces named after a person are loyal to him
                if persons is None:
                    persons = person_words(doc)
                for g, troops, person in named_forces(ctx, persons, self.finder.name_units):
                    hit = Hit(self.forces, g, g, None, "")
                    found.append(Found(hit, troops, person, sent, None, keys, frozenset(), stems))
            if rivals:
                # «فايز السراج ومنافسه … المشير خليفة حفتر»: a person and his rival oppose each other
                for g, first, rival in rival_pairs(ctx):
                    hit = Hit(self.rival, g, g, None, "")
                    found.append(Found(hit, first, rival, sent, None, keys, frozenset(), stems))
            for g, first, asked in demand_pairs(ctx) if demands else ():
                found.append(
                    Found(Hit(self.demand, g, g, None, ""), first, asked, sent, None, keys, frozenset(), stems)
                )
            if adverbs:
                # «التحالف الدولي بقيادة أميركية», «القوات السورية بدعم روسي»: the adjective's country
                for g, kind, subtype, adj, actor in adjectival_agents(ctx, self.nationalities, self.actor_nouns):
                    # the masdar cue «دعم» read the adverb as a genitive («بدعم روسي»): this reading replaces it
                    found = _without_cue(found, sent, g)
                    hit = Hit(self.adverbs[kind], g, g, None, "")
                    found.append(Found(hit, adj, actor, sent, subtype, keys, frozenset(), stems))
            if backed:
                # «ميليشيا الحوثي المدعومة إيرانيا»: the adverb's country backs the actor before the participle
                for g, subtype, adj, actor in adverbial_backers(ctx, self.nationalities, self.actor_nouns):
                    hit = Hit(self.backed, g, g + 1, None, "")
                    found.append(Found(hit, adj, actor, sent, subtype, keys, frozenset(), stems))
            if continuing:
                # «إيران ستواصل دعم الحكومة السورية»: the subject supports the masdar's genitive
                for g, subtype, giver, taker in continued_support(ctx):
                    found = _without_cue(found, sent, g)
                    hit = Hit(self.continued, g, g, None, "")
                    found.append(Found(hit, giver, taker, sent, subtype, keys, frozenset(), stems))
            if elected:
                # «من انتخابه رئيسا للعراق»: the pronoun's person heads the body (elected.py)
                for g, holder, body in elected_heads(ctx):
                    found = _without_cue(found, sent, g)
                    found.append(
                        Found(Hit(self.elected, g, g, None, ""), holder, body, sent, None, keys, frozenset(), stems)
                    )
            if joining:
                # «اجتماعات … بمشاركة وزراء … في السودان ومصر وإثيوبيا»: the participants meet each other
                for g, a, b in participant_pairs(ctx):
                    hit = Hit(self.joining, g, g, None, "")
                    found.append(Found(hit, a, b, sent, None, keys, frozenset(), stems))
            if paired:
                # «التقارب السعودي الروسي», «الاتفاق الأمريكي التركي»: the adjectives are the sides (paired.py)
                sides = paired_sides(ctx, self.nationalities)
                for g in {g for g, *_ in sides}:
                    found = _without_cue(found, sent, g)
                for g, kind, a, b in sides:
                    hit = Hit(self.paired[kind], g, g, None, "")
                    found.append(Found(hit, a, b, sent, None, keys, frozenset(), stems))
            if GOVERNMENT in keys:
                if persons is None:
                    persons = person_words(doc)
                for g, head, body in headed_governments(ctx, self.finder.name_units, persons):
                    hit = Hit(self.government, g, g, None, "")
                    found.append(Found(hit, head, body, sent, None, keys, frozenset(), stems))
        # no actor is related to itself, and a particle or a sum of money is no actor («خلافات مع» read from «إلى»)
        found = [
            f
            for f in found
            if not same_actor(f.source, f.target)
            and not particle(f.source)
            and not particle(f.target)
            and not currency(f.source)
            and not currency(f.target)
            and no_interview(f.hit.cue.type, f.source, f.target)
        ]
        out = [self._record(doc, f, n) for n, f in enumerate(found, 1)]
        out.extend(aid_relations(doc, out, vetoed))
        return dedup_relations(out)

    # -- candidates ----------------------------------------------------------------------------------
    def _lead_actor(
        self, doc: Document, sent: Sentence, dedup: list[tuple[int, int, Entity]], places: dict[str, Any]
    ) -> Candidate | None:
        """The actor a sentence is about, for a pronoun at the start of the next one: its first named
        actor that is not inside a prepositional phrase and is no town."""
        keys = token_keys(sent.tokens)
        cands = self.coder.arguments.candidates(doc, sent, keys, dedup, places, set())
        cands = join_heads(doc, sent, keys, cands, set())
        obliques = oblique_starts(sent, keys, cands, [])
        return next(
            (
                c
                for c in cands
                if c.entity is not None
                and not c.after_prep
                and not c.unknown_place
                and c.first not in obliques
                and not is_town(c)
            ),
            None,
        )

    def _record(self, doc: Document, f: Found, n: int) -> dict[str, Any]:
        toks = f.sentence.tokens
        start, end = toks[f.hit.first].core_start, toks[f.hit.last].end
        sources = 2 if f.source.entity is not None else 1
        targets = 2 if f.target.entity is not None else 1
        return {
            "id": f"{doc.article.id}-rel{n}",
            "type": f.hit.cue.type,
            "subtype": f.subtype,
            "source": f.source.ref(),
            "target": f.target.ref(),
            "directed": f.hit.cue.directed,
            "modality": self.modality(f),
            "sentence": doc.text[f.sentence.start : f.sentence.end],
            "evidence": {"text": doc.text[start:end], "start": start, "end": end, "cue": f.hit.cue.source},
            "confidence": round(min(0.95, 0.45 + 0.1 * (sources + targets)), 2),
        }


def _without_cue(found: list[Found], sent: Sentence, g: int) -> list[Found]:
    """``found`` without what the cue at token ``g`` of ``sent`` gave: a rule's own reading of that word
    replaces the cue table's («بدعم روسي» read as an adverb, not as the genitive of «دعم»)."""
    return [f for f in found if not (f.sentence is sent and f.hit.first == g)]
