"""800: the record contract. Valid records go to the feeds, invalid ones to rejects.

Invalid means schema-invalid or garbled: a title, lead or body that still shows the
marks of a wrong charset decoding (``crawler.cleaning.encoding.mojibake_kind``) is rejected
with the code ``mojibake:<kind>``, because a feed record of «ÇáÚ…» is worse than none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonlines
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.cleaning.encoding import mojibake_kind
from crawler.record import finalise_record, schema_errors

FIELD_ERRORS = {"title": "no_title", "body": "no_body"}
TEXT_FIELDS = ("title", "supertitle", "lead", "body")


def garbled(record: dict[str, Any]) -> str | None:
    """The mojibake kind found in the record's text fields, if any."""
    text = "\n".join(record[name] for name in TEXT_FIELDS if record.get(name))
    return mojibake_kind(text)


def to_record(item: Any) -> tuple[dict[str, Any], list[str]]:
    """(record, schema error codes). Missing title/body are noted in ``errors``."""
    record = finalise_record(item)
    for name, code in FIELD_ERRORS.items():
        if record[name] is None and code not in record["errors"]:
            record["errors"].append(code)
    return record, schema_errors(record)


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
        record, problems = to_record(item)
        stats = self.crawler.stats
        for name in FIELD_ERRORS:
            if record[name] is None:
                stats.inc_value(f"fill/missing/{name}")
        kind = garbled(record)
        if kind:
            problems = [f"mojibake:{kind}", *problems]
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
