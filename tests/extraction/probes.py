"""Small probes the round test files share: one figure by its value, the (value, unit) pairs
of a sentence, the names found after a headline.

Why: every round's test file asked the same three questions of the extractor and wrote
the same three helpers again (``duplicates`` listed them); one definition keeps the
questions the same everywhere.
"""

from __future__ import annotations

from crawler.extraction import extract_record
from crawler.extraction.figures import extract_figures
from crawler.extraction.people import extract_people

# a headline before the sentence, as a page has one: some people rules read the lead
HEAD = "افزایش تولید در استان\n\n"


def figure_of(text: str, value: float) -> dict:
    """The first figure of ``value`` in the record of ``text`` (fails when there is none)."""
    figures = [f for f in extract_record(None, None, text)["figures"] if f["value"] == value]
    assert figures, f"no figure of value {value} read from {text!r}"
    return figures[0]


def values_units(text: str) -> list[tuple[float, str]]:
    """(value, unit) of every figure read from ``text``, in order."""
    return [(f.value, f.unit) for f in extract_figures(text)]


def names_after_head(text: str) -> list[str]:
    """The people's names found in ``text`` printed after a headline."""
    return [p["name"] for p in extract_people(HEAD + text)[0]]
