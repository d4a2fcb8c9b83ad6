"""Round 44 figures: a number set in brackets with its unit right after the closing
bracket («( ۲۵ هزار و ۵۰۰ ) ریال») is an amount in that unit; a bracketed list number or
a counted noun after a bracket is not read. Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import values_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وی گفت: نرخ خرید هر کیلو شیر امسال ( ۱۸ هزار و ۵۰۰ ) ریال تعیین شد.",
            [(18500, "IRR")],
        ),
        (
            "قیمت هر کیسه کود (۴۵۰ هزار) تومان است.",
            [(450000, "IRT")],
        ),
        (
            "سهم استان از صادرات کشور (۱۲) درصد است.",
            [(12, "percent")],
        ),
        # must NOT change: a bracketed list number or a counted noun after a bracket
        (
            "وی گفت: (۲) واحد صنعتی در شهرک تعطیل شد.",
            [],
        ),
        (
            "در این بند (ماده ۱۲) ریال به عنوان واحد پول آمده است.",
            [],
        ),
        (
            "تولید شیر در سال (۱۴۰۲) تن به تن با سال قبل بود.",
            [],
        ),
        (
            "از محل جزء (۲) برابر با ۵۰ میلیارد ریال تسهیلات پرداخت شد.",
            [(50000000000, "IRR")],
        ),
        (
            "بر اساس بند (۳) درصد سهم هر استان تعیین می‌شود.",
            [],
        ),
    ],
)
def test_bracketed_number_before_unit(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected


# «... زیر هزار تن و مابقی بالای هزار تن»: a threshold after a word for the rest of the
# things counted sizes that rest's class, no amount
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "از ۸۰۰ شناور ورودی، ۵۲۰ شناور زیر دو هزار تن و مابقی بالای دو هزار تن بودند.",
            [(800, "count"), (520, "count")],
        ),
        (
            "۴۰ طرح زیر ۵۰ درصد پیشرفت دارند و بقیه بالای ۵۰ درصد هستند.",
            [(40, "count")],
        ),
        # must NOT change: the rest measured by an amount of its own
        (
            "۳۰۰ هزار تن صادر شد و مابقی یعنی ۲۰۰ هزار تن در بازار داخلی فروخته شد.",
            [(300000, "ton"), (200000, "ton")],
        ),
    ],
)
def test_remainder_size_class(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected


# «با ۴ درصد افت مفید و یک درصد افت غیرمفید»: the quality allowances a state purchase is
# priced on are terms, not amounts; «افت» alone is a decline, which stays
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "هر کیلو جو با ۳ درصد افت مفید و دو درصد افت غیرمفید به قیمت ۹۰ هزار ریال خریده شد.",
            [(90000, "IRR")],
        ),
        (
            "نرخ پایه با 4 درصد افت غیر مفید تعیین شده است.",
            [],
        ),
        # must NOT change: a decline is a change the article reports
        (
            "تولید شیر امسال ۴ درصد افت داشته است.",
            [(4, "percent")],
        ),
        (
            "صادرات با ۱۲ درصد افت به ۳۰ هزار تن رسید.",
            [(12, "percent"), (30000, "ton")],
        ),
    ],
)
def test_purchase_allowances(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected


# «روستای گردشگری چنشت با حدود ۵۰۰ خانوار»: households that one village named before them
# holds size the place; villages counted with their households stay a figure
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "روستای تاریخی ابیانه با حدود ۳۰۰ خانوار هر هفته با تانکر آبرسانی می‌شود.",
            [],
        ),
        (
            "وی گفت: روستای کوهستانی سرآب با بیش از ۱۲۰ خانوار در این طرح قرار دارد.",
            [],
        ),
        # must NOT change: villages counted with the households they hold
        (
            "۱۵ روستای شهرستان با ۹۰۰ خانوار از نعمت گاز بهره‌مند شدند.",
            [(15, "count"), (900, "count")],
        ),
        (
            "گازرسانی به ۱۲ روستا با ۶۰۰ خانوار انجام شد.",
            [(12, "count"), (600, "count")],
        ),
    ],
)
def test_one_village_households(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected


# «خرید با چهار عنوان نگین، شبه نگین، ...»: a few titles or grades counted in words name the
# grades the sentence lists, like «دو نوع»; a count in digits stays
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "خرید پسته در سه عنوان اکبری، احمد آقایی و کله قوچی انجام می‌شود.",
            [],
        ),
        # must NOT change: titles counted in digits
        (
            "واحدهای صنعتی استان با ۴۲۰ عنوان محصول فعال هستند.",
            [(420, "count")],
        ),
    ],
)
def test_grades_listed(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected
