"""Every record the code produces, minus run-specific fields: a before/after snapshot.

A refactoring is only a refactoring when this snapshot is byte-identical before and
after it. It covers the demo crawl over the bundled mirror, ``scrapy extract`` over the
generic fixture pages, the team's gold texts and ``../shared/seeds`` (when present), and
every mirrored article page through its outlet's offline path (with its real URL).

usage: .venv/bin/python -m evaluation.snapshot OUTDIR   (then ``diff -r`` two OUTDIRs)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

#: Fields that differ from run to run by design.
RUN_SPECIFIC = frozenset({"crawled_at"})
SCRAPY = ".venv/bin/scrapy"
MIRROR = Path("tests/fixtures/mirror")


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in RUN_SPECIFIC}


def _dump(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(_clean(record), ensure_ascii=False) + "\n")


def _read_jsonl(files: list[Path]) -> list[dict[str, Any]]:
    records = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def crawl(out: Path) -> None:
    """The demo crawl; feeds, state and rejects in a temporary folder."""
    tmp = Path(tempfile.mkdtemp())
    try:
        subprocess.run(
            [SCRAPY, "crawlall", "--mirror", str(MIRROR), "--feed-dir", str(tmp / "feeds")]
            + ["--state-dir", str(tmp / "state"), "-s", f"REJECTS_DIR={tmp / 'rejects'}"]
            + ["-s", "LOG_LEVEL=WARNING"],
            check=False,
            capture_output=True,
        )
        feeds = [p for p in sorted(tmp.glob("feeds/*/*.jsonl")) if p.name != "latest.jsonl"]
        records = _read_jsonl(feeds)
        # Which of two URLs of one article (www. or not) is fetched first is a race of
        # the concurrent crawl, so the snapshot drops the host's "www.".
        for record in records:
            record["url"] = record["url"].replace("://www.", "://")
        records.sort(key=lambda r: (r["url"], r.get("title") or ""))
        _dump(out / "crawl.jsonl", records)
        rejects = _read_jsonl(sorted(tmp.glob("rejects/*.jsonl")))
        _dump(out / "crawl-rejects.jsonl", sorted(rejects, key=lambda r: r["url"]))
    finally:
        shutil.rmtree(tmp)


def extract(out: Path, name: str, paths: list[Path]) -> None:
    """``scrapy extract`` over files (generic path, plain-text path for .txt)."""
    if not paths:
        return
    done = subprocess.run(
        [SCRAPY, "extract", *map(str, paths)], capture_output=True, text=True, check=False
    )
    _dump(out / f"{name}.jsonl", [json.loads(x) for x in done.stdout.splitlines() if x.strip()])
    failures = [x for x in done.stderr.splitlines() if x.startswith("extract:")]
    (out / f"{name}.jsonl.stderr").write_text(
        f"rc={done.returncode}\n" + "".join(f"{x}\n" for x in failures), encoding="utf-8"
    )


_MIRROR_PAGES = r"""
import json
from pathlib import Path
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.project import get_project_settings
from scrapy.utils.reactor import install_reactor
from crawler.offline import OfflineRun
settings = get_project_settings()
settings.set("LOG_LEVEL", "ERROR")
install_reactor(settings["TWISTED_REACTOR"])
loader = get_spider_loader(settings)
root = Path("tests/fixtures/mirror")
files = sorted(p for p in root.rglob("*") if p.is_file())
for name in sorted(loader.list()):
    if name == "generic":
        continue
    run = OfflineRun(loader.load(name), settings)
    for p in files:
        host, _, path = p.relative_to(root).as_posix().partition("/")
        url = "https://" + host + "/" + path.replace("__q__", "?")
        if not run.spider.is_article_url(url):
            continue
        item = run.item_from_bytes(p.read_bytes(), url, name=p)
        record, reason = run.process(item)
        print(json.dumps(record or {"url": url, "outlet": name, "dropped": reason},
                         ensure_ascii=False))
    run.close()
"""


def mirror_pages(out: Path) -> None:
    """Every mirrored article page through its outlet's offline path, in-process."""
    done = subprocess.run(
        [sys.executable, "-c", _MIRROR_PAGES], capture_output=True, text=True, check=False
    )
    if done.returncode:
        sys.stderr.write(done.stderr[-3000:])
    records = [json.loads(x) for x in done.stdout.splitlines() if x.strip()]
    _dump(out / "mirror-pages.jsonl", records)


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    crawl(out)
    extract(out, "generic", sorted(Path("tests/fixtures/generic").glob("*.html")))
    gold = Path("evaluation/gold")
    extract(
        out, "gold-texts", sorted(p for p in gold.rglob("*") if p.is_file() and "texts" in p.parts)
    )
    extract(out, "seeds", sorted(Path("../shared/seeds").glob("*.txt")))
    mirror_pages(out)


if __name__ == "__main__":
    main()
