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

from crawler.schema import LIST_FIELDS, RECORD_FIELDS  # noqa: F401 - re-exported
from crawler.urls import without_userinfo

_SPACE = re.compile(r"[\s\u00a0\u200f\u200e\ufeff]+")


def squash_space(value: str | None) -> str | None:
    """Collapse runs of white space (incl. NBSP and bidi marks); ZWNJ is kept."""
    if value is None:
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


#: Working fields: the page HTML for the boilerplate stage, the date as written, a plain
#: text input, the credit lines the cleaning dropped («منبع: ایسنا») for the attribution.
#: Never exported (``crawler.record.finalise_record`` leaves them behind).
WORKING_FIELDS = ("html", "raw_published", "text_input", "credit_lines")


class ArticleItem(scrapy.Item):
    """One article: the record's fields (from the schema) and the working fields.

    Its fields are derived, not listed: a field added to the schema is a field here.
    """

    fields = {name: scrapy.Field() for name in (*RECORD_FIELDS, *WORKING_FIELDS)}


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
