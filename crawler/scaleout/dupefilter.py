"""The duplicate filter shared by every worker.

``scrapy_redis.dupefilter.RFPDupeFilter`` computes its own
fingerprint (method, canonicalised URL, body) and ignores
``REQUEST_FINGERPRINTER_CLASS``; ``CanonicalRedisDupeFilter`` uses the crawler's
fingerprinter (``crawler.urls.CanonicalRequestFingerprinter``), so the ``www.`` and
slugged spellings of one article are one fingerprint across all workers.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy_redis.dupefilter import RFPDupeFilter

from crawler.state.redis_store import redis_client


class CanonicalRedisDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared fingerprint set, keyed by the crawler's fingerprinter."""

    def __init__(self, server: Any, key: str, debug: bool = False, fingerprinter: Any = None):
        super().__init__(server, key, debug)
        self.fingerprinter = fingerprinter

    @classmethod
    def from_spider(cls, spider: Spider) -> CanonicalRedisDupeFilter:
        crawler = spider.crawler
        key = crawler.settings.get("SCHEDULER_DUPEFILTER_KEY") or "%(spider)s:dupefilter"
        return cls(
            redis_client(crawler.settings),
            key=key % {"spider": spider.name},
            debug=crawler.settings.getbool("DUPEFILTER_DEBUG"),
            fingerprinter=crawler.request_fingerprinter,
        )

    def request_fingerprint(self, request: Request) -> str:
        if self.fingerprinter is None:
            return super().request_fingerprint(request)
        return self.fingerprinter.fingerprint(request).hex()
