"""Outlet content rules: data declared next to each spider, interpreted by ``html``."""

from __future__ import annotations

from dataclasses import dataclass, replace


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

    def with_(
        self,
        *,
        prefer: tuple[str, ...] = (),
        fallback: tuple[str, ...] = (),
        drop: tuple[str, ...] = (),
        drop_lines: tuple[str, ...] = (),
        min_chars: int | None = None,
    ) -> ContentRules:
        """The one way an outlet changes its family's rules.

        ``prefer``: the outlet's own roots, tried *before* the family's (the first root
        that matches wins, so an own root placed after a family root that also matches
        would never be used); ``fallback``: roots tried after the family's; ``drop`` and
        ``drop_lines`` are added to the family's.
        """
        return replace(
            self,
            root=(*prefer, *(r for r in self.root if r not in prefer), *fallback),
            drop=(*self.drop, *drop),
            drop_lines=(*self.drop_lines, *drop_lines),
            min_chars=self.min_chars if min_chars is None else min_chars,
        )
