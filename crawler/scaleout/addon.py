"""Scale-out mode: several worker processes on several machines share one crawl via Redis.

``REDIS_URL`` is the only switch. The ``RedisMode`` add-on (``ADDONS``) then replaces the
local scheduler and duplicate filter with this package's subclasses of scrapy-redis's
(``crawler.scaleout.scheduler``, ``crawler.scaleout.dupefilter``: a Redis-backed request
queue and fingerprint set shared by all workers, requests stored by
``crawler.scaleout.serializer``), and ``crawler.state.open_store`` uses
``crawler.state.redis_store.RedisStateStore``; spiders, pipelines and commands are
unchanged. Why subclasses rather than scrapy-redis's classes as they are is said in each
module (checked against scrapy-redis 0.9.1 and Scrapy 2.19).
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.settings import BaseSettings

from crawler.state.redis_store import ping, redact, redis_client

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
    "DUPEFILTER_CLASS": "crawler.scaleout.dupefilter.CanonicalRedisDupeFilter",
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
