"""Which numbers become figures, and their unit (round 9), on sentences the team wrote for
what Persian economic news does beyond the texts seen so far: Latin unit abbreviations in
any case («TEU», «MW», «kWh»), convoys and gas-field phases counted, «یک» as the count of
one inside a list of counts, a place's population that a service reaches, «در N مورد»
(in how many respects), and «رصد» misspelt for «درصد»."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Latin abbreviations, upper, lower or mixed case
        ("عملیات کانتینری به ۱۸۰ هزار و ۴۰۲ TEU رسید.", [(180402, "count")]),
        ("در این بندر ۹۵ هزار teu کانتینر تخلیه شد.", [(95000, "count")]),
        ("ظرفیت این نیروگاه خورشیدی ۱۲ MW است.", [(12, "MW")]),
        ("نیروگاه بادی با ظرفیت ۲ GW ساخته می‌شود.", [(2000, "MW")]),
        ("مصرف برق روستا ۸۵۰ kWh در ماه بود.", [(850, "kWh")]),
        ("طول این خط لوله ۲۴۰ Km است.", [(240, "km")]),
        ("امسال ۵۰۰ kg عسل در این روستا تولید شد.", [(500, "kg")]),
        # convoys and caravans counted, in words and in digits
        ("سه کاروان زائر با قطار به کربلا رفتند.", [(3, "count")]),
        ("امسال ۱۲ کاروان راهیان نور از استان اعزام شد.", [(12, "count")]),
        # phases of a gas field in operation, counted after the number
        ("در حال حاضر ۲۴ فاز عملیاتی در این میدان فعال است.", [(24, "count")]),
        ("بهره برداری از ۱۱ فاز پالایشگاهی تا پایان سال انجام می‌شود.", [(11, "count")]),
        # «یک» inside a list of counts is the count of one
        (
            "استان یک شهر صنعتی و ۱۳ شهرک و ۶ ناحیه صنعتی دارد.",
            [(1, "count"), (13, "count"), (6, "count")],
        ),
        ("این شهرستان ۴ شهرک و یک ناحیه صنعتی دارد.", [(4, "count"), (1, "count")]),
        (
            "امسال یک سد، ۳ نیروگاه و ۸ پایانه ساخته شد.",
            [(1, "count"), (3, "count"), (8, "count")],
        ),
        # the population a service reaches is a figure
        (
            "آب شرب ۲۰ شهرستان با جمعیت افزون بر ۲ میلیون و ۵۰۰ هزار نفر از این سد تامین می‌شود.",
            [(2500000, "person")],
        ),
        ("گازرسانی به ۳۰ روستا با جمعیت ۱۲ هزار نفر انجام شد.", [(30, "count"), (12000, "person")]),
        (
            "۴۰ روستا با جمعیت ۹ هزار نفر تحت پوشش بیمه قرار گرفتند.",
            [(40, "count"), (9000, "person")],
        ),
        # a number of cases that names what is counted stays a count
        ("در ۱۵ مورد تسهیلات به واحدهای تولیدی پرداخت شد.", [(15, "count")]),
        ("۸۷ مورد مجوز صادر شد.", [(87, "count")]),
        # «رصد»: «درصد» with its «د» dropped
        ("۴۰ رصد بنزین کشور از این پالایشگاه‌ها تامین می‌شود.", [(40, "percent")]),
    ],
)
def test_round9_forms_are_figures(text: str, expected: list[tuple[int | float, str]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # «یک» alone, or before a count of something else, is the indefinite article
        "یک واحد تولیدی در شهرک صنعتی افتتاح شد.",
        "یک شهر صنعتی در استان ساخته می‌شود.",
        "یک کاروان از مشهد حرکت کرد.",
        # phases as steps, in words, or as a label
        "این طرح در سه فاز اجرا می‌شود.",
        "فاز ۱۴ پارس جنوبی افتتاح شد.",
        # a place's size with no service reaching it
        "این شهرستان با جمعیت ۳۰۰ هزار نفر در شمال استان است.",
        "تامین آب نقاط جمعیتی بالای ۲۰ خانوار در دستور کار است.",
        "گازرسانی به روستاهای بالای ۲۰ خانوار ادامه دارد.",
        # in how many respects something holds
        "این شهر در ۸۷ مورد دارای اولین‌های کشور بود.",
        "نرخ بیکاری در ۱۲ مورد دیگر کمتر از این استان بوده است.",
        # «رصد» as a word: monitoring
        "بازار به صورت ۲۴ ساعته رصد می‌شود.",
    ],
)
def test_round9_forms_are_not_figures(text: str) -> None:
    assert amounts(text) == []
