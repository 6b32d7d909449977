"""Clashes that are a protest turned violent (PROTEST/riot), not an armed battle.

The set codes the clashes of protesters with the police or the army as the protest itself, PROTEST/riot (README-events:
the Tehran dervishes' protest that turned into clashes, d149; the Gaza border «اشتباكات»/«مواجهات» of the return
marches; «أي اشتباكات» at the Gaza protests). The ``near=`` PROTEST entry of «مواجهات» sees a protest word within
five words only, and «اشتباكات»/«صدامات» have no PROTEST entry: «المسؤولية عن أي اشتباكات» in a sentence on the
protests, and «جماعة صوفية خاضت مواجهات في العاصمة مع قوات الأمن» in a story whose protest an earlier sentence told,
came out as armed clashes.

:func:`riot` retypes a clash noun as PROTEST/riot when its sentence names a protest or protesters, or an earlier
sentence of the document told a demonstration or a riot (:data:`PROTEST_STORY` in the document's ``licensed`` set,
noted by :func:`protest_story`, or a document using protest words twice, :func:`protest_document`), and nothing in
its sentence speaks of an armed side or of weapons (gunmen, militias, fighters, organisations, jihadist or extremist
groups, shelling, rockets: «اشتباكات بين قوات الأمن ومسلحين» stays a battle).
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.events.lexicon import Trigger, strip_article, word_keys
from marsad.events.mention import EventMention, token_keys
from marsad.model import Document

PROTEST_STORY = "story:protest"
"""The mark a told demonstration or riot leaves in a document's ``licensed`` set (beside the entries' sources)."""
CLASHES = word_keys("اشتباك اشتباكات مواجهة مواجهات صدامات صدام")
"""Clash nouns (as keys: no article, no clitic)."""
RIOT_ACTS = word_keys("اقتحام إحراق حرق")
"""Nouns of what protesters do when a protest turns violent: storming («محاولات لاقتحام مقرات إدارية» after «استمرت
الاحتجاجات»), burning («مئات من المتظاهرين … وأقدم بعضهم على إحراق»). A riot only in a protest's own sentence (the
burning of a house by settlers in a story of protests stays an attack)."""
PROTEST_WORDS = word_keys(
    "احتجاج احتجاجات احتجاجا احتجاجية الاحتجاجية متظاهر متظاهرين متظاهرون المتظاهرين المتظاهرون محتجين محتجون "
    "المحتجين المحتجون مظاهرة مظاهرات تظاهرة تظاهرات التظاهرات المظاهرات المشيعين مشيعين"
)
"""Words of a protest or of protesters in the clash's sentence (not «مسيرة/مسيرات», also drones: «طائرة مسيرة»)."""
ARMED = word_keys(
    "مسلح مسلحين مسلحون المسلحين المسلحون مسلحة ميليشيا ميليشيات مليشيا مليشيات الميليشيات المليشيات "
    "مقاتلين مقاتلون المقاتلين مقاتلي فصائل الفصائل فصيل تنظيم التنظيم عناصر إرهابيين الإرهابيين إرهابية "
    "متمردين المتمردين متمردون الحوثيين الحوثي داعش القاعدة قذائف صواريخ غارات قصف مدفعية رشاشة الأسلحة أسلحة "
    "بالأسلحة جهادية جهاديين الجهاديين جهاديون متطرفة متطرفين المتطرفين مجموعات المجموعات جماعات الجماعات"
)
"""Words of an armed side or of heavy weapons: a clash beside them is a battle."""
RIOT_MODES = frozenset(("demonstrate", "riot", None))
STORY_WORDS = 2
"""Protest words a document needs to be a protest's story."""


def protest_story(found: Iterable[EventMention]) -> set[str]:
    """:data:`PROTEST_STORY` when one of a sentence's mentions is a demonstration or a riot (not a strike)."""
    if any(m.entry.plover_type == "PROTEST" and m.entry.plover_mode in RIOT_MODES for m in found):
        return {PROTEST_STORY}
    return set()


def protest_document(doc: Document) -> set[str]:
    """:data:`PROTEST_STORY` when :data:`PROTEST_WORDS` occur :data:`STORY_WORDS` times in the document: the
    clashes of a lead may come before the protest is named («هدد نتنياهو … بعد الاشتباكات الأخيرة على الحدود» …
    «ويطالب المحتجون في غزة بالعودة»)."""
    seen = 0
    for sent in doc.sentences:
        for key in token_keys(sent.tokens):
            if key in PROTEST_WORDS:
                seen += 1
                if seen >= STORY_WORDS:
                    return {PROTEST_STORY}
    return set()


def riot(entry: Trigger, keys: list[str], i: int, licensed: set[str] | None) -> Trigger:
    """The PROTEST/riot reading of the ASSAULT clash noun at ``i`` in a protest's sentence or story, or of a storming
    or burning noun (:data:`RIOT_ACTS`) in a protest's sentence (see the module docstring); otherwise ``entry`` as it
    is."""
    if entry.plover_type != "ASSAULT" or entry.pos != "noun" or (keys[i] not in CLASHES and keys[i] not in RIOT_ACTS):
        return entry
    bare = {strip_article(k) for k in keys}
    if bare & ARMED:
        return entry
    if keys[i] in RIOT_ACTS:
        if not bare & PROTEST_WORDS:
            return entry  # a storming or a burning is the protest's only where the sentence tells the protest
    elif not (bare & PROTEST_WORDS) and (licensed is None or PROTEST_STORY not in licensed):
        return entry
    return Trigger(
        entry.words, entry.pos, "PROTEST", "riot", "Riots", "Violent demonstration", entry.needs, entry.source
    )
