"""Detection: a bare «عملية/العملية» names a military operation only where nothing makes it another process.

News tells an armed operation with the bare noun once the story is about fighting: «مقتل 14 مقاتلا متمردا في
عملية للقوات الخاصة», «وأدت العملية لأسر 4 حوثيين», «في إطار عملية "غصن الزيتون"». The conventions count such a
noun as a mention of the operation (bench/dev/README-events.md, "Conventions settled for future annotation"); the
entries of triggers.tsv ask for a word of fighting near it (forces, armed men, a toll). The same noun is also every
other process of the news: «العملية السياسية», «عملية السلام», «عملية جراحية», «عملية البيع», and part of the
names of commands and rooms («غرفة العمليات», «قيادة العمليات المشتركة»). :func:`not_operation` drops the bare
noun there:

* the word after it is a genitive or an adjective of a civil process («العملية الانتخابية», «عملية تبادل الأسرى»);
* the word after it is an event word of its own («عملية القصف», «عملية صد الهجوم», «عملية اعتقال»): that word is
  the trigger, the operation only frames it;
* a definite word after it that is no adjective of fighting («العملية التعليمية»; «العملية العسكرية» has its own
  entry);
* the word before it makes it part of a name or an office («غرفة العمليات», «مسرح العمليات», «قائد العملية»).

Read by :meth:`marsad.events.triggers.TriggerFinder.find`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.lexicon import Trigger, strip_article, word_keys
from marsad.model import Token

OPERATION = word_keys("عملية عمليات عمليتين عمليتان")
"""The keys of the operation noun (its entries of triggers.tsv)."""

CIVIL = word_keys(
    "سياسية سلام سلمية انتخابية انتخاب انتخابات اقتراع تصويت فرز انتقالية انتقال تحول ديمقراطية دستورية "
    "إصلاح إصلاحات تنمية تنموية تطوير إعمار بناء تعليمية تعليم تربوية إنتاج إنتاجية اقتصادية تجارية مالية "
    "استثمار استثمارية بيع شراء دفع تحويل تسجيل حسابية جراحية جراحيه قيصرية ولادة زرع زراعة تجميل تلقيح تطعيم "
    "تبادل إجلاء إنقاذ نقل تسليم تسلم إفراج مصالحة تسوية تفاوض تفاوضية تفاوضي حوار تهريب احتيال نصب سرقة "
    "اختيار ترحيل عودة استيراد تصدير توزيع صيانة ترميم تنظيف تمشيط بحث مسح إحصاء تعداد توظيف تنقيب حفر ضخ "
    "تشغيل تجريبية إطلاق إقلاع هبوط توطين دمج إدماج استبدال تغيير تقييم مراجعة تدقيق "
    "تسلل اختراق مداهمة ملاحقة مطاردة تعقب رصد"
)
"""Genitives and adjectives of a process that is no armed operation («عملية السلام», «عملية جراحية»,
«عملية تمشيط»: a sweep is not annotated, README-events.md third round); also the masdars of an act the operation
frames, whose own word the set takes as the trigger or leaves out («أحبطت عملية تسلل لمسلحين»)."""

EVACUATION = word_keys("إجلاء اجلي أجلي إخلاء تهجير حافلات ترحيل")
"""Words anywhere in the sentence that make the operation an evacuation («جرى إجلاء أكثر من 17 ألفا من المقاتلين
… ولا تزال العملية مستمرة»)."""

ARREST = word_keys("اعتقال اعتقل اعتقلت القبض توقيف أوقف أوقفت أوقفوا")
"""Words near the noun that make it an arrest raid («أوقف في عملية عراقية أميركية مشتركة»), which the set codes
as COERCE."""

QUOTES = frozenset("\"«»“”'")

SINCE = word_keys("منذ مع قبل بعد")
TIME_FRAME = word_keys("بدء بداية انطلاق انطلاقة")
"""«منذ بدء العملية»: the start of the operation as a time frame, no mention of it (as the set leaves it)."""

FIGHTING = word_keys(
    "شاملة واسعة برية جوية بحرية خاصة مشتركة إرهابية إرهابي هجومية "
    "أخيرة أولى ثانية نفسها ذاتها الجارية جارية كبيرة ناجحة دقيقة مباغتة"
)
"""Adjectives after the noun that keep it an operation («عملية واسعة للتمرد الحوثي», «العملية الشاملة سيناء
2018»). Not «العسكرية», «النوعية», «الانتحارية»: those have entries of their own, and where their conditions
fail (an arrest raid as a time frame: «وتم خلال العملية النوعية حجز سلاحين») the bare noun does not stand in."""

NAMED_BY = word_keys(
    "غرفة غرف قيادة مركز مسرح قائد قادة ضابط ضباط مدير إدارة هيئة رئيس رئاسة شعبة دائرة قسم وحدة مسؤول "
    "نائب مساعد منسق خطة خطط ميدان مكان موقع"
)
"""Words before the noun that make it part of a name, an office or a place («غرفة العمليات», «قائد العملية»,
«مسرح العمليات»), or the place where it happened («وطوقت قوة من الحرس الوطني مكان العملية», as the set leaves
«موقع الهجوم» unannotated)."""


def not_operation(
    entry: Trigger, tokens: list[Token], keys: list[str], i: int, has_entry: Callable[[Token], bool]
) -> bool:
    """Whether the operation noun at ``i`` (an ASSAULT entry of :data:`OPERATION`) names no armed operation:
    a civil process, another event word after it, or a name or office it is part of (module docstring).
    ``has_entry`` tells whether a token has a lexicon entry of its own."""
    if entry.words or entry.plover_type != "ASSAULT" or strip_article(_bare(keys[i])) not in OPERATION:
        return False
    if i > 0 and keys[i - 1] in NAMED_BY:
        return True
    if i > 1 and keys[i - 1] in TIME_FRAME and keys[i - 2] in SINCE:
        return True
    if i > 0 and keys[i - 1][:1].isdigit():
        # «متورط في 17 عملية إرهابية»: a count of operations is a record, no operation told
        return True
    if any(k in ARREST for k in keys[max(0, i - 6) : i + 7]) or any(k in EVACUATION for k in keys):
        return True
    if i + 2 < len(tokens) and tokens[i + 1].text in QUOTES:
        # a name in quotes: «في إطار عملية "غصن الزيتون"», «عملية "تحرير الموصل"»; not a civil process
        # («عملية "مطاردة ساحرات قانونية"»)
        return _civil(keys[i + 2])
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    key = keys[i + 1]
    if not nxt.core[:1].isalpha():
        return False
    if key in FIGHTING:
        return False
    if _civil(key):
        return True
    if _preposition(nxt.prefix):
        # «عملية للقوات الخاصة», «العملية بإشراف»: a preposition opens a new phrase
        return False
    if has_entry(nxt):
        return True
    # «العملية التعليمية»: a definite word after the noun is its adjective or genitive
    return nxt.core.startswith("ال")


def bare_operation(entry: Trigger, keys: list[str], i: int) -> bool:
    """Whether the mention at ``i`` is the bare operation noun: it does not make a toll beside it («قتل», «مقتل»)
    the toll of its attack, as a named attack does («مقتل 14 مقاتلا متمردا في عملية للقوات الخاصة»: two
    mentions of the set)."""
    return not entry.words and entry.plover_type == "ASSAULT" and _bare(keys[i]) in OPERATION


def _civil(key: str) -> bool:
    """Whether ``key`` is a word of :data:`CIVIL`, also with the alif of the accusative after it."""
    return key in CIVIL or (key[-1:] == "ا" and key[:-1] in CIVIL)


def _preposition(prefix: str) -> bool:
    """Whether a token's clitics hold a preposition («ل», «ب», «ك»; «لل» is ل + the article)."""
    if prefix.endswith("لل"):
        prefix = prefix[:-1]
    elif prefix.endswith("ال"):
        prefix = prefix[:-2]
    return any(c in prefix for c in "لبك")


def _bare(key: str) -> str:
    """The key without an attached pronoun («عملياته» → «عمليات», «عمليتها» → «عملية»)."""
    if key in OPERATION:
        return key
    for suffix in ("هما", "هم", "ها", "نا", "ه"):
        if key.endswith(suffix) and len(key) > len(suffix) + 3:
            stem = key[: -len(suffix)]
            return stem[:-1] + "ه" if stem.endswith("ت") and not stem.endswith("ات") else stem
    return key
