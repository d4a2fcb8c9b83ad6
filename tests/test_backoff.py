"""Retries with backoff: the site's slot delay grows, Retry-After is honoured, capped."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.core.downloader import Slot
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.middlewares.backoff import BackoffRetryMiddleware, backoff_delay, retry_after_seconds
from tests.security.support import HOST, article_html, write_page


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"120", 120.0),
        ("  7 ", 7.0),
        (b"Wed, 02 Dec 2026 10:00:30 GMT", 30.0),
        (b"Wed, 02 Dec 2026 09:00:00 GMT", 0.0),  # in the past: no wait asked
        (b"soon", None),
        (None, None),
    ],
)
def test_retry_after_seconds(value: bytes | str | None, expected: float | None) -> None:
    now = datetime(2026, 12, 2, 10, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(value, now) == expected


def test_backoff_delay_doubles_honours_retry_after_and_is_capped() -> None:
    assert [backoff_delay(n, 2.0, 60.0) for n in range(6)] == [2, 4, 8, 16, 32, 60]
    assert backoff_delay(0, 2.0, 60.0, asked=10.0) == 10.0
    assert backoff_delay(0, 2.0, 60.0, asked=3600.0) == 60.0


def _middleware(**settings: object) -> tuple[BackoffRetryMiddleware, Slot]:
    crawler = get_crawler(
        settings_dict={"RETRY_TIMES": 3, "RETRY_BACKOFF_BASE": 2.0, "RETRY_BACKOFF_MAX": 60.0}
        | settings
    )
    crawler.spider = crawler._create_spider("test")
    crawler.stats.open_spider()
    slot = Slot(concurrency=4, delay=0.5, jitter=0)
    crawler.engine = SimpleNamespace(downloader=SimpleNamespace(slots={"site": slot}))
    return BackoffRetryMiddleware.from_crawler(crawler), slot


def _request(retries: int = 0) -> Request:
    return Request("https://site.ir/news/1", meta={"download_slot": "site", "retry_times": retries})


def _response(request: Request, status: int, **headers: str) -> HtmlResponse:
    return HtmlResponse(request.url, status=status, headers=headers, request=request, body=b"")


def test_503_raises_the_site_delay_and_success_brings_it_back() -> None:
    mw, slot = _middleware()
    first = _request()
    retried = mw.process_response(first, _response(first, 503))
    assert isinstance(retried, Request) and slot.delay == 2.0
    second = _request(retries=1)
    mw.process_response(second, _response(second, 503, **{"Retry-After": "30"}))
    assert slot.delay == 30.0  # the server's wish beats the 4 s of the doubling
    assert mw.crawler.stats.get_value("retry/backoff") == 2
    for expected in (15.0, 7.5, 3.75, 1.875, 0.9375, 0.5, 0.5):
        ok = _request()
        mw.process_response(ok, _response(ok, 200))
        assert slot.delay == expected
    assert mw._raised == {}


def test_exceptions_back_off_and_a_given_up_request_does_not() -> None:
    mw, slot = _middleware()
    request = _request()
    assert isinstance(mw.process_exception(request, TimeoutError()), Request)
    assert slot.delay == 2.0
    last = _request(retries=3)  # RETRY_TIMES reached: given up, nothing to wait for
    assert mw.process_response(last, _response(last, 503)).status == 503
    assert slot.delay == 2.0


def test_zero_cap_retries_at_once() -> None:
    mw, slot = _middleware(RETRY_BACKOFF_MAX=0)
    request = _request()
    assert isinstance(mw.process_response(request, _response(request, 503)), Request)
    assert slot.delay == 0.5


def test_crawl_backs_off_on_429_and_still_gets_the_article(tmp_path: Path, crawl) -> None:
    """The mirror answers 429 once, then the page: retried after the wait, recorded."""
    root = tmp_path / "mirror"
    write_page(root, "/", '<html><body><a href="/news/1001/a">a</a></body></html>')
    meta = {"status": 429, "times": 1, "headers": {"Retry-After": "1"}}
    write_page(root, "/news/1001/a", article_html("خبر اقتصادی"), meta)
    result = crawl(
        "generic",
        f"start_urls=https://{HOST}/",
        mirror=root,
        RETRY_BACKOFF_BASE="0.1",
        RETRY_BACKOFF_MAX="1.5",
    )
    assert result.returncode == 0, result.log[-3000:]
    assert [r["url"] for r in result.records] == [f"https://{HOST}/news/1001/a"]
    assert "'retry/backoff': 1" in result.log
    assert "'retry/backoff_max_delay': 1.0" in result.log
    assert "Backing off" in result.log
