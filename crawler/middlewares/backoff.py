"""Retries with backoff: a struggling site is given time, not hammered again at once.

Scrapy's ``RetryMiddleware`` re-queues a failed request immediately, and AutoThrottle
does not slow down on fast error answers (a 503 or 429 comes back quickly, so its
latency looks healthy). This subclass keeps Scrapy's retry logic (which codes and
exceptions, how many times, the give-up log) and adds the waiting: each retry raises
the delay of the site's download slot to ``RETRY_BACKOFF_BASE * 2**attempt`` seconds,
or to what the server asked for in ``Retry-After``, never above ``RETRY_BACKOFF_MAX``.
The whole site slows down, since every request to it would meet the same trouble;
successful answers halve the raised delay again until it is back where it started.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware

if TYPE_CHECKING:
    from scrapy.http import Response

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


def backoff_delay(attempt: int, base: float, cap: float, asked: float | None = None) -> float:
    """The wait before retry number ``attempt + 1``: exponential, or what was asked."""
    return min(cap, max(base * 2**attempt, asked or 0.0))


class BackoffRetryMiddleware(RetryMiddleware):
    """``RetryMiddleware`` whose retries wait (see the module doc)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX")
        # Slot key -> the delay it had before we raised it.
        self._raised: dict[str, float] = {}

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            self._back_off(request, retry_after_seconds(response.headers.get(b"Retry-After")))
        elif 200 <= response.status < 300:
            self._recover(request)
        return result

    def process_exception(
        self, request: Request, exception: Exception, spider: Any = None
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            self._back_off(request, None)
        return result

    def _slot(self, request: Request) -> tuple[str | None, Any]:
        engine = getattr(self.crawler, "engine", None)
        key = request.meta.get("download_slot")
        if engine is None or key is None:
            return key, None
        return key, engine.downloader.slots.get(key)

    def _back_off(self, request: Request, asked: float | None) -> None:
        key, slot = self._slot(request)
        if slot is None or self.cap <= 0:
            return
        delay = backoff_delay(request.meta.get("retry_times", 0), self.base, self.cap, asked)
        if delay <= slot.delay:
            return
        self._raised.setdefault(key, slot.delay)
        slot.delay = delay
        stats = self.crawler.stats
        stats.inc_value("retry/backoff")
        stats.max_value("retry/backoff_max_delay", round(delay, 3))
        logger.info("Backing off %s: %.1f s between requests (retrying %s)", key, delay, request)

    def _recover(self, request: Request) -> None:
        key, slot = self._slot(request)
        if slot is None or key not in self._raised:
            return
        original = self._raised[key]
        slot.delay = max(original, slot.delay / 2)
        if slot.delay <= original:
            del self._raised[key]
