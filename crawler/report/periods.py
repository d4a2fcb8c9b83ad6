"""A figure's period pinned to the Jalali calendar, so articles can be compared.

«امسال» in an article of 1403 and «سال ۱۴۰۳» in another are the same period; «امسال»
in an article of 1402 is not. The rules run in order (``RULES``), each a named function
on the period text; the vocabulary is ``crawler/data/report_periods.json``. A period
that still depends on the day it was written («شش ماه گذشته») resolves to None and is
never compared: two such figures cannot be said to disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from crawler.report.vocab import latin_digits, periods

YEAR_RE = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
_EXPLICIT_YEAR_RE = re.compile(r"سال\s+(1[34]\d\d)(?!\d)")


@cache
def _year_words_re() -> re.Pattern[str]:
    words = sorted(periods()["year_words"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")


@cache
def _month_re() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, periods()["months"])) + r")")


@cache
def _relative_re() -> re.Pattern[str]:
    words = periods()["relative_words"]
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")


def explicit_year(text: str, year: int | None) -> str:
    """«سال 1402» -> «1402»: the word «سال» adds nothing once the year is written."""
    return _EXPLICIT_YEAR_RE.sub(r"\1", text)


def relative_year(text: str, year: int | None) -> str:
    """«امسال», «سال گذشته», «پارسال», «سال آینده» -> the Jalali year they mean."""
    if year is None:
        return text
    offsets = periods()["year_words"]
    return _year_words_re().sub(lambda m: str(year + offsets[m.group(1)]), text)


def month_without_year(text: str, year: int | None) -> str:
    """«خردادماه» in an article of 1403 is Khordad 1403."""
    if year is None or YEAR_RE.search(text) or not _month_re().search(text):
        return text
    return f"{text} {year}"


RULES: list[Callable[[str, int | None], str]] = [explicit_year, relative_year, month_without_year]


@lru_cache(maxsize=4096)
def resolve_period(period: str | None, jalali_year: int | None) -> str | None:
    """The period as an absolute Jalali period, or None when it cannot be pinned down.

    Cached: feeds repeat a few period phrases («امسال», «سال گذشته») thousands of times.
    """
    if not period:
        return None
    text = " ".join(latin_digits(period).split())
    for rule in RULES:
        text = rule(text, jalali_year)
    if _relative_re().search(text) or _year_words_re().search(text):
        return None  # still relative to a day (or to a publication date the record lacks)
    return text
