"""Discovery evaluation: the generic spider from a home page alone, on made-up sites.

``python -m evaluation.discovery [--site NAME ...] [--check]``

Every site of ``tests.generic.sites`` (WordPress, ASP.NET, Drupal, Joomla, table,
Asam, IranSamaneh, Nastooh-like; 30 articles each, each with its own pagination, feed,
sitemap and URL habits) is served by its own server on 127.0.0.1 and crawled as a user
would: ``scrapy crawl generic -a start_urls=<home> -s ADDRESS_GUARD_ALLOW_PRIVATE=True``.
Per site it prints articles found of 30, requests per article found (every request:
robots.txt, listings, feeds, sitemaps, probes, articles), mean body F1 against the
generated gold, and what a second (cron) run fetched and emitted. ``--check`` exits 1
when a bar of issue 15 is missed. (trafilatura's ``focused_crawler`` cannot be compared
here: courlan discards every URL with a port or an IP address as host.)
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from evaluation.boilerplate import score
from tests.generic.sites import ARTICLES, SITES, Site, served_site

ROOT = Path(__file__).resolve().parent.parent
MIN_FOUND = 29
MAX_REQUESTS_PER_ARTICLE = 2.0
MIN_F1 = 0.93
SETTINGS = {
    "ADDRESS_GUARD_ALLOW_PRIVATE": "True",
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "RETRY_BACKOFF_MAX": "0",
    "TELNETCONSOLE_ENABLED": "False",
    "LOG_LEVEL": "INFO",
}
_STATS = re.compile(r"Dumping Scrapy stats:\n(\{.*?\})\n", re.S)


@dataclass
class Run:
    records: list[dict]
    stats: dict
    log: str
    returncode: int


@dataclass
class SiteResult:
    site: str
    found: int
    requests: int
    f1: float
    second_requests: int
    second_new: int

    @property
    def per_article(self) -> float:
        return self.requests / self.found if self.found else float("inf")


def crawl(home: str, work: Path, name: str) -> Run:
    """One ``scrapy crawl generic`` in its own process; records and final stats."""
    out = work / f"{name}.jsonl"
    args = [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", f"start_urls={home}"]
    args += ["-O", str(out)]
    merged = {
        **SETTINGS,
        "STATE_DIR": str(work / "state"),
        "FEED_DIR": str(work / "feeds"),
        "REJECTS_DIR": str(work / "rejects"),
    }
    for key, value in merged.items():
        args += ["-s", f"{key}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    records = [json.loads(x) for x in lines if x.strip()]
    match = _STATS.search(proc.stderr)
    stats = {}
    if match:  # datetimes are the only values literal_eval cannot read
        stats = ast.literal_eval(re.sub(r"datetime\.datetime\([^)]*\)", "None", match.group(1)))
    return Run(records, stats, proc.stderr, proc.returncode)


def evaluate_site(site: Site, work: Path) -> SiteResult:
    with served_site(work, site) as (home, gold):
        first = crawl(home, work / site.name, "first")
        second = crawl(home, work / site.name, "second")
    got = {r["url"]: r for r in first.records if r["url"] in gold}
    f1s = [score(got[u].get("body"), a.body).f1 if u in got else 0.0 for u, a in gold.items()]
    return SiteResult(
        site.name,
        len(got),
        int(first.stats.get("downloader/request_count", 0)),
        sum(f1s) / len(f1s),
        int(second.stats.get("downloader/request_count", 0)),
        len(second.records),
    )


def failures(results: list[SiteResult]) -> list[str]:
    missed = []
    for r in results:
        if r.found < MIN_FOUND:
            missed.append(f"{r.site}: found {r.found}/{ARTICLES} < {MIN_FOUND}")
        if r.per_article > MAX_REQUESTS_PER_ARTICLE:
            missed.append(f"{r.site}: {r.per_article:.2f} requests per article")
        if r.second_new:
            missed.append(f"{r.site}: second run emitted {r.second_new} again")
    mean = sum(r.f1 for r in results) / len(results) if results else 0.0
    if mean < MIN_F1:
        missed.append(f"mean body F1 {mean:.3f} < {MIN_F1}")
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.discovery")
    parser.add_argument("--site", action="append", choices=[s.name for s in SITES])
    parser.add_argument("--check", action="store_true", help="exit 1 if a bar is missed")
    args = parser.parse_args(argv)
    sites = [s for s in SITES if not args.site or s.name in args.site]
    print(
        f"{'site':13} {'found':>6} {'req':>4} {'req/art':>7} {'body F1':>7}   "
        f"{'2nd run req/new':>15}"
    )
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for site in sites:
            r = evaluate_site(site, Path(tmp))
            results.append(r)
            print(
                f"{r.site:13} {r.found:>3}/{ARTICLES} {r.requests:>4} {r.per_article:>7.2f} "
                f"{r.f1:>7.3f}   {f'{r.second_requests}/{r.second_new}':>15}",
                flush=True,
            )
    mean = sum(r.f1 for r in results) / len(results)
    total_found = sum(r.found for r in results)
    total_req = sum(r.requests for r in results)
    print(
        f"{'ALL':13} {total_found:>3}/{ARTICLES * len(results)} {total_req:>4} "
        f"{total_req / max(total_found, 1):>7.2f} {mean:>7.3f}"
    )
    missed = failures(results)
    print("\n" + ("ALL BARS MET" if not missed else "MISSED:\n  " + "\n  ".join(missed)))
    return 1 if (args.check and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
