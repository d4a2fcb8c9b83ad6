"""Madannameh, mining news (WordPress): provincial mining, mines and industry categories.

A WordPress theme: article pages are ``body.single-post``, the lead is
``.excerpt-news`` and the body ``.the_content_body``; category pages paginate as
``/page/<n>/`` and every category has a ``/feed/``.
"""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import WORDPRESS_CONTENT, WORDPRESS_FIELDS


class MadannamehSpider(NewsSpider):
    name = "madannameh"
    allowed_domains = ["madannameh.ir"]
    start_urls = [
        "https://madannameh.ir/category/provinces/",
        "https://madannameh.ir/category/mines/",
    ]
    feed_urls = ["https://madannameh.ir/feed/"]
    article_url = r"^/news/\d+"
    next_page = 'a.next.page-numbers::attr(href), a[rel="next"]::attr(href)'
    fields = WORDPRESS_FIELDS.with_(
        prefer={
            "supertitle": ("body.single-post .news-rutitr",),
            "title": ("body.single-post h1.news-title",),
            "lead": ("body.single-post .excerpt-news",),
            "tags": (".news-tag-single a",),
        }
    )
    content = WORDPRESS_CONTENT.with_(
        prefer=(".the_content_body",), drop=(".news-tag-single", ".excerpt-news")
    )
