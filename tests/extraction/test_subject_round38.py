"""Round 38 (subjects of farming figures), team-written sentences (none in the corpus).

- The animal a farm raises names the farm: units counted before «مرغ گوشتی», «مرغ
  تخمگذار», «گاو شیری», «بوقلمون» («۱۰۱ واحد مرغ گوشتی», «۱۴۰۰ واحد تولیدکننده مرغ
  گوشتی») are farms, agricultural_units (dev gold: 13 of 13 units counted right before a
  livestock word), not the livestock the words name.
- Hectares in a sentence that names a modern irrigation system before them or in their
  clause («۸۰۰ هکتار سامانه آبیاری نوین افتتاح شد») are farmland equipped with it,
  agriculture (dev gold: 6 of 6), not the area sown; land a dam irrigates stays cultivation.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("در این شهرستان ۱۲۰ واحد مرغ گوشتی فعال است.", 120, "agricultural_units"),
        ("استان دارای ۴ واحد مرغ تخمگذار با ظرفیت ۶۰۰ هزار قطعه است.", 4, "agricultural_units"),
        ("هم اکنون ۲۳ واحد گاو شیری صنعتی در استان فعالیت دارند.", 23, "agricultural_units"),
        ("۸۵۰ واحد تولیدکننده مرغ گوشتی در استان وجود دارد.", 850, "agricultural_units"),
        ("۳ واحد مرغ مادر و ۲ واحد بوقلمون در دست احداث است.", 3, "agricultural_units"),
        # must stay: the birds counted are livestock, the capacity a capacity
        ("در این واحدها ۲ میلیون قطعه مرغ گوشتی پرورش یافت.", 2000000, "livestock"),
        ("۱۲ واحد دامی در روستا نگهداری می‌شود.", 12, "livestock"),
    ],
)
def test_farm_units_named_by_their_animal(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("امروز ۸۰۰ هکتار سامانه آبیاری نوین در شهرستان افتتاح شد.", 800, "agriculture"),
        ("وی گفت: ۴۲۰ هکتار از این سامانه قطره‌ای و ۱۸۰ هکتار بارانی است.", 180, "agriculture"),
        ("امسال در ۲ هزار هکتار از باغات سیستم آبیاری تحت فشار اجرا می‌شود.", 2000, "agriculture"),
        ("رئیس جهاد کشاورزی گفت: ۶۵۰ هکتار آبیاری نوین در دست اجرا است.", 650, "agriculture"),
        # must stay: land a dam irrigates, land sown, a system named only after the clause
        ("این سد برای آبیاری ۱۲۰۰ هکتار از اراضی پایین دست ساخته شد.", 1200, "cultivation"),
        ("سطح زیر کشت گندم ۳۰ هزار هکتار است.", 30000, "cultivation"),
        (
            "وی با بیان اینکه مساحت اراضی کشاورزی استان ۴۰۰ هزار هکتار است، اظهار کرد:"
            " نیمی از آن مستعد سامانه‌های نوین آبیاری است.",
            400000,
            "cultivation",
        ),
    ],
)
def test_land_under_irrigation_systems(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want
