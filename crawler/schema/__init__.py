"""The record's fields, declared once: in ``article.schema.json``.

Everything else that names the fields is derived from the schema here: the export
order (``RECORD_FIELDS``, the order of the schema's ``properties``), which fields are
lists (``LIST_FIELDS``, ``"type": "array"``), the keys of one figure (``FIGURE_KEYS``),
the item class (``crawler.items``) and ``FEED_EXPORT_FIELDS``. No Scrapy import, so the
text stages may read it too.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).with_name("article.schema.json")


@cache
def load_schema() -> dict[str, Any]:
    """The record schema (JSON Schema 2020-12), read once."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _types(spec: dict[str, Any]) -> set[str]:
    kind = spec.get("type", ())
    return {kind} if isinstance(kind, str) else set(kind)


_PROPERTIES: dict[str, Any] = load_schema()["properties"]
#: Every field a record carries, in export order.
RECORD_FIELDS: tuple[str, ...] = tuple(_PROPERTIES)
#: Fields that are lists: missing means [] (never null).
LIST_FIELDS: frozenset[str] = frozenset(n for n, s in _PROPERTIES.items() if "array" in _types(s))
#: The keys of one economic figure, in order.
FIGURE_KEYS: tuple[str, ...] = tuple(_PROPERTIES["figures"]["items"]["properties"])
