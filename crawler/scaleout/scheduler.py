"""Scale-out mode: several worker processes on several machines share one crawl via Redis.

``REDIS_URL`` is the only switch. The ``RedisMode`` add-on (``ADDONS``) then replaces the
local scheduler and duplicate filter with scrapy-redis's (a Redis-backed request queue
and fingerprint set shared by all workers), and ``crawler.state.open_store`` uses
``crawler.state.redis_store.RedisStateStore``; spiders, pipelines and commands are unchanged.

Why the thin subclasses of scrapy-redis below instead of its classes as they are
(checked against scrapy-redis 0.9.1 and Scrapy 2.19):

- **Fingerprints.** ``scrapy_redis.dupefilter.RFPDupeFilter`` computes its own
  fingerprint (method, canonicalised URL, body) and ignores
  ``REQUEST_FINGERPRINTER_CLASS``; ``CanonicalRedisDupeFilter`` uses the crawler's
  fingerprinter (``crawler.urls.CanonicalRequestFingerprinter``), so the ``www.`` and
  slugged spellings of one article are one fingerprint across all workers.
- **Nothing lost when a worker is killed.** scrapy-redis pops a request and forgets it:
  a worker killed with SIGKILL loses every request it was downloading or parsing
  (they are already in the shared fingerprint set, so nobody fetches them again).
  ``RedisScheduler`` pops and records the request as "in flight" under the worker's
  id in one Lua script, deletes the record only once Scrapy is done with the request
  (response parsed, items through the pipelines and on disk, child requests queued),
  and keeps a heartbeat; any live worker puts the in-flight requests of a worker whose
  heartbeat stopped back into the queue. An article emitted meanwhile is dropped when
  popped, so a requeued request is never emitted twice.
- **Runs.** With ``SCHEDULER_PERSIST`` the fingerprint set would live forever, and the
  next cron run could fetch no listing page again and never retry a failed article.
  The fingerprint set belongs to one run: a worker that starts when no worker is
  alive and nothing is queued or in flight starts a new run (clears it); a killed run
  is resumed instead. Articles already emitted are skipped by the state store
  (``crawler.middlewares.incremental``), not by the fingerprint set.
- **No pickle from the network.** scrapy-redis stores requests pickled by default;
  anyone who can write to Redis could then run code on every worker. Requests are
  stored as JSON (``JsonRequestSerializer``); callbacks are spider method names
  (``Request.to_dict``), which round-trips ``parse_article``, ``parse_listing``,
  ``on_article_error``...
- **Start URLs and idle close.** ``RedisSpider`` would mean changing every spider's
  base class and uses the ``start_requests`` API; instead the scheduler reads
  scrapy-redis's ``<spider>:start_urls`` list (``REDIS_START_URLS_KEY``) when the
  worker is idle, routes each URL by the spider's URL patterns, and closes the
  worker after ``MAX_IDLE_TIME_BEFORE_CLOSE`` seconds with an empty queue, nothing in
  flight anywhere and no seeds. (``SCHEDULER_IDLE_BEFORE_CLOSE`` is not used: it
  blocks the reactor in ``BRPOP`` and does nothing with the priority queue.)
"""

from __future__ import annotations

import base64
import itertools
import json
import logging
import os
import secrets
import socket
import threading
import time
from collections import deque
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.settings import BaseSettings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler.state.redis_store import RedisUnavailableError, ping, redact, redis_client

logger = logging.getLogger(__name__)

#: Connection defaults: a down server is reported in seconds, not after 30 s or never.
DEFAULT_REDIS_PARAMS: dict[str, Any] = {
    "socket_connect_timeout": 3,
    "socket_timeout": 30,
    "retry_on_timeout": True,
    "health_check_interval": 30,
}
#: Settings the add-on applies when REDIS_URL is set (project settings still win).
MODE_SETTINGS: dict[str, Any] = {
    "SCHEDULER": "crawler.scaleout.scheduler.RedisScheduler",
    "DUPEFILTER_CLASS": "crawler.scaleout.scheduler.CanonicalRedisDupeFilter",
    "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
    "SCHEDULER_PERSIST": True,
}
#: Defaults of this mode's own settings (used when not set anywhere).
MODE_DEFAULTS: dict[str, Any] = {
    # A worker closes after this many seconds with nothing queued, in flight or seeded
    # (0: wait for seeds forever, scrapy-redis's behaviour).
    "MAX_IDLE_TIME_BEFORE_CLOSE": 15,
    # A worker whose heartbeat is older than this is dead: its requests are requeued.
    "REDIS_WORKER_TTL": 30,
    "REDIS_START_URLS_KEY": "%(name)s:start_urls",
}
WORKERS_KEY = "%(spider)s:workers"
INFLIGHT_KEY = "%(spider)s:inflight"


class RedisMode:
    """Add-on (``ADDONS``): switches to the scrapy-redis scheduler when REDIS_URL is set.

    It also checks that Redis answers, so a run with Redis down exits at once with a
    clear message instead of failing later inside the scheduler or hanging.
    """

    def update_settings(self, settings: BaseSettings) -> None:
        url = settings.get("REDIS_URL")
        if not url:
            return
        params = {**DEFAULT_REDIS_PARAMS, **settings.getdict("REDIS_PARAMS")}
        priority = max(settings.getpriority("REDIS_PARAMS") or 0, 15)
        settings.set("REDIS_PARAMS", params, priority=priority)
        for name, value in MODE_SETTINGS.items():
            settings.set(name, value, priority="addon")
        for name, value in MODE_DEFAULTS.items():
            if settings.get(name) is None:
                settings.set(name, value, priority="addon")
        ping(redis_client(settings), url)
        logger.info("Scale-out mode: shared queue, duplicate filter and state in %s", redact(url))


class JsonRequestSerializer:
    """Requests in Redis as JSON, never pickle (Redis content must not run code).

    ``bytes`` (headers, body) become ``{"$b": base64}``; dicts with keys other than
    strings (headers) become ``{"$d": [[key, value], ...]}``. Anything else that JSON
    cannot hold is refused when the request is queued, with its type in the message.
    """

    def dumps(self, obj: Any) -> bytes:
        return json.dumps(_encode(obj), ensure_ascii=False, separators=(",", ":")).encode()

    def loads(self, data: bytes | str) -> Any:
        return _decode(json.loads(data))


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (bytes, bytearray)):
        return {"$b": base64.b64encode(value).decode()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and not {"$b", "$d"} & set(value):
            return {k: _encode(v) for k, v in value.items()}
        return {"$d": [[_encode(k), _encode(v)] for k, v in value.items()]}
    raise TypeError(f"a {type(value).__name__} cannot be stored in the Redis queue: {value!r}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"$b"}:
            return base64.b64decode(value["$b"])
        if set(value) == {"$d"}:
            return {_hashable(_decode(k)): _decode(v) for k, v in value["$d"]}
        return {k: _decode(v) for k, v in value.items()}
    return value


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key


class CanonicalRedisDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared fingerprint set, keyed by the crawler's fingerprinter."""

    def __init__(self, server: Any, key: str, debug: bool = False, fingerprinter: Any = None):
        super().__init__(server, key, debug)
        self.fingerprinter = fingerprinter

    @classmethod
    def from_spider(cls, spider: Spider) -> CanonicalRedisDupeFilter:
        crawler = spider.crawler
        key = crawler.settings.get("SCHEDULER_DUPEFILTER_KEY") or "%(spider)s:dupefilter"
        return cls(
            redis_client(crawler.settings),
            key=key % {"spider": spider.name},
            debug=crawler.settings.getbool("DUPEFILTER_DEBUG"),
            fingerprinter=crawler.request_fingerprinter,
        )

    def request_fingerprint(self, request: Request) -> str:
        if self.fingerprinter is None:
            return super().request_fingerprint(request)
        return self.fingerprinter.fingerprint(request).hex()


# KEYS: queue (zset), inflight (hash). ARGV: token. Pops the best request and records
# it as in flight under the token, atomically (a kill cannot fall between the two).
_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('HSET', KEYS[2], ARGV[1], r[2] .. '|' .. r[1])
return r[1]
"""

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: workers (zset id -> heartbeat expiry, ms), queue, inflight, dupefilter.
# ARGV: worker id, ttl (ms). Returns 1 when this worker starts a new run.
_REGISTER = (
    _NOW
    + """
local fresh = 0
if redis.call('ZCOUNT', KEYS[1], now, '+inf') == 0 and redis.call('ZCARD', KEYS[2]) == 0
   and redis.call('HLEN', KEYS[3]) == 0 then
  redis.call('DEL', KEYS[4], KEYS[1])
  fresh = 1
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return fresh
"""
)

# KEYS: workers. ARGV: worker id, ttl (ms). Returns 0 if the worker had been given up
# for dead (its requests were requeued meanwhile).
_HEARTBEAT = (
    _NOW
    + """
local known = redis.call('ZSCORE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
if known then return 1 end
return 0
"""
)

# KEYS: workers, queue, inflight. Requeues the in-flight requests of workers whose
# heartbeat expired (or that are not registered at all) and forgets those workers.
_REAP = (
    _NOW
    + """
local requeued = 0
local entries = redis.call('HGETALL', KEYS[3])
for i = 1, #entries, 2 do
  local field = entries[i]
  local worker = string.match(field, '^(.*)#[^#]*$') or field
  local expiry = redis.call('ZSCORE', KEYS[1], worker)
  if not expiry or tonumber(expiry) < now then
    local value = entries[i + 1]
    local sep = string.find(value, '|', 1, true)
    redis.call('ZADD', KEYS[2], tonumber(string.sub(value, 1, sep - 1)), string.sub(value, sep + 1))
    redis.call('HDEL', KEYS[3], field)
    requeued = requeued + 1
  end
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. now)
return requeued
"""
)

# KEYS: workers, queue, inflight, dupefilter. ARGV: worker id. Returns 1 when this
# was the last worker of a finished run (the fingerprint set is then cleared).
_DEREGISTER = (
    _NOW
    + """
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('ZCOUNT', KEYS[1], now, '+inf') == 0 and redis.call('ZCARD', KEYS[2]) == 0
   and redis.call('HLEN', KEYS[3]) == 0 then
  redis.call('DEL', KEYS[4], KEYS[1])
  return 1
end
return 0
"""
)


def _engine_slot(crawler: Crawler) -> Any:
    """The engine's slot: its ``inprogress`` set says which requests Scrapy still works on.

    Scrapy has no public "request finished" hook; the slot holds a request from the
    moment it leaves the scheduler until its response is parsed and its items are
    through the pipelines, which is exactly when it may leave the in-flight record.
    """
    engine = crawler.engine
    slot = getattr(engine, "_slot", None) or getattr(engine, "slot", None)
    if slot is None or not hasattr(slot, "inprogress") or not hasattr(slot, "nextcall"):
        raise RuntimeError(
            "crawler.scaleout.scheduler.RedisScheduler needs the engine slot's 'inprogress' set; "
            "this Scrapy version lacks it (tested with Scrapy 2.19)"
        )
    return slot


def worker_id() -> str:
    """``host:pid:random``: unique even when a pid is reused after a restart."""
    host = socket.gethostname().replace("#", "_")
    return f"{host}:{os.getpid()}:{secrets.token_hex(3)}"


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler, plus in-flight tracking, runs, seeds and idle close."""

    crawler: Crawler
    spider: Spider

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        settings = crawler.settings
        ping(redis_client(settings), settings.get("REDIS_URL") or "redis")
        instance = cls.from_settings(settings)
        instance.stats = crawler.stats
        instance.crawler = crawler
        instance.worker = worker_id()
        instance.ttl = max(settings.getfloat("REDIS_WORKER_TTL", 30), 1.0)
        instance.idle_close = settings.getfloat("MAX_IDLE_TIME_BEFORE_CLOSE", 15)
        instance.start_urls_key = settings.get("REDIS_START_URLS_KEY") or "%(name)s:start_urls"
        instance.seed_batch = settings.getint("CONCURRENT_REQUESTS", 16)
        instance.refresh = settings.getbool("REFRESH")
        instance.incremental = settings.getbool("INCREMENTAL")
        if instance.serializer is None:
            instance.serializer = JsonRequestSerializer()
        return instance

    # --- lifecycle -------------------------------------------------------------------

    def open(self, spider: Spider) -> None:
        super().open(spider)
        if not isinstance(self.queue, PriorityQueue):
            raise ValueError("RedisScheduler needs SCHEDULER_QUEUE_CLASS PriorityQueue")
        self._slot = _engine_slot(self.crawler)
        names = {"spider": spider.name}
        self.workers_key = self.crawler.settings.get("REDIS_WORKERS_KEY", WORKERS_KEY) % names
        self.inflight_key = self.crawler.settings.get("REDIS_INFLIGHT_KEY", INFLIGHT_KEY) % names
        self.seeds_key = self.start_urls_key % {"name": spider.name}
        self._inflight: dict[str, Request] = {}
        self._local: deque[Request] = deque()
        self._seq = itertools.count()
        self._idle_since: float | None = None
        self._pop = self.server.register_script(_POP)
        self._heartbeat = self.server.register_script(_HEARTBEAT)
        self._reap_script = self.server.register_script(_REAP)
        keys = [self.workers_key, self.queue.key, self.inflight_key, self.df.key]
        fresh = self.server.register_script(_REGISTER)(keys=keys, args=[self.worker, self._ms])
        logger.info(
            "Worker %s %s run of %s (queue %s: %d request(s))",
            self.worker,
            "starts a new" if int(fresh) else "joins the current",
            spider.name,
            self.queue.key,
            len(self.queue),
        )
        self._reap()
        # The heartbeat runs in a thread: CPU-heavy pipelines may block the reactor for
        # seconds, and a busy worker must not be taken for a dead one.
        self._stop = threading.Event()
        self._heart = threading.Thread(
            target=self._heartbeat_loop, name="redis-heartbeat", daemon=True
        )
        self._heart.start()
        self._beat = task.LoopingCall(self._tick)
        self._beat.start(min(1.0, self.ttl / 4), now=False)
        self.crawler.signals.connect(self._spider_idle, signal=signals.spider_idle)

    def close(self, reason: str) -> None:
        """Hand back unfinished requests, leave the worker set, end the run if last."""
        if getattr(self, "_beat", None) is not None and self._beat.running:
            self._beat.stop()
        if getattr(self, "_heart", None) is not None:
            self._stop.set()
            self._heart.join(timeout=10)
        if not hasattr(self, "_inflight"):
            return  # open() failed
        self._release_done()
        for token, request in list(self._inflight.items()):
            self.queue.push(request)
            self.server.hdel(self.inflight_key, token)
        self._inflight.clear()
        keys = [self.workers_key, self.queue.key, self.inflight_key, self.df.key]
        last = self.server.register_script(_DEREGISTER)(keys=keys, args=[self.worker])
        if int(last):
            logger.info("Last worker of the run: queue empty, duplicate filter cleared")
        else:
            logger.info("Worker %s left; %d request(s) remain queued", self.worker, len(self))

    @property
    def _ms(self) -> int:
        return int(self.ttl * 1000)

    # --- queue -----------------------------------------------------------------------

    def enqueue_request(self, request: Request) -> bool:
        """scrapy-redis's, except for start pages and its deprecated ``inc_value`` call.

        Every worker fetches its spider's own start pages (listings, feeds, sitemaps)
        itself, from a local queue, even when another worker already did in this run:
        a few pages per worker, and each worker's run summary then still shows whether
        the site is reachable from its machine. What they link to goes through the
        shared filter and queue as usual. (A killed worker's start pages need no
        rescue: its restart yields them again.)
        """
        if self._own_start_page(request):
            self._local.append(request)
            return True
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.queue.push(request)
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def _own_start_page(self, request: Request) -> bool:
        if not request.meta.get("is_start_request"):
            return False
        is_article = getattr(self.spider, "is_article_url", None)
        return not (is_article is not None and is_article(request.url))

    def has_pending_requests(self) -> bool:
        return bool(self._local) or len(self.queue) > 0

    def next_request(self) -> Request | None:
        if self._local:
            return self._local.popleft()
        while True:
            token = f"{self.worker}#{next(self._seq)}"
            data = self._pop(keys=[self.queue.key, self.inflight_key], args=[token])
            if data is None:
                return None
            try:
                request = self.queue._decode_request(data)
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                logger.error("Dropped an unreadable request from %s: %s", self.queue.key, exc)
                self.server.hdel(self.inflight_key, token)
                continue
            if self._already_emitted(request):
                self.server.hdel(self.inflight_key, token)
                if self.stats:
                    self.stats.inc_value("scheduler/redis/skipped_emitted")
                continue
            self._inflight[token] = request
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
            return request

    def _already_emitted(self, request: Request) -> bool:
        """An article emitted since it was queued (a requeued request) is not fetched."""
        spider = self.spider
        if self.refresh or not self.incremental or not hasattr(spider, "is_article_url"):
            return False
        if not spider.is_article_url(request.url):
            return False
        from crawler.state import open_store

        return open_store(self.crawler.settings).is_emitted(spider.canonical_url(request.url))

    def _release_done(self) -> None:
        """Forget the in-flight records of requests Scrapy has finished with."""
        done = [t for t, r in self._inflight.items() if r not in self._slot.inprogress]
        if done:
            self.server.hdel(self.inflight_key, *done)
            for token in done:
                del self._inflight[token]

    def _reap(self) -> None:
        keys = [self.workers_key, self.queue.key, self.inflight_key]
        requeued = int(self._reap_script(keys=keys))
        if requeued:
            logger.warning("Requeued %d request(s) of worker(s) that stopped", requeued)
            if self.stats:
                self.stats.inc_value("scheduler/redis/requeued_from_dead", requeued)

    def _heartbeat_loop(self) -> None:
        """Keep this worker's entry alive in the worker set until it closes."""
        import redis

        while not self._stop.wait(min(1.0, self.ttl / 4)):
            try:
                keys = [self.workers_key]
                alive = int(self._heartbeat(keys=keys, args=[self.worker, self._ms]))
            except redis.RedisError as exc:
                logger.error("Redis heartbeat failed: %s", exc)
                continue
            if not alive:
                logger.error(
                    "Worker %s was given up for dead (no heartbeat for REDIS_WORKER_TTL); "
                    "its requests were requeued and may be fetched twice",
                    self.worker,
                )

    def _tick(self) -> None:
        """Release finished requests, rescue dead workers' work, poll the shared queue."""
        import redis

        try:
            self._release_done()
            self._reap()
        except redis.RedisError as exc:
            logger.error("Redis heartbeat failed: %s", exc)
            return
        # Pick up requests other workers queued without waiting for the engine's 5 s beat.
        self._slot.nextcall.schedule()

    # --- seeds and idle close --------------------------------------------------------

    def _spider_idle(self, spider: Spider) -> None:
        """Keep the worker up while the crawl (on any worker) may still produce work."""
        if self._schedule_seeds():
            self._idle_since = None
            raise DontCloseSpider
        self._release_done()
        if len(self.queue) or self.server.hlen(self.inflight_key):
            self._idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self._idle_since is None:
            self._idle_since = now
        if self.idle_close <= 0 or now - self._idle_since < self.idle_close:
            raise DontCloseSpider
        logger.info("Queue empty for %.0f s: worker %s closes", now - self._idle_since, self.worker)

    def _schedule_seeds(self) -> int:
        """Start URLs pushed to ``<spider>:start_urls`` (plain URL or scrapy-redis JSON)."""
        with self.server.pipeline() as pipe:
            pipe.lrange(self.seeds_key, 0, self.seed_batch - 1)
            pipe.ltrim(self.seeds_key, self.seed_batch, -1)
            entries, _ = pipe.execute()
        count = 0
        for entry in entries:
            request = seed_request(self.spider, entry)
            if request is None:
                logger.warning("Ignored seed (no URL): %r", entry)
                continue
            self.crawler.engine.crawl(request)
            count += 1
        if count:
            logger.info("Scheduled %d seed URL(s) from %s", count, self.seeds_key)
            if self.stats:
                self.stats.inc_value("scheduler/redis/seeds", count)
        return count


def seed_request(spider: Spider, entry: bytes | str) -> Request | None:
    """The request for one seed, routed by the spider's URL patterns.

    Article URLs go to ``parse_article`` (through the duplicate filter, and skipped if
    already emitted); feeds (the spider's ``feed_urls`` or ``rss``/``feed``/``atom`` in
    the path) to ``parse_feed``; sitemaps to ``parse_sitemap``; anything else is a
    listing (``parse_listing``, pagination followed), fetched even if already seen in
    this run because seeding a listing means "look again".
    """
    text = entry.decode() if isinstance(entry, bytes) else entry
    text = text.strip()
    meta: dict[str, Any] = {}
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return None
        if not isinstance(data, dict):
            return None
        url = data.get("url")
        meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    else:
        url = text
    if not url or not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    if not hasattr(spider, "parse_listing"):
        return Request(url, dont_filter=True, meta=meta)
    lower = url.lower()
    if spider.is_article_url(url):
        return Request(url, spider.parse_article, errback=spider.on_article_error, meta=meta)
    if url in getattr(spider, "sitemap_urls", ()) or "sitemap" in lower:
        return Request(url, spider.parse_sitemap, errback=spider.on_listing_error, meta=meta)
    if url in getattr(spider, "feed_urls", ()) or any(
        w in lower for w in ("/rss", "/feed", "atom")
    ):
        return Request(
            url, spider.parse_feed, errback=spider.on_listing_error, dont_filter=True, meta=meta
        )
    return Request(
        url,
        spider.parse_listing,
        errback=spider.on_listing_error,
        dont_filter=True,
        meta={"page": 1, **meta},
    )


__all__ = [
    "CanonicalRedisDupeFilter",
    "JsonRequestSerializer",
    "RedisMode",
    "RedisScheduler",
    "RedisUnavailableError",
    "seed_request",
]
