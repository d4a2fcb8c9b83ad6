"""``scrapy report [FEEDS...] [-o DIR]``: the figures of the feeds as a table and a page.

Without FEEDS it reads the finished run feeds under FEED_DIR. Exit status 0 when every
line was read, 1 when some lines or files could not be read (the report of the rest is
still written, and stderr says what was skipped), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError


def report_from_settings(feed_dir: str, out: str | None) -> tuple[Path, list[Path]]:
    """Where the report goes and which feeds it reads when none are named."""
    from crawler.report import run_feeds  # lazily: see write_report

    return Path(out) if out else Path(feed_dir) / "report", run_feeds(Path(feed_dir))


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options] [FEED.jsonl ...]"

    def short_desc(self) -> str:
        return "Write figures.csv and an offline index.html of the feeds' economic figures"

    def long_desc(self) -> str:
        return (
            "Reads JSON Lines feeds (default: the run feeds under FEED_DIR, "
            "<outlet>/*.jsonl) and writes DIR/figures.csv (one row per figure, UTF-8 "
            "with BOM), DIR/conflicts.csv and DIR/index.html (charts and tables, no "
            "network needed). DIR defaults to FEED_DIR/report."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("-o", "--output", metavar="DIR", help="report folder")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        if not opts.loglevel:
            self.settings.set("LOG_LEVEL", "WARNING", priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        out, feeds = report_from_settings(self.settings.get("FEED_DIR"), opts.output)
        if args:
            feeds = [Path(a) for a in args]
            missing = [str(p) for p in feeds if not p.is_file()]
            if missing:
                raise UsageError(f"no such feed: {', '.join(missing)}")
        self.exitcode = write_report(feeds, out)


def write_report(feeds: list[Path], out: Path) -> int:
    """Build the report, say what was read and skipped on stderr; the exit status."""
    # Imported here: Scrapy loads every command module at start-up, and the charting
    # library would cost every `scrapy ...` invocation a third of a second.
    from crawler.report import build_report

    try:
        result = build_report(feeds, out)
    except OSError as exc:
        print(f"report: cannot write the report to {out}: {exc}", file=sys.stderr)
        return 1
    for note in result.read.notes:
        print(f"report: {note}", file=sys.stderr)
    print(result.summary(), file=sys.stderr)
    return 0 if result.read.clean else 1
