"""Round 38 (subjects of farming figures), team-written sentences (none in the corpus).

- The animal a farm raises names the farm: units counted before «مرغ گوشتی», «مرغ
  تخمگذار», «گاو شیری», «بوقلمون» («۱۰۱ واحد مرغ گوشتی», «۱۴۰۰ واحد تولیدکننده مرغ
  گوشتی») are farms, agricultural_units (dev gold: 13 of 13 units counted right before a
  livestock word), not the livestock the words name.
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
