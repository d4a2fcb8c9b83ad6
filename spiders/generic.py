"""Any Persian news site: start URLs, feeds or sitemaps given as arguments.

``scrapy crawl generic -a start_urls=https://example.ir/news -a feeds=... -a
sitemaps=...``. Articles are pages on the start URLs' own domains whose path carries a
numeric id or a date; their body comes from the generic boilerplate path.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from spiders.base import NewsSpider


def _split(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    if isinstance(value, list):
        return value
    return [v.strip() for v in value.split(",") if v.strip()]


class GenericSpider(NewsSpider):
    name = "generic"
    article_url = r"/(?:news|fa/news|\d{4}/\d{2}/\d{2}|[^/]*\d{4,})"

    def __init__(
        self,
        start_urls: str | None = None,
        feeds: str | None = None,
        sitemaps: str | None = None,
        article_url: str | None = None,
        **kwargs: Any,
    ) -> None:
        if article_url:
            self.article_url = article_url
        super().__init__(**kwargs)
        self.start_urls = _split(start_urls)
        self.feed_urls = _split(feeds)
        self.sitemap_urls = _split(sitemaps)
        hosts = {urlsplit(u).hostname for u in self.start_urls + self.feed_urls + self.sitemap_urls}
        self.allowed_domains = sorted(h for h in hosts if h)
        self._hosts = {h.removeprefix("www.") for h in self.allowed_domains}
