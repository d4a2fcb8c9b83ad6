"""Round 35: counts of growers and yearly amounts after «در سال» (team-written sentences;
places, crops and amounts invented, none in the corpus).

- a grower named by a crop and «کار» («زعفران‌کار», «پسته کار», «چغندرکار»), spaced, glued
  or with its ZWNJ, is a person counted, like «گندمکار» and «چایکار»: «۲۳ هزار زعفران کار»
  is 23 000 persons, not a count of saffron; the crop alone («۱۲ هزار زعفران») stays what
  it was, and a weight of a crop stays a weight;
- «در سال ۱۶ تن زعفران تولید می‌شود»: a two-digit number right before a unit of measure
  is a yearly amount, not a year written short; a two-digit year before another noun or
  before another number («در سال ۹۶ گمرک ...», «سال ۹۸ ۵۰ هکتار») stays a year;
- a slash between words parts a headline's items: places after it are counted;
- an amount announced («از ... خبر داد») for a period still to come named in the
  announcement («در سال آینده») is a forecast; this year or a past period stays actual.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of, values_units


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("در این شهرستان ۱۸ هزار زعفران کار مشغول فعالیت هستند.", [(18000, "person")]),
        ("بیش از ۴ هزار زعفران‌کار از این طرح بهره‌مند شدند.", [(4000, "person")]),
        ("تعداد ۹۵۰۰ زعفرانکار در استان بیمه شدند.", [(9500, "person")]),
        ("۳ هزار پسته کار شهرستان خسارت دیدند.", [(3000, "person")]),
        ("به ۱۲۰۰ چغندرکار استان نهاده تحویل شد.", [(1200, "person")]),
        ("۶۵۰ پنبه‌کار در این طرح ثبت‌نام کردند.", [(650, "person")]),
        # must not change: the crop alone, and a weight of the crop
        ("۳۲ تن زعفران کار شده در انبار است.", [(32, "ton")]),
    ],
)
def test_growers_are_persons(text: str, want: list[tuple[float, str]]) -> None:
    assert values_units(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("مدیر جهاد کشاورزی گفت: در سال ۱۴ تن زعفران در این شهرستان تولید می‌شود.", [(14, "ton")]),
        ("در سال ۴۵ هکتار گلخانه در استان احداث می‌شود.", [(45, "hectare")]),
        ("به گفته وی در سال ۳۸ کیلوگرم عسل از هر کندو برداشت می‌شود.", [(38, "kg")]),
        # must not fire: a two-digit year before a noun or another number
        ("در سال ۹۶ گمرک استان ۲۰ هزار تن کالا صادر کرد.", [(20000, "ton")]),
        ("در سال ۹۸ ۵۰ هکتار باغ جدید احداث شد.", [(50, "hectare")]),
    ],
)
def test_yearly_amount_after_sal(text: str, want: list[tuple[float, str]]) -> None:
    assert values_units(text) == want


def test_growers_at_work_are_employment() -> None:
    fig = figure_of("در این شهرستان ۱۸ هزار زعفران کار مشغول به فعالیت هستند.", 18000)
    assert (fig["unit"], fig["subject"]) == ("person", "employment")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a headline's items parted by a slash: the towns after it are counted
        (
            "افتتاح ۴۵۰ واحد مسکونی در ماه آینده/ساخت مسکن روستایی در ۱۸ شهر استان",
            [(450, "count"), (18, "count")],
        ),
        (
            "بهره‌برداری از ۶۰ طرح در هفته آینده / گازرسانی در ۱۴ روستای شهرستان",
            [(60, "count"), (14, "count")],
        ),
        # must not fire: places of the count before, in one clause or after a date's slashes
        ("ساخت ۴۵۰ واحد مسکونی در ۱۸ شهر استان آغاز شد.", [(450, "count")]),
        ("ساخت ۴۵۰ واحد مسکونی از ۱۴۰۲/۵/۱ در ۱۸ شهر استان آغاز شد.", [(450, "count")]),
    ],
)
def test_headline_slash_parts_places(text: str, want: list[tuple[float, str]]) -> None:
    assert values_units(text) == want


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "مدیرعامل شرکت برق استان از تولید بیش از ۶۰ مگاوات برق خورشیدی در سال آینده "
            "در استان خبر داد.",
            60,
            "forecast",
        ),
        ("مدیرکل گمرک از صادرات ۲ میلیون تن کالا در سال آتی خبر داد.", 2000000, "forecast"),
        # must not fire: a past period, or this year
        ("مدیرکل گمرک از صادرات ۲ میلیون تن کالا در سال گذشته خبر داد.", 2000000, "actual"),
        ("مدیرکل گمرک از صادرات ۲ میلیون تن کالا در سال جاری خبر داد.", 2000000, "actual"),
    ],
)
def test_announced_for_period_to_come(text: str, value: float, kind: str) -> None:
    assert figure_of(text, value).get("kind") == kind
