"""Donya-e-Eqtesad, the economic daily (Asam CMS): its provinces section and macro-economy.

Asam URLs are ``/<section-name>-<section id>/<article id>-<slug>`` with Persian,
percent-encoded section names; the section id never has more than four digits, the
article id always has at least six.
"""

from __future__ import annotations

from spiders.base import NewsSpider
from spiders.cms import ASAM_CONTENT, ASAM_FIELDS


class DonyaEEqtesadSpider(NewsSpider):
    name = "donya_e_eqtesad"
    allowed_domains = ["donya-e-eqtesad.com"]
    start_urls = [
        "https://donya-e-eqtesad.com/بخش-استان-ها-19",
        "https://donya-e-eqtesad.com/بخش-اقتصاد-کلان-183",
    ]
    feed_urls = ["https://donya-e-eqtesad.com/fa/feeds/?p=Y2F0ZWdvcmllcz0xOQ%2C%2C"]
    article_url = r"^/[^/]+-\d{1,4}/\d{6,}-"
    article_id = r"^/[^/]+-\d{1,4}/\d{6,}"
    fields = ASAM_FIELDS.with_(
        replace={
            "section": (".breadcrumb li:last-child a",),
            "tags": (".article-tag a",),
            "news_id": (".article-code span",),
        }
    )
    content = ASAM_CONTENT.with_(prefer=(".article-body",))
