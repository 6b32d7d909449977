"""How actor names are written around relation cues, beyond what the recogniser tags: an organisation
noun and the name after it («حزب قلب تونس», «تحالف "سائرون"», «حركة ما يسمى "البشائر"»), an institution
noun and its definite words («جهاز المخابرات العامة», «قوى الأمن الداخلي»), and hashtag names
(«#عبدالله_صالح_معرجي»). :func:`join_heads` turns a sentence's candidates into these actors."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.coder import Candidate
from marsad.events.constructions import QUOTE_MARKS
from marsad.events.lexicon import strip_article
from marsad.events.mention import FUNCTION_WORDS
from marsad.model import Document, Sentence, Token
from marsad.relations.numbered import numbered_name
from marsad.relations.slots import CLAUSE_WORDS, NOT_NAMES, clitics, definite_run, has_lam, is_person, norm_words
from marsad.relations.tribes import tribe_nouns
from marsad.text.normalize import normalize
from marsad.text.tokens import is_arabic_word

ORG_HEADS = norm_words(
    "حزب حركة جبهة جماعة تنظيم كتيبة كتائب لواء ألوية سرايا فيلق تيار ائتلاف اتحاد تجمع مجلس هيئة قوات "
    "ميليشيا ميليشيات مليشيا مليشيات عملية غرفة جيش تحالف مجموعة منظمة رابطة شبكة قائمة كتلة"
)
"""Indefinite heads whose name follows them in construct: «حزب قلب تونس», «كتيبة ثوار طرابلس», an
electoral list or a parliamentary bloc («قائمة الفتح», «كتلة حركة النهضة»)."""
QUOTES = QUOTE_MARKS  # «», "" and “”, as the events stage reads them
NAMING = norm_words("ما يسمى تسمى يسمى المسماة المسمى تدعى يدعى المعروفة المعروف باسم")
"""Words between an organisation noun and its quoted name: «حركة ما يسمى "البشائر"», «مجموعة تسمى "…"»."""


def quoted_name(toks: list[Token], keys: list[str], j: int) -> int | None:
    """The last token (the closing quote) of a quoted name starting at or after token ``j`` (up to two
    naming words first), or None: «تحالف "الفتح"», «مجموعة تسمى "المنبر الجهادي"»."""
    k = j
    while k < len(toks) and k - j < 2 and keys[k] in NAMING:
        k += 1
    if k >= len(toks) or toks[k].text not in QUOTES:
        return None
    for e in range(k + 1, min(k + 7, len(toks))):
        if toks[e].text in QUOTES:
            if e == k + 1:
                return None
            # «مجموعة "تكفيرية" تسمى "المنبر الجهادي"»: a quoted adjective, then the name
            later = quoted_name(toks, keys, e + 1) if e + 1 < len(toks) and keys[e + 1] in NAMING else None
            return later if later is not None else e
        if not is_arabic_word(toks[e]):
            return None
    return None


ORG_NOUNS = norm_words("جهاز أجهزة وزارة قوى مديرية مؤسسة قناة وكالة صحيفة")
"""Heads of institutions named by the definite words after them: «جهاز المخابرات العامة», «قوى الأمن
الداخلي», «القناة الإخبارية» (no actor nouns of the events stage, but ends of «التابع لـ», «يعمل لصالح»)."""


def org_nouns(
    doc: Document, toks: list[Token], keys: list[str], cands: list[Candidate], cue_tokens: set[int]
) -> list[Candidate]:
    """Candidates for an institution noun and up to two definite words after it, absorbing an actor
    noun among them («قوى الأمن» over «الأمن»)."""
    if not any(k in ORG_NOUNS or k in ORG_HEADS for k in keys):
        return cands
    covered = {j: c for c in cands for j in range(c.first, c.last + 1)}
    out = list(cands)
    for j, k in enumerate(keys):
        if j in cue_tokens:
            continue
        number = numbered_name(toks, keys, j) if clitics(toks[j]) in ("", "و", "ف") else None
        if number is not None:  # «ومجموعة 5+1», «مجموعة العشرين»: a group named by a number
            out = [c for c in out if not (j <= c.first and c.last <= number)]
            start, end = toks[j].core_start, toks[number].end
            out.append(Candidate(j, number, start, end, doc.text[start:end], None, None, False))
            continue
        if j in covered:
            alone = covered[j]
            if not (alone.first == alone.last == j and k in ORG_HEADS and quoted_name(toks, keys, j + 1) is not None):
                continue
            # «رئيس ائتلاف "الفتح" هادي العامري»: the recogniser took the organisation noun alone for a name;
            # the noun and its quoted name are the actor
            out = [c for c in out if c is not alone]
        glued = clitics(toks[j])
        if glued not in ("", "و", "ف") and not (
            # «منها 54 لقائمة "سائرون"، التي يتزعمها الصدر»: after a preposition only with a quoted name
            glued in ("ل", "ب", "وب", "ول") and k in ORG_HEADS and quoted_name(toks, keys, j + 1) is not None
        ):
            continue
        if k in ORG_HEADS and k not in ORG_NOUNS:
            # «كتلة "سائرون" التي يتزعمها العبادي», «مع كتلة "الفتح" بقيادة هادي العامري»: an organisation
            # noun the events stage does not offer, with its quoted name
            quoted = quoted_name(toks, keys, j + 1) if not toks[j].core.startswith("ال") else None
            if quoted is None:
                continue
        elif k not in ORG_NOUNS:
            continue
        quoted = quoted_name(toks, keys, j + 1)
        if quoted is not None:  # «قناة «المسيرة» الموالية له»
            inner = {id(c) for c in cands if j < c.first and c.last <= quoted}
            out = [c for c in out if id(c) not in inner]
            start, end = toks[j].core_start, toks[quoted].end
            ent = next((c.entity for c in cands if id(c) in inner and c.entity is not None), None)
            out.append(Candidate(j, quoted, start, end, doc.text[start:end], ent, None, False))
            continue
        # «حزب الدعوة الذي يترأسه …», «حزب النهضة الحاكم اليوم»: a relative or a time is no part of it
        last = definite_run(
            toks,
            j,
            2,
            lambda n: (
                keys[n] not in CLAUSE_WORDS
                and toks[n].core not in NOT_NAMES
                and n not in cue_tokens
                and (n not in covered or covered[n].entity is None)
            ),
        )
        if last == j:
            continue
        absorbed = {id(covered[m]) for m in range(j + 1, last + 1) if m in covered}
        if any(c.last > last for c in cands if id(c) in absorbed):
            continue
        out = [c for c in out if id(c) not in absorbed]
        start, end = toks[j].core_start, toks[last].end
        out.append(Candidate(j, last, start, end, doc.text[start:end], None, None, False))
    out.sort(key=lambda c: c.first)
    return out


def hashtags(doc: Document, toks: list[Token], cands: list[Candidate]) -> list[Candidate]:
    """A hashtag name («#عبدالله_صالح_معرجي», «#ميليشيات_الحوثي») is one actor, though the recogniser
    reads its words apart: the candidates inside a run of words joined by «_» become one."""
    if not any(t.text == "_" for t in toks):
        return cands
    runs: list[tuple[int, int]] = []
    j = 0
    while j < len(toks):
        k = j
        while (
            k + 2 < len(toks)
            and toks[k + 1].text == "_"
            and toks[k].end == toks[k + 1].start
            and toks[k + 1].end == toks[k + 2].start
        ):
            k += 2
        if k > j:
            runs.append((j, k))
        j = k + 1
    out: list[Candidate] = []
    for c in cands:
        run = next(((a, b) for a, b in runs if a <= c.first <= b), None)
        if run is None:
            out.append(c)
            continue
        a, b = run
        if out and out[-1].first == a:  # already stands for the run; a person's name wins («#ريك_مشار»)
            if c.entity is not None and (out[-1].entity is None or (c.entity.type == "PER" and not is_person(out[-1]))):
                o = out[-1]
                out[-1] = Candidate(
                    o.first, o.last, o.start, o.end, o.text, c.entity, o.place, o.after_prep, o.civilian
                )
            continue
        start, end = toks[a].core_start, toks[b].end
        out.append(Candidate(a, b, start, end, doc.text[start:end], c.entity, c.place, c.after_prep, c.civilian))
    return out


def join_heads(
    doc: Document, sent: Sentence, keys: list[str], cands: list[Candidate], cue_tokens: set[int]
) -> list[Candidate]:
    """An indefinite organisation noun and the name after it are one actor: «حزب قلب تونس», «كتيبة
    ثوار طرابلس», «جماعة جند الخلافة». The name runs over up to three words with no clitic, no
    punctuation and no cue, up to and including the next candidate."""
    toks = sent.tokens
    trimmed = []
    for c in cands:
        cut = next((j for j in range(c.first + 1, c.last + 1) if j in cue_tokens), None)
        if cut is not None:  # a name that runs on into a cue: «القوات الموالية للرئيس» tagged as one
            end = toks[cut - 1].end
            c = Candidate(c.first, cut - 1, c.start, end, doc.text[c.start : end], c.entity, c.place, c.after_prep)
        trimmed.append(c)
    cands = tribe_nouns(
        doc, toks, keys, org_nouns(doc, toks, keys, hashtags(doc, toks, trimmed), cue_tokens), cue_tokens
    )
    out: list[Candidate] = []
    skip_to = -1
    for n, c in enumerate(cands):
        if c.first <= skip_to:
            continue
        tok = toks[c.first]
        if c.entity is None and c.first == c.last and keys[c.first] in ORG_HEADS and not tok.core.startswith("ال"):
            quoted = quoted_name(toks, keys, c.first + 1)
            if quoted is not None:  # «تحالف "سائرون"», «حركة ما يسمى "البشائر"»: the name in quotes
                skip_to = quoted
                end = toks[quoted].end
                ent = next((d.entity for d in cands[n + 1 :] if c.first < d.first <= quoted and d.entity), None)
                out.append(
                    Candidate(c.first, quoted, c.start, end, doc.text[c.start : end], ent, None, False, c.civilian)
                )
                continue
            last = c.last
            nxt = {d.first: d for d in cands[n + 1 :]}
            j = c.first + 1
            while j < len(toks) and j - c.first <= 3:
                t = toks[j]
                if j in nxt and not clitics(t) and nxt[j].entity is not None:
                    last = nxt[j].last
                    break
                if (
                    j in cue_tokens
                    or not is_arabic_word(t)
                    or clitics(t)
                    or keys[j] in FUNCTION_WORDS
                    or t.core in NOT_NAMES
                    or keys[j] in CLAUSE_WORDS
                    or (j in nxt and nxt[j].last > j)
                ):
                    break
                last = j
                j += 1
            end_tok = toks[last]
            named = any(d.last == last and d.entity is not None for d in cands[n + 1 :])
            if last > c.last and (named or end_tok.core.startswith("ال")):
                skip_to = last
                end = toks[last].end
                ent = next((d.entity for d in cands[n + 1 :] if d.last == last), None)
                out.append(
                    Candidate(c.first, last, c.start, end, doc.text[c.start : end], ent, None, False, c.civilian)
                )
                continue
        out.append(c)
    return out


COUNTERPART = normalize("نظير")


def split_at_counterparts(doc: Document, sent: Sentence, keys: list[str], cands: list[Candidate]) -> list[Candidate]:
    """Names the recogniser ran across «نظيره» (his counterpart): «التقى الرئيس التونسي قيس سعيد بنظيره
    الجزائري عبد المجيد تبون» tagged as one person is two, the host and the counterpart named after the
    counterpart's nationality adjective."""
    toks = sent.tokens
    out: list[Candidate] = []
    for c in cands:
        k = next((j for j in range(c.first + 1, c.last) if keys[j].startswith(COUNTERPART)), None)
        if k is None:
            out.append(c)
            continue
        end = toks[k - 1].end
        out.append(replace(c, last=k - 1, end=end, text=doc.text[c.start : end]))
        b = k + 1
        while b < c.last and toks[b].core.startswith("ال") and toks[b].core.endswith("ي"):
            b += 1  # «بنظيره الجزائري»: the adjective is no part of the name
        start = toks[b].start
        out.append(replace(c, first=b, start=start, text=doc.text[start : c.end]))
    return out


def split_at_commas(doc: Document, sent: Sentence, keys: list[str], cands: list[Candidate]) -> list[Candidate]:
    """A candidate run across a comma is two: «الأمين العام للحزب، حسن نصر الله» offered as «حزب، حسن نصر
    الله» is the body's noun, then the person (the name, and its entity, after the comma); so is a person
    run on from a definite organisation noun with ل before him: «الزعيم الآخر للحزب صلاح الدين ديمرتاش»."""
    toks = sent.tokens
    out: list[Candidate] = []
    for c in cands:
        k = next((j for j in range(c.first + 1, c.last) if toks[j].text in "،,"), None)
        if k is None and c.entity is not None and c.entity.type == "PER" and c.last > c.first:
            head = toks[c.first]
            if head.core.startswith("ال") and has_lam(head) and strip_article(keys[c.first]) in ORG_HEADS:
                k = c.first  # no comma: the person starts right after the noun
        if k is None:
            out.append(c)
            continue
        if k > c.first:  # a comma inside the candidate (else k is the organisation noun at its start)
            end = toks[k - 1].end
            out.append(Candidate(c.first, k - 1, c.start, end, doc.text[c.start : end], None, None, c.after_prep))
        else:
            end = toks[k].end
            out.append(Candidate(k, k, c.start, end, doc.text[c.start : end], None, None, c.after_prep))
        start = toks[k + 1].start
        out.append(replace(c, first=k + 1, start=start, text=doc.text[start : c.end], after_prep=False))
    return out
