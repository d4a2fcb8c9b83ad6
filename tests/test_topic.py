"""The topic flag: provincial *and* economic, explained by words, counted in the stats."""

from __future__ import annotations

import json
from typing import Any

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.stages.topic import economic_terms, is_provincial_economy
from pipelines.topic import TopicPipeline
from tests.conftest import EXPECTED, expected_articles

KERMAN = [{"name": "کرمان", "iso": "IR-08"}]
IRRELEVANT = {"urmia-volleyball-league.json"}


def test_province_and_economic_subject() -> None:
    assert is_provincial_economy(
        "صادرات پسته کرمان به ۴۵۰ میلیون دلار رسید", None, "باغداران رفسنجان ...", KERMAN
    )


def test_no_province_is_not_provincial() -> None:
    assert not is_provincial_economy("نرخ تورم کشور اعلام شد", "تورم و قیمت‌ها", "", [])


def test_sport_in_a_province_is_not_economic() -> None:
    body = "تیم والیبال ارومیه در سالن غدیر با نتیجه سه بر دو پیروز شد و به نیمه‌نهایی رسید."
    assert not is_provincial_economy("پیروزی ارومیه", None, body, [{"name": "x", "iso": "IR-02"}])


def test_one_passing_body_mention_is_not_enough() -> None:
    body = "استاندار در آیین افتتاح کتابخانه گفت بودجه فرهنگی استان را پیگیری می‌کند."
    assert not is_provincial_economy("افتتاح کتابخانه عمومی", None, body, KERMAN)
    figures = [{"unit": "IRT", "value": 5}]
    assert is_provincial_economy("افتتاح کتابخانه عمومی", None, body, KERMAN, figures)


@pytest.mark.parametrize(
    "text",
    ["سرمایه‌گذاری", "سرمایه گذاری", "سرمايه‌گذاري", "شهرک‌های صنعتی", "صادراتی", "بانک‌ها"],
)
def test_spelling_variants_match(text: str) -> None:
    assert economic_terms(text)


@pytest.mark.parametrize("text", ["برقراری امنیت", "کارگردان فیلم", "دامنه کوه", "حکم صادر شد"])
def test_lookalike_words_do_not_match(text: str) -> None:
    assert not economic_terms(text)


def _fixtures() -> list[tuple[str, dict[str, Any]]]:
    outlets = sorted(p.name for p in EXPECTED.iterdir() if p.is_dir())
    return [
        (f"{o}/{e['url'].rsplit('/', 2)[-2]}", e) for o in outlets for e in expected_articles(o)
    ]


@pytest.mark.parametrize(
    ("key", "record"), _fixtures(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_mirrored_articles_are_classified(key: str, record: dict[str, Any]) -> None:
    """Every mirrored article is provincial economy except the deliberately off-topic ones."""
    from crawler.extraction import extract_record

    found = extract_record(record["title"], record["lead"], record["body"], record["supertitle"])
    relevant = is_provincial_economy(
        record["title"], record["lead"], record["body"], found["provinces"], found["figures"]
    )
    off_topic = any(record["url"].rstrip("/").endswith(n.removesuffix(".json")) for n in IRRELEVANT)
    assert relevant is not off_topic, key


def _pipeline(mode: str = "flag") -> TopicPipeline:
    crawler = get_crawler(settings_dict={"TOPIC_FILTER": mode})
    crawler.stats.open_spider()
    return TopicPipeline.from_crawler(crawler)


ECONOMIC = {
    "url": "https://example.ir/news/1",
    "title": "صادرات پسته کرمان افزایش یافت",
    "lead": None,
    "body": "تولید و صادرات پسته در کرمان رشد کرد.",
    "provinces": KERMAN,
    "figures": [],
}
SPORT = {**ECONOMIC, "title": "پیروزی والیبال کرمان", "body": "تیم کرمان پیروز شد."}


def test_pipeline_flags_and_counts() -> None:
    pipe = _pipeline()
    assert pipe.process_item(dict(ECONOMIC))["provincial_economy"] is True
    assert pipe.process_item(dict(SPORT))["provincial_economy"] is False
    stats = pipe.crawler.stats
    assert stats.get_value("topic/relevant") == 1
    assert stats.get_value("topic/irrelevant") == 1
    assert stats.get_value("topic/dropped") is None


def test_pipeline_only_mode_drops_irrelevant() -> None:
    pipe = _pipeline("only")
    assert pipe.process_item(dict(ECONOMIC))["provincial_economy"] is True
    with pytest.raises(DropItem):
        pipe.process_item(dict(SPORT))
    assert pipe.crawler.stats.get_value("topic/dropped") == 1
    assert pipe.crawler.stats.get_value("topic/irrelevant") == 1


def test_pipeline_finds_provinces_when_extraction_did_not_run() -> None:
    item = {k: v for k, v in ECONOMIC.items() if k != "provinces"}
    assert _pipeline().process_item(item)["provincial_economy"] is True


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="TOPIC_FILTER"):
        TopicPipeline.from_crawler(get_crawler(settings_dict={"TOPIC_FILTER": "some"}))


PIPES = json.dumps(
    {
        "pipelines.boilerplate.BoilerplatePipeline": 200,
        "pipelines.normalise.NormalisePipeline": 300,
        "pipelines.extraction.ExtractionPipeline": 400,
        "pipelines.topic.TopicPipeline": 500,
        "pipelines.validation.ValidationPipeline": 800,
    }
)


@pytest.mark.parametrize(("mode", "emitted"), [("flag", 6), ("only", 5)])
def test_isna_crawl_with_topic_filter(crawl, mode: str, emitted: int) -> None:
    """ISNA's mirror holds one volleyball report: flagged in one mode, dropped in the other."""
    result = crawl("isna", ITEM_PIPELINES=PIPES, TOPIC_FILTER=mode)
    assert result.returncode == 0, result.log[-3000:]
    assert len(result.records) == emitted
    flags = {r["url"].split("/")[-1]: r["provincial_economy"] for r in result.records}
    assert sum(flags.values()) == 5
    assert "'topic/relevant': 5" in result.log
    assert "'topic/irrelevant': 1" in result.log
    assert ("'topic/dropped': 1" in result.log) is (mode == "only")


def test_only_mode_second_run_does_not_fetch_the_dropped_article_again(crawl) -> None:
    """With the whole pipeline chain and the state store: the off-topic page is settled."""
    first = crawl("isna", TOPIC_FILTER="only")
    assert first.returncode == 0, first.log[-3000:]
    assert len(first.records) == 5
    assert "'topic/dropped': 1" in first.log
    second = crawl("isna", TOPIC_FILTER="only")
    assert second.returncode == 0, second.log[-3000:]
    assert second.records == []
    assert "'articles/parsed': 6" in first.log
    assert "articles/parsed" not in second.log  # not one article page fetched
    assert "topic/dropped" not in second.log
