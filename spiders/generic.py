"""Any Persian news site: ``scrapy crawl generic -a start_urls=URL,... -a feeds=URL,...
-a sitemaps=URL,... [-a article_url=REGEX]``.

Stays on the given URLs' registrable domains (``news.example.ir`` = ``www.example.ir``).
A home page is enough: ``spiders.home_discovery`` finds the articles (pagers, sections,
feeds, sitemaps, pages judged by content, the site's URL shape learned). Articles are
read with generic fields and the generic boilerplate path.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from crawler.cleaning.rules import ContentRules
from crawler.urls import registrable_domain
from spiders.home_discovery import HomePageDiscovery

__all__ = ["GenericSpider", "registrable_domain"]


def _split(value: str | list[str] | None) -> list[str]:
    if isinstance(value, list):
        return value
    return [v.strip() for v in (value or "").split(",") if v.strip()]


class GenericSpider(HomePageDiscovery):
    name = "generic"
    article_url = (
        r"/\d{4}/\d{1,2}/\d{1,2}/[^/]+"  # dated paths
        r"|/(?:[a-z]{2}/)?(?:news|content|article|post|khabar)s?/\d{3,}"  # /news/12345
        r"|/\d{4,}(?:[-/]|$)"  # Asam-style /<id>-slug, /<id>/slug
        r"|[?&](?:id|p|newsid|nid)=\d+"  # ASP.NET and WordPress ids
    )
    keep_query = ("id", "p", "newsid", "nid")
    content = ContentRules()  # no outlet rules: the generic boilerplate path

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
        urls = _split(start_urls) + _split(feeds) + _split(sitemaps)
        hosts = {urlsplit(u).hostname for u in urls}
        self.allowed_domains = sorted({registrable_domain(h) for h in hosts if h})
        super().__init__(**kwargs)
        self.start_urls = _split(start_urls)
        self.feed_urls = _split(feeds)
        self.sitemap_urls = _split(sitemaps)
