"""RedisStateStore behaves as SQLiteStateStore; requests and seeds survive Redis."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import redis
from scrapy import Request
from scrapy.settings import Settings
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from crawler.scaleout.addon import RedisMode
from crawler.scaleout.scheduler import seed_request
from crawler.scaleout.serializer import JsonRequestSerializer
from crawler.state import SQLiteStateStore
from crawler.state.redis_store import RedisStateStore, RedisUnavailableError
from crawler.urls import CanonicalRequestFingerprinter
from spiders.tasnim import TasnimSpider

A = "https://tasnimnews.com/fa/news/1403/01/01/1"
B = "https://tasnimnews.com/fa/news/1403/01/01/2"


@pytest.fixture(params=["sqlite", "redis"])
def store(request: pytest.FixtureRequest, tmp_path: Path):
    """Both implementations, so every test checks they agree."""
    if request.param == "sqlite":
        s = SQLiteStateStore(tmp_path / "state.sqlite")
    else:
        url = request.getfixturevalue("redis_url")
        s = RedisStateStore.from_settings(Settings({"REDIS_URL": url}))
    yield s
    s.close()


def test_emitted_failed_and_duplicates_agree_with_sqlite(store) -> None:
    assert not store.is_emitted(A)
    store.mark_failed(A, "tasnim", A + "/slug", "http_500")
    store.mark_failed(A, "tasnim", A + "/slug", "TimeoutError")
    assert store.failed_urls("tasnim") == [A + "/slug"]
    assert store.failed_urls("yjc") == []
    store.mark_emitted(A, "tasnim", A + "/slug", "fp1")
    assert store.is_emitted(A)
    assert store.failed_urls("tasnim") == []
    store.mark_failed(A, "tasnim", A, "http_500")  # an emitted article stays emitted
    assert store.is_emitted(A) and store.failed_urls("tasnim") == []
    assert store.duplicate_of(A, "fp1") is None
    assert store.duplicate_of(B, "fp1") == A + "/slug"
    assert store.duplicate_of(B, None) is None
    store.mark_emitted(B, "tasnim", B, "fp1")
    assert store.duplicate_of(B, "fp1") == A + "/slug"
    assert store.duplicate_of(A, "fp1") == B
    store.mark_emitted(A, "tasnim", A, "fp2")  # refetched with another body
    assert store.duplicate_of(B, "fp1") is None


def test_concurrent_marks_of_one_article_leave_one_consistent_record(redis_url: str) -> None:
    stores = [RedisStateStore.from_settings(Settings({"REDIS_URL": redis_url})) for _ in range(4)]
    for s in stores:
        s.mark_failed(A, "tasnim", A, "http_500")
    threads = [threading.Thread(target=s.mark_emitted, args=(A, "tasnim", A, "fp")) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    client = redis.Redis.from_url(redis_url)
    assert client.hlen("crawler:state:emitted") == 1
    assert client.zcard("crawler:state:fp:fp") == 1
    assert stores[0].failed_urls("tasnim") == []
    client.close()


def test_unreachable_redis_is_a_clear_error_within_seconds() -> None:
    settings = Settings({"REDIS_URL": "redis://127.0.0.1:9/0", "ADDONS": {}})
    with pytest.raises(RedisUnavailableError, match="Redis is unreachable at redis://127"):
        RedisMode().update_settings(settings)


def test_requests_round_trip_through_the_json_queue_format() -> None:
    crawler = get_crawler(TasnimSpider)
    spider = TasnimSpider.from_crawler(crawler)
    serializer = JsonRequestSerializer()
    for original in (
        Request(A, spider.parse_article, errback=spider.on_article_error),
        Request(A, spider.parse_listing, meta={"page": 2, "redirect_urls": [B]}, priority=-1),
        Request(A, spider.parse_feed, headers={"Accept": "text/xml"}, body=b"\x00\xff"),
    ):
        data = serializer.dumps(original.to_dict(spider=spider))
        assert b"pickle" not in data
        copy = request_from_dict(serializer.loads(data), spider=spider)
        assert copy.callback == original.callback and copy.errback == original.errback
        assert (copy.url, copy.meta, copy.body, copy.priority) == (
            original.url,
            original.meta,
            original.body,
            original.priority,
        )
        assert copy.headers == original.headers
    with pytest.raises(TypeError, match="cannot be stored"):
        serializer.dumps({"meta": {"x": object()}})


def test_seeds_are_routed_by_the_spiders_url_patterns() -> None:
    spider = TasnimSpider.from_crawler(get_crawler(TasnimSpider))
    article = seed_request(spider, f"{A}/slug".encode())
    assert article is not None and article.callback == spider.parse_article
    assert not article.dont_filter
    listing = seed_request(spider, b"https://www.tasnimnews.com/fa/service/7/economy")
    assert listing is not None and listing.callback == spider.parse_listing
    assert listing.dont_filter and listing.meta["page"] == 1
    feed = seed_request(spider, '{"url": "https://www.tasnimnews.com/fa/rss/feed/0/7/0/economy"}')
    assert feed is not None and feed.callback == spider.parse_feed
    assert seed_request(spider, b"not a url") is None
    assert seed_request(spider, b'{"meta": {}}') is None


def test_redis_duplicate_filter_uses_the_canonical_fingerprints(redis_url: str) -> None:
    crawler = get_crawler(
        TasnimSpider,
        {
            "REDIS_URL": redis_url,
            "REQUEST_FINGERPRINTER_CLASS": "crawler.urls.CanonicalRequestFingerprinter",
        },
    )
    spider = TasnimSpider.from_crawler(crawler)
    crawler.spider = spider
    crawler.request_fingerprinter = CanonicalRequestFingerprinter(crawler)
    from crawler.scaleout.dupefilter import CanonicalRedisDupeFilter

    df = CanonicalRedisDupeFilter.from_spider(spider)
    assert not df.request_seen(Request("https://www.tasnimnews.com/fa/news/1403/01/01/1/slug"))
    assert df.request_seen(Request(A + "?utm_source=x"))
    assert not df.request_seen(Request(B))
