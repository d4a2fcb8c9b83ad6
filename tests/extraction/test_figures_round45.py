"""Round 45 figures: «واریته» (a botanical variety) after a number names how many
varieties of a crop exist, no economic count the article reports (dev gold: the one text
with it, h41a09, reads none of them); kinds of minerals counted in digits stay counts.
Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import values_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("در جهان ۵۰۰ واریته انگور شناخته شده است.", []),
        ("کارشناسان ۳۰ واریته گندم را در مزرعه آزمایش کردند.", []),
        # must NOT change: kinds of minerals in digits and other open counts stay counts
        ("در استان ۴۵ نوع ماده معدنی شناسایی شده است.", [(45, "count")]),
        ("امسال ۶۸۰۰ پایه برق نصب شد.", [(6800, "count")]),
    ],
)
def test_varieties_are_not_counted(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_units(text) == expected
