"""Eghtesad Online (item-text markup on Asam-style URLs): provinces and industry.

Its kicker is a bare ``h4`` and its tags sit in ``section .box.tags``; everything
else is the item-text family.
"""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import ITEM_TEXT_CONTENT, ITEM_TEXT_FIELDS


class EghtesadonlineSpider(NewsSpider):
    name = "eghtesadonline"
    allowed_domains = ["eghtesadonline.com"]
    start_urls = [
        "https://www.eghtesadonline.com/بخش-استان-ها-44",
        "https://www.eghtesadonline.com/بخش-صنعت-معدن-12",
    ]
    feed_urls = ["https://www.eghtesadonline.com/fa/feeds/?p=Y2F0ZWdvcmllcz00NA%2C%2C"]
    article_url = r"^/[^/]+-\d{1,4}/\d{6,}-"
    article_id = r"^/[^/]+-\d{1,4}/\d{6,}"
    fields = ITEM_TEXT_FIELDS.with_(
        replace={
            "supertitle": ("article h4", ".kicker"),
            "section": ("ol.breadcrumb li:last-child a",),
            "tags": ("section .box.tags ul li a",),
            "news_id": (".item-code .news-code",),
        }
    )
    content = ITEM_TEXT_CONTENT
