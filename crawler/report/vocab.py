"""The report's vocabulary, read once from ``crawler/data``, and Persian number writing.

The words live as data (``report_units.json``, ``report_labels.json``,
``report_periods.json``, the gazetteer ``provinces.json``) so that a new unit or label
is a data change; this module only loads them and writes numbers the way a Persian
reader expects them (Persian digits, «٬» between thousands, «٫» as the decimal mark).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from crawler.data import load
from crawler.extraction.persian import fold

_TO_PERSIAN = str.maketrans("0123456789,.-", "۰۱۲۳۴۵۶۷۸۹٬٫−")


def units() -> dict[str, Any]:
    return load("report_units.json")


def labels() -> dict[str, Any]:
    return load("report_labels.json")


def periods() -> dict[str, Any]:
    return load("report_periods.json")


@cache
def province_names() -> dict[str, str]:
    """ISO 3166-2:IR code -> the province's Persian name (the gazetteer's spelling)."""
    return {p["iso"]: p["name"] for p in load("provinces.json")["provinces"]}


@cache
def province_isos() -> dict[str, str]:
    """A province's Persian name -> ISO code (for older records that kept names only)."""
    return {name: iso for iso, name in province_names().items()}


def latin_digits(text: str) -> str:
    """Persian and Arabic-Indic digits as ASCII digits (periods are compared this way)."""
    return fold(text)


def persian_digits(text: str) -> str:
    """ASCII digits and separators as a Persian reader writes them."""
    return text.translate(_TO_PERSIAN)


def plain_number(value: float) -> str:
    """A value as the CSV writes it: an integer without «.0», a fraction as it is.

    Normalised values are products of floats (×10, ×0.001), so they are rounded to 12
    significant digits first: 1.1 × 10 is written 11, not 11.000000000000002.
    """
    rounded = float(f"{value:.12g}")
    if rounded.is_integer() and abs(rounded) < 1e18:
        return str(int(rounded))
    return repr(rounded)


def persian_number(value: float) -> str:
    """A value for the page: «۲۵٬۰۰۰», «۱٫۵ میلیارد», «۱۵ هزار میلیارد»."""
    for scale, word in labels()["scale_words"]:
        if abs(value) >= scale:
            scaled = round(value / scale, 2)
            return f"{persian_digits(f'{scaled:,.2f}'.rstrip('0').rstrip('.'))} {word}"
    if float(value).is_integer():
        return persian_digits(f"{int(value):,}")
    return persian_digits(f"{value:,.2f}".rstrip("0").rstrip("."))


def subject_fa(subject: str | None) -> str:
    return labels()["subjects"].get(subject, subject) if subject else "—"


def kind_fa(kind: str | None) -> str:
    return labels()["kinds"].get(kind, kind) if kind else "نامعلوم"


def unit_fa(unit: str | None) -> str:
    return units()["fa"].get(unit, unit) if unit else "—"


def approx_fa(approx: str | None) -> str:
    return labels()["approx"].get(approx, approx) if approx else ""
