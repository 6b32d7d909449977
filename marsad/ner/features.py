"""Token features of the CRF named-entity tagger.

Word-level features (forms, affixes, shape, frequency, gazetteer units) depend only on the token and
are computed once per distinct token form per process (news is Zipfian: a handful of forms make most
tokens). Context features copy the neighbours' word-level features under a position prefix, and
gazetteer-match features come from a longest-match of multiword names over the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.model import Token
from marsad.ner.gazetteer import Gazetteer, load_gazetteer
from marsad.text.lexicon import zipf

# Words that announce a person, an organisation or a place just after them. They are learnt from
# the data too (as context words); listing them gives the model the class of cue for unseen ones.
PERSON_CUES = frozenset(
    "الرييس رييس الملك الامير امير الشيخ شيخ الوزير وزير السيد السيده الدكتور د المشير العقيد العميد "
    "اللواء الفريق العماد النقيب الرايد المقدم الجنرال الزعيم القايد قايد المتحدث الناطق السفير المبعوث "
    "الامين النايب الاستاذ المهندس الحاج الامام البابا الكاردينال المستشار رييسه ولي عاهل نجل ابن بن "
    "بنت ابو ام زوجه الرييسه المدعو المواطن الشاب الفنان اللاعب المدرب الكاتب الصحفي الشهيد".split()
)
ORG_CUES = frozenset(
    "وزاره حركه حزب جبهه منظمه جمعيه مجلس هييه شركه مؤسسه جامعه بنك اتحاد لجنه كتيبه لواء مليشيا ميليشيا "
    "قوات جيش تنظيم جماعه وكاله صحيفه قناه مركز معهد نادي فريق محكمه برلمان حكومه سرايا غرفه مصرف".split()
)
LOC_CUES = frozenset(
    "مدينه بلده قريه منطقه محافظه ولايه اقليم اقاليم اقليمي عاصمه العاصمه جزيره بحر نهر جبل قاعده ميناء "
    "مطار معبر حي شارع ساحه دوله جمهوريه مملكه امارة اماره بلدية بلديه شمال جنوب شرق غرب وسط".split()
)


def _shape(text: str) -> str:
    if text.isdigit():
        return "digit"
    c = text[0]
    if "\u0600" <= c <= "\u06ff":
        return "ar"
    if c.isalpha():
        return "lat_up" if c.isupper() else "lat"
    if any(ch.isdigit() for ch in text):
        return "num"
    return "punct"


def _zbin(z: float) -> str:
    if z < 0:
        return "none"
    return str(min(int(z), 6))


@lru_cache(maxsize=300_000)
def word_features(norm: str, stem: str, prefix: str, suffix: str, core: str, shape_src: str) -> tuple[str, ...]:
    """Features of one token form; cached (all arguments are strings)."""
    g = load_gazetteer()
    bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
    z = zipf(norm)
    zs = zipf(stem)
    f = [
        "w=" + norm,
        "s=" + stem,
        "b=" + bare,
        "p=" + prefix,
        "x=" + suffix,
        "sh=" + _shape(shape_src),
        "z=" + _zbin(z),
        "zs=" + _zbin(zs),
        "len=" + str(min(len(bare), 10)),
        "al=" + ("1" if stem.startswith("ال") or core.startswith("ال") else "0"),
        "p1=" + bare[:1],
        "p2=" + bare[:2],
        "p3=" + bare[:3],
        "s1=" + bare[-1:],
        "s2=" + bare[-2:],
        "s3=" + bare[-3:],
    ]
    if bare.endswith("ي") or bare.endswith("يه") or bare.endswith("يون") or bare.endswith("يين"):
        f.append("nisba")
    for key in dict.fromkeys((core, stem, bare, "ال" + bare)):  # ordered: the model file must not depend on hashing
        for lab in sorted(g.unit.get(key, ())):
            f.append("gu=" + lab)
        for lab in sorted(g.entries.get((key,), ())):
            f.append("g1=" + lab)
    if core in PERSON_CUES or stem in PERSON_CUES:
        f.append("cue=PER")
    if bare in ORG_CUES or stem in ORG_CUES:
        f.append("cue=ORG")
    if bare in LOC_CUES or stem in LOC_CUES:
        f.append("cue=LOC")
    return tuple(f)


CONTEXT_KEYS = ("w=", "s=", "b=", "p=", "z=", "sh=", "cue=", "gu=", "g1=", "nisba")


@dataclass(frozen=True, slots=True)
class _Bundle:
    """A token form's features, and the same features as its neighbours see them (prefixed)."""

    base: tuple[str, ...]
    as_left: tuple[str, ...]
    as_right: tuple[str, ...]
    as_left2: tuple[str, ...]
    as_right2: tuple[str, ...]


@lru_cache(maxsize=300_000)
def _bundle(norm: str, stem: str, prefix: str, suffix: str, core: str, text: str) -> _Bundle:
    base = word_features(norm, stem, prefix, suffix, core, text)
    ctx = [f for f in base if f.startswith(CONTEXT_KEYS)]
    return _Bundle(
        base,
        tuple("-1" + f for f in ctx),
        tuple("+1" + f for f in ctx),
        ("-2" + base[0], "-2" + base[1]),
        ("+2" + base[0], "+2" + base[1]),
    )


def context_features(tokens: Sequence[Token], gz: list[list[str]], i: int) -> tuple[list[str], ...]:
    """The features of token ``i`` that come from its sentence rather than its form, in three groups
    (:func:`sentence_features` places each at its own spot): its gazetteer matches and BOS; the
    previous token's matches and the stem bigram; EOS or the next token's matches. ``gz`` is
    :meth:`Gazetteer.match` of the sentence."""
    n = len(tokens)
    own = ["gm=" + x for x in gz[i]] + (["BOS"] if i == 0 else [])
    left = ["-1gm=" + x for x in gz[i - 1]] + ["bg=" + tokens[i - 1].stem + "|" + tokens[i].stem] if i > 0 else []
    right = ["EOS"] if i == n - 1 else ["+1gm=" + x for x in gz[i + 1]]
    return own, left, right


def sentence_features(tokens: Sequence[Token], gazetteer: Gazetteer | None = None) -> list[list[str]]:
    """The CRF feature list of every token of one sentence."""
    g = gazetteer or load_gazetteer()
    bundles = [_bundle(t.norm, t.stem, t.prefix, t.suffix, t.core, t.text) for t in tokens]
    gz = g.match(tokens)
    n = len(tokens)
    out: list[list[str]] = []
    for i in range(n):
        own, left, right = context_features(tokens, gz, i)
        f = [*bundles[i].base, *own]
        if i > 0:
            f += bundles[i - 1].as_left
            f += left
            if i > 1:
                f += bundles[i - 2].as_left2
        if i < n - 1:
            f += bundles[i + 1].as_right
        f += right
        if i < n - 2:
            f += bundles[i + 2].as_right2
        out.append(f)
    return out
