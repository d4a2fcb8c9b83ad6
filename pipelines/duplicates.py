"""700: the same story republished under another URL is marked, not emitted as new."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.state import StateStore, content_fingerprint, open_store


class DuplicatePipeline:
    """Sets ``duplicate_of`` to the URL that first carried the same title and body."""

    def __init__(self, crawler: Crawler, store: StateStore) -> None:
        self.crawler = crawler
        self.store = store

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DuplicatePipeline:
        if not crawler.settings.getbool("INCREMENTAL"):
            raise NotConfigured("INCREMENTAL is off")
        return cls(crawler, open_store(crawler.settings))

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider
        fingerprint = content_fingerprint(item.get("title"), item.get("body"))
        original = self.store.duplicate_of(spider.canonical_url(item["url"]), fingerprint)
        item["duplicate_of"] = original
        if original:
            self.crawler.stats.inc_value("articles/duplicates")
        return item
