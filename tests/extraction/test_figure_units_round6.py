"""Figure values and units (round 6), on sentences the team wrote: units written apart
(«کیلو وات», «مگا وات»), cubic metres without «متر» («میلیون مکعب»), a unit glued to «را»
(«۱۵۰نفررا»), a bare number before a change noun (a level, not a count), a distance that
places something («در ۴۵ کیلومتری جنوب ...»), trips and visits counted in thousands (a
flow, not meetings), and nouns counted below the open-count floor («۹ گمرک», «عدد»)."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units written in two words
        ("در ساختمان اداری پنل‌هایی با ظرفیت ۲۴۰ کیلو وات نصب شد.", (240, "kW")),
        ("نیروگاه خورشیدی ۱۰ مگا وات در شهرک صنعتی افتتاح شد.", (10, "MW")),
        ("مصرف برق این واحد به ۳۰۰ کیلو وات ساعت در روز رسید.", (300, "kWh")),
        ("۱۲ کیلو متر خط انتقال آب در روستاها اجرا شد.", (12, "km")),
        ("۵۰۰ کیلو گرم مواد غذایی میان نیازمندان توزیع شد.", (500, "kg")),
        # cubic metres without «متر»
        ("با این طرح روزانه ۲۰ میلیون مکعب گاز مشعل جمع آوری می‌شود.", (20000000, "m3")),
        ("ظرفیت مخزن ۳ هزار مکعبی این روستا تکمیل شد.", (3000, "m3")),
        # a unit glued to «را»
        ("این کارخانه زمینه اشتغال ۲۳۰نفررا فراهم کرده است.", (230, "person")),
        ("این شرکت ۱۲ هزار تنرا به خارج صادر کرد.", (12000, "ton")),
        ("طرح جدید اشتغال ۶۴ نفررا به همراه دارد.", (64, "person")),
        # trips and visits counted in thousands are a flow
        ("حمل این کالا در قالب ۲۱۰ هزار سفر انجام شد.", (210000, "count")),
        ("موزه شهر با ۴۲ هزار و ۱۵۰ بازدید رکورد زد.", (42150, "count")),
        # known nouns below the open-count floor
        ("استان با ۷ گمرک فعال در مرز قرار دارد.", (7, "count")),
        ("ظرفیت تولید یکهزار و ۵۰۰میلیون عدد قرص در سال است.", (1500000000, "count")),
        ("۴۰ عدد تیر برق در روستا نصب شد.", (40, "count")),
        # a length that is not a place's location stays a figure
        ("عملیات احداث جاده ۴۵ کیلومتری روستایی آغاز شد.", (45, "km")),
        ("۳۰ کیلومتر خط لوله در جنوب استان اجرا شد.", (30, "km")),
    ],
)
def test_units_and_counts_read(text: str, expected: tuple) -> None:
    assert expected in amounts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bare number before a change noun is a level written without its unit
        "شاخص دسترسی روستاها به آب سالم به ۹۵ افزایش می‌یابد.",
        "سهم این بخش از ۴۰ کاهش یافت.",
        "نرخ بیکاری استان با ۱۲ رشد مواجه شد.",
        # a distance that places something
        "این سد در ۴۵ کیلومتری جنوب شهر قرار دارد.",
        "معدن در ۱۲۰ کیلومتری مرکز استان واقع شده است.",
        "روستا ۳۰ کیلومتری شمال شهرستان است.",
        "ایستگاه در ۵۰۰ متری ورودی شهر ساخته می‌شود.",
        # a few trips or visits are meetings, not a flow
        "وزیر در ۳ سفر به استان از طرح‌ها بازدید کرد.",
        "مدیرکل در ۴۳ بازدید از واحدها تذکر داد.",
    ],
)
def test_not_figures(text: str) -> None:
    assert amounts(text) == []
