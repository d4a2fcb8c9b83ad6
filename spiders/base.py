"""The shared base spider: discovery, article recognition, limits, cut-off, loading.

Outlet spiders declare data only (start URLs, feeds, URL patterns, field selectors and
content rules, see ``NewsSpider``'s class attributes). Everything that crawls lives
here, so a fix to discovery or error handling reaches every outlet at once.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, date, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding

from crawler import signals
from crawler.cleaning.encoding import choose_encoding, looks_binary
from crawler.cleaning.rules import ContentRules
from crawler.extraction.dates import jalali_from_url
from crawler.items import ArticleItem, ArticleLoader
from crawler.middlewares.limits import WHOLE_BODY_META, declares_entities
from crawler.ops.cutoff import parse_cutoff
from crawler.ops.failures import failure_reason
from crawler.urls import bare_host, canonical_url

# Fallback selectors tried after an outlet's own, so a partly changed layout still
# yields title, lead and date from the metadata most CMSs emit.
GENERIC_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ('meta[property="og:title"]::attr(content)', "h1", "title"),
    "lead": (
        'meta[name="description"]::attr(content)',
        'meta[property="og:description"]::attr(content)',
    ),
    "raw_published": (
        'meta[property="article:published_time"]::attr(content)',
        'meta[itemprop="datePublished"]::attr(content)',
        "time::attr(datetime)",
    ),
    "section": ('meta[property="article:section"]::attr(content)',),
    "tags": ('meta[property="article:tag"]::attr(content)',),
}

_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False
)
# Feeds are read strictly first, so a broken one is counted (``feed/malformed``) even
# when recovery still finds its entries.
_STRICT_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, recover=False, huge_tree=False
)


#: What ``NewsSpider.request_for`` can route a URL to (``"auto"``: guessed by ``kind_of``).
REQUEST_KINDS = ("listing", "feed", "sitemap", "article")


def select_all(response: Response, selector: str) -> list[str]:
    """Strings matched by one selector.

    XPath when it starts with ``/`` or ``(``; CSS otherwise. A CSS selector without a
    ``::`` pseudo-element yields each element's whole text (``string()``), because
    titles and leads often nest ``<a>``/``<span>`` that ``::text`` would cut.
    """
    if selector.startswith(("/", "(")):
        return response.xpath(selector).getall()
    if "::" in selector:
        return response.css(selector).getall()
    return [node.xpath("string()").get() for node in response.css(selector)]


class NewsSpider(scrapy.Spider):
    """Base for outlet spiders. Subclasses set the class attributes below."""

    #: Section listings (provincial desks, economy). Pagination is followed.
    start_urls: ClassVar[list[str]] = []
    #: RSS/Atom feeds.
    feed_urls: ClassVar[list[str]] = []
    #: XML sitemaps (or sitemap indexes, gzip allowed).
    sitemap_urls: ClassVar[list[str]] = []
    #: Regex over the URL path (+ ``?query``) that recognises article pages.
    article_url: ClassVar[str] = r"$^"
    #: Regex over the path whose match identifies the article (slug dropped after it).
    article_id: ClassVar[str | None] = None
    #: Query parameters that are part of an article's identity (``details.aspx?id=``).
    keep_query: ClassVar[tuple[str, ...]] = ()
    #: CSS of the pagination "next" link on listings.
    next_page: ClassVar[str] = 'a[rel="next"]::attr(href), .pagination a.next::attr(href)'
    #: True when article URLs carry the Jalali publication day (``/1403/02/23/``): the
    #: ``since`` cut-off then skips old articles without fetching them.
    dated_urls: ClassVar[bool] = False
    #: Field -> selectors, tried in order before the generic ones.
    fields: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: Where the body is and what inside it is furniture (used by the pipelines).
    content: ClassVar[ContentRules] = ContentRules()

    def __init__(
        self,
        *args: Any,
        since: str | None = None,
        max_pages: str | int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.since: date | None = parse_cutoff(since) if since else None
        self._max_pages_arg = int(max_pages) if max_pages is not None else None
        self._article_re = re.compile(self.article_url)
        self._article_id_re = re.compile(self.article_id) if self.article_id else None
        self._hosts = {bare_host(d) for d in getattr(self, "allowed_domains", [])}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._request_dropped, signal=scrapy.signals.request_dropped)
        return spider

    def _request_dropped(self, request: Request, spider: scrapy.Spider) -> None:
        """A redirect to a URL already fetched is a loop: Scrapy's dupefilter drops it
        silently, so it is counted here as the article's failure."""
        if request.meta.get("redirect_urls") and request.callback == self.parse_article:
            self._count_request_failure("articles", request, "redirect_loop")

    @property
    def max_pages(self) -> int:
        if self._max_pages_arg is not None:
            return self._max_pages_arg
        return self.settings.getint("LISTING_MAX_PAGES", 5)

    # --- URL rules -----------------------------------------------------------------

    def is_article_url(self, url: str) -> bool:
        """True for URLs of this outlet's article pages."""
        parts = urlsplit(url)
        if self._hosts and not self._on_own_host(parts.hostname or ""):
            return False
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return bool(self._article_re.search(target))

    def _on_own_host(self, host: str) -> bool:
        host = bare_host(host)
        return any(host == h or host.endswith("." + h) for h in self._hosts)

    def canonical_url(self, url: str) -> str:
        """The dedupe key of an article URL (see ``crawler.urls.canonical_url``)."""
        return canonical_url(url, self._article_id_re or self._article_re, self.keep_query)

    def url_date(self, url: str) -> date | None:
        """Publication date readable from the URL, if the outlet puts one there
        (``dated_urls``): the one Jalali-date-from-URL reader, ``jalali_from_url``."""
        return jalali_from_url(url) if self.dated_urls else None

    def too_old(self, when: date | None) -> bool:
        return bool(self.since and when and when < self.since)

    # --- Discovery -----------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        for url in self.start_urls:
            yield self.request_for(url, "listing")
        for url in self.feed_urls:
            yield self.request_for(url, "feed")
        for url in self.sitemap_urls:
            yield self.request_for(url, "sitemap")

    def kind_of(self, url: str) -> str:
        """What a bare URL (a Redis seed) is: the spider's own lists and patterns first,
        then the URL's words (``sitemap``, ``rss``/``feed``/``atom``); a listing otherwise.
        """
        lower = url.lower()
        if self.is_article_url(url):
            return "article"
        if url in self.sitemap_urls or "sitemap" in lower:
            return "sitemap"
        if url in self.feed_urls or any(w in lower for w in ("/rss", "/feed", "atom")):
            return "feed"
        return "listing"

    def request_for(
        self,
        url: str,
        kind: str,
        *,
        meta: dict[str, Any] | None = None,
        dont_filter: bool = False,
    ) -> Request:
        """The one route from a URL to its request: ``kind`` is one of ``REQUEST_KINDS``
        (``"auto"`` asks ``kind_of``). ``start()``, discovery and Redis seeding all use it,
        so a callback or errback is chosen in one place only.
        """
        if kind == "auto":
            kind = self.kind_of(url)
        routes = {
            "listing": (self.parse_listing, self.on_listing_error),
            "feed": (self.parse_feed, self.on_listing_error),
            "sitemap": (self.parse_sitemap, self.on_listing_error),
            "article": (self.parse_article, self.on_article_error),
        }
        if kind not in routes:
            raise ValueError(f"unknown request kind {kind!r}; one of {REQUEST_KINDS}")
        callback, errback = routes[kind]
        meta = dict(meta or {})
        if kind == "listing":
            meta.setdefault("page", 1)
        elif kind in ("feed", "sitemap"):
            # XML read whole (bounded by DOWNLOAD_MAXSIZE and the entity check), not cut
            # to HTML_MAXSIZE like pages
            meta[WHOLE_BODY_META] = True
        return Request(url, callback, errback=errback, meta=meta, dont_filter=dont_filter)

    def article_requests(self, urls: Iterable[str], source: str) -> Iterable[Request]:
        """Requests for the article URLs among ``urls`` (others are ignored)."""
        for url in urls:
            if not url.startswith(("http://", "https://")) or not self.is_article_url(url):
                continue
            if self.too_old(self.url_date(url)):
                self.crawler.stats.inc_value("articles/skipped_old")
                continue
            self.crawler.stats.inc_value(f"articles/discovered/{source}")
            yield self.request_for(url, "article")

    def parse_listing(self, response: Response) -> Iterable[Request]:
        self.crawler.stats.inc_value("listing/pages")
        links = [response.urljoin(h) for h in response.css("a::attr(href)").getall()]
        yield from self.article_requests(links, "listing")
        page = response.meta.get("page", 1)
        next_href = response.css(self.next_page).get()
        if next_href and page >= self.max_pages:
            self.crawler.stats.inc_value("listing/pages_cut")  # LISTING_MAX_PAGES reached
        elif next_href:
            # The next page of a listing is the same level of the site, not one deeper:
            # LISTING_MAX_PAGES bounds pagination, DEPTH_LIMIT must not cut it (page 5's
            # articles would be depth 5). ``depth_reset`` keeps every page at depth 0.
            yield self.request_for(
                response.urljoin(next_href), "listing", meta={"page": page + 1, "depth_reset": True}
            )

    def parse_feed(self, response: Response) -> Iterable[Request]:
        """RSS 2.0 and Atom; entities are never expanded, broken XML is recovered."""
        self.crawler.stats.inc_value("feed/pages")
        if declares_entities(response.body):  # billion laughs, XXE: refused unparsed
            self.crawler.stats.inc_value("feed/entities_refused")
            self.logger.warning("Feed declares XML entities, refused: %s", response.url)
            return
        try:
            root = etree.fromstring(response.body, parser=_STRICT_XML_PARSER)
        except etree.XMLSyntaxError as error:
            self.crawler.stats.inc_value("feed/malformed")
            self.logger.warning("Malformed feed (%s), recovering: %s", error, response.url)
            try:
                root = etree.fromstring(response.body, parser=_XML_PARSER)
            except etree.XMLSyntaxError:
                root = None
        if root is None:
            self.crawler.stats.inc_value("feed/unreadable")
            self.logger.warning("Unreadable feed, no entries read: %s", response.url)
            return
        links = root.xpath(
            "//item/link/text() | //*[local-name()='entry']/*[local-name()='link']/@href"
        )
        yield from self.article_requests((response.urljoin(str(u).strip()) for u in links), "feed")

    def parse_sitemap(self, response: Response) -> Iterable[Request]:
        """Sitemaps and sitemap indexes; gzip is inflated up to DOWNLOAD_MAXSIZE."""
        self.crawler.stats.inc_value("sitemap/pages")
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except ValueError:  # inflated past DOWNLOAD_MAXSIZE: a gzip bomb
                self.crawler.stats.inc_value("sitemap/too_large")
                self.logger.warning("Sitemap over DOWNLOAD_MAXSIZE, skipped: %s", response.url)
                return
            except (OSError, EOFError):  # corrupt or truncated gzip
                self.crawler.stats.inc_value("sitemap/malformed")
                return
        if declares_entities(body):
            self.crawler.stats.inc_value("sitemap/entities_refused")
            self.logger.warning("Sitemap declares XML entities, refused: %s", response.url)
            return
        try:
            sitemap = Sitemap(body)
        except (ValueError, etree.XMLSyntaxError):
            self.crawler.stats.inc_value("sitemap/malformed")
            return
        locs = [entry["loc"] for entry in sitemap if "loc" in entry]
        if sitemap.type == "sitemapindex":
            for loc in locs:
                if self._on_own_host(urlsplit(loc).hostname or ""):
                    yield self.request_for(loc, "sitemap")
        else:
            yield from self.article_requests(locs, "sitemap")

    # --- Articles ------------------------------------------------------------------

    def decoded(self, response: Response) -> TextResponse | None:
        """The page decoded in its real charset; None when it is not text at all.

        Scrapy trusts a header over the bytes and falls back to cp1252, which turns an
        undeclared or misdeclared windows-1256 page into mojibake (``crawler.cleaning.encoding``).
        ``CHARSET_DETECTION = False`` keeps Scrapy's choice.
        """
        if not isinstance(response, TextResponse) or looks_binary(response.body):
            return None
        if not self.settings.getbool("CHARSET_DETECTION", True):
            return response
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        declared = [
            http_content_type_encoding(content_type),
            html_body_declared_encoding(response.body[:4096]),
        ]
        encoding = choose_encoding(response.body, declared)
        if encoding is None or encoding == response.encoding:
            return response
        self.crawler.stats.inc_value(f"encoding/redecoded/{response.encoding}->{encoding}")
        return response.replace(encoding=encoding)

    def parse_article(self, response: Response) -> ArticleItem | None:
        """Select raw fields into an item; the pipelines clean and extract."""
        text_response = self.decoded(response)
        if text_response is None:
            self._count_article_failure(response.request, "binary_content", response.url)
            return None
        response = text_response
        loader = ArticleLoader(response=response)
        for field in ("title", "supertitle", "lead", "raw_published", "section", "tags", "news_id"):
            selectors = tuple(self.fields.get(field, ())) + GENERIC_FIELDS.get(field, ())
            for selector in selectors:
                values = select_all(response, selector)
                if values:
                    loader.add_value(field, values)
                    if field == "tags":
                        break
        loader.add_value("url", response.url)
        loader.add_value("outlet", self.name)
        loader.add_value("crawled_at", datetime.now(UTC).isoformat(timespec="seconds"))
        item = loader.load_item()
        item["html"] = response.text
        item["errors"] = []
        self.crawler.stats.inc_value("articles/parsed")
        return item

    # --- Failures ------------------------------------------------------------------

    def _count_failure(self, kind: str, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        self._count_request_failure(kind, request, failure_reason(failure))

    def _count_article_failure(self, request: Request | None, reason: str, url: str) -> None:
        """An article fetched but unusable (binary body): failed, retried next run."""
        self._count_request_failure("articles", request or Request(url), reason)

    def _count_request_failure(self, kind: str, request: Request, reason: str) -> None:
        self.crawler.stats.inc_value(f"{kind}/failed")
        self.crawler.stats.inc_value(f"{kind}/failed/{reason}")
        self.logger.error("%s failed (%s): %s", kind, reason, request.url)
        if kind == "articles" and reason != "robots_disallowed":  # retried next run
            self.crawler.signals.send_catch_log(
                signals.article_failed, request=request, reason=reason
            )

    def on_listing_error(self, failure: Failure) -> None:
        self._count_failure("listing", failure)

    def on_article_error(self, failure: Failure) -> None:
        self._count_failure("articles", failure)
