"""Crawl throughput and memory: a generated mirror crawled flat out, next to ``scrapy bench``.

The mirror (``tests.mirror_factory``, paginated listing) is served by
``python -m crawler.mirror`` in its own process, as ``scrapy bench`` serves its pages
from its own process: the crawler's CPU time and RSS are then the crawler's alone. The
crawl runs every pipeline with politeness off (no delay, no autothrottle) and disk
queues (``JOBDIR``). Peak RSS comes from ``wait4`` of the crawl process (the kernel's
high-water mark for that one child), so no sampling can miss a peak.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from tests.mirror_factory import build_mirror

ROOT = Path(__file__).resolve().parent.parent
LISTING_PAGE_SIZE = 500
# Related-link rows per generated article: pages of about 25 KB, article-shaped.
PADDING = 120


@dataclass
class CrawlRun:
    label: str
    pages: int  # responses received (articles + listings + robots/feed)
    items: int  # records written to the feed
    seconds: float
    peak_rss_mb: float
    rss_samples: list[float] = field(default_factory=list)

    def rss_at(self, fraction: float) -> float:
        """RSS (MB) sampled at ``fraction`` of the run's duration."""
        if not self.rss_samples:
            return 0.0
        return self.rss_samples[
            min(int(fraction * len(self.rss_samples)), len(self.rss_samples) - 1)
        ]

    @property
    def pages_per_min(self) -> float:
        return self.pages / self.seconds * 60 if self.seconds else 0.0


def _stat(log: str, name: str) -> int:
    match = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(match.group(1)) if match else 0


def _elapsed(log: str) -> float:
    match = re.search(r"'elapsed_time_seconds': ([\d.]+)", log)
    return float(match.group(1)) if match else 0.0


def _memory_mb(pid: int) -> tuple[float, float] | None:
    """(VmRSS, VmHWM) of a live process in MB."""
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                values[line[:5]] = int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    if len(values) < 2:
        return None
    return values["VmRSS"], values["VmHWM"]


def _run_measured(
    args: list[str], cwd: Path, log_path: Path
) -> tuple[int, float, str, list[float]]:
    """Run a child: (exit status, its peak RSS in MB, its log, RSS sampled every second).

    The peak is the kernel's high-water mark (VmHWM) read every second. ``wait4``'s
    ``ru_maxrss`` would be wrong here: Linux carries the parent's RSS at fork into the
    child's maximum across ``exec``, so a child of a big parent looks as big.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    samples: list[float] = []
    peak = [0.0]
    with log_path.open("w") as log:
        proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample() -> None:
            while not done.wait(1.0):
                memory = _memory_mb(proc.pid)
                if memory is not None:
                    samples.append(memory[0])
                    peak[0] = max(peak[0], memory[1])

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, _ = os.wait4(proc.pid, 0)
        done.set()
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    log_text = log_path.read_text(errors="replace")
    return proc.returncode, peak[0], log_text, samples


def generate_mirror(folder: Path, pages: int) -> Path:
    """A Tasnim-style mirror of ``pages`` articles (reused when already generated)."""
    stamp = folder / f".generated-{pages}-{PADDING}"
    if stamp.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    build_mirror(folder, range(pages), padding=PADDING, listing_page_size=LISTING_PAGE_SIZE)
    stamp.touch()
    return folder


class MirrorProcess:
    """``python -m crawler.mirror`` in a child process."""

    def __init__(self, folder: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.mirror", str(folder)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def crawl(mirror: Path, pages: int, work: Path, concurrency: int = 16) -> CrawlRun:
    """Crawl the whole mirror with all pipelines on; throughput and peak RSS."""
    server = MirrorProcess(mirror)
    run_dir = work / f"crawl-{pages}"
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    settings = {
        "MIRROR_URL": server.url,
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "False",
        "CONCURRENT_REQUESTS": str(concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(concurrency),
        "DEPTH_LIMIT": "0",
        "LISTING_MAX_PAGES": "100000",
        "JOBDIR": str(run_dir / "job"),
        "STATE_DIR": str(run_dir / "state"),
        "FEED_DIR": str(run_dir / "feeds"),
        "REJECTS_DIR": str(run_dir / "rejects"),
        "LOG_LEVEL": "INFO",
        "LOGSTATS_INTERVAL": "30",
    }
    args = [sys.executable, "-m", "scrapy", "crawl", "tasnim"]
    for key, value in settings.items():
        args += ["-s", f"{key}={value}"]
    try:
        code, rss, log, samples = _run_measured(args, ROOT, run_dir / "crawl.log")
    finally:
        server.stop()
    if code != 0:
        print(f"warning: crawl of {pages} exited {code}, see {run_dir / 'crawl.log'}")
    items = _stat(log, "feed/records") or _stat(log, "records/valid")
    return CrawlRun(
        f"crawl {pages:,} articles (all pipelines)",
        _stat(log, "downloader/response_count"),
        items,
        _elapsed(log),
        rss,
        samples,
    )


def scrapy_bench(work: Path, seconds: int = 60) -> CrawlRun:
    """Stock ``scrapy bench`` (outside the project, so stock settings) for ``seconds``."""
    bench_dir = work / "bench"
    bench_dir.mkdir(parents=True, exist_ok=True)
    args = [
        sys.executable,
        "-m",
        "scrapy",
        "bench",
        "-s",
        f"CLOSESPIDER_TIMEOUT={seconds}",
        "-s",
        "LOGSTATS_INTERVAL=30",
    ]
    env_cwd = Path(tempfile.mkdtemp(dir=bench_dir))  # no scrapy.cfg: stock settings
    _, rss, log, samples = _run_measured(args, env_cwd, bench_dir / "bench.log")
    return CrawlRun(
        f"scrapy bench ({seconds} s)",
        _stat(log, "downloader/response_count"),
        0,
        _elapsed(log),
        rss,
        samples,
    )
