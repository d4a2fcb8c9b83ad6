"""Crawling a site no spider knows from its home page (the generic spider's engine).

``HomePageDiscovery`` is a ``NewsSpider`` that finds the articles as a reader would,
with the plain functions of ``spiders.discovery``: listings paged by whatever pager
they have, the site's sections opened by priority within ``GENERIC_SECTION_BUDGET``
pages, the feed it declares or has at a usual path, the sitemaps of its robots.txt
or ``/sitemap.xml``. A page is taken for an article by its content (a title and a
long prose body; less when its URL already says so); once a few are recognised,
their URL shape picks the article links of later listings. Everything stays inside
the base spider's guards and the incremental state: candidates carry
``article_candidate`` so an emitted article is not fetched again next run.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urljoin, urlsplit

from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler.cleaning.html import parse_html
from crawler.items import ArticleItem
from crawler.ops.failures import failure_reason
from crawler.urls import canonical_url
from spiders import discovery
from spiders.base import NewsSpider


class HomePageDiscovery(NewsSpider):
    """Discovery from a home page for spiders that know nothing of the site."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._recognised: list[str] = []  # articles recognised by content, in order
        self._listings: list[str] = []  # pages judged listings (a shape must not fit them)
        self._shape: re.Pattern[str] | None = None  # the site's article URL shape, learned
        self._visited_listings: set[str] = set()
        self._sections_left = 0  # GENERIC_SECTION_BUDGET, read when the crawl starts

    # --- discovery from a home page -----------------------------------------------

    custom_settings: ClassVar[dict[str, Any]] = {
        # Depth is bounded by the page budgets below, not by link hops: the articles of
        # a section's fifth page are six hops from the home page.
        "DEPTH_LIMIT": 12,
    }
    #: Learned from this many recognised articles at most (later ones add nothing).
    _LEARN_MAX = 50

    def canonical_url(self, url: str) -> str:
        """The whole path is the article's identity on a site whose URLs are unknown.

        Cutting the path after the article regex's match (as outlet spiders do with
        their id pattern) would cut a dated URL after its year, and every article of
        the year would be one. Query parameters with a numeric value are kept as well
        as ``keep_query``: on an unknown site ``?ItemID=5`` may be the article's id
        (``utm_source=…`` and other words are not).
        """
        ids = tuple(k for k, v in parse_qsl(urlsplit(url).query) if v.isdigit())
        return canonical_url(url, None, self.keep_query + ids)

    def is_article_url(self, url: str) -> bool:
        """The URL regex, or the article URL shape learned on this site."""
        if super().is_article_url(url):
            return True
        shape = self._shape
        return (
            bool(shape)
            and self._on_own_host(urlsplit(url).hostname or "")
            and (discovery.matches_shape(shape, url))
        )

    async def start(self) -> AsyncIterator[Request]:
        self._sections_left = self.settings.getint("GENERIC_SECTION_BUDGET", 8)
        async for request in super().start():
            if request.callback == self.parse_listing:  # start pages: judged like any page
                role = "home" if discovery.is_home(request.url) else "start"
                request = request.replace(
                    callback=self.parse_page, meta={"page": 1, "role": role}, priority=30
                )
            yield request
        homes = [u for u in self.start_urls if discovery.is_home(u)]
        for url in dict.fromkeys(self._site_root(u) for u in homes):
            yield Request(
                urljoin(url, "/robots.txt"),
                self.parse_robots,
                errback=self.on_probe_error,
                meta={"root": url, "dont_obey_robotstxt": True},
                priority=25,
            )

    @staticmethod
    def _site_root(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}/"

    def _on_site(self, url: str) -> bool:
        return self._on_own_host(urlsplit(url).hostname or "")

    def _own(self, url: str) -> bool:
        """A page of the site (not an image, document or script)."""
        return self._on_site(url) and not discovery.is_asset(url)

    def candidate(self, url: str, source: str, priority: int = 0) -> Request:
        """A page that may be an article: judged by its content when it arrives."""
        self.crawler.stats.inc_value(f"articles/discovered/{source}")
        return Request(
            url,
            self.parse_page,
            errback=self.on_article_error,
            meta={"role": "candidate", "article_candidate": True},
            priority=priority,
        )

    def article_requests(self, urls: Iterable[str], source: str) -> Iterable[Request]:
        """Feed and sitemap entries on the site are candidates whatever their URL.

        Sitemap entries that do not fit a learned article shape are left out: a
        sitemap lists every page of a site, a feed only its articles.
        """
        for url in urls:
            if not url.startswith(("http://", "https://")) or not self._own(url):
                continue
            if self.too_old(self.url_date(url)):
                self.crawler.stats.inc_value("articles/skipped_old")
                continue
            if source == "sitemap" and self._shape and not self.is_article_url(url):
                continue
            yield self.candidate(url, source)

    def parse_page(self, response: Response) -> Iterator[Request | ArticleItem | None]:
        """Any page of the site: an article is read, a listing is mined for links."""
        role = response.meta.get("role", "candidate")
        text = self.decoded(response)
        if text is None:
            if role == "candidate":
                self._count_article_failure(response.request, "binary_content", response.url)
            return
        tree = parse_html(text.text)
        if tree is None:
            return
        links = discovery.page_links(tree, response.url)
        # read before the verdict, which consumes the tree
        declared = discovery.declared_next(tree, response.url)
        feeds = discovery.feed_links(tree, response.url) if role == "home" else []
        verdict = discovery.judge_page(tree, links, self.is_article_url(response.url))
        if role == "candidate" and verdict.kind == "article":
            self._recognise(response.url)
            item = self.parse_article(response)
            if item is not None:
                yield item
            return
        self._listings.append(response.url)
        self._visited_listings.add(response.url.rstrip("/"))
        if role == "candidate":
            self.crawler.stats.inc_value("discovery/candidate_was_listing")
        yield from self._mine_listing(response, links, verdict, role, declared, feeds)

    def _recognise(self, url: str) -> None:
        if len(self._recognised) >= self._LEARN_MAX:
            return
        self._recognised.append(url)
        shape = discovery.learn_url_shape(self._recognised, self._listings)
        if shape is not None and self._shape is None:
            self.logger.info("Article URL shape learned: %s", shape.pattern)
            self.crawler.stats.set_value("discovery/shape_learned", len(self._recognised))
        self._shape = shape or self._shape

    def _mine_listing(
        self,
        response: Response,
        links: list[discovery.Link],
        verdict: discovery.PageVerdict,
        role: str,
        declared: str | None,
        feeds: list[str],
    ) -> Iterator[Request]:
        self.crawler.stats.inc_value("listing/pages")
        page = response.meta.get("page", 1)
        for link in links:
            if not self._own(link.url):
                continue
            if self.is_article_url(link.url) or (
                self._shape is None and discovery.article_like(link)
            ):
                yield self.candidate(link.url, "listing")
        # Page on only where the listing lists articles (a section of links to other
        # sections is not paged); a chain once paged goes on up to LISTING_MAX_PAGES.
        paged = response.meta.get("paged", False)
        if role in ("home", "start") or paged or verdict.article_links >= 3:
            nexts = ([declared] if declared else []) + discovery.next_pages(
                links, response.url, page
            )
            if nexts and page >= self.max_pages:
                self.crawler.stats.inc_value("listing/pages_cut")  # LISTING_MAX_PAGES reached
                nexts = []
            for url in nexts:
                if url.rstrip("/") not in self._visited_listings and self._own(url):
                    self._visited_listings.add(url.rstrip("/"))
                    yield Request(
                        url,
                        self.parse_page,
                        errback=self.on_listing_error,
                        # the next page is the same level of the site: LISTING_MAX_PAGES
                        # bounds the chain, DEPTH_LIMIT must not cut it
                        meta={
                            "page": page + 1,
                            "role": "listing",
                            "paged": True,
                            "depth_reset": True,
                        },
                        priority=20,
                    )
                    break
        if role == "home":
            yield from self._home_extras(response, links, feeds)

    def _home_extras(
        self, response: Response, links: list[discovery.Link], declared_feeds: list[str]
    ) -> Iterator[Request]:
        """Feeds and sections, read from the home page."""
        feeds = [u for u in declared_feeds if self._on_site(u)]
        for url in feeds:
            yield Request(url, self.parse_feed, errback=self.on_listing_error, priority=25)
        if not feeds and not self.feed_urls:
            yield from self._probe(discovery.usual_places(response.url, "feed"), "feed")
        sections = {}
        for link in links:
            if not self._own(link.url) or self.is_article_url(link.url):
                continue
            key = link.url.rstrip("/")
            if key in self._visited_listings or key == response.url.rstrip("/"):
                continue
            score = discovery.section_score(link)
            if score:
                sections[link.url] = max(score, sections.get(link.url, 0))
        ranked = sorted(sections, key=lambda u: -sections[u])
        for url in ranked[: max(self._sections_left, 0)]:
            self._sections_left -= 1
            self._visited_listings.add(url.rstrip("/"))
            yield Request(
                url,
                self.parse_page,
                meta={"page": 1, "role": "section"},
                priority=10 + sections[url],
                errback=self.on_section_error,
            )

    # --- feeds and sitemaps at the usual places --------------------------------------

    def parse_robots(self, response: Response) -> Iterator[Request]:
        text = response.text if isinstance(response, TextResponse) else ""
        sitemaps = [u for u in discovery.robots_sitemaps(text, response.url) if self._on_site(u)]
        for url in sitemaps:
            yield Request(url, self.parse_sitemap, errback=self.on_listing_error, priority=25)
        if not sitemaps and not self.sitemap_urls:
            yield from self._probe(
                discovery.usual_places(response.meta["root"], "sitemap"), "sitemap"
            )

    def _probe(self, urls: list[str], kind: str) -> Iterator[Request]:
        """Try the usual places one after another; the first that answers XML is used."""
        if urls:
            yield Request(
                urls[0],
                self.parse_probe,
                errback=self.on_probe_error,
                meta={"probe": kind, "rest": urls[1:]},
                priority=25,
            )

    def parse_probe(self, response: Response) -> Iterator[Request]:
        kind = response.meta["probe"]
        if not discovery.looks_like_xml(response.body):
            self.crawler.stats.inc_value("discovery/probe_missing")
            yield from self._probe(response.meta["rest"], kind)
            return
        self.crawler.stats.inc_value(f"discovery/probe_found/{kind}")
        yield from (self.parse_feed(response) if kind == "feed" else self.parse_sitemap(response))

    def on_section_error(self, failure: Failure) -> None:
        """A broken navigation link is the site's matter: counted, not a crawl failure."""
        self.crawler.stats.inc_value(f"discovery/section_failed/{failure_reason(failure)}")

    def on_probe_error(self, failure: Failure) -> Iterator[Request]:
        """A usual place that is not there is no failure: try the next one."""
        self.crawler.stats.inc_value("discovery/probe_missing")
        request = failure.request  # type: ignore[attr-defined]
        if "probe" in request.meta:
            yield from self._probe(request.meta["rest"], request.meta["probe"])
        elif "root" in request.meta and not self.sitemap_urls:  # no robots.txt at all
            yield from self._probe(
                discovery.usual_places(request.meta["root"], "sitemap"), "sitemap"
            )
