"""The figures table: one row per figure of every story counted once, and its CSV.

A story republished under another URL (``duplicate_of``) or re-emitted by a later run
(``--refresh``, the same URL in two feeds) would count its figures twice and make one
announcement look like two; the table keeps one copy of each story before it makes
rows. Figures belong to the article's primary province (the record lists it first).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from crawler.report.periods import resolve_period
from crawler.report.records import Article
from crawler.report.units import normalise
from crawler.report.vocab import plain_number


class FigureRow(NamedTuple):
    """One CSV row (the first ``len(COLUMNS)`` fields, in column order) and its days.

    A named tuple because the 20,000-article report makes ~80,000 of them and writes
    each as a CSV row: a tuple is created and written without copying.
    """

    province: str | None
    province_iso: str | None
    outlet: str | None
    url: str
    title: str | None
    published: str | None
    published_jalali: str | None
    subject: str | None
    kind: str | None
    value: float
    unit: str
    value_normalised: float
    unit_normalised: str
    period: str | None
    period_resolved: str | None
    approx: str | None
    text: str | None
    sentence: str | None
    # Not written to the CSV: the Gregorian day (time axis), the Jalali day as YYYYMMDD.
    day: date | None = None
    jalali_day: int | None = None


COLUMNS = list(FigureRow._fields[: FigureRow._fields.index("sentence") + 1])
WIDTH = len(COLUMNS)
VALUE = COLUMNS.index("value")
VALUE_NORMALISED = COLUMNS.index("value_normalised")


@dataclass
class Table:
    rows: list[FigureRow]
    articles: list[Article]
    duplicates: int


def unique_stories(articles: Iterable[Article]) -> tuple[list[Article], int]:
    """Each story once, and how many copies were left out.

    The same URL read twice keeps its latest crawl. A record whose ``duplicate_of``
    names another story goes with that story: the original when it was read, else the
    first copy read stands for it.
    """
    by_url: dict[str, Article] = {}
    copies = 0
    for article in articles:
        seen = by_url.get(article.url)
        if seen is not None:
            copies += 1
            if (article.crawled_at or "") < (seen.crawled_at or ""):
                continue
        by_url[article.url] = article
    stories: dict[str, Article] = {}
    for article in by_url.values():
        story = article.duplicate_of if article.duplicate_of else article.url
        if story in stories or (article.duplicate_of and article.duplicate_of in by_url):
            copies += 1
            continue
        stories[story] = article
    return list(stories.values()), copies


def _day(published: str | None) -> date | None:
    """The Gregorian publication day (the time axis), None when it is unknown."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        return None


def figure_rows(article: Article) -> list[FigureRow]:
    """The table rows of one article's figures."""
    province = article.province
    day = _day(article.published)
    jalali_day = int(article.jalali_date.replace("-", "")) if article.jalali_date else None
    rows = []
    for figure in article.figures:
        value_n, unit_n = normalise(figure.value, figure.unit)
        rows.append(
            FigureRow(
                province=province.name if province else None,
                province_iso=province.iso if province else None,
                outlet=article.outlet,
                url=article.url,
                title=article.title,
                published=article.published,
                published_jalali=article.published_jalali,
                subject=figure.subject,
                kind=figure.kind,
                value=figure.value,
                unit=figure.unit,
                value_normalised=value_n,
                unit_normalised=unit_n,
                period=figure.period,
                period_resolved=resolve_period(figure.period, article.jalali_year),
                approx=figure.approx,
                text=figure.text,
                sentence=figure.sentence,
                day=day,
                jalali_day=jalali_day,
            )
        )
    return rows


def build_table(articles: Iterable[Article]) -> Table:
    """Stories counted once, then one row per figure, oldest publication first."""
    stories, duplicates = unique_stories(articles)
    stories.sort(key=lambda a: (a.published or "", a.url))
    rows = [row for article in stories for row in figure_rows(article)]
    return Table(rows=rows, articles=stories, duplicates=duplicates)


def csv_cells(row: FigureRow) -> list:
    """A row's CSV cells: numbers as ``plain_number`` writes them, None as an empty cell
    (CSV has no null; an empty cell is what spreadsheets read as blank)."""
    cells = list(row[:WIDTH])
    cells[VALUE] = plain_number(row.value)
    cells[VALUE_NORMALISED] = plain_number(row.value_normalised)
    return cells


def write_csv(rows: Iterable[FigureRow], path: Path) -> None:
    """``figures.csv``: UTF-8 with a BOM, so spreadsheet programs open Persian correctly."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        writer.writerows(map(csv_cells, rows))
