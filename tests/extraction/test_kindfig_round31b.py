"""Round 31, second wave (dev kind misses grouped by the verb that governs the number).

- a present passive as an amount's own verb («... تولید/کشت/احداث می‌شود») after this year
  or the years to come («امسال», «سال جاری», «تا سه سال آینده»), named last before the
  number in its statement, tells what they will bring: a forecast, also for a verb of what
  goes on («تولید می‌شود», otherwise no kind) and past a list of amounts that share the
  verb; a habit word after the time word («سالانه ... و تا سه سال آینده ...» keeps the
  habit's number without kind), a price per unit, a present-state word, a percentage and
  a past verb leave the number to the other rules;
- the value of the plans a count names, given right after its noun («۱۴ پروژه گازرسانی به
  ارزش ۶ هزار میلیارد ریال ... آماده افتتاح است»), does not own the opening after it: the
  count is scheduled too, a forecast; another count between («۹۰۰ واحد آغاز عملیات و ۴۰۰
  واحد آماده افتتاح») still owns it.
"""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures


def _kinds(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "مدیر جهاد کشاورزی شهرستان گفت: امسال حدود ۴۲۰ هزار تن گوجه‌فرنگی در مزارع"
            " این شهرستان تولید می‌شود.",
            [(420_000, "forecast")],
        ),
        (
            "رئیس سازمان گفت: امسال در ۹۰ هزار هکتار گندم، در ۳۰ هزار هکتار جو و در"
            " چهار هزار هکتار کلزا کشت می‌شود.",
            [(90_000, "forecast"), (30_000, "forecast"), (4_000, "forecast")],
        ),
        (
            "سالانه در این شهرستان ۲ هزار واحد مسکونی و تا سه سال آینده ۹ هزار واحد"
            " مسکونی در قالب این طرح احداث می‌شود.",
            [(2_000, None), (9_000, "forecast")],
        ),
        (
            "هم‌اکنون سالانه ۴۰۰ هزار تن سیمان در استان تولید می‌شود که امسال ۵۰ هزار تن"
            " دیگر به این ظرفیت اضافه می‌شود.",
            [(400_000, None), (50_000, "forecast")],
        ),
    ],
)
def test_present_passive_after_this_year_is_a_forecast(
    text: str, want: list[tuple[float, str | None]]
) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a habit or a price per unit after the time word, a present-state word, a
        # percentage, a past verb: no forecast from the time word
        "امسال روزانه ۳۰ تن مرغ در بازار استان توزیع می‌شود.",
        "امسال گندم هر کیلوگرم به قیمت ۱۵ هزار تومان از کشاورزان خریداری می‌شود.",
        "امسال در حال حاضر ۲۰۰ تن ماهی در استان نگهداری می‌شود.",
        "امسال ۴۰ درصد برق استان از نیروگاه‌های خورشیدی تامین می‌شود.",
        "امسال ۶۰۰ هزار تن سیب‌زمینی در استان تولید شد.",
    ],
)
def test_present_passive_after_this_year_must_not_fire(text: str) -> None:
    assert "forecast" not in [kind for _, kind in _kinds(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "مدیرعامل شرکت گاز استان گفت: ۱۴ پروژه گازرسانی به ارزش ۶ هزار میلیارد ریال در"
            " این استان آماده افتتاح است.",
            [(14, "forecast"), (6_000_000_000_000, "forecast")],
        ),
        (
            "۲۵ طرح صنعتی با سرمایه‌گذاری ۳۰۰ میلیارد تومان در دهه فجر به بهره‌برداری می‌رسد.",
            [(25, "forecast"), (300_000_000_000, "forecast")],
        ),
    ],
)
def test_value_of_the_plans_does_not_own_their_opening(
    text: str, want: list[tuple[float, str | None]]
) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # another count between the amount and the opening owns it
        ("در استان ۹۰۰ واحد آغاز عملیات و ۴۰۰ واحد آماده افتتاح است.", 900),
        ("۳۰ طرح در ۱۲ شهر استان افتتاح شد.", 30),
    ],
)
def test_value_of_the_plans_must_not_fire(text: str, first: float) -> None:
    kinds = dict(_kinds(text))
    assert kinds[first] != "forecast"
