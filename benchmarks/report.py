"""``scrapy report`` at scale: a synthetic 20,000-record feed folder, timed and sized.

The benchmark mirror's pages repeat a few fixture stories (most records would be
``duplicate_of`` copies and the report would have little to do), so the records here
are generated: every one a distinct story with a province, a Persian title and body of
realistic length, and 0–8 figures drawn from the real subject, kind and unit
vocabularies, about one in twenty a republished copy. The report is built in a fresh
process (``scrapy report``), so the time includes imports and the Vega bundle (cached
per user after the first run; ``cold`` removes the cache first).
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import jdatetime

from crawler.report.vocab import load

ROOT = Path(__file__).resolve().parent.parent
OUTLETS = ["tasnim", "yjc", "irna", "mehr", "isna", "fars", "iribnews", "kurdpress"]
UNITS = {
    "money": ["IRT", "IRR", "USD", "IRT"],
    "mass": ["ton"],
    "share": ["percent"],
    "count": ["count", "person"],
    "area": ["hectare"],
    "power": ["MW"],
}
PERIODS = [None, None, None, "امسال", "سال گذشته", "سال ۱۴۰۲", "دو ماه نخست امسال", "پارسال"]
KINDS = ["actual", "actual", "actual", "target", "forecast", "change", "share", None]
WORDS = "استان اقتصادی تولید صادرات سرمایه‌گذاری طرح واحد اشتغال کشاورزی صنعت معدن بازار".split()
TEHRAN = timezone(timedelta(hours=3, minutes=30))


def _figure(rng: random.Random, subjects: list[str]) -> dict:
    family = rng.choice(list(UNITS))
    unit = rng.choice(UNITS[family])
    value = round(rng.lognormvariate(8, 3), rng.choice([0, 0, 1]))
    text = f"{value:g} {unit}"
    return {
        "value": value,
        "unit": unit,
        "subject": rng.choice(subjects) if rng.random() < 0.85 else None,
        "kind": rng.choice(KINDS),
        "approx": rng.choice([None, None, None, "about", "more_than"]),
        "period": rng.choice(PERIODS),
        "text": text,
        "sentence": " ".join(rng.choices(WORDS, k=18)) + f" {text} اعلام شد.",
    }


def generate_feeds(folder: Path, records: int = 20_000, seed: int = 17) -> Path:
    """``folder/<outlet>/run.jsonl`` with ``records`` records (reused when already there)."""
    stamp = folder / f".generated-{records}-{seed}"
    if stamp.exists():
        return folder
    rng = random.Random(seed)
    provinces = load("provinces.json")["provinces"]
    subjects = [s["label"] for s in load("subjects.json")["labels"]]
    start = datetime(2023, 3, 21, 8, 0, tzinfo=TEHRAN)
    streams = {}
    for outlet in OUTLETS:
        (folder / outlet).mkdir(parents=True, exist_ok=True)
        streams[outlet] = (folder / outlet / "run.jsonl").open("w", encoding="utf-8")
    urls: list[str] = []
    for n in range(records):
        outlet = rng.choice(OUTLETS)
        province = rng.choice(provinces)
        published = start + timedelta(minutes=rng.randrange(0, 600 * 24 * 60))
        url = f"https://www.{outlet}.ir/fa/news/{1_000_000 + n}/report-bench"
        record = {
            "url": url,
            "outlet": outlet,
            "news_id": str(1_000_000 + n),
            "title": f"{province['name']}: " + " ".join(rng.choices(WORDS, k=7)),
            "supertitle": None,
            "lead": " ".join(rng.choices(WORDS, k=30)),
            "body": "\n\n".join(" ".join(rng.choices(WORDS, k=60)) for _ in range(5)),
            "published": published.isoformat(),
            "published_jalali": jdatetime.datetime.fromgregorian(datetime=published).strftime(
                "%Y-%m-%dT%H:%M"
            ),
            "section": "اقتصادی",
            "tags": [],
            "attributed_to": None,
            "provinces": [{"name": province["name"], "iso": province["iso"]}],
            "people": [],
            "figures": [_figure(rng, subjects) for _ in range(rng.randint(0, 8))],
            "provincial_economy": True,
            "duplicate_of": rng.choice(urls) if urls and rng.random() < 0.05 else None,
            "content_path": "rules",
            "crawled_at": published.isoformat(),
            "errors": [],
        }
        urls.append(url)
        streams[outlet].write(json.dumps(record, ensure_ascii=False) + "\n")
    for stream in streams.values():
        stream.close()
    stamp.touch()
    return folder


@dataclass
class ReportRun:
    label: str
    records: int
    figures: int
    seconds: float
    cpu_seconds: float
    page_mb: float
    csv_mb: float


def _children_cpu() -> float:
    """CPU seconds (user + system) of finished child processes: the load-independent cost."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def report_run(feeds: Path, out: Path, records: int, cold: bool) -> ReportRun:
    """``scrapy report`` over ``feeds`` in a child process, wall-clock timed."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    env = {**os.environ, "XDG_CACHE_HOME": str(out.parent / "cache" if cold else cache)}
    if cold:
        subprocess.run(["rm", "-rf", str(out.parent / "cache")], check=True)
    cpu_before = _children_cpu()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "scrapy", "report", "-o", str(out), "-s", f"FEED_DIR={feeds}"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    with (out / "figures.csv").open(encoding="utf-8-sig") as stream:
        figures = sum(1 for _ in stream) - 1
    return ReportRun(
        label="cold cache" if cold else "warm cache",
        records=records,
        figures=figures,
        seconds=seconds,
        cpu_seconds=cpu,
        page_mb=(out / "index.html").stat().st_size / 1e6,
        csv_mb=(out / "figures.csv").stat().st_size / 1e6,
    )


def measure_report(work: Path, records: int = 20_000) -> list[ReportRun]:
    feeds = generate_feeds(work / f"report-feeds-{records}", records)
    out = work / f"report-{records}"
    return [report_run(feeds, out, records, cold) for cold in (True, False)]
