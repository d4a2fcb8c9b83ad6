"""The figures table: units and scales, periods, stories counted once, conflicts, CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crawler.report import build_report
from crawler.report.conflicts import find_conflicts
from crawler.report.periods import resolve_period
from crawler.report.records import read_article
from crawler.report.table import COLUMNS, build_table
from crawler.report.units import normalise
from crawler.report.vocab import load, persian_number
from tests.report.conftest import KURDISTAN, figure, record, write_feed


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (112_000, "IRT", (1_120_000, "IRR")),  # toman -> rial: ×10
        (1.1, "IRT", (11, "IRR")),  # no float noise (11.000000000000002)
        (5_000, "IRR", (5_000, "IRR")),
        (62, "IRT_HEMAT", (620_000_000_000_000, "IRR")),  # همت = 10^12 toman
        (62, "همت", (620_000_000_000_000, "IRR")),
        (3, "میلیارد تومان", (30_000_000_000, "IRR")),  # scale written into the unit
        (7, "هزار میلیارد ریال", (7_000_000_000_000, "IRR")),
        (2, "million USD", (2_000_000, "USD")),  # USD stays USD
        (150, "USD", (150, "USD")),
        (500, "kg", (0.5, "ton")),
        (25_000, "ton", (25_000, "ton")),
        (9, "percent", (9, "percent")),  # unknown to the table: kept
    ],
)
def test_units_and_scales_are_normalised(value: float, unit: str, expected: tuple) -> None:
    assert normalise(value, unit) == expected


@pytest.mark.parametrize(
    ("period", "year", "expected"),
    [
        ("امسال", 1403, "1403"),
        ("سال گذشته", 1403, "1402"),
        ("پارسال", 1403, "1402"),
        ("سال ۱۴۰۲", 1403, "1402"),
        ("دو ماه نخست امسال", 1403, "دو ماه نخست 1403"),
        ("خردادماه", 1403, "خردادماه 1403"),
        ("برنامه هفتم", 1403, "برنامه هفتم"),
        ("شش ماه گذشته", 1403, None),  # depends on the day it was written
        ("امسال", None, None),  # no publication date: cannot be pinned
        (None, 1403, None),
    ],
)
def test_periods_are_pinned_to_the_jalali_calendar(
    period: str | None, year: int | None, expected: str | None
) -> None:
    assert resolve_period(period, year) == expected


def test_a_republished_story_and_a_refreshed_url_are_counted_once() -> None:
    original = record(1, figure(100, "USD"))
    copy = record(2, figure(100, "USD"), duplicate_of=original["url"])
    refreshed_old = record(3, figure(7, "USD"), crawled_at="2024-05-01T00:00:00+03:30")
    refreshed_new = record(3, figure(8, "USD"), crawled_at="2024-05-02T00:00:00+03:30")
    orphan_a = record(4, figure(5, "ton"), duplicate_of="https://elsewhere.ir/gone")
    orphan_b = record(5, figure(5, "ton"), duplicate_of="https://elsewhere.ir/gone")
    raws = [original, copy, refreshed_old, refreshed_new, orphan_a, orphan_b]
    table = build_table(read_article(r) for r in raws)
    urls = sorted(a.url for a in table.articles)
    assert urls == sorted([original["url"], refreshed_new["url"], orphan_a["url"]])
    assert table.duplicates == 3
    assert sorted(r.value for r in table.rows) == [5, 8, 100]


def _conflicts(*raws: dict) -> list:
    return find_conflicts(build_table(read_article(r) for r in raws).rows)


def test_different_values_for_the_same_province_subject_period_and_unit_conflict() -> None:
    # 50 million USD in one article, 62 million in another; tomans and rials compared as rials.
    found = _conflicts(
        record(1, figure(50_000_000, "USD"), province=KURDISTAN),
        record(2, figure(62_000_000, "USD"), province=KURDISTAN),
        record(3, figure(10, "IRT", "investment"), province=KURDISTAN),
        record(4, figure(100, "IRR", "investment"), province=KURDISTAN),  # the same amount
    )
    assert len(found) == 1
    conflict = found[0]
    assert (conflict.province_iso, conflict.subject, conflict.period, conflict.unit) == (
        "IR-12",
        "exports",
        "1403",
        "USD",
    )
    assert [r.value_normalised for r in conflict.rows] == [50_000_000, 62_000_000]
    assert len({r.url for r in conflict.rows}) == 2


@pytest.mark.parametrize(
    "second",
    [
        record(2, figure(62, "USD", period="شش ماه گذشته")),  # a relative period
        record(2, figure(62, "USD", kind="target")),  # a target is not the actual figure
        record(2, figure(62, "USD"), province=KURDISTAN),  # another province
        record(2, figure(62, "ton")),  # another unit
        record(2, figure(50, "USD")),  # the same value
    ],
)
def test_figures_that_do_not_contradict_are_not_conflicts(second: dict) -> None:
    assert _conflicts(record(1, figure(50, "USD")), second) == []


def test_two_values_in_one_article_are_not_a_conflict() -> None:
    assert _conflicts(record(1, figure(50, "USD"), figure(60, "USD"))) == []


def test_csv_has_a_bom_one_row_per_figure_and_plain_numbers(tmp_path: Path) -> None:
    feed = write_feed(
        tmp_path / "tasnim" / "run.jsonl",
        [
            record(1, figure(112_000, "IRT", "price"), figure(1.5, "USD", None)),
            record(2, figure(25_000, "ton", "production", approx="about", period=None)),
        ],
    )
    build_report([feed], tmp_path / "report")
    raw = (tmp_path / "report" / "figures.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "report" / "figures.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == COLUMNS
    assert len(rows) == 3
    price = next(r for r in rows if r["subject"] == "price")
    assert (price["value"], price["unit"]) == ("112000", "IRT")
    assert (price["value_normalised"], price["unit_normalised"]) == ("1120000", "IRR")
    assert (price["province"], price["province_iso"]) == ("گیلان", "IR-01")
    assert price["published_jalali"].startswith("1403-02-") and price["period_resolved"] == "1403"
    usd = next(r for r in rows if r["unit"] == "USD")
    assert (usd["value"], usd["subject"]) == ("1.5", "")
    assert next(r for r in rows if r["subject"] == "production")["approx"] == "about"


def test_every_subject_label_has_its_persian_label_and_no_other() -> None:
    subjects = {s["label"] for s in load("subjects.json")["labels"]}
    assert set(load("report_labels.json")["subjects"]) == subjects


def test_large_values_are_written_with_persian_digits_and_scale_words() -> None:
    assert persian_number(25_000) == "۲۵٬۰۰۰"
    assert persian_number(15_000_000_000_000) == "۱۵ هزار میلیارد"
    assert persian_number(1_500_000_000) == "۱٫۵ میلیارد"
    assert persian_number(2.25) == "۲٫۲۵"
