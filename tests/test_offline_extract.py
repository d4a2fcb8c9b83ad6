"""``scrapy extract`` on a batch with a page the spider refuses: named, not a crash."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_scrapy

REPO = Path(__file__).resolve().parents[1]


def test_binary_page_is_reported_and_the_rest_still_extracted(tmp_path: Path) -> None:
    good = next((REPO / "tests" / "fixtures" / "generic").rglob("*.html"))
    binary = tmp_path / "image.html"
    # '<' early (so it is not taken for plain text), then NUL bytes like an image would.
    binary.write_bytes(b"<\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    out = tmp_path / "out.jsonl"
    result = run_scrapy(["extract", str(binary), str(good), "-o", str(out)])
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert f"extract: {binary}: unreadable" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1
    assert records[0]["body"]


def test_extract_leaves_no_trace_in_crawl_state_or_feeds(tmp_path: Path) -> None:
    """Re-extracting a stored page must not mark it emitted: the next crawl would skip it."""
    page = next((REPO / "tests" / "fixtures" / "generic").rglob("*.html"))
    state, feeds = tmp_path / "state", tmp_path / "feeds"
    args = ["extract", str(page), "--url", "https://www.example.ir/news/1001", "-o"]
    args += [str(tmp_path / "out.jsonl"), "-s", f"STATE_DIR={state}", "-s", f"FEED_DIR={feeds}"]
    result = run_scrapy(args)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1
    assert not state.exists()
    assert not feeds.exists()
