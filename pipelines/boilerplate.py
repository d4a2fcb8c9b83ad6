"""200: page furniture out, article text in (``crawler.stages.boilerplate``)."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from crawler.stages.boilerplate import BODY_TRUNCATED, DEFAULT_BODY_MAXCHARS, strip_boilerplate


class BoilerplatePipeline:
    """Applies the crawling spider's ``content`` rules (generic path when it has none)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_chars = crawler.settings.getint("BODY_MAXCHARS", DEFAULT_BODY_MAXCHARS)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BoilerplatePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        rules = getattr(self.crawler.spider, "content", None)
        strip_boilerplate(item, rules, self.max_chars)
        stats = self.crawler.stats
        if BODY_TRUNCATED in item.get("errors", []):
            stats.inc_value("limits/body_truncated")
        stats.inc_value(f"boilerplate/path/{item.get('content_path')}")
        if not item.get("body"):
            stats.inc_value("articles/no_body")
            self.crawler.spider.logger.warning("No article body found: %s", item.get("url"))
        return item
