"""Attribution constructions of the modality coder (:mod:`marsad.events.modality`) that the cue words of
``data/cues.tsv`` miss: the inflected forms of speech verbs, «نقل» that moves someone, «قد تم» (done, not a
hedge), an event named in the description of a source («وحسب البيان الصادر عقب الاجتماعات، …»: the meetings
are the paper's own fact) and a past verb whose object, not itself, carries a later date («اتفقت الأطراف على
إجراء انتخابات في ديسمبر القادم»). Each takes the sentence's token keys (core without the article, clitics
off, as :func:`marsad.events.mention.token_keys` gives them).
"""

from __future__ import annotations

from marsad.events.lexicon import bare_key, word_keys
from marsad.model import Token

SPEECH_FORMS = word_keys(
    "صرحت صرحوا يصرح تصرح أبلغ أبلغت أبلغوا لافتا لافتة منوها منوهة مبينا مبينة يفيد تفيد إفادات افادات"
)
"""Speech verbs of every press, in the forms the cue list lacks: «صرحت الخارجية الجزائرية بأنها اعترضت»,
«وأبلغ المحامي الصحيفة بأن المعتقلين …» (the feminine and plural of «صرح», and «أبلغ … بأن», to inform), the
participles that go on with a statement («لافتا إلى أن», «منوها بأن», «مبينا أن») beside «مشيرا/موضحا», the
imperfect of «أفاد» and its plural noun («وتفيد تقارير بهروب الكثيرين», «إفادات بأن المشاركين»)."""
DONE = word_keys("تم تمت")
"""«فقد تم الاتفاق», «وقد تمت إحالتهم»: «قد» before the past «تم» stresses what was done; it is no hedge
(the ت of «تم» is no imperfect prefix)."""
SOURCE_PREPOSITIONS = word_keys("حسب بحسب وفق وفقا")
"""«وحسب البيان الصادر عقب نهاية الاجتماعات، أكد المشاركون …»: the source ends at the comma; an event named
inside it is the occasion of the statement, not its content."""
SOURCE_PHRASE_REACH = 10
"""Words from «حسب/وفق» to the comma that ends the source's description."""
COMMAS = frozenset("،,")
IMPERFECT = "يتن"
"""The imperfect prefixes: a verb trigger whose core starts otherwise is a past verb («اتفقت», «وقعت»)."""


MOVED = word_keys("نقل نقلت نقلوا ينقل تنقل")
"""«نقل» reports («نقلت الوكالة عن مصدر», «ونقل مراسلنا أن»), but the masdar after a passive light verb or with
the article moves someone («جرى نقل القيادية إلى المستشفى», «تم نقل الجرحى», «النقل»), and so does the verb
when no source («عن») and no content («أن/إن», a colon, a quote) follows it («نقل معركته ضد أوباما إلى عقر
داره», «نقلت القوات معداتها إلى الحدود»)."""
PASSIVE_LIGHT = word_keys("تم تمت جرى جرت")
RELAYED = word_keys("عن إن أن أنه إنه أنها إنها أنهم إنهم بأن وأن") | frozenset(':"«“')
"""What follows a reporting «نقل»: the source after «عن» or the content («نقلت الوكالة عن مصدر أن …»)."""
RELAY_REACH = 8
"""Words after «نقل» within which its «عن» or content must come («نقلت وكالة الأنباء الليبية الرسمية عن …»)."""


def moved(tokens: list[Token], keys: list[str], j: int) -> bool:
    """The cue at ``j`` is «نقل» moving someone or something, not reporting: after «تم/جرى», with the article,
    or with no «عن» and no content within :data:`RELAY_REACH` words after it."""
    if not bare_key(keys[j], MOVED):
        return False  # the tokenizer sometimes leaves و on the verb («ونقلت»)
    if tokens[j].core.startswith("ال") or (j > 0 and keys[j - 1] in PASSIVE_LIGHT):
        return True
    return not any(keys[k] in RELAYED for k in range(j + 1, min(j + 1 + RELAY_REACH, len(keys))))


def done_after_may(keys: list[str], j: int) -> bool:
    """«قد» at ``j`` stands before «تم/تمت»: «فقد تم الاتفاق على …» is done."""
    return j + 1 < len(keys) and keys[j + 1] in DONE


def in_source_phrase(keys: list[str], j: int, first: int) -> bool:
    """The cue at ``j`` is «حسب/وفق» or a source noun right after it («وحسب البيان»), which opens the source's
    description holding the trigger at ``first``, and a comma closes it soon after: «وحسب البيان الصادر عقب
    نهاية الاجتماعات، أكد المشاركون»."""
    i = next((i for i in range(j, max(-1, j - 3), -1) if keys[i] in SOURCE_PREPOSITIONS), None)
    if i is None or first - i > SOURCE_PHRASE_REACH:
        return False
    if any(k in COMMAS for k in keys[i + 1 : first]):
        return False
    return any(k in COMMAS for k in keys[first + 1 : i + SOURCE_PHRASE_REACH + 2])


def past_verb(token: Token, is_verb: bool) -> bool:
    """The trigger is a verb in the past: no future prefix, no imperfect prefix on its core («اتفقت»,
    «وقعت»); the date after publication in its clause belongs to what was agreed or signed."""
    return is_verb and "س" not in token.prefix and token.core[:1] not in IMPERFECT
