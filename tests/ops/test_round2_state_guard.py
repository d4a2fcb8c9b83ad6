"""Round two, point 6: an empty, unreadable or outdated state is refused before fetching.

A zero-byte ``state.sqlite`` made the next run fetch and emit all articles again (exit
0); a garbage one failed with a raw ``sqlite3.DatabaseError`` traceback. Now the run
stops with a message naming ``scrapy rebuildstate``, which rebuilds the state from the
feeds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crawler.mirror import MirrorServer
from tests.mirror_factory import build_mirror
from tests.ops.test_cron_runs import article_hits, crawlall, feed_records
from tests.ops.test_round2_run_lock import run

STATE = Path("state") / "state.sqlite"


def assert_refused(tmp: Path, server: MirrorServer, *extra: str) -> None:
    hits, records = len(server.hits), len(feed_records(tmp))
    proc = crawlall(tmp, server.url, *extra)
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "scrapy rebuildstate" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(server.hits) == hits  # nothing fetched, not even a listing
    assert len(feed_records(tmp)) == records


@pytest.mark.parametrize(
    "damage",
    [b"", b"this is not a database " * 200, None],
    ids=["zero-bytes", "garbage", "deleted"],
)
def test_a_damaged_state_stops_the_run_and_rebuildstate_repairs_it(
    tmp_path: Path, damage: bytes | None
) -> None:
    mirror = tmp_path / "mirror"
    urls = build_mirror(mirror, range(4))
    with MirrorServer(mirror) as server:
        first = crawlall(tmp_path, server.url)
        assert first.returncode == 0, first.stderr[-3000:]
        state = tmp_path / STATE
        if damage is None:
            state.unlink()
        else:
            state.write_bytes(damage)
        assert_refused(tmp_path, server)
        scrapy_crawl = run(
            ["crawl", "tasnim", "-s", f"STATE_DIR={tmp_path / 'state'}"]
            + ["-s", f"FEED_DIR={tmp_path / 'feeds'}", "-s", f"MIRROR_URL={server.url}"]
        )
        assert scrapy_crawl.returncode == 1 and "scrapy rebuildstate" in scrapy_crawl.stderr
        assert "Traceback" not in scrapy_crawl.stderr
        rebuilt = run(
            ["rebuildstate", "--state-dir", str(tmp_path / "state")]
            + ["--feed-dir", str(tmp_path / "feeds")]
        )
        assert rebuilt.returncode == 0, rebuilt.stderr[-3000:]
        assert "tasnim: 4 record(s)" in rebuilt.stdout
        hits = article_hits(server)
        again = crawlall(tmp_path, server.url)
        assert again.returncode == 0, again.stderr[-3000:]
        assert article_hits(server) == hits  # every article known again: none fetched
    assert sorted(r["url"] for r in feed_records(tmp_path)) == sorted(urls)


def test_a_state_older_than_the_feeds_is_refused(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    build_mirror(mirror, range(3))
    with MirrorServer(mirror) as server:
        assert crawlall(tmp_path, server.url).returncode == 0
        backup = tmp_path / "state-backup.sqlite"
        shutil.copy(tmp_path / STATE, backup)
        build_mirror(mirror, range(5))
        assert crawlall(tmp_path, server.url).returncode == 0
        shutil.copy(backup, tmp_path / STATE)  # an old copy restored over the state
        assert_refused(tmp_path, server)
    assert len(feed_records(tmp_path)) == 5
