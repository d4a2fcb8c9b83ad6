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
