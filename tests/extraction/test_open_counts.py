"""Counts of things the counted-noun list does not know (round 4), on sentences the team
wrote: counts in economic news are open-ended («۱۰ ترانس برق», «۶۸۰۰ پایه»), so a number
in digits right before any noun counts it, unless the noun is one a number describes
without counting (months, places, ranks, meetings, measures, ages, page furniture:
counted_nouns.json 'open_count'). Also the long tail the list now names: jobs without
«شغلی», stays, drivers, TEU written with dots, a factory written apart."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from crawler.extraction.figures.units import open_count, unit_at
from crawler.extraction.lexicon import NEVER_COUNTED_RE
from crawler.extraction.numbers import parse_number_spans
from crawler.extraction.persian import fold


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nouns no list names: equipment, documents, goods, places of work
        ("در این طرح ۲۴ ترانسفورماتور و ۱۸ کلید هوایی نصب شد.", (18, "count")),
        ("امسال ۳۵۰ دکل مخابراتی در روستاها نصب شده است.", (350, "count")),
        ("این واحد سالانه ۱۲۰ هزار جفت کفش تولید می‌کند.", (120000, "count")),
        ("۴۶ حلقه چاه غیرمجاز پر شد و ۲۷ کنتور هوشمند نصب شد.", (27, "count")),
        ("تاکنون ۶۲ اسکله شناور و ۱۴ سکوی بارگیری ساخته شده است.", (14, "count")),
        ("۱۸ هزار و ۴۰۰ تخته فرش دستباف به خارج صادر شد.", (18400, "count")),
        # ... and the long tail now in the list
        ("از ابتدای سال ۱۰ ترانس برق در روستاها نصب شد.", (10, "count")),
        ("در این نیروگاه ۳۷ هزار و ۴۸ پنل خورشیدی نصب شده است.", (37048, "count")),
        ("بیش از ۱۳۹ هزار برگ بارنامه در استان صادر شد.", (139000, "count")),
        ("بندر امسال ۴۸ هزار تی.ای. یو کانتینر تخلیه کرد.", (48000, "count")),
        ("در شهرک صنعتی ۱۰ کار خانه جدید به بهره برداری رسید.", (10, "count")),
        ("۶۱ برنامه در بودجه استان تعریف شده است.", (61, "count")),
        # people: jobs without «شغلی», drivers, stays of travellers
        ("با این طرح‌ها ۴۵۳۷ فرصت ایجاد خواهد شد.", (4537, "person")),
        ("۱۰۸۲۰ راننده در ناوگان حمل بار استان فعال هستند.", (10820, "person")),
        ("در نوروز ۱۳۳ هزار و ۶۷۱ اقامت در استان ثبت شد.", (133671, "person")),
        # people of a trade: beekeepers, fishers, carpet weavers
        ("بیش از ۳ هزار زنبوردار در استان فعال هستند.", (3000, "person")),
        ("۸۵۰ صیاد از این بندر به دریا می‌روند.", (850, "person")),
        ("۱۲۰۰ قالیباف روستایی تحت پوشش بیمه قرار گرفتند.", (1200, "person")),
    ],
)
def test_counts_of_any_noun_are_figures(text: str, expected: tuple) -> None:
    assert expected in amounts(text)


@pytest.mark.parametrize(
    "text",
    [
        # calendar, places, ranks, steps and meetings are described, not counted
        "این قرارداد در ۲۴ شهریور امضا شد و اجرای آن آغاز شد.",
        "طرح در ۱۲ شهرستان استان اجرا می‌شود.",
        "استان در این شاخص رتبه ۱۵ کشور را دارد.",
        "این پروژه طی ۱۲ مرحله اجرا خواهد شد.",
        "کارگروه اشتغال امسال ۲۴ جلسه برگزار کرد.",
        "ناظران ۳۸۱ بازدید از واحدهای صنفی انجام دادند.",
        "بارندگی استان تاکنون به ۱۴۲ میلیمتر رسیده است.",
        "در این حادثه ۱۲ مصدوم به بیمارستان منتقل شدند.",
        # a year, a range of years, a number in words, a label with its colon
        "این واحدها در سال‌های ۹۰ تا ۹۵ تعطیل شده بودند.",
        "قانون بودجه 1402 مصوب مجلس اجرا شد.",
        "سه بانک عامل در این طرح مشارکت دارند.",
        "شناسه خبر : 13310 ارسال به دوستان",
        # a small number and a plural
        "۵ کارشناس برای بررسی اعزام شدند.",
        "در سال ۸۲ دستگاه‌های اجرایی موظف شدند.",
        # a scale in its adjective form, a misspelt scale before a unit
        "برای این طرح اعتبار ۸۰ میلیاردی در نظر گرفته شد.",
        "۳۸۰ هزاجر تن سیب در انتظار صادرات است.",
    ],
)
def test_what_a_number_describes_is_not_a_count(text: str) -> None:
    assert [f for f in extract_figures(text) if f.unit == "count"] == []


def test_open_count_reports_the_noun_and_drops_an_ezafe() -> None:
    text = "آب شرب ۱۱ روستای بخش مرکزی تامین شد و ۲۴ پمپ نصب شد."
    folded = fold(text)
    nums = parse_number_spans(text)
    # round 40: a known noun with its ezafe («روستای») is read by the unit reader itself
    # (lexicon.UNIT_AFTER_RE), before any open count; the open count keeps its noun
    assert unit_at(folded, nums[0]) == ("count", "روستا", nums[0].end + len(" روستای"))
    assert open_count(folded, nums[1]) == ("count", "پمپ", nums[1].end + len(" پمپ"))


def test_stoplist_groups_are_data() -> None:
    # each group of counted_nouns.json 'never_counted' is compiled into the stop pattern
    for word in ("شهریور", "اسفندماه", "شهرستان", "رتبه", "جلسه", "میلیمتر", "مصدوم", "نظر"):
        assert NEVER_COUNTED_RE.match(" " + word + " "), word
    assert NEVER_COUNTED_RE.match(" ترانس ") is None
