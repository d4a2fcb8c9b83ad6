"""Outlet content rules: data declared next to each spider, interpreted by ``html``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContentRules:
    """Where an outlet's article body is and which nodes inside it are furniture.

    ``root`` selectors are tried in order and the first that matches wins; ``drop``
    removes nodes inside it (tags, share bars, related links, players, captions);
    ``drop_lines`` are regexes of outlet-specific furniture lines («این خبر بروز رسانی
    می شود…»). ``min_chars`` is how much text the rules must yield before they are
    trusted; less means the layout changed and the generic path takes over.
    """

    root: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    drop_lines: tuple[str, ...] = ()
    min_chars: int = 150
    family: str | None = None

    def extend(self, **changes: tuple[str, ...] | int | str) -> ContentRules:
        """A copy with tuples appended (``drop=(...)`` adds to the family's drops)."""
        merged: dict[str, object] = {}
        for key, value in changes.items():
            current = getattr(self, key)
            merged[key] = current + value if isinstance(current, tuple) else value
        return ContentRules(**{**self.__dict__, **merged})
