"""Round 45 figures: «واریته» (a botanical variety) after a number names how many
varieties of a crop exist, no economic count the article reports (dev gold: the one text
with it, h41a09, reads none of them); kinds of minerals counted in digits stay counts.
Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import values_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("در جهان ۵۰۰ واریته انگور شناخته شده است.", []),
        ("کارشناسان ۳۰ واریته گندم را در مزرعه آزمایش کردند.", []),
        # must NOT change: kinds of minerals in digits and other open counts stay counts
        ("در استان ۴۵ نوع ماده معدنی شناسایی شده است.", [(45, "count")]),
        ("امسال ۶۸۰۰ پایه برق نصب شد.", [(6800, "count")]),
    ],
)
def test_varieties_are_not_counted(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected


# «۴ درصد جمعیت استان را عشایر تشکیل می‌دهند», «۲ درصد جمعیت کشور در این منطقه زندگی
# می‌کنند»: a percent of the population that says where people live or which part of the
# population a group makes is demography, no figure of the economy (dev gold: 5 of 5 such
# percents optional or none). A percent of the population that a service reaches or that
# works stays a figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عشایر حدود ۳ درصد جمعیت استان را تشکیل می‌دهند.", []),
        ("۶ درصد جمعیت استان را روستاییان به خود اختصاص داده‌اند.", []),
        ("با اینکه ۲ درصد جمعیت کشور در این استان زندگی می‌کنند، سهم صادرات بیشتر است.", []),
        ("۱۵ درصد جمعیت شهرستان در مناطق کوهستانی ساکن هستند.", []),
        # must NOT change: population served, working, or a percent not of the population
        ("اکنون ۹۵ درصد جمعیت روستایی استان از نعمت گاز برخوردار هستند.", [(95, "percent")]),
        ("۴۲ درصد جمعیت این شهرستان در کارهای اقتصادی مشارکت دارند.", [(42, "percent")]),
        ("۶۰ درصد مشترکان در شهر و بقیه ساکن روستاها هستند.", [(60, "percent")]),
        ("۳۰ درصد تولید استان را گندم تشکیل می‌دهد.", [(30, "percent")]),
    ],
)
def test_population_shares_are_not_figures(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected
