"""index.html opened in a real headless Chromium, as an analyst opens it.

Debian's ``chromium`` is driven by playwright (no browser is downloaded: the test uses
``/usr/bin/chromium``). Without it the test skips with a message on a developer's
machine, and FAILS under CI (``CI=true``), where ``.ci/run`` installs it.
A screenshot of the page is kept in ``artifacts/report/`` (git-ignored).
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.report import generate_feeds
from crawler.report import build_report, run_feeds
from tests.conftest import ROOT

ARTIFACTS = ROOT / "artifacts" / "report"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
POINTS = "#{} svg g.role-mark.mark-symbol path"


def chromium_path() -> str:
    """Debian's chromium, or a skip (a failure under CI, where it must be installed)."""
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
    missing = None if found else "Debian's chromium is not installed (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "playwright is not installed (pip install -c requirements.lock playwright)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser test cannot run under CI: {missing}", pytrace=False)
        pytest.skip(f"browser test skipped: {missing}")
    return str(found)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("report-page")
    feeds = generate_feeds(work / "feeds", records=300, seed=5)
    build_report(run_feeds(feeds), work / "report")
    return work / "report"


@pytest.fixture(scope="module")
def csv_rows(report: Path) -> list[dict]:
    with (report / "figures.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def page(report: Path) -> Iterator:
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        tab.errors, tab.requests = [], []
        tab.on("console", lambda m: m.type == "error" and tab.errors.append(m.text))
        tab.on("pageerror", lambda e: tab.errors.append(str(e)))
        tab.on("request", lambda r: tab.requests.append(r.url))
        tab.goto((report / "index.html").as_uri())
        tab.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
        yield tab
        browser.close()


def choose(page, selector: str, value: str) -> None:
    """Pick an option as a user does and wait until charts and tables are updated."""
    before = page.evaluate("document.body.dataset.updated")
    page.select_option(selector, value)
    page.wait_for_function(f"document.body.dataset.updated !== '{before}'", timeout=30_000)


def count(page, selector: str) -> int:
    return page.evaluate(f"document.querySelectorAll({selector!r}).length")


def test_loads_without_console_errors_or_network(page) -> None:
    assert page.errors == []
    assert page.requests and all(url.startswith("file://") for url in page.requests)
    assert len(page.requests) == 1  # the page itself: scripts, data and styles are inline


def test_the_chart_has_one_point_per_figure_of_the_chosen_subject(page, csv_rows) -> None:
    subjects = {r["subject"] for r in csv_rows if r["subject"]}
    chosen = sorted(subjects, key=lambda s: -sum(r["subject"] == s for r in csv_rows))[1]
    choose(page, "#chart-subject", chosen)
    expected = sum(r["subject"] == chosen for r in csv_rows)
    assert expected > 10
    assert count(page, POINTS.format("chart-provinces")) == expected


def test_a_filter_changes_the_chart_and_the_tables(page, csv_rows) -> None:
    subject = page.evaluate("document.getElementById('chart-subject').value")
    isos = [r["province_iso"] for r in csv_rows if r["subject"] == subject]
    iso = max(set(isos), key=isos.count)
    choose(page, "#f-province", iso)
    expected = sum(r["subject"] == subject and r["province_iso"] == iso for r in csv_rows)
    assert count(page, POINTS.format("chart-provinces")) == expected
    shown = page.evaluate("[...document.querySelectorAll('.f-province')].filter(e => !e.hidden)")
    assert len(shown) == 1
    assert (
        page.evaluate("document.querySelector('.f-province:not([hidden])').dataset.province") == iso
    )
    # The time series follows the province: one point per dated figure with a subject.
    series = sum(r["province_iso"] == iso and bool(r["subject"]) for r in csv_rows)
    assert count(page, POINTS.format("chart-series")) == series
    choose(page, "#f-kind", "target")
    kinds = page.evaluate(
        "[...document.querySelectorAll('tr.f-row')].filter(e => !e.hidden).map(e => e.dataset.kind)"
    )
    assert set(kinds) <= {"target"}
    targets = sum(
        r["subject"] == subject and r["province_iso"] == iso and r["kind"] == "target"
        for r in csv_rows
    )
    assert count(page, POINTS.format("chart-provinces")) == targets < expected
    choose(page, "#f-province", "")
    choose(page, "#f-kind", "")
    assert count(page, POINTS.format("chart-provinces")) == sum(
        r["subject"] == subject for r in csv_rows
    )


def test_persian_labels_are_shaped_right_to_left_with_persian_digits(page) -> None:
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('td')).direction") == "rtl"
    # In a right-to-left table the first column is the rightmost one.
    right_to_left = page.evaluate(
        """(() => { const th = document.querySelectorAll('#provinces table th');
        return th[0].getBoundingClientRect().left > th[1].getBoundingClientRect().left; })()"""
    )
    assert right_to_left
    # Shaped: a chart label's joined letters are narrower than the same letters kept apart
    # (a zero-width non-joiner between each); with missing glyphs both would be equal.
    widths = page.evaluate(
        """(() => {
        const label = [...document.querySelectorAll('#chart-provinces svg text')]
            .find(t => /[\\u0600-\\u06FF]{4,}/.test(t.textContent));
        const apart = label.cloneNode();
        apart.textContent = [...label.textContent].join('\\u200c');
        label.parentNode.append(apart);
        const result = [label.textContent, label.getComputedTextLength(),
            apart.getComputedTextLength()];
        apart.remove();
        return result; })()"""
    )
    text, joined, apart = widths
    assert joined > 0 and abs(joined - apart) > 2, widths
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)
    ticks = page.evaluate(
        "[...document.querySelectorAll('#chart-provinces svg .role-axis-label text')]"
        ".map(t => t.textContent)"
    )
    assert any(ch in "۰۱۲۳۴۵۶۷۸۹" for t in ticks for ch in t)
    assert not any(ch in "0123456789" for t in ticks for ch in t)
    assert all(ch not in "0123456789" for ch in page.inner_text("#shown"))


def test_screenshot_is_kept_as_an_artefact(page) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "index.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000


def test_without_chromium_ci_fails_and_a_developer_gets_a_skip(monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(Path, "exists", lambda self: False)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot run under CI: Debian's chromium"):
        chromium_path()
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="skipped: Debian's chromium"):
        chromium_path()
