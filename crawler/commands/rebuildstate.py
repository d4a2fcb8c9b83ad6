"""``scrapy rebuildstate``: a new crawl state from the run feeds.

When a run refuses the state (empty, unreadable, older than the feeds; see
``crawler.state.state_problem``), this rebuilds it: the old file is kept beside it as
``state.sqlite.broken-<time>``, and every record of every outlet's feeds under
``FEED_DIR`` is marked emitted again (canonical URL and content fingerprint, as the
feed pipeline marks them), so the next run fetches only what is new. Failed articles
are not in the feeds: the listings still link them, so they are retried anyway.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.ops.lock import LOCKED_EXIT_CODE, take_run_lock
from crawler.state.store import STATE_FILE, SQLiteStateStore, rebuild_from_feeds


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options]"

    def short_desc(self) -> str:
        return "Rebuild the crawl state (state.sqlite) from the run feeds"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--state-dir", help="state folder (default: STATE_DIR)")
        parser.add_argument("--feed-dir", help="feed folder (default: FEED_DIR)")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        for key, value in (("STATE_DIR", opts.state_dir), ("FEED_DIR", opts.feed_dir)):
            if value:
                self.settings.set(key, value, priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        if self.settings.get("REDIS_URL"):
            raise UsageError("REDIS_URL is set: the shared Redis state is not rebuilt here")
        lock = take_run_lock(self.settings, "rebuildstate")
        if lock is None:
            self.exitcode = LOCKED_EXIT_CODE
            return
        try:
            self._rebuild()
        finally:
            lock.release()

    def _rebuild(self) -> None:
        assert self.settings is not None
        path = Path(self.settings.get("STATE_DIR")) / STATE_FILE
        feed_dir = Path(self.settings.get("FEED_DIR"))
        stamp = time.strftime("%Y%m%dT%H%M%S")
        if path.exists():
            kept = path.with_name(f"{path.name}.broken-{stamp}")
            os.replace(path, kept)
            print(f"rebuildstate: the old state is kept as {kept}", file=sys.stderr)
        for suffix in ("-wal", "-shm"):  # journal files of the old database
            journal = path.with_name(path.name + suffix)
            if journal.exists():
                os.replace(journal, journal.with_name(f"{journal.name}.broken-{stamp}"))
        loader = get_spider_loader(self.settings)
        store = SQLiteStateStore(path)
        try:
            total = 0
            for name in sorted(loader.list()):
                folder = feed_dir / name
                if not folder.is_dir():
                    continue
                spider = loader.load(name)()
                records, feeds = rebuild_from_feeds(store, folder, name, spider.canonical_url)
                total += records
                print(f"rebuildstate: {name}: {records} record(s) from {feeds} feed(s)")
        finally:
            store.close()
        print(f"rebuildstate: {path} now knows {total} emitted article(s)")
