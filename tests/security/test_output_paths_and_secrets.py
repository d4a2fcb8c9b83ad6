"""Pages cannot choose file paths; files are not world-writable; no secret is logged or kept."""

from __future__ import annotations

import json
import logging
import os
import stat as stat_mode
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.http import Request

from crawler.extensions import redact
from crawler.extensions.safepath import harden_umask, page_file_name, safe_child
from tests.conftest import FAST, run_scrapy
from tests.security.support import HOST, article_html, security_settings, write_page

SECRETS = ("SECRET-AUTH-1", "SECRET-COOKIE-2", "SECRET-PROXY-3", "SECRET-SETCOOKIE-4")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Run as a careless cron job would: umask 000 (restored afterwards)."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def test_page_names_cannot_leave_their_folder(tmp_path: Path) -> None:
    for hostile in ("../../etc/x", "/etc/passwd", "..", "a/../../b", "x\x00y", "", "."):
        with pytest.raises(ValueError):
            safe_child(tmp_path, hostile)
        name = page_file_name(f"https://{HOST}/news/1/{hostile}")
        assert safe_child(tmp_path, name).parent == tmp_path
    with pytest.raises(ValueError):
        page_file_name("https://x/", suffix="/../x")


def test_harden_umask_removes_world_write(open_umask: None, tmp_path: Path) -> None:
    harden_umask()
    (tmp_path / "f").write_text("x")
    assert not stat_mode.S_IMODE((tmp_path / "f").stat().st_mode) & 0o002


def test_slug_with_traversal_writes_only_inside_feed_and_state_folders(
    tmp_path: Path, open_umask: None
) -> None:
    """The run's own feed (no ``-O``), state and rejects stay in their folders."""
    root = tmp_path / "mirror"
    hostile = "/news/1001/..%2F..%2Fetc%2Fx"
    write_page(root, "/", f'<html><body><a href="{hostile}">x</a></body></html>')
    # The mirror serves the decoded path: /news/1001/../../etc/x is <host>/etc/x.
    write_page(root, "/etc/x", article_html("../../etc/x"))
    settings = {
        **FAST,
        **security_settings(),
        "MIRROR_DIR": str(root),
        "FEED_DIR": str(tmp_path / "feeds"),
        "STATE_DIR": str(tmp_path / "state"),
        "REJECTS_DIR": str(tmp_path / "rejects"),
    }
    args = ["crawl", "generic", "-a", f"start_urls=https://{HOST}/"]
    for key, value in settings.items():
        args += ["-s", f"{key}={value}"]
    proc = run_scrapy(args)
    assert proc.returncode == 0, proc.stderr[-3000:]
    feed = next((tmp_path / "feeds" / "generic").glob("*Z-*.jsonl"))
    record = json.loads(feed.read_text(encoding="utf-8").splitlines()[0])
    assert record["title"] and "etc" in record["url"]  # the hostile article was kept
    allowed = {tmp_path / "feeds", tmp_path / "state", tmp_path / "rejects", root}
    for path in tmp_path.rglob("*"):
        assert any(path == a or a in path.parents for a in allowed), path
        mode = stat_mode.S_IMODE(path.lstat().st_mode)
        if not path.is_symlink() and root not in path.parents and path != root:
            assert not mode & 0o002, f"{path} is world-writable ({mode:o})"
    assert (tmp_path / "state" / "state.sqlite").is_file()
    assert not (tmp_path.parent / "etc").exists() and not (tmp_path / "etc").exists()


def test_redaction_masks_headers_cookies_and_proxy_credentials(
    caplog: pytest.LogCaptureFixture,
) -> None:
    redact.install()
    request = Request(
        "https://www.example-news.ir/",
        headers={"Authorization": f"Bearer {SECRETS[0]}", "Cookie": f"sid={SECRETS[1]}"},
        meta={"proxy": f"http://user:{SECRETS[2]}@proxy.internal:3128"},
    )
    log = logging.getLogger("tests.security.redaction")
    with caplog.at_level(logging.DEBUG):
        log.debug("headers %s", request.headers)
        log.debug("headers %r", request.headers.to_unicode_dict())
        log.debug("meta %s", request.meta)
        log.debug("Proxy-Authorization: Basic %s", SECRETS[2])
        log.debug("Set-Cookie: session=%s; HttpOnly", SECRETS[3])
        try:
            raise ConnectionError(f"via {request.meta['proxy']}")
        except ConnectionError:
            log.exception("download failed")
    text = caplog.text
    assert "Bearer ***" not in text and "***" in text
    for secret in SECRETS:
        assert secret not in text
    assert "proxy.internal:3128" in text  # the useful part stays


def test_crawl_logs_and_records_carry_no_secrets(tmp_path: Path, crawl) -> None:
    """At DEBUG, with secret default headers, a site setting cookies and credentials in a
    start URL (logged by Scrapy and by the spider's errback): none reaches logs or records."""
    root = tmp_path / "mirror"
    # The second link carries credentials (an untrusted page can write any link).
    links = f'<a href="/news/1001/a">a</a><a href="https://u:{SECRETS[2]}@{HOST}/news/1002/b">b</a>'
    write_page(root, "/", f"<html><body>{links}</body></html>")
    write_page(root, "/news/1002/b", article_html("خبر اقتصادی دیگر"))
    write_page(
        root,
        "/news/1001/a",
        article_html("خبر اقتصادی"),
        {"headers": {"Set-Cookie": f"session={SECRETS[3]}; HttpOnly"}},
    )
    headers = json.dumps({"Authorization": f"Bearer {SECRETS[0]}", "Cookie": f"s={SECRETS[1]}"})
    start = f"https://{HOST}/,https://user:{SECRETS[2]}@{HOST}/missing"
    result = crawl(
        "generic",
        f"start_urls={start}",
        mirror=root,
        **security_settings(LOG_LEVEL="DEBUG", DEFAULT_REQUEST_HEADERS=headers),
    )
    assert result.returncode == 0, result.log[-3000:]
    assert f"https://***@{HOST}/missing" in result.log  # logged, masked
    assert len(result.records) == 2
    assert f"https://{HOST}/news/1002/b" in {r["url"] for r in result.records}
    for secret in SECRETS:
        assert secret not in result.log
        assert secret not in json.dumps(result.records, ensure_ascii=False)
    assert not any({"headers", "cookies", "request"} & set(r) for r in result.records)
