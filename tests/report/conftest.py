"""Records for the report tests, written as a crawl would write them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GILAN = {"name": "گیلان", "iso": "IR-01"}
KURDISTAN = {"name": "کردستان", "iso": "IR-12"}


def figure(value: float, unit: str, subject: str | None = "exports", **extra: Any) -> dict:
    base = {
        "value": value,
        "unit": unit,
        "subject": subject,
        "kind": "actual",
        "approx": None,
        "period": "امسال",
        "text": f"{value} {unit}",
        "sentence": f"صادرات استان {value} {unit} بود.",
    }
    return {**base, **extra}


def record(n: int, *figures: dict, province: dict | None = None, **extra: Any) -> dict:
    """A record of today's schema (every key present)."""
    base = {
        "url": f"https://www.tasnimnews.com/fa/news/1403/02/10/{n}/x",
        "outlet": "tasnim",
        "news_id": str(n),
        "title": f"خبر شماره {n}",
        "supertitle": None,
        "lead": None,
        "body": "متن خبر",
        "published": f"2024-05-{10 + n % 15:02d}T10:00:00+03:30",
        "published_jalali": f"1403-02-{21 + n % 9:02d}T10:00",
        "section": None,
        "tags": [],
        "attributed_to": None,
        "provinces": [province or GILAN],
        "people": [],
        "figures": list(figures),
        "provincial_economy": True,
        "duplicate_of": None,
        "content_path": "rules",
        "crawled_at": "2024-05-20T10:00:00+03:30",
        "errors": [],
    }
    return {**base, **extra}


def write_feed(path: Path, records: list[dict], tail: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text(lines + tail, encoding="utf-8")
    return path
