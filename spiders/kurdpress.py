"""Kurdpress (item-text CMS; old ASP.NET links still circulate): Kurdish provinces."""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import ITEM_TEXT_CONTENT, ITEM_TEXT_FIELDS


class KurdpressSpider(NewsSpider):
    name = "kurdpress"
    allowed_domains = ["kurdpress.ir", "kurdpress.com"]
    start_urls = ["https://kurdpress.ir/Category/?cat=5", "https://kurdpress.ir/service/economy"]
    feed_urls = ["https://kurdpress.ir/RSS"]
    article_url = r"^/(?:fa/)?news/\d+|^/details\.aspx\?id=\d+"
    article_id = r"^/(?:fa/)?news/\d+|^/details\.aspx"
    keep_query = ("id",)
    # Old ASP.NET pages (kurdpress.com/details.aspx?id=N) still circulate in feeds: their
    # selectors are fallbacks behind the family's.
    fields = ITEM_TEXT_FIELDS.with_(
        replace={
            "news_id": (".item-code .news-code", "#ctl00_ContentPlaceHolder1_divNews .code span")
        },
        fallback={
            "supertitle": ("#ctl00_ContentPlaceHolder1_lblRotitr",),
            "lead": ("#ctl00_ContentPlaceHolder1_lblLead",),
        },
    )
    content = ITEM_TEXT_CONTENT.with_(
        fallback=("#ctl00_ContentPlaceHolder1_lblBody",),
        drop=(".more-news", ".image-caption", ".item-code"),
    )
