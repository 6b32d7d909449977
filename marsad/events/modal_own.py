"""The speaker's own act told after what he said: «قال وزير الخارجية الأمريكي إن مصر دفعت ثمنا باهظا …،
وأدان اغتيال النائب العام», «قال وزير الدفاع … إنه سيسمح بتسليح المزيد من الجنود … وطلب من كبار القادة وضع
خطط». A past verb of what officials say and do (a condemnation, a request, a meeting), joined by «و» to the
speech verb's clause, has the speaker for its subject: the paper tells it as the speaker's second act, not as
part of his words (the modality coder, :mod:`marsad.events.modality`, calls it asserted). Inside a quotation
opened in the sentence it is the source's words again («وأكدت اللجنة ان "مفاوضات استمرت …، ورفض المقاتلون
تسليم اسلحتهم"»)."""

from __future__ import annotations

from marsad.events.constructions import QUOTE_MARKS
from marsad.model import Token

NOT_PAST_START = frozenset("يتنم")
"""Imperfect prefixes and the م of participles and masdars («ومطالبته»): no past verb starts with them."""
NOT_PAST_END = ("ة", "ات", "ين")


def own_act(tokens: list[Token], first: int, pos: str) -> bool:
    """The trigger at ``first`` is a past verb with «و» on it («وأدان», «وطلب»), outside a quotation opened
    in the sentence."""
    tok = tokens[first]
    core = tok.core
    if "و" not in tok.prefix or "س" in tok.prefix or core[:1] in NOT_PAST_START or core.startswith("ال"):
        return False
    if pos != "verb" and (pos != "form" or core.endswith(NOT_PAST_END) or set(tok.prefix) & set("بلك")):
        return False
    return sum(t.text in QUOTE_MARKS for t in tokens[:first]) % 2 == 0
