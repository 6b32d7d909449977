"""Tests of marsad.dates: finding temporal expressions in Arabic news and resolving them."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from marsad.dates import find_times
from marsad.dates import resolve as R
from marsad.dates.grammar import _grammar
from marsad.dates.lexicon import load_lexicon
from marsad.dates.scan import _OffsetMap
from marsad.model import TimeExpression
from marsad.text.normalize import normalize_with_map, original_span

P = dt.date(2019, 3, 10)  # a Sunday; Hijri 1440-07-03


def times(text: str, published: dt.date | None = P) -> list[TimeExpression]:
    found = find_times(text, published)
    for t in found:
        assert text[t.start : t.end] == t.text, t
    starts = [t.start for t in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    return found


def one(text: str, published: dt.date | None = P) -> tuple[str, str | None, str, str]:
    found = times(text, published)
    assert len(found) == 1, [t.to_dict() for t in found]
    t = found[0]
    return t.text, t.value, t.granularity, t.resolution


# (text, published, expected span, value, granularity, resolution)
CASES: list[tuple[str, dt.date | None, str, str | None, str, str]] = [
    # --- MSA / Egyptian month names
    ("وقع الحادث في 5 يناير 2020 قرب القاهرة", P, "5 يناير 2020", "2020-01-05", "day", "absolute"),
    ("صدر القرار في أبريل 2018", P, "أبريل 2018", "2018-04", "month", "absolute"),
    ("صدر القرار في إبريل 2018", P, "إبريل 2018", "2018-04", "month", "absolute"),
    ("انتخابات يونيه 2017", P, "يونيه 2017", "2017-06", "month", "absolute"),
    ("ثورة 23 يوليه 1952", P, "23 يوليه 1952", "1952-07-23", "day", "absolute"),
    ("في 31 ديسمبر 2018", P, "31 ديسمبر 2018", "2018-12-31", "day", "absolute"),
    ("الخامس من أغسطس 2023", P, "الخامس من أغسطس 2023", "2023-08-05", "day", "absolute"),
    ("في الحادي والعشرين من سبتمبر 2020", P, "الحادي والعشرين من سبتمبر 2020", "2020-09-21", "day", "absolute"),
    ("يوم الثاني عشر من نوفمبر 2021", P, "يوم الثاني عشر من نوفمبر 2021", "2021-11-12", "day", "absolute"),
    ("في مايو المقبل", P, "مايو المقبل", "2019-05", "month", "relative"),
    # --- Maghrebi (Tunisia, Algeria)
    ("في 5 أوت 2023", P, "5 أوت 2023", "2023-08-05", "day", "absolute"),
    ("يوم ٢٠ جانفي ٢٠٢٤", P, "يوم ٢٠ جانفي ٢٠٢٤", "2024-01-20", "day", "absolute"),
    ("منذ فيفري 2019", P, "فيفري 2019", "2019-02", "month", "absolute"),
    ("في جوان 2015", P, "جوان 2015", "2015-06", "month", "absolute"),
    ("في أفريل الماضي", P, "أفريل الماضي", "2018-04", "month", "relative"),
    ("يوم 14 جانفي 2011", P, "يوم 14 جانفي 2011", "2011-01-14", "day", "absolute"),
    ("شهر ماي الفارط", P, "شهر ماي الفارط", "2018-05", "month", "relative"),
    # --- Levantine / Iraqi
    ("في 15 كانون الثاني 2019", P, "15 كانون الثاني 2019", "2019-01-15", "day", "absolute"),
    ("في تشرين الأول 2018", P, "تشرين الأول 2018", "2018-10", "month", "absolute"),
    ("منذ آذار الماضي", P, "آذار الماضي", "2018-03", "month", "relative"),
    ("في 3 آب 2020", P, "3 آب 2020", "2020-08-03", "day", "absolute"),
    ("في أيلول المقبل", P, "أيلول المقبل", "2019-09", "month", "relative"),
    ("في شباط 2019", P, "شباط 2019", "2019-02", "month", "absolute"),
    # --- combined MSA / Levantine names
    ("في 3 يوليو/تموز 2018", P, "3 يوليو/تموز 2018", "2018-07-03", "day", "absolute"),
    ("في يوليو (تموز) 2018", P, "يوليو (تموز) 2018", "2018-07", "month", "absolute"),
    ("في تموز / يوليو 2006", P, "تموز / يوليو 2006", "2006-07", "month", "absolute"),
    # --- Moroccan / Mauritanian
    ("يوم 12 غشت 2019", P, "يوم 12 غشت 2019", "2019-08-12", "day", "absolute"),
    ("في شتنبر 2019", P, "شتنبر 2019", "2019-09", "month", "absolute"),
    ("في دجنبر الماضي", P, "دجنبر الماضي", "2018-12", "month", "relative"),
    ("في 9 يوليوز 2018", P, "9 يوليوز 2018", "2018-07-09", "day", "absolute"),
    ("في نونبر المقبل", P, "نونبر المقبل", "2019-11", "month", "relative"),
    # --- Libyan (1978-2011)
    ("في 5 الماء 2005", P, "5 الماء 2005", "2005-05-05", "day", "absolute"),
    ("بتاريخ 1 الفاتح 1999", P, "1 الفاتح 1999", "1999-09-01", "day", "absolute"),
    ("في 17 الطير 2010", P, "17 الطير 2010", "2010-04-17", "day", "absolute"),
    ("في 20 الربيع 2008", P, "20 الربيع 2008", "2008-03-20", "day", "absolute"),
    ("ثورة الفاتح من سبتمبر 1969", P, "الفاتح من سبتمبر 1969", "1969-09-01", "day", "absolute"),
    # --- Hijri (Umm al-Qura, via hijridate)
    ("1 رمضان 1440 هـ", P, "1 رمضان 1440 هـ", "2019-05-06", "day", "hijri"),
    ("في 15 رمضان 1440 هـ", P, "15 رمضان 1440 هـ", "2019-05-20", "day", "hijri"),
    ("غرة شوال 1440", P, "غرة شوال 1440", "2019-06-04", "day", "hijri"),
    ("يوم 10 محرم 1441هـ", P, "يوم 10 محرم 1441هـ", "2019-09-09", "day", "hijri"),
    ("خلال شهر رمضان", P, "شهر رمضان", "2019-05-06/2019-06-03", "interval", "hijri"),
    ("في رمضان الماضي", P, "رمضان الماضي", "2018-05-16/2018-06-14", "interval", "hijri"),
    ("في ذي الحجة 1440", P, "ذي الحجة 1440", "2019-08-02/2019-08-30", "interval", "hijri"),
    ("عام 1440 هـ", P, "عام 1440 هـ", "2018-09-11/2019-08-30", "interval", "hijri"),
    ("في رمضان 2019", P, "رمضان 2019", "2019-05-06/2019-06-03", "interval", "hijri"),
    ("في منتصف شعبان", P, "منتصف شعبان", "2019-04-16/2019-04-25", "interval", "hijri"),
    ("جمادى الآخرة 1440", P, "جمادى الآخرة 1440", "2019-02-06/2019-03-07", "interval", "hijri"),
    # --- numeric dates: day first, or year first when the first number has 4 digits
    ("بتاريخ 2019/07/31", P, "2019/07/31", "2019-07-31", "day", "absolute"),
    ("بتاريخ 31-07-2019", P, "31-07-2019", "2019-07-31", "day", "absolute"),
    ("بتاريخ 31/7/2019", P, "31/7/2019", "2019-07-31", "day", "absolute"),
    ("بتاريخ 31.07.2019", P, "31.07.2019", "2019-07-31", "day", "absolute"),
    ("بتاريخ ٢٠١٩/٠٧/٣١", P, "٢٠١٩/٠٧/٣١", "2019-07-31", "day", "absolute"),
    # --- years
    ("في عام 2016", P, "عام 2016", "2016", "year", "absolute"),
    ("منذ سنة 2016", P, "سنة 2016", "2016", "year", "absolute"),
    ("في 2016 تغير كل شيء", P, "2016", "2016", "year", "absolute"),
    ("منذ 2011", P, "2011", "2011", "year", "absolute"),
    ("منذ عام 2011", P, "عام 2011", "2011", "year", "absolute"),
    ("في العام 2016", P, "العام 2016", "2016", "year", "absolute"),
    ("في عام 1948م", P, "عام 1948م", "1948", "year", "absolute"),
    # --- deictic days
    ("وصل أمس إلى تونس", P, "أمس", "2019-03-09", "day", "relative"),
    ("وصل امس إلى تونس", P, "امس", "2019-03-09", "day", "relative"),
    ("وقع أول أمس", P, "أول أمس", "2019-03-08", "day", "relative"),
    ("وقع أول من أمس", P, "أول من أمس", "2019-03-08", "day", "relative"),
    ("وقع أمس الأول", P, "أمس الأول", "2019-03-08", "day", "relative"),
    ("يصل غدا إلى الجزائر", P, "غدا", "2019-03-11", "day", "relative"),
    ("يصل غداً إلى الجزائر", P, "غداً", "2019-03-11", "day", "relative"),
    ("يصل بعد غد", P, "بعد غد", "2019-03-12", "day", "relative"),
    ("تجري المباراة الليلة في الملعب", P, "الليلة", "2019-03-10", "day", "relative"),
    ("وقع الانفجار الليلة الماضية", P, "الليلة الماضية", "2019-03-09", "day", "relative"),
    ("يعقد اليوم الأحد اجتماعا", P, "اليوم الأحد", "2019-03-10", "day", "relative"),
    ("أعلنت الوزارة صباح اليوم", P, "صباح اليوم", "2019-03-10", "day", "relative"),
    ("أعلن الوزير اليوم أن الحكومة", P, "اليوم", "2019-03-10", "day", "relative"),
    ("حدث ذلك بالأمس", P, "الأمس", "2019-03-09", "day", "relative"),
    ("يوم أمس السبت", P, "يوم أمس السبت", "2019-03-09", "day", "relative"),
    ("مساء أمس", P, "مساء أمس", "2019-03-09", "day", "relative"),
    ("صباح الغد", P, "صباح الغد", "2019-03-11", "day", "relative"),
    ("قال البارحة", P, "البارحة", "2019-03-09", "day", "relative"),
    # --- weeks, months, years relative to publication (weeks run Monday-Sunday)
    ("الأسبوع الماضي", P, "الأسبوع الماضي", "2019-02-25/2019-03-03", "week", "relative"),
    ("الأسبوع الفارط", P, "الأسبوع الفارط", "2019-02-25/2019-03-03", "week", "relative"),
    ("الأسبوع المنصرم", P, "الأسبوع المنصرم", "2019-02-25/2019-03-03", "week", "relative"),
    ("الأسبوع المقبل", P, "الأسبوع المقبل", "2019-03-11/2019-03-17", "week", "relative"),
    ("الأسبوع القادم", P, "الأسبوع القادم", "2019-03-11/2019-03-17", "week", "relative"),
    ("هذا الأسبوع", P, "هذا الأسبوع", "2019-03-04/2019-03-10", "week", "relative"),
    ("الشهر الماضي", P, "الشهر الماضي", "2019-02", "month", "relative"),
    ("الشهر الفارط", P, "الشهر الفارط", "2019-02", "month", "relative"),
    ("الشهر الجاري", P, "الشهر الجاري", "2019-03", "month", "relative"),
    ("الشهر الحالي", P, "الشهر الحالي", "2019-03", "month", "relative"),
    ("الشهر المقبل", P, "الشهر المقبل", "2019-04", "month", "relative"),
    ("العام الماضي", P, "العام الماضي", "2018", "year", "relative"),
    ("السنة الماضية", P, "السنة الماضية", "2018", "year", "relative"),
    ("العام الجاري", P, "العام الجاري", "2019", "year", "relative"),
    ("السنة الحالية", P, "السنة الحالية", "2019", "year", "relative"),
    ("العام المقبل", P, "العام المقبل", "2020", "year", "relative"),
    ("هذا العام", P, "هذا العام", "2019", "year", "relative"),
    # --- weekdays (P is a Sunday)
    ("الأحد الماضي", P, "الأحد الماضي", "2019-03-03", "day", "relative"),
    ("قال الخميس إن", P, "الخميس", "2019-03-07", "day", "relative"),
    ("الخميس المقبل", P, "الخميس المقبل", "2019-03-14", "day", "relative"),
    ("الجمعة القادمة", P, "الجمعة القادمة", "2019-03-15", "day", "relative"),
    ("يوم الثلاثاء", P, "يوم الثلاثاء", "2019-03-05", "day", "relative"),
    ("مساء الاثنين", P, "مساء الاثنين", "2019-03-04", "day", "relative"),
    ("مساء الإثنين", P, "مساء الإثنين", "2019-03-04", "day", "relative"),
    ("فجر الأحد", P, "فجر الأحد", "2019-03-10", "day", "relative"),
    ("ليلة السبت", P, "ليلة السبت", "2019-03-09", "day", "relative"),
    ("وقع الهجوم الأربعاء", P, "الأربعاء", "2019-03-06", "day", "relative"),
    ("سيعقد المجلس اجتماعه الأربعاء", P, "الأربعاء", "2019-03-13", "day", "relative"),
    ("ومن المقرر أن يصل الرئيس السبت", P, "السبت", "2019-03-16", "day", "relative"),
    ("الجمعة 5 أوت 2023", P, "الجمعة 5 أوت 2023", "2023-08-05", "day", "absolute"),
    # --- durations
    ("قبل ثلاثة أيام", P, "قبل ثلاثة أيام", "2019-03-07", "day", "relative"),
    ("قبل 3 أيام", P, "قبل 3 أيام", "2019-03-07", "day", "relative"),
    ("قبل ٣ أيام", P, "قبل ٣ أيام", "2019-03-07", "day", "relative"),
    ("قبل يومين", P, "قبل يومين", "2019-03-08", "day", "relative"),
    ("قبل أسبوعين", P, "قبل أسبوعين", "2019-02-24", "day", "relative"),
    ("قبل شهرين", P, "قبل شهرين", "2019-01", "month", "relative"),
    ("قبل عامين", P, "قبل عامين", "2017", "year", "relative"),
    ("قبل سنتين", P, "قبل سنتين", "2017", "year", "relative"),
    ("قبل خمس سنوات", P, "قبل خمس سنوات", "2014", "year", "relative"),
    ("قبل 15 يوما", P, "قبل 15 يوما", "2019-02-23", "day", "relative"),
    ("بعد أسبوع", P, "بعد أسبوع", "2019-03-17", "day", "relative"),
    ("منذ عشرة أعوام", P, "منذ عشرة أعوام", "2009", "year", "relative"),
    ("منذ أشهر", P, "منذ أشهر", None, "unknown", "unresolved"),
    ("قبل أيام", P, "قبل أيام", None, "unknown", "unresolved"),
    ("قبل بضعة أسابيع", P, "قبل بضعة أسابيع", None, "unknown", "unresolved"),
    ("خلال الأيام الماضية", P, "الأيام الماضية", None, "unknown", "unresolved"),
    ("خلال الأيام الثلاثة الماضية", P, "الأيام الثلاثة الماضية", "2019-03-07/2019-03-09", "interval", "relative"),
    ("خلال الأسابيع المقبلة", P, "الأسابيع المقبلة", None, "unknown", "unresolved"),
    # --- parts of periods
    ("مطلع مارس 2019", P, "مطلع مارس 2019", "2019-03-01/2019-03-10", "interval", "absolute"),
    ("منتصف يناير 2019", P, "منتصف يناير 2019", "2019-01-11/2019-01-20", "interval", "absolute"),
    ("أواسط يناير 2019", P, "أواسط يناير 2019", "2019-01-11/2019-01-20", "interval", "absolute"),
    ("أواخر فبراير 2019", P, "أواخر فبراير 2019", "2019-02-21/2019-02-28", "interval", "absolute"),
    ("أواخر فبراير 2020", P, "أواخر فبراير 2020", "2020-02-21/2020-02-29", "interval", "absolute"),
    ("بداية أكتوبر 2018", P, "بداية أكتوبر 2018", "2018-10-01/2018-10-10", "interval", "absolute"),
    ("أوائل نوفمبر 2018", P, "أوائل نوفمبر 2018", "2018-11-01/2018-11-10", "interval", "absolute"),
    ("مستهل ديسمبر 2018", P, "مستهل ديسمبر 2018", "2018-12-01/2018-12-10", "interval", "absolute"),
    ("آخر يونيو 2018", P, "آخر يونيو 2018", "2018-06-21/2018-06-30", "interval", "absolute"),
    ("نهاية جويلية الفارط", P, "نهاية جويلية الفارط", "2018-07-21/2018-07-31", "interval", "relative"),
    ("مطلع العام", P, "مطلع العام", "2019-01-01/2019-04-30", "interval", "relative"),
    ("منتصف العام المقبل", P, "منتصف العام المقبل", "2020-05-01/2020-08-31", "interval", "relative"),
    ("نهاية العام الماضي", P, "نهاية العام الماضي", "2018-09-01/2018-12-31", "interval", "relative"),
    ("منتصف 2018", P, "منتصف 2018", "2018-05-01/2018-08-31", "interval", "absolute"),
    ("نهاية عام 2017", P, "نهاية عام 2017", "2017-09-01/2017-12-31", "interval", "absolute"),
    ("مطلع الشهر المقبل", P, "مطلع الشهر المقبل", "2019-04-01/2019-04-10", "interval", "relative"),
    ("نهاية الأسبوع الماضي", P, "نهاية الأسبوع الماضي", "2019-03-02/2019-03-03", "interval", "relative"),
    ("أول يناير 2020", P, "أول يناير 2020", "2020-01-01", "day", "absolute"),
    ("نهاية يوليو من العام الماضي", P, "نهاية يوليو من العام الماضي", "2018-07-21/2018-07-31", "interval", "relative"),
    # --- proclitics glued to the first word stay outside the span
    ("وأمس قال الوزير", P, "أمس", "2019-03-09", "day", "relative"),
    ("بنهاية العام الجاري", P, "نهاية العام الجاري", "2019-09-01/2019-12-31", "interval", "relative"),
    ("لعام 2016", P, "عام 2016", "2016", "year", "absolute"),
    ("للعام الماضي", P, "لعام الماضي", "2018", "year", "relative"),
    ("والأحد الماضي", P, "الأحد الماضي", "2019-03-03", "day", "relative"),
    ("وفي 5 أوت 2023", P, "5 أوت 2023", "2023-08-05", "day", "absolute"),
    # --- months without a year: closest to publication, ties to the past
    ("في سبتمبر", P, "سبتمبر", "2018-09", "month", "relative"),
    ("في مايو", P, "مايو", "2019-05", "month", "relative"),
    ("في 5 مارس", P, "5 مارس", "2019-03-05", "day", "relative"),
    ("5 مارس الماضي", P, "5 مارس الماضي", "2019-03-05", "day", "relative"),
    ("مارس الماضي", P, "مارس الماضي", "2018-03", "month", "relative"),
    ("مارس الجاري", P, "مارس الجاري", "2019-03", "month", "relative"),
    # --- day ranges
    ("يومي 5 و6 يوليو 2019", P, "5 و6 يوليو 2019", "2019-07-05/2019-07-06", "interval", "absolute"),
    ("من 10-12 أكتوبر 2019", P, "10-12 أكتوبر 2019", "2019-10-10/2019-10-12", "interval", "absolute"),
    # --- the article glued to a day number (الـ5), Tunisian «موفى» (end of)
    ("في الـ5 من أغسطس 2023", P, "الـ5 من أغسطس 2023", "2023-08-05", "day", "absolute"),
    ("يوم الأحد الـ 5 من شهر ذي القعدة 1436", P, "يوم الأحد الـ 5 من شهر ذي القعدة 1436", "2015-08-20", "day", "hijri"),
    ("إلى موفى جوان 2020", P, "موفى جوان 2020", "2020-06-21/2020-06-30", "interval", "absolute"),
    ("في موفى السنة الجارية", P, "موفى السنة الجارية", "2019-09-01/2019-12-31", "interval", "relative"),
    # --- a double month name written with a space or a dash, as the wire services print it
    ("منذ مارس آذار 2010", P, "مارس آذار 2010", "2010-03", "month", "absolute"),
    ("في يوليو تموز الماضي", P, "يوليو تموز الماضي", "2018-07", "month", "relative"),
    ("في 8 تشرين الأول - أكتوبر 2005", P, "8 تشرين الأول - أكتوبر 2005", "2005-10-08", "day", "absolute"),
    # --- a month after a preposition of time; «منذ» (since) looks back
    ("منذ ماي والوضع على حاله", P, "ماي", "2018-05", "month", "relative"),
    ("خلال آب اللهاب", P, "آب", "2019-08", "month", "relative"),
    ("تراجع منذ مارس", P, "مارس", "2019-03", "month", "relative"),
    ("منذ 20 مارس", P, "20 مارس", "2018-03-20", "day", "relative"),
    # --- a day of «الشهر» (Gregorian unless the text dates in Hijri months)
    ("يوم 25 من الشهر الجاري", P, "يوم 25 من الشهر الجاري", "2019-03-25", "day", "relative"),
    ("في العاشر من الشهر الماضي", P, "العاشر من الشهر الماضي", "2019-02-10", "day", "relative"),
    ("حتى الخامس من الشهر المقبل", P, "الخامس من الشهر المقبل", "2019-04-05", "day", "relative"),
    ("في الـ15 من هذا الشهر", P, "الـ15 من هذا الشهر", "2019-03-15", "day", "relative"),
    # --- halves and ten-day thirds of a month
    (
        "النصف الأول من شهر مارس 2019",
        P,
        "النصف الأول من شهر مارس 2019",
        "2019-03-01/2019-03-15",
        "interval",
        "absolute",
    ),
    ("النصف الثاني من فبراير 2019", P, "النصف الثاني من فبراير 2019", "2019-02-16/2019-02-28", "interval", "absolute"),
    (
        "النصف الثاني من الشهر الجاري",
        P,
        "النصف الثاني من الشهر الجاري",
        "2019-03-16/2019-03-31",
        "interval",
        "relative",
    ),
    ("في العشر الأواخر من رمضان 1440", P, "العشر الأواخر من رمضان 1440", "2019-05-26/2019-06-03", "interval", "hijri"),
    # --- two periods back or ahead
    ("العام قبل الماضي", P, "العام قبل الماضي", "2017", "year", "relative"),
    ("الأسبوع قبل الماضي", P, "الأسبوع قبل الماضي", "2019-02-18/2019-02-24", "week", "relative"),
    ("الأسبوع بعد المقبل", P, "الأسبوع بعد المقبل", "2019-03-18/2019-03-24", "week", "relative"),
    ("أواخر العام قبل الماضي", P, "أواخر العام قبل الماضي", "2017-09-01/2017-12-31", "interval", "relative"),
    ("الأحد قبل الماضي", P, "الأحد قبل الماضي", "2019-02-24", "day", "relative"),
    ("الخميس بعد المقبل", P, "الخميس بعد المقبل", "2019-03-21", "day", "relative"),
    # --- dual spans, «القليلة»
    ("خلال اليومين الماضيين", P, "اليومين الماضيين", "2019-03-08/2019-03-09", "interval", "relative"),
    ("خلال الأسبوعين المقبلين", P, "الأسبوعين المقبلين", "2019-03-11/2019-03-24", "interval", "relative"),
    ("خلال السنتين الأخيرتين", P, "السنتين الأخيرتين", "2017-03-10/2019-03-09", "interval", "relative"),
    ("في الأيام القليلة الماضية", P, "الأيام القليلة الماضية", None, "unknown", "unresolved"),
    # --- durations: «نحو» keeps the number, «أكثر من» gives no date, «من الآن / من الزمن» are no event
    ("قبل نحو ثلاثة أسابيع", P, "قبل نحو ثلاثة أسابيع", "2019-02-17", "day", "relative"),
    ("منذ حوالي عامين", P, "منذ حوالي عامين", "2017", "year", "relative"),
    ("منذ أكثر من عام", P, "منذ أكثر من عام", None, "unknown", "unresolved"),
    ("قبل عام على الأقل", P, "قبل عام على الأقل", None, "unknown", "unresolved"),
    ("قبل أسبوعين من الآن", P, "قبل أسبوعين من الآن", "2019-02-24", "day", "relative"),
    ("كان ذلك قبل عقد من الزمن", P, "قبل عقد من الزمن", "2009", "year", "relative"),
    ("يعاني منذ ثلاث سنوات من مرض", P, "منذ ثلاث سنوات", "2016", "year", "relative"),
    ("سيطر قبل شهرين على المدينة", P, "قبل شهرين", "2019-01", "month", "relative"),
    # --- Hijri dates in digits (Gulf usage), day/month/year or year/month/day
    ("بتاريخ 15/8/1436هـ", P, "15/8/1436هـ", "2015-06-02", "day", "hijri"),
    ("حتى 1436/10/30 هـ", P, "1436/10/30 هـ", "2015-08-15", "day", "hijri"),
    ("يوم الجمعة ٩/٩/١٤٣٦", P, "يوم الجمعة ٩/٩/١٤٣٦", "2015-06-26", "day", "hijri"),
    # --- a day word with its weekday in brackets
    ("أعلنت أمس (السبت) أن", P, "أمس (السبت)", "2019-03-09", "day", "relative"),
]


@pytest.mark.parametrize(("text", "published", "span", "value", "granularity", "resolution"), CASES)
def test_expression(
    text: str, published: dt.date | None, span: str, value: str | None, granularity: str, resolution: str
) -> None:
    assert one(text, published) == (span, value, granularity, resolution)


# --- year boundaries (December / January)
BOUNDARY = [
    ("20 جانفي القادم", dt.date(2019, 12, 5), "2020-01-20"),
    ("ديسمبر الماضي", dt.date(2020, 1, 15), "2019-12"),
    ("في يناير", dt.date(2019, 12, 20), "2020-01"),
    ("في ديسمبر", dt.date(2020, 1, 5), "2019-12"),
    ("الشهر المقبل", dt.date(2019, 12, 5), "2020-01"),
    ("الشهر الماضي", dt.date(2020, 1, 10), "2019-12"),
    ("الأسبوع المقبل", dt.date(2019, 12, 30), "2020-01-06/2020-01-12"),
    ("الأسبوع الماضي", dt.date(2020, 1, 2), "2019-12-23/2019-12-29"),
    ("أمس", dt.date(2020, 1, 1), "2019-12-31"),
    ("غدا", dt.date(2019, 12, 31), "2020-01-01"),
    ("نهاية ديسمبر المقبل", dt.date(2019, 12, 5), "2020-12-21/2020-12-31"),
    ("28 ديسمبر", dt.date(2020, 1, 3), "2019-12-28"),
    ("قبل شهرين", dt.date(2020, 1, 31), "2019-11"),
    ("العام الماضي", dt.date(2020, 1, 1), "2019"),
    ("كانون الأول الماضي", dt.date(2020, 1, 15), "2019-12"),
    ("رمضان المقبل", dt.date(2019, 12, 31), "2020-04-24/2020-05-23"),
]


@pytest.mark.parametrize(("text", "published", "value"), BOUNDARY)
def test_year_boundary(text: str, published: dt.date, value: str) -> None:
    assert one(text, published)[1] == value


# --- words that look like dates but are not
NOT_DATES = [
    "مارس الرياضة منذ صغره",
    "مارس الضغوط على الحكومة",
    "قال أب لطفلين إنه لا يعرف",
    "انتهت المباراة بنتيجة 3 صفر",
    "العدد صفر في الجدول",
    "شرب الماء ضروري",
    "في فصل الربيع تتفتح الأزهار",
    "الربيع العربي",
    "الربيع 2011 كان صعبا",
    "قال ناصر إن الوضع صعب",
    "صلى في مسجد الجمعة",
    "بعد صلاة الجمعة",
    "رأيت الأحد عشر كوكبا",
    "لم يحضر أحد",
    "كلا الاثنين غائب",
    "أعلنت شركة نيسان عن سيارة",
    "قال رمضان إن الفريق جاهز",
    "قتل 2016 شخصا",
    "يوجد في عين اليوم",
    "في اليوم التالي",
    "أعداء الأمس أصدقاء",
    "في تلك الليلة",
    "المدعي العام",
    "الشهر عسل",
    "دون جوان",
    "بغداد",
    "لامس سقف التوقعات",
    "وصل إلى 13/25/2019",
    "القطاع العام",
    "بعد يومين من الاعتقال",  # counted from another event: no date of the calendar
    "بعد ستة أيام على انفجار المرفأ",
    "قبل 18 شهرا من انتهاء الولاية",
    "بعد أكثر من سنة وشهرين من دون رئيس",
    "اشترى سيارة من نيسان",
    "وفي صباح اليوم التالي عاد",  # the day of a story, not today
    "عشية اليوم العالمي للمرأة",
    "مساء اليوم الأول من المؤتمر",
    "في الخدمة الليلة المقررة",
    "تبلغ الليلة الواحدة 350 دولارا",
    "تراوحت الأسعار بين 1950 و1990 دينارا",
    "فاز بين 2000 و2010 نقطة",
    "سجل 40 منه",
    "في النصف الأول من المباراة",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert times(text) == []


# --- no publication date
def test_relative_without_published_is_found_but_unresolved() -> None:
    for text in (
        "أمس",
        "الشهر الماضي",
        "الأحد الماضي",
        "قبل ثلاثة أيام",
        "في يوليو",
        "نهاية العام الجاري",
        "يوم 25 من الشهر الجاري",
        "خلال اليومين الماضيين",
        "العام قبل الماضي",
        "قبل نحو عام",
        "منذ ماي",
        "النصف الثاني من الشهر الجاري",
    ):
        found = times(text, None)
        assert len(found) == 1, text
        t = found[0]
        assert (t.value, t.resolution) == (None, "unresolved")
        assert t.reason == "no publication date; give --published or a 'published' field"


def test_absolute_without_published_still_resolves() -> None:
    assert one("في 5 أوت 2023", None) == ("5 أوت 2023", "2023-08-05", "day", "absolute")
    assert one("1 رمضان 1440 هـ", None) == ("1 رمضان 1440 هـ", "2019-05-06", "day", "hijri")
    assert one("عام 2016", None) == ("عام 2016", "2016", "year", "absolute")
    assert one("2019/07/31", None)[1] == "2019-07-31"


# --- offsets
def test_offsets_with_diacritics_around() -> None:
    text = "قَالَ الرَّئِيسُ أَمْسِ إِنَّ الاجْتِمَاعَ سَيُعْقَدُ فِي الخَامِسِ مِنْ أُغُسْطُسَ ٢٠٢٣"
    found = times(text)
    assert [t.text for t in found] == ["أَمْسِ", "الخَامِسِ مِنْ أُغُسْطُسَ ٢٠٢٣"]
    assert [t.value for t in found] == ["2019-03-09", "2023-08-05"]


def test_offsets_with_tatweel_and_presentation_forms() -> None:
    text = "ﻻ جديد منذ الشــهر الماضي، وأمس أعلنوا"  # ﻻ is a presentation-form ligature (NFKC → لا)
    found = times(text)
    assert [t.text for t in found] == ["الشــهر الماضي", "أمس"]


def test_fast_offset_map_agrees_with_normalize_with_map() -> None:
    text = "قَالَ\u200f الرَّئِيسُ أَمْسِـــ إِنَّ ٢٠١٩ عَامٌ"
    omap = _OffsetMap(text, _grammar())
    assert omap.offsets is None  # the fast path
    key, offsets = normalize_with_map(text)
    assert omap.key == key
    for i in range(len(key)):
        for j in range(i, len(key) + 1):
            assert omap.span(i, j) == original_span(offsets, i, j)


def test_several_in_order() -> None:
    text = "التقى الوزير أمس، بعد زيارته في 3 يوليو/تموز 2018، وسيعود الأسبوع المقبل أو مطلع العام 2020."
    found = times(text)
    assert [t.text for t in found] == ["أمس", "3 يوليو/تموز 2018", "الأسبوع المقبل", "مطلع العام 2020"]


def test_year_chain() -> None:
    found = times("بين عامي 2010 و2015")
    assert [(t.text, t.value) for t in found] == [("عامي 2010", "2010"), ("2015", "2015")]


def test_weekday_before_date_is_one_expression() -> None:
    assert one("يوم الجمعة، 5 أوت 2023")[0] == "يوم الجمعة، 5 أوت 2023"


def test_before_friday_is_not_a_duration() -> None:
    assert one("قبل يوم الجمعة") == ("يوم الجمعة", "2019-03-08", "day", "relative")
    assert one("قبل شهر رمضان")[0] == "شهر رمضان"


# --- lexicon and calendar helpers
def test_lexicon_has_every_month_of_every_family() -> None:
    lex = load_lexicon()
    for calendar in ("gregorian", "hijri", "libyan"):
        months = {m.month for m in lex.months.values() if m.calendar == calendar}
        assert months == set(range(1, 13)), calendar
    assert lex.ordinals["الحادي والثلاثين"] == 31
    assert lex.ordinals["التاسع عشر"] == 19


def test_pick_year_rule() -> None:
    ref = (2019, 3, 10)
    assert R.pick_year(9, None, None, ref) == 2018  # tie: 6 months either way, the past wins
    assert R.pick_year(3, None, "past", ref) == 2018
    assert R.pick_year(3, 5, "past", ref) == 2019
    assert R.pick_year(3, 20, "future", ref) == 2019
    assert R.pick_year(3, None, "future", ref) == 2020


def test_hijri_conversion_matches_umm_al_qura() -> None:
    assert R.hijri_to_gregorian(1440, 9, 1) == dt.date(2019, 5, 6)
    assert R.gregorian_to_hijri(dt.date(2019, 3, 10)) == (1440, 7, 3)


def test_hijri_out_of_range_is_unresolved_with_reason() -> None:
    t = times("عام 1300 هـ")[0]
    assert t.value is None
    assert t.reason == R.HIJRI_RANGE


def test_invalid_day_is_unresolved() -> None:
    t = times("30 فبراير 2019")[0]
    assert t.value is None and t.resolution == "unresolved"
    assert t.reason == "no such day in month 2 of 2019"


def test_to_dict() -> None:
    t = times("أمس")[0]
    assert t.to_dict() == {
        "text": "أمس",
        "start": 0,
        "end": 3,
        "value": "2019-03-09",
        "granularity": "day",
        "resolution": "relative",
        "reason": None,
    }


# --- quarters, halves and first / last months of a year
S = dt.date(2015, 8, 2)  # a Sunday; Hijri 1436-10-17
YEAR_PARTS = [
    (
        "ارتفعت خلال الربع الثاني من العام الحالي",
        P,
        "الربع الثاني من العام الحالي",
        "2019-04-01/2019-06-30",
        "relative",
    ),
    ("خلال النصف الأول من عام 2015م", P, "النصف الأول من عام 2015م", "2015-01-01/2015-06-30", "absolute"),
    ("القوائم المالية للربع الأول من 2015م", P, "لربع الأول من 2015م", "2015-01-01/2015-03-31", "absolute"),
    ("الربع الأخير من العام الماضي", P, "الربع الأخير من العام الماضي", "2018-10-01/2018-12-31", "relative"),
    ("خلال النصف الثاني للعام", P, "النصف الثاني للعام", "2019-07-01/2019-12-31", "relative"),
    ("النصف الأول من هذا العام", P, "النصف الأول من هذا العام", "2019-01-01/2019-06-30", "relative"),
    ("النصف الأول من العام الحالي 2015م", P, "النصف الأول من العام الحالي 2015م", "2015-01-01/2015-06-30", "absolute"),
    ("الثلث الأخير من 2018", P, "الثلث الأخير من 2018", "2018-09-01/2018-12-31", "absolute"),
    ("الأشهر الثلاثة الأولى من العام", P, "الأشهر الثلاثة الأولى من العام", "2019-01-01/2019-03-31", "relative"),
    (
        "الأشهر العشرة الأولى من العام الجاري",
        P,
        "الأشهر العشرة الأولى من العام الجاري",
        "2019-01-01/2019-10-31",
        "relative",
    ),
    ("الأشهر الستة الأخيرة من عام 2018", P, "الأشهر الستة الأخيرة من عام 2018", "2018-07-01/2018-12-31", "absolute"),
    ("الربع الماضي", P, "الربع الماضي", "2018-10-01/2018-12-31", "relative"),
    ("الربع المقبل", P, "الربع المقبل", "2019-04-01/2019-06-30", "relative"),
    ("الربع الحالي", P, "الربع الحالي", "2019-01-01/2019-03-31", "relative"),
    ("أرباح الربع الثاني", P, "الربع الثاني", "2019-04-01/2019-06-30", "relative"),  # no year: publication's
]


@pytest.mark.parametrize(("text", "published", "span", "value", "resolution"), YEAR_PARTS)
def test_year_part(text: str, published: dt.date, span: str, value: str, resolution: str) -> None:
    assert one(text, published) == (span, value, "interval", resolution)


def test_year_part_without_year_takes_the_year_of_the_last_one() -> None:
    found = times("بلغت خلال النصف الأول من عام 2014 نحو مليار، وفي الربع الثاني وحده")
    assert [t.value for t in found] == ["2014-01-01/2014-06-30", "2014-04-01/2014-06-30"]


def test_previous_quarter_is_the_one_before_the_last_named() -> None:
    found = times("خسائر الربع الثاني من 2015 أعلى من الربع السابق")
    assert [(t.text, t.value) for t in found][1] == ("الربع السابق", "2015-01-01/2015-03-31")


def test_fiscal_year_written_as_two_years_runs_july_to_june() -> None:
    text = "نما 4% في الربع الثاني من العام 2014/2015 و5% في النصف الأول من العام المالي الماضي بفضل الربع الأول."
    found = times(text, S)
    assert [t.value for t in found] == ["2014-10-01/2014-12-31", "2014-07-01/2014-12-31", "2014-07-01/2014-09-30"]
    assert found[0].reason == found[1].reason == R.FISCAL_SPLIT


def test_fiscal_year_of_one_year_is_the_calendar_year_with_a_note() -> None:
    t = times("في الربع الأول من العام المالي 2015", S)[0]
    assert (t.value, t.reason) == ("2015-01-01/2015-03-31", R.FISCAL_CALENDAR)
    t = times("عجز النصف الأول من العام المالي الماضي", S)[0]
    assert (t.value, t.reason) == ("2014-01-01/2014-06-30", R.FISCAL_CALENDAR)


@pytest.mark.parametrize(
    "text",
    ["سجل هدفا في النصف الأول من المباراة", "في الربع الأول من القرن العشرين", "في النصف الثالث"],
)
def test_part_of_something_else_is_not_a_year_part(text: str) -> None:
    assert times(text) == []


# --- «اليوم» alone: today, unless a name or "the day" of a story
TODAY_ADVERB = [
    ("أعلن الوزير اليوم في مؤتمر", "اليوم"),
    ("تبدأ المديرية اليوم في استقبال الطلبات", "اليوم"),
    ("يحيي الأهالي، اليوم ذكرى اختطافهم", "اليوم"),
    ('وقال التسجيل الصادر اليوم "أكد الملا', "اليوم"),
    ("اليوم، يعيش السكان", "اليوم"),
    ("حتى اليوم لم يصدر القرار", "اليوم"),  # up to today: a date (today)
    ("في بيان لها اليوم على موقعها", "اليوم"),
]


@pytest.mark.parametrize(("text", "span"), TODAY_ADVERB)
def test_today_adverb(text: str, span: str) -> None:
    assert one(text) == (span, "2019-03-10", "day", "relative")


@pytest.mark.parametrize(
    "text",
    [
        'نشرت صحيفة "اليوم" تقريرا',
        "نقلا عن عين اليوم",
        "احتفلت المملكة باليوم الوطني",
        "اليوم العالمي للمرأة",
        "في اليوم الأول من المؤتمر",
        "في نفس اليوم",
        "في ذات اليوم",
        "بقي طوال اليوم",
        "ثلاث مرات في اليوم",
        "اليوم - الدمام",
        "نشر موقع اليوم السابع",
    ],
)
def test_today_is_not_a_date(text: str) -> None:
    assert times(text) == []


# --- a weekday with a day/month: the calendar whose date falls on that weekday
WEEKDAY_DM = [
    ("• الاثنين 18/10 (83.37-88.53%)", S, "الاثنين 18/10", "2015-08-03", "hijri", None),  # 18 Shawwal 1436
    ("الأحد 24/10", S, "الأحد 24/10", "2015-08-09", "hijri", None),
    ("الاثنين 18/10 هـ", S, "الاثنين 18/10 هـ", "2015-08-03", "hijri", None),
    ("الأحد 10/3", P, "الأحد 10/3", "2019-03-10", "relative", None),
    ("يوم الخميس 14/3", P, "يوم الخميس 14/3", "2019-03-14", "relative", None),
    ("الاثنين 10/3", P, "الاثنين 10/3", "2019-03-10", "relative", R.WEEKDAY_MISMATCH),
]


@pytest.mark.parametrize(("text", "published", "span", "value", "resolution", "reason"), WEEKDAY_DM)
def test_weekday_with_day_and_month(
    text: str, published: dt.date, span: str, value: str, resolution: str, reason: str | None
) -> None:
    t = times(text, published)[0]
    assert (t.text, t.value, t.granularity, t.resolution, t.reason) == (span, value, "day", resolution, reason)


# --- a day word with a weekday: the weekday wins, the day word picks the closest one
@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("توفي اليوم الجمعة", dt.date(2015, 8, 1), "2015-07-31"),  # dated Saturday, written on Friday
        ("الصلاة عليه غداً السبت", dt.date(2015, 8, 1), "2015-08-01"),
        ("وصل أمس الخميس", P, "2019-03-07"),
        ("يعقد اليوم الجمعة اجتماعا", P, "2019-03-08"),
        ("يوم أمس السبت", P, "2019-03-09"),
    ],
)
def test_named_weekday_wins_over_day_word(text: str, published: dt.date, value: str) -> None:
    assert times(text, published)[0].value == value


# --- ranges whose end alone has the year
RANGES = [
    ("من 1 يناير إلى 30 يونيو من العام 2015م", "1 يناير إلى 30 يونيو من العام 2015م", "2015-01-01/2015-06-30"),
    ("من 15 ديسمبر حتى 10 يناير 2016", "15 ديسمبر حتى 10 يناير 2016", "2015-12-15/2016-01-10"),
    ("من مارس إلى يونيو 2018", "مارس إلى يونيو 2018", "2018-03-01/2018-06-30"),
    ("بين 5 مارس و6 أبريل 2018", "5 مارس و6 أبريل 2018", "2018-03-05/2018-04-06"),
    ("من 10 أكتوبر - 12 نوفمبر 2019", "10 أكتوبر - 12 نوفمبر 2019", "2019-10-10/2019-11-12"),
]


@pytest.mark.parametrize(("text", "span", "value"), RANGES)
def test_range_shares_the_year_of_its_end(text: str, span: str, value: str) -> None:
    assert one(text) == (span, value, "interval", "absolute")


def test_and_without_between_is_two_dates() -> None:
    assert [t.text for t in times("في 5 مارس و6 أبريل 2018")] == ["5 مارس", "6 أبريل 2018"]


# --- Moroccan «فاتح» and weeks of a month
@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("ستنطلق في فاتح شتنبر المقبل", dt.date(2024, 6, 3), "فاتح شتنبر المقبل", "2024-09-01"),
        (
            "خلال الأسبوع الأول من كانون الثاني القادم",
            dt.date(2018, 12, 31),
            "الأسبوع الأول من كانون الثاني القادم",
            "2019-01-01/2019-01-07",
        ),
        ("الأسبوع الأخير من فبراير 2020", P, "الأسبوع الأخير من فبراير 2020", "2020-02-23/2020-02-29"),
        ("الأسبوع الثالث من مارس 2019", P, "الأسبوع الثالث من مارس 2019", "2019-03-15/2019-03-21"),
        ("الأسبوع الثاني من رمضان 1440", P, "الأسبوع الثاني من رمضان 1440", "2019-05-13/2019-05-19"),
    ],
)
def test_first_of_month_and_week_of_month(text: str, published: dt.date, span: str, value: str) -> None:
    assert one(text, published)[:2] == (span, value)


# --- vague times: found, no value, a reason
@pytest.mark.parametrize(
    ("text", "span", "reason"),
    [
        ("المعتمدة مؤخرا من الوزارة", "مؤخرا", R.VAGUE_TIME),
        ("قالت مؤخراً", "مؤخراً", R.VAGUE_TIME),
        ("وقالت الوكالة، في وقت سابق، إن", "وقت سابق", R.VAGUE_TIME),
        ("في وقت لاحق", "وقت لاحق", R.VAGUE_TIME),
        ("خلال الفترة القادمة", "الفترة القادمة", R.VAGUE_TIME),
        ("خلال الفترة الفائتة", "الفترة الفائتة", R.VAGUE_TIME),
        ("في الآونة الأخيرة", "الآونة الأخيرة", R.VAGUE_TIME),
        ("خلال السنوات الأخيرة", "السنوات الأخيرة", R.VAGUE.format(unit="year")),
        ("توفي قبل عام ونصف العام", "قبل عام ونصف العام", R.APPROXIMATE),
        ("منذ شهر ونصف", "منذ شهر ونصف", R.APPROXIMATE),
    ],
)
def test_vague_is_found_without_value(text: str, span: str, reason: str) -> None:
    t = times(text)[0]
    assert (t.text, t.value, t.granularity, t.resolution, t.reason) == (span, None, "unknown", "unresolved", reason)


# --- weekdays: the future ones, habits, and the same weekday named again
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("سيعقد الاجتماع يوم الأربعاء", "2019-03-13"),
        ("من المقرر أن تنطلق الدورة الأربعاء", "2019-03-13"),
        ("تنطلق الأربعاء فعاليات المهرجان", "2019-03-13"),
        ("سيتم الإعلان عن النتائج الخميس", "2019-03-14"),
        ("الإضراب ابتداء من الساعة 21 من يوم الأربعاء", "2019-03-13"),
        ("انطلقت الأربعاء فعاليات المهرجان", "2019-03-06"),
    ],
)
def test_future_weekday(text: str, value: str) -> None:
    assert times(text)[0].value == value


def test_habitual_weekdays_are_not_dates() -> None:
    assert times("العمل يومي الجمعة والسبت من كل أسبوع") == []
    assert times("يغلق السوق أيام الجمعة") == []


def test_weekday_named_again_is_the_same_day() -> None:
    found = times("حدد الخميس المقبل موعدا، ثم قال إن الخميس يوم حاسم")
    assert [t.value for t in found] == ["2019-03-14", "2019-03-14"]


# --- what the rest of the text says
def test_month_after_a_preposition_needs_a_month_of_its_family_before() -> None:
    text = "ستجري الانتخابات في الخامس عشر من تموز القادم، بعدما تم تأجيلها من نيسان."
    found = times(text, dt.date(2024, 3, 14))
    assert [(t.text, t.value) for t in found] == [("الخامس عشر من تموز القادم", "2024-07-15"), ("نيسان", "2024-04")]
    # the verb مارس "practised", a car maker, a surname: no month of their family before, or an object after
    assert [t.text for t in times("قال في 5 جانفي إن كل من مارس التعذيب سيحاسب")] == ["5 جانفي"]
    assert [t.text for t in times("في يناير الماضي اشترى سيارة من نيسان")] == ["يناير الماضي"]


def test_day_of_the_month_just_named() -> None:
    text = "ستنطلق عملية الإحصاء في فاتح شتنبر المقبل وتستمر إلى غاية 30 منه."
    found = times(text, dt.date(2024, 6, 3))
    assert [(t.text, t.value) for t in found] == [("فاتح شتنبر المقبل", "2024-09-01"), ("30 منه", "2024-09-30")]
    found = times("وصلوا في العاشر من تموز 2015 وفقد الاتصال بهم في الـ 12 من الشهر نفسه")
    assert [t.value for t in found] == ["2015-07-10", "2015-07-12"]
    assert [t.value for t in times("لعب في الثاني من أغسطس ثم في السادس من نفس الشهر", P)] == [
        "2019-08-02",
        "2019-08-06",
    ]
    # «منه» ("of it") only right after a month of the same sentence, and never a count
    assert [t.text for t in times("في 5 أوت الماضي باع 30 منه")] == ["5 أوت الماضي"]
    assert [t.text for t in times("في 5 أوت الماضي. ثم وصل إلى 30 منه")] == ["5 أوت الماضي"]
    assert [t.text for t in times("سجل 3 من الشهر الماضي")] == ["الشهر الماضي"]


def test_a_text_dated_in_hijri_months_counts_the_current_month_in_them() -> None:
    text = "تبدأ يوم السبت السابع من شهر ذي القعدة المقبل، وتنطلق الدورات يوم 25 من الشهر الجاري."
    found = times(text, dt.date(2015, 8, 3))
    assert [(t.value, t.resolution) for t in found] == [("2015-08-22", "hijri"), ("2015-08-10", "hijri")]
    assert found[1].reason == R.HIJRI_TEXT
    # «رمضان» alone is a season of any text, not its calendar
    found = times("خلال رمضان زاد الإقبال، وسيفتتح المعرض يوم 25 من الشهر الجاري", dt.date(2015, 8, 3))
    assert found[1].value == "2015-08-25"


def test_text_calling_last_month_current_was_written_in_it() -> None:
    # a paper dated 1 August prints what was written on 31 July
    text = "تقع تواريخ التوزيع بين شهري يوليو الحالي وأغسطس المقبل"
    assert [t.value for t in times(text, dt.date(2015, 8, 1))] == ["2015-07", "2015-08"]
    assert [t.value for t in times("في أغسطس المقبل", dt.date(2015, 8, 1))] == ["2016-08"]


def test_year_range_after_between_or_from() -> None:
    assert [t.value for t in times("حكم البلاد ما بين 1982 و1990.")] == ["1982", "1990"]
    assert [t.value for t in times("ترأس النادي من 2003 إلى 2010، ثم غادر")] == ["2003", "2010"]
    assert [t.value for t in times("لعب من 2004 حتى 2007 في مدريد")] == ["2004", "2007"]


def test_marker_after_a_pair_places_both() -> None:
    found = times("تستأنف الفعاليات يومي الخميس والجمعة المقبلين")
    assert [(t.text, t.value) for t in found] == [("الخميس", "2019-03-14"), ("الجمعة المقبلين", "2019-03-15")]
    found = times("تراجعت الصادرات في يناير وفبراير الماضيين", dt.date(2019, 1, 20))
    assert [t.value for t in found] == ["2018-01", "2018-02"]


def test_about_keeps_the_number_with_a_note() -> None:
    t = times("عاد قبل نحو عام")[0]
    assert (t.text, t.value, t.reason) == ("قبل نحو عام", "2018", R.ABOUT)
    t = times("اعتقل قبل أكثر من شهر")[0]
    assert (t.value, t.reason) == (None, R.BOUNDED)
