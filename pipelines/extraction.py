"""400: structured data and dates from the clean text (``crawler.stages.extraction``)."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from crawler.stages.extraction import extract_article


class ExtractionPipeline:
    """Fills provinces, people, figures, attribution, news id and dates."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        extract_article(item)
        stats = self.crawler.stats
        stats.inc_value("extraction/figures", len(item["figures"]))
        if not item["provinces"]:
            stats.inc_value("extraction/no_province")
        return item
