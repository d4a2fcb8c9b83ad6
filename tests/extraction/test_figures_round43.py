"""Round 43 figures: designated sample tourism zones counted («۳۰ منطقه نمونه گردشگری», in
words too) are a count of tourism, like special economic zones; a bare «منطقه» stays a
place. Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import values_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وی گفت: استان دارای ۲۵ منطقه نمونه گردشگری است.",
            [(25, "count")],
        ),
        (
            "وی با اشاره به وجود سه منطقه نمونه گردشگری ملی در استان گفت: کویر جاذبه دارد.",
            [(3, "count")],
        ),
        # must NOT change: a bare region counted is a place, no figure
        (
            "وی گفت: شهرستان دارای هشت منطقه کوهستانی است.",
            [],
        ),
        (
            "وی گفت: این طرح در ۱۲ منطقه شهر اجرا می‌شود.",
            [],
        ),
    ],
)
def test_sample_tourism_zones(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected


# «در ابعاد ... از ۱۲ تا ۲۴ متر»: the dimensions of one thing (a carpet), no amount
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وی گفت: فرش‌های این کارگاه در ابعاد و اندازه‌های مختلف از ۶ تا ۱۸ متر بافته می‌شود.",
            [],
        ),
        (
            "وی افزود: تابلوفرش‌ها در ابعاد ۳ متر تولید شد.",
            [],
        ),
        # must NOT change: a measurement of lines built is an amount
        (
            "وی گفت: اندازه‌گیری ۲۰۰ کیلومتر از خطوط انتقال انجام شد.",
            [(200, "km")],
        ),
    ],
)
def test_dimensions_of_one_thing(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected


# «یک» + a unit is the reference of a rate only when its sentence gives that rate (another
# number); alone in its sentence it is an amount of one unit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "مدیر جهاد کشاورزی شهرستان از بازگشت یک هکتار زمین کشاورزی به چرخه تولید خبر داد.",
            [(1, "hectare")],
        ),
        (
            "وی گفت: با طرح‌های توسعه‌ای تولید طلای معدن تا پایان سال به یک تن می‌رسد.",
            [(1, "ton")],
        ),
        # must NOT change: the unit a price, a need or a cost refers to
        (
            "اجاره یک هکتار زمین کشاورزی در دزفول ۲۰ میلیون تومان است.",
            [(20_000_000, "IRT")],
        ),
        (
            "وی گفت: در فصل برداشت از سطح یک هکتار، ۱۵ نفر مشغول به کار می‌شوند.",
            [(15, "person")],
        ),
    ],
)
def test_one_unit_alone_in_its_sentence(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected
