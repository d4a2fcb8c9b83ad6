"""Every vocabulary file under ``crawler/data`` names each key once.

Why: ``json.load`` keeps the last of two equal keys without a word, so a word added twice
(two branches adding the same counted noun, say) can silently change its label or hide
that one of the two entries is dead. Vocabulary lives in these files, once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "crawler" / "data"


def repeated_keys(text: str) -> list[str]:
    """The keys that occur more than once in one JSON object anywhere in ``text``."""
    repeated: list[str] = []

    def hook(pairs: list[tuple[str, object]]) -> dict[str, object]:
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                repeated.append(key)
            seen.add(key)
        return dict(pairs)

    json.loads(text, object_pairs_hook=hook)
    return repeated


def test_repeated_keys_are_found() -> None:
    assert repeated_keys('{"a": 1, "b": {"c": 1, "c": 2}, "a": 3}') == ["c", "a"]
    assert repeated_keys('{"a": 1, "b": {"a": 2}}') == []


@pytest.mark.parametrize("path", sorted(DATA.glob("*.json")), ids=lambda p: p.name)
def test_data_file_has_no_repeated_key(path: Path) -> None:
    assert repeated_keys(path.read_text(encoding="utf-8")) == [], path.name
