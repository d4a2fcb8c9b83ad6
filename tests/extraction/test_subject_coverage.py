"""Sector-organised coverage of the subject label (round 11, generalisation).

The rows (tests/extraction/data/subject_coverage.json) are sentences the team wrote that
name commodities, facilities and measures across the whole economy, most of them words
the development corpus does not contain: the subject must come from the vocabulary of
the sector and the grammar of the measure, not from words already met. Every row names
the value of one figure and the subject it must get."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.data import load
from crawler.extraction import extract_record

TABLE = json.loads(
    (Path(__file__).parent / "data" / "subject_coverage.json").read_text(encoding="utf-8")
)
SUBJECT_LABELS = frozenset(s["label"] for s in load("subjects.json")["labels"])
ROWS = [
    pytest.param(text, value, want, id=f"{sector}-{i}")
    for sector, rows in TABLE["sectors"].items()
    for i, (text, value, want) in enumerate(rows)
]
GAPS = [
    pytest.param(text, value, want, id=f"gap-{i}", marks=pytest.mark.xfail(strict=True, reason=why))
    for i, (text, value, want, why) in enumerate(TABLE["known_gaps"]["rows"])
]


def test_table_is_broad() -> None:
    """At least 150 rows, every expected subject a label of the closed vocabulary, and
    every label of the vocabulary expected somewhere (the table covers the whole list)."""
    wanted = {want for _, _, want in (p.values for p in ROWS)}
    assert len(ROWS) >= 150
    assert wanted <= set(SUBJECT_LABELS)
    assert set(SUBJECT_LABELS) <= wanted


@pytest.mark.parametrize(("text", "value", "want"), ROWS + GAPS)
def test_subject_coverage(text: str, value: float, want: str) -> None:
    figures = [f for f in extract_record(None, None, text)["figures"] if f["value"] == value]
    assert figures, f"no figure of value {value} read from {text!r}"
    assert figures[0]["subject"] == want
