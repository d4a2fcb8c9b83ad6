"""File names built from names we do not fully control stay inside their folder."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
_SAFE_SUFFIX = re.compile(r"^(\.[a-z0-9]{1,8}){0,2}$")


def safe_child(base: Path, name: str) -> Path:
    """``base / name`` for a plain single-component name; ValueError otherwise.

    Spider names, outlet names and run stamps become folder and file names; a name with
    a separator, ``..`` or control characters could otherwise write outside ``base``.
    """
    if not _SAFE_NAME.match(name) or ".." in name:
        raise ValueError(f"unsafe file name component: {name!r}")
    child = (base / name).resolve()
    if child.parent != base.resolve():
        raise ValueError(f"{name!r} leaves {base}")
    return base / name


def page_file_name(url: str, suffix: str = ".html") -> str:
    """The file name a stored page gets: a hash of its URL, never a slug, id or title.

    Slugs, ids and titles come from pages; hashing means no byte of them reaches the
    file system, so ``../../etc/x`` or a 10 kB title cannot pick or break a path.
    """
    if not _SAFE_SUFFIX.match(suffix):
        raise ValueError(f"unsafe suffix: {suffix!r}")
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:40] + suffix


def harden_umask() -> int:
    """Add world-write to the process umask (so no file or folder is world-writable).

    Feeds, state and rejects are created by several components, some through libraries
    (SQLite journals, jsonlines) that use the default 0o666; a cron job started with
    umask 000 would leave them writable by every local user. Returns the new umask.
    """
    current = os.umask(0o022)
    os.umask(current | 0o002)
    return current | 0o002


class SafeFilesExtension:
    """Scrapy extension: hardens the umask before pipelines create any file."""

    def __init__(self) -> None:
        harden_umask()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SafeFilesExtension:
        return cls()
