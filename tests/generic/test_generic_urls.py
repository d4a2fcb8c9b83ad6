"""Article identity and URL shape on a site the generic spider learns as it goes."""

from __future__ import annotations

from spiders import discovery
from spiders.generic import GenericSpider, registrable_domain

SITE = "https://www.example-ostan.ir"


def test_dated_articles_of_one_year_stay_apart() -> None:
    spider = GenericSpider(start_urls=f"{SITE}/")
    a = spider.canonical_url(f"{SITE}/fa/news/1403/02/15/3100123/slug-a")
    b = spider.canonical_url(f"{SITE}/fa/news/1403/02/16/3100124/slug-b")
    assert a != b


def test_numeric_query_ids_kept_tracking_dropped() -> None:
    spider = GenericSpider(start_urls=f"{SITE}/")
    one = spider.canonical_url(f"{SITE}/Detail.aspx?ItemID=5&utm_source=tg")
    two = spider.canonical_url(f"{SITE}/Detail.aspx?ItemID=6")
    assert one == "https://example-ostan.ir/Detail.aspx?ItemID=5"
    assert one != two


def test_learned_shape_makes_links_articles_on_the_site_only() -> None:
    spider = GenericSpider(start_urls=f"{SITE}/")
    assert not spider.is_article_url(f"{SITE}/saderat-zanjan-afzayesh/")
    spider._shape = discovery.learn_url_shape(
        [f"{SITE}/{s}/" for s in ("gandom-yazd-rekord", "sanaye-arak-roshd", "tejarat-ilam-x")]
    )
    assert spider.is_article_url(f"{SITE}/saderat-zanjan-afzayesh/")
    assert not spider.is_article_url("https://www.other-site.ir/saderat-zanjan-afzayesh/")


def test_an_ip_address_is_its_own_domain() -> None:
    assert registrable_domain("127.0.0.1") == "127.0.0.1"
    assert GenericSpider(start_urls="http://127.0.0.1:8080/").allowed_domains == ["127.0.0.1"]
