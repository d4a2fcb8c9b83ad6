"""Madannameh, mining news (WordPress): provincial mining, mines and industry categories.

A WordPress theme: article pages are ``body.single-post``, the lead is
``.excerpt-news`` and the body ``.the_content_body``; category pages paginate as
``/page/<n>/`` and every category has a ``/feed/``.
"""

from __future__ import annotations

from dataclasses import replace

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
    fields = WORDPRESS_FIELDS | {
        "supertitle": ("body.single-post .news-rutitr", *WORDPRESS_FIELDS["supertitle"]),
        "title": ("body.single-post h1.news-title", *WORDPRESS_FIELDS["title"]),
        "lead": ("body.single-post .excerpt-news", *WORDPRESS_FIELDS["lead"]),
        "tags": (".news-tag-single a", *WORDPRESS_FIELDS["tags"]),
    }
    content = replace(
        WORDPRESS_CONTENT,
        root=(".the_content_body", *WORDPRESS_CONTENT.root),
        drop=(*WORDPRESS_CONTENT.drop, ".news-tag-single", ".excerpt-news"),
    )
