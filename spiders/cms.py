"""Selector and content-rule sets shared by outlets built on one CMS family.

An outlet spider starts from its family's set and adds its own differences, always the
same way: ``FAMILY_FIELDS.with_(prefer=..., fallback=..., replace=...)`` and
``FAMILY_CONTENT.with_(prefer=..., fallback=..., drop=...)``, so a change in a family
template is fixed once and the order an outlet's selectors are tried in is explicit.
Sources: ../shared/outlets.md.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from crawler.cleaning.rules import ContentRules


class Fields(Mapping[str, tuple[str, ...]]):
    """Field -> selectors, tried in order (before the generic ones in ``spiders.base``).

    Immutable: an outlet derives its set from its family's with ``with_``.
    """

    def __init__(self, selectors: Mapping[str, tuple[str, ...]]) -> None:
        self._selectors = {name: tuple(values) for name, values in selectors.items()}

    def __getitem__(self, name: str) -> tuple[str, ...]:
        return self._selectors[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._selectors)

    def __len__(self) -> int:
        return len(self._selectors)

    def __repr__(self) -> str:
        return f"Fields({self._selectors!r})"

    def with_(
        self,
        *,
        prefer: Mapping[str, tuple[str, ...]] | None = None,
        fallback: Mapping[str, tuple[str, ...]] | None = None,
        replace: Mapping[str, tuple[str, ...]] | None = None,
    ) -> Fields:
        """The one way an outlet changes its family's fields: ``prefer`` selectors go
        before the family's for that field, ``fallback`` ones after them, ``replace``
        sets a field's selectors outright (also a field the family lacks)."""
        merged = dict(self._selectors)
        for name, own in (prefer or {}).items():
            merged[name] = (*own, *merged.get(name, ()))
        for name, own in (fallback or {}).items():
            merged[name] = (*merged.get(name, ()), *own)
        merged.update(replace or {})
        return Fields(merged)


# Furniture that sits inside article containers on most Iranian news CMSs.
COMMON_DROP = (
    ".tags",
    ".share",
    ".social",
    ".related",
    ".comments",
    ".print-header",
    ".noprint",
    ".advertisement",
    ".ads",
)

# "item-text" family: IRNA, Mehr, Khabaronline, Hamshahri, ISNA, Kurdpress, Eghtesad Online.
ITEM_TEXT_FIELDS = Fields(
    {
        "supertitle": (".kicker", ".rutitr"),
        "title": ("h1.title", "article h1", "h1"),
        "lead": ("p.summary.introtext", ".item-summary p.summary", "p.summary"),
        "raw_published": (
            'meta[property="article:published_time"]::attr(content)',
            ".item-date span",
        ),
        "section": (".breadcrumb li:last-child", "ol.breadcrumb li:last-child"),
        "tags": ("section.tags li", ".tags li a", ".tags div ul li a"),
    }
)
ITEM_TEXT_CONTENT = ContentRules(
    root=(".item-body .item-text", ".item-text", '[itemprop="articleBody"]'),
    drop=COMMON_DROP + ("a.saba-backlink", "ul.header-sharing", "figure.item-img"),
    family="item-text",
)

# Asam family: Tasnim and others.
ASAM_FIELDS = Fields(
    {
        "supertitle": (".kicker", ".uptitle"),
        "title": ("h1.title", "article h1"),
        "lead": (".lead",),
        "raw_published": ("time::attr(datetime)", ".time"),
        "section": ("li.service", ".breadcrumb li:last-child a"),
        "tags": (".tags li", ".article_tags li"),
        "news_id": (".news-id span",),
    }
)
ASAM_CONTENT = ContentRules(
    root=("article .story", ".story", ".article_body #echo_detail", ".article_body"),
    drop=COMMON_DROP
    + (".jwplayer", ".hideTag", ".lead", ".ai-chat", "figure", ".article_tags", ".share-top"),
    family="asam",
)

# IranSamaneh family: YJC and others.
IRANSAMANEH_FIELDS = Fields(
    {
        "supertitle": (".rutitr", ".subtitle-news"),
        "title": (".title-news", "div.title h1.Htags a.title", "h1"),
        "lead": (".news_strong", ".subtitle"),
        # The meta tag carries the offset; the page's Jalali text is the fallback.
        "raw_published": (
            'meta[property="article:published_time"]::attr(content)',
            ".details-box-news .photo-newspage-date .date-color-news",
        ),
        "section": (".path_bottom_body a:last-child",),
        "tags": (".tags li", ".tags_title a"),
        "news_id": (".news-id-c span", ".news_id_c"),
    }
)
IRANSAMANEH_CONTENT = ContentRules(
    root=(".baznashr-body", ".news_body_serv2 .body", ".body"),
    drop=COMMON_DROP
    + (
        ".comments_item",
        ".comm_answer",
        ".news_strong",
        ".news-img",
        ".caption",
        ".related_news_box",
        ".video-player",
        ".share_news",
    ),
    family="iransamaneh",
)

# WordPress news themes: Madannameh and many small provincial sites. Theme classes differ,
# so the family carries the core WordPress markup and outlets add their theme's names.
WORDPRESS_FIELDS = Fields(
    {
        "supertitle": (".entry-subtitle", ".post-subtitle"),
        "title": ("h1.entry-title", "article h1", "h1"),
        "lead": (".entry-summary", ".post-excerpt"),
        "raw_published": (
            'meta[property="article:published_time"]::attr(content)',
            "time.entry-date::attr(datetime)",
        ),
        "section": (".cat-links a", '[rel="category tag"]'),
        "tags": ('a[rel="tag"]', ".tags-links a"),
    }
)
WORDPRESS_CONTENT = ContentRules(
    root=(".entry-content", "article .post-content"),
    drop=COMMON_DROP + (".sharedaddy", ".jp-relatedposts", ".wp-caption-text", ".post-views"),
    family="wordpress",
)

#: Every family's content rules by name (``ContentRules.family``).
FAMILIES: dict[str, ContentRules] = {
    rules.family: rules
    for rules in (ITEM_TEXT_CONTENT, ASAM_CONTENT, IRANSAMANEH_CONTENT, WORDPRESS_CONTENT)
    if rules.family
}
