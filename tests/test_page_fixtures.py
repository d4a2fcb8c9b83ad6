"""Each outlet's page fixtures, field by field (see tests/page_fixtures.py).

One test per (case, field): a selector or stage that goes wrong names the field and the
page. The mirror crawls (tests/test_spiders_e2e.py) stay for discovery, state and faults.
"""

from __future__ import annotations

import pytest
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.project import get_project_settings

from crawler.schema import RECORD_FIELDS
from tests.page_fixtures import RUN_SPECIFIC, PageCase, cases, produce

CASES = cases()
FIELDS = [f for f in RECORD_FIELDS if f not in RUN_SPECIFIC]


@pytest.fixture(scope="module")
def produced() -> dict[str, dict]:
    return {}


def _record(case: PageCase, produced: dict[str, dict]) -> dict:
    if case.id not in produced:
        produced[case.id] = produce(case)
    return produced[case.id]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_page_field(case: PageCase, field: str, produced: dict[str, dict]) -> None:
    expected = case.expected()
    assert field in expected, f"{case.id}: output.json lacks {field!r} (regenerate it)"
    assert _record(case, produced)[field] == expected[field]


def test_every_outlet_has_a_page_fixture() -> None:
    outlets = {n for n in get_spider_loader(get_project_settings()).list() if n != "generic"}
    assert outlets <= {c.outlet for c in CASES}, sorted(outlets - {c.outlet for c in CASES})


def test_output_holds_exactly_the_record_fields() -> None:
    for case in CASES:
        assert list(case.expected()) == FIELDS, case.id
