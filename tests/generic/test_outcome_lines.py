"""The end-of-run summary says why a site was unreachable, in words a user can act on."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from scrapy.settings import Settings

from crawler.mirror import MirrorServer
from crawler.ops.health import assess, unreachable
from tests.conftest import FAST, run_scrapy


@pytest.mark.parametrize(
    ("stats", "words"),
    [
        (
            {"guard/refused/private_address": 2, "listing/failed/RequestRefused": 1},
            "ADDRESS_GUARD_ALLOW_PRIVATE=True, or add its network to ADDRESS_GUARD_ALLOWED",
        ),
        ({"guard/refused/resolves_private": 1}, "refused by the address guard"),
        ({"listing/failed/dns_failed": 1}, "DNS lookup failed"),
        ({"listing/failed/connection_refused": 2}, "connection refused"),
        ({"listing/failed/timeout": 1}, "timed out"),
        ({"listing/failed/http_503": 3, "listing/failed/http_404": 1}, "HTTP status 503 (3"),
        ({}, "no listing, feed or sitemap page was fetched"),
    ],
)
def test_unreachable_names_the_cause(stats: dict, words: str) -> None:
    line = unreachable(stats)
    assert line.startswith("site unreachable: ") and words in line
    assert assess("generic", stats, Settings(), False).problems == [line]


def test_a_reachable_site_has_no_unreachable_line() -> None:
    stats = {"listing/pages": 1, "listing/failed/http_404": 1}
    assert not assess("generic", stats, Settings(), False).problems


def _crawl_summary(url: str, tmp_path: Path, **settings: str) -> str:
    args = ["crawl", "generic", "-a", f"start_urls={url}"]
    merged = {**FAST, "STATE_DIR": str(tmp_path / "s"), "FEED_DIR": str(tmp_path / "f")}
    merged.update(settings)
    for key, value in merged.items():
        args += ["-s", f"{key}={value}"]
    log = run_scrapy(args, timeout=120).stderr
    return log[log.index("=== run summary") :]


def test_local_site_refused_by_the_guard_says_which_setting_allows_it(tmp_path: Path) -> None:
    (tmp_path / "site" / "127.0.0.1").mkdir(parents=True)
    (tmp_path / "site" / "127.0.0.1" / "index.html").write_text("<html></html>")
    with MirrorServer(tmp_path / "site", site="127.0.0.1") as server:
        summary = _crawl_summary(server.url + "/", tmp_path)
    assert "refused by the address guard" in summary
    assert "ADDRESS_GUARD_ALLOW_PRIVATE" in summary and "ADDRESS_GUARD_ALLOWED_NETWORKS" in summary


def test_connection_refused_and_http_status_are_told_apart(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    summary = _crawl_summary(
        f"http://127.0.0.1:{port}/", tmp_path, ADDRESS_GUARD_ALLOW_PRIVATE="True"
    )
    assert "site unreachable: connection refused" in summary
    (tmp_path / "site" / "127.0.0.1").mkdir(parents=True)
    with MirrorServer(tmp_path / "site", site="127.0.0.1") as server:
        summary = _crawl_summary(server.url + "/", tmp_path, ADDRESS_GUARD_ALLOW_PRIVATE="True")
    assert "site unreachable: HTTP status 404" in summary
