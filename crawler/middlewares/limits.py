"""Bounds on untrusted bodies: HTML over ``HTML_MAXSIZE`` is cut, XML may not declare entities.

``DOWNLOAD_MAXSIZE`` (16 MiB, also the decompression limit for gzip/br/zstd responses
and for gzip sitemaps) stops a hostile server from filling memory with one body, but a
16 MiB page parsed by lxml and then by the boilerplate and extraction steps, times
``CONCURRENT_REQUESTS``, is still too much. No real news article is near 2 MiB, so a
larger HTML body is a broken or hostile page: it is cut to ``HTML_MAXSIZE`` bytes
(lxml recovers the truncated markup) and every item parsed from it carries the
``html_truncated`` error code, so nothing is dropped silently.

Feeds and sitemaps are parsed with entity expansion, DTD loading and network access off
(``spiders.base._XML_PARSER``, Scrapy's ``Sitemap``), so billion-laughs and XXE payloads
cannot expand or read files. On top of that, a document whose internal DTD declares
entities is refused outright (``declares_entities``): no news feed needs one, and
libxml2's recovery would otherwise silently drop the entries after the payload.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

logger = logging.getLogger(__name__)

TRUNCATED_META = "html_truncated_from"
ERROR_CODE = "html_truncated"
DEFAULT_HTML_MAXSIZE = 2 * 1024 * 1024

# An internal DTD subset opens in the prolog: <!DOCTYPE name ... [ ... ]>.
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[")
_PROLOG_WINDOW = 4096


def declares_entities(body: bytes) -> bool:
    """True when an XML document's internal DTD subset declares entities."""
    opening = _DOCTYPE_SUBSET.search(body, 0, _PROLOG_WINDOW)
    if opening is None:
        return False
    end = body.find(b"]>", opening.end())
    return b"<!ENTITY" in body[opening.end() : end if end >= 0 else len(body)]


class HtmlSizeLimitMiddleware:
    """Downloader middleware (585: after decompression at 590, before meta refresh)."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.limit = crawler.settings.getint("HTML_MAXSIZE", DEFAULT_HTML_MAXSIZE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HtmlSizeLimitMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not self.limit or not isinstance(response, HtmlResponse):
            return response
        size = len(response.body)
        if size <= self.limit:
            return response
        request.meta[TRUNCATED_META] = size
        self.stats.inc_value("limits/html_truncated")
        logger.warning(
            "HTML of %s is %d bytes, cut to HTML_MAXSIZE (%d)", request.url, size, self.limit
        )
        return response.replace(body=response.body[: self.limit])


class HtmlTruncatedErrorsMiddleware(BaseSpiderMiddleware):
    """Spider middleware: items parsed from a cut page get the ``html_truncated`` code."""

    def get_processed_item(self, item: Any, response: Response | None) -> Any:
        if response is None or TRUNCATED_META not in response.meta:
            return item
        adapter = ItemAdapter(item)
        if "errors" in adapter.field_names() or "errors" in adapter:
            errors = list(adapter.get("errors") or [])
            if ERROR_CODE not in errors:
                errors.append(ERROR_CODE)
            adapter["errors"] = errors
        return item
