"""Coverage of people and roles (round 17, generalisation).

The rows (tests/extraction/data/people_coverage.json) are short articles the team wrote in
its own words, every name invented or common, grouped by phenomenon of Persian provincial
economic news: a surname alone with its role, honorifics and titles, the role before or
after the name and across a comma, long roles with portfolio lists and an organisation
and province, names no lexicon holds, two people in one sentence, «به X گفت» and «در
گفت‌وگو با», a role with no name (no person), common nouns that are also given names,
pronouns and verbal nouns, deputies, advisers and acting heads, the name given sentences
after its role, names in guillemets, brackets or dashes, places and institutions named
after a person. Each row lists the people a reader lists, with their roles, and words that
must not be (part of) a person. The whole pipeline must give exactly those people and
roles, compared as the realtext scorer compares them. Rows the product still gets wrong
are listed apart as known gaps, with why, and expected to fail (strict)."""

from __future__ import annotations

from typing import Any

import pytest

from crawler.extraction import extract_record
from evaluation.extraction import norm
from tests.extraction.coverage_tables import coverage_params

TABLE, ROWS, GAPS = coverage_params("people", ("text", "people", "not_people"))


def test_table_is_broad() -> None:
    """At least 120 rows in twelve phenomena; at least 80 people expected, a quarter of the
    rows expecting nobody (the table tests restraint as much as finding), and at least 30
    rows naming the words that must not be people."""
    rows = [p.values for p in ROWS]
    assert len(rows) >= 120
    assert len(TABLE["groups"]) >= 12
    assert sum(len(people) for _, people, _ in rows) >= 80
    assert sum(1 for _, people, _ in rows if not people) >= len(rows) // 4
    assert sum(1 for _, _, not_people in rows if not_people) >= 30


@pytest.mark.parametrize(("text", "want", "not_people"), ROWS + GAPS)
def test_people_coverage(text: str, want: list[dict[str, Any]], not_people: list[str]) -> None:
    people = extract_record(None, None, text)["people"]
    got = {norm(p["name"]): norm(p["role"]) for p in people}
    assert got == {norm(p["name"]): norm(p["role"]) for p in want}
    for word in not_people:
        assert not any(f" {norm(word)} " in f" {norm(p['name'])} " for p in people), word
