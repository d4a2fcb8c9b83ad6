"""Running a spider's parsing and the item pipelines on saved pages, without a crawl.

``scrapy extract`` and the evaluation tools use this so that offline results are
produced by exactly the code a crawl runs: the outlet spider's ``parse_article`` and
the pipelines listed in ``ITEM_PIPELINES``, in order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import IO, Any

import jsonlines
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler, load_object

from crawler.cleaning.encoding import looks_binary
from crawler.items import ArticleItem
from crawler.middlewares.limits import DEFAULT_HTML_MAXSIZE, cut_body
from crawler.middlewares.limits import ERROR_CODE as TRUNCATED

TEXT_SUFFIXES = frozenset({".txt", ".text"})


class UnreadablePage(ValueError):
    """A saved page the spider refused to parse (binary content, no usable charset)."""


def jsonl_writer(stream: IO[str]) -> jsonlines.Writer:
    """A JSON Lines writer that keeps Persian readable (no \\u escapes)."""
    return jsonlines.Writer(stream, dumps=partial(json.dumps, ensure_ascii=False), flush=True)


class OfflineRun:
    """One spider's article parser and the configured pipelines, run synchronously."""

    def __init__(self, spidercls: type[Spider], settings: Settings) -> None:
        self.crawler = Crawler(spidercls, settings)
        # Offline runs leave no trace: the state store (what was emitted or failed) and
        # the run feeds belong to crawls. Re-extracting stored pages must not mark them
        # emitted, or the next crawl would skip articles it never delivered.
        self.crawler.settings.set("INCREMENTAL", False, priority="cmdline")
        self.crawler.settings.set("RUN_FEED_ENABLED", False, priority="cmdline")
        # Scrapy's own extensions (stats logging, memory and close-spider watchdogs,
        # telnet, remote control) watch an engine that never starts here; the project's
        # (log redaction among them) stay. Importing them was a tenth of a start-up.
        self.crawler.settings.set("EXTENSIONS_BASE", {}, priority="cmdline")
        # The engine is never started; these two calls are what Crawler.crawl() does
        # before it, giving pipelines and spider their stats, settings and signals.
        self.crawler._apply_settings()
        self.crawler.spider = self.crawler._create_spider()
        order = self.crawler.settings.getwithbase("ITEM_PIPELINES")
        paths = sorted(
            (path for path, rank in order.items() if rank is not None), key=lambda p: order[p]
        )
        self.pipelines = []
        for dotted in paths:
            try:
                self.pipelines.append(build_from_crawler(load_object(dotted), self.crawler))
            except NotConfigured:  # as in a crawl: a pipeline may opt out
                continue

    @property
    def spider(self) -> Spider:
        assert self.crawler.spider is not None
        return self.crawler.spider

    def item_from_file(self, path: Path, url: str | None = None) -> ArticleItem:
        """An item from a saved HTML page (parsed by the spider) or a plain-text file.

        Raises UnreadablePage when the spider refuses the page, as a crawl would: a
        crawl counts it under ``articles/failed/binary_content``; offline it must be
        reported by name rather than crash on a missing item.
        """
        text = path.suffix.lower() in TEXT_SUFFIXES
        limit = self.size_limit
        with path.open("rb") as stream:  # never more than the limit (and one byte) in memory
            data = stream.read(limit + 1) if limit else stream.read()
        return self.item_from_bytes(data, url or path.resolve().as_uri(), text, path)

    @property
    def size_limit(self) -> int:
        """``HTML_MAXSIZE``: what a crawl keeps of a page is what extraction reads."""
        return self.crawler.settings.getint("HTML_MAXSIZE", DEFAULT_HTML_MAXSIZE)

    def item_from_bytes(
        self, data: bytes, url: str, text: bool = False, name: Path | str = "page"
    ) -> ArticleItem:
        """An item from page bytes: plain text when ``text`` or when no markup starts it.

        Binary content is refused on both paths (a PNG signature and NULs carry no
        ``<`` and would otherwise become a record of NULs). Bytes past ``HTML_MAXSIZE``
        are cut, as in a crawl, and the item says ``html_truncated``.
        """
        if looks_binary(data):
            raise UnreadablePage(f"{name}: binary content, not a page or a text")
        limit = self.size_limit
        truncated = bool(limit) and len(data) > limit
        if truncated:
            data = cut_body(data, limit)
        if text or b"<" not in data[:2048]:
            item = ArticleItem(url=url, outlet=self._outlet(), errors=[])
            item["text_input"] = data.decode("utf-8", errors="replace")
            # When the text was read: a saved text has no fetch time of its own.
            item["crawled_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        else:
            response = HtmlResponse(url=url, body=data, request=Request(url))
            parsed = self.spider.parse_article(response)
            if parsed is None:
                raise UnreadablePage(f"{name}: not a readable HTML page (binary or undecodable)")
            item = parsed
            item["url"] = url
        if truncated:
            item["errors"] = [*item.get("errors", []), TRUNCATED]
        return item

    def _outlet(self) -> str | None:
        name = self.spider.name
        return None if name == "generic" else name

    def process(self, item: ArticleItem) -> tuple[dict[str, Any] | None, str | None]:
        """(record, None) or (None, reason) when a pipeline dropped the item."""
        current: Any = item
        for pipeline in self.pipelines:
            try:
                current = pipeline.process_item(current)
            except DropItem as exc:
                return None, str(exc)
        return dict(current), None

    def close(self) -> None:
        for pipeline in self.pipelines:
            closer = getattr(pipeline, "close_spider", None)
            if closer is not None:
                closer()

    def run_files(
        self, paths: list[Path], url: str | None = None
    ) -> Iterator[tuple[Path, dict[str, Any] | None, str | None]]:
        """(path, record, None) per file, or (path, None, reason) when it gave no record.

        One bad file does not stop the others: the command reports it and goes on.
        """
        for path in paths:
            try:
                item = self.item_from_file(path, url)
            except UnreadablePage as exc:
                yield path, None, f"unreadable: {exc}"
                continue
            record, reason = self.process(item)
            yield path, record, reason
