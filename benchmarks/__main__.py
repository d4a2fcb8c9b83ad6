"""``python -m benchmarks``: every benchmark in one run, printed as a markdown table.

Options: ``--pages N`` (crawl size, default 20,000), ``--small N`` (the smaller crawl
that memory growth is compared with, default 2,000), ``--bench-seconds S,S`` (lengths of
the ``scrapy bench`` baseline runs, default 20 and 60 s: bench slows down as its
in-memory queue grows, so the faster one is the baseline), ``--rounds R`` (per-page
timing rounds), ``--quick`` (2,000/500 pages, 20 s bench, 1 round: a smoke run, not
for RESULTS.md), ``--work DIR`` (where mirrors, logs and feeds go; mirrors are reused between runs).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.crawl import crawl, generate_mirror, scrapy_bench
from benchmarks.pages import StageTiming, measure, measure_stages
from benchmarks.report import measure_report
from benchmarks.startup import TARGET_S, measure_startup


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def stages_in_subprocess(rounds: int) -> list[StageTiming]:
    """``measure_stages(rounds)`` run in a fresh interpreter (this one's path and working
    directory), its rows read back as JSON. Why: run after the per-page benchmark in the
    same process, the stage table read about 0.3-0.6 ms more for extraction (2026-12-07:
    collections of the garbage that benchmark left, up to 42 ms each, fell inside the
    extraction stage's timed calls); the table should show the stages' own cost."""
    code = (
        "import dataclasses, json\n"
        "from benchmarks.pages import measure_stages\n"
        f"print(json.dumps([dataclasses.asdict(t) for t in measure_stages({rounds:d})]))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return [StageTiming(**row) for row in json.loads(done.stdout.splitlines()[-1])]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=2_000)
    parser.add_argument("--bench-seconds", default="20,60")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--skip-crawl", action="store_true", help="no crawl (pages and report)")
    parser.add_argument("--report-records", type=int, default=20_000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "pnc-bench")
    args = parser.parse_args(argv)
    if args.quick:
        args.pages, args.small, args.bench_seconds, args.rounds = 2_000, 500, "20", 1
        args.report_records = 2_000
    args.work.mkdir(parents=True, exist_ok=True)

    print(f"machine: {machine()}\n")
    startup = measure_startup(1 if args.quick else 5)
    print("## Start-up: `scrapy extract` of one page (wall)\n")
    print(
        f"median {startup.median_s:.2f} s wall, {startup.median_cpu_s:.2f} s CPU over "
        f"{len(startup.runs_s)} run(s) (target ≤ {TARGET_S} s wall)\n"
    )
    print("## Per-page processing (one core, CPU time)\n")
    print(
        "| pages | set | mean size | product ms/page | pages/s | trafilatura ms/page "
        "| pages/s | ratio (target) | bodies found product / trafilatura |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    targets = {"known": "≤ 0.5", "generic": "≤ 1.0"}
    for t in measure(args.rounds):
        print(
            f"| {t.pages} | {t.set} | {t.mean_kb:.0f} KB | {t.product_s * 1000:.1f} "
            f"| {1 / t.product_s:.0f} | {t.trafilatura_s * 1000:.1f} | {1 / t.trafilatura_s:.0f} "
            f"| {t.ratio:.2f} ({targets[t.set]}) | {t.product_found} / {t.trafilatura_found} |"
        )
    print("\n## Per-stage cost (every page above, one core, CPU time per article)\n")
    print(
        "Measured in a fresh subprocess: in this process, after the per-page benchmark, "
        "collections of the garbage it left fall inside the stages' timed calls.\n"
    )
    print("| stage | mean ms | p95 ms | max ms | target |")
    print("| --- | --- | --- | --- | --- |")
    for st in stages_in_subprocess(args.rounds):
        target = "well under 10 ms" if st.stage == "extraction" else ""
        print(
            f"| {st.stage} | {st.mean_s * 1000:.2f} | {st.p95_s * 1000:.2f} "
            f"| {st.max_s * 1000:.2f} | {target} |"
        )
    here = [st for st in measure_stages(args.rounds) if st.stage == "extraction"]
    if here:
        print(
            f"\n(extraction measured in this process after the per-page benchmark, as before "
            f"2026-12-07: mean {here[0].mean_s * 1000:.2f} ms, p95 {here[0].p95_s * 1000:.2f}, "
            f"max {here[0].max_s * 1000:.2f} ms)"
        )
    print("\n## Report (`scrapy report`, synthetic feeds, wall clock incl. start-up)\n")
    print(
        "| Vega bundle | records | figures | seconds (target < 10) | CPU seconds "
        "| index.html (target < 5 MB) | figures.csv |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for run in measure_report(args.work, args.report_records):
        print(
            f"| {run.label} | {run.records:,} | {run.figures:,} | {run.seconds:.1f} "
            f"| {run.cpu_seconds:.1f} | {run.page_mb:.2f} MB | {run.csv_mb:.1f} MB |"
        )
    if args.skip_crawl:
        return

    print("\n## Crawl throughput and memory\n", flush=True)
    small = crawl(
        generate_mirror(args.work / f"mirror-{args.small}", args.small), args.small, args.work
    )
    large = crawl(
        generate_mirror(args.work / f"mirror-{args.pages}", args.pages), args.pages, args.work
    )
    benches = [scrapy_bench(args.work, int(t)) for t in args.bench_seconds.split(",")]
    bench = max(benches, key=lambda run: run.pages_per_min)
    print(
        "| run | responses | records | seconds | pages/min | peak RSS "
        "| RSS at 25 % / 50 % / 90 % of the run |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for run in (small, large, *benches):
        timeline = " / ".join(f"{run.rss_at(f):.0f}" for f in (0.25, 0.5, 0.9))
        print(
            f"| {run.label} | {run.pages:,} | {run.items:,} | {run.seconds:.1f} "
            f"| {run.pages_per_min:,.0f} | {run.peak_rss_mb:.0f} MB | {timeline} MB |"
        )
    ratio = large.pages_per_min / bench.pages_per_min if bench.pages_per_min else 0.0
    growth = large.peak_rss_mb / small.peak_rss_mb if small.peak_rss_mb else 0.0
    print(
        f"\nthroughput vs the faster scrapy bench: {ratio:.2f} (target ≥ 0.5); "
        f"peak RSS {large.peak_rss_mb:.0f} MB (target < 400 MB); "
        f"RSS growth {args.small:,} → {args.pages:,} pages: ×{growth:.2f} for "
        f"×{args.pages / args.small:.0f} pages (target: sub-linear)"
    )


if __name__ == "__main__":
    main()
