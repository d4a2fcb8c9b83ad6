"""Young Journalists Club (IranSamaneh CMS): provinces and economy."""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import IRANSAMANEH_CONTENT, IRANSAMANEH_FIELDS


class YjcSpider(NewsSpider):
    name = "yjc"
    allowed_domains = ["yjc.ir", "yjc.news"]
    start_urls = [
        "https://www.yjc.ir/fa/list/6/economy",
        "https://www.yjc.ir/fa/list/14/provinces",
    ]
    feed_urls = ["https://www.yjc.ir/fa/rss/6"]
    article_url = r"^/fa/news/\d+"
    next_page = ".pagination a.next::attr(href), a.next_page::attr(href)"
    fields = IRANSAMANEH_FIELDS
    content = IRANSAMANEH_CONTENT
