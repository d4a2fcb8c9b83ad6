"""The crawl state (what was emitted or failed) behind one interface, ``StateStore``.

``open_store`` gives the embedded SQLite store (``store``) or, with ``REDIS_URL``, the
shared Redis one (``redis_store``); callers never know which.
"""

from crawler.state.store import SQLiteStateStore, StateStore, content_fingerprint, open_store

__all__ = ["SQLiteStateStore", "StateStore", "content_fingerprint", "open_store"]
