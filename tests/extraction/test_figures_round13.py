"""Round 13: a two-digit year after «در/از/طی سال» is a date, not a count of the noun that
follows it («در سال ۹۶ گمرک انزلی ...»); a count after «سال» that cannot be such a year
stays. Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.figures.extract import extract_figures


def _values(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "در سال ۹۶ گمرک بندر انزلی کالا صادر کرد.",
        "از سال 98 کارخانه سیمان با ظرفیت کامل کار می‌کند.",
        "طی سال ۱۴ شرکت تازه تاسیس نشد و در سال ۹۹ واحد صنفی جدید ثبت نشد.",
    ],
)
def test_two_digit_year_is_no_count(text: str) -> None:
    assert [v for v in _values(text) if v[1] == "count"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("تا پایان سال ۴۵ طرح صنعتی افتتاح می‌شود.", (45, "count")),
        ("در سال ۱۴۰۲ تعداد ۳۵۰ واحد صنفی پروانه گرفتند.", (350, "count")),
    ],
)
def test_counts_near_a_year_stay(text: str, want: tuple[int, str]) -> None:
    assert want in _values(text)
