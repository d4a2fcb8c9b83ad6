"""The store of articles already emitted, behind one interface.

Incremental runs need to know, across runs and processes, which articles were emitted
(skip them), which failed (retry them) and which stories were already published under
another URL (mark the copy). The embedded default is one SQLite file under STATE_DIR;
``REDIS_URL`` switches to a shared Redis store (see ``crawler.state.redis_store``) so several
workers on several machines agree.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from scrapy.settings import BaseSettings

from crawler.urls import without_userinfo

_WORD = re.compile(r"\w+")

#: Failure reasons that are final: the crawler itself refused the URL (a private
#: address, a redirect off the site). Asking again next run would be refused again, and
#: a hostile page could otherwise grow the retry list without end. Kept in the state
#: (so the refusal is on record) but never retried.
SETTLED_REASONS = frozenset({"RequestRefused", "RedirectRefused"})


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

    def failed_urls(self, outlet: str, max_attempts: int = 0) -> list[str]: ...

    def duplicate_of(self, canonical: str, fingerprint: str | None) -> str | None: ...

    def close(self) -> None: ...


class SQLiteStateStore:
    """One SQLite file; WAL mode so a reader never blocks the crawl that writes.

    URLs are stored without a ``user:password@`` part: a link in a hostile page may
    carry credentials, and the state file is read by whoever debugs a run.
    """

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
                (canonical, outlet, without_userinfo(url), fingerprint, time.time()),
            )

    def mark_failed(self, canonical: str, outlet: str, url: str, reason: str) -> None:
        with self._lock:
            self._db.execute(
                """INSERT INTO articles (canonical, outlet, url, status, reason, attempts, updated)
                   VALUES (?, ?, ?, 'failed', ?, 1, ?)
                   ON CONFLICT (canonical) DO UPDATE SET reason = excluded.reason,
                   attempts = attempts + 1, updated = excluded.updated
                   WHERE status = 'failed'""",
                (canonical, outlet, without_userinfo(url), reason, time.time()),
            )

    def failed_urls(self, outlet: str, max_attempts: int = 0) -> list[str]:
        """Failed articles to request again: not settled, fewer than ``max_attempts``
        failures (0: no cap)."""
        settled = ",".join("?" * len(SETTLED_REASONS))
        with self._lock:
            rows = self._db.execute(
                f"""SELECT url FROM articles WHERE outlet = ? AND status = 'failed'
                    AND COALESCE(reason, '') NOT IN ({settled}) AND (? = 0 OR attempts < ?)
                    ORDER BY updated""",
                (outlet, *sorted(SETTLED_REASONS), max_attempts, max_attempts),
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


#: Exit status of a run that found the state unusable (crawlall's "a problem").
STATE_PROBLEM_EXIT_CODE = 1
STATE_FILE = "state.sqlite"
# Records read from the end of the newest feed to see whether the state knows them.
_PROBE_RECORDS = 5


def run_feeds(folder: Path) -> list[Path]:
    """An outlet's finished run feeds (``.recovered`` ones too), oldest first."""
    feeds = [p for p in folder.glob("*.jsonl") if p.is_file() and not p.is_symlink()]
    return sorted(feeds, key=lambda p: (p.stat().st_mtime, p.name))


def _feed_records(feed: Path) -> Iterator[dict[str, Any]]:
    """Each readable record of a feed that carries a ``url`` (broken lines skipped)."""
    with feed.open(encoding="utf-8", errors="replace") as stream:
        for line in stream:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get("url"), str):
                yield record


def _feed_urls(feed: Path, limit: int | None = None) -> list[str]:
    """The ``url`` of each readable record of a feed (the last ``limit`` ones)."""
    urls = [record["url"] for record in _feed_records(feed)]
    return urls[-limit:] if limit else urls


def state_problem(settings: BaseSettings, outlets: Iterable[str]) -> str | None:
    """Why the local state cannot be trusted for these outlets, or None.

    A state that is empty (zero bytes: disk full, a careless ``>``), unreadable, or
    that does not know the last records of the newest feed beside it (restored from an
    older copy, deleted) would make the run fetch and emit again everything it forgot,
    silently. Checked before anything is fetched; ``scrapy rebuildstate`` rebuilds the
    state from the feeds.
    """
    if settings.get("REDIS_URL") or not settings.getbool("INCREMENTAL"):
        return None
    path = Path(settings.get("STATE_DIR")) / STATE_FILE
    detail = _state_detail(path, Path(settings.get("FEED_DIR")), outlets)
    if detail is None:
        return None
    return (
        f"crawl state problem: {detail}. Nothing was fetched: a run on this state would "
        "emit again every article it does not know. Rebuild it from the feeds with "
        "`scrapy rebuildstate` (same --state-dir/--feed-dir), or move the feeds away to "
        "start afresh."
    )


def _state_detail(path: Path, feed_dir: Path, outlets: Iterable[str]) -> str | None:
    db: sqlite3.Connection | None = None
    if path.exists():
        if path.stat().st_size == 0:
            return f"{path} is empty (0 bytes)"
        db = sqlite3.connect(path)
    try:
        for outlet in outlets:
            folder = feed_dir / outlet
            if not folder.is_dir():
                continue
            for feed in reversed(run_feeds(folder)):
                urls = _feed_urls(feed, _PROBE_RECORDS)
                if not urls:
                    continue  # a run that found nothing new: look at the one before
                if db is None or not _knows_any(db, urls):
                    state = path if db is not None else f"{path} (missing)"
                    return f"{state} does not know the records of the newest feed {feed}"
                break
        if db is not None:
            db.execute("PRAGMA schema_version").fetchone()  # a database at all?
    except sqlite3.DatabaseError as exc:
        return f"{path} is unreadable ({exc})"
    finally:
        if db is not None:
            db.close()
    return None


def _knows_any(db: sqlite3.Connection, urls: list[str]) -> bool:
    marks = ",".join("?" * len(urls))
    clean = [without_userinfo(u) for u in urls]
    try:
        row = db.execute(f"SELECT 1 FROM articles WHERE url IN ({marks}) LIMIT 1", clean)
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return False  # a database without our table knows nothing
        raise
    return row.fetchone() is not None


def rebuild_from_feeds(
    store: StateStore, folder: Path, outlet: str, canonical: Callable[[str], str]
) -> tuple[int, int]:
    """Mark every record of an outlet's feeds emitted, oldest feed first.

    Returns (records, feeds). Failed articles are not in feeds and are not restored:
    listings still link them, so they are found and fetched again.
    """
    feeds = run_feeds(folder)
    records = 0
    for feed in feeds:
        for record in _feed_records(feed):
            fingerprint = content_fingerprint(record.get("title"), record.get("body"))
            store.mark_emitted(canonical(record["url"]), outlet, record["url"], fingerprint)
            records += 1
    return records, len(feeds)
