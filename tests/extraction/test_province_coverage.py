"""Coverage of the article's provinces (round 14, generalisation).

The rows (tests/extraction/data/province_coverage.json) are short articles the team wrote
in its own words, grouped by phenomenon of Persian provincial economic news: counties and
cities named like a province or shared between provinces, destinations and origins of
goods, crossings and ports, national rankings and comparisons, neighbouring provinces in
passing, national officials visiting, agency bureau credits, lists after «استان‌های»,
«مرکزی» as the province against «بانک/دفتر/ستاد مرکزی», names that are also a sea, a
gulf, a country or a firm. Each row lists the provinces a reader lists under the gold
conventions (evaluation/realtext/README.md and the parts' NOTES), in order: the whole
pipeline (people and agencies masked) must give exactly that list. Rows the product still
gets wrong are listed apart as known gaps, with why, and expected to fail (strict)."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record
from crawler.extraction.provinces import ISO
from tests.extraction.coverage_tables import coverage_params

TABLE, ROWS, GAPS = coverage_params("province", ("title", "body", "want"))


def test_table_is_broad() -> None:
    """At least 60 rows in ten phenomena, every expected name a province of the data, and
    at least 25 provinces expected somewhere (the table is no one region's)."""
    wanted = {name for p in ROWS for name in p.values[2]}
    assert len(ROWS) >= 60
    assert len(TABLE["groups"]) >= 10
    assert wanted <= set(ISO)
    assert len(wanted) >= 25


@pytest.mark.parametrize(("title", "body", "want"), ROWS + GAPS)
def test_province_coverage(title: str | None, body: str, want: list[str]) -> None:
    got = [p["name"] for p in extract_record(title, None, body)["provinces"]]
    assert got == want
