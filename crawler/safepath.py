"""File names built from names we do not fully control stay inside their folder."""

from __future__ import annotations

import re
from pathlib import Path

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


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
