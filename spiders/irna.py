"""IRNA, the state news agency (item-text CMS): economy desk and provincial desks."""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import ITEM_TEXT_CONTENT, ITEM_TEXT_FIELDS


class IrnaSpider(NewsSpider):
    name = "irna"
    allowed_domains = ["irna.ir"]
    start_urls = [
        "https://www.irna.ir/service/economy",
        "https://www.irna.ir/service/provinces",
    ]
    feed_urls = ["https://www.irna.ir/rss/tp/20"]
    # Article pages are /news/<id>/<slug>; the slug is optional and may change.
    article_url = r"^/news/\d+"
    fields = ITEM_TEXT_FIELDS.with_(replace={"news_id": (".item-code .news-code",)})
    content = ITEM_TEXT_CONTENT
