"""``scrapy crawl``: Scrapy's own command, with the run lock and the state check.

Run beside ``crawlall`` on the same state and feed folders, the stock command emitted
most articles a second time; it now takes the same lock (exit 75 while another run
holds it) and refuses an empty, unreadable or outdated state before fetching anything.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from crawler.ops.lock import LOCKED_EXIT_CODE, take_run_lock
from crawler.state.store import STATE_PROBLEM_EXIT_CODE, state_problem


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        lock = take_run_lock(self.settings, "crawl")
        if lock is None:
            self.exitcode = LOCKED_EXIT_CODE
            return
        try:
            problem = state_problem(self.settings, args[:1])
            if problem is not None:
                print(problem, file=sys.stderr)
                self.exitcode = STATE_PROBLEM_EXIT_CODE
                return
            super().run(args, opts)
        finally:
            lock.release()
