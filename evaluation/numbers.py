"""Number reading measured on the team's number-word cases, each inside a news sentence.

    python -m evaluation.numbers [--cases FILE] [--check MIN]

Why: peers' word-to-number suites test bare phrases; news copy puts the same phrases next
to units, other numbers and glued words. A case is right when the numbers read from its
sentence's figures (what a record carries, through the whole extractor) are exactly its
`values`, in order: an ordinal or a plural quantity word read as a figure, a group split in
two, two numbers fused into one or a scale dropped all count as wrong.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from crawler.extraction import extract_record

CASES = Path(__file__).resolve().parent / "gold" / "number_words.json"


def read(sentence: str) -> list[int | float]:
    """The figure values the product takes from a sentence, in order."""
    return [f["value"] for f in extract_record(None, None, sentence)["figures"]]


def same(got: list[int | float], want: list[int | float]) -> bool:
    return len(got) == len(want) and all(
        math.isclose(g, w, rel_tol=1e-9) for g, w in zip(got, want, strict=True)
    )


def score(cases: list[dict]) -> tuple[float, list[str]]:
    """Share of cases read exactly, and one line per case read wrong."""
    wrong = []
    for case in cases:
        got = read(case["sentence"])
        if not same(got, case["values"]):
            wrong.append(f"{case['sentence']}  want {case['values']} got {got}")
    return (1 - len(wrong) / len(cases)) if cases else 1.0, wrong


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.numbers", description=__doc__)
    ap.add_argument("--cases", type=Path, default=CASES)
    ap.add_argument("--check", type=float, help="exit 1 when accuracy is below this")
    args = ap.parse_args(argv)
    cases = json.loads(args.cases.read_text(encoding="utf-8"))["cases"]
    accuracy, wrong = score(cases)
    for line in wrong:
        print(line)
    print(f"number cases read exactly: {len(cases) - len(wrong)}/{len(cases)} = {accuracy:.3f}")
    return 1 if args.check is not None and accuracy < args.check else 0


if __name__ == "__main__":
    sys.exit(main())
