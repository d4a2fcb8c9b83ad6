"""Crawls of the hostile mirror, run once per module, with their peak memory."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import jsonlines

from tests.conftest import FAST, ROOT
from tests.faulty_mirror import faulty_mirror_url
from tests.hostile.hostile_mirror import HOSTILE_TIMEOUT

# Short timeouts and one retry keep the hostile crawls to seconds.
HOSTILE = {**FAST, "DOWNLOAD_TIMEOUT": str(HOSTILE_TIMEOUT), "RETRY_TIMES": "1"}


@dataclass
class HostileCrawl:
    returncode: int
    records: list[dict]
    rejects: list[dict]
    log: str
    peak_mb: float
    work: Path
    mirror: Path
    by_url: dict[str, dict] = field(default_factory=dict)

    def stat(self, name: str) -> int:
        match = re.search(rf"'{re.escape(name)}': (\d+)", self.log)
        return int(match.group(1)) if match else 0

    @property
    def summary_errors(self) -> str:
        """The summary's "errors by kind" line."""
        match = re.search(r"errors by kind: (.*)", self.log)
        assert match, "no run summary in the log"
        return match.group(1)


def _hwm_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def hostile_crawl(mirror: Path, work: Path, **settings: str) -> HostileCrawl:
    """``scrapy crawl tasnim`` over ``mirror``; its peak RSS read from /proc meanwhile."""
    work.mkdir(parents=True, exist_ok=True)
    out = work / "out.jsonl"
    merged = {
        **HOSTILE,
        "REJECTS_DIR": str(work / "rejects"),
        "STATE_DIR": str(work / "state"),
        "FEED_DIR": str(work / "feeds"),
        **settings,
    }
    args = [sys.executable, "-m", "scrapy", "crawl", "tasnim", "-O", str(out)]
    for key, value in merged.items():
        args += ["-s", f"{key}={value}"]
    log_path = work / "crawl.log"
    peak = [0.0]
    with faulty_mirror_url(mirror) as mirror_url, log_path.open("w") as log:
        args += ["-s", f"MIRROR_URL={mirror_url}"]
        proc = subprocess.Popen(
            args, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=log
        )
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.2):
                peak[0] = max(peak[0], _hwm_mb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            code = proc.wait(timeout=120)
        finally:
            done.set()
            sampler.join()
    records = list(jsonlines.open(out)) if out.exists() else []
    rejects = [r for f in Path(merged["REJECTS_DIR"]).glob("*.jsonl") for r in jsonlines.open(f)]
    result = HostileCrawl(code, records, rejects, log_path.read_text(), peak[0], work, mirror)
    result.by_url = {r["url"]: r for r in records}
    return result
