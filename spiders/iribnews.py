"""IRIB News (IranSamaneh CMS with IRIB's own class names): provincial desks, economy.

Provincial desks open «به گزارش خبرگزاری صداوسیما <province>»; that attribution is
kept in the body (extraction reads it). IRIB's template renames the IranSamaneh
containers, so its selectors go first and the family's stay behind them.
"""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import IRANSAMANEH_CONTENT, IRANSAMANEH_FIELDS


class IribnewsSpider(NewsSpider):
    name = "iribnews"
    allowed_domains = ["iribnews.ir"]
    start_urls = [
        "https://www.iribnews.ir/fa/services/9/provinces",
        "https://www.iribnews.ir/fa/services/6/economy",
    ]
    feed_urls = ["https://www.iribnews.ir/fa/rss/allnews"]
    article_url = r"^/fa/news/\d+"
    next_page = ".pagination a.next::attr(href), a[rel='next']::attr(href)"
    fields = IRANSAMANEH_FIELDS.with_(
        replace={
            "supertitle": (".news_general_dl .rutitr",),
            "title": (".news_general_dl h1.title", ".title"),
            "lead": ("p.subtitle",),
            "raw_published": (".news_pdate_c",),
            "section": (".news_path a:last-child", ".news_path2 a:last-child"),
            "tags": (".tags_title a",),
            "news_id": (".news_id_c span",),
        }
    )
    content = IRANSAMANEH_CONTENT.with_(
        prefer=(".news_album_main_part",), drop=(".news_album_photo_caption",)
    )
