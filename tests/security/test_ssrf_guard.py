"""No request reaches private addresses or other schemes; redirects stay in scope.

Unit tests pin the guard's judgement; crawl tests show it in a real ``scrapy crawl``:
live (no mirror), where a request to the tripwire would really connect, and over a
mirror, where the mirror server's hit list shows what would have been fetched.
"""

from __future__ import annotations

import asyncio
import ipaddress
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.settings import Settings
from twisted.internet.error import DNSLookupError

from crawler.middlewares.guard import (
    AddressGuardMiddleware,
    RedirectRefused,
    RedirectScopeMiddleware,
    RequestRefused,
    is_blocked,
    numeric_address,
)
from crawler.mirror import MirrorServer
from tests.security.support import (
    HOST,
    Tripwire,
    article_html,
    security_settings,
    stat,
    write_page,
)


class FakeStats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + count


def fake_crawler(spider: Any = None, **settings: Any) -> Any:
    return SimpleNamespace(settings=Settings(settings), stats=FakeStats(), spider=spider)


def guard(resolves: dict[str, str] | None = None, **settings: Any) -> AddressGuardMiddleware:
    """The guard with DNS answered from ``resolves`` (missing names do not resolve)."""
    middleware = AddressGuardMiddleware(fake_crawler(**settings))

    async def lookup(host: str) -> str:
        if resolves and host in resolves:
            return resolves[host]
        raise DNSLookupError(host)

    middleware._lookup = lookup  # type: ignore[method-assign]
    return middleware


def admit(middleware: AddressGuardMiddleware, url: str) -> None:
    asyncio.run(middleware.process_request(Request(url)))


# --- Unit: what is blocked -------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "127.1",
        "0x7f.1",
        "2130706433",
        "017700000001",
        "0",
        "0.0.0.0",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "100.100.100.200",
        "::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "fd00:ec2::254",
        "fe80::1",
    ],
)
def test_private_and_metadata_addresses_in_every_spelling_are_blocked(host: str) -> None:
    address = numeric_address(host)
    assert address is not None
    assert is_blocked(address)


@pytest.mark.parametrize("host", ["8.8.8.8", "185.143.232.10", "172.32.0.1", "2a00:1450::1"])
def test_public_addresses_are_not_blocked(host: str) -> None:
    address = numeric_address(host)
    assert address is not None and not is_blocked(address)


def test_names_are_not_numeric() -> None:
    assert numeric_address("www.tasnimnews.com") is None
    assert numeric_address("localhost") is None


def test_allowed_networks_make_an_exception() -> None:
    allowed = (ipaddress.ip_network("10.8.0.0/16"),)
    assert not is_blocked(ipaddress.ip_address("10.8.1.1"), allowed)
    assert is_blocked(ipaddress.ip_address("10.9.1.1"), allowed)


# --- Unit: the middleware --------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "scheme"),
        ("ftp://www.example-news.ir/x", "scheme"),
        ("data:text/html,<b>x</b>", "scheme"),
        ("http://127.0.0.1:8080/", "private_address"),
        ("http://2130706433/", "private_address"),
        ("http://[::1]/", "private_address"),
        ("http://169.254.169.254/latest/meta-data/", "private_address"),
        ("http://admin.localhost/", "private_address"),
        ("http://intranet.example-news.ir/news/1", "resolves_private"),
        ("http://localhost:9/", "resolves_private"),
    ],
)
@pytest.mark.parametrize("mirror", [None, "http://127.0.0.1:1"])
def test_guard_refuses_and_counts(url: str, reason: str, mirror: str | None) -> None:
    """The same verdicts with and without the mirror: it is no exemption for addresses."""
    middleware = guard(
        {"intranet.example-news.ir": "10.0.0.7", "localhost": "127.0.0.1"}, MIRROR_URL=mirror
    )
    with pytest.raises(RequestRefused):
        admit(middleware, url)
    assert middleware.stats.values == {"guard/refused": 1, f"guard/refused/{reason}": 1}


def test_public_names_and_addresses_pass() -> None:
    middleware = guard({"www.example-news.ir": "185.143.232.10"})
    admit(middleware, "https://www.example-news.ir/news/1")
    admit(middleware, "http://185.143.232.10/")
    assert middleware.stats.values == {}


def test_unresolvable_names_pass_only_in_mirror_mode() -> None:
    """Over the mirror the handler never connects to the name; live, DNS fails as usual."""
    mirrored = guard(MIRROR_DIR="/tmp/mirror")
    admit(mirrored, "https://www.tasnimnews.com/")
    admit(mirrored, "https://www.tasnimnews.com/fa/news/1")
    assert mirrored.stats.values == {"guard/mirror_unresolved": 1}  # looked up once
    with pytest.raises(DNSLookupError):
        admit(guard(), "https://www.tasnimnews.com/")


def test_allow_private_switches_the_address_check_off_but_not_the_scheme_check() -> None:
    middleware = guard({"localhost": "127.0.0.1"}, ADDRESS_GUARD_ALLOW_PRIVATE=True)
    admit(middleware, "http://127.0.0.1:8080/")
    admit(middleware, "http://localhost/")
    with pytest.raises(RequestRefused):
        admit(middleware, "file:///etc/passwd")


def test_allowed_networks_setting() -> None:
    middleware = guard(ADDRESS_GUARD_ALLOWED_NETWORKS=["10.8.0.0/16"])
    admit(middleware, "http://10.8.0.5/")
    with pytest.raises(RequestRefused):
        admit(middleware, "http://10.9.0.5/")


def redirect(url: str, location: str, status: int = 302, **meta: Any) -> tuple[Request, Response]:
    request = Request(url, meta=meta)
    response = Response(url, status=status, headers={"Location": location}, request=request)
    return request, response


@pytest.mark.parametrize(
    ("location", "allowed"),
    [
        ("/news/2", True),
        ("https://example-news.ir/news/2", True),
        ("https://m.example-news.ir/news/2", True),
        ("https://evil.example.com/x", False),
        ("https://example-news.ir.evil.com/x", False),
        ("http://127.0.0.1:9/", False),
        ("file:///etc/passwd", False),
        ("//evil.example.com/x", False),
    ],
)
def test_redirects_stay_on_the_spiders_domains(location: str, allowed: bool) -> None:
    spider = SimpleNamespace(allowed_domains=["www.example-news.ir"])
    middleware = RedirectScopeMiddleware(fake_crawler(spider))
    request, response = redirect(f"https://{HOST}/go/1", location)
    if allowed:
        assert middleware.process_response(request, response) is response
    else:
        with pytest.raises(RedirectRefused):
            middleware.process_response(request, response)
        assert middleware.stats.values["guard/redirect_refused"] == 1


def test_redirect_scope_without_allowed_domains_is_the_original_host() -> None:
    middleware = RedirectScopeMiddleware(fake_crawler(SimpleNamespace()))
    request, response = redirect("https://a.ir/x", "https://www.a.ir/y")
    assert middleware.process_response(request, response) is response
    request, response = redirect("https://a.ir/x", "https://b.ir/y")
    with pytest.raises(RedirectRefused):
        middleware.process_response(request, response)


def test_redirect_chains_are_judged_from_their_origin_and_allow_offsite_opts_out() -> None:
    spider = SimpleNamespace(allowed_domains=["a.ir"])
    middleware = RedirectScopeMiddleware(fake_crawler(spider))
    # A request that arrives with a redirect chain (e.g. from a meta refresh).
    hop = Request("https://evil.example.com/x", meta={"redirect_urls": ["https://a.ir/1"]})
    with pytest.raises(RedirectRefused):
        middleware.process_request(hop)
    request, response = redirect("https://a.ir/x", "https://b.ir/y", allow_offsite=True)
    assert middleware.process_response(request, response) is response
    html = HtmlResponse("https://a.ir/x", status=200, body=b"<html></html>")
    assert middleware.process_response(Request("https://a.ir/x"), html) is html


# --- Crawls ------------------------------------------------------------------------------


def inward_urls(port: int) -> list[str]:
    return [
        f"http://127.0.0.1:{port}/news/1001",
        f"http://localhost:{port}/news/1002",
        f"http://2130706433:{port}/news/1003",
        f"http://[::ffff:127.0.0.1]:{port}/news/1004",
    ]


def test_live_crawl_never_connects_to_private_addresses(tripwire: Tripwire, crawl) -> None:
    """No mirror: without the guard these requests would reach the tripwire (see below)."""
    urls = [*inward_urls(tripwire.port), "http://169.254.169.254/latest/meta-data/news/1005"]
    result = crawl("generic", "start_urls=" + ",".join(urls), **security_settings(MIRROR_DIR=""))
    assert result.returncode == 0, result.log[-3000:]
    assert tripwire.connections == []
    assert stat(result.log, "guard/refused") == len(urls)
    assert stat(result.log, "guard/refused/resolves_private") == 1  # localhost, via DNS
    assert "Refused request (private_address: 169.254.169.254)" in result.log


def test_live_control_without_the_guard_the_tripwire_fires(tripwire: Tripwire, crawl) -> None:
    """The tripwire works: with private addresses allowed the same crawl connects to it."""
    result = crawl(
        "generic",
        f"start_urls=http://127.0.0.1:{tripwire.port}/news/1001",
        **security_settings(MIRROR_DIR="", ADDRESS_GUARD_ALLOW_PRIVATE="True"),
    )
    assert result.returncode == 0, result.log[-3000:]
    assert tripwire.connections, "control crawl did not reach the tripwire"


def write_hostile_site(root: Path, port: int, secret: Path) -> None:
    links = [
        "/news/1001/real-article",
        f"http://127.0.0.1:{port}/news/2001",
        "http://169.254.169.254/latest/meta-data/news/2002",
        f"http://localhost:{port}/news/2003",
        "file:///etc/passwd",
        secret.as_uri(),
        "/go/3001",
        "/go/3002",
        "/go/3003",
        "/go/3004",
    ]
    anchors = "".join(f'<a href="{href}">link</a>' for href in links)
    next_page = f'<a rel="next" href="http://127.0.0.1:{port}/news/page/2">next</a>'
    write_page(root, "/", f"<html><body>{anchors}{next_page}</body></html>")
    write_page(root, "/news/1001/real-article", article_html("خبر واقعی استان"))
    for n, location in (
        (3001, "https://evil.example.com/news/3001"),
        (3002, f"http://127.0.0.1:{port}/news/3002"),
        (3003, "file:///etc/passwd"),
    ):
        write_page(root, f"/go/{n}", "", {"status": 302, "headers": {"Location": location}})
    refresh = "http://169.254.169.254/latest/meta-data/news/3004"
    write_page(
        root,
        "/go/3004",
        f'<html><head><meta http-equiv="refresh" content="0;url={refresh}"></head></html>',
    )


def test_mirror_crawl_follows_no_hostile_link_or_redirect(
    tripwire: Tripwire, served_mirror: tuple[Path, MirrorServer], crawl, tmp_path: Path
) -> None:
    root, server = served_mirror
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-MARKER", encoding="utf-8")
    write_hostile_site(root, tripwire.port, secret)
    result = crawl(
        "generic", f"start_urls=https://{HOST}/", mirror=server.url, **security_settings()
    )
    assert result.returncode == 0, result.log[-3000:]
    assert tripwire.connections == []
    assert server.hits and all(hit.startswith(f"/{HOST}/") for hit in server.hits), server.hits
    assert [r["url"] for r in result.records] == [f"https://{HOST}/news/1001/real-article"]
    # Two 3xx off the site, and the meta refresh to the metadata address (issue 16:
    # judged on the response, counted, instead of vanishing in the offsite filter).
    assert stat(result.log, "guard/redirect_refused/offsite") == 3
    assert stat(result.log, "guard/redirect_refused/scheme") == 1
    assert "SECRET-FILE-MARKER" not in result.log
    assert "root:" not in "".join(str(r) for r in result.records)


@pytest.mark.parametrize("allow_private", [False, True])
def test_mirror_mode_is_no_exemption_for_private_addresses(
    allow_private: bool, tripwire: Tripwire, served_mirror: tuple[Path, MirrorServer], crawl
) -> None:
    """Over the mirror, literal private addresses are still refused (and would otherwise
    be fetched from the mirror, as the control run with ADDRESS_GUARD_ALLOW_PRIVATE shows)."""
    root, server = served_mirror
    write_page(root, "/", "<html><body>home</body></html>")
    urls = [f"https://{HOST}/", *inward_urls(tripwire.port)[:2]]
    settings = security_settings(ADDRESS_GUARD_ALLOW_PRIVATE=str(allow_private))
    result = crawl("generic", "start_urls=" + ",".join(urls), mirror=server.url, **settings)
    assert result.returncode == 0, result.log[-3000:]
    assert tripwire.connections == []
    inward = [hit for hit in server.hits if not hit.startswith(f"/{HOST}/")]
    if allow_private:
        assert "/127.0.0.1/news/1001" in inward and "/localhost/news/1002" in inward
    else:
        assert inward == []
        assert stat(result.log, "guard/refused") == 2
