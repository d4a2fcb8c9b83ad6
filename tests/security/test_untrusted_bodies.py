"""Hostile bodies cannot exhaust memory or read files: XML bombs, XXE, gzip bombs, huge HTML."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.http import HtmlResponse, Request, Response, XmlResponse
from scrapy.settings import Settings

from crawler.middlewares.limits import (
    ERROR_CODE,
    TRUNCATED_META,
    HtmlSizeLimitMiddleware,
    HtmlTruncatedErrorsMiddleware,
    declares_entities,
)
from spiders.generic import GenericSpider
from tests.security.support import HOST, article_html, security_settings, stat, write_page

_LOL = '<!ENTITY lol0 "lollollollollollollollollollol">' + "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
)
BILLION_LAUGHS = (
    f'<?xml version="1.0"?><!DOCTYPE rss [{_LOL}]><rss><channel>'
    f"<item><title>&lol9;</title><link>https://{HOST}/news/2001/&lol9;</link></item>"
    f"<item><link>https://{HOST}/news/2002/x</link></item></channel></rss>"
)


def xxe(target: Path) -> str:
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{target.as_uri()}">]>'
        f"<rss><channel><item><title>&xxe;</title>"
        f"<link>https://{HOST}/news/3001/&xxe;</link></item></channel></rss>"
    )


def rss(*paths: str) -> str:
    items = "".join(f"<item><link>https://{HOST}{p}</link></item>" for p in paths)
    return f'<?xml version="1.0"?><rss><channel>{items}</channel></rss>'


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """256 MiB of a sitemap-looking document in ~1 MiB of gzip (16x DOWNLOAD_MAXSIZE)."""
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    parts = [packer.compress(b'<?xml version="1.0"?><urlset><url><loc>')]
    zeros = b" " * (1 << 20)
    parts += [packer.compress(zeros) for _ in range(256)]
    parts.append(packer.flush())
    return b"".join(parts)


def spider() -> GenericSpider:
    """A generic spider wired to just enough of a crawler to call its parse methods."""
    instance = GenericSpider(start_urls=f"https://{HOST}/")
    stats: dict[str, int] = {}
    crawler = SimpleNamespace(
        settings=Settings({"DOWNLOAD_MAXSIZE": 16 * 1024 * 1024}),
        stats=SimpleNamespace(
            inc_value=lambda key, count=1: stats.__setitem__(key, stats.get(key, 0) + count),
            values=stats,
        ),
    )
    instance.crawler = crawler  # type: ignore[assignment]
    instance.settings = crawler.settings  # type: ignore[assignment]
    return instance


# --- Unit --------------------------------------------------------------------------------


def test_entity_declarations_are_detected_only_in_the_internal_dtd(tmp_path: Path) -> None:
    assert declares_entities(BILLION_LAUGHS.encode())
    assert declares_entities(xxe(tmp_path / "x").encode())
    assert not declares_entities(rss("/news/1").encode())
    netscape = (
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS '
        b'0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss></rss>'
    )
    assert not declares_entities(netscape)
    text = b"<rss><channel><description>&lt;!ENTITY x&gt; <!ENTITY </description></channel></rss>"
    assert not declares_entities(text)


def test_feeds_with_entities_are_refused_and_never_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-XXE-MARKER", encoding="utf-8")
    crawler_spider = spider()
    for body in (BILLION_LAUGHS, xxe(secret)):
        response = XmlResponse(f"https://{HOST}/feed.xml", body=body.encode())
        assert list(crawler_spider.parse_feed(response)) == []
    assert crawler_spider.crawler.stats.values["feed/entities_refused"] == 2
    ok = XmlResponse(f"https://{HOST}/feed.xml", body=rss("/news/4001/x").encode())
    assert [r.url for r in crawler_spider.parse_feed(ok)] == [f"https://{HOST}/news/4001/x"]


def test_xml_parser_itself_expands_nothing(tmp_path: Path) -> None:
    """Second line of defence: even parsed, neither payload expands or reads the file."""
    from lxml import etree

    from spiders.base import _XML_PARSER

    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-XXE-MARKER", encoding="utf-8")
    for body in (BILLION_LAUGHS, xxe(secret)):
        root = etree.fromstring(body.encode(), parser=_XML_PARSER)
        text = etree.tostring(root)
        assert b"SECRET-XXE-MARKER" not in text and b"lollollol" not in text
        assert len(text) < 1000


def test_gzip_bomb_sitemap_is_bounded_in_memory(gzip_bomb: bytes) -> None:
    crawler_spider = spider()
    response = Response(f"https://{HOST}/sitemap.xml.gz", body=gzip_bomb)
    tracemalloc.start()
    try:
        assert list(crawler_spider.parse_sitemap(response)) == []
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert crawler_spider.crawler.stats.values["sitemap/too_large"] == 1
    assert peak < 80 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB"


def test_corrupt_gzip_sitemap_is_malformed_not_a_crash() -> None:
    crawler_spider = spider()
    truncated = gzip.compress(rss("/news/1").encode())[:12]  # header only, no data
    response = Response(f"https://{HOST}/sitemap.xml.gz", body=truncated)
    assert list(crawler_spider.parse_sitemap(response)) == []
    assert crawler_spider.crawler.stats.values["sitemap/malformed"] == 1


def test_oversized_html_is_cut_and_items_carry_the_error_code() -> None:
    crawler = SimpleNamespace(
        settings=Settings({"HTML_MAXSIZE": 1000}), stats=SimpleNamespace(inc_value=lambda k: None)
    )
    middleware = HtmlSizeLimitMiddleware(crawler)  # type: ignore[arg-type]
    request = Request(f"https://{HOST}/news/1")
    big = HtmlResponse(request.url, body=b"<html>" + b"x" * 5000, request=request)
    cut = middleware.process_response(request, big)
    assert len(cut.body) == 1000 and request.meta[TRUNCATED_META] == len(big.body)
    small = HtmlResponse(request.url, body=b"<html></html>", request=Request(request.url))
    assert middleware.process_response(small.request, small) is small
    errors_mw = HtmlTruncatedErrorsMiddleware(crawler)  # type: ignore[arg-type]
    item: dict[str, Any] = {"url": request.url, "errors": ["no_date"]}
    assert errors_mw.get_processed_item(item, cut)["errors"] == ["no_date", ERROR_CODE]
    assert errors_mw.get_processed_item({"errors": []}, small)["errors"] == []


# --- Crawl -------------------------------------------------------------------------------


def test_crawl_survives_hostile_feeds_sitemaps_and_pages(
    tmp_path: Path, gzip_bomb: bytes, crawl
) -> None:
    root = tmp_path / "mirror"
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-XXE-MARKER", encoding="utf-8")
    write_page(root, "/feeds/laughs.xml", BILLION_LAUGHS)
    write_page(root, "/feeds/xxe.xml", xxe(secret))
    write_page(root, "/feeds/ok.xml", rss("/news/5001/ok", "/news/5002/big", "/news/5003/zip"))
    write_page(root, "/sitemap-bomb.xml.gz", gzip_bomb)
    write_page(root, "/news/5001/ok", article_html("خبر سالم اقتصادی"))
    write_page(root, "/news/5002/big", article_html("خبر بسیار بزرگ", n=400))
    write_page(root, "/news/5003/zip", gzip_bomb, {"headers": {"Content-Encoding": "gzip"}})
    feeds = ",".join(f"https://{HOST}/feeds/{name}.xml" for name in ("laughs", "xxe", "ok"))
    result = crawl(
        "generic",
        f"feeds={feeds}",
        f"sitemaps=https://{HOST}/sitemap-bomb.xml.gz",
        mirror=root,
        **security_settings(HTML_MAXSIZE="20000"),
    )
    assert result.returncode == 0, result.log[-3000:]
    assert stat(result.log, "feed/entities_refused") == 2
    assert stat(result.log, "sitemap/too_large") == 1
    assert "DOWNLOAD_MAXSIZE" in result.log  # the gzip-encoded page was stopped
    by_url = {r["url"]: r for r in result.records}
    assert set(by_url) == {f"https://{HOST}/news/5001/ok", f"https://{HOST}/news/5002/big"}
    assert ERROR_CODE in by_url[f"https://{HOST}/news/5002/big"]["errors"]
    assert ERROR_CODE not in by_url[f"https://{HOST}/news/5001/ok"]["errors"]
    assert "SECRET-XXE-MARKER" not in result.log + str(result.records)
