"""Round 19, figure values and units, on sentences the team wrote (several sectors each):
a decimal spoken as «X ممیز Y دهم» (X point Y tenths, or «صدم» hundredths), also with
«ممیز» glued to the digits; «مترمریع», the everyday misspelling of «مترمربع»; loans
counted («۲۱۰۰ وام»), also in Arabic-Indic digits and in the range of years; and a
redundant «تعداد» between a number and its counted noun («۷۹۳۸ تعداد طرح»)."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from crawler.extraction.numbers import parse_number_spans


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("۱ ممیز ۲ دهم", 1.2),
        ("۱ممیز ۲ دهم", 1.2),
        ("۴۶ ممیز ۳ دهم", 46.3),
        ("سه ممیز پنج دهم", 3.5),
        ("۱۲ ممیز ۲۵ صدم", 12.25),
        ("۷ممیز ۵ صدم", 7.05),
        ("سی و دو ممیز پنج", 32.5),  # the old reading stays
        ("۱ ممیز ۲", 1.2),
    ],
)
def test_point_then_tenths_is_one_decimal(text: str, value: float) -> None:
    spans = parse_number_spans(text)
    assert [s.value for s in spans] == [pytest.approx(value)]
    assert spans[0].surface == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X point Y tenths / hundredths, before a scale and a unit, in several sectors
        (
            "درآمد حقوق دولتی معادن استان ۱ممیز ۲ دهم همت بوده است.",
            [(1200000000000, "IRT")],
        ),
        ("تولید سنگ آهن کشور به ۴۶ ممیز ۳ دهم میلیون تن رسید.", [(46300000, "ton")]),
        ("صادرات پسته کرمان ۲ ممیز ۵ دهم میلیارد دلار شد.", [(2500000000, "USD")]),
        ("نرخ بیکاری استان به ۹ ممیز ۷ دهم درصد کاهش یافت.", [(9.7, "percent")]),
        ("سهم استان از تولید برق کشور ۳ ممیز ۲۵ صدم درصد است.", [(3.25, "percent")]),
        ("بانک ملی ۵ممیز ۶ دهم هزار میلیارد ریال تسهیلات داد.", [(5600000000000, "IRR")]),
        # «مترمریع» is the everyday misspelling of «مترمربع»
        ("تا پایان سال ۳۰ میلیون مترمریع کاشی دیگر تولید می‌شود.", [(30000000, "m2")]),
        ("این مجتمع تجاری ۱۲ هزار متر مریع زیربنا دارد.", [(12000, "m2")]),
        ("قیمت هر واحد ۸۰ مترمریعی در مشهد بالا رفت.", [(80, "m2")]),
        # loans counted are a count, in any digits, also in the range of years
        ("بانک رفاه بالغ بر ٢١٠٠ وام مشاغل خانگی پرداخت کرد.", [(2100, "count")]),
        ("صندوق کارآفرینی امید ۱۴۵۰ وام خوداشتغالی در لرستان داد.", [(1450, "count")]),
        ("در گیلان 320 وام ودیعه مسکن پرداخت شد.", [(320, "count")]),
        # a redundant «تعداد» between a number and its counted noun
        ("در 11 ماهه امسال 7938 تعداد طرح اشتغال ایجاد شده است.", [(7938, "count")]),
        ("در یزد ۲۴۰ تعداد واحد صنعتی به بهره‌برداری رسید.", [(240, "count")]),
        ("جهاد کشاورزی ۵۶ تعداد مجوز دامداری صادر کرد.", [(56, "count")]),
    ],
)
def test_values_and_units(text: str, expected: list) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "تعداد وام‌های پرداختی امسال افزایش یافت.",  # no number: nothing counted
        "در سال 2020 وام مسکن گران شد.",  # a year after «سال» stays a year
    ],
)
def test_no_figure(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threshold right after a count of things names their class by a size
        ("هم‌اکنون ۹۰۰ طرح نیمه‌تمام صنعتی بالای ۵۰ درصد در استان وجود دارد.", [(900, "count")]),
        ("در گلستان ۱۲۰ طرح عمرانی نیمه‌تمام بالای ۷۰ درصد منتظر اعتبار است.", [(120, "count")]),
        ("هم اکنون ۳۵ پروژه راهسازی بالای ۸۰ درصد در استان وجود دارد.", [(35, "count")]),
        ("در کردستان ۴۰۰ واحد صنعتی زیر ۱۰ نفر کارگر تسهیلات گرفتند.", [(400, "count")]),
        # ... but a «با» phrase names what is measured: an amount («با پیشرفت بالای ۷۰ درصد»)
        (
            "۳۵ طرح آبرسانی با پیشرفت بالای ۷۰ درصد آماده افتتاح است.",
            [(35, "count"), (70, "percent")],
        ),
        # ... and a threshold after an amount of a unit stays an amount
        ("فروش ۲۰ هزار تن گندم بالای ۱۰ درصد افزایش یافت.", [(20000, "ton"), (10, "percent")]),
        ("صادرات استان در سال ۱۴۰۲ بالای ۲ میلیارد دلار بود.", [(2000000000, "USD")]),
    ],
)
def test_threshold_after_a_count_is_its_class(text: str, expected: list) -> None:
    assert amounts(text) == expected
