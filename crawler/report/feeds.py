"""Finding the run feeds and reading them without ever stopping on a bad line.

A feed can be empty (a run that found nothing new), end in a half-written line (a disk
that filled up, a copy taken while a run was writing), or hold lines that are not JSON.
Each is a *note* the command prints, and every readable record is still used: the
analyst gets the report of what could be read and is told what could not.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from crawler.report.records import Article, read_article

# Folders under FEED_DIR that hold no run feed (records that failed validation, the report).
NOT_FEEDS = frozenset({"rejects", "report"})


def run_feeds(feed_dir: Path) -> list[Path]:
    """The finished run feeds under ``feed_dir``: ``<outlet>/*.jsonl``.

    ``latest.jsonl`` is a link to one of them (read once, not twice) and a ``.part``
    feed is still being written by a running crawl (its end may be half a line).
    """
    found = []
    for path in sorted(feed_dir.glob("*/*.jsonl")):
        if path.parent.name in NOT_FEEDS or path.is_symlink() or path.name == "latest.jsonl":
            continue
        found.append(path)
    return found


@dataclass
class FeedRead:
    """Everything read from the feeds, and what could not be read, said in plain words."""

    articles: list[Article] = field(default_factory=list)
    feeds: int = 0
    empty_feeds: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lines_skipped: int = 0
    older_schema: int = 0

    @property
    def clean(self) -> bool:
        """True when every line of every feed was a record the report could read."""
        return self.lines_skipped == 0


def read_feeds(paths: Iterable[Path]) -> FeedRead:
    """Every record of every feed, skipping (and noting) what is not a readable record."""
    out = FeedRead()
    for path in paths:
        out.feeds += 1
        _read_one(path, out)
    return out


def _read_one(path: Path, out: FeedRead) -> None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        out.notes.append(f"{path}: cannot be read ({exc.strerror or exc}); skipped")
        out.lines_skipped += 1
        return
    text = data.decode("utf-8", errors="replace")
    lines = text.split("\n")
    if not text.strip():
        out.empty_feeds.append(path)
        return
    missing: dict[str, int] = {}
    dropped_figures = 0
    bad: list[int] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError:
            if number == len(lines) and not text.endswith("\n"):
                out.notes.append(
                    f"{path}: the last line (line {number}) is cut off mid-record "
                    "(the feed was still being written or was truncated); it is skipped"
                )
                out.lines_skipped += 1
            else:
                bad.append(number)
            continue
        article = read_article(raw)
        if article is None:
            bad.append(number)
            continue
        if article.missing:
            out.older_schema += 1
            for key in article.missing:
                missing[key] = missing.get(key, 0) + 1
        dropped_figures += article.figures_dropped
        out.articles.append(article)
    if bad:
        shown = ", ".join(map(str, bad[:5])) + (" …" if len(bad) > 5 else "")
        out.notes.append(
            f"{path}: {len(bad)} line(s) are not article records (no JSON object with a url: "
            f"line {shown}); skipped"
        )
        out.lines_skipped += len(bad)
    if missing:
        keys = ", ".join(f"{k} ({n})" for k, n in sorted(missing.items()))
        out.notes.append(
            f"{path}: records of an older schema lack {keys}; what they have is reported"
        )
    if dropped_figures:
        out.notes.append(
            f"{path}: {dropped_figures} figure(s) without a numeric value and a unit are left out"
        )
