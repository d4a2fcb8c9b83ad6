"""The record contract: schema, finalisation, and that the schema rejects broken records."""

from __future__ import annotations

import json

import pytest

from crawler import settings
from crawler.items import LIST_FIELDS, RECORD_FIELDS
from crawler.record import finalise_record, schema_errors
from crawler.schema import SCHEMA_PATH


def good_record() -> dict:
    return finalise_record(
        {
            "url": "https://www.tasnimnews.com/fa/news/1403/02/23/3090001/x",
            "outlet": "tasnim",
            "news_id": "3090001",
            "title": "صادرات استان ۲۰ درصد افزایش یافت",
            "body": "بند اول.\n\nبند دوم.",
            "published": "2024-05-12T10:30:00+03:30",
            "published_jalali": "1403-02-23T10:30",
            "provinces": [{"name": "قزوین", "iso": "IR-26"}],
            "people": [{"name": "سعید نبیل", "role": None}],
            "figures": [
                {
                    "value": 263000000,
                    "unit": "USD",
                    "subject": "exports",
                    "kind": "actual",
                    "approx": None,
                    "period": None,
                    "text": "۲۶۳ میلیون دلار",
                    "sentence": "۲۶۳ میلیون دلار کالا صادر شد.",
                }
            ],
            "content_path": "rules",
            "crawled_at": "2026-11-22T08:00:00+00:00",
        }
    )


def test_schema_names_exactly_the_record_fields() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["required"] == list(RECORD_FIELDS)
    assert set(schema["properties"]) == set(RECORD_FIELDS)
    assert settings.FEED_EXPORT_FIELDS == list(RECORD_FIELDS)


def test_finalise_fills_every_field_and_never_exports_blank_strings() -> None:
    record = finalise_record(
        {"url": "https://x.ir/news/1", "title": "  ", "lead": "", "html": "<p>"}
    )
    assert list(record) == list(RECORD_FIELDS)
    assert record["title"] is None and record["lead"] is None
    assert "html" not in record
    for name in LIST_FIELDS:
        assert record[name] == []


def test_valid_record_passes() -> None:
    assert schema_errors(good_record()) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"title": ""}, "schema:title"),
        ({"published": "1403/02/23"}, "schema:published"),
        ({"provinces": [{"name": "قزوین", "iso": "QZ"}]}, "schema:provinces.0.iso"),
        ({"figures": [{"value": "many", "unit": "USD"}]}, "schema:figures.0"),
        ({"html": "<html>"}, "schema:record:additionalProperties"),
        ({"url": "ftp://x"}, "schema:url"),
    ],
)
def test_schema_rejects_broken_records(change: dict, expected: str) -> None:
    record = {**good_record(), **change}
    errors = schema_errors(record)
    assert any(e.startswith(expected) for e in errors), errors


def test_schema_rejects_missing_field() -> None:
    record = good_record()
    del record["errors"]
    assert "schema:record:required" in schema_errors(record)


def test_the_record_fields_are_declared_once_in_the_schema() -> None:
    """Item, export order, list fields and figure keys all follow the schema."""
    from crawler.extraction.figures import FIGURE_KEYS as EXTRACTED_FIGURE_KEYS
    from crawler.items import WORKING_FIELDS, ArticleItem
    from crawler.schema import FIGURE_KEYS, load_schema

    schema = load_schema()
    assert list(ArticleItem.fields) == [*schema["properties"], *WORKING_FIELDS]
    assert {n for n, s in schema["properties"].items() if "array" in str(s.get("type"))} == set(
        LIST_FIELDS
    )
    # crawler.extraction still spells the figure keys out; they must stay the schema's.
    assert EXTRACTED_FIGURE_KEYS is FIGURE_KEYS  # extraction imports the schema's, no copy
