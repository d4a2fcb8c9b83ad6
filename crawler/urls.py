"""Canonical article URLs and the request fingerprinter built on them.

The same story is linked as ``www.`` and bare host, with and without its trailing slug,
with tracking queries: deduplication must see one article. A spider's ``article_id``
pattern says which part of the URL identifies the article; everything after it
(slug) and every query parameter not listed in ``keep_query`` is dropped.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy.utils.request import RequestFingerprinter

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request


def bare_host(host: str) -> str:
    """Lower-cased host without a leading ``www.``."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


_SECOND_LEVEL = {"co", "ac", "gov", "org", "net", "sch", "id", "com", "edu"}


def registrable_domain(host: str) -> str:
    """``news.example.co.ir`` → ``example.co.ir``; ``www.example.ir`` → ``example.ir``.

    An IP address is its own site: its last two octets are no domain (``10.0.0.2``
    and ``192.168.0.2`` would both be ``0.2``).
    """
    host = host.strip("[]").lower().rstrip(".")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        labels = host.split(".")
        return ".".join(labels[-3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL else -2 :])
    return host  # as written otherwise: Scrapy's offsite check compares the spelling


def without_userinfo(url: str) -> str:
    """``url`` with any ``user:password@`` part removed, everything else as it was.

    A link in an untrusted page may carry credentials; records and state must never
    repeat them (the record's ``url`` is otherwise the original URL, port included).
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def canonical_url(
    url: str, article_id: re.Pattern[str] | None = None, keep_query: Iterable[str] = ()
) -> str:
    """One spelling per article: https, bare host, id part of the path, kept queries."""
    parts = urlsplit(url)
    host = bare_host(parts.hostname or "")
    path = parts.path or "/"
    if article_id is not None and (match := article_id.search(path)):
        path = path[: match.end()]
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    keep = {k.lower() for k in keep_query}
    query = [(k, v) for k, v in parse_qsl(parts.query) if k.lower() in keep]
    return f"https://{host}{path}" + (f"?{urlencode(sorted(query))}" if query else "")


class CanonicalRequestFingerprinter:
    """Fingerprints article requests by canonical URL, everything else as Scrapy does.

    Scrapy's duplicate filter, JOBDIR resume and scrapy-redis all key on fingerprints, so
    canonicalising here dedupes articles everywhere at once.
    """

    def __init__(self, crawler: Crawler | None = None) -> None:
        self._crawler = crawler
        self._default = RequestFingerprinter(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CanonicalRequestFingerprinter:
        return cls(crawler)

    def fingerprint(self, request: Request) -> bytes:
        spider = getattr(self._crawler, "spider", None)
        if spider is not None and hasattr(spider, "is_article_url"):
            if spider.is_article_url(request.url):
                key = spider.canonical_url(request.url).encode()
                return hashlib.sha1(key, usedforsecurity=False).digest()
        return self._default.fingerprint(request)
