"""Every outlet spider crawls its mirror end to end: listings, feeds, articles, records.

Outlets are discovered from ``tests/fixtures/expected/<outlet>/*.json`` (one expected
record per mirrored article), so a new outlet is covered by adding its fixtures.
"""

from __future__ import annotations

from collections import Counter

import pytest

from crawler.cleaning.normalise import normalise_text
from crawler.record import schema_errors
from crawler.urls import canonical_url
from tests.conftest import EXPECTED, expected_articles, run_scrapy

OUTLETS = sorted(p.name for p in EXPECTED.iterdir() if p.is_dir())


def tokens(text: str | None) -> list[str]:
    return (normalise_text(text) or "").replace("\u200c", " ").split()


def token_f1(predicted: str | None, gold: str | None) -> float:
    p, g = Counter(tokens(predicted)), Counter(tokens(gold))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def test_every_outlet_spider_has_mirror_fixtures() -> None:
    listed = run_scrapy(["list"]).stdout.split()
    outlets = [name for name in listed if name != "generic"]
    assert {"tasnim", "yjc", "kurdpress"} <= set(outlets)
    missing = [name for name in outlets if len(expected_articles(name)) < 5]
    assert not missing, f"spiders without ≥5 mirrored articles: {missing}"


@pytest.mark.parametrize("outlet", OUTLETS)
def test_spider_crawls_its_mirror(outlet: str, crawl) -> None:
    expected = {canonical_url(e["url"]): e for e in expected_articles(outlet)}
    result = crawl(outlet)
    assert result.returncode == 0, result.log[-3000:]
    got = {canonical_url(r["url"]): r for r in result.records}
    assert len(result.records) == len(got), "an article was emitted twice"
    assert set(got) == set(expected), (set(got) ^ set(expected), result.log[-2000:])
    for key, exp in expected.items():
        record = got[key]
        assert record["url"].startswith("https://"), record["url"]
        assert record["outlet"] == outlet
        assert schema_errors(record) == []
        assert normalise_text(record["title"]) == normalise_text(exp["title"])
        assert record["body"], key
        assert token_f1(record["body"], exp["body"]) >= 0.9, (key, record["body"][:300])
        for piece in exp.get("furniture", []):
            assert piece not in (record["body"] or ""), (key, piece)
        if exp.get("published"):
            assert record["published"] == exp["published"], key
        if exp.get("news_id"):
            assert record["news_id"] == exp["news_id"], key
