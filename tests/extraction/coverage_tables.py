"""The team's coverage tables (tests/extraction/data/<name>_coverage.json) as pytest params.

Each table groups short team-written articles by phenomenon and lists apart the rows the
product still gets wrong ("known_gaps", each with why). Gaps run as strict xfail, so a fix
shows as an unexpected pass and the row moves into its group. One reader keeps the
province, people and attribution tables' tests to the same shape and the same test ids.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"


def coverage_params(name: str, fields: tuple[str, ...]) -> tuple[dict[str, Any], list, list]:
    """The table, its rows and its known gaps, each row's ``fields`` in order as a param."""
    table = json.loads((DATA / f"{name}_coverage.json").read_text(encoding="utf-8"))
    rows = [
        pytest.param(*(row[field] for field in fields), id=f"{group}-{i}")
        for group, group_rows in table["groups"].items()
        for i, row in enumerate(group_rows)
    ]
    gaps = [
        pytest.param(
            *(row[field] for field in fields),
            id=f"gap-{row['group']}-{i}",
            marks=pytest.mark.xfail(strict=True, reason=row["why"]),
        )
        for i, row in enumerate(table["known_gaps"]["rows"])
    ]
    return table, rows, gaps
