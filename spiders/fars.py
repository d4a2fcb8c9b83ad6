"""Fars News Agency (own CMS): economy and provinces, discovered from its news sitemap.

Comments are loaded by a separate POST (/api/getcomments), so article pages carry
none; the body sits in ``.news-box .nt-body`` next to photo captions and related links.
"""

from __future__ import annotations

from crawler.cleaning.rules import ContentRules
from spiders.base import NewsSpider
from spiders.cms import COMMON_DROP, Fields


class FarsSpider(NewsSpider):
    name = "fars"
    allowed_domains = ["farsnews.ir"]
    start_urls = ["https://www.farsnews.ir/economy", "https://www.farsnews.ir/provinces"]
    sitemap_urls = ["https://www.farsnews.ir/sitemap.xml"]
    # Story codes are 14 digits starting with the Jalali date (14030223000456).
    article_url = r"^/news/\d{14}"
    next_page = 'a[rel="next"]::attr(href), .more-news a.load-more::attr(href)'
    fields = Fields(
        {
            "supertitle": (".news-box .rutitr",),
            "title": (".news-box h1.title", ".news-box .title"),
            "lead": (".news-box .lead",),
            "raw_published": (
                'meta[property="article:published_time"]::attr(content)',
                ".news-box .publish-time time::attr(datetime)",
            ),
            "section": (".news-box .category-name",),
            "tags": (".news-box .tags a",),
            "news_id": (".news-box .news-code span",),
        }
    )
    content = ContentRules(
        root=(".news-box .nt-body",),
        drop=COMMON_DROP + (".nt-photo-caption", ".related-in-text", ".nt-share"),
        family="fars",
    )
