"""The record contract applied to an item: valid records go to the feeds, invalid ones to
rejects (``pipelines/validation.py``).

Invalid means schema-invalid or garbled: a title, lead or body that still shows the
marks of a wrong charset decoding (``crawler.cleaning.encoding.mojibake_kind``) is rejected
with the code ``mojibake:<kind>``, because a feed record of «ÇáÚ…» is worse than none.
"""

from __future__ import annotations

from typing import Any

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


def validate(item: Any) -> tuple[dict[str, Any], list[str]]:
    """(record, problems): schema error codes, a ``mojibake:<kind>`` code first when the
    text is garbled. No problems means the record may be exported."""
    record, problems = to_record(item)
    kind = garbled(record)
    if kind:
        problems = [f"mojibake:{kind}", *problems]
    return record, problems
