"""900: the run's own feed, written safely, and the "emitted" mark in the state store.

Each run writes ``FEED_DIR/<spider>/<start time>.jsonl``: records go to a ``.part`` file
(flushed, optionally fsync'd, per record) that is renamed when the run ends, and the
``latest.jsonl`` link moves only after a clean finish. A record is marked emitted only
after it is on disk. A run killed with SIGKILL leaves its ``.part`` behind; the next
run (which holds the lock, so no writer can still be alive) marks its records emitted
and renames it ``<start time>.recovered.jsonl``. So nothing is lost and nothing is
emitted twice. A writer holds an ``flock`` on its ``.part``, so recovery never touches
the feed of a live process: several Redis-mode workers share FEED_DIR on one machine
without the run lock, each with its own ``<start time>-<host>-<pid>.jsonl``.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import re
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.extensions.safepath import safe_child
from crawler.ops.feeds import PART, recover_partial_feeds
from crawler.state import StateStore, content_fingerprint, open_store

logger = logging.getLogger(__name__)


class FeedPipeline:
    """Writes records to the run's feed, then marks them emitted."""

    def __init__(self, crawler: Crawler, store: StateStore | None) -> None:
        self.crawler = crawler
        self.store = store
        settings = crawler.settings
        # With `-o/-O` (or FEEDS in settings) the user chose the feed; the run's own
        # feed is then not written.
        self.write = settings.getbool("RUN_FEED_ENABLED") and not settings.getdict("FEEDS")
        self.fsync = settings.getbool("RUN_FEED_FSYNC")
        self.folder: Path | None = None
        self.part: Path | None = None
        self._stream: IO[str] | None = None
        crawler.signals.connect(self._spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FeedPipeline:
        incremental = crawler.settings.getbool("INCREMENTAL")
        if not incremental and not crawler.settings.getbool("RUN_FEED_ENABLED"):
            raise NotConfigured("no run feed and no state")
        return cls(crawler, open_store(crawler.settings) if incremental else None)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.folder = safe_child(Path(self.crawler.settings.get("FEED_DIR")), spider.name)
        if self.store is not None:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o755)
            recovered = recover_partial_feeds(
                self.folder, self.store, spider.name, spider.canonical_url
            )
            self.crawler.stats.set_value("feed/recovered_records", recovered)
        if self.write:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o755)
            stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")
            # Scale-out workers on several machines may write to one shared folder.
            host = ""
            if self.crawler.settings.get("REDIS_URL"):
                host = re.sub(r"[^A-Za-z0-9.-]", "_", socket.gethostname()) + "-"
            self.part = self.folder / f"{stamp}-{host}{os.getpid()}.jsonl{PART}"
            fd = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX)  # released when the process dies
            self._stream = os.fdopen(fd, "w", encoding="utf-8")

    def process_item(self, item: Any) -> Any:
        if self._stream is not None:
            self._stream.write(json.dumps(dict(item), ensure_ascii=False) + "\n")
            self._stream.flush()
            if self.fsync:
                os.fsync(self._stream.fileno())
        if self.store is not None:
            spider = self.crawler.spider
            canonical = spider.canonical_url(item["url"])
            if "no_body" in item.get("errors", []):
                self.store.mark_failed(canonical, spider.name, item["url"], "no_body")
            else:
                fingerprint = content_fingerprint(item.get("title"), item.get("body"))
                self.store.mark_emitted(canonical, spider.name, item["url"], fingerprint)
        self.crawler.stats.inc_value("feed/records")
        return item

    def close_spider(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def _spider_closed(self, spider: Any, reason: str) -> None:
        """Rename the finished feed; move ``latest`` only after a clean finish."""
        if self.part is None or not self.part.exists():
            return
        final = self.part.with_name(self.part.name.removesuffix(PART))
        os.replace(self.part, final)
        self.crawler.stats.set_value("feed/path", str(final))
        if reason == "finished":
            latest = final.with_name("latest.jsonl")
            tmp = final.with_name(".latest.jsonl.tmp")
            if tmp.is_symlink() or tmp.exists():
                tmp.unlink()
            tmp.symlink_to(final.name)
            os.replace(tmp, latest)
        logger.info("Feed written: %s", final)
