"""``scrapy crawlall``: every outlet (or a subset) in one process, for cron.

Exit status: 0 when every outlet is healthy (nothing new is fine), 1 when any outlet
has a problem (spider error, site unreachable, fill rate or content-rule share below
threshold) or the state cannot be trusted (nothing is fetched then; see
``scrapy rebuildstate``), 2 on bad usage, 75 when another run holds the lock.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.commands.report import report_from_settings, write_report
from crawler.extensions.summary import RunSummaryExtension
from crawler.ops.cutoff import parse_cutoff
from crawler.ops.health import format_summary
from crawler.ops.lock import LOCKED_EXIT_CODE, take_run_lock
from crawler.state.store import STATE_PROBLEM_EXIT_CODE, state_problem

NOT_OUTLETS = frozenset({"generic"})


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options]"

    def short_desc(self) -> str:
        return "Crawl every outlet (or --outlets) in one process; cron-friendly exit codes"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--outlets", help="comma-separated spider names (default: all)")
        parser.add_argument(
            "--since", help="skip articles published before this date (YYYY-MM-DD, ISO or Jalali)"
        )
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="fetch and emit articles already emitted by earlier runs",
        )
        parser.add_argument(
            "--mirror", metavar="DIR", help="replay from a local mirror folder instead of the web"
        )
        parser.add_argument("--state-dir", help="state folder (default: STATE_DIR)")
        parser.add_argument("--feed-dir", help="feed folder (default: FEED_DIR)")
        parser.add_argument(
            "--report",
            action="store_true",
            help="then write the figures report of every run feed (FEED_DIR/report)",
        )

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        if opts.since:
            try:
                parse_cutoff(opts.since)
            except ValueError as exc:
                raise UsageError(str(exc)) from None
        overrides = {
            # crawlall prints one summary for all outlets instead of one per spider.
            "RUN_SUMMARY_LOG": False,
            "REFRESH": True if opts.refresh else None,
            "MIRROR_DIR": str(Path(opts.mirror).resolve()) if opts.mirror else None,
            "STATE_DIR": opts.state_dir,
            "FEED_DIR": opts.feed_dir,
        }
        if opts.mirror and not Path(opts.mirror).is_dir():
            raise UsageError(f"mirror folder not found: {opts.mirror}")
        for key, value in overrides.items():
            if value is not None:
                self.settings.set(key, value, priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None and self.crawler_process is not None
        loader = get_spider_loader(self.settings)
        known = [n for n in sorted(loader.list()) if n not in NOT_OUTLETS]
        names = [n.strip() for n in opts.outlets.split(",")] if opts.outlets else known
        unknown = sorted(set(names) - set(known))
        if unknown:
            raise UsageError(f"unknown outlet(s): {', '.join(unknown)}; known: {', '.join(known)}")

        lock = take_run_lock(self.settings, "crawlall")
        if lock is None:
            self.exitcode = LOCKED_EXIT_CODE
            return
        started = time.monotonic()
        try:
            problem = state_problem(self.settings, names)
            if problem is not None:
                print(problem, file=sys.stderr)
                self.exitcode = STATE_PROBLEM_EXIT_CODE
                return
            crawlers: list[Crawler] = []
            spider_args = {"since": opts.since} if opts.since else {}
            for name in names:
                crawler = self.crawler_process.create_crawler(name)
                crawlers.append(crawler)
                self.crawler_process.crawl(crawler, **spider_args)
            self.crawler_process.start()
        finally:
            lock.release()
        rows = []
        for crawler in crawlers:
            ext = crawler.get_extension(RunSummaryExtension) if crawler.extensions else None
            if ext is not None and ext.health is not None:
                rows.append(ext.health)
        summary = format_summary(rows, time.monotonic() - started)
        print(summary, file=sys.stderr)
        failed = len(rows) < len(crawlers) or any(h.problems for h in rows)
        if opts.report:
            out, feeds = report_from_settings(self.settings.get("FEED_DIR"), None)
            failed = bool(write_report(feeds, out)) or failed
        self.exitcode = 1 if failed or self.crawler_process.bootstrap_failed else 0
