"""Parsing the ``since`` cut-off that users give on the command line.

Cron users think in Jalali dates as often as in ISO ones, so both are accepted:
``2024-05-12`` and ``1403-02-23`` (or ``1403/02/23``, Persian digits allowed). A year
below 1700 can only be Jalali.
"""

from __future__ import annotations

import re
from datetime import date

import jdatetime

from crawler.extraction.persian import fold

_DATE = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$")


def parse_cutoff(value: str) -> date:
    """A Gregorian date from an ISO or Jalali ``YYYY-MM-DD`` string.

    Raises ValueError with a message a user can act on.
    """
    match = _DATE.match(fold(value))
    if not match:
        raise ValueError(f"cut-off date {value!r}: expected YYYY-MM-DD (ISO or Jalali)")
    year, month, day = (int(g) for g in match.groups())
    try:
        if year < 1700:
            return jdatetime.date(year, month, day).togregorian()
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"cut-off date {value!r}: {exc}") from None
