"""Discovery on sites no spider knows: plain functions over a page's HTML and URLs.

The generic spider starts from a home page and must find every article the way a
reader would: by paging listings (whatever the pager looks like), by opening the
site's sections, by its feed and sitemap (linked or at the usual places), and by
telling articles from listings by what is on the page, not by a URL regex alone. Once
a few articles are recognised their URLs show the site's article URL shape, which
then picks the article links of every later listing without fetching the others.

No Scrapy here: the spider (``spiders.generic``) decides what to request; these
functions only read pages and URLs. The words they look for are data
(``crawler/data/discovery.json``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

from crawler.cleaning.html import density_from_tree, parse_html
from crawler.data import load
from crawler.extraction.persian import fold

_WS = re.compile(r"\s+")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml")

# An article link's text is a headline: several words. A navigation link's is a name.
ARTICLE_LINK_MIN_WORDS = 4
SECTION_LINK_MAX_WORDS = 3
# A page is an article when its main text block holds this much prose in at least two
# paragraphs; listings' teasers are short and sit between links that get cut away.
# Measured on the mirror's and the test sites' pages: listings reach 134 characters,
# the shortest articles 370. A URL that fits the article pattern needs less evidence.
ARTICLE_MIN_CHARS = 250
ARTICLE_MIN_PARAGRAPH = 80
ARTICLE_URL_MIN_CHARS = 150
# A page with this many headline links and not much more prose than that is a listing.
LISTING_MIN_HEADLINES = 5
# A URL shape is learned from this many recognised articles that share it.
SHAPE_MIN_EXAMPLES = 3


@cache
def vocabulary() -> dict[str, Any]:
    """The discovery vocabulary (lists lower-cased where they are compared so)."""
    data = load("discovery.json")
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _text(value: str | None) -> str:
    return _WS.sub(" ", value or "").strip()


@dataclass(frozen=True)
class Link:
    """One ``<a href>`` of a page, with what discovery needs to judge it."""

    url: str
    text: str
    rel: str = ""
    classes: str = ""  # its own and its parent's and grandparent's class/id, lower-case

    @property
    def words(self) -> int:
        return len(self.text.split())


def page_links(tree: etree._Element, base: str) -> list[Link]:
    """Every http(s) link of the page, absolute, fragment dropped, in page order."""
    links = []
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base, href).split("#", 1)[0]
        if not url.startswith(("http://", "https://")):
            continue
        names = []
        node: etree._Element | None = a
        for _ in range(3):
            if node is None:
                break
            names.append(f"{node.get('class', '')} {node.get('id', '')}")
            node = node.getparent()
        title = a.get("title") or a.get("aria-label") or ""
        text = _text(a.text_content()) or _text(title)
        links.append(Link(url, text, (a.get("rel") or "").lower(), " ".join(names).lower()))
    return links


def feed_links(tree: etree._Element, base: str) -> list[str]:
    """Feeds the page declares (``<link rel="alternate" type="application/rss+xml">``)."""
    found = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower()
        if "alternate" in rel and kind in _FEED_TYPES and link.get("href"):
            found.append(urljoin(base, link.get("href").strip()))
    return list(dict.fromkeys(found))


def declared_next(tree: etree._Element, base: str) -> str | None:
    """``<link rel="next">`` in the head, which WordPress and Drupal emit."""
    for link in tree.iter("link"):
        if "next" in (link.get("rel") or "").lower().split() and link.get("href"):
            return urljoin(base, link.get("href").strip())
    return None


def _page_number(url: str) -> tuple[str, int] | None:
    """(the URL with its page number blanked, the number) for ?page=N, /page/N/, &p=N."""
    parts = urlsplit(url)
    vocab = vocabulary()
    params = parse_qsl(parts.query, keep_blank_values=True)
    for i, (key, value) in enumerate(params):
        if key.lower() in vocab["page_params"] and value.isdigit():
            rest = params[:i] + [(key, "#")] + params[i + 1 :]
            query = "&".join(f"{k}={v}" for k, v in rest)
            return f"{parts.path}?{query}", int(value)
    segments = parts.path.split("/")
    for i in range(len(segments) - 1):
        if segments[i].lower() in vocab["page_segments"] and segments[i + 1].isdigit():
            blank = "/".join(segments[: i + 1] + ["#"] + segments[i + 2 :])
            return f"{blank}?{parts.query}", int(segments[i + 1])
    return None


def next_pages(links: list[Link], page_url: str, page: int) -> list[str]:
    """Candidate "next page" URLs of a listing, most certain first.

    In order: ``rel="next"`` links, links classed as "next", links whose text says
    next («بعدی», «صفحه بعد», «»», «›» …), the numbered link of the next page (the
    smallest number above this page's) inside a pager, and the link that differs from
    this page's URL only by a higher page number (``?page=N``, ``/page/N/``, ``&p=N``,
    ``?start=N``). The caller takes the first it has not visited, so a «previous» link
    read as next costs nothing.
    """
    vocab = vocabulary()
    next_texts = [t.lower() for t in vocab["next_texts"]]
    here = urlsplit(page_url)
    own = [
        link
        for link in links
        if urlsplit(link.url).netloc == here.netloc and link.url.rstrip("/") != page_url.rstrip("/")
    ]
    ranked: list[tuple[int, int, str]] = []

    def tokens(link: Link) -> set[str]:
        return set(re.split(r"[\s_]+", link.classes))

    current = _page_number(page_url)
    # The page this is, as its numbered pager would show it: the URL's number if it
    # has one (1-based or 0-based alike: the smallest higher link is the next page).
    shown = current[1] if current else page
    numbered_links: list[tuple[int, int, str]] = []
    for order, link in enumerate(own):
        text = link.text.lower()
        in_pager = any(c.startswith(p) for c in tokens(link) for p in vocab["pager_classes"] if c)
        digits = fold(text)
        if "next" in link.rel.split():
            ranked.append((0, order, link.url))
        elif tokens(link) & set(vocab["next_classes"]):
            ranked.append((1, order, link.url))
        elif text in next_texts:
            ranked.append((2 + next_texts.index(text) / 100, order, link.url))
        elif digits.isdigit() and int(digits) > shown and (in_pager or _page_number(link.url)):
            numbered_links.append((int(digits), order, link.url))
    if numbered_links:
        ranked.append((3, 0, min(numbered_links)[2]))
    higher = []
    for order, link in enumerate(own):
        numbered = _page_number(link.url)
        if numbered is None:
            continue
        template, number = numbered
        if current is None:
            # the first page of a listing: its own URL with no page number
            if template.split("?")[0].startswith(here.path.rstrip("/") or "/"):
                higher.append((number, order, link.url))
        elif template == current[0] and number > current[1]:
            higher.append((number, order, link.url))
    if higher:
        ranked.append((4, 0, min(higher)[2]))
    ranked.sort()
    return list(dict.fromkeys(url for _, _, url in ranked))


def is_asset(url: str) -> bool:
    """Images, documents, media, scripts: never a page to read."""
    path = urlsplit(url).path.lower()
    return "." in path.rsplit("/", 1)[-1] and path.rsplit(".", 1)[-1] in set(
        vocabulary()["asset_extensions"]
    )


def not_news(link: Link) -> bool:
    """About, contact, login, search, tag and author pages, by path word or link text."""
    vocab = vocabulary()
    words = set(re.split(r"[/\-_.?=&]+", urlsplit(link.url).path.lower() + "?"))
    if words & set(vocab["not_news_paths"]):
        return True
    return link.text in vocab["not_news_texts"]


def article_like(link: Link) -> bool:
    """A link whose text reads like a headline."""
    return link.words >= ARTICLE_LINK_MIN_WORDS and not is_asset(link.url)


def section_score(link: Link) -> int:
    """How likely a short navigation link leads to a news listing (0: not a section).

    Higher for archive/news/economy words in the URL or text; the spider opens
    sections by this score within its page budget, and keeps paging only those that
    turn out to list many articles.
    """
    if (
        not link.text
        or link.words > SECTION_LINK_MAX_WORDS
        or is_asset(link.url)
        or not_news(link)
        or fold(link.text).isdigit()
    ):
        return 0
    haystack = f"{urlsplit(link.url).path.lower()} {urlsplit(link.url).query.lower()} {link.text}"
    return 1 + sum(1 for hint in vocabulary()["section_hints"] if hint in haystack)


@dataclass
class PageVerdict:
    kind: str  # "article" or "listing"
    prose: int  # characters of the main text block
    article_links: int  # links whose text reads like a headline


def judge_page(
    page: str | etree._Element, links: list[Link] | None = None, url_says_article: bool = False
) -> PageVerdict:
    """Article or listing, by content: a title and a long prose body make an article.

    When the URL already fits the site's article pattern a shorter body is enough,
    unless the page is full of headline links (a listing whose URL looks like an
    article's: ``NewsList.aspx?p=2``).

    The main text block is found as the generic body path finds it (paragraphs vote
    for their container, link-heavy blocks cut away); a listing's teasers do not add
    up to it, because each sits between its headline links.

    ``page`` is the HTML or its parsed tree; a tree is consumed (the main-text step
    prunes it), so whatever else is read from it must be read first.
    """
    tree = parse_html(page) if isinstance(page, (str, bytes)) else page
    if tree is None:
        return PageVerdict("listing", 0, 0)
    titled = bool(tree.xpath("//h1|//meta[@property='og:title']|//title"))
    paragraphs = density_from_tree(tree)
    long = [p for p in paragraphs if len(p) >= ARTICLE_MIN_PARAGRAPH]
    prose = sum(len(p) for p in long)
    headlines = sum(1 for link in links or () if article_like(link))
    titled = titled or bool(long)
    if url_says_article:
        is_article = prose >= ARTICLE_URL_MIN_CHARS and not (
            headlines >= LISTING_MIN_HEADLINES and prose < ARTICLE_MIN_CHARS
        )
    else:
        is_article = titled and prose >= ARTICLE_MIN_CHARS and len(long) >= 2
    return PageVerdict("article" if is_article else "listing", prose, headlines)


_HOME_PATH = re.compile(r"^/(?:[a-z]{2}/?)?(?:(?:index|default|home)\.\w+)?$", re.I)


def is_home(url: str) -> bool:
    """A site's home page (``/``, ``/fa/``, ``/index.php``, ``/Default.aspx``).

    Only a home page opens the whole site (its sections, feed and sitemaps); a section
    given as start page is crawled as that section and its pages.
    """
    return bool(_HOME_PATH.match(urlsplit(url).path or "/"))


def robots_sitemaps(text: str, base: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt, absolute."""
    found = []
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            found.append(urljoin(base, value.strip()))
    return list(dict.fromkeys(found))


def usual_places(home: str, kind: str) -> list[str]:
    """Where feeds (``kind="feed"``) or sitemaps (``"sitemap"``) usually are on a site."""
    return [urljoin(home, path) for path in vocabulary()[f"{kind}_paths"]]


def looks_like_xml(body: bytes) -> bool:
    """A feed or sitemap, not the HTML page a site answers every missing path with."""
    head = body[:512].lstrip()
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex", b"\x1f\x8b"))


# --- the site's article URL shape ---------------------------------------------------


def _segment_class(segment: str) -> str:
    if segment.isdigit():
        return "num"
    if re.fullmatch(r"\d+[-_].+", segment):
        return "numslug"
    if ("-" in segment or "_" in segment or "%" in segment) and len(segment) >= 8:
        return "slug"
    return "lit"


_CLASS_PATTERN = {"num": r"\d+", "numslug": r"\d+[-_][^/]+", "slug": r"[^/]*[-_%][^/]*"}


def _signature(url: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    parts = urlsplit(url)
    segments = tuple(_segment_class(s) for s in parts.path.split("/") if s)
    keys = tuple(sorted(k.lower() for k, v in parse_qsl(parts.query) if v.isdigit()))
    return segments, keys


def learn_url_shape(articles: list[str], listings: list[str] = ()) -> re.Pattern[str] | None:
    """A regex over path+query that matches the site's article URLs, or None.

    Each URL is reduced to a signature (per path segment: number, id-slug, slug or a
    literal word; the query keys with numeric values). Signatures shared by at least
    ``SHAPE_MIN_EXAMPLES`` recognised articles become patterns, with the literal
    segments they all spell the same kept literal. A pattern that matches a page
    known to be a listing is dropped: a wrong shape would hide articles.
    """
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
    for url in articles:
        groups.setdefault(_signature(url), []).append(url)
    patterns = []
    for (segments, keys), urls in groups.items():
        if len(urls) < SHAPE_MIN_EXAMPLES or not (segments or keys):
            continue
        if all(c == "lit" for c in segments) and not keys:
            continue  # nothing article-specific in the path: no usable shape
        split = [[s for s in urlsplit(u).path.split("/") if s] for u in urls]
        pieces = []
        for i, cls in enumerate(segments):
            values = Counter(parts[i] for parts in split)
            if cls == "lit":  # numbers never stay literal: a year or month changes
                pieces.append(r"[^/]+" if len(values) > 1 else re.escape(next(iter(values))))
            else:
                pieces.append(_CLASS_PATTERN[cls])
        path = "/" + "/".join(pieces) + "/?"
        query = "".join(rf"(?=(?:[^#]*[?&]){re.escape(k)}=\d+)" for k in keys)
        patterns.append(rf"^{path}(?:\?[^#]*)?$" if not keys else rf"^{query}{path}\?[^#]*$")
    if not patterns:
        return None
    shape = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    if any(shape.search(_target(u)) for u in listings):
        return None
    return shape


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def matches_shape(shape: re.Pattern[str] | None, url: str) -> bool:
    return bool(shape and shape.search(_target(url)))
