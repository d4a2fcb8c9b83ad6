"""800: the record contract (``crawler.stages.validation``). Valid records go to the
feeds, invalid ones (schema-invalid or garbled) to rejects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonlines
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.stages.validation import FIELD_ERRORS, validate


class ValidationPipeline:
    """Exports only schema-valid records; the rest are written to a rejects feed.

    Nothing is dropped silently: every reject is counted in the stats, logged, and
    kept with its error codes in ``REJECTS_DIR/<spider>-<time>.jsonl``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.rejects_dir = Path(crawler.settings.get("REJECTS_DIR", "output/rejects"))
        self._writer: jsonlines.Writer | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidationPipeline:
        return cls(crawler)

    def _reject(self, record: dict[str, Any]) -> None:
        if self._writer is None:
            self.rejects_dir.mkdir(parents=True, exist_ok=True)
            start = self.crawler.stats.get_value("start_time")
            stamp = start.strftime("%Y-%m-%dT%H-%M-%S") if start else "run"
            path = self.rejects_dir / f"{self.crawler.spider.name}-{stamp}.jsonl"
            self._writer = jsonlines.open(path, mode="a", flush=True)
        self._writer.write(record)

    def process_item(self, item: Any) -> dict[str, Any]:
        record, problems = validate(item)
        stats = self.crawler.stats
        for name in FIELD_ERRORS:
            if record[name] is None:
                stats.inc_value(f"fill/missing/{name}")
        if problems and problems[0].startswith("mojibake:"):
            kind = problems[0].partition(":")[2]
            stats.inc_value(f"records/invalid/mojibake/{kind}")
            self.crawler.spider.logger.error("Garbled text (%s), rejected: %s", kind, record["url"])
        if problems:
            record["errors"].extend(problems)
            self._reject(record)
            stats.inc_value("records/invalid")
            raise DropItem(f"schema-invalid record {record.get('url')}: {', '.join(problems)}")
        stats.inc_value("records/valid")
        return record

    def close_spider(self) -> None:
        if self._writer is not None:
            self._writer.close()
