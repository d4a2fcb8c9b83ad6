"""Round 36: numbers that date or place something, not amounts (heldout33's extras),
team-written sentences (none in the corpus).

- A day before a Gregorian month written in its English-borrowed spelling («۲۱ جولای
  ۲۰۱۸», «۱۲ آگوست», «۵ آپریل») is a date, never a count (dev gold: 4 of 4 numbers before
  a Gregorian month name are no figure).
- A distance in its adjectival form after «فاصله» or «شعاع» («در فاصله ۳۵ کیلومتری
  شهرکرد», «در شعاع ۱۲۰ کیلومتری تهران») places something or bounds a zone; it is no
  amount (dev gold: 3 of 3 are no figure; «در N کیلومتری» 12 of 13 none).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of, values_units


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a day of a Gregorian month in its borrowed spelling: a date
        ("این تفاهم‌نامه در 21 جولای 2024 امضا شد و ۵۰ هزار تن صادر شد.", [(50000, "ton")]),
        ("در ۱۲ آگوست گذشته ۳۰۰ دستگاه کامیون تحویل شد.", [(300, "count")]),
        ("از ۵ آپریل تا کنون ۱۰ واحد صنعتی افتتاح شد.", [(10, "count")]),
        ("نمایشگاه از ۳ ژوییه آغاز می‌شود و ۴۰ شرکت در آن حضور دارند.", [(40, "count")]),
        # must stay: a count of a noun, not a month
        ("۱۲ شرکت در نمایشگاه حضور داشتند.", [(12, "count")]),
    ],
)
def test_day_of_borrowed_gregorian_month(text: str, want: list) -> None:
    assert values_units(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a radius or a distance in its adjectival form places: no amount
        ("استقرار صنایع در شعاع ۱۲۰ کیلومتری تهران ممنوع است و ۳۰ واحد جابجا شد.", [(30, "count")]),
        ("این روستا در فاصله ۴۰ کیلومتری مرکز استان قرار دارد.", []),
        # must stay: a length built, a road's length as its attribute
        ("احداث ۲۵ کیلومتر جاده روستایی به پایان رسید.", [(25, "km")]),
        ("ساخت جاده ۴۵ کیلومتری آغاز شد.", [(45, "km")]),
    ],
)
def test_radius_and_distance_place(text: str, want: list) -> None:
    assert values_units(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # sailors and seafarers counted are persons at work, like fishers
        ("شناورهای صیادی استان با بیش از ۸ هزار ملوان صید را آغاز کردند.", [(8000, "person")]),
        ("۲ هزار دریانورد در بنادر استان مشغول به کار هستند.", [(2000, "person")]),
        # must stay: fishers already persons, boats a count
        ("۷ هزار صیاد با ۵۰۰ فروند قایق به دریا رفتند.", [(7000, "person"), (500, "count")]),
    ],
)
def test_sailors_are_persons(text: str, want: list) -> None:
    assert values_units(text) == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        # a multiple of a past base, reached: a change (dev gold: 31 of 37 multiples)
        ("تولید جو در استان امسال نسبت به سال گذشته به سه برابر رسیده است.", 3, "change"),
        ("صادرات شهرستان در مقایسه با سال قبل به ۵ برابر رسید.", 5, "change"),
        # must stay: a level reached in money with a change before it
        ("فروش با ۲۰ درصد افزایش نسبت به سال گذشته به ۵۰ میلیارد تومان رسید.", 50e9, "actual"),
    ],
)
def test_multiple_of_past_base_reached(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["kind"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        # an amount, a past period, a comparative: what this period exceeds it by
        (
            "فروش امسال ۹۰ میلیارد تومان بوده که ۱۲ میلیارد تومان از مدت مشابه پارسال بیشتر است.",
            12e9,
            "change",
        ),
        ("صید امسال ۳ هزار تن نسبت به سال گذشته کمتر بود.", 3000, "change"),
        # must NOT fire: the level itself, a year named by its number, «بیشتر» of «most of»
        ("فروش امسال ۹۰ میلیارد تومان بوده است.", 90e9, "actual"),
        ("پارسال ۵۰ هزار تن برداشت شد که بیشتر آن صادر شد.", 50000, "actual"),
        ("تولید ۵۰ هزار تن از سال ۱۴۰۰ تاکنون بیشتر در شهرستان بوده است.", 50000, "actual"),
    ],
)
def test_amount_exceeding_a_past_period(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["kind"] == want
