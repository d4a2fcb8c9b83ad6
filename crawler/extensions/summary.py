"""Extension: assesses each spider's health when it closes and logs its summary row."""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.ops.health import OutletHealth, assess, format_summary

logger = logging.getLogger(__name__)

NOTED = (
    "records/invalid/",
    "feed/malformed",
    "feed/unreadable",
    "feed/entities_refused",
    "sitemap/malformed",
    "sitemap/too_large",
    "sitemap/entities_refused",
    "limits/html_truncated",
    "robotstxt/forbidden",
    "encoding/redecoded/",
    "retry/reason_count/",
)


class RunSummaryExtension:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.started = time.monotonic()
        self.health: OutletHealth | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunSummaryExtension:
        return cls(crawler)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        content: Any = getattr(spider, "content", None)
        has_rules = bool(content is not None and content.root)
        stats = self.crawler.stats.get_stats()
        self.health = assess(spider.name, stats, self.crawler.settings, has_rules)
        # Rejects by reason (garbled text) and hostile input that was survived rather
        # than failed are named next to the failures by kind.
        self.health.errors.update(
            {k: int(v) for k, v in stats.items() if isinstance(v, int) and k.startswith(NOTED)}
        )
        if reason != "finished":
            self.health.problems.append(f"closed early: {reason}")
        self.crawler.stats.set_value("health/problems", list(self.health.problems))
        if self.crawler.settings.getbool("RUN_SUMMARY_LOG", True):
            level = logging.ERROR if self.health.problems else logging.INFO
            summary = format_summary([self.health], time.monotonic() - self.started)
            logger.log(level, "%s", summary)
