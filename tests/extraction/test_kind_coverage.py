"""The kind coverage table (``data/kind_coverage.tsv``, sentences the team wrote): every
verb form of Persian economic news (simple past, present perfect, past perfect,
progressive, habitual present, subjunctive after «قرار است/باید/برنامه داریم», future
«خواهد», passive and compound verbs, negation, nominal sentences with «است», participle
clauses) crossed with the cue nouns (هدف‌گذاری، پیش‌بینی، برنامه، سهم، رشد، افزایش ...),
each row with the kind a reader gives under the team's conventions. A row checks the
whole figure step (``extract_figures``), so the sentence rules take part too."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extraction.figures import extract_figures

TABLE = Path(__file__).parent / "data" / "kind_coverage.tsv"


def _rows() -> list[tuple[str, float, str | None, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, value, kind, sentence = line.split("\t")
        rows.append((group, float(value), None if kind == "none" else kind, sentence))
    return rows


ROWS = _rows()


def test_table_is_broad() -> None:
    """At least 120 rows, and every verb-form group has several."""
    groups = [g for g, *_ in ROWS]
    assert len(ROWS) >= 120
    assert all(groups.count(g) >= 5 for g in set(groups) - {"plan"})


@pytest.mark.parametrize(
    ("group", "value", "kind", "sentence"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)]
)
def test_kind_coverage(group: str, value: float, kind: str | None, sentence: str) -> None:
    found = [f for f in extract_figures(sentence) if float(f.value) == value]
    assert found, f"no figure {value} in {sentence!r}"
    assert found[0].kind == kind, f"{group}: {sentence}"
