"""Recovering the feeds a killed run left behind (``.part`` files).

A run writes ``FEED_DIR/<spider>/<start time>.jsonl.part`` and renames it when it ends
(``pipelines/feed.py``). After a SIGKILL the ``.part`` stays; the next run marks its
records emitted and renames it ``<start time>.recovered.jsonl``, so nothing is lost and
nothing is emitted twice. A live writer holds an ``flock`` on its ``.part``, so the feed
of another worker on this machine is never touched.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from pathlib import Path
from typing import Any

from crawler.state import StateStore, content_fingerprint

logger = logging.getLogger(__name__)
PART = ".part"


def recover_partial_feeds(folder: Path, store: StateStore, outlet: str, canonical: Any) -> int:
    """Finish feeds a killed run left as ``.part``; returns how many records they held."""
    recovered = 0
    for part in sorted(folder.glob(f"*.jsonl{PART}")):
        try:
            held = os.open(part, os.O_RDONLY)
        except FileNotFoundError:
            continue  # another process recovered or finished it meanwhile
        try:
            try:
                fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # its writer is alive (another worker on this machine)
            if part.exists():
                recovered += _recover_part(part, store, outlet, canonical)
        finally:
            os.close(held)
    return recovered


def _recover_part(part: Path, store: StateStore, outlet: str, canonical: Any) -> int:
    lines = []
    with part.open(encoding="utf-8") as stream:
        for line in stream:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                break  # the line being written when the run died
            fingerprint = content_fingerprint(record.get("title"), record.get("body"))
            store.mark_emitted(canonical(record["url"]), outlet, record["url"], fingerprint)
            lines.append(line if line.endswith("\n") else line + "\n")
    target = part.with_name(part.name.removesuffix(f".jsonl{PART}") + ".recovered.jsonl")
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    os.replace(tmp, target)
    part.unlink()
    logger.warning("Recovered %d record(s) of an interrupted run: %s", len(lines), target)
    return len(lines)
