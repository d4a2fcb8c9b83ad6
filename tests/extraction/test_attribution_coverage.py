"""Coverage of the agency an article credits (round 17, generalisation).

The rows (tests/extraction/data/attribution_coverage.json) are short articles the team
wrote in its own words, grouped by how Persian provincial news credits its source:
datelines («شهر - خبرگزاری X:», «X - شهر -»), «به گزارش X», «به گزارش خبرنگار X از شهر»,
interviews («در گفت‌وگو با خبرنگار X», «به X گفت»), «X نوشت:», source lines («منبع: X»),
closing slashes («انتهای پیام/ X», «/X»), provincial bureaus and centres, republished
copies («به نقل از X», a press office by its short name in brackets), a site's own
masthead, chains of two outlets, agencies named only as a topic and texts with no credit.
Outlets are known agencies (their canonical name expected) and outlets the team invented
(the product can credit them only by reading the text). The whole pipeline must give the
row's value. Rows the product still gets wrong are listed apart as known gaps, with why,
and expected to fail (strict)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.extraction import extract_record
from crawler.extraction.lexicon import AGENCY_ALIASES
from crawler.extraction.persian import key
from tests.extraction.coverage_tables import coverage_params

TABLE, ROWS, GAPS = coverage_params("attribution", ("text", "want"))
_CANONICAL = {
    a["name"]
    for a in json.loads(
        (Path(__file__).parents[2] / "crawler" / "data" / "agencies.json").read_text(
            encoding="utf-8"
        )
    )["agencies"]
}


def test_table_is_broad() -> None:
    """At least 120 rows in twelve phrasings; known agencies and invented outlets both
    expected often, and texts that credit nothing too (the table is no one outlet's)."""
    wants = [p.values[1] for p in ROWS]
    known = {w for w in wants if w in _CANONICAL}
    invented = {w for w in wants if w is not None and w not in _CANONICAL}
    assert len(ROWS) >= 120
    assert len(TABLE["groups"]) >= 12
    assert len(known) >= 10
    assert len(invented) >= 15
    assert wants.count(None) >= 15


def test_invented_outlets_are_unknown() -> None:
    """An invented outlet must not be a known agency's spelling: the rows would then test
    the list, not the reading of the text."""
    invented = {p.values[1] for p in ROWS + GAPS} - _CANONICAL - {None}
    assert invented
    assert not {key(w) for w in invented} & set(AGENCY_ALIASES)


@pytest.mark.parametrize(("text", "want"), ROWS + GAPS)
def test_attribution_coverage(text: str, want: str | None) -> None:
    assert extract_record(None, None, text)["attributed_to"] == want
