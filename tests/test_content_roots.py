"""Every content root an outlet declares itself is the one chosen on a mirrored page.

The first root that matches wins (``crawler.cleaning.html.rules_body``), so an outlet's
own root placed behind a family root that matches the same pages is dead code that no
crawl notices. Each outlet's own roots (those its family lacks) must each be chosen on
at least one mirrored article page of that outlet.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from lxml.cssselect import CSSSelector
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.project import get_project_settings

from crawler.cleaning.html import parse_html
from spiders.base import NewsSpider
from spiders.cms import FAMILIES
from tests.conftest import MIRROR

LOADER = get_spider_loader(get_project_settings())
OUTLETS = sorted(n for n in LOADER.list() if n != "generic")


def article_pages(spider: NewsSpider) -> list[Path]:
    pages = []
    for path in sorted(p for p in MIRROR.rglob("*") if p.is_file()):
        if path.name.endswith(".meta.json"):
            continue
        host, _, rest = path.relative_to(MIRROR).as_posix().partition("/")
        if spider.is_article_url(f"https://{host}/{rest.replace('__q__', '?')}"):
            pages.append(path)
    return pages


def chosen_roots(name: str) -> dict[str, list[str]]:
    """Root selector -> the mirrored pages of the outlet on which it is chosen."""
    cls = LOADER.load(name)
    chosen: dict[str, list[str]] = defaultdict(list)
    for page in article_pages(cls()):
        tree = parse_html(page.read_bytes().decode("utf-8", errors="replace"))
        winner = next((r for r in cls.content.root if CSSSelector(r)(tree)), None)
        if winner is not None:
            chosen[winner].append(page.name)
    return chosen


@pytest.mark.parametrize("name", OUTLETS)
def test_every_own_root_is_chosen_on_a_mirrored_page(name: str) -> None:
    content = LOADER.load(name).content
    family = FAMILIES.get(content.family or "")
    own = [r for r in content.root if family is None or r not in family.root]
    chosen = chosen_roots(name)
    never = [r for r in own if not chosen.get(r)]
    assert not never, f"{name}: own root(s) {never} never chosen; chosen: {dict(chosen)}"
