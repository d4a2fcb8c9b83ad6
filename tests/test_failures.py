"""Failures are logged, counted and recorded, never crashes: 404 listings, empty articles."""

from __future__ import annotations

import re
from pathlib import Path

from crawler.record import schema_errors
from tests.mirror_factory import HOST, LISTING, article_path, build_mirror


def stat(log: str, name: str) -> int:
    match = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(match.group(1)) if match else 0


def test_404_listing_and_article_without_body_are_counted_not_fatal(tmp_path: Path, crawl) -> None:
    mirror = tmp_path / "mirror"
    build_mirror(mirror, range(3))
    site = mirror / HOST
    (site / "fa/service/1414/provinces").unlink()  # a listing that answers 404
    empty = site / article_path(1)
    empty.write_text(
        '<html><body><article class="single-news"><h1 class="title">تیتر بدون متن</h1>'
        '<div class="story"></div></article></body></html>',
        encoding="utf-8",
    )
    listing = site / LISTING
    listing.write_text(
        listing.read_text(encoding="utf-8").replace(
            "</ul>", '<li><a href="/fa/news/1403/05/05/3999999/gone">gone</a></li></ul>'
        ),
        encoding="utf-8",
    )
    result = crawl("tasnim", mirror=mirror)
    assert result.returncode == 0, result.log[-3000:]
    assert "listing failed (http_404)" in result.log
    assert "articles failed (http_404)" in result.log
    assert stat(result.log, "listing/failed/http_404") == 1
    assert stat(result.log, "articles/failed/http_404") == 1
    assert stat(result.log, "articles/no_body") == 1
    by_url = {r["url"]: r for r in result.records}
    assert len(by_url) == 3
    broken = by_url[f"https://{HOST}/{article_path(1)}"]
    assert broken["body"] is None and "no_body" in broken["errors"]
    assert schema_errors(broken) == []
    assert all(by_url[u]["body"] for u in by_url if u != broken["url"])
