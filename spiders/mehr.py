"""Mehr News Agency (item-text CMS): economy and provinces services.

Mehr's template hides a print header and a share bar next to the body and puts a
«saba» backlink inside it; the item-text family already drops all three.
"""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import ITEM_TEXT_CONTENT, ITEM_TEXT_FIELDS


class MehrSpider(NewsSpider):
    name = "mehr"
    allowed_domains = ["mehrnews.com"]
    start_urls = [
        "https://www.mehrnews.com/service/economy",
        "https://www.mehrnews.com/service/provinces",
    ]
    feed_urls = ["https://www.mehrnews.com/rss/tp/25"]
    article_url = r"^/news/\d+"
    fields = ITEM_TEXT_FIELDS.with_(replace={"news_id": (".item-code .news-code",)})
    content = ITEM_TEXT_CONTENT
