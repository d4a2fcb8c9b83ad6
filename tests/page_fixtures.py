"""Page fixtures, web-poet style: one saved page per case and the record it must give.

``tests/fixtures/pages/<outlet>/<case>/`` holds ``input.html`` (the page as fetched),
``url.txt`` (its URL) and ``output.json`` (the record, without ``crawled_at``). The test
(``tests/test_page_fixtures.py``) runs the page through the outlet's offline path (its
``parse_article`` and every item pipeline, in-process) and compares field by field, so a
wrong field shows up as "field X differs" rather than a lower score of a whole crawl.

After a deliberate change of what a page should give, regenerate and review the diff::

    .venv/bin/python -m tests.page_fixtures regenerate            # every case
    .venv/bin/python -m tests.page_fixtures regenerate tasnim     # one outlet (or outlet/case)
    git diff tests/fixtures/pages

A new case from a saved page::

    .venv/bin/python -m tests.page_fixtures add OUTLET CASE URL PAGE_FILE
"""

from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from scrapy.settings import Settings
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.reactor import install_reactor, is_reactor_installed

from crawler.offline import OfflineRun

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
#: Fields that differ from run to run by design: not part of a page's output.
RUN_SPECIFIC = ("crawled_at",)


@dataclass(frozen=True)
class PageCase:
    outlet: str
    name: str
    folder: Path

    @property
    def id(self) -> str:
        return f"{self.outlet}/{self.name}"

    @property
    def url(self) -> str:
        return (self.folder / "url.txt").read_text(encoding="utf-8").strip()

    def expected(self) -> dict[str, Any]:
        return json.loads((self.folder / "output.json").read_text(encoding="utf-8"))


def cases(selected: list[str] | None = None) -> list[PageCase]:
    """Every case under tests/fixtures/pages (or those named ``outlet`` / ``outlet/case``)."""
    found = [
        PageCase(folder.parent.name, folder.name, folder)
        for folder in sorted(PAGES.glob("*/*"))
        if (folder / "input.html").is_file()
    ]
    if not selected:
        return found
    return [c for c in found if c.outlet in selected or c.id in selected]


@cache
def offline_run(outlet: str) -> OfflineRun:
    """The outlet's article parser and the project's pipelines, as ``scrapy extract``."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("LOG_ENABLED", False, priority="cmdline")
    # OfflineRun never starts the engine, but Scrapy insists a reactor is installed.
    if not is_reactor_installed():
        install_reactor(settings["TWISTED_REACTOR"])
    return OfflineRun(get_spider_loader(settings).load(outlet), settings)


def produce(case: PageCase) -> dict[str, Any]:
    """The record the current code makes of the case's page (run-specific fields left out)."""
    run = offline_run(case.outlet)
    item = run.item_from_bytes((case.folder / "input.html").read_bytes(), case.url)
    record, reason = run.process(item)
    if record is None:
        raise AssertionError(f"{case.id}: no record ({reason})")
    return {k: v for k, v in record.items() if k not in RUN_SPECIFIC}


def write_output(case: PageCase) -> None:
    text = json.dumps(produce(case), ensure_ascii=False, indent=2) + "\n"
    (case.folder / "output.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.page_fixtures", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    regenerate = sub.add_parser("regenerate", help="rewrite output.json from the current code")
    regenerate.add_argument("selected", nargs="*", help="outlet or outlet/case (default: all)")
    add = sub.add_parser("add", help="a new case from a saved page")
    add.add_argument("outlet")
    add.add_argument("case")
    add.add_argument("url")
    add.add_argument("page", type=Path)
    args = parser.parse_args(argv)
    if args.command == "add":
        folder = PAGES / args.outlet / args.case
        folder.mkdir(parents=True, exist_ok=False)
        shutil.copyfile(args.page, folder / "input.html")
        (folder / "url.txt").write_text(args.url + "\n", encoding="utf-8")
        chosen = [PageCase(args.outlet, args.case, folder)]
    else:
        chosen = cases(args.selected)
    for case in chosen:
        write_output(case)
        print(f"wrote {case.folder / 'output.json'}")


if __name__ == "__main__":
    main()
