"""Start-up: wall time of ``scrapy extract`` on one saved page, as a user runs it.

Most of it is Python, Scrapy and hazm starting (hazm's word list and its Normalizer),
not the page: the number tells whether re-extracting a single page feels instant.
Target (issue 18): at most 1.2 s on the reference machine (benchmarks/RESULTS.md).

``python -m benchmarks.startup [--runs N]`` prints each run and the median.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = (
    ROOT
    / "tests/fixtures/mirror/www.tasnimnews.com/fa/news/1403/02/23/3091204/qazvin-industrial-parks"
)
URL = "https://www.tasnimnews.com/fa/news/1403/02/23/3091204/qazvin-industrial-parks"
TARGET_S = 1.2


@dataclass
class Startup:
    runs_s: list[float]

    @property
    def median_s(self) -> float:
        return statistics.median(self.runs_s)


def extract_once(page: Path = PAGE) -> float:
    """Seconds of wall time for one ``scrapy extract --outlet tasnim`` of ``page``."""
    command = [sys.executable, "-m", "scrapy", "extract", "--outlet", "tasnim", "--url", URL]
    started = time.perf_counter()
    done = subprocess.run(
        [*command, str(page)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or '"url"' not in done.stdout:
        raise RuntimeError(f"scrapy extract failed: {done.stderr[-2000:]}")
    return elapsed


def measure_startup(runs: int = 5) -> Startup:
    extract_once()  # warm the OS file cache and the .pyc files
    return Startup([extract_once() for _ in range(runs)])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    result = measure_startup(args.runs)
    print("runs (s): " + ", ".join(f"{t:.2f}" for t in result.runs_s))
    print(f"median: {result.median_s:.2f} s (target ≤ {TARGET_S} s)")


if __name__ == "__main__":
    main()
