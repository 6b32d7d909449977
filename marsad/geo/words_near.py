"""Places: the word right before a mention and whether a definite adjective qualifies the word before it.

Cheap looks at the text, not the tokenizer, shared by the phrase tests of :mod:`marsad.geo.phrases`,
:mod:`marsad.geo.verbs` and :mod:`marsad.geo.adjective_uses` (which :mod:`marsad.geo.phrases` imports, so these
helpers live apart from it).
"""

from __future__ import annotations

from marsad.text.normalize import normalize


def word_ending_at(text: str, at: int) -> str:
    """The normalised word that ends one space before ``at`` (``text[at - 1]`` is that space), or "" when
    punctuation, a line break or nothing stands there. A cheap look at the text, not the tokenizer: it runs
    for place mentions."""
    end = at - 1
    if end < 1 or text[end] != " ":
        return ""
    begin = end
    while begin > 0 and end - begin < 16 and not text[begin - 1].isspace():
        begin -= 1
    word = normalize(text[begin:end])
    return word if word.isalpha() else ""


def adjective_after_definite(before: str, word: str) -> bool:
    """Whether ``word`` (normalised) is a definite relative adjective «الـ…ية»/«الـ…ي» and the word
    ``before`` it (normalised, one space away) is definite, so that the adjective qualifies it."""
    if " " in word or not word.startswith("ال") or not word.endswith(("يه", "ي")) or len(word) < 6:
        return False
    return before.startswith("ال") and len(before) > 3
