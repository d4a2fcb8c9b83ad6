"""Incremental crawling: skip articles already emitted, retry the ones that failed.

A spider middleware, so it sees every request a spider yields before the scheduler:
listing pages and feeds always pass (they are how new articles are found), article
requests whose canonical URL the state store has as emitted are dropped unless
``REFRESH`` is on, and articles that failed in an earlier run are requested again, in
at most ``ARTICLE_MAX_ATTEMPTS`` runs, unless the crawler itself refused them
(``crawler.state.SETTLED_REASONS``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler import signals
from crawler.state import StateStore, open_store

logger = logging.getLogger(__name__)


class IncrementalSpiderMiddleware:
    def __init__(self, crawler: Crawler, store: StateStore) -> None:
        self.crawler = crawler
        self.store = store
        self.refresh = crawler.settings.getbool("REFRESH")
        self.max_attempts = crawler.settings.getint("ARTICLE_MAX_ATTEMPTS", 5)
        crawler.signals.connect(self._article_failed, signal=signals.article_failed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalSpiderMiddleware:
        if not crawler.settings.getbool("INCREMENTAL"):
            raise NotConfigured("INCREMENTAL is off")
        return cls(crawler, open_store(crawler.settings))

    @property
    def spider(self) -> Spider:
        assert self.crawler.spider is not None
        return self.crawler.spider

    def _seen(self, request: Any) -> bool:
        spider = self.spider
        if self.refresh or not isinstance(request, Request):
            return False
        # A page the spider will judge by its content (generic sites) may be an article
        # already emitted although its URL fits no pattern yet.
        candidate = request.meta.get("article_candidate")
        if not candidate and (
            not hasattr(spider, "is_article_url") or not spider.is_article_url(request.url)
        ):
            return False
        if self.store.is_emitted(spider.canonical_url(request.url)):
            self.crawler.stats.inc_value("articles/skipped_seen")
            return True
        return False

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for request in start:
            yield request
        spider = self.spider
        retries = (
            self.store.failed_urls(spider.name, self.max_attempts)
            if hasattr(spider, "parse_article")
            else []
        )
        if retries:
            logger.info("Retrying %d article(s) that failed in earlier runs", len(retries))
        for url in retries:
            self.crawler.stats.inc_value("articles/retried")
            yield Request(url, spider.parse_article, errback=spider.on_article_error)

    def process_spider_output(self, response: Any, result: Iterable[Any]) -> Iterable[Any]:
        return (r for r in result if not self._seen(r))

    async def process_spider_output_async(
        self, response: Any, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        async for r in result:
            if not self._seen(r):
                yield r

    def _article_failed(self, request: Request, reason: str) -> None:
        spider = self.spider
        self.store.mark_failed(spider.canonical_url(request.url), spider.name, request.url, reason)
