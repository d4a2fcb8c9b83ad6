"""hazm normalisation of every text field (digits kept as written)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from crawler.cleaning.normalise import normalise_text

TEXT_FIELDS = ("title", "supertitle", "lead", "section")


def normalise_article(item: MutableMapping[str, Any]) -> None:
    """Normalise text fields in place; the body paragraph by paragraph."""
    for name in TEXT_FIELDS:
        if item.get(name):
            item[name] = normalise_text(item[name])
    if item.get("body"):
        paragraphs = (normalise_text(p) for p in item["body"].split("\n\n"))
        item["body"] = "\n\n".join(p for p in paragraphs if p) or None
    if item.get("credit_lines"):  # «منبع  خبر :  X» is read by the attribution rules
        item["credit_lines"] = [c for c in map(normalise_text, item["credit_lines"]) if c]
    if item.get("tags"):
        item["tags"] = [t for t in (normalise_text(t) for t in item["tags"]) if t]
