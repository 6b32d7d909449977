"""Names that stand for an actor, not for where the event happened: a group's branch and a capital's government.

Armed groups are named with the country or the region of their branch: «تنظيم القاعدة في شبه جزيرة العرب»,
«داعش في غرب أفريقيا», «تنظيم الدولة الإسلامية في سوريا», «القاعدة في بلاد المغرب الإسلامي». After an event
(«الهجوم الذي نفذه … أعضاء من تنظيم داعش في غرب أفريقيا قاعدة في قرية زاري», «عملية عسكرية ضد تنظيم داعش في
سورية وضد متمردي حزب العمال في شمال العراق», «نسب المصدر الهجوم إلى تنظيم القاعدة في شبه جزيرة العرب») such a
phrase describes the actor or the target; the set leaves the event's place to the town or the facility named
elsewhere in the clause, or empty. A town after the group («القاعدة في مدينة المكلا», «القاعدة في درنة») is where
it acts and stays a place.

A national capital named without a preposition of place stands for its government, as a country does
(«أعلنت واشنطن وأنقرة», «وسمحت الدوحة بنشر قوات», «اتفاق مع بروكسل», «بين الدوحة وأنقرة»), unless a place word or
a word of direction comes before it («العاصمة القطرية الدوحة», «من كابول») or it follows the event noun («قمة
بغداد», «محاصرة صنعاء»). Called by :func:`marsad.events.location.locate`, which drops these candidates.
"""

from __future__ import annotations

from marsad.events.constructions import IMPERFECT
from marsad.events.lexicon import strip_article
from marsad.events.mention import Candidate
from marsad.model import Token
from marsad.text.normalize import normalize

GROUP_KEYS = frozenset(strip_article(normalize(w)) for w in "داعش الإسلامية الاسلامية".split())
"""Last words of the names of the groups whose branches are named by a country or a region («تنظيم داعش في»,
«الدولة الإسلامية في»). «القاعدة» also means a base («القاعدة العسكرية في»): it counts only after «تنظيم». Other
groups named before a place («مواقع لجبهة النصرة في شمال سوريا», «حزب العمال الكردستاني في شمال العراق») are
mostly located there: the set takes the place as the event's."""
BASE_OR_GROUP = strip_article(normalize("القاعدة"))
ORGANISATION = strip_article(normalize("تنظيم"))
IN_WORD = normalize("في")
MARKS = frozenset("\"“”«»'’‘()")
WIDE = frozenset(("country", "region", "natural"))
"""Gazetteer features of a place wide enough to name a branch (not a city, a district or a facility)."""


def group_branches(every: list[Candidate], toks: list[Token], keys: list[str]) -> list[Candidate]:
    """The candidates of the sentence that name a group's branch (:func:`group_branch`), with the places joined to
    them by «و» («تنظيم الدولة الإسلامية في العراق والشام»)."""
    out = [c for c in every if group_branch(c, toks, keys)]
    for b in list(out):
        out += [c for c in every if c.first == b.last + 1 and "و" in toks[c.first].prefix and c.place is not None]
    return out


def group_branch(c: Candidate, toks: list[Token], keys: list[str]) -> bool:
    """``c`` is a country or a region right after «في» that follows a group's name (past a closing quote):
    «تنظيم داعش في سورية», «القاعدة» في اليمن», «تنظيم القاعدة في شبه جزيرة العرب»."""
    if c.place is None:
        return False
    j = c.first - 1
    while j >= 0 and keys[j] in DIRECTIONS:
        j -= 1  # «داعش في غرب أفريقيا»
    if c.place.feature not in WIDE and not (
        c.place.feature == "unknown" and (j < c.first - 1 or keys[c.first] in DIRECTIONS)
    ):
        return False  # a town («القاعدة في درنة»); a name the gazetteer does not know only with a region's word
    if j < 1 or keys[j] != IN_WORD:
        return False
    j -= 1
    while j >= 0 and toks[j].text in MARKS:
        j -= 1
    if j < 0:
        return False
    if not (keys[j] in GROUP_KEYS or (keys[j] == BASE_OR_GROUP and _named_group(toks, keys, j))):
        return False
    # «مواقع لتنظيم داعش في سوريا», «معسكرات الدولة الإسلامية في العراق»: the place locates the positions
    k = j - 1
    while k >= 0 and (keys[k] in NAME_PARTS or toks[k].text in MARKS):
        k -= 1
    # an imperfect verb with an object pronoun («يشنها», «تنفذها»): the group after it is its subject, and the place
    # after the group tells where it acts
    if k >= 0 and toks[k].suffix and toks[k].core[:1] in IMPERFECT:
        return False  # «الهجمات التي يشنها تنظيم "الدولة الإسلامية" في سوريا»: the group acts there
    return not (k >= 0 and keys[k] in POSITIONS)


def _named_group(toks: list[Token], keys: list[str], j: int) -> bool:
    """«القاعدة» at ``j`` names the group, not a base: after «تنظيم» or in quotes («إلا أن «القاعدة» في اليمن»)."""
    return (j > 0 and keys[j - 1] == ORGANISATION) or (j + 1 < len(toks) and toks[j + 1].text in MARKS)


NAME_PARTS = frozenset(strip_article(normalize(w)) for w in "تنظيم دولة الدولة".split())
POSITIONS = frozenset(
    strip_article(normalize(w))
    for w in "مواقع موقع معسكرات معسكر مقرات مقر أهداف اهداف تجمعات تمركزات معاقل معقل مخابئ عناصر مقاتلي".split()
)
"""Nouns of positions and fighters before the group: the place after the group locates them («مواقع لداعش في
سوريا»), so it may be the event's."""


DIRECTIONS = frozenset(
    strip_article(normalize(w)) for w in "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط شبه بلاد".split()
)
"""Words before the region of a branch («في غرب أفريقيا», «في شبه جزيرة العرب», «في بلاد المغرب»)."""


def government(c: Candidate, keys: list[str], last: int, kind: str, place_words: frozenset[str]) -> bool:
    """A country, or a national capital standing for its government, named without a preposition of place (the
    caller checks that); ``last`` ends the trigger of a mention of type ``kind``, ``place_words`` are the words
    of a place or a town («مدينة», «العاصمة»)."""
    if c.place is None:
        return False
    if c.place.feature == "country":
        return True
    if not c.place.capital:
        return False
    before = [k for k in keys[max(0, c.first - 3) : c.first] if k not in MARKS and k != "#"][-2:]
    if before and (before[-1] in CAPITAL_STAYS or any(k in place_words for k in before)):
        return False  # «العاصمة القطرية الدوحة», «للعاصمة #صنعاء», «من كابول»
    if c.first == last + 1:
        return False  # «قمة بغداد», «مباحثات القاهرة», «محاصرة صنعاء»: the event's own place or object
    return not (kind in ("ASSAULT", "COERCE") and 0 < c.first - last <= 2)


CAPITAL_STAYS = frozenset(
    normalize(w) for w in "من منها منه إلى الى نحو اتجاه صوب شوارع شارع أحياء احياء ضواحي أطراف اطراف ريف مطار".split()
)
"""Words after which a capital is a place, not its government («من كابول», «باتجاه الرياض», «شوارع فيلنيوس»)."""
