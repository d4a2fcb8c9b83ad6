"""Outlet spiders stay declarative and their URL rules fit their own mirror.

A spider that grows past a page has started to carry crawling code that belongs in the
base; a pattern that also matches listing pages would send listings through the article
path and emit junk records. Both are cheap to check without crawling.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings

from crawler.mirror import mirror_path
from spiders.base import NewsSpider
from tests.conftest import EXPECTED, MIRROR, ROOT, expected_articles, run_scrapy

LOADER = SpiderLoader.from_settings(get_project_settings())
OUTLETS = sorted(n for n in LOADER.list() if n != "generic")


def spider_cls(name: str) -> type[NewsSpider]:
    return LOADER.load(name)


def spider_file(name: str) -> Path:
    module = spider_cls(name).__module__
    return ROOT / (module.replace(".", "/") + ".py")


def test_scrapy_list_shows_ten_outlets_and_generic() -> None:
    listed = run_scrapy(["list"]).stdout.split()
    assert "generic" in listed
    assert len([n for n in listed if n != "generic"]) >= 10, listed


@pytest.mark.parametrize("name", [*OUTLETS, "generic"])
def test_spider_file_is_short(name: str) -> None:
    lines = spider_file(name).read_text(encoding="utf-8").splitlines()
    assert len(lines) < 60, f"{spider_file(name)} has {len(lines)} lines"


@pytest.mark.parametrize("name", OUTLETS)
def test_outlet_declares_domains_and_pattern(name: str) -> None:
    cls = spider_cls(name)
    assert issubclass(cls, NewsSpider)
    assert cls.allowed_domains, name
    assert cls.article_url != NewsSpider.article_url, name
    re.compile(cls.article_url)
    assert cls.start_urls and (cls.feed_urls or cls.sitemap_urls), name
    assert cls.content.root, f"{name} has no content rules"


@pytest.mark.parametrize("name", OUTLETS)
def test_article_url_fits_the_mirror(name: str) -> None:
    spider = spider_cls(name)()
    articles = [e["url"] for e in expected_articles(name)]
    assert len(articles) >= 5, f"{name}: fewer than five mirrored articles in {EXPECTED / name}"
    for url in articles:
        assert spider.is_article_url(url), (name, url)
    entry_points = spider.start_urls + spider.feed_urls + spider.sitemap_urls
    for url in entry_points:
        assert not spider.is_article_url(url), (name, url)
        assert mirror_path(MIRROR, url) is not None
    for url in spider.start_urls:
        # Listing pages and their second page are mirrored and are not articles.
        assert not spider.is_article_url(url + "?page=2"), (name, url)


@pytest.mark.parametrize("name", OUTLETS)
def test_entry_points_are_mirrored(name: str) -> None:
    cls = spider_cls(name)
    for url in cls.start_urls + cls.feed_urls + cls.sitemap_urls:
        path = mirror_path(MIRROR, url)
        assert path is not None and (path.is_file() or (path / "index.html").is_file()), url


def test_article_url_rejects_other_hosts() -> None:
    spider = spider_cls("mehr")()
    assert spider.is_article_url("https://www.mehrnews.com/news/6112345/x")
    assert not spider.is_article_url("https://www.example.com/news/6112345/x")
