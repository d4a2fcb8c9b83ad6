"""``scrapy report`` on feeds as they are found on disk: a clear message, never a traceback.

Each case runs the real command in a child process, reads what it wrote, and checks
that every readable record was reported and that stderr says what was skipped.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.report.conftest import figure, record, write_feed


def run_report(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "report", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def csv_rows(folder: Path) -> list[dict]:
    with (folder / "figures.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_an_empty_feed_gives_an_empty_report_and_says_so(tmp_path: Path) -> None:
    feed = tmp_path / "tasnim" / "run.jsonl"
    feed.parent.mkdir()
    feed.write_text("", encoding="utf-8")
    out = tmp_path / "report"
    done = run_report(str(feed), "-o", str(out))
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert "no article records in the 1 feed(s) read" in done.stderr
    assert "(1 empty)" in done.stderr
    assert csv_rows(out) == []
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "هیچ خبری خوانده نشد" in page


def test_bad_lines_old_records_and_half_written_feeds_are_named_and_the_rest_reported(
    tmp_path: Path,
) -> None:
    feeds = tmp_path / "output"
    good = write_feed(feeds / "tasnim" / "run-1.jsonl", [record(1, figure(10, "USD"))])
    (feeds / "tasnim" / "latest.jsonl").symlink_to(good.name)  # read once, not twice
    # A run killed mid-line: the last record is cut off.
    cut = json.dumps(record(3, figure(99, "USD")), ensure_ascii=False)[:120]
    write_feed(feeds / "yjc" / "run-2.jsonl", [record(2, figure(20, "IRT"))], tail=cut)
    # An older schema: no figures key on one record, provinces as names, no published_jalali.
    old = {
        "url": "https://www.isna.ir/news/4/old",
        "title": "خبر قدیمی",
        "published": "2024-04-01T09:00:00+03:30",
        "provinces": ["کردستان"],
        "figures": [{"value": 5, "unit": "ton", "subject": "production"}, {"unit": "ton"}],
    }
    older = {"url": "https://www.isna.ir/news/5/older", "title": "بدون رقم"}
    write_feed(feeds / "isna" / "run-3.jsonl", [old, older], tail="not json at all\n[1, 2]\n")
    # A running crawl's feed is not read.
    write_feed(feeds / "mehr" / "run-4.jsonl.part", [record(6, figure(1, "USD"))])

    done = run_report("-s", f"FEED_DIR={feeds}")
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, done.stderr
    err = done.stderr
    assert "run-2.jsonl: the last line (line 2) is cut off mid-record" in err
    assert "run-3.jsonl: 2 line(s) are not article records" in err
    assert "run-3.jsonl: records of an older schema lack" in err
    assert "published_jalali (2)" in err and "figures (1)" in err
    assert "1 figure(s) without a numeric value and a unit are left out" in err
    assert "4 articles" in err and "3 figures" in err and "from 3 feed(s)" in err

    out = feeds / "report"
    rows = csv_rows(out)
    assert sorted((r["url"].rsplit("/", 2)[-2], r["value"]) for r in rows) == [
        ("1", "10"),
        ("2", "20"),
        ("4", "5"),
    ]
    old_row = next(r for r in rows if r["url"] == old["url"])
    assert (old_row["province"], old_row["province_iso"]) == ("کردستان", "IR-12")
    assert old_row["published_jalali"] == "1403-01-13T09:00"  # computed from published
    assert old_row["kind"] == "" and old_row["sentence"] == ""
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "cut off mid-record" in page  # the page says what was not read, too
