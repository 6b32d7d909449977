"""A number in brackets after a name is an aside, not a word between a cue and its ends: «ويرأس بري (80 عاما)
حركة أمل», «وقال بوتفليقة (81 عاما) إن», «تيار الحكمة (19 مقعدا) و"ائتلاف الوطنية"». Arabic news gives a
person's age, a list's seats or a year this way after the name (about 2,000 ages in the 31,500 ANT articles of
2018), and every rule of this stage that counts words between a cue and its end («the actor right before the
participle», «the object after the subject») stumbles on the four tokens. Before the stage reads a sentence the
bracketed number is left out of its token list; every token keeps its offsets into the original text, so the
ends and the evidence stay exact. Only a number alone or with one counting word (years, seats, a year) right after
a name the recogniser tagged is an aside; a bracketed name («(ناتو)», «(إيغاد)») stays, as a name may be an end, and
so does the aside after an untagged word («قتلت ابنتها وصال (15 عاما)»: the bracket is what ends the kin's name)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from marsad.model import Sentence, Token
from marsad.relations.slots import norm_words

COUNTED = norm_words("عاما عامًا عاماً عام سنة سنوات سنه مقعدا مقعد مقاعد نائبا عضوا")
"""Words that may follow the number inside the brackets: an age, a count of seats or members."""
OPEN, CLOSE = "(", ")"


def _number(tok: Token) -> bool:
    return tok.text.isdigit()  # str.isdigit covers Arabic-Indic digits too («٨٠»)


def without_asides(sent: Sentence, name_ends: Collection[int]) -> Sentence:
    """``sent`` without the bracketed numbers right after a name ending at one of ``name_ends`` (character
    offsets of the recogniser's mentions): a new sentence, or ``sent`` itself when it has none."""
    toks = sent.tokens
    if not any(t.text == OPEN for t in toks):
        return sent
    drop: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.text != OPEN or i == 0 or i + 2 >= len(toks) or not _number(toks[i + 1]):
            continue
        if toks[i - 1].end not in name_ends:
            continue
        if toks[i + 2].text == CLOSE:
            drop.update(range(i, i + 3))
        elif i + 3 < len(toks) and toks[i + 3].text == CLOSE and toks[i + 2].core in COUNTED:
            drop.update(range(i, i + 4))
    if not drop:
        return sent
    return replace(sent, tokens=[t for j, t in enumerate(toks) if j not in drop])
