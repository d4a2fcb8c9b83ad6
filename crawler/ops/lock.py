"""One run at a time per state folder: cron overlaps must not corrupt state or feeds.

Every command that writes the local state or the run feeds takes the lock
(``crawlall``, ``crawl``, ``rebuildstate``): two of them on the same folders would
both emit the same articles.
"""

from __future__ import annotations

import fcntl
import os
import sys
from pathlib import Path

from scrapy.settings import BaseSettings

#: Exit status of a run that found another one going (EX_TEMPFAIL: try again later).
LOCKED_EXIT_CODE = 75


class RunLock:
    """An advisory ``flock`` on ``<state>/crawl.lock``, released when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o750)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o640)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def holder(self) -> str:
        """The pid written by the process holding the lock (for the error message)."""
        try:
            return self.path.read_text().strip() or "unknown"
        except OSError:
            return "unknown"

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def writes_local_state(settings: BaseSettings) -> bool:
    """True when a crawl with these settings writes the state file or the run feeds.

    In scale-out mode (``REDIS_URL``) several workers run at once by design: state is
    in Redis and each writes its own feed, so the local one-run lock does not apply.
    """
    if settings.get("REDIS_URL"):
        return False
    return settings.getbool("INCREMENTAL") or settings.getbool("RUN_FEED_ENABLED")


def take_run_lock(settings: BaseSettings, command: str) -> RunLock | None:
    """The run lock of ``STATE_DIR`` (held when this run writes locally), or None.

    None means another process holds it: the reason is printed with that process's
    pid, and the caller exits with ``LOCKED_EXIT_CODE``.
    """
    lock = RunLock(Path(settings.get("STATE_DIR")) / "crawl.lock")
    if not writes_local_state(settings) or lock.acquire():
        return lock
    print(
        f"{command}: another run (pid {lock.holder()}) holds {lock.path}; exiting", file=sys.stderr
    )
    return None
