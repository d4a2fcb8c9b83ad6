"""500: the topic flag (``crawler.stages.topic``): is this provincial economic news?

``TOPIC_FILTER = "flag"`` (default) emits every record with ``provincial_economy`` set;
``"only"`` drops the irrelevant ones. Both counts are in the stats either way
(``topic/relevant``, ``topic/irrelevant``, ``topic/dropped``). Runs after extraction
(400), whose provinces and figures it reads; without them it finds the provinces
itself, so it never silently marks everything irrelevant.

In ``only`` mode a dropped article is settled in the incremental state like an emitted
one (with no content fingerprint, so it is never anyone's duplicate original): the next
run does not fetch it again. ``--refresh`` reconsiders it, e.g. after the topic rule
changed.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.stages.topic import item_is_provincial_economy
from crawler.state import StateStore, open_store

MODES = ("flag", "only")


class TopicPipeline:
    """Sets ``item["provincial_economy"]``; drops irrelevant items in ``only`` mode."""

    def __init__(self, crawler: Crawler, mode: str) -> None:
        self.crawler = crawler
        self.mode = mode
        self.store: StateStore | None = None
        if mode == "only" and crawler.settings.getbool("INCREMENTAL"):
            self.store = open_store(crawler.settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TopicPipeline:
        mode = str(crawler.settings.get("TOPIC_FILTER", "flag")).strip().lower()
        if mode not in MODES:
            # ValueError, not NotConfigured: Scrapy would quietly run without the pipeline
            # and every record would lack provincial_economy.
            raise ValueError(f"TOPIC_FILTER must be one of {MODES}, not {mode!r}")
        return cls(crawler, mode)

    def process_item(self, item: Any) -> Any:
        relevant = item_is_provincial_economy(item)
        item["provincial_economy"] = relevant
        stats = self.crawler.stats
        stats.inc_value("topic/relevant" if relevant else "topic/irrelevant")
        if not relevant and self.mode == "only":
            stats.inc_value("topic/dropped")
            self._settle(item)
            raise DropItem(f"not provincial economic news: {item.get('url')}")
        return item

    def _settle(self, item: Any) -> None:
        """Remember the dropped article so later runs skip it (see the module doc)."""
        spider = self.crawler.spider
        if self.store is None or not item.get("url") or not hasattr(spider, "canonical_url"):
            return
        url = item["url"]
        self.store.mark_emitted(spider.canonical_url(url), spider.name, url, None)
