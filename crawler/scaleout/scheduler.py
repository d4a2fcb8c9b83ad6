"""The scheduler shared by every worker: a Redis queue that loses nothing when one dies.

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
- **Start URLs and idle close.** ``RedisSpider`` would mean changing every spider's
  base class and uses the ``start_requests`` API; instead the scheduler reads
  scrapy-redis's ``<spider>:start_urls`` list (``REDIS_START_URLS_KEY``) when the
  worker is idle, routes each URL by the spider's URL patterns, and closes the
  worker after ``MAX_IDLE_TIME_BEFORE_CLOSE`` seconds with an empty queue, nothing in
  flight anywhere and no seeds. (``SCHEDULER_IDLE_BEFORE_CLOSE`` is not used: it
  blocks the reactor in ``BRPOP`` and does nothing with the priority queue.)

The Redis scripts it runs are in ``lua/`` (each runs atomically in Redis).
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import secrets
import socket
import threading
import time
from collections import deque
from functools import cache
from pathlib import Path
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler.scaleout.serializer import JsonRequestSerializer
from crawler.state.redis_store import ping, redis_client

logger = logging.getLogger(__name__)

LUA = Path(__file__).with_name("lua")
WORKERS_KEY = "%(spider)s:workers"
INFLIGHT_KEY = "%(spider)s:inflight"


@cache
def lua(name: str) -> str:
    """The script ``lua/<name>.lua``; all but ``pop`` start with ``now.lua`` (server time)."""
    body = (LUA / f"{name}.lua").read_text(encoding="utf-8")
    return body if name == "pop" else (LUA / "now.lua").read_text(encoding="utf-8") + body


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
        self._pop = self.server.register_script(lua("pop"))
        self._heartbeat = self.server.register_script(lua("heartbeat"))
        self._reap_script = self.server.register_script(lua("reap"))
        keys = [self.workers_key, self.queue.key, self.inflight_key, self.df.key]
        fresh = self.server.register_script(lua("register"))(
            keys=keys, args=[self.worker, self._ms]
        )
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
        last = self.server.register_script(lua("deregister"))(keys=keys, args=[self.worker])
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
    """The request for one seed: a plain URL or scrapy-redis JSON (``url``, ``meta``,
    optionally ``kind``), routed by the spider's own ``request_for``.

    A seeded listing or feed is fetched even if already seen in this run, because
    seeding it means "look again"; articles go through the duplicate filter (and are
    skipped if already emitted).
    """
    text = entry.decode() if isinstance(entry, bytes) else entry
    text = text.strip()
    meta: dict[str, Any] = {}
    kind = "auto"
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return None
        if not isinstance(data, dict):
            return None
        url = data.get("url")
        meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
        kind = str(data.get("kind") or "auto")
    else:
        url = text
    if not url or not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    request_for = getattr(spider, "request_for", None)
    if request_for is None:
        return Request(url, dont_filter=True, meta=meta)
    if kind == "auto":
        kind = spider.kind_of(url)
    try:
        return request_for(url, kind, meta=meta, dont_filter=kind in ("listing", "feed"))
    except ValueError:  # a kind the spider does not know
        return None
