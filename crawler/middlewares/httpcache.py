"""Scrapy's filesystem HTTP cache without credentials in its files.

README recommends the cache for re-extraction (``HTTPCACHE_ENABLED``), and Scrapy's
``FilesystemCacheStorage`` writes every request's and response's headers in plain
text: ``Authorization``, cookies and API keys from ``DEFAULT_REQUEST_HEADERS``, a
site's ``Set-Cookie``. This storage (``HTTPCACHE_STORAGE``) drops those headers before
writing; replaying needs only the body, status and the other headers.
"""

from __future__ import annotations

from typing import Any

from scrapy.extensions.httpcache import FilesystemCacheStorage
from scrapy.http import Headers, Request, Response

from crawler.extensions.redact import is_secret_header


def without_secret_headers(headers: Headers) -> Headers:
    """A copy of ``headers`` without the ones that carry credentials."""
    return Headers({k: v for k, v in headers.items() if not is_secret_header(k)})


class SecretFreeCacheStorage(FilesystemCacheStorage):
    """``FilesystemCacheStorage`` that never writes secret headers to disk."""

    def store_response(self, spider: Any, request: Request, response: Response) -> None:
        # The cache key is the request fingerprint (URL), computed before the copy, so
        # stripped headers do not change where the entry is found.
        clean_request = request.replace(headers=without_secret_headers(request.headers))
        clean_response = response.replace(headers=without_secret_headers(response.headers))
        super().store_response(spider, clean_request, clean_response)
