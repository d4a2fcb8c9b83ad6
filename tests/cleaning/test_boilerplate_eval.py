"""The boilerplate evaluation: the bars of issue 3, and that the evaluator can fail."""

from __future__ import annotations

import io

import pytest

from crawler.stages.boilerplate import strip_boilerplate
from evaluation.boilerplate import (
    EXPECTED,
    evaluate_seeds,
    generic_cases,
    known_cases,
    run,
    score,
    seed_cases,
    team_text_cases,
)
from tests.conftest import require_shared

OUTLETS = sorted(p.name for p in EXPECTED.iterdir() if p.is_dir())


@pytest.mark.parametrize("outlet", OUTLETS)
def test_known_outlet_meets_the_bars(outlet: str) -> None:
    """Mean body F1 ≥ 0.98 and no leaked furniture, per outlet with mirrored pages."""
    report = io.StringIO()
    failures = run(["known"], outlet=outlet, out=report)
    assert failures == [], report.getvalue()[-4000:]


def test_generic_path_meets_the_bars_and_beats_trafilatura() -> None:
    report = io.StringIO()
    failures = run(["generic"], out=report)
    assert failures == [], report.getvalue()[-4000:]


def test_generic_path_finds_the_article_inside_heavy_page_furniture() -> None:
    """The generic pages padded to 100-300 KB with menus, link boxes and scripts."""
    report = io.StringIO()
    failures = run(["padded"], out=report)
    assert failures == [], report.getvalue()[-4000:]


def test_seeds_meet_the_gold(shared_dir) -> None:
    """Its in-repo twin is test_team_text_pages_meet_the_gold."""
    report = io.StringIO()
    failures = run(["seeds"], out=report)
    assert failures == [], report.getvalue()[-4000:]


def test_team_text_pages_meet_the_gold() -> None:
    """The seeds' checks on the team-written plain-text pages (evaluation/gold/textpages)."""
    results = evaluate_seeds(team_text_cases())
    assert len(results) >= 2
    assert all(r.path == "text" for r in results)
    assert [r.problems for r in results] == [[] for _ in results]


def test_gold_sets_are_big_enough() -> None:
    known = known_cases()
    for outlet in ("tasnim", "yjc", "kurdpress"):
        assert sum(c.outlet == outlet for c in known) >= 8
    generic = generic_cases()
    assert len(generic) >= 10
    assert any(c.gold.get("encoding") == "windows-1256" for c in generic)


def test_evaluator_flags_a_body_with_the_nav_menu_left_in() -> None:
    case = next(c for c in known_cases("yjc"))
    gold = case.gold
    clean = score(gold["body"], gold["body"], gold["furniture"])
    nav = "سایر زبان ها\n\nصفحه نخست\n\nانتخابات\n\nفرهنگی هنری\n\nشهروند خبرنگار\n\nوبگردی"
    dirty = score(nav + "\n\n" + gold["body"], gold["body"], gold["furniture"])
    assert clean.f1 == 1.0 and not clean.leaks
    assert dirty.f1 < clean.f1 and dirty.precision < 1.0
    assert "سایر زبان ها" in dirty.leaks and "صفحه نخست" in dirty.leaks


@pytest.mark.parametrize("cases", ["shared", "team"])
def test_seed_checks_catch_a_body_that_ends_in_furniture(cases: str, monkeypatch) -> None:
    import evaluation.boilerplate as ev

    if cases == "shared":
        require_shared()
        pages = [c for c in seed_cases() if c.gold["outlet"] == "yjc"]
    else:
        pages = [c for c in team_text_cases() if c.gold["outlet"] == "yjc"]
    real = ev.product_record

    def leaky(case):
        record = real(case)
        record["body"] = (record["body"] or "") + "\n\nانتهای پیام/ح\n\nتبادل نظر"
        return record

    monkeypatch.setattr(ev, "product_record", leaky)
    results = evaluate_seeds(pages)
    assert any("boilerplate left" in p for p in results[0].problems)
    assert any("body ends" in p for p in results[0].problems)


def test_lead_below_a_byline_is_not_repeated_in_the_body() -> None:
    lead = "مدیرعامل شرکت گفت: تولید سنگ‌آهن ۱۰ درصد افزایش یافت."
    body = "وی افزود: هزینه تولید هر تن ۱۲ درصد کاهش یافته است و این روند ادامه دارد."
    html = (
        "<html><body><div class='x'><p>ارسال شده در ۳۱ اردیبهشت ۱۴۰۳ توسط روابط عمومی</p>"
        f"<p>{lead}</p><p>{body}</p><p>{body}</p></div></body></html>"
    )
    item = {"html": html, "title": "تیتر", "lead": lead, "errors": []}
    strip_boilerplate(item, None)
    assert item["content_path"] == "generic"
    assert item["body"] == f"{body}\n\n{body}"
