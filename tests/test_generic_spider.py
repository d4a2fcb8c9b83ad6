"""The generic spider reads a site it has never seen: arguments in, the same records out.

``www.example-provincial-news.ir`` in the mirror is a made-up table-layout site with no
known CMS markup; one article lives on its ``ostan.`` subdomain and its listing also
links to another site, which must not be crawled.
"""

from __future__ import annotations

import pytest

from crawler.record import schema_errors
from spiders.generic import GenericSpider, registrable_domain

SITE = "https://www.example-provincial-news.ir"
ARTICLES = {
    f"{SITE}/news/20451/zanjan-olive-oil": (
        "روغن زیتون طارم به بازار عراق رسید",
        "۱۲ کارخانه روغن‌کشی در طارم فعال است",
        "2024-05-16T10:15:00+03:30",
    ),
    f"{SITE}/news/20466/qazvin-bakery-subsidy": (
        "سهمیه آرد نانوایی‌های قزوین افزایش یافت",
        "ذخایر گندم استان برای ۶ ماه مصرف کافی است",
        "2024-05-19T12:00:00+03:30",
    ),
    "https://ostan.example-provincial-news.ir/news/20472/ilam-border-market": (
        "بازارچه مرزی مهران روزانه ۶۰۰ کامیون صادراتی دارد",
        "ظرفیت پارکینگ کامیون‌ها را دو برابر می‌کند",
        "2024-05-22T09:30:00+03:30",
    ),
}
FURNITURE = ("پربازدیدها", "نظرات کاربران", "مطلب مفیدی بود", "نسخه چاپی", "تمام حقوق برای")


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("www.example.ir", "example.ir"),
        ("news.example.co.ir", "example.co.ir"),
        ("example.ir", "example.ir"),
        ("a.b.example.com", "example.com"),
    ],
)
def test_registrable_domain(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


def test_arguments_set_scope_and_entry_points() -> None:
    spider = GenericSpider(
        start_urls=f"{SITE}/category/economy/", feeds="https://news.example.co.ir/rss"
    )
    assert spider.allowed_domains == ["example-provincial-news.ir", "example.co.ir"]
    assert spider.feed_urls == ["https://news.example.co.ir/rss"]
    assert spider.is_article_url("https://ostan.example-provincial-news.ir/news/20472/x")
    assert not spider.is_article_url("https://www.other-site.ir/news/99999/x")
    assert not spider.is_article_url(f"{SITE}/category/economy/?page=2")
    assert spider.is_article_url("https://news.example.co.ir/details.aspx?id=4411")


def test_custom_article_pattern() -> None:
    spider = GenericSpider(start_urls=f"{SITE}/", article_url=r"^/story-\d+")
    assert spider.is_article_url(f"{SITE}/story-12")
    assert not spider.is_article_url(f"{SITE}/news/20451/x")


def test_generic_crawls_an_unknown_site(crawl) -> None:
    result = crawl("generic", f"start_urls={SITE}/category/economy/")
    assert result.returncode == 0, result.log[-3000:]
    got = {r["url"]: r for r in result.records}
    assert set(got) == set(ARTICLES), result.log[-2000:]
    assert "other-site.ir" not in " ".join(got)
    for url, (title, sentence, published) in ARTICLES.items():
        record = got[url]
        assert schema_errors(record) == []
        assert record["outlet"] == "generic"
        assert record["content_path"] == "generic"
        assert record["title"] == title
        assert sentence in record["body"]
        assert record["published"] == published
        for piece in FURNITURE:
            assert piece not in record["body"], (url, piece)
