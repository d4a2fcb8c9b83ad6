"""Structured data from the clean text (``crawler.extraction``), the publication date,
and the ``since`` cut-off that reads it."""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import date, datetime
from typing import Any

from crawler.extraction import extract_record
from crawler.extraction.dates import (
    TEHRAN,
    jalali_from_url,
    parse_jalali_datetime,
    to_iso,
    to_jalali_string,
)


def resolve_published(raw: str | None, url: str | None) -> datetime | None:
    """The publication time from the page's date text, else midnight Tehran of the URL's date.

    Tasnim-style URLs carry only a Jalali day, so a page without a readable date line still
    gets a dated record (and the cut-off still applies) instead of none.
    """
    when = parse_jalali_datetime(raw) if raw else None
    if when is None and url:
        day = jalali_from_url(url)
        if day is not None:
            when = datetime(day.year, day.month, day.day, tzinfo=TEHRAN)
    return when


def extract_article(item: MutableMapping[str, Any]) -> None:
    """Fill provinces, people, figures, attribution, news id and dates in place."""
    errors = item.setdefault("errors", [])
    found = extract_record(
        item.get("title"),
        item.get("lead"),
        item.get("body") or "",
        item.get("supertitle"),
        credits=item.get("credit_lines") or (),
    )
    for name in ("provinces", "people", "figures"):
        item[name] = found.get(name) or []
    item["attributed_to"] = item.get("attributed_to") or found.get("attributed_to")
    item["news_id"] = item.get("news_id") or found.get("news_id")
    when = resolve_published(item.get("raw_published"), item.get("url"))
    if when is not None:
        item["published"] = to_iso(when)
        item["published_jalali"] = to_jalali_string(when)
    elif item.get("html"):
        errors.append("no_date")


def published_date(item: MutableMapping[str, Any]) -> date | None:
    """The record's publication day (None when undated)."""
    value = item.get("published")
    return datetime.fromisoformat(value).date() if value else None


def before_cutoff(item: MutableMapping[str, Any], since: date | None) -> date | None:
    """The publication day when it falls before ``since`` (the item is then dropped)."""
    when = published_date(item)
    return when if since and when and when < since else None
