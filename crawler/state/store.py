"""The store of articles already emitted, behind one interface.

Incremental runs need to know, across runs and processes, which articles were emitted
(skip them), which failed (retry them) and which stories were already published under
another URL (mark the copy). The embedded default is one SQLite file under STATE_DIR;
``REDIS_URL`` switches to a shared Redis store (see ``crawler.state.redis_store``) so several
workers on several machines agree.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
import time
from pathlib import Path
from typing import Protocol

from scrapy.settings import BaseSettings

_WORD = re.compile(r"\w+")


def content_fingerprint(title: str | None, body: str | None) -> str | None:
    """A key equal for the same story republished elsewhere (title + start of body).

    Words only (punctuation, spacing, ZWNJ and digits' script do not matter), so small
    formatting differences between outlets do not hide a copy.
    """
    words = _WORD.findall(f"{title or ''} {(body or '')[:1500]}".replace("\u200c", " "))
    if len(words) < 8:
        return None
    return hashlib.sha1(" ".join(words).encode(), usedforsecurity=False).hexdigest()


class StateStore(Protocol):
    """What incremental crawling needs from a store (SQLite or Redis)."""

    def is_emitted(self, canonical: str) -> bool: ...

    def mark_emitted(
        self, canonical: str, outlet: str, url: str, fingerprint: str | None
    ) -> None: ...

    def mark_failed(self, canonical: str, outlet: str, url: str, reason: str) -> None: ...

    def failed_urls(self, outlet: str) -> list[str]: ...

    def duplicate_of(self, canonical: str, fingerprint: str | None) -> str | None: ...

    def close(self) -> None: ...


class SQLiteStateStore:
    """One SQLite file; WAL mode so a reader never blocks the crawl that writes."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o750)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        os.chmod(path, 0o640)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            """CREATE TABLE IF NOT EXISTS articles (
                canonical TEXT PRIMARY KEY,
                outlet TEXT NOT NULL,
                url TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('emitted', 'failed')),
                fingerprint TEXT,
                reason TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                updated REAL NOT NULL)"""
        )
        self._db.execute("CREATE INDEX IF NOT EXISTS by_fp ON articles (fingerprint)")
        self._db.execute("CREATE INDEX IF NOT EXISTS by_status ON articles (outlet, status)")

    def is_emitted(self, canonical: str) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM articles WHERE canonical = ? AND status = 'emitted'", (canonical,)
            ).fetchone()
        return row is not None

    def mark_emitted(self, canonical: str, outlet: str, url: str, fingerprint: str | None) -> None:
        with self._lock:
            self._db.execute(
                """INSERT INTO articles (canonical, outlet, url, status, fingerprint, updated)
                   VALUES (?, ?, ?, 'emitted', ?, ?)
                   ON CONFLICT (canonical) DO UPDATE SET status = 'emitted', reason = NULL,
                   fingerprint = excluded.fingerprint, updated = excluded.updated""",
                (canonical, outlet, url, fingerprint, time.time()),
            )

    def mark_failed(self, canonical: str, outlet: str, url: str, reason: str) -> None:
        with self._lock:
            self._db.execute(
                """INSERT INTO articles (canonical, outlet, url, status, reason, attempts, updated)
                   VALUES (?, ?, ?, 'failed', ?, 1, ?)
                   ON CONFLICT (canonical) DO UPDATE SET reason = excluded.reason,
                   attempts = attempts + 1, updated = excluded.updated
                   WHERE status = 'failed'""",
                (canonical, outlet, url, reason, time.time()),
            )

    def failed_urls(self, outlet: str) -> list[str]:
        with self._lock:
            rows = self._db.execute(
                "SELECT url FROM articles WHERE outlet = ? AND status = 'failed' ORDER BY updated",
                (outlet,),
            ).fetchall()
        return [r[0] for r in rows]

    def duplicate_of(self, canonical: str, fingerprint: str | None) -> str | None:
        if fingerprint is None:
            return None
        with self._lock:
            row = self._db.execute(
                """SELECT url FROM articles WHERE fingerprint = ? AND canonical != ?
                   AND status = 'emitted' ORDER BY updated LIMIT 1""",
                (fingerprint, canonical),
            ).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        with self._lock:
            self._db.close()


_STORES: dict[str, StateStore] = {}
_STORES_LOCK = threading.Lock()


def open_store(settings: BaseSettings) -> StateStore:
    """The process-wide store for these settings (crawlers of one run share it)."""
    redis_url = settings.get("REDIS_URL")
    key = redis_url or str(Path(settings.get("STATE_DIR")).resolve())
    with _STORES_LOCK:
        if key not in _STORES:
            if redis_url:
                from crawler.state.redis_store import RedisStateStore

                _STORES[key] = RedisStateStore.from_settings(settings)
            else:
                _STORES[key] = SQLiteStateStore(Path(key) / "state.sqlite")
        return _STORES[key]
