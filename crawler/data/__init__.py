"""The project's data files: gazetteers and the extraction lexicons (one JSON file per
lexicon family, each documented by its ``_about`` key). ``load`` reads one, once."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent


@cache
def load(name: str) -> Any:
    """The parsed JSON of ``crawler/data/<name>`` (cached: callers must not mutate it)."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)
