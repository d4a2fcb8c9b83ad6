"""Start-up: wall time of ``scrapy extract`` on one saved page, as a user runs it.

Most of it is Python, Scrapy and hazm starting (hazm's word list and its Normalizer),
not the page: the number tells whether re-extracting a single page feels instant.
Target (issue 18): at most 1.2 s on the reference machine (benchmarks/RESULTS.md).

``python -m benchmarks.startup [--runs N] [--root CHECKOUT]`` prints each run's wall and
CPU time and their medians (``--root`` runs another checkout, e.g. an older commit, with
the same interpreter, for a before/after on a busy machine).
"""

from __future__ import annotations

import argparse
import os
import resource
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
    #: CPU time (user + system) of each run: on a machine shared with other work the wall
    #: time includes waiting for a core, the CPU time does not.
    cpu_s: list[float]

    @property
    def median_s(self) -> float:
        return statistics.median(self.runs_s)

    @property
    def median_cpu_s(self) -> float:
        return statistics.median(self.cpu_s)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def extract_once(page: Path = PAGE, root: Path = ROOT) -> tuple[float, float]:
    """(wall, CPU) seconds of one ``scrapy extract --outlet tasnim`` of ``page``, run in
    the checkout ``root`` (another checkout compares two versions)."""
    command = [sys.executable, "-m", "scrapy", "extract", "--outlet", "tasnim", "--url", URL]
    # As Python runs by default: bytecode caches written on the warm-up run and read
    # after (a PYTHONDONTWRITEBYTECODE in the caller's environment, as on the team's
    # sandboxes, would recompile the project's ~95 modules on every start: +0.08 s).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [*command, str(page)], cwd=root, capture_output=True, text=True, check=False, env=env
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or '"url"' not in done.stdout:
        raise RuntimeError(f"scrapy extract failed: {done.stderr[-2000:]}")
    return elapsed, _children_cpu() - cpu


def measure_startup(runs: int = 5, root: Path = ROOT) -> Startup:
    extract_once(root=root)  # warm the OS file cache and the .pyc files
    timed = [extract_once(root=root) for _ in range(runs)]
    return Startup([wall for wall, _ in timed], [cpu for _, cpu in timed])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to run in")
    args = parser.parse_args(argv)
    result = measure_startup(args.runs, args.root.resolve())
    print("wall (s): " + ", ".join(f"{t:.2f}" for t in result.runs_s))
    print("CPU  (s): " + ", ".join(f"{t:.2f}" for t in result.cpu_s))
    print(
        f"median wall {result.median_s:.2f} s (target ≤ {TARGET_S} s), "
        f"median CPU {result.median_cpu_s:.2f} s"
    )


if __name__ == "__main__":
    main()
