"""Detection: the tokens of a person or organisation name are no trigger words, with the exceptions the tagger's
run-on names call for (:func:`inside_names`).

Moved out of :mod:`marsad.events.triggers` (which re-exports it for :mod:`marsad.events.coder`) to keep that
module under the house limit of 800 lines.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.detect_clauses import organising
from marsad.model import Entity, Sentence, Token


def _conjugated(tok: Token) -> bool:
    """A perfect verb with a person ending («انفجرت», «هاجموا»), not a noun-like form."""
    return tok.core.endswith(("ت", "وا")) and not tok.core.startswith("ال") and len(tok.core) >= 4


def inside_names(
    sent: Sentence,
    spans: list[tuple[int, int, Entity]],
    trigger: Callable[[Token], bool] | None = None,
    verb: Callable[[Token], bool] | None = None,
) -> set[int]:
    """Tokens inside a person or organisation name («مجلس التعاون») are not triggers; the last
    word of a longer name is, as the tagger sometimes runs a name on into the verb («سلمان بن عبد
    العزيز اتصالاً»), and so is a one-word "name" that is a trigger word (``trigger``), as the tagger
    sometimes takes a verbal noun or a verb after a name for a name of its own («الشريفين اتصالاً»،
    «وصالح فروا»); nor is a conjugated trigger verb (``verb``) that begins a name («انفجرت عبوتان»)."""
    blocked: set[int] = set()
    inside = [(s, e) for s, e, ent in spans if ent.type in ("PER", "ORG") and s < sent.end and e > sent.start]
    if not inside:
        return blocked
    for s, e in inside:
        idx = [j for j, t in enumerate(sent.tokens) if s <= t.start < e]
        if len(idx) == 1 and trigger is not None and trigger(sent.tokens[idx[0]]):
            continue
        if trigger is not None and organising(sent.tokens, idx, trigger):
            continue  # «تنظيم التظاهرات» taken for a name: organising an event
        if len(idx) > 1 and verb is not None and _conjugated(sent.tokens[idx[0]]) and verb(sent.tokens[idx[0]]):
            idx = idx[1:]  # «انفجرت عبوتان» taken for a name: a name does not begin with a conjugated verb
        elif len(idx) > 1 and not sent.tokens[idx[-1]].core.startswith("ال"):
            idx = idx[:-1]  # «مجلس التعاون» stays a name; «صالح فروا» is a name and a verb
        blocked.update(idx)
    return blocked
