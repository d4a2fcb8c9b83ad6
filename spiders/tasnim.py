"""Tasnim News Agency (Asam CMS): economy and provincial desks."""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import ASAM_CONTENT, ASAM_FIELDS


class TasnimSpider(NewsSpider):
    name = "tasnim"
    allowed_domains = ["tasnimnews.com"]
    start_urls = [
        "https://www.tasnimnews.com/fa/service/7/economy",
        "https://www.tasnimnews.com/fa/service/1414/provinces",
    ]
    feed_urls = ["https://www.tasnimnews.com/fa/rss/feed/0/7/0/economy"]
    article_url = r"^/fa/news/\d{4}/\d{2}/\d{2}/\d+"
    dated_urls = True
    next_page = ".pagination a.next::attr(href)"
    fields = ASAM_FIELDS
    # Its news and media pages: own roots first, or the family's "article .story" wins.
    content = ASAM_CONTENT.with_(prefer=("article.single-news .story", "article.media .story"))
