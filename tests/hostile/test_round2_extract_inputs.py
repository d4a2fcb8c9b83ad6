"""Round two, points 3, 4 and 11b: ``scrapy extract`` on hostile files.

3: no size bound (50 MB of HTML did not finish in 15 minutes) and a cost that grew
faster than the input; 4: a PNG signature followed by NULs, with no ``<`` in its first
2 KB, took the plain-text path that skipped the binary check; 11b: a directory was
reported as «no such file».
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.project import get_project_settings

from crawler.offline import OfflineRun
from tests.conftest import ROOT, run_scrapy

SENTENCE = (
    "به گزارش خبرنگار اقتصادی، مدیرکل صنعت استان قزوین گفت: صادرات استان به "
    "۱۲۰ میلیون دلار رسید و ۴۰ درصد بیشتر شد. "
)


def huge_article(size: int) -> bytes:
    paragraph = f"<p>{SENTENCE * 3}</p>"
    count = size // len(paragraph.encode()) + 1
    return (
        '<html lang="fa"><head><meta charset="utf-8"><title>خبر بزرگ</title></head>'
        f"<body><article><h1>خبر بزرگ</h1>{paragraph * count}</article></body></html>"
    ).encode()


def extract(*args: str) -> tuple[int, list[dict], str, float]:
    started = time.monotonic()
    proc = run_scrapy(["extract", *args], timeout=600)
    elapsed = time.monotonic() - started
    records = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    return proc.returncode, records, proc.stderr, elapsed


def test_a_50_mb_page_is_cut_to_the_html_limit_and_flagged(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    page.write_bytes(huge_article(50 * 1024 * 1024))
    code, records, stderr, elapsed = extract(str(page))
    assert code == 0, stderr[-2000:]
    assert len(records) == 1 and "html_truncated" in records[0]["errors"]
    assert records[0]["title"] == "خبر بزرگ"
    assert "body_truncated" in records[0]["errors"]
    assert len(records[0]["body"]) <= 100_000
    assert elapsed < 90, f"extract of a 50 MB page took {elapsed:.1f} s"


def test_a_long_text_file_is_cut_and_flagged(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_bytes((SENTENCE * (3 * 1024 * 1024 // len(SENTENCE.encode()))).encode())
    code, records, stderr, _ = extract("-s", "HTML_MAXSIZE=262144", str(text))
    assert code == 0, stderr[-2000:]
    assert "html_truncated" in records[0]["errors"]
    assert len(records[0]["body"].encode()) <= 262144


@pytest.fixture(scope="module")
def offline() -> OfflineRun:
    from scrapy.utils.reactor import install_reactor

    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    settings = get_project_settings()
    settings.set("HTML_MAXSIZE", 0)  # measure the pipelines themselves, unbounded
    settings.set("BODY_MAXCHARS", 0)
    return OfflineRun(get_spider_loader(settings).load("generic"), settings)


def _seconds(run: OfflineRun, data: bytes, text: bool) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        run.process(run.item_from_bytes(data, "https://example.ir/1", text))
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("text", [True, False], ids=["text", "html"])
def test_cost_grows_linearly_with_the_input(offline: OfflineRun, text: bool) -> None:
    """Four times the input may not cost more than eight times the time (a quadratic
    step, like re-scanning every earlier copy of a repeated figure, costs sixteen)."""
    make = (lambda n: (SENTENCE * (n // len(SENTENCE.encode()))).encode()) if text else huge_article
    _seconds(offline, make(20_000), text)  # warm the normaliser's lexicons up
    small = _seconds(offline, make(150_000), text)
    large = _seconds(offline, make(600_000), text)
    assert large < 8 * small + 0.5, f"{small:.2f} s -> {large:.2f} s for 4x the input"


PNG_THEN_NULS = b"\x89PNG\r\n\x1a\n" + b"\x00" * 4096 + b"IHDR" + b"\x00" * 100


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("image.html", PNG_THEN_NULS),
        ("notes.txt", PNG_THEN_NULS),
        ("nuls.txt", "متن فارسی".encode() + b"\x00" * 64 + "ادامه".encode()),
    ],
)
def test_binary_files_are_refused_on_every_path(tmp_path: Path, name: str, data: bytes) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE * 3, encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(data)
    code, records, stderr, _ = extract(str(bad), str(good))
    assert code == 1
    assert f"{bad}: unreadable" in stderr
    assert len(records) == 1 and "\x00" not in json.dumps(records) and "PNG" not in stderr[:0]


def test_a_directory_is_named_as_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    proc = run_scrapy(["extract", str(folder)], cwd=ROOT)
    assert proc.returncode == 2
    assert f"{folder} is a directory" in proc.stderr
    assert "no such file" not in proc.stderr


def test_a_huge_body_is_capped_paragraph_by_paragraph() -> None:
    from crawler.stages.boilerplate import cap_paragraphs

    paragraphs = ["ا" * 40] * 10
    kept, cut = cap_paragraphs(paragraphs, 200)
    assert cut and kept == paragraphs[:4]
    assert cap_paragraphs(paragraphs, 0) == (paragraphs, False)
    assert cap_paragraphs(["ب" * 500], 100) == (["ب" * 100], True)


def test_merging_repeated_figures_is_linear() -> None:
    """A page repeating one figure 20,000 times: merging the copies must not re-scan
    every earlier copy for each new one (that took seconds per megabyte)."""
    from crawler.extraction import Figure, _dedupe_figures

    figures = [
        Figure(120, "USD", "exports", None, None, None, "۱۲۰ میلیون دلار", "", i * 20, i * 20 + 9)
        for i in range(20_000)
    ]
    started = time.perf_counter()
    merged = _dedupe_figures(figures, [("body", 0, 20 * 20_000)])
    assert len(merged) == 1
    assert time.perf_counter() - started < 1.0
