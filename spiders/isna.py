"""ISNA, the students' news agency (item-text CMS with its own header and footer).

The lead opens with «ایسنا/<province>» (kept: it names the desk), the body ends
with «انتهای پیام» and related links come as «بیشتر:» lines; the residual filter
removes both, so only the header and tag selectors differ from the family.
"""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import ITEM_TEXT_CONTENT, ITEM_TEXT_FIELDS


class IsnaSpider(NewsSpider):
    name = "isna"
    allowed_domains = ["isna.ir"]
    start_urls = [
        "https://www.isna.ir/service/Economy",
        "https://www.isna.ir/service/Province",
    ]
    feed_urls = ["https://www.isna.ir/rss/tp/34"]
    article_url = r"^/news/\d{8,}"
    fields = ITEM_TEXT_FIELDS.with_(
        replace={
            "title": ("h1.first-title", "article h1"),
            "lead": ("p.summary",),
            "raw_published": (
                'meta[property="article:published_time"]::attr(content)',
                ".meta-news li .text-meta time::attr(datetime)",
            ),
            "tags": ("footer.tags li",),
            "news_id": (".meta-news .news-code",),
        }
    )
    content = ITEM_TEXT_CONTENT.with_(drop=("footer.tags", ".comments"))
