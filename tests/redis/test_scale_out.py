"""Scale-out: several ``scrapy crawlall`` workers share one crawl through a real Redis.

Workers run as separate processes, as on several machines, against a generated Tasnim
mirror whose article pages answer slowly, so every worker gets some of the work.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import jsonlines
import pytest
import redis
from scrapy.utils.project import get_project_settings

from tests.conftest import FAST, ROOT
from tests.faulty_mirror import FaultyMirrorServer
from tests.mirror_factory import HOST, build_mirror

ADDON = "crawler.scaleout.addon.RedisMode"


def addon_args() -> list[str]:
    """Enable the add-on on the command line only if the project settings do not yet."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    addons = get_project_settings().getdict("ADDONS")
    if any(str(key).endswith("RedisMode") for key in addons):
        return []
    return ["-s", "ADDONS=" + json.dumps({ADDON: 100})]


def worker_cmd(feeds: Path, state: Path, mirror_url: str, redis_url: str, *extra: str) -> list:
    cmd = [sys.executable, "-m", "scrapy", "crawlall", "--outlets", "tasnim"]
    cmd += ["--feed-dir", str(feeds), "--state-dir", str(state), *addon_args()]
    settings = {
        **FAST,
        "MIRROR_URL": mirror_url,
        "REDIS_URL": redis_url,
        "REJECTS_DIR": str(state / "rejects"),
        "CONCURRENT_REQUESTS": "2",
        "MAX_IDLE_TIME_BEFORE_CLOSE": "2",
        "REDIS_WORKER_TTL": "3",
    }
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd + list(extra)


def start_worker(tmp: Path, name: str, mirror_url: str, redis_url: str, feeds: Path | None = None):
    log = (tmp / f"{name}.log").open("a")
    return subprocess.Popen(
        worker_cmd(feeds or tmp / name / "feeds", tmp / name / "state", mirror_url, redis_url),
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def wait(proc: subprocess.Popen, tmp: Path, name: str, timeout: float = 90) -> None:
    try:
        code = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"worker {name} did not stop:\n{(tmp / f'{name}.log').read_text()[-3000:]}")
    assert code == 0, (tmp / f"{name}.log").read_text()[-3000:]


def records(folder: Path) -> list[dict]:
    return [
        r for f in sorted(folder.rglob("*.jsonl")) if not f.is_symlink() for r in jsonlines.open(f)
    ]


def test_two_workers_emit_every_article_exactly_once(tmp_path: Path, redis_url: str) -> None:
    urls = build_mirror(tmp_path / "mirror", range(16), delay=0.3)
    with FaultyMirrorServer(tmp_path / "mirror") as server:
        a = start_worker(tmp_path, "a", server.url, redis_url)
        b = start_worker(tmp_path, "b", server.url, redis_url)
        wait(a, tmp_path, "a")
        wait(b, tmp_path, "b")
        fetched = Counter(p for p in server.hits if "/fa/news/" in p)
    feeds_a = records(tmp_path / "a" / "feeds")
    feeds_b = records(tmp_path / "b" / "feeds")
    assert Counter(r["url"] for r in feeds_a + feeds_b) == Counter(urls)
    assert feeds_a and feeds_b, "one worker got all the work"
    assert set(fetched.values()) == {1}, "an article page was fetched twice"
    names = [f.name for f in (tmp_path / "a" / "feeds" / "tasnim").glob("*.jsonl")]
    assert any(f"-{a.pid}.jsonl" in n for n in names), names  # <stamp>-<host>-<pid>.jsonl
    client = redis.Redis.from_url(redis_url)
    assert client.zcard("tasnim:requests") == 0 and client.hlen("tasnim:inflight") == 0
    assert not client.exists("tasnim:dupefilter"), "the finished run keeps its fingerprints"
    assert client.hlen("crawler:state:emitted") == len(urls)
    client.close()


def test_worker_killed_midway_and_restarted_loses_nothing(tmp_path: Path, redis_url: str) -> None:
    urls = build_mirror(tmp_path / "mirror", range(16), delay=0.4)
    feeds = tmp_path / "feeds"  # two workers on one machine share the feed folder
    with FaultyMirrorServer(tmp_path / "mirror") as server:
        a = start_worker(tmp_path, "a", server.url, redis_url, feeds)
        b = start_worker(tmp_path, "b", server.url, redis_url, feeds)
        deadline = time.monotonic() + 60
        part = None
        while time.monotonic() < deadline and part is None:
            for candidate in (feeds / "tasnim").glob(f"*-{a.pid}.jsonl.part"):
                if len(candidate.read_text(encoding="utf-8").splitlines()) >= 2:
                    part = candidate
            time.sleep(0.05)
        if part is None:
            a.kill()
            b.kill()
            pytest.fail("worker a never wrote two records")
        a.send_signal(signal.SIGKILL)
        a.wait(timeout=30)
        restarted = start_worker(tmp_path, "a2", server.url, redis_url, feeds)
        wait(b, tmp_path, "b")
        wait(restarted, tmp_path, "a2")
    assert not list(feeds.rglob("*.part"))
    assert list(feeds.rglob("*.recovered.jsonl")), "the killed worker's feed was not recovered"
    assert Counter(r["url"] for r in records(feeds)) == Counter(urls)


def test_seeded_urls_are_crawled_and_the_worker_stops_when_idle(
    tmp_path: Path, redis_url: str
) -> None:
    build_mirror(tmp_path / "mirror", range(3))
    site = tmp_path / "mirror" / HOST
    extra = build_mirror(tmp_path / "other", range(100, 104))
    # A listing the spider does not know, linking four more articles, and one article.
    (site / "fa/service/99").mkdir(parents=True)
    links = "".join(f'<a href="{u}">x</a>' for u in extra[:3])
    (site / "fa/service/99/other").write_text(f"<html><body>{links}</body></html>")
    for u in extra:
        path = u.split(HOST + "/", 1)[1]
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes((tmp_path / "other" / HOST / path).read_bytes())
    client = redis.Redis.from_url(redis_url)
    client.lpush("tasnim:start_urls", f"https://{HOST}/fa/service/99/other", extra[3])
    client.lpush("tasnim:start_urls", json.dumps({"url": extra[0]}))  # already linked
    with FaultyMirrorServer(tmp_path / "mirror") as server:
        worker = start_worker(tmp_path, "w", server.url, redis_url)
        started = time.monotonic()
        wait(worker, tmp_path, "w")
    assert time.monotonic() - started < 60
    emitted = Counter(r["url"] for r in records(tmp_path / "w" / "feeds"))
    assert all(emitted[u] == 1 for u in extra), emitted
    assert len(emitted) == 7 and set(emitted.values()) == {1}
    assert client.llen("tasnim:start_urls") == 0
    client.close()


def test_unreachable_redis_exits_non_zero_at_once_with_a_clear_message(tmp_path: Path) -> None:
    from tests.redis.conftest import free_port

    started = time.monotonic()
    result = subprocess.run(
        worker_cmd(
            tmp_path / "feeds",
            tmp_path / "state",
            "http://127.0.0.1:9",
            f"redis://127.0.0.1:{free_port()}/0",
        ),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode != 0
    assert time.monotonic() - started < 20
    assert "Redis is unreachable at redis://127.0.0.1:" in result.stderr
