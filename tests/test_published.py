"""Publication dates: the page's date line first, the URL's Jalali day as a fallback."""

from __future__ import annotations

from crawler.stages.extraction import extract_article, resolve_published

TASNIM_URL = "https://www.tasnimnews.com/fa/news/1403/02/23/3061234/slug"


def test_page_date_line_wins_over_the_url() -> None:
    when = resolve_published("۲۳ اردیبهشت ۱۴۰۳ - ۱۰:۳۰", TASNIM_URL)
    assert when is not None and when.isoformat() == "2024-05-12T10:30:00+03:30"


def test_url_day_alone_gives_midnight_tehran() -> None:
    when = resolve_published(None, TASNIM_URL)
    assert when is not None and when.isoformat() == "2024-05-12T00:00:00+03:30"


def test_record_gets_iso_and_jalali_or_a_no_date_error() -> None:
    dated = {"url": TASNIM_URL, "body": "متن", "html": "<p>x</p>", "errors": []}
    extract_article(dated)
    assert dated["published"] == "2024-05-12T00:00:00+03:30"
    assert dated["published_jalali"] == "1403-02-23T00:00"
    undated = {"url": "https://example.ir/news/77", "body": "متن", "html": "<p>x</p>"}
    extract_article(undated)
    assert undated.get("published") is None and "no_date" in undated["errors"]
