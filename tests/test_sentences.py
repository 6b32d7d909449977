"""Tests of marsad.text.sentences: one case per rule of the module docstring, then properties."""

from __future__ import annotations

import random
import time

import pytest

from marsad.text.sentences import MAX_SENTENCE_TOKENS, split_sentences


def sentences(text: str, **kwargs: int) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, **kwargs)]


# (case id, text, expected sentences). Each case names the rule it checks.
CASES: list[tuple[str, str, list[str]]] = [
    # --- rule 2: final punctuation, Arabic and Latin, and runs of it
    (
        "arabic-full-stops",
        "قصفت طائرات مسيرة قاعدة الجفرة. وقال مصدر عسكري إن الهجوم فشل.",
        ["قصفت طائرات مسيرة قاعدة الجفرة.", "وقال مصدر عسكري إن الهجوم فشل."],
    ),
    (
        "arabic-question-and-exclamation",
        "هل تنجح الوساطة؟ لا أحد يعرف! لكن الأطراف ستجتمع.",
        ["هل تنجح الوساطة؟", "لا أحد يعرف!", "لكن الأطراف ستجتمع."],
    ),
    (
        "runs-of-marks",
        "أين الحكومة؟! صرخ المحتجون!! ثم تفرقوا... وعادوا مساء؟؟ نعم.",
        ["أين الحكومة؟!", "صرخ المحتجون!!", "ثم تفرقوا...", "وعادوا مساء؟؟", "نعم."],
    ),
    (
        "unicode-ellipsis",
        "انتظر الجميع طويلا… ثم أعلن المتحدث النتيجة.",
        ["انتظر الجميع طويلا…", "ثم أعلن المتحدث النتيجة."],
    ),
    (
        "latin-sentences",
        "The talks failed. Will they resume? Nobody knows!",
        ["The talks failed.", "Will they resume?", "Nobody knows!"],
    ),
    (
        "glued-full-stop-before-arabic-letter",
        "اجتمع المجلس الأسبوع الماضي.وقال رئيسه إن القرار نهائي.",
        ["اجتمع المجلس الأسبوع الماضي.", "وقال رئيسه إن القرار نهائي."],
    ),
    # --- rule 1: line breaks
    (
        "headline-without-punctuation",
        "غارات على قاعدة الوطية\nقصفت طائرات حربية القاعدة فجر اليوم. ولم تسجل خسائر.",
        ["غارات على قاعدة الوطية", "قصفت طائرات حربية القاعدة فجر اليوم.", "ولم تسجل خسائر."],
    ),
    (
        "blank-lines-and-crlf",
        "  السطر الأول  \r\n\r\n\n\tالسطر الثاني.\u2029السطر الثالث  ",
        ["السطر الأول", "السطر الثاني.", "السطر الثالث"],
    ),
    # --- closing quotes and brackets belong to the sentence they close
    (
        "closing-guillemet",
        "قال المشير: «لن نتراجع عن طرابلس.» وأضاف أن القوات جاهزة.",
        ["قال المشير: «لن نتراجع عن طرابلس.»", "وأضاف أن القوات جاهزة."],
    ),
    (
        "closing-brackets-and-quotes",
        'وصف الوزير الاتفاق بأنه "تاريخي!" ثم غادر (دون تعليق.) وانتهى الاجتماع.',
        ['وصف الوزير الاتفاق بأنه "تاريخي!" ثم غادر (دون تعليق.) وانتهى الاجتماع.'],
    ),
    (
        "closers-end-long-quote",
        "وقال المتحدث: «" + "هذه عبارة طويلة جدا في البيان، " * 8 + "وانتهى.» ثم غادر القاعة.",
        [
            "وقال المتحدث: «" + "هذه عبارة طويلة جدا في البيان، " * 8 + "وانتهى.»",
            "ثم غادر القاعة.",
        ],
    ),
    # --- numbers and dates (rule 2)
    (
        "numbers-and-dates",
        "بلغ الإنتاج 1.000.000 برميل بنسبة 3.5 بالمئة و٣.٥ و٣٫٥ في 2019.07.31 رسميا. وانتهى.",
        ["بلغ الإنتاج 1.000.000 برميل بنسبة 3.5 بالمئة و٣.٥ و٣٫٥ في 2019.07.31 رسميا.", "وانتهى."],
    ),
    (
        "number-ends-sentence",
        "وقعت الاشتباكات عام 2019. وتجددت في 2020.",
        ["وقعت الاشتباكات عام 2019.", "وتجددت في 2020."],
    ),
    (
        "versions-and-latin-lowercase-after-full-stop",
        "حدّث الموقع إلى الإصدار v2.1.3 وفق الشركة.and then. وانتهى.",
        ["حدّث الموقع إلى الإصدار v2.1.3 وفق الشركة.and then.", "وانتهى."],
    ),
    # --- rule 3: Arabic abbreviations
    (
        "arabic-title-abbreviations",
        "صرح د. محمد الهادي وم. سامي بن علي وأ. ليلى التونسي بأن المشروع تأخر. وانتهى اللقاء.",
        ["صرح د. محمد الهادي وم. سامي بن علي وأ. ليلى التونسي بأن المشروع تأخر.", "وانتهى اللقاء."],
    ),
    (
        "arabic-abbreviations-glued-and-compound",
        "حاضر أ.د. فؤاد حداد ود.سلمى عن ص. 12 من الكتاب، ج. 2. ثم غادرا.",
        ["حاضر أ.د. فؤاد حداد ود.سلمى عن ص. 12 من الكتاب، ج. 2.", "ثم غادرا."],
    ),
    (
        "abbreviation-with-diacritics",
        "قال دُ. أحمد إن الوضع مستقر. وانتهى.",
        ["قال دُ. أحمد إن الوضع مستقر.", "وانتهى."],
    ),
    (
        "era-after-number-ends-sentence",
        "تأسست المدينة عام 1911 م. وتوسعت بعد 1380 هـ. وفي 2019م. زارها الرئيس.",
        ["تأسست المدينة عام 1911 م.", "وتوسعت بعد 1380 هـ.", "وفي 2019م.", "زارها الرئيس."],
    ),
    # --- agency bylines
    (
        "agency-bylines",
        "طرابلس (د ب أ) - أعلنت الحكومة (واس) حالة الطوارئ (أ.ف.ب). وقال وزير نقلا عن أ ف ب. ثم انتهى.",
        [
            "طرابلس (د ب أ) - أعلنت الحكومة (واس) حالة الطوارئ (أ.ف.ب).",
            "وقال وزير نقلا عن أ ف ب.",
            "ثم انتهى.",
        ],
    ),
    # --- Latin abbreviations, initials
    (
        "latin-abbreviations",
        "Mr. Smith and Dr. Jones met Gen. Hafter at the U.N. office, e.g. on Monday, i.e. today. Then left.",
        [
            "Mr. Smith and Dr. Jones met Gen. Hafter at the U.N. office, e.g. on Monday, i.e. today.",
            "Then left.",
        ],
    ),
    (
        "initials-and-number-abbreviations",
        "التقى J. Smith بممثل U.S. في القاعة No. 5. He said no. وانتهى.",
        ["التقى J. Smith بممثل U.S. في القاعة No. 5.", "He said no.", "وانتهى."],
    ),
    (
        "french-quotation-in-maghrebi-press",
        "وصرّح M. Macron لصحيفة Le Monde بأن فرنسا تدعم الحوار. وقالت Mme Dupont إنها متفائلة.",
        ["وصرّح M. Macron لصحيفة Le Monde بأن فرنسا تدعم الحوار.", "وقالت Mme Dupont إنها متفائلة."],
    ),
    # --- URLs and e-mail addresses
    (
        "urls-and-emails",
        "للمزيد زوروا https://www.example.org/news?id=3.5 أو راسلوا info.desk@example.org. "
        "ونشر موقع الجزيرة.نت الخبر. وانتهى.",
        [
            "للمزيد زوروا https://www.example.org/news?id=3.5 أو راسلوا info.desk@example.org.",
            "ونشر موقع الجزيرة.نت الخبر.",
            "وانتهى.",
        ],
    ),
    # --- rule 4: short quotations and brackets
    (
        "short-quote-not-split",
        "قال العقيد «لن نتراجع. أبدا» ثم غادر. وانتهى.",
        ["قال العقيد «لن نتراجع. أبدا» ثم غادر.", "وانتهى."],
    ),
    (
        "short-parenthesis-not-split",
        "عاد الوزير (الذي استقال عام 2011. ثم عاد) إلى منصبه. وانتهى.",
        ["عاد الوزير (الذي استقال عام 2011. ثم عاد) إلى منصبه.", "وانتهى."],
    ),
    (
        "long-quote-split-inside",
        "وجاء في البيان: «" + "نحن ملتزمون بوقف إطلاق النار في كل المناطق الليبية. " * 5 + "وانتهى»",
        ["وجاء في البيان: «نحن ملتزمون بوقف إطلاق النار في كل المناطق الليبية."]
        + ["نحن ملتزمون بوقف إطلاق النار في كل المناطق الليبية."] * 4
        + ["وانتهى»"],
    ),
    (
        "unclosed-quote-ignored",
        "قال «لن نتراجع. وأضاف أن القوات جاهزة.",
        ["قال «لن نتراجع.", "وأضاف أن القوات جاهزة."],
    ),
    # --- elisions, list markers, stray punctuation (rules 3 and 5)
    (
        "elision-and-aside",
        "قال إن (...) الحكومة [...] و«…» والرئيس (!) غادروا. وانتهى.",
        ["قال إن (...) الحكومة [...] و«…» والرئيس (!) غادروا.", "وانتهى."],
    ),
    (
        "list-markers",
        "1. وقف إطلاق النار.\n2. تبادل الأسرى.",
        ["1. وقف إطلاق النار.", "2. تبادل الأسرى."],
    ),
    (
        "stray-punctuation-joins",
        "ماذا يحدث؟ ! لا أحد يعرف.\n***",
        ["ماذا يحدث؟ !", "لا أحد يعرف.", "***"],
    ),
    (
        "leading-ellipsis-and-space-before-stop",
        "... وتابع الوزير حديثه . ثم غادر",
        ["... وتابع الوزير حديثه .", "ثم غادر"],
    ),
    # --- regional press
    (
        "maghrebi-press",
        "أفادت مصادر ليبية أن قوات المشير خليفة حفتر شنت غارات على مصراتة يوم 20 جانفي الفارط. "
        "ونفى المتحدث باسم حكومة الوفاق ذلك!\nوتعتزم الأمم المتحدة عقد جولة حوار في جوان القادم بتونس.",
        [
            "أفادت مصادر ليبية أن قوات المشير خليفة حفتر شنت غارات على مصراتة يوم 20 جانفي الفارط.",
            "ونفى المتحدث باسم حكومة الوفاق ذلك!",
            "وتعتزم الأمم المتحدة عقد جولة حوار في جوان القادم بتونس.",
        ],
    ),
    (
        "levantine-press",
        "بيروت - أعلن الجيش اللبناني الثلاثاء الماضي توقيف 3 مطلوبين في البقاع. وكان ذلك في 14 تموز 2019. "
        "فهل تتكرر أحداث آب؟",
        [
            "بيروت - أعلن الجيش اللبناني الثلاثاء الماضي توقيف 3 مطلوبين في البقاع.",
            "وكان ذلك في 14 تموز 2019.",
            "فهل تتكرر أحداث آب؟",
        ],
    ),
    # --- empty and blank input
    ("empty", "", []),
    ("only-whitespace", " \n\t\r\n \u00a0 \u200f ", []),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_exact_spans() -> None:
    text = " قال د. أحمد: «نعم.»\nوانتهى "
    assert split_sentences(text) == [(1, 20), (21, 27)]
    assert text[1:20] == "قال د. أحمد: «نعم.»"
    assert text[21:27] == "وانتهى"


def test_invisible_format_characters_are_stripped() -> None:
    text = "\u200fقال الوزير.\u200f \ufeffوانتهى.\u200e"
    assert sentences(text) == ["قال الوزير.", "وانتهى."]


def test_long_sentence_is_cut_after_a_comma_near_the_cap() -> None:
    words = ["كلمة"] * 30
    words[11] = "كلمة،"  # the only comma in the second half of the first 15 words: cut after it
    words[20] = "1,000"  # a thousands comma is never a cut
    text = " ".join(words)
    result = sentences(text, max_tokens=15)
    assert [len(s.split()) for s in result] == [12, 15, 3]
    assert result[0].endswith("كلمة،")


def test_long_sentence_without_comma_is_cut_at_the_cap() -> None:
    text = " ".join(["كلمة"] * 1000)
    result = split_sentences(text)
    assert [len(text[s:e].split()) for s, e in result] == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 200]


def test_long_paragraph_under_the_cap_stays_one_sentence() -> None:
    text = " ".join(["كلمة"] * MAX_SENTENCE_TOKENS)
    assert split_sentences(text) == [(0, len(text))]


def test_invalid_max_tokens_names_the_fix() -> None:
    with pytest.raises(ValueError, match="max_tokens must be at least 1, got 0; pass a positive word count"):
        split_sentences("نص.", max_tokens=0)


def _fragments() -> list[str]:
    marks = ["«", "»", "(", ")", '"', "“", "”", ".", "؟!", "...", "،", " ", "\n", "\u200f"]
    return [t for _, t, _ in CASES] + [*marks, "د.", "3.5", "أ ف ب.", "www.x.org.", "كلمة"]


def test_properties_on_random_texts() -> None:
    """Spans are in order, within bounds, stripped, capped, and cover every visible character once."""
    rng = random.Random(7)
    pieces = _fragments()
    invisible = {"\u200f"}
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        max_tokens = rng.choice([3, 10, MAX_SENTENCE_TOKENS])
        spans = split_sentences(text, max_tokens=max_tokens)
        previous_end = 0
        covered: set[int] = set()
        for start, end in spans:
            assert previous_end <= start < end <= len(text), (text, spans)
            piece = text[start:end]
            assert piece.strip() == piece and piece[0] not in invisible and piece[-1] not in invisible
            assert len(piece.split()) <= max_tokens, (text, spans)
            covered.update(range(start, end))
            previous_end = end
        visible = {i for i, c in enumerate(text) if not c.isspace() and c not in invisible}
        assert visible <= covered, (text, spans)


def test_speed_on_a_million_words() -> None:
    paragraph = " ".join(t for _, t, _ in CASES if "\n" not in t) + "\n"
    text = paragraph * (1_000_000 // len(paragraph.split()) + 1)
    started = time.perf_counter()
    spans = split_sentences(text)
    elapsed = time.perf_counter() - started
    assert len(spans) > 10_000
    assert elapsed < 10, f"{elapsed:.1f} s for a million words"
