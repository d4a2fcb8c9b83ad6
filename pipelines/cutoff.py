"""410: the ``since`` cut-off (``scrapy crawl … -a since=``, ``crawlall --since``).

Articles whose URL carries a date are skipped before they are fetched (the spider);
the others are dropped here once the extraction stage (400) has read their date.
Undated articles pass: a missing date is not a reason to lose an article.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.stages.extraction import before_cutoff


class CutoffPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CutoffPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        since = getattr(self.crawler.spider, "since", None)
        when = before_cutoff(item, since)
        if when is not None:
            self.crawler.stats.inc_value("articles/skipped_old")
            raise DropItem(f"published {when} before cut-off {since}: {item.get('url')}")
        return item
