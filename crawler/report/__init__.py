"""The analyst's report: the feeds' figures as a table (``figures.csv``) and a page.

Plain functions with no Scrapy import (``scrapy report`` and ``crawlall --report`` are
thin commands over :func:`build_report`): reading feeds leniently (``feeds``,
``records``), the table (``table``: duplicates once, units normalised by ``units``,
periods pinned by ``periods``), disagreeing figures (``conflicts``), and the offline
page (``page`` with ``charts``).
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from crawler.report.conflicts import Conflict, find_conflicts
from crawler.report.feeds import FeedRead, read_feeds, run_feeds
from crawler.report.page import prefetch_bundle, render_page
from crawler.report.table import COLUMNS, Table, build_table, csv_cells, write_csv

__all__ = ["ReportResult", "build_report", "run_feeds"]


@dataclass
class ReportResult:
    out_dir: Path
    read: FeedRead
    table: Table
    conflicts: list[Conflict]
    seconds: float = 0.0
    files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal or the cron log."""
        r = self.read
        empty = f" ({len(r.empty_feeds)} empty)" if r.empty_feeds else ""
        return (
            f"report: {len(self.table.articles)} articles, {len(self.table.rows)} figures "
            f"({self.table.duplicates} duplicate copies counted once, "
            f"{len(self.conflicts)} conflicts) from {r.feeds} feed(s){empty} "
            f"in {self.seconds:.1f} s -> {self.out_dir}"
        )


def write_conflicts(conflicts: Iterable[Conflict], path: Path) -> None:
    """``conflicts.csv``: every conflicting figure, numbered by group (the page shows some)."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["conflict", *COLUMNS])
        for number, conflict in enumerate(conflicts, start=1):
            writer.writerows([number, *csv_cells(row)] for row in conflict.rows)


def build_report(feeds: Iterable[Path], out_dir: Path) -> ReportResult:
    """Read the feeds, write ``figures.csv``, ``conflicts.csv`` and ``index.html``."""
    started = time.perf_counter()
    bundling = prefetch_bundle()
    paths = list(feeds)
    read = read_feeds(paths)
    table = build_table(read.articles)
    conflicts = find_conflicts(table.rows)
    out_dir.mkdir(parents=True, exist_ok=True)
    notes = list(read.notes)
    if not read.articles:
        notes.append(f"no article records in the {len(paths)} feed(s) read; the report is empty")
    write_csv(table.rows, out_dir / "figures.csv")
    write_conflicts(conflicts, out_dir / "conflicts.csv")
    if bundling is not None:
        bundling.wait()
    html = render_page(table, conflicts, notes, read.feeds)
    (out_dir / "index.html").write_text(html, encoding="utf-8")
    read.notes = notes
    result = ReportResult(out_dir, read, table, conflicts)
    result.files = [out_dir / n for n in ("figures.csv", "conflicts.csv", "index.html")]
    result.seconds = time.perf_counter() - started
    return result
