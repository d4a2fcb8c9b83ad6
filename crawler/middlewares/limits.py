"""Bounds on untrusted bodies: HTML over ``HTML_MAXSIZE`` is cut, XML may not declare entities.

``DOWNLOAD_MAXSIZE`` (16 MiB, also the decompression limit for gzip/br/zstd responses
and for gzip sitemaps) stops a hostile server from filling memory with one body, but a
16 MiB page parsed by lxml and then by the boilerplate and extraction steps, times
``CONCURRENT_REQUESTS``, is still too much. No real news article is near 2 MiB, so a
larger HTML body is a broken or hostile page: it is cut to ``HTML_MAXSIZE`` bytes
(lxml recovers the truncated markup) and every item parsed from it carries the
``html_truncated`` error code, so nothing is dropped silently. The limit applies to
every body whatever its Content-Type: a server that labels a page ``text/plain`` or
``application/xml`` still gets it parsed as an article. Only requests that ask for a
whole XML document (``WHOLE_BODY_META``: feeds, sitemaps, set by the spider, never by
the server) are exempt; those have their own bounds below.

Feeds and sitemaps are parsed with entity expansion, DTD loading and network access off
(``spiders.base._XML_PARSER``, Scrapy's ``Sitemap``), so billion-laughs and XXE payloads
cannot expand or read files. On top of that, a document whose internal DTD declares
entities is refused outright (``declares_entities``): no news feed needs one, and
libxml2's recovery would otherwise silently drop the entries after the payload.
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

logger = logging.getLogger(__name__)

TRUNCATED_META = "html_truncated_from"
#: Request meta key: the body is an XML document (feed, sitemap) read whole.
WHOLE_BODY_META = "whole_xml_document"
ERROR_CODE = "html_truncated"
DEFAULT_HTML_MAXSIZE = 2 * 1024 * 1024


def cut_body(body: bytes, limit: int) -> bytes:
    """``body`` cut to at most ``limit`` bytes, never inside a UTF-8 character.

    A cut through a two-byte Persian letter leaves a broken sequence that decodes to
    U+FFFD, and the mojibake check then rejects the whole page as garbled. Continuation
    bytes (``0b10xxxxxx``) at the cut are given back, at most three (in a single-byte
    charset such as windows-1256 that drops up to three letters of a cut page).
    """
    if len(body) <= limit:
        return body
    end = limit
    while end > limit - 3 and end > 0 and 0x80 <= body[end] <= 0xBF:
        end -= 1
    return body[:end]


# Encodings libxml2 recognises by their first bytes (with or without a BOM).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _xml_text(body: bytes) -> str:
    """The document as the parser will read it: BOM or byte pattern, then declaration.

    An unknown or ASCII-compatible declared encoding is read as latin-1, which keeps
    every ASCII markup character where it is.
    """
    for signature, encoding in _SIGNATURES:
        if body.startswith(signature):
            return body.decode(encoding, errors="replace")
    declared = _DECLARED_ENCODING.match(body)
    if declared:
        try:
            return body.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return body.decode("latin-1")


def _skip(text: str, start: int, end_mark: str) -> int:
    """Index after ``end_mark`` found from ``start`` (the end of the text if never)."""
    end = text.find(end_mark, start)
    return len(text) if end < 0 else end + len(end_mark)


def _subset_declares_entities(text: str, i: int) -> bool:
    """Scan an internal DTD subset from just after its ``[`` to its closing ``]``.

    Comments, processing instructions and quoted literals are skipped whole, so a
    ``]>`` inside them does not end the subset early.
    """
    n = len(text)
    while i < n:
        char = text[i]
        if char == "]":
            return False
        if text.startswith("<!--", i):
            i = _skip(text, i + 4, "-->")
        elif text.startswith("<?", i):
            i = _skip(text, i + 2, "?>")
        elif text[i : i + 8].upper() == "<!ENTITY":
            return True
        elif char in "\"'":
            i = _skip(text, i + 1, char)
        else:
            i += 1
    return False


def declares_entities(body: bytes) -> bool:
    """True when an XML document's internal DTD subset declares entities.

    The whole prolog is read, whatever its length (a DOCTYPE may follow a long comment)
    and whatever its encoding (UTF-16/32 with or without a BOM, a declared charset).
    """
    text = _xml_text(body)
    i, n = 0, len(text)
    while i < n:
        i = text.find("<", i)
        if i < 0:
            return False
        if text.startswith("<!--", i):
            i = _skip(text, i + 4, "-->")
        elif text.startswith("<?", i):
            i = _skip(text, i + 2, "?>")
        elif text[i : i + 9].upper() == "<!DOCTYPE":
            i += 9
            while i < n and text[i] not in "[>":  # name and external id
                if text[i] in "\"'":
                    i = _skip(text, i + 1, text[i])
                else:
                    i += 1
            return i < n and text[i] == "[" and _subset_declares_entities(text, i + 1)
        else:
            return False  # the root element: the prolog is over
    return False


class HtmlSizeLimitMiddleware:
    """Downloader middleware (585: after decompression at 590, before meta refresh)."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.limit = crawler.settings.getint("HTML_MAXSIZE", DEFAULT_HTML_MAXSIZE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HtmlSizeLimitMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if not self.limit or request.meta.get(WHOLE_BODY_META):
            return response
        size = len(response.body)
        if size <= self.limit:
            return response
        request.meta[TRUNCATED_META] = size
        self.stats.inc_value("limits/html_truncated")
        logger.warning(
            "Body of %s is %d bytes, cut to HTML_MAXSIZE (%d)", request.url, size, self.limit
        )
        return response.replace(body=cut_body(response.body, self.limit))


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
