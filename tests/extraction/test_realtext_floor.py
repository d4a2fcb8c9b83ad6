"""Extraction on the real-text development part stays at its level (where the cache is).

The texts are third-party and live only in the ignored cache (see
``evaluation/realtext/README.md``); a clone without it skips with that message. With the
cache, a change that loses ground on real text fails here, not weeks later in a chart.
"""

from __future__ import annotations

import pytest

from evaluation import realtext
from evaluation.extraction import evaluate

# Dev levels less a small margin; raise them as extraction improves. Measured after round
# 44 on the 1016 of 1164 texts present in the cache (the four oldest parts, dev-a, dev-b,
# heldout and heldout2, were not refilled on this machine but one text, and five copies do
# not match their hash): P .989 R .989 subject .939 kind .961 provinces 1.000 people .995
# roles .991 attribution .985, no non-person. The floors hold for whatever part of the
# cache is present.
FLOORS = {
    "figure_precision": 0.985,
    "figure_recall": 0.98,
    "subject_accuracy": 0.93,
    "kind_accuracy": 0.955,
    "people_recall": 0.98,
    "role_accuracy": 0.98,
    "attribution_accuracy": 0.98,
    "province_exact": 0.995,
}
MAX_NON_PEOPLE_PER_30 = 0.5


def test_dev_part_stays_above_its_floors() -> None:
    good, _ = realtext.verify(realtext.manifest("dev"))
    if not good:
        pytest.skip(
            "real-text cache not present (evaluation/realtext/.cache): rebuild it from the "
            "manifests with `python -m evaluation.realtext rebuild`"
        )
    present = {f"{e.id}.txt" for e in good}
    records = realtext.extract_records([e.path for e in good])
    _, summary = evaluate([g for g in realtext.gold("dev") if g["seed"] in present], records)
    low = {k: round(summary[k], 3) for k, floor in FLOORS.items() if summary[k] < floor}
    assert not low, f"below the real-text floors: {low}"
    assert summary["non_people_per_30_texts"] <= MAX_NON_PEOPLE_PER_30
