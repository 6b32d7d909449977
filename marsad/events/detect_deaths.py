"""Detection: a death noun («مصرع», «مقتل») in a sentence about an accident or a disaster is no attack; «استشهد ب»
that cites something is no death.

«مصرع» and «مقتل» are the toll of an attack in war reporting («أسفرت المعارك عن مصرع 38 عنصرا», «أكدت المصادر
مصرع قيادي حوثي»); their entries in triggers.tsv are ``alone`` (no mention beside the attack that caused the
deaths). The same nouns tell deaths on the road, in floods, fires and collapses («مصرع خمسة أشخاص في حادث تصادم»,
«أسفرت الأمطار الغزيرة عن مصرع سبعة أشخاص», «أدى الحادث إلى مصرع جميع ركاب الطائرة»), which the set does not
annotate. :func:`accidental_death` drops the noun where a word of accident or disaster stands in its sentence,
and «مصرع» with a pronoun, the idiom «لقي مصرعه» (he died).
Read by :meth:`marsad.events.triggers.TriggerFinder.find`.
"""

from __future__ import annotations

from marsad.events.lexicon import Trigger, word_keys
from marsad.model import Token

DEATH_NOUNS = word_keys("مصرع مقتل")
"""The keys of the death nouns this test applies to."""

MET_DEATH = next(iter(word_keys("مصرع")))
"""«مصرع» with a pronoun is the idiom «لقي مصرعه» (he died), no mention of its own."""

ACCIDENT = word_keys(
    "حادث حادثة حوادث تصادم اصطدام انقلاب مروري المرور سير السير غرق الغرق حريق حرائق الحريق أمطار الأمطار سيول "
    "السيول فيضانات الفيضانات زلزال الزلزال انهيار صعق تسمم اختناق انزلاق عاصفة إعصار موجة"
)
"""Words of accident or disaster («حادث تصادم», «السيول», «انهيار مبنى»). «حادث» also names an attack («حادث
إرهابي»): there the attack word itself is the trigger, and the toll beside it would be dropped as ``alone`` anyway."""


def accidental_death(entry: Trigger, keys: list[str], i: int) -> bool:
    """Whether the death noun at ``i`` (an ASSAULT entry of :data:`DEATH_NOUNS`) stands in a sentence of an
    accident or a disaster (``keys``: the sentence's token keys)."""
    if entry.words or entry.plover_type != "ASSAULT":
        return False
    if keys[i].startswith(MET_DEATH) and keys[i] != MET_DEATH:
        # «لقوا مصرعهم»: the idiom of dying, a toll whose cause the story tells beside it
        return True
    if keys[i] not in DEATH_NOUNS:
        return False
    return any(k in ACCIDENT for k in keys)


MARTYRDOM = "استشه"
"""The first letters of «استشهد/استشهاد» (martyred, martyrdom), which also means citing: «واستشهد الوفد السويدي بما قاله
مدير عام المنظمة», «أمعن في الاستشهاد بفلسفة المعتزلة», «استشهد تقرير بوجود خلافات داخلية»."""

CITED = word_keys(
    "ما قول قوله أقوال كلام كلمات آية آيات حديث أحاديث تصريح تصريحات تقرير تقارير وجود مثال أمثلة فلسفة دراسة "
    "دراسات أرقام إحصاءات إحصائيات بيانات أبيات بيت شعر نص نصوص مقولة مقطع وثيقة وثائق رأي آراء حالة حالات تجربة"
)
"""What a speaker cites after ب («بما قاله», «بقول», «بآية», «بتقرير»); a martyr's ب-word is the weapon
(«برصاص», «بنيران», «بقصف»)."""

CITED_SPAN = 4
"""Tokens after the verb in which its ب-object may stand (past the subject: «واستشهد الوفد السويدي بما»)."""


def citing(entry: Trigger, tokens: list[Token], keys: list[str], i: int) -> bool:
    """The martyrdom word at ``i`` is «استشهد ب» in the sense of citing something (no death)."""
    if entry.plover_type != "ASSAULT" or not keys[i].startswith(MARTYRDOM):
        return False
    for k in range(i + 1, min(len(tokens), i + 1 + CITED_SPAN)):
        if "ب" in tokens[k].prefix:
            return keys[k] in CITED
        if tokens[k].core == tokens[k].norm and tokens[k].norm.startswith("ب") and tokens[k].norm[1:] in CITED:
            return True  # «بما», which the tokenizer keeps whole
    return False
