"""The definite adjectives of an actor noun belong to its candidate: «القوات الأمريكية», «القوات الخاصة الروسية».

A definite actor noun with no name after it («القوات», «الأجهزة», «قوات الأمن») is usually qualified by one or
two definite adjectives: a nationality («القوات التركية», «قوات الأمن المصرية»), a kind of force («القوات
الأمنية», «القوات الجوية», «القوات الخاصة», «القوات المسلحة»). The conventions take the nearest *full* mention
(bench/dev/README-events.md: «القوات الخاصة الروسية», «القوات الحكومية السورية», «قوات الأمن المصرية» as the set
gives them), so the candidate runs over these adjectives instead of stopping at «القوات». An adjective here is a
definite word with no clitic that ends as a nisba or participle («ـية», «ـي», «ـيون», «ـيين») or is one of the few
other adjectives of forces (:data:`FORCE_ADJECTIVES`); at most :data:`MOST` of them, and none that disagrees with
the noun: a masculine nisba after a feminine head, or another case after a sound plural, begins the object («اعتقلت
السلطات المغربية الزفزافي», «هاجم المسلحون الإسرائيليين»). The events and the relations stage share these
candidates (:mod:`marsad.relations.adjectival` reads «القوات السورية بدعم روسي» with the adjective inside).
"""

from __future__ import annotations

from collections.abc import Container

from marsad.events.constructions import CLAUSE_WORDS, NISBA_ENDINGS, TITLES
from marsad.events.lexicon import strip_article
from marsad.model import Token
from marsad.text.normalize import normalize

FORCE_ADJECTIVES = frozenset(strip_article(normalize(w)) for w in ("الخاصة", "المسلحة", "المشتركة"))
"""Definite adjectives of forces that are no nisba: «القوات الخاصة», «القوات المسلحة», «القوات المشتركة»."""
ELATIVES = frozenset(strip_article(normalize(w)) for w in ("الأعلى", "الأدنى", "الأقصى", "الأولى", "الأخرى"))
"""Words in «ى» that fold to a nisba ending but are no adjective of the force: «المجلس الأعلى» is a name of its own."""
NOUNS_IN_YA = frozenset(
    strip_article(normalize(w))
    for w in (
        "المسؤولية العملية الحرية الهوية الجنسية الأولوية الحماية الرعاية الغالبية الأغلبية الأكثرية الأقلية "
        "البداية النهاية الاتفاقية الميزانية الشرعية المباني الأراضي الأهالي الضواحي النواحي المعاني المقاهي "
        "الليالي القاضي المحامي النادي الوادي الماضي"
    ).split()
)
"""Nouns with a nisba ending, never an adjective of the force: the object after the subject («نحمل الحكومة
المسؤولية», «قصف الجيش المباني»), a broken plural («الأراضي»), «الشهر الماضي» after a counted noun."""
MOST = 2
"""Adjectives taken at most («القوات الخاصة الروسية»)."""


def adjectives_end(
    tokens: list[Token],
    keys: list[str],
    first: int,
    last: int,
    covered: Container[int],
    triggers: Container[int],
    nouns: Container[str] = frozenset(),
) -> int:
    """The last token of the definite adjectives right after the actor noun ``first``..``last`` (``last`` itself
    when there are none; a title's are left to its office): words no other candidate or trigger covers, with the
    article and no clitic, of a nisba ending or in :data:`FORCE_ADJECTIVES`, agreeing with the noun, neither in
    :data:`NOUNS_IN_YA` nor an actor noun of ``nouns`` (keys)."""
    end = last
    head = keys[first]
    if head in TITLES:
        return end  # «الرئيس اليمني رئيس الوزراء خالد بحاح»: a title's office and name are joined by title_chains
    # «قوات الجيش اليمني»: the adjective may agree with the genitive
    feminine = head.endswith(("ه", "ات")) and keys[last].endswith(("ه", "ات"))
    for n in range(last + 1, min(last + 1 + MOST, len(tokens))):
        tok = tokens[n]
        if n in covered or n in triggers or tok.prefix or not tok.core.startswith("ال") or len(tok.core) < 5:
            break
        if keys[n] in CLAUSE_WORDS:
            break
        if not (keys[n].endswith(NISBA_ENDINGS) or keys[n] in FORCE_ADJECTIVES) or keys[n] in ELATIVES:
            break
        if keys[n] in NOUNS_IN_YA or keys[n] in nouns:
            break  # a noun of its own: «قصف الجيش الأهالي» (an actor noun ``nouns`` names)
        if feminine and keys[n].endswith(("ي", "يون", "يين")):
            break  # «واعتقلت السلطات المغربية الزفزافي»: a masculine nisba after a feminine head is no adjective of it
        if (head.endswith("ون") and keys[n].endswith("يين")) or (head.endswith("ين") and keys[n].endswith("يون")):
            break  # «هاجم المسلحون الإسرائيليين»: the case differs, the object begins
        end = n
    return end
