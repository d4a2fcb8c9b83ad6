"""Figures that disagree: the same province, subject, period, unit and kind, two values.

When two articles give different numbers for the same thing (Kurdistan's exports in
1403: 500 million USD in one, 620 million in another) the analyst must see both with
their sources, not an average. Figures are compared only when the period is pinned to
the calendar (``period_resolved``): «شش ماه گذشته» in two articles of different months
is not the same period. The kind is part of the key, because a target and the actual
figure of the same year are expected to differ.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from crawler.report.table import FigureRow

# Values equal to 9 significant digits are the same figure written differently.
SIGNIFICANT = 9


@dataclass(frozen=True)
class Conflict:
    province: str | None
    province_iso: str
    subject: str
    period: str
    unit: str
    kind: str | None
    rows: list[FigureRow]

    @property
    def latest(self) -> str:
        return max(r.published or "" for r in self.rows)


def _same(value: float) -> str:
    return f"{value:.{SIGNIFICANT}g}"


def find_conflicts(rows: Iterable[FigureRow]) -> list[Conflict]:
    """Groups with different values from at least two different articles, latest first.

    Every row of such a group is kept (sorted by value), so the page can show the
    values side by side with their links.
    """
    groups: dict[tuple, list[FigureRow]] = defaultdict(list)
    for row in rows:
        if row.province_iso and row.subject and row.period_resolved:
            key = (
                row.province_iso,
                row.subject,
                row.period_resolved,
                row.unit_normalised,
                row.kind,
            )
            groups[key].append(row)
    found = []
    for (iso, subject, period, unit, kind), members in groups.items():
        if len({m.url for m in members}) < 2:
            continue
        values_by_article = {(m.url, _same(m.value_normalised)) for m in members}
        distinct = {v for _, v in values_by_article}
        if len(distinct) < 2:
            continue
        found.append(
            Conflict(
                province=members[0].province,
                province_iso=iso,
                subject=subject,
                period=period,
                unit=unit,
                kind=kind,
                rows=sorted(members, key=lambda m: (m.value_normalised, m.url)),
            )
        )
    found.sort(key=lambda c: c.latest, reverse=True)
    return found
