"""Round 14: which numbers are figures. Team-written sentences (other sectors, provinces and
verb forms than the corpus) for each phenomenon: numbers that are not amounts (a date after
a month name, «یکی از», a metric-prefixed unit the record does not carry, a word cut off
where the text ends, a class of things named by a size, «not a single rial», a range's end
before a list), energy written in gigawatt hours, and the same words measuring two
different things in one body (two facts, not a restatement)."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record
from crawler.extraction.figures.extract import extract_figures


def _values(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a date: the number after a month name is a day's year, not a count
        ("از ۲۷ اسفند سال ۹۴ تا ۴ فروردین ۹۵ وارد اردبیل شدند.", 95),
        ("مسافران از ۱۲ خرداد 1402 تا ۲ تیر 98 اسکان یافتند.", 98),
        ("این نمایشگاه از ۵ مهر 97 برپا شد.", 97),
        # «یکی از»: one of, after a name with a number
        ("معدن دی 19 یکی از معادن بزرگ سنگ آهن است.", 19),
        ("پالایشگاه ستاره 12 یکی از طرح‌های ملی است.", 12),
        # a unit of measure the record does not carry: metric prefix + base unit
        ("توسعه ۲۲۹۵ مگاولت آمپر ظرفیت ایستگاهی برق نیاز است.", 2295),
        ("احداث خط ۶۳ کیلوولت در شهرستان میانه آغاز شد.", 63),
        ("این سامانه ۱۶ گیگابایت حافظه دارد.", 16),
        # a word cut off where the text ends
        ("تاکنون هزار و ۸۰۰ فقره وام به مبلغ ۲۱ میلیا", 21),
        ("برای اجرای آن ۷ کیلومتر لوله پلی‌اتیلن ۲۵۰ می", 250),
    ],
)
def test_numbers_that_are_no_amount(text: str, gone: int) -> None:
    assert gone not in [v for v, _ in _values(text)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("تعداد شناورهای بالای هزار تن ورودی به بندر ۱۶ فروند بود.", (1000, "ton")),
        ("کامیون‌های سنگین بالای ۱۰ تن از عوارض معاف شدند.", (10, "ton")),
        ("وام‌های زیر ۱۰۰ میلیون تومان بدون ضامن پرداخت می‌شود.", (100000000, "IRT")),
        ("واحدهای تولیدی بالاتر از ۵۰ میلیارد ریال فروش بازرسی می‌شوند.", (50000000000, "IRR")),
    ],
)
def test_a_class_named_by_a_size_is_no_amount(text: str, gone: tuple[int, str]) -> None:
    assert gone not in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "۳۵ میلیارد تومان اختصاص داده شد که یک ریال تخصیص نیافت.",
        "حتی یک ریال از این اعتبار به پیمانکاران پرداخت نشد.",
        "یک تومان هم از مطالبات گندمکاران تاکنون واریز نشده است.",
        "از صندوق توسعه ملی هیچ یک دلار به طرح‌های استان نرسید.",
    ],
)
def test_not_a_single_rial_is_no_amount(text: str) -> None:
    assert [v for v in _values(text) if v[0] == 1] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قیمت هر سهم یک دلار است.", (1, "USD")),
        ("تولید سالانه این نیروگاه ۴۱۹۳ گیگاوات ساعت است.", (4193000, "MWh")),
        ("مصرف برق استان به ۲ گیگاوات ساعت در روز رسید.", (2000, "MWh")),
        ("ظرفیت نیروگاه بادی ۳ گیگاوات است.", (3000, "MW")),
        ("این شرکت ۱۲ مگاپروژه را اجرا می‌کند.", (12, "count")),
        ("در اسفند ۱۲۰ هزار تن گندم خریداری شد.", (120000, "ton")),
        ("در مهر ۴۵ طرح صنعتی افتتاح شد.", (45, "count")),
        ("در سال مالی ۹۶-۹۵، ۱۲۰۰ نفر از کشاورزان وام گرفتند.", (1200, "person")),
        ("سهم شهرستان‌ها ۲۵، ۲۰ و ۷ درصد است.", (20, "percent")),
        ("میزان ضایعات بین ۴۰ تا ۶۰ درصد است.", (40, "percent")),
    ],
)
def test_amounts_stay(text: str, want: tuple[int, str]) -> None:
    assert want in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "همچنین طی سال زراعی 93 - 92، 190 نفر از مرغداران مرغ بیمه کردند.",
        "در سال تحصیلی ۱۴-۱۳، ۸۰۰ نفر در هنرستان‌ها ثبت نام کردند.",
    ],
)
def test_a_range_end_is_no_item_of_a_list(text: str) -> None:
    values = _values(text)
    assert [v for v in values if v[0] in (92, 13)] == []
    assert any(u == "person" for _, u in values)


@pytest.mark.parametrize(
    "body",
    [
        "استان از نظر تعداد طرح رتبه دهم با سهم چهار درصدی، از نظر سرمایه پیش‌بینی‌شده رتبه "
        "پانزدهم با سهم چهار درصدی و از نظر پیش‌بینی اشتغال با سهم چهار درصدی رتبه دوازدهم "
        "را دارد.",
        "نرخ رشد تولید فولاد ۸ درصدی بود. همچنین فروش شرکت رشد ۸ درصدی داشت.",
    ],
)
def test_the_same_words_about_two_measures_are_two_facts(body: str) -> None:
    figs = extract_record("گزارش اقتصادی", None, body)["figures"]
    percents = [f for f in figs if f["unit"] == "percent"]
    assert len(percents) >= 2
    assert len({f["subject"] for f in percents}) == len(percents)
