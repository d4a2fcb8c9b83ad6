"""``scrapy extract PATH...``: the pipelines on saved HTML or text files, offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.offline import OfflineRun, jsonl_writer


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options] PATH..."

    def short_desc(self) -> str:
        return "Run the cleaning and extraction pipelines on saved HTML or text files"

    def long_desc(self) -> str:
        return (
            "Prints one JSON Lines record per input file. HTML files are parsed by the "
            "--outlet spider's selectors and content rules (the generic path without "
            "--outlet); .txt files go through the plain-text path. Bytes past HTML_MAXSIZE "
            "are cut (the record says html_truncated); binary files are refused. Exit "
            "status 1 when any input gave no valid record."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--outlet", help="use this outlet spider's selectors and rules")
        parser.add_argument("--url", help="the original URL to put in the record(s)")
        parser.add_argument("-o", "--output", help="write JSONL here instead of stdout")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        # stdout carries the records: keep the log to warnings unless asked otherwise.
        if not opts.loglevel:
            self.settings.set("LOG_LEVEL", "WARNING", priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args:
            raise UsageError("give at least one HTML or text file")
        paths = [Path(a) for a in args]
        folders = [str(p) for p in paths if p.is_dir()]
        if folders:
            raise UsageError(
                f"{', '.join(folders)} is a directory; give the files in it (e.g. DIR/*.html)"
            )
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise UsageError(f"no such file: {', '.join(missing)}")
        assert self.settings is not None
        loader = get_spider_loader(self.settings)
        name = opts.outlet or "generic"
        try:
            spidercls = loader.load(name)
        except KeyError:
            raise UsageError(
                f"unknown outlet {name!r}; known: {', '.join(sorted(loader.list()))}"
            ) from None
        run = OfflineRun(spidercls, self.settings)
        stream = open(opts.output, "w", encoding="utf-8") if opts.output else sys.stdout
        failures = 0
        try:
            writer = jsonl_writer(stream)
            for path, record, reason in run.run_files(paths, opts.url):
                if record is None:
                    failures += 1
                    print(f"extract: {path}: {reason}", file=sys.stderr)
                else:
                    writer.write(record)
        finally:
            run.close()
            if stream is not sys.stdout:
                stream.close()
        self.exitcode = 1 if failures else 0
