"""Request admission: only http(s), never private addresses, redirects kept in scope.

Crawls run unattended on servers that sit next to private services (databases, admin
panels, cloud metadata at 169.254.169.254). Every page, feed and sitemap is untrusted,
so a link or a redirect must not turn the crawler into a proxy into that network
(SSRF). Two downloader middlewares enforce this (see ``docs/security.md``):

``AddressGuardMiddleware`` (priority 40, before robots.txt and everything else)
    Refuses non-http(s) schemes (``file://``, ``ftp://``, ``s3://``, ``data:``) and
    requests whose host is, or resolves to, a loopback, private, link-local, shared,
    multicast or reserved address. It judges the *original* request URL: in mirror mode
    the download handler rewrites requests to the mirror on 127.0.0.1 *after* every
    middleware has run, so the mirror is never a request URL and the guard stays fully
    active in tests.

``RedirectScopeMiddleware`` (priority 650, sees responses before RedirectMiddleware)
    Refuses a 3xx whose ``Location`` leaves the spider's domains (or, for a spider
    without ``allowed_domains``, the original host) or uses another scheme, and
    re-checks every request that carries a redirect chain; a ``<meta http-equiv=refresh>``
    that MetaRefreshMiddleware would follow is judged on the response. Scrapy's
    OffsiteMiddleware drops offsite redirects silently and not at all for
    ``dont_filter`` requests; here they fail through the request's errback, counted.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import get_meta_refresh
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

from crawler.extensions.redact import redact_url
from crawler.urls import bare_host

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

    IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
    IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

logger = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"http", "https"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Everything a crawler has no business connecting to. Broader than the list on
# purpose: 0.0.0.0/8 reaches the local host, 100.64/10 holds some clouds' metadata
# services (100.100.100.200), multicast/reserved are never news sites.
BLOCKED_NETWORKS: tuple[IPNetwork, ...] = tuple(
    ipaddress.ip_network(net)
    for net in (
        "0.0.0.0/8",  # "this host"; connecting to 0.0.0.0 reaches loopback
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT, cloud metadata on some providers
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, cloud metadata 169.254.169.254
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved and broadcast
        "::/128",
        "::1/128",
        "fc00::/7",  # unique local (incl. fd00:ec2::254 metadata)
        "fe80::/10",
        "ff00::/8",
    )
)

# RFC 6761: names under .localhost are loopback by definition, whatever DNS says.
_LOCALHOST_SUFFIX = ".localhost"


class RequestRefused(IgnoreRequest):
    """A request the guard will not send (errbacks see this class name as the reason)."""


class RedirectRefused(IgnoreRequest):
    """A redirect that leaves the crawl's scope (errbacks see this class name)."""


@lru_cache(maxsize=4096)
def numeric_address(host: str) -> IPAddress | None:
    """The address a numeric host denotes, or None for a name.

    Uses the C library's numeric parser (no DNS), so every spelling the connection
    would accept is caught: ``127.1``, ``0x7f.1``, ``2130706433``, ``[::ffff:7f00:1]``.
    """
    try:
        infos = socket.getaddrinfo(host, None, flags=socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError, ValueError):
        return None
    return ipaddress.ip_address(str(infos[0][4][0]).split("%", 1)[0])


def is_blocked(address: IPAddress, allowed: tuple[IPNetwork, ...] = ()) -> bool:
    """True when ``address`` is in a blocked range and not explicitly allowed."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1 on the wire
    if any(address in net for net in allowed):
        return False
    return any(address in net for net in BLOCKED_NETWORKS)


def is_mirror_run(settings: Any) -> bool:
    """True when the download handler replays from the local mirror."""
    return bool(settings.get("MIRROR_DIR") or settings.get("MIRROR_URL"))


class AddressGuardMiddleware:
    """Refuses non-http(s) schemes and requests to private addresses; counts refusals.

    Hostnames are resolved through the reactor's resolver, i.e. Scrapy's caching DNS
    resolver: the address judged here is the one cached and then used for the
    connection, so a name cannot resolve to a public address for the check and to a
    private one for the download (DNS rebinding), as long as ``DNSCACHE_ENABLED``.

    A name that does not resolve is let through only in mirror mode, where the handler
    never connects to it (outlet hosts do not resolve on test machines); in live runs
    the lookup error is raised as the download would have raised it, so retries and
    errbacks behave as before.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.allow_private = settings.getbool("ADDRESS_GUARD_ALLOW_PRIVATE", False)
        self.allowed_networks: tuple[IPNetwork, ...] = tuple(
            ipaddress.ip_network(net, strict=False)
            for net in settings.getlist("ADDRESS_GUARD_ALLOWED_NETWORKS", [])
        )
        self.dns_timeout = settings.getfloat("ADDRESS_GUARD_DNS_TIMEOUT", 5.0)
        self.mirror = is_mirror_run(settings)
        # Names that did not resolve in mirror mode: Scrapy caches no misses, and a
        # lookup per request would slow replays down for nothing.
        self._unresolved: set[str] = set()
        self._logged: set[tuple[str, str]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        parts = urlparse_cached(request)
        if parts.scheme not in ALLOWED_SCHEMES:
            self._refuse(request, "scheme", parts.scheme or "(none)")
        host = (parts.hostname or "").rstrip(".").lower()
        if not host:
            self._refuse(request, "no_host", "(empty)")
        if self.allow_private:
            return
        literal = numeric_address(host)
        if literal is not None:
            if is_blocked(literal, self.allowed_networks):
                self._refuse(request, "private_address", str(literal))
            return
        if host.endswith(_LOCALHOST_SUFFIX):  # "localhost" itself goes through DNS
            self._refuse(request, "private_address", host)
        resolved = await self._resolve(host)
        if resolved is not None and is_blocked(resolved, self.allowed_networks):
            self._refuse(request, "resolves_private", f"{host} -> {resolved}")

    async def _resolve(self, host: str) -> IPAddress | None:
        """The address the download would connect to; None if unresolvable in mirror mode."""
        if host in self._unresolved:
            return None
        try:
            address = await self._lookup(host)
        except (OSError, defer.TimeoutError) as exc:
            if not self.mirror:
                raise DNSLookupError(f"{host}: {exc}") from exc
            self._unresolved.add(host)
            self.stats.inc_value("guard/mirror_unresolved")
            return None
        return numeric_address(address)

    async def _lookup(self, host: str) -> str:
        """One lookup through the reactor's (Scrapy's caching) resolver, time-bounded."""
        from twisted.internet import reactor

        lookup = reactor.resolve(host, timeout=(max(1, int(self.dns_timeout)),))
        lookup.addTimeout(self.dns_timeout, reactor)
        return str(await maybe_deferred_to_future(lookup))

    def _refuse(self, request: Request, reason: str, detail: str) -> None:
        self.stats.inc_value("guard/refused")
        self.stats.inc_value(f"guard/refused/{reason}")
        key = (reason, detail)
        level = logging.DEBUG if key in self._logged else logging.WARNING
        self._logged.add(key)
        logger.log(level, "Refused request (%s: %s): %s", reason, detail, redact_url(request.url))
        raise RequestRefused(f"refused ({reason}): {detail}")


class RedirectScopeMiddleware:
    """Redirects stay on the crawl's domains and on http(s).

    The scope is the spider's ``allowed_domains`` (with subdomains and without
    ``www.``, as ``NewsSpider`` matches hosts) or, when it has none, the host the
    redirect chain started from. ``meta["allow_offsite"]`` opts one request out, as for
    Scrapy's OffsiteMiddleware.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.meta_refresh = settings.getbool("METAREFRESH_ENABLED")
        self.refresh_ignore_tags = settings.getlist("METAREFRESH_IGNORE_TAGS")
        self.refresh_maxdelay = settings.getint("METAREFRESH_MAXDELAY")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectScopeMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        chain = request.meta.get("redirect_urls")
        if chain and not request.meta.get("allow_offsite"):
            self._check(chain[0], request.url)

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("dont_redirect") or request.meta.get("allow_offsite"):
            return response
        if response.status in REDIRECT_STATUSES:
            location = response.headers.get("Location")
            target = urljoin(request.url, location.decode("latin-1").strip()) if location else None
        else:
            target = self._meta_refresh_target(request, response)
        if target is not None:
            origin = (request.meta.get("redirect_urls") or [request.url])[0]
            self._check(origin, target)
        return response

    def _meta_refresh_target(self, request: Request, response: Response) -> str | None:
        """Where MetaRefreshMiddleware (580, after this one) would go, if anywhere.

        Judged here so an off-site refresh fails through the request's errback and is
        counted, instead of being dropped later by the offsite filter without a trace.
        """
        if not self.meta_refresh or request.method == "HEAD":
            return None
        if not isinstance(response, HtmlResponse):
            return None
        interval, url = get_meta_refresh(response, ignore_tags=self.refresh_ignore_tags)
        if url is None or interval is None or interval >= self.refresh_maxdelay:
            return None
        return url

    def _check(self, origin: str, target: str) -> None:
        parts = urlsplit(target)
        if parts.scheme not in ALLOWED_SCHEMES:
            self._refuse("scheme", origin, target)
        host = bare_host(parts.hostname or "")
        if not host or not any(host == d or host.endswith("." + d) for d in self._scope(origin)):
            self._refuse("offsite", origin, target)

    def _scope(self, origin: str) -> set[str]:
        spider = self.crawler.spider
        domains = [d for d in getattr(spider, "allowed_domains", None) or [] if d]
        if not domains:
            domains = [urlsplit(origin).hostname or ""]
        return {bare_host(d) for d in domains if d}

    def _refuse(self, reason: str, origin: str, target: str) -> None:
        self.stats.inc_value("guard/redirect_refused")
        self.stats.inc_value(f"guard/redirect_refused/{reason}")
        logger.warning(
            "Refused redirect (%s) from %s to %s", reason, redact_url(origin), redact_url(target)
        )
        raise RedirectRefused(f"redirect refused ({reason})")
