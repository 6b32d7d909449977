"""Places no gazetteer lists: found by the word that names their kind, placed by the place they lie in.

Arabic news names villages, quarters and districts that no offline gazetteer holds: «قريتي تل أعور
والفريكة جنوب مدينة جسر الشغور», «بمناطق هروب – الدائر – فيفا … بجازان», «حي الشيخ مقصود في حلب»,
«لكمة عرش بمحافظة الضالع». The tagger misses many of them and the gazetteer knows none, yet the text
says both that they are places and where they lie. Two steps use that:

1. **Discovery** (:func:`kind_word_places`). A word that names a kind of place (``data/kind_words.tsv``:
   قرية/قريتي/قرى، بلدة، حي، منطقة/مناطق، محافظة، قضاء، مخيم، معبر، مطار …) followed by a name-like word
   starts a place name. A name-like word is Arabic, not a function word, and rare (a common word after
   «منطقة» is a description: «منطقة عازلة», «منطقة القتال») unless the gazetteer knows it. Two-word names
   are kept together when the first word is a usual name head («تل», «جبل», «بني», «الشيخ», «عين» …)
   or when an indefinite word is followed by a definite one (the construct state: «جلة الموت»,
   «كرم الطراب»). A list continues the kind: «قريتي A وB», «مناطق A – B – C». An entity the tagger
   typed as a person or an organisation that such a word announces («قضاء دوغو بيازيد») is retyped.
   Names made of a number are kept with their kind word or road marker («حي 400», «الكيلو 16»), and a
   name announced once is a place wherever the text repeats it («طريق الكيلو 16»).
2. **Approximate coordinates** (:mod:`marsad.geo.containers`): a place the gazetteer does not know takes
   the coordinates of the geocoded place its sentence puts it in or near.

The words these steps read (the kind words, the word sets around a name, the tests of one word) are in
:mod:`marsad.geo.place_words`.

Hand-written: no installable library segments Arabic place descriptions this way, and the rules are
the grammar of news Arabic rather than a statistical model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from marsad.geo.centres import CENTRE, institution
from marsad.geo.gazetteer import GeoEntry, PlaceGazetteer
from marsad.geo.place_words import (
    DIRECTED_MAX_ZIPF,
    DIRECTIONS,
    EVERYDAY_ZIPF,
    FIRST_MAX_ZIPF,
    FUNCTION_WORDS,
    LIST_SEPARATORS,
    NAME_HEADS,
    NEXT_MAX_ZIPF,
    PLACE_PREPOSITIONS,
    Kind,
    _adjective_construct,
    _agrees,
    _arabic_word,
    _describes,
    _item_ends,
    _name_head,
    _name_like,
    _names_several,
    _quarter_item,
    _quarter_word,
    _split_conj,
    _ta_marbuta,
    _unit_after,
    kind_of,
    kind_words,
)
from marsad.geo.words_near import adjective_after_definite
from marsad.model import Document, Entity, Mention, Place, Sentence, Token
from marsad.text.lexicon import zipf
from marsad.text.normalize import normalize

KILO = normalize("الكيلو")
"""«الكيلو 16»: places named by their kilometre on a road, common around Hodeidah, Benghazi and Aden."""
NEAR_CONFIDENCE = 0.3
CENTRE_WORDS = frozenset(normalize(w) for w in "مركز مركزي مراكز".split())
"""Saudi and Yemeni administrative centres («ومراكز السودة، والواديين»): no kind word of their own (an
institution is a «مركز» too), but a list of a region's places goes on over them (:meth:`_Finder.among_places`)."""
LISTED_MAX_ZIPF = NEXT_MAX_ZIPF
"""A word listed among known places (:meth:`_Finder.among_places`) must be rarer than this to be one of them."""
LISTED_TOWN_POPULATION = 10_000
"""A GeoNames town this large, or a curated place, vouches for a list of places (:meth:`_Finder.among_places`)."""
PLAUSIBLE_POPULATION = 100_000
KIND_EVIDENCE = "announced by a place-kind word"
VILLAGE = Kind("city", False)
"""What a place placed by a direction is taken to be."""


@dataclass(slots=True)
class Found:
    """A place name announced by a kind word: token span ``[i, j)`` of one sentence."""

    sentence: int
    i: int
    j: int
    kind: Kind
    start: int | None = None
    """Where the name starts in the text, when not where its first token's ``core`` starts («وكحيل»)."""


VILLAGE_WORDS = frozenset(normalize(w) for w in "قرية قريتي قرى بلدة بلدتي بلدات هجرة".split())
"""Kind words of villages and small towns, after which a definite word is the village's name («قرية الحبيل»)."""


class _Finder:
    def __init__(self, gazetteer: PlaceGazetteer) -> None:
        self.g = gazetteer
        self.kinds = kind_words()

    def _known(self, toks: Sequence[Token], i: int, first: str) -> int:
        hit = self.g.index.longest(toks, i, first)
        if hit and not any(e.nisba for e in self.g.lookup(hit)):
            return len(hit)
        return 0

    def name_at(self, toks: Sequence[Token], i: int, first: str, max_zipf: float) -> int:
        """How many tokens from ``toks[i]`` (read as ``first``) form a place name; 0 for none."""
        if first in self.kinds:
            return 0
        if first == KILO and i + 1 < len(toks) and toks[i + 1].norm.isdigit():
            return 2  # «منطقتي الكيلو 10 والكيلو 7»: road-marker localities
        known = self._known(toks, i, first)
        if known == 1 and zipf(first) >= EVERYDAY_ZIPF and first not in NAME_HEADS:
            return 0  # «مناطق المدينة»: the city the text is about, not Medina (a head goes on: «قرية آل مشيط»)
        if known and (known > 1 or first not in NAME_HEADS):
            return known
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            glued, second = _split_conj(nxt)
            # after a name head the article may be read as a prefix («أبا السعود»: «ال» + «سعود»)
            definite = nxt.prefix == "ال" and first in NAME_HEADS
            if not glued and (not nxt.prefix or definite) and _arabic_word(second) and second not in FUNCTION_WORDS:
                if first in NAME_HEADS and second not in self.kinds:
                    return 2
                construct = (
                    _name_like(first, max_zipf, known > 0)
                    and not first.startswith("ال")
                    and second.startswith("ال")
                    and not second.endswith(("يه", "ي"))
                    and second not in self.kinds
                )
                if construct:
                    return 2
        return 1 if _name_like(first, max_zipf, known > 0) else 0

    def directed(self, toks: Sequence[Token], k: int) -> bool:
        """A rare word placed by a direction from a known place («هراوة (شرق سرت)», «X جنوب مدينة Y»),
        or, after «في»/«إلى»/«من», by the kind of place it lies in («في حريتان بحي الشعار»), or named as
        what something lies near («قرب أحفير»)."""
        if toks[k].prefix not in ("", "و") or k + 1 >= len(toks):  # «لمقذوف قرب …»: an object is no name
            return False
        # the cheap look at the words around first: most tokens are followed by neither pattern
        nxt = toks[k + 1]
        after_prep = k > 0 and toks[k - 1].core in PLACE_PREPOSITIONS
        # «قرب أحفير», «بالقرب من X»: what a thing lies near is a place
        after_near = k > 0 and (
            toks[k - 1].core == "قرب" or (k > 1 and toks[k - 1].core == "من" and toks[k - 2].norm == "بالقرب")
        )
        if not (
            after_near
            or nxt.norm == "("
            or nxt.core in DIRECTIONS
            or (after_prep and (nxt.norm.startswith("ب") or nxt.core == "في"))
        ):
            return False
        _, word = _split_conj(toks[k])
        if not _name_like(word, DIRECTED_MAX_ZIPF, False) or self._known(toks, k, word):
            return False
        if k > 0 and not toks[k].prefix and adjective_after_definite(toks[k - 1].norm, word):
            return False  # «ميليشيا الحوثي الانقلابية شرقي محافظة الحديدة»: an adjective, not a name
        if after_near:
            return True
        if after_prep:
            inside = nxt.norm.startswith("ب") and kind_of(nxt) is not None
            inside = inside or (nxt.core == "في" and k + 2 < len(toks) and kind_of(toks[k + 2]) is not None)
            if inside:
                return True
        j = k + 1
        if j < len(toks) and toks[j].norm == "(":
            j += 1
        if j >= len(toks) or toks[j].core not in DIRECTIONS:
            return False
        j += 1
        if j < len(toks) and kind_of(toks[j]) is not None:
            j += 1
        return j < len(toks) and self._known(toks, j, toks[j].core) > 0

    def _town_follows(self, toks: Sequence[Token], j: int) -> bool:
        """Whether a known place follows at ``toks[j]`` with a glued «ب» («ببريدة»), or after «في»."""
        if j >= len(toks):
            return False
        if toks[j].prefix.startswith("ب"):
            return self._known(toks, j, toks[j].core) > 0
        return toks[j].core == "في" and j + 1 < len(toks) and self._known(toks, j + 1, toks[j + 1].core) > 0

    def _local_entries(self, toks: Sequence[Token], i: int, first: str) -> tuple[int, list[GeoEntry]]:
        """``(tokens, entries)`` of the longest gazetteer name from ``toks[i]`` when none of its entries is a
        country or a nisba adjective; ``(0, [])`` otherwise (for :meth:`_local_place` and :meth:`_weak_place`)."""
        hit = self.g.index.longest(toks, i, first)
        if not hit:
            return 0, []
        entries = self.g.lookup(hit)
        if any(e.nisba or e.feature == "country" for e in entries):
            return 0, []
        return len(hit), entries

    def _local_place(self, toks: Sequence[Token], i: int, first: str) -> int:
        """How many tokens from ``toks[i]`` name a known town, district, region or natural feature (no
        country, no nisba adjective); 0 for none."""
        n, entries = self._local_entries(toks, i, first)
        if not n or any(e.weak for e in entries):
            return 0
        # a town of some size or a curated place: the GeoNames hamlets that share a common word's letters
        # («ويسر», «ولله» in «بنجاح ويسر وسلاسة ولله الحمد») make no list of places
        strong = any(e.id.startswith("curated:") or e.population >= LISTED_TOWN_POPULATION for e in entries)
        return n if strong else 0

    def _weak_place(self, toks: Sequence[Token], i: int, first: str) -> int:
        """How many tokens from ``toks[i]`` name a place the gazetteer lists only weakly (a curated name whose
        bare form is a common word: «الدائر», «فيفا», «الطوال», reached with «محافظة» only); 0 for none."""
        n, entries = self._local_entries(toks, i, first)
        if not entries or any(not e.weak for e in entries):
            return 0
        return n

    def _list_item(self, toks: Sequence[Token], at: int, word: str) -> tuple[int, bool]:
        """``(tokens, vouches)`` of a list's item at ``toks[at]`` (read as ``word``, without its «و»): a known
        town, district or region vouches for the list; a weakly listed name or a rare word («والحرث»,
        «والعارضة») is an item it vouches for; ``(0, False)`` ends the list."""
        mm = self._local_place(toks, at, word)
        if mm and _item_ends(toks, at + mm):
            return mm, True  # («بني سعد»: «بني», a town of Pakistan, is not the item)
        tok = toks[at]
        if tok.suffix and not _ta_marbuta(tok):
            return 0, False
        weak = self._weak_place(toks, at, word)
        if weak and _item_ends(toks, at + weak):
            return weak, False
        if self._known(toks, at, word) and word not in NAME_HEADS:
            return 0, False
        # «بني سعد»: a name head and the word after it («بني», «أبو», «آل») are one name
        m = self.name_at(toks, at, word, LISTED_MAX_ZIPF)
        return (m, False) if m and _item_ends(toks, at + m) else (0, False)

    @staticmethod
    def _rare_item(toks: Sequence[Token], at: int, end: int) -> bool:
        """Whether the item ``toks[at:end]`` is no common word or kind word (its «و» aside)."""
        first = _split_conj(toks[at])[1]
        if toks[at].prefix not in ("", "و", "ال", "وال") or first in kind_words():
            return False
        return zipf(" ".join([first, *(t.core for t in toks[at + 1 : end])])) < NEXT_MAX_ZIPF

    def _items_before(self, toks: Sequence[Token], k: int) -> tuple[list[int], int]:
        """The one-word items of a list before its first known place at ``toks[k]`` («شملت الدائر والعبدابي
        وهروب وفيفا والحرث وأبو عريش …»: the walk of :meth:`among_places` starts at «أبو عريش»), and how
        many of them are known places."""
        found: list[int] = []
        known = 0
        while k > 0:
            if _split_conj(toks[k])[0]:
                at = k - 1
            elif toks[k - 1].norm in LIST_SEPARATORS and k > 1:
                at = k - 2
            else:
                break
            glued, word = _split_conj(toks[at])
            if toks[at].prefix and not glued:
                break  # «بالرياض وجدة»: a preposition starts the list, or another phrase ends there
            m, vouches = self._list_item(toks, at, word)
            if m != 1:
                break
            if vouches:
                known += 1
            else:
                found.append(at)
            k = at
        return found, known

    def _listed(self, si: int, toks: Sequence[Token], items: list[tuple[int, int, bool]]) -> list[Found]:
        """The places of a list of ``(start, end, known)`` items: the unknown ones, and a known one whose name
        is no common word (the tagger may have called it a person: «وأبو عريش»; «واقع الميناء والمدينة» stays
        as the tagger read it) when another known item shares one of its countries («( تربة ، رنية ، الخرمة ،
        المويه ، ميسان …)» lists towns of Ta'if, not Iraq's Maysan)."""
        countries = [
            {e.country for e in self.g.lookup(self.g.index.longest(toks, at, _split_conj(toks[at])[1]) or ())}
            if known
            else set()
            for at, _, known in items
        ]
        out: list[Found] = []
        for n, (at, end, known) in enumerate(items):
            if known:
                shared = any(countries[n] & other for o, other in enumerate(countries) if o != n)
                if not shared or not self._rare_item(toks, at, end):
                    continue
            out.append(Found(si, at, end, VILLAGE))
        return out

    def among_places(self, si: int, toks: Sequence[Token]) -> list[Found]:
        """«تشمل السودة وأبها والواديين ورجال ألمع والشعبين والنماص»: a rare word listed among two or more
        known towns, districts or regions (joined by «و», a comma or a dash) is a place of the same kind,
        one no gazetteer lists: Saudi weather and civil-defence news lists a region's centres this way. A name
        the gazetteer lists only weakly (with its type word) is such an item too, and the list is read
        before its first known place as well as after it («شملت الدائر والعبدابي وهروب وفيفا والحرث وأبو
        عريش والطوال وصامطة وأحد المسارحة والعارضة»)."""
        out: list[Found] = []
        firsts = self.g.index.firsts
        k, n = 0, len(toks)
        while k < n:
            # the cheap look first: most tokens begin no known name
            m = self._local_place(toks, k, toks[k].core) if toks[k].core in firsts else 0
            if not m:
                k += 1
                continue
            known = 1
            items: list[tuple[int, int, bool]] = [(k, k + m, True)]
            j = k + m
            while j < n:
                at = j + 1 if toks[j].norm in LIST_SEPARATORS else j
                if at >= n or (at == j and not _split_conj(toks[j])[0]):
                    break
                glued, word = _split_conj(toks[at])
                if at == j + 1 and toks[at].prefix and not glued:
                    break  # «، بالإضافة»: a clitic other than «و» ends the list
                if (kind_of(toks[at]) is not None or word in CENTRE_WORDS) and at + 1 < n and not toks[at + 1].prefix:
                    # «مدينة أبها ، ومحافظتي النماص ، ورجال ألمع ، ومراكز السودة ،والواديين»: a list of a
                    # region's towns goes on over the kind word of its next items
                    at += 1
                    word = toks[at].core
                mm, vouches = self._list_item(toks, at, word)
                if not mm:
                    break
                known += vouches
                items.append((at, at + mm, vouches))
                j = at + mm
            before, known_before = self._items_before(toks, k)
            if known + known_before >= 2:
                out += self._listed(si, toks, items)
                out += [Found(si, at, at + 1, VILLAGE) for at in before]
            k = max(j, k + 1)
        return out

    def colon_list(self, si: int, toks: Sequence[Token], c: int) -> list[Found]:
        """«المتنزهات السياحية: السودة، الفرعاء، دلغان»: the items of a list that a definite plural kind word
        (with an adjective or not: «القرى التالية:»), or an indefinite one right before the colon («أحياء:»),
        announces are places of that kind;
        two items at least, each a rare or known name, joined by a comma or «و»."""
        head = c - 1
        if head > 0 and toks[head].core.startswith("ال") and toks[head].core.endswith("ه"):
            head -= 1  # «السياحية», «التالية», «المتضررة»
        word = toks[head].core
        # «شملت أحياء: العزيزية، وأبومرخة»: an indefinite plural kind word right before the colon announces too
        bare = word[2:] if word.startswith("ال") else word if head == c - 1 else ""
        if not (bare in self.kinds and _names_several(bare)):
            return []
        kind = self.kinds[bare]
        out: list[Found] = []
        at = c + 1
        while at < len(toks):
            glued, name = _split_conj(toks[at])
            if toks[at].prefix and not glued:
                break
            m = self.name_at(toks, at, name, NEXT_MAX_ZIPF)
            if not m:
                break
            out.append(Found(si, at, at + m, kind))
            at += m
            if at < len(toks) and toks[at].norm in ("،", ","):
                at += 1
            elif not (at < len(toks) and _split_conj(toks[at])[0]):
                break
        return out if len(out) >= 2 else []

    def in_sentence(self, si: int, sent: Sentence) -> list[Found]:
        toks = sent.tokens
        out: list[Found] = self.among_places(si, toks)
        for c in range(2, len(toks) - 2):
            if toks[c].norm == ":":
                out += self.colon_list(si, toks, c)
        k = 0
        while k < len(toks) - 1:
            kind = kind_of(toks[k]) or (VILLAGE if toks[k].core == CENTRE else None)  # «مركز X بقطاع Y»
            if kind is None:
                if self.directed(toks, k):
                    out.append(Found(si, k, k + 1, VILLAGE))
                k += 1
                continue
            # «محافظة #إب»: news sites make the name a hashtag; the name starts after the «#» («#محمية_برع»: after
            # the «_» that joins it to its kind word)
            h = (
                k + 2
                if toks[k + 1].norm in ("#", "_") and k + 2 < len(toks) and toks[k + 2].start == toks[k + 1].end
                else k + 1
            )
            start = k if kind.in_name else h
            first = toks[h]
            if kind.feature == "district" and first.norm.isdigit() and not _unit_after(toks, h + 1):
                # «حي 400»: a quarter named by a number keeps its kind word
                out.append(Found(si, k, h + 1, kind))
                k = h + 1
                continue
            bare = not first.prefix and first.norm == first.core and (not first.suffix or _ta_marbuta(first))
            if not bare and first.prefix == "ال" and first.norm == first.core and _quarter_word(toks[k]):
                # «حي الشعار», «أحياء الميدان»: a quarter's name is often a common definite word
                bare = not first.suffix or _ta_marbuta(first)
            elif not bare and first.prefix == "ال" and first.norm == first.core and toks[k].core in VILLAGE_WORDS:
                # «قرية الحبيل», «بلدة العيينة»: a village's definite name whose stem is a word (حبيل, عيينة);
                # the rarity bar of the name still applies («قرية الأطفال» is an institution)
                bare = not first.suffix or _ta_marbuta(first)
            n = self.name_at(toks, h, first.core, FIRST_MAX_ZIPF) if bare or first.core == KILO else 0
            if n == 1 and _agrees(toks[k].core, first.core) and not self._known(toks, h, first.core):
                n = 0  # «منطقة عازلة», «منطقة حدودية»: an adjective, not a name
            if n == 2 and _adjective_construct(first.core) and not self._known(toks, h, first.core):
                n = 0  # «منطقة منزوعة السلاح», «منطقة واسعة النطاق»: an adjective before its noun
            if n and kind.in_name and _describes(first.core) and not self._known(toks, h, first.core):
                n = 0  # «محطة وقود», «قاعدة طيران الأمن»: what the facility is, not its name
            n = 0 if toks[k].core == CENTRE and institution(toks, h, n, NAME_HEADS) else n  # «مركز الصيانة»
            if not n:
                k += 1
                continue
            out.append(Found(si, start, h + n, kind))
            j = h + n
            many = _names_several(toks[k].core)
            quarters = _quarter_word(toks[k])
            # a list of places of the same kind: «قريتي A وB», «مناطق A – B – C»
            while j < len(toks) and toks[k].core != CENTRE:
                tok = toks[j]
                if tok.norm in LIST_SEPARATORS and j + 1 < len(toks):
                    if many and tok.norm in ("،", ",") and _split_conj(toks[j + 1])[0]:
                        j += 1  # «أحياء A وB، وC»: a comma before «و» goes on with the list
                        continue
                    glued, word, at = False, toks[j + 1].core, j + 1
                    if (toks[j + 1].prefix or toks[j + 1].norm != toks[j + 1].core) and word != KILO:
                        break
                else:
                    glued, word = _split_conj(tok)
                    at = j
                    if not glued:
                        break
                if word in self.kinds or kind_of(toks[at]) is not None:  # «وحي B»: another kind word goes on
                    break
                name_start: int | None = None
                if len(tok.prefix) > 1 and tok.prefix[0] == "و" and not self._known(toks, at, word):
                    # «بلدات الجيزة وكحيل»: after «و» a list goes on with a name, and a name unknown
                    # to the gazetteer keeps the «ك», «ب», «ل» or «ف» the tokenizer read as a clitic
                    whole = tok.norm[1:]
                    if _name_like(whole, NEXT_MAX_ZIPF, False):
                        word, name_start = whole, tok.start + 1
                # «بحي الريان والنهضة ببريدة»: after one quarter's kind word, a definite word that the town
                # they lie in follows is a second quarter
                pair = quarters and _quarter_item(toks, at, word) and self._town_follows(toks, at + 1)
                if not many and not pair and not self._known(toks, at, word):
                    break  # «مطار الغردقة وهبط بمنطقة رملية»: after one place's kind word «و» opens a clause
                m = self.name_at(toks, at, word, NEXT_MAX_ZIPF)
                if not m and quarters and _quarter_item(toks, at, word):
                    m = 1  # «أحياء الخالدية والبلد والجامعة»: quarters are named by common definite words
                if not m:
                    break
                out.append(Found(si, at, at + m, kind, name_start))
                j = at + m
            k = j
        return out


def kind_word_places(
    doc: Document, gazetteer: PlaceGazetteer, place_types: Sequence[str]
) -> tuple[list[Entity], dict[str, str]]:
    """Place entities announced by a kind word that the tagger missed or mistyped; new ones are added to ``doc``.

    Returns the new and the retyped entities (those to geocode), and the feature the kind word gives
    each announced entity (``{entity id: feature}``, for the tagger's place entities too).
    """
    finder = _Finder(gazetteer)
    found = [f for si, sent in enumerate(doc.sentences) for f in finder.in_sentence(si, sent)]
    features: dict[str, str] = {}
    if not found:
        return [], features
    out: list[Entity] = []
    new: dict[str, list[Mention]] = {}
    kinds: dict[str, Kind] = {}
    for f in found:
        toks = doc.sentences[f.sentence].tokens
        start, end = toks[f.i].core_start, toks[f.j - 1].end
        # the name proper starts after a glued «و» the tokenizer left on the word («والفريكة»)
        glued, _ = _split_conj(toks[f.i])
        if f.start is not None:
            start = f.start
        elif glued and toks[f.i].core_start == toks[f.i].start and toks[f.i].core != "وادي":  # its own «و»
            start = toks[f.i].start + 1
        over = [(e, m) for e in doc.entities for m in e.mentions if m.start < end and start < m.end]
        if over:
            if len(over) == 1 and over[0][0].type in place_types and over[0][1].start == start < end:
                # «قرية آل مشيط» with the tagger's place «آل»: the kind word's name is the whole name
                e, m = over[0]
                if m.end < end and _name_head(m.text):
                    m.end, m.text = end, doc.text[start:end]
                    if len(e.mentions) == 1:
                        e.text = m.text
            for e, m in over:
                if e.type not in place_types and m.start >= start and m.end <= end and e not in out:
                    e.evidence.append(f"retyped {e.type}→place: {KIND_EVIDENCE}")
                    e.type = "LOC"
                    out.append(e)
                if e.type in place_types:
                    features.setdefault(e.id, f.kind.feature)
            continue
        text = doc.text[start:end]
        key = normalize(text)
        new.setdefault(key, []).append(Mention(start, end, text, "LOC", f.sentence, 0.4))
        kinds.setdefault(key, f.kind)
    taken = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    for mentions in new.values():
        taken += [(m.start, m.end) for m in mentions]
    for mentions in new.values():
        mentions += _repeats(doc, mentions[0].text, taken)
    n = doc.last_entity_number()
    for key, mentions in new.items():
        n += 1
        ent = Entity(
            f"e{n}", mentions[0].text, "LOC", mentions, key, evidence=[f"{KIND_EVIDENCE} ({kinds[key].feature})"]
        )
        doc.entities.append(ent)
        out.append(ent)
        features[ent.id] = kinds[key].feature
    return out, features


def _repeats(doc: Document, name: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """The other places where the text repeats a name a kind word announced once («منطقة الكيلو 16»
    … «طريق الكيلو 16»): the same place, wherever it comes again (after a clitic «ب», «و», «ل» too)."""
    if len(name) < 3:
        return []
    out: list[Mention] = []
    text = doc.text
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        k = at
        while k > 0 and at - k < 3 and _letter_at(text, k - 1):
            k -= 1
        glued = text[k:at] if k == 0 or not _letter_at(text, k - 1) else "?"  # «?»: inside a longer word
        clear = not any(s < end and at < e for s, e in taken)
        if clear and glued in ("", "و", "ب", "ل", "وب", "ول", "ف") and not _letter_at(text, end):
            sentence = next((i for i, st in enumerate(doc.sentences) if st.start <= at < st.end), -1)
            if sentence >= 0:
                out.append(Mention(at, end, name, "LOC", sentence, 0.4))
                taken.append((at, end))
        at = text.find(name, end)
    return out


def _letter_at(text: str, i: int) -> bool:
    return i < len(text) and "\u0621" <= text[i] <= "\u064a"


def plausible_entries(entries: list[GeoEntry], weights: Mapping[str, float]) -> list[GeoEntry]:
    """The gazetteer entries a place announced by a kind word may be: in a country the document talks
    about, curated, a country, or a large city («منطقة الدائر» in Jazan is not Dyer, Indiana). A curated
    name reached only without its type word (weak: «الدائر» for «محافظة الدائر») must lie in a country the
    document talks about: «بمناطق هروب – الدائر بمحافظة الضالع» are villages of Yemen."""
    return [
        e
        for e in entries
        if weights.get(e.country, 0.0) > 0
        or e.feature == "country"
        or (e.id.startswith("curated:") and not e.weak)
        or e.population >= PLAUSIBLE_POPULATION
    ]


def place_near(place: Place, host: Place, how: str = "") -> None:
    """Put ``place`` near ``host``: the host's coordinates and country, ``precision = "near"`` (ACLED's
    geo-precision 2), :data:`NEAR_CONFIDENCE` and ``source = "near:<how><the host's entry>"``."""
    place.lat, place.lon = host.lat, host.lon
    place.country_code = host.country_code
    place.precision = "near"
    place.source = f"near:{how}{host.source}"
    place.confidence = NEAR_CONFIDENCE
