"""The record contract: finalising an item into a record and validating it.

`crawler/schema/article.schema.json` is the single definition of a record; this module
loads it once and gives plain functions the pipelines, the extract command and the
tests share.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator

from crawler.schema import LIST_FIELDS, RECORD_FIELDS, load_schema
from crawler.urls import without_userinfo


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, list):
        cleaned = [_blank_to_none(v) for v in value]
        return [v for v in cleaned if v is not None]
    if isinstance(value, dict):
        return {k: _blank_to_none(v) for k, v in value.items()}
    return value


def finalise_record(item: Mapping[str, Any]) -> dict[str, Any]:
    """Exactly the record fields, in order: missing → None or [], "" → None.

    Working fields (page HTML, raw dates) are left behind here, so raw HTML can never
    reach a feed.
    """
    record: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        value = _blank_to_none(item.get(name))
        if value is None and name in LIST_FIELDS:
            value = []
        record[name] = value
    record["errors"] = list(dict.fromkeys(record["errors"]))
    if record["url"]:
        # Credentials in a followed link must not reach a feed (docs/security.md).
        record["url"] = without_userinfo(record["url"])
    return record


def schema_errors(record: Mapping[str, Any]) -> list[str]:
    """Short codes for each way the record breaks the schema (empty when valid)."""
    codes = []
    for error in _validator().iter_errors(record):
        where = ".".join(str(p) for p in error.absolute_path) or "record"
        codes.append(f"schema:{where}:{error.validator}")
    return sorted(set(codes))
