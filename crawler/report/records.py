"""One feed record read leniently into what the report needs, whatever schema wrote it.

The feeds of a long-running installation hold records of every schema the crawler ever
had: keys added later are missing from old lines, an old record may name its provinces
without ISO codes or carry one ``province``. The report reads what is there and says
which keys were missing (``Article.missing``) instead of failing; a record without a
URL, or a figure without a number and a unit, cannot be placed and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import jdatetime

from crawler.report.vocab import latin_digits, province_isos, province_names

# The keys the report reads; a record lacking one is "of an older schema".
KEYS = (
    "url",
    "outlet",
    "title",
    "published",
    "published_jalali",
    "provinces",
    "figures",
    "duplicate_of",
    "crawled_at",
)
JALALI_RE = re.compile(r"^1[34]\d\d-\d\d-\d\d")


@dataclass(frozen=True)
class Province:
    name: str
    iso: str | None


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    subject: str | None
    kind: str | None
    approx: str | None
    period: str | None
    text: str | None
    sentence: str | None


@dataclass
class Article:
    url: str
    outlet: str | None
    title: str | None
    published: str | None
    published_jalali: str | None
    provinces: list[Province]
    figures: list[Figure]
    duplicate_of: str | None
    crawled_at: str | None
    missing: list[str] = field(default_factory=list)
    figures_dropped: int = 0

    @property
    def province(self) -> Province | None:
        """The primary province (the record lists it first): the one figures belong to."""
        return self.provinces[0] if self.provinces else None

    @property
    def jalali_date(self) -> str | None:
        """``YYYY-MM-DD`` in the Jalali calendar (date part of ``published_jalali``)."""
        return self.published_jalali[:10] if self.published_jalali else None

    @property
    def jalali_year(self) -> int | None:
        return int(self.published_jalali[:4]) if self.published_jalali else None


def _text(value: Any) -> str | None:
    """A non-empty string or None (an empty string in a feed means "not found")."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _provinces(raw: dict[str, Any]) -> list[Province]:
    items = raw.get("provinces")
    if items is None and raw.get("province") is not None:  # an older single-province record
        items = [raw["province"]]
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and _text(item.get("name")):
            name = _text(item.get("name"))
            iso = _text(item.get("iso")) or province_isos().get(name)
        elif isinstance(item, str) and item.strip():
            name, iso = item.strip(), province_isos().get(item.strip())
            if name in province_names():  # the older schema kept the ISO code only
                name, iso = province_names()[name], name
        else:
            continue
        out.append(Province(name, iso))
    return out


def _figure(item: Any) -> Figure | None:
    if not isinstance(item, dict):
        return None
    value, unit = item.get("value"), _text(item.get("unit"))
    if isinstance(value, bool) or not isinstance(value, int | float) or unit is None:
        return None
    return Figure(
        value=float(value),
        unit=unit,
        subject=_text(item.get("subject")),
        kind=_text(item.get("kind")),
        approx=_text(item.get("approx")),
        period=_text(item.get("period")),
        text=_text(item.get("text")),
        sentence=_text(item.get("sentence")),
    )


def jalali_of(published: str | None) -> str | None:
    """``published`` (ISO 8601) as the Jalali date-time, for records that lack it."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    return jdatetime.datetime.fromgregorian(datetime=moment).strftime("%Y-%m-%dT%H:%M")


def read_article(raw: Any) -> Article | None:
    """The record as an Article, or None when it has no URL (nothing to link or count)."""
    if not isinstance(raw, dict) or _text(raw.get("url")) is None:
        return None
    figures_raw = raw.get("figures")
    figures_raw = figures_raw if isinstance(figures_raw, list) else []
    figures = [f for f in map(_figure, figures_raw) if f is not None]
    published = _text(raw.get("published"))
    jalali = latin_digits(_text(raw.get("published_jalali")) or "")
    if not JALALI_RE.match(jalali):
        jalali = jalali_of(published)
    return Article(
        url=_text(raw["url"]) or "",
        outlet=_text(raw.get("outlet")),
        title=_text(raw.get("title")),
        published=published,
        published_jalali=jalali,
        provinces=_provinces(raw),
        figures=figures,
        duplicate_of=_text(raw.get("duplicate_of")),
        crawled_at=_text(raw.get("crawled_at")),
        missing=[k for k in KEYS if k not in raw],
        figures_dropped=len(figures_raw) - len(figures),
    )
