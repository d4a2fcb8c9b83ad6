"""Discovery functions alone (``spiders.discovery``): pagers, feeds, sitemaps, page kinds,
learned article URL shapes. No Scrapy, no server."""

from __future__ import annotations

import pytest

from crawler.cleaning.html import parse_html
from spiders import discovery
from tests.generic.sites import SITES, article_page, listing_page, make_article

BASE = "https://www.example.ir"


def links(html: str, url: str = f"{BASE}/") -> list[discovery.Link]:
    return discovery.page_links(parse_html(f"<html><body>{html}</body></html>"), url)


@pytest.mark.parametrize(
    ("markup", "url", "page", "expected"),
    [
        ('<a rel="next" href="/list?page=2">x</a>', f"{BASE}/list", 1, "/list?page=2"),
        (
            '<li class="pager-next"><a href="/fa/news?page=1">›</a></li>',
            f"{BASE}/fa/news",
            1,
            "/fa/news?page=1",
        ),
        ('<a href="/?page=2">صفحه بعد</a>', f"{BASE}/", 1, "/?page=2"),
        (
            '<a href="/NewsList.aspx?cat=1&p=3">بعدی</a>',
            f"{BASE}/NewsList.aspx?cat=1&p=2",
            2,
            "/NewsList.aspx?cat=1&p=3",
        ),
        (
            '<a title="next" href="/index.php/akhbar?start=20">»</a>',
            f"{BASE}/index.php/akhbar?start=10",
            2,
            "/index.php/akhbar?start=20",
        ),
        # numbered links only: the smallest number above the current page's
        (
            '<div class="pages"><a href="/list.php?page=1">1</a><b>2</b>'
            '<a href="/list.php?page=3">۳</a><a href="/list.php?page=4">4</a></div>',
            f"{BASE}/list.php?page=2",
            2,
            "/list.php?page=3",
        ),
        # /page/N/ paths and no words at all: the URL with the next page number
        (
            '<a href="/fa/allnews/page/3/">…</a><a href="/fa/allnews/page/4/">…</a>',
            f"{BASE}/fa/allnews/page/2/",
            2,
            "/fa/allnews/page/3/",
        ),
    ],
)
def test_next_page_in_every_form(markup: str, url: str, page: int, expected: str) -> None:
    found = discovery.next_pages(links(markup, url), url, page)
    assert found and found[0] == BASE + expected


def test_no_next_page_on_the_last_page_or_an_article() -> None:
    last = '<div class="pages"><a href="/list.php?page=1">1</a><b>2</b></div>'
    assert discovery.next_pages(links(last), f"{BASE}/list.php?page=2", 2) == []
    article = '<p>متن خبر</p><a href="/news/12/x">خبر مرتبط درباره بازار گندم زنجان</a>'
    assert discovery.next_pages(links(article), f"{BASE}/news/11/y", 1) == []


def test_feeds_declared_and_usual_places() -> None:
    tree = parse_html(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        '<link rel="alternate" hreflang="en" href="/en/"></head><body></body></html>'
    )
    assert discovery.feed_links(tree, f"{BASE}/") == [f"{BASE}/rss.xml"]
    assert f"{BASE}/fa/rss" in discovery.usual_places(f"{BASE}/x", "feed")
    assert discovery.usual_places(f"{BASE}/", "sitemap")[0] == f"{BASE}/sitemap.xml"


def test_robots_sitemap_lines() -> None:
    robots = "User-agent: *\nDisallow: /a\nSitemap: /s1.xml\nsitemap:https://x.ir/s2.xml\n"
    assert discovery.robots_sitemaps(robots, f"{BASE}/robots.txt") == [
        f"{BASE}/s1.xml",
        "https://x.ir/s2.xml",
    ]


def test_xml_is_told_from_a_soft_404_page() -> None:
    assert discovery.looks_like_xml(b'\xef\xbb\xbf <?xml version="1.0"?><rss>')
    assert discovery.looks_like_xml(b"<urlset>")
    assert not discovery.looks_like_xml(b"<!DOCTYPE html><html>")


def test_article_and_listing_told_apart_by_content() -> None:
    site = SITES[0]
    arts = [make_article(n, f"{BASE}/a-{n}/") for n in range(10)]
    site.articles = arts
    article = discovery.judge_page(article_page(site, arts[0]))
    listing = discovery.judge_page(listing_page(site, arts, "", "آرشیو"))
    assert article.kind == "article" and article.prose > 400
    assert listing.kind == "listing"
    # a listing whose URL fits the article pattern is still a listing
    page = listing_page(site, arts, "", "آرشیو")
    tree = parse_html(page)
    assert discovery.judge_page(page, discovery.page_links(tree, BASE), True).kind == "listing"


def test_home_pages() -> None:
    assert discovery.is_home(f"{BASE}/") and discovery.is_home(f"{BASE}/fa/")
    assert discovery.is_home(f"{BASE}/Default.aspx")
    assert not discovery.is_home(f"{BASE}/category/economy/")


def test_sections_ranked_and_non_news_pages_refused() -> None:
    nav = links(
        '<a href="/archive">آرشیو</a><a href="/about">درباره ما</a>'
        '<a href="/sport">ورزش</a><a href="/logo.png">لوگو</a>'
        '<a href="/news/1/x">بازار گندم زنجان رونق گرفت</a>'
    )
    scores = {link.url.rsplit("/", 1)[-1]: discovery.section_score(link) for link in nav}
    assert scores["archive"] > scores["sport"] > 0
    assert scores["about"] == scores["logo.png"] == scores["x"] == 0


def test_url_shape_learned_from_articles() -> None:
    dated = [f"{BASE}/fa/news/1403/02/{d:02d}/{3100000 + d}/slug-of-story" for d in (3, 4, 9)]
    shape = discovery.learn_url_shape(dated)
    assert shape is not None
    # another month and year fit: numbers are never kept literal
    assert discovery.matches_shape(shape, f"{BASE}/fa/news/1404/11/28/3999999/other-story")
    assert not discovery.matches_shape(shape, f"{BASE}/fa/service/economy")

    slugs = [
        f"{BASE}/{s}/"
        for s in ("saderat-zanjan-afzayesh", "gandom-yazd-rekord", "sanaye-arak-roshd")
    ]
    shape = discovery.learn_url_shape(slugs)
    assert discovery.matches_shape(shape, f"{BASE}/eshteghal-ilam-roshd/")
    assert not discovery.matches_shape(shape, f"{BASE}/about/")

    ids = [f"{BASE}/NewsDetail.aspx?NewsID={n}" for n in (5, 12, 19)]
    shape = discovery.learn_url_shape(ids)
    assert discovery.matches_shape(shape, f"{BASE}/NewsDetail.aspx?NewsID=777")
    assert not discovery.matches_shape(shape, f"{BASE}/NewsList.aspx?cat=1&p=2")


def test_no_shape_from_too_few_or_from_one_that_matches_a_listing() -> None:
    two = [f"{BASE}/news/{n}/x-y-z" for n in (1, 2)]
    assert discovery.learn_url_shape(two) is None
    three = [f"{BASE}/news/{n}/story-slug" for n in (1, 2, 3)]
    assert discovery.learn_url_shape(three, [f"{BASE}/news/4/list-of-news"]) is None
