"""Round two, point 5: every command that writes state or feeds takes the run lock.

``scrapy crawl`` ignored it: run beside ``crawlall`` on the same folders it emitted most
articles a second time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crawler.mirror import MirrorServer
from crawler.ops.lock import LOCKED_EXIT_CODE, RunLock
from tests.conftest import FAST, ROOT
from tests.mirror_factory import build_mirror


def run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_crawl_and_rebuildstate_wait_for_the_run_that_holds_the_lock(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    build_mirror(mirror, range(3))
    lock = RunLock(tmp_path / "state" / "crawl.lock")
    assert lock.acquire()  # this test process is "the other run"
    try:
        with MirrorServer(mirror) as server:
            crawl = ["crawl", "tasnim", "-s", f"MIRROR_URL={server.url}"]
            for key, value in {
                **FAST,
                "STATE_DIR": str(tmp_path / "state"),
                "FEED_DIR": str(tmp_path / "feeds"),
            }.items():
                crawl += ["-s", f"{key}={value}"]
            proc = run(crawl)
            assert proc.returncode == LOCKED_EXIT_CODE, proc.stderr[-2000:]
            assert f"pid {os.getpid()}" in proc.stderr
            assert server.hits == []  # nothing fetched
            rebuild = run(["rebuildstate", "--state-dir", str(tmp_path / "state")])
            assert rebuild.returncode == LOCKED_EXIT_CODE, rebuild.stderr[-2000:]
    finally:
        lock.release()
    assert not (tmp_path / "feeds").exists()
    assert not (tmp_path / "state" / "state.sqlite").exists()
