"""Cron-ready operation: incremental runs, crash recovery, the lock, health exit codes.

Every test runs ``scrapy crawlall`` as cron would (a separate process) against a
generated Tasnim mirror served by a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import jsonlines
import pytest

from crawler.ops.lock import LOCKED_EXIT_CODE
from tests.conftest import FAST, ROOT
from tests.faulty_mirror import FaultyMirrorServer
from tests.mirror_factory import build_mirror


def crawlall_cmd(tmp: Path, mirror_url: str, *extra: str) -> list[str]:
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawlall",
        "--outlets",
        "tasnim",
        "--state-dir",
        str(tmp / "state"),
        "--feed-dir",
        str(tmp / "feeds"),
        "-s",
        f"MIRROR_URL={mirror_url}",
        "-s",
        f"REJECTS_DIR={tmp / 'rejects'}",
    ]
    for key, value in FAST.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd + list(extra)


def crawlall(tmp: Path, mirror_url: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        crawlall_cmd(tmp, mirror_url, *extra),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def feed_records(tmp: Path) -> list[dict]:
    return [
        r
        for f in sorted((tmp / "feeds" / "tasnim").glob("*.jsonl"))
        if not f.is_symlink()
        for r in jsonlines.open(f)
    ]


def article_hits(server: FaultyMirrorServer) -> int:
    return sum("/fa/news/" in path for path in server.hits)


def test_second_run_fetches_no_article_and_new_pages_are_exactly_the_new_records(
    tmp_path: Path,
) -> None:
    mirror = tmp_path / "mirror"
    urls = build_mirror(mirror, range(6))
    with FaultyMirrorServer(mirror) as server:
        first = crawlall(tmp_path, server.url)
        assert first.returncode == 0, first.stderr[-3000:]
        assert sorted(r["url"] for r in feed_records(tmp_path)) == sorted(urls)
        fetched_first = article_hits(server)
        assert fetched_first == 6

        second = crawlall(tmp_path, server.url)
        assert second.returncode == 0, second.stderr[-3000:]
        assert article_hits(server) == fetched_first, "the second run fetched article pages"
        assert len(feed_records(tmp_path)) == 6
        assert "=== run summary" in second.stderr

        new_urls = build_mirror(mirror, range(6, 8))  # rewrites the listing with all 8
        third = crawlall(tmp_path, server.url)
        assert third.returncode == 0, third.stderr[-3000:]
    records = feed_records(tmp_path)
    assert Counter(r["url"] for r in records) == Counter(urls + new_urls)
    latest = tmp_path / "feeds" / "tasnim" / "latest.jsonl"
    assert sorted(r["url"] for r in jsonlines.open(latest)) == sorted(new_urls)


def test_run_killed_midway_and_restarted_emits_every_article_exactly_once(
    tmp_path: Path,
) -> None:
    mirror = tmp_path / "mirror"
    urls = build_mirror(mirror, range(12), delay=0.4)
    feeds = tmp_path / "feeds" / "tasnim"
    with FaultyMirrorServer(mirror) as server:
        proc = subprocess.Popen(
            crawlall_cmd(tmp_path, server.url, "-s", "CONCURRENT_REQUESTS=1"),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            parts = list(feeds.glob("*.part")) if feeds.exists() else []
            if parts and len(parts[0].read_text(encoding="utf-8").splitlines()) >= 3:
                break
            time.sleep(0.1)
        else:
            proc.kill()
            pytest.fail("the first run never wrote three records")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert list(feeds.glob("*.part")), "a killed run leaves its partial feed"
        restarted = crawlall(tmp_path, server.url)
    assert restarted.returncode == 0, restarted.stderr[-3000:]
    assert not list(feeds.glob("*.part"))
    assert list(feeds.glob("*.recovered.jsonl"))
    assert Counter(r["url"] for r in feed_records(tmp_path)) == Counter(urls)


def test_second_run_started_while_one_is_going_exits_with_the_lock_code(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    build_mirror(mirror, range(6), delay=0.5)
    with FaultyMirrorServer(mirror) as server:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        first = subprocess.Popen(
            crawlall_cmd(tmp_path, server.url, "-s", "CONCURRENT_REQUESTS=1"),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        lock = tmp_path / "state" / "crawl.lock"
        deadline = time.monotonic() + 60
        while not (lock.exists() and lock.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(0.05)
        started = time.monotonic()
        second = crawlall(tmp_path, server.url)
        assert second.returncode == LOCKED_EXIT_CODE, second.stderr[-2000:]
        assert "another run" in second.stderr and str(first.pid) in second.stderr
        assert time.monotonic() - started < 30
        assert first.wait(timeout=180) == 0


def test_spider_whose_selectors_match_nothing_fails_the_run_with_the_reason(
    tmp_path: Path,
) -> None:
    mirror = tmp_path / "mirror"
    build_mirror(mirror, range(5), body_class="article-text-v2")  # the site changed layout
    with FaultyMirrorServer(mirror) as server:
        result = crawlall(tmp_path, server.url)
    assert result.returncode == 1
    summary = result.stderr[result.stderr.index("=== run summary") :]
    assert "tasnim" in summary and "content rules matched 0 of 5" in summary


def test_bad_cutoff_is_a_usage_error(tmp_path: Path) -> None:
    result = crawlall(tmp_path, "http://127.0.0.1:9", "--since", "last week")
    assert result.returncode == 2
    assert "cut-off date" in result.stderr
