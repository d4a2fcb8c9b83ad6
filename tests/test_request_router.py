"""One request router: ``NewsSpider.request_for`` serves start(), discovery and seeding."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.utils.test import get_crawler

from crawler.scaleout.scheduler import seed_request
from spiders.tasnim import TasnimSpider

ARTICLE = "https://www.tasnimnews.com/fa/news/1403/02/23/3091204/qazvin-industrial-parks"
FEED = TasnimSpider.feed_urls[0]
LISTING = TasnimSpider.start_urls[0]


@pytest.fixture
def spider() -> TasnimSpider:
    return TasnimSpider.from_crawler(get_crawler(TasnimSpider))


async def _start(spider: TasnimSpider) -> list:
    return [r async for r in spider.start()]


def test_start_requests_come_from_the_router(spider: TasnimSpider) -> None:
    requests = asyncio.run(_start(spider))
    for request in requests:
        routed = spider.request_for(request.url, spider.kind_of(request.url))
        assert (request.callback, request.errback, request.meta, request.dont_filter) == (
            routed.callback,
            routed.errback,
            routed.meta,
            routed.dont_filter,
        )
    assert [r.callback for r in requests] == [spider.parse_listing] * 2 + [spider.parse_feed]


@pytest.mark.parametrize(
    ("url", "kind", "callback"),
    [
        (ARTICLE, "article", "parse_article"),
        (FEED, "feed", "parse_feed"),
        (LISTING, "listing", "parse_listing"),
        ("https://www.tasnimnews.com/sitemap.xml", "sitemap", "parse_sitemap"),
    ],
)
def test_seeds_are_routed_like_start_urls(
    spider: TasnimSpider, url: str, kind: str, callback: str
) -> None:
    assert spider.kind_of(url) == kind
    seeded = seed_request(spider, url.encode())
    assert seeded is not None and seeded.callback == getattr(spider, callback)
    # A seeded listing or feed means "look again"; an article goes through the filter.
    assert seeded.dont_filter is (kind in ("listing", "feed"))


def test_a_seed_may_name_its_kind_and_a_wrong_kind_is_ignored(spider: TasnimSpider) -> None:
    seeded = seed_request(spider, '{"url": "https://www.tasnimnews.com/x", "kind": "feed"}')
    assert seeded is not None and seeded.callback == spider.parse_feed
    assert (
        seed_request(spider, '{"url": "https://www.tasnimnews.com/x", "kind": "podcast"}') is None
    )
    with pytest.raises(ValueError, match="unknown request kind"):
        spider.request_for(LISTING, "podcast")


def test_tasnim_reads_its_url_date_with_the_shared_jalali_reader(spider: TasnimSpider) -> None:
    from crawler.extraction.dates import jalali_from_url

    assert spider.url_date(ARTICLE) == jalali_from_url(ARTICLE)
    assert str(spider.url_date(ARTICLE)) == "2024-05-12"
    assert "url_date" not in vars(TasnimSpider)  # declared as data (dated_urls), not code
