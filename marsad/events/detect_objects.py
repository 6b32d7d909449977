"""Detection: what a trigger's object or neighbour shows is no event of the story.

Predicates read by :class:`marsad.events.triggers.TriggerFinder` after a trigger word is found, each one a
construction of Arabic news writing in which the word names no act:

* «اشتباك كلامي», «هجوم إلكتروني», «تراجع الدولار», «اجتاحت موجة من الحر»: words, markets and weather fight no one
  (:data:`NOT_ARMED`); «دعم المشاريع الصغيرة», «رفع الدعم»: economic backing and subsidies (:data:`ECONOMY`,
  :data:`SUBSIDY_CUTS`);
* «اعتداء على حرية الدفاع»: an attack on something abstract (:func:`abstract_object`); «واعتبرته اعتداء»: a word
  judging an act told before (:data:`DEEMING`);
* «الانسحاب من الاتفاق النووي»: leaving a treaty or a contest (:func:`treaty_exit`);
* «التنظيم الذي سيطر على مناطق واسعة»: vague land a group holds (:func:`vague_holding`); «سيطر رجال الإطفاء على
  الحريق»: no land at all (:func:`not_land`);
* «انتقاد الاتفاق»: the agreement as a topic, with no word of its making (:func:`topic_agreement`);
* «التحالف لدعم الشرعية»: the coalition's name (:func:`coalition_name`);
* «قال في اتصال هاتفي مع الوكالة», «اجتماع مع كيري لبحث الاتفاق»: the channel of a statement or the purpose of a
  meeting (:func:`not_consultation`); «الفصائل التي تدعمها تركيا»: a group described by its backer
  (:func:`describing`).

Moved out of :mod:`marsad.events.triggers` unchanged (the event benchmark gives the same output).
"""

from __future__ import annotations

from itertools import pairwise

from marsad.events.constructions import FROM_ABOUT, ON
from marsad.events.lexicon import strip_article, word_keys
from marsad.model import Token
from marsad.text.normalize import normalize

MAKING = frozenset(
    strip_article(normalize(w))
    for w in (
        "وقع وقعت وقعته وقعتها وقعه وقعها الموقع الموقعة توقيع التوقيع أبرم أبرمت أبرمته أبرمتها المبرم "
        "توصل توصلت توصلوا التوصل توصلا يقضي تقضي ينص تنص نص اتفق اتفقت إبرام أبرمه "
        "المعلنة معلنة سريان سريانها يشمل تشمل شمل شملت يتضمن تتضمن تضمن تضمنت بنود بند تم جرى"
    ).split()
)
"""Words that tell an agreement's making, terms or force: «الاتفاق النووي الذي وقعته القوى», «التوصل إلى الاتفاق»,
«إن الاتفاق يشمل وقفا لإطلاق النار», «يتضمن الاتفاق فتح الممرات», «تم الاتفاق على وضع الأسس» (the passive of
reaching it),
«الهدنة الإنسانية المعلنة», «بدء سريان الهدنة».
Without one near it, «الاتفاق» with the article is the document as a topic («المخاوف الناتجة عن الاتفاق
النووي», «انتقاد الاتفاق», «الانسحاب من الاتفاق»), no agreement reached in the story."""
YEAR_LIKE = 1900
CONSENTING = word_keys("موافقة الموافقة")
"""«أخطأتم بالموافقة على الاتفاق»: consenting is an act, never a document read as a topic."""
RELATIVES = word_keys("التي الذي اللتين اللذين")
DECLARING = word_keys(
    "أمرت أمر أعلنت أعلن أعلنتها أعلنته أعلنها أعلنه فرضت فرض فرضتها فرضها أقرت أقر أقرها أقرته رعته رعتها رعاه رعاها "
    "ترعاها يرعاها"
)
"""«الهدنة التي أمرت بها روسيا», «الهدنة التي أعلنتها موسكو», «الاتفاق الذي رعته الأمم المتحدة»: a truce or
deal someone declared, imposed or brokered is one that was made (the relative clause right after the noun)."""
DECLARED_SPAN = 3


def declared_after(keys: list[str], last: int) -> bool:
    """A relative pronoun right after the agreement noun (an adjective may stand between) followed by a verb of
    declaring or imposing it (:data:`DECLARING`)."""
    for j in range(last + 1, min(len(keys) - 1, last + DECLARED_SPAN)):
        if keys[j] in RELATIVES:
            return keys[j + 1] in DECLARING
    return False


STARTED_OR_DENIED = word_keys("بدء بداية نفى نفت ينفي تنفي نفوا ينفون نفي")
"""Words right before an agreement that tell it began or was denied: «منذ بدء الهدنة» (a truce in force),
«خرج فصيل جيش الإسلام لينفي الاتفاق» (an agreement denied is still one reported), not a topic."""

TREATIES = frozenset(
    strip_article(normalize(w))
    for w in (
        "اتفاق اتفاقية اتفاقيات معاهدة معاهدات صفقة سباق السباق الانتخابات انتخابات البطولة بطولة المنافسة "
        "المسابقة مسابقة الترشح"
    ).split()
)
"""What one leaves without moving troops: a treaty, a race, an election, a contest («انسحب المرشح من السباق»)."""


def treaty_exit(keys: list[str], last: int) -> bool:
    """The withdrawal is from an agreement or a contest: «انسحبت واشنطن من الاتفاق», «الانسحاب من معاهدة حظر
    الأسلحة», «انسحب النادي من البطولة» (the subject may stand before «من»)."""
    for j in range(last + 1, min(len(keys) - 1, last + 4)):
        if keys[j] in FROM_ABOUT:
            return keys[j + 1] in TREATIES
        if not keys[j][:1].isalpha():
            return False
    return False


NOT_ARMED = frozenset(
    strip_article(normalize(w))
    for w in (
        # words, not arms
        "كلامي كلامية كلاميا لفظي لفظية لفظيا إلكتروني إلكترونية الكتروني الكترونية سيبراني سيبرانية "
        # currencies, prices and markets
        "الدولار اليورو الجنيه الريال الدينار الدرهم الليرة العملة العملات المؤشر مؤشر الأسعار أسعار الأسهم "
        "أسهم البورصة الذهب الإنتاج الصادرات الواردات التضخم الاقتصاد النمو المبيعات الأرباح المستثمرين "
        "المستثمرون "
        # weather, disease and hardship
        "موجة عاصفة السيول سيول الأمطار أمطار الفيضانات فيضانات الحر البرد الجفاف الوباء وباء فيروس الجراد "
        "الغلاء"
    ).split()
)
"""The word right after an attack, a siege or a retreat (its adjective or its subject) that shows it is no armed
act: a verbal clash, a cyber attack, a market's fall, a wave of heat. «سوق» is not listed: a market is a place that
shells hit."""
NOT_FORCES = frozenset(
    strip_article(normalize(w))
    for w in "التأييد الدعم المساندة الجهود الأصوات الرأي الطاقات الإمكانات الموارد التمويل الأموال الخبرات".split()
)
"""What a verb of massing gathers when it is no force («لحشد التأييد للاتفاق», «حشد الجهود الدولية», «حشد
الدعم»): backing, effort or money rallied, no troops or supporters brought out."""


def unarmed(plover_type: str, key: str) -> bool:
    """The word right after an attack, a siege, a retreat or a massing shows no armed act (:data:`NOT_ARMED`;
    for MOBILIZE also :data:`NOT_FORCES`)."""
    return key in NOT_ARMED or (plover_type == "MOBILIZE" and key in NOT_FORCES)


ECONOMY = frozenset(
    strip_article(normalize(w))
    for w in (
        "المشاريع مشاريع المشروعات مشروعات الاقتصاد الاستثمار الاستثمارات المحروقات الوقود الخبز السلع الصادرات "
        "الشركات المنتجات الأسعار الطاقة الكهرباء المزارعين الفلاحين الأسر الطلاب البحث الابتكار"
    ).split()
)
"""What economic backing goes to («دعم المشاريع الصغيرة», «دعم الصادرات»): no political support, no aid of war."""
SUBSIDY_CUTS = word_keys("رفع إلغاء تقليص خفض ترشيد")
"""«رفع الدعم عن المحروقات»: «الدعم» after these is a subsidy."""
ABSTRACT = frozenset(
    strip_article(normalize(w))
    for w in (
        "حرية الحرية الحريات حقوق الحقوق حق السيادة سيادة كرامة الكرامة القانون الدستور الديمقراطية الملاحة "
        "القيم الثوابت الشرعية"
    ).split()
)
"""What an «اعتداء على» that hits no one is against: a freedom, a right, sovereignty, the law, navigation."""
DEEMING = frozenset(
    strip_article(normalize(w)) for w in "اعتبر اعتبرت اعتبره اعتبرته اعتبروه واعتبره يعتبر تعتبر وصفه وصفته".split()
)
"""«واعتبرته اعتداء على حرية الدفاع»: the attack noun is what an act told before is judged to be."""

VAGUE_LAND = word_keys("مناطق مساحات أجزاء أراض أراضي")
VAST = word_keys("واسعة كبيرة شاسعة")


def vague_holding(keys: list[str], last: int) -> bool:
    """A takeover of «مناطق واسعة», «مساحات كبيرة من الأراضي»: what a group holds, told as its description
    (no town, no date: no takeover of the story)."""
    window = keys[last + 1 : last + 5]
    return any(k in VAGUE_LAND and n in VAST for k, n in pairwise(window))


NOT_LAND = frozenset(
    strip_article(normalize(w))
    for w in "حريق الحريق حرائق الحرائق النيران نيران ألسنة الوضع الأوضاع الأسعار الأسواق التضخم الأمور الموقف".split()
)
"""What firemen or a government get under control («سيطر رجال الإطفاء على الحريق», «السيطرة على الأسعار»):
no territory is taken."""


def not_land(keys: list[str], last: int) -> bool:
    """The object of a takeover (the two words after its «على», which its subject may stand before) is a fire,
    prices or a situation (:data:`NOT_LAND`)."""
    for j in range(last, min(len(keys), last + 6)):
        if keys[j] in ON:
            return any(k in NOT_LAND for k in keys[j + 1 : j + 3])
    return False


def abstract_object(keys: list[str], last: int) -> bool:
    """The object after the attack's «على» (within two words: «المتكرر على») is abstract (:data:`ABSTRACT`)."""
    for j in range(last + 1, min(len(keys), last + 3)):
        if keys[j] in ON:
            return any(k in ABSTRACT for k in keys[j + 1 : j + 3])
    return False


def topic_agreement(tokens: list[Token], keys: list[str], i: int, last: int) -> bool:
    """«الاتفاق» with the article (or after a demonstrative) and no word of its making or terms
    (:data:`MAKING`) nor a year near it is the document as a topic, not an agreement reached."""
    definite = tokens[i].core.startswith("ال")
    if not definite:
        return False
    if i > 0 and keys[i - 1] in STARTED_OR_DENIED:
        return False
    if keys[i] in CONSENTING or declared_after(keys, last):
        return False
    window = keys[max(0, i - 3) : i] + keys[last + 1 : last + 8]
    if any(k in MAKING for k in window):
        return False
    return not any(k.isdigit() and len(k) == 4 and int(k) >= YEAR_LIKE for k in window)


COALITION = frozenset(strip_article(normalize(w)) for w in ("التحالف", "تحالف", "تحالف_دعم_الشرعية"))
LEGITIMACY = frozenset(strip_article(normalize(w)) for w in ("الشرعية", "الشرعيه"))


def coalition_name(keys: list[str], i: int, last: int) -> bool:
    """The trigger at ``i`` («دعم», «استعادة») is inside the name of the Saudi-led coalition: «التحالف لدعم
    الشرعية», «تحالف دعم الشرعية», «قوات التحالف العربي لاستعادة الشرعية» (the noun is followed by «الشرعية»
    and preceded, within two words, by «التحالف»)."""
    if last + 1 >= len(keys) or keys[last + 1] not in LEGITIMACY:
        return False
    return any(keys[j] in COALITION for j in range(max(0, i - 2), i))


CONTACT = frozenset(strip_article(normalize(w)) for w in ("اتصال", "الاتصال"))
PURPOSE_TALKS = frozenset(strip_article(normalize(w)) for w in ("بحث", "مناقشة", "تباحث", "التباحث", "البحث"))
IN_WORD = normalize("في")
INTERVIEW = frozenset(strip_article(normalize(w)) for w in ("لقاء", "لقاءات", "مقابلة", "مقابلات"))
MEDIA = frozenset(
    strip_article(normalize(w))
    for w in "وسائل الصحفيين الصحافيين الإعلاميين صحيفة الصحف قناة وكالة التلفزيون إذاعة المراسلين".split()
)
"""Media met in an interview («لقاء … مع بعض وسائل الإعلام»; not «الإعلام» alone: «لقاء مع وزير الإعلام»)."""
MEDIA_SPAN = 9
"""Words after «لقاء/مقابلة» in which the media may stand («في لقاء جمعه مساء أول من أمس مع بعض وسائل الإعلام»)."""
DONE = normalize("تم")
BY_HIM = frozenset(normalize(w) for w in ("به", "بها", "بهم", "بهما"))


CONGRESS = normalize("مؤتمر")
BODY_HEADS = frozenset(normalize(w) for w in "رئيس نائب عضو أعضاء حزب رئاسة قيادات قيادي أمانة أمين".split())
"""Words before «المؤتمر» that make it a body (a party, an elected assembly) and not a conference held."""


MEETINGS = frozenset(strip_article(normalize(w)) for w in ("اجتماع", "لقاء", "اجتماعه", "لقائه"))
VENUE = frozenset(normalize(w) for w in ("خلال", "في", "أثناء", "اثناء"))
OWN_BODY = frozenset(
    strip_article(normalize(w))
    for w in "الحكومة حكومته حكومتها لحزبه حزبه لحزبها حزبها كتلته لكتلته أنصاره لأنصاره".split()
)
"""The side's own body right after a meeting («اجتماع الحكومة الأسبوعي», «لقاء لحزبه», «اجتماع مع حكومته»)."""
CABINET = (strip_article(normalize("مجلس")), strip_article(normalize("الوزراء")))
WITH = normalize("مع")
SPEECH = frozenset(
    strip_article(normalize(w))
    for w in "قال قالت وقال وقالت أكد أكدت وأكد وأكدت صرح صرحت أضاف أضافت وأضاف وأضافت أعلن أعلنت وأعلن".split()
)


def own_body_meeting(keys: list[str], i: int) -> bool:
    """«وقال نتنياهو خلال اجتماع الحكومة الأسبوعي», «وقال أردوغان خلال لقاء لحزبه في البرلمان», «وأكد خلال اجتماع
    مجلس الوزراء»: the meeting is the venue of a speech (a word of saying, its subject and «خلال/في» before it) and
    one side's own (its body the first word after it, or after «مع»): no two parties consult. «خلال لقائه رئيس
    الحكومة» (the head of another government met) is a meeting."""
    if keys[i] not in MEETINGS or i < 2 or keys[i - 1] not in VENUE:
        return False
    if not any(k in SPEECH for k in keys[max(0, i - 5) : i - 1]):
        return False
    j = i + 1
    if j < len(keys) and keys[j] == WITH:
        j += 1
    if j >= len(keys):
        return False
    return keys[j] in OWN_BODY or (keys[j] == CABINET[0] and j + 1 < len(keys) and keys[j + 1] == CABINET[1])


def not_consultation(tokens: list[Token], keys: list[str], i: int) -> bool:
    """A consultation word that is no event: the channel of a statement («قال في اتصال هاتفي مع الوكالة», «في لقاء
    مع وسائل الإعلام»: an interview) or the purpose of a meeting named before it («اجتماع مع كيري لبحث الاتفاق»)."""
    if keys[i] in CONTACT and i > 0 and keys[i - 1] == IN_WORD:
        return True
    if keys[i] in CONTACT and i > 0 and keys[i - 1] == DONE and i + 1 < len(keys) and keys[i + 1] in BY_HIM:
        return True  # «مسؤول في الجيش تم الاتصال به»: a source the agency reached
    if keys[i] in INTERVIEW and any(k in MEDIA for k in keys[i + 1 : i + 1 + MEDIA_SPAN]):
        return True  # «قال في لقاء جمعه مع بعض وسائل الإعلام», «مقابلة مع الصحفيين»: an interview
    if own_body_meeting(keys, i):
        return True  # «وقال نتنياهو خلال اجتماع الحكومة الأسبوعي»: a speech's venue, one side's own meeting
    if keys[i].startswith(CONGRESS) and i > 0 and keys[i - 1] in BODY_HEADS:
        return True  # «نائب رئيس المؤتمر الوطني العام», «حزب المؤتمر»: a party or an assembly as a body
    return keys[i] in PURPOSE_TALKS and "ل" in tokens[i].prefix and not tokens[i].core.startswith("ال")


def describing(tok: Token) -> bool:
    """An imperfect verb with an object pronoun («تدعمها», «يدعمهم»): in «الفصائل التي تدعمها تركيا» it
    describes a group by its backer."""
    core = tok.core
    return core[:1] in ("ي", "ت") and (bool(tok.suffix) or core.endswith(("ها", "هم", "هما")))
