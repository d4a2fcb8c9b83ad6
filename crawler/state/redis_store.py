"""The "already emitted" store in Redis, shared by every worker on every machine.

Same interface and semantics as ``crawler.state.SQLiteStateStore`` (the embedded
default), so the incremental middleware, the duplicate pipeline and the feed pipeline
do not know which one they use. Every write that reads before it writes is one Lua
script, so two workers marking the same article at the same moment cannot interleave
(Redis runs a script atomically); plain reads are single commands.

Keys (``REDIS_STATE_KEY`` is the prefix, ``crawler:state`` by default):

- ``<prefix>:emitted`` hash, canonical URL -> JSON ``{"o": outlet, "u": url, "f": fp}``;
- ``<prefix>:failed`` hash, canonical URL -> JSON ``{"o", "u", "r": reason, "a": attempts}``;
- ``<prefix>:failed:<outlet>`` sorted set of failed canonical URLs, scored by time;
- ``<prefix>:fp:<content fingerprint>`` sorted set of canonical URLs emitted with that
  title and body, scored by time (the oldest is the original of a republished story).

Scripts build key names from the prefix, so the store needs a single Redis server
(or a Redis Cluster with a hash tag in the prefix, e.g. ``{crawler}:state``).
Times come from the Redis server (``TIME``), not the workers, so clock skew between
machines cannot reorder "which URL carried the story first".
"""

from __future__ import annotations

import json
import logging
from typing import Any

from scrapy.settings import BaseSettings

from crawler.state.store import SETTLED_REASONS
from crawler.urls import without_userinfo

logger = logging.getLogger(__name__)

DEFAULT_PREFIX = "crawler:state"

# ARGV: prefix, canonical, outlet, url, fingerprint ("" = none).
# Returns 1 when the article was not emitted before (this caller emitted it first).
_MARK_EMITTED = """
local prefix, canonical, outlet, url, fp = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local emitted = prefix .. ':emitted'
local old = redis.call('HGET', emitted, canonical)
if old then
  local previous = cjson.decode(old)
  if previous.f and previous.f ~= '' and previous.f ~= fp then
    redis.call('ZREM', prefix .. ':fp:' .. previous.f, canonical)
  end
end
redis.call('HSET', emitted, canonical, cjson.encode({o = outlet, u = url, f = fp}))
if fp ~= '' then
  redis.call('ZADD', prefix .. ':fp:' .. fp, now, canonical)
end
local failed = redis.call('HGET', prefix .. ':failed', canonical)
if failed then
  redis.call('ZREM', prefix .. ':failed:' .. cjson.decode(failed).o, canonical)
  redis.call('HDEL', prefix .. ':failed', canonical)
end
if old then return 0 end
return 1
"""

# ARGV: prefix, canonical, outlet, url, reason. An emitted article stays emitted.
_MARK_FAILED = """
local prefix, canonical, outlet, url, reason = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
if redis.call('HEXISTS', prefix .. ':emitted', canonical) == 1 then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local attempts = 1
local old = redis.call('HGET', prefix .. ':failed', canonical)
if old then
  local previous = cjson.decode(old)
  attempts = (tonumber(previous.a) or 0) + 1
  outlet = previous.o
  url = previous.u
end
redis.call('HSET', prefix .. ':failed', canonical,
  cjson.encode({o = outlet, u = url, r = reason, a = attempts}))
redis.call('ZADD', prefix .. ':failed:' .. outlet, now, canonical)
return attempts
"""


class RedisUnavailableError(RuntimeError):
    """Redis cannot be reached: the run must stop at once, not hang or crawl unshared."""


def redis_client(settings: BaseSettings) -> Any:
    """A client for ``REDIS_URL`` with scrapy-redis's parameters (``REDIS_PARAMS``).

    The same factory scrapy-redis's scheduler and dupefilter use, so one setting
    configures every connection (timeouts, password, TLS).
    """
    from scrapy_redis.connection import get_redis_from_settings

    return get_redis_from_settings(settings)


def ping(client: Any, url: str) -> None:
    """Fail with a clear message (not a traceback deep in a scheduler) when Redis is down."""
    import redis

    try:
        client.ping()
    except redis.RedisError as exc:
        message = (
            f"Redis is unreachable at {redact(url)}: {str(exc).rstrip('.')}. Start "
            "redis-server, check REDIS_URL (host, port, password) and the firewall, or "
            "unset REDIS_URL to crawl with the embedded SQLite state."
        )
        logger.error("%s", message)
        raise RedisUnavailableError(message) from None


def redact(url: str) -> str:
    """``url`` without its password, for messages and logs."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:***@" if parts.username else ":***@"
    return urlunsplit(parts._replace(netloc=user + netloc))


class RedisStateStore:
    """``StateStore`` on Redis: a story is emitted once across all workers and runs."""

    def __init__(self, client: Any, prefix: str = DEFAULT_PREFIX) -> None:
        self.client = client
        self.prefix = prefix
        self._mark_emitted = client.register_script(_MARK_EMITTED)
        self._mark_failed = client.register_script(_MARK_FAILED)

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> RedisStateStore:
        client = redis_client(settings)
        ping(client, settings.get("REDIS_URL") or "redis")
        return cls(client, settings.get("REDIS_STATE_KEY") or DEFAULT_PREFIX)

    def _key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def is_emitted(self, canonical: str) -> bool:
        return bool(self.client.hexists(self._key("emitted"), canonical))

    def mark_emitted(self, canonical: str, outlet: str, url: str, fingerprint: str | None) -> None:
        """Record the article as emitted (and no longer failed).

        The script also answers whether this call was the first to emit the article;
        that is logged (a second emission means the shared duplicate filter was
        bypassed, e.g. by ``REFRESH``) rather than returned, so the ``StateStore``
        protocol stays the one SQLite implements.
        """
        first = self._mark_emitted(
            args=[self.prefix, canonical, outlet, without_userinfo(url), fingerprint or ""]
        )
        if not int(first):
            logger.debug("Emitted again: %s", canonical)

    def mark_failed(self, canonical: str, outlet: str, url: str, reason: str) -> None:
        self._mark_failed(args=[self.prefix, canonical, outlet, without_userinfo(url), reason])

    def failed_urls(self, outlet: str, max_attempts: int = 0) -> list[str]:
        """As ``SQLiteStateStore.failed_urls``: settled reasons and capped ones left out."""
        canonicals = self.client.zrange(self._key("failed", outlet), 0, -1)
        if not canonicals:
            return []
        rows = [
            json.loads(row) for row in self.client.hmget(self._key("failed"), canonicals) if row
        ]
        return [
            row["u"]
            for row in rows
            if row.get("r") not in SETTLED_REASONS
            and (not max_attempts or int(row.get("a") or 0) < max_attempts)
        ]

    def duplicate_of(self, canonical: str, fingerprint: str | None) -> str | None:
        if fingerprint is None:
            return None
        # The two oldest are enough: at most one of them is this article itself.
        for other in self.client.zrange(self._key("fp", fingerprint), 0, 1):
            other = other.decode() if isinstance(other, bytes) else other
            if other == canonical:
                continue
            row = self.client.hget(self._key("emitted"), other)
            if row:
                return json.loads(row)["u"]
        return None

    def close(self) -> None:
        self.client.close()
