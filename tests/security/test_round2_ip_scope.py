"""Round two, point 10: the generic spider scopes IP-address start URLs by exact host.

``registrable_domain`` kept the last two labels, so ``10.0.0.2`` became ``0.2`` and
every ``x.y.0.2`` counted as the same site.
"""

from __future__ import annotations

import pytest

from spiders.generic import GenericSpider, registrable_domain


@pytest.mark.parametrize("host", ["10.0.0.2", "192.168.0.2", "203.0.113.7", "::1", "2001:db8::2"])
def test_an_address_is_its_own_site(host: str) -> None:
    assert registrable_domain(host) == host


def test_names_keep_their_registrable_domain() -> None:
    assert registrable_domain("news.example.co.ir") == "example.co.ir"
    assert registrable_domain("www.example.ir") == "example.ir"


def test_generic_spider_on_an_ip_stays_on_that_address() -> None:
    spider = GenericSpider(start_urls="http://10.0.0.2/economy")
    assert spider.allowed_domains == ["10.0.0.2"]
    assert spider.is_article_url("http://10.0.0.2/news/12345")
    for other in ("http://192.168.0.2/news/12345", "http://1.10.0.2/news/12345"):
        assert not spider.is_article_url(other), other
