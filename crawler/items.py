"""The article item and its loader.

Spiders only *select*; the loader's processors do the mechanical tidying (whitespace,
first non-empty value, tag lists) so that no spider carries cleaning code. Real cleaning
(boilerplate, normalisation, extraction) is done by the pipelines.
"""

from __future__ import annotations

import re

import scrapy
from itemloaders.processors import Identity, MapCompose, TakeFirst
from scrapy.loader import ItemLoader

from crawler.urls import without_userinfo

# Every field a record carries, in export order. `crawler/schema/article.schema.json`
# is the contract; this list must name the same fields (a test checks it).
RECORD_FIELDS = (
    "url",
    "outlet",
    "news_id",
    "title",
    "supertitle",
    "lead",
    "body",
    "published",
    "published_jalali",
    "section",
    "tags",
    "attributed_to",
    "provinces",
    "people",
    "figures",
    "provincial_economy",
    "duplicate_of",
    "content_path",
    "crawled_at",
    "errors",
)
LIST_FIELDS = frozenset({"tags", "provinces", "people", "figures", "errors"})

_SPACE = re.compile(r"[\s\u00a0\u200f\u200e\ufeff]+")


def squash_space(value: str | None) -> str | None:
    """Collapse runs of white space (incl. NBSP and bidi marks); ZWNJ is kept."""
    if value is None:
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


class ArticleItem(scrapy.Item):
    """One article. ``html`` and ``raw_*`` fields are working data, never exported."""

    url = scrapy.Field()
    outlet = scrapy.Field()
    news_id = scrapy.Field()
    title = scrapy.Field()
    supertitle = scrapy.Field()
    lead = scrapy.Field()
    body = scrapy.Field()
    published = scrapy.Field()
    published_jalali = scrapy.Field()
    section = scrapy.Field()
    tags = scrapy.Field()
    attributed_to = scrapy.Field()
    provinces = scrapy.Field()
    people = scrapy.Field()
    figures = scrapy.Field()
    provincial_economy = scrapy.Field()
    duplicate_of = scrapy.Field()
    content_path = scrapy.Field()
    crawled_at = scrapy.Field()
    errors = scrapy.Field()
    # Working fields: the page HTML for the boilerplate stage, the date as written.
    html = scrapy.Field()
    raw_published = scrapy.Field()
    text_input = scrapy.Field()


class ArticleLoader(ItemLoader):
    """Loader with whitespace-squashing processors; list fields keep every value."""

    default_item_class = ArticleItem
    default_input_processor = MapCompose(squash_space)
    default_output_processor = TakeFirst()
    url_in = MapCompose(str.strip, without_userinfo)
    tags_out = Identity()
    errors_out = Identity()
    html_in = Identity()
    text_input_in = Identity()
