"""The article behind a glued «لل»: «الموالية للحوثيين» is ل + الحوثيين, the end a cue's ل opens.

Arabic writes the preposition ل before the article ال as «لل» (the alef of the article drops:
«للحكومة» = ل + الحكومة). The tokenizer (:mod:`marsad.text.tokens`) splits a word only when the lexicon
knows the stem without its article about as well as the whole word, so a group named by a nisba plural
(«للحوثيين», «للانقلابيين», «للمتمردين») or a rarely bare noun («للأمم») stays whole: its key keeps «لل», it
is no definite noun, and the slot a cue's ل opens («التابعة لـ», «المناوئة لـ», «دعمها لـ») finds nothing
there. Before the relation stage reads a sentence, such a word is read as ل + ال + stem when the word with
its article restored («الحوثيين») is at least as common as the glued form; «للغاية» (an adverb, far more
common whole) stays as it is. The whole token keeps its offsets; the core (the name's form, with the
article) starts after «لل», as it does for the words the tokenizer splits.

Why here and not in the tokenizer: scoring every «لل» split in :func:`marsad.text.tokens.segment` by the
word with its article, with the NER model retrained on that tokenisation, was measured and lowered places
(dev 0.952 → 0.949) and relations (dev 0.780 → 0.776); only the actors this stage reads gain from it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from marsad.model import Sentence, Token
from marsad.text.lexicon import ABSENT, protected_names, zipf
from marsad.text.normalize import normalize_with_map
from marsad.text.tokens import CONJUNCTIONS, is_arabic_word

LAM_ARTICLE = "لل"
MIN_STEM = 3
"""Letters the stem keeps after «لل» («للوطن» → «وطن»); a shorter rest is no noun with an article."""


NISBA_PLURALS = ("يين", "يون")
"""Endings of a nisba plural, the usual name of a camp or a movement's followers («الحوثيين», «الانقلابيين»,
«الإسلاميين»)."""


@lru_cache(maxsize=50_000)
def _article_split(core: str, actor: bool) -> bool:
    """Whether a glued «لل…» core is ل + the article + an actor: a known name («اليهود»), or a nisba plural
    or an actor noun («المتمردين», ``actor``) whose form with the article is at least as common as the
    glued form. Other nouns stay whole: «المعادية للسامية», «للاضطلاع بدوره» name no actor, and a definite
    noun after ل would be read as one."""
    rest = core[len(LAM_ARTICLE) :]
    if len(rest) < MIN_STEM:
        return False
    with_article = "ال" + rest
    if with_article in protected_names():
        return True
    if not actor and not rest.endswith(NISBA_PLURALS):
        return False
    z = zipf(with_article)
    return z > ABSENT and z >= zipf(core)


def relinked(tok: Token, actor_nouns: frozenset[str] = frozenset()) -> Token:
    """``tok`` read as ل + ال + stem where the tokenizer left «لل…» whole and the stem is an actor (a name,
    a nisba plural or one of ``actor_nouns``, the events' actor nouns), else ``tok`` itself."""
    if not is_arabic_word(tok) or LAM_ARTICLE in tok.prefix or tok.suffix:
        return tok
    core = tok.core
    if not core.startswith(LAM_ARTICLE) or not _article_split(core, core[len(LAM_ARTICLE) :] in actor_nouns):
        return tok
    conj = tok.prefix if tok.prefix in CONJUNCTIONS else ""
    if tok.prefix and not conj:
        return tok
    key, offsets = normalize_with_map(tok.text)
    at = len(conj) + len(LAM_ARTICLE)
    if key[len(conj) : at] != LAM_ARTICLE:
        return tok
    rest = key[at:]
    start = tok.start + offsets[at]
    return replace(
        tok,
        prefix=conj + LAM_ARTICLE,
        stem=rest,
        stem_start=start,
        core="ال" + rest,
        core_start=start,
    )


def relink_sentence(sent: Sentence, actor_nouns: frozenset[str] = frozenset()) -> Sentence:
    """``sent`` with every glued «لل» actor read as ل + ال (a new sentence; ``sent`` itself when none is)."""
    tokens = [relinked(t, actor_nouns) for t in sent.tokens]
    if all(a is b for a, b in zip(tokens, sent.tokens, strict=True)):
        return sent
    return replace(sent, tokens=tokens)
