"""Article body from HTML: outlet rules first, a generic extractor behind them.

The rules path is exact where we know the markup; the generic path (an own text-density
method, chosen over trafilatura by measurement, see ``generic_body``) keeps unknown sites
and drifted layouts working. Which path produced a body is reported so a
site whose rules stopped matching shows up in the crawl stats.
"""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from crawler.cleaning.rules import ContentRules

# Never article text, whatever the outlet.
ALWAYS_DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "svg",
    "video",
    "audio",
    "object",
    "figcaption",
    "[hidden]",
    '[aria-hidden="true"]',
)
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article header footer table tr "
    "td th pre figure dd dt dl address aside nav main".split()
)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0]+")


@lru_cache(maxsize=512)
def _compiled(selector: str) -> CSSSelector:
    """CSS compiled once per selector string (rules are few and reused per page)."""
    return CSSSelector(selector)


def parse_html(html: str | bytes) -> etree._Element | None:
    """An lxml tree, or None for empty or unparseable input."""
    if not html or not str(html).strip():
        return None
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def node_paragraphs(node: etree._Element) -> list[str]:
    """Text of a subtree, one string per block element, inline white space folded.

    Mutates ``node`` (the tree is parsed per page and thrown away).

    Source line breaks inside a paragraph are layout, not structure, so they are
    folded; block boundaries and ``<br>`` become paragraph breaks.
    """
    for el in node.iter():
        if not isinstance(el.tag, str):  # comments, processing instructions
            continue
        el.text = _WS.sub(" ", el.text) if el.text else el.text
        el.tail = _WS.sub(" ", el.tail) if el.tail else el.tail
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    text = node.text_content() if hasattr(node, "text_content") else "".join(node.itertext())
    return [p.strip() for p in text.split("\n") if p.strip()]


def drop_nodes(root: etree._Element, selectors: tuple[str, ...]) -> int:
    """Remove every node matching the selectors (keeping their tails); count them."""
    removed = 0
    for selector in selectors:
        for node in _compiled(selector)(root):
            parent = node.getparent()
            if parent is None:
                continue
            node.drop_tree()
            removed += 1
    return removed


def rules_body(tree: etree._Element, rules: ContentRules) -> list[str] | None:
    """Paragraphs under the outlet's content root, furniture removed; None if no root."""
    for selector in rules.root:
        found = _compiled(selector)(tree)
        if found:
            root = found[0]
            drop_nodes(root, ALWAYS_DROP + rules.drop)
            return node_paragraphs(root)
    return None


# --- generic path ------------------------------------------------------------------

# Page regions that are never the article on any CMS (HTML5 landmarks).
REGION_DROP = ("nav", "aside", "footer", "header", "menu")
# Class/id words of furniture containers, matched as the start of a class token
# ("related_news_box", "comments-area", "sd-sharing-enabled", "jp-relatedposts").
NEGATIVE_WORDS = (
    "comment",
    "respond",
    "reply",
    "share",
    "sharing",
    "social",
    "related",
    "sidebar",
    "widget",
    "breadcrumb",
    "menu",
    "navbar",
    "topbar",
    "newsletter",
    "subscribe",
    "captcha",
    "login",
    "footer",
    "pager",
    "pagination",
    "advert",
    "banner",
    "popular",
    "mostview",
    "tags",
    "marquee",
    "print",
    # embedded players and their captions, download links (issue 15)
    "audio",
    "video",
    "player",
    "jwplayer",
    "caption",
    "download",
)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_NEGATIVE = re.compile(r"^(?:" + "|".join(NEGATIVE_WORDS) + ")")
_SENTENCE_END = re.compile(r"[.!?؟»]\s*$")
_COMMAS = re.compile(r"[،,]")
SCORED_TAGS = frozenset("p div td li dd span font blockquote pre section article".split())
INLINE_TAGS = frozenset("a b i u em strong span font small big sub sup abbr cite q mark br".split())
_MIN_PARAGRAPH_CHARS = 25
_LINKY_BLOCKS = ("p", "div", "li", "ul", "ol", "td", "dl", "section")


def _negative(el: etree._Element) -> bool:
    attrs = f"{el.get('class', '')} {el.get('id', '')}".lower()
    return any(_NEGATIVE.match(token) for token in _TOKEN_SPLIT.split(attrs) if token)


def _text_len(el: etree._Element) -> int:
    return len(_WS.sub(" ", el.text_content()).strip())


def _link_density(el: etree._Element) -> float:
    total = _text_len(el)
    if not total:
        return 0.0
    links = sum(_text_len(a) for a in el.iter("a"))
    return min(1.0, links / total)


def _own_text(el: etree._Element) -> str:
    """Text of ``el`` outside its block-level descendants (its paragraph text)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            parts.append(_own_text(child))
        parts.append(child.tail or "")
    return _WS.sub(" ", "".join(parts)).strip()


def _prose_len(el: etree._Element) -> int:
    """Characters of sentence-length text outside links under ``el``.

    Each element's own text (its text and its children's tails) counts when it is at
    least a short sentence long; link text never does. Menus, link lists with their
    time stamps and counters add almost nothing; article paragraphs add all of theirs.
    """
    total = 0
    stack = [el]  # iterative: hostile pages nest deeper than Python's recursion limit
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or node.tag == "a":
            continue
        own = _WS.sub(" ", (node.text or "") + "".join(c.tail or "" for c in node)).strip()
        if len(own) >= _MIN_PARAGRAPH_CHARS:
            total += len(own)
        stack.extend(node)
    return total


# Removed before anything is measured: their text is code, not page text.
_CODE_TAGS = ("script", "style", "noscript", "template")


def _prune(body: etree._Element) -> None:
    """Drop what is never article text; a wrapper holding most of the page is kept.

    ASP.NET pages wrap the whole page in one ``<form>``, some themes put the article in
    a ``<header>``-classed wrapper: removing a node that holds most of the page's prose
    would remove the article, so such nodes are kept (their furniture goes later).
    "Most" is measured on prose (text outside links, scripts and styles gone first): a
    real page's menus, tickers and inline scripts would otherwise outweigh the article
    and the wrapper holding it would be dropped.
    """
    drop_nodes(body, _CODE_TAGS)
    total = max(_prose_len(body), 1)

    def holds_most(node: etree._Element) -> bool:
        return _prose_len(node) >= 0.5 * total

    for selector in ALWAYS_DROP + REGION_DROP:
        for node in _compiled(selector)(body):
            if node.getparent() is not None and not holds_most(node):
                node.drop_tree()
    for node in list(body.iter()):
        if not isinstance(node.tag, str) or node.getparent() is None:
            continue
        if node.tag in ("body", "html"):
            continue
        if _negative(node) and not holds_most(node):
            node.drop_tree()


def _best_container(body: etree._Element) -> etree._Element | None:
    """Readability-style: paragraphs vote for their parent (and half for grandparent)."""
    scores: dict[etree._Element, float] = {}
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in SCORED_TAGS:
            continue
        text = _own_text(el)
        if len(text) < _MIN_PARAGRAPH_CHARS:
            continue
        points = 1 + len(_COMMAS.findall(text)) + min(len(text) / 100, 3)
        points += 1 if _SENTENCE_END.search(text) else 0
        # A block with its own text is part of the article body too: it votes for
        # itself (a <td> of <br>-separated paragraphs), its parent and grandparent.
        for weight, node in ((0.5, el), (1.0, el.getparent()), (0.5, None)):
            if node is None:
                parent = el.getparent()
                node = parent.getparent() if parent is not None else None
            if node is not None:
                scores[node] = scores.get(node, 0.0) + points * weight
    if not scores:
        return None
    return max(scores, key=lambda n: scores[n] * (1 - _link_density(n)))


def _drop_link_blocks(root: etree._Element) -> None:
    """Inside the chosen container: blocks that are mostly links (related, more, ads)."""
    for node in list(root.iter(*_LINKY_BLOCKS)):
        if node is root or node.getparent() is None:
            continue
        length = _text_len(node)
        if length and length < 300 and _link_density(node) > 0.5:
            node.drop_tree()


def density_body(html: str, drop: tuple[str, ...] = ()) -> list[str]:
    """Paragraphs of the densest text container (own method, no outlet knowledge).

    ``drop`` are an outlet's furniture selectors: when its content root has moved, its
    caption, share and related-link classes usually have not, so they still help.
    """
    tree = parse_html(html)
    if tree is None:
        return []
    return density_from_tree(tree, drop)


def density_from_tree(tree: etree._Element, drop: tuple[str, ...] = ()) -> list[str]:
    """``density_body`` on a page already parsed (mutates it: parse once, read once)."""
    body = tree.find("body")
    if body is None:
        body = tree
    if drop:
        drop_nodes(body, drop)
    _prune(body)
    container = _best_container(body)
    if container is None:
        return []
    _drop_link_blocks(container)
    return node_paragraphs(container)


def generic_body(html: str, drop: tuple[str, ...] = ()) -> list[str]:
    """The generic path's main-content step: the own density method.

    Chosen by measurement (``python -m evaluation.boilerplate --set generic``): on the
    unknown-layout pages it beats trafilatura in precision and recall, with or without
    trafilatura's precision mode, mostly because trafilatura keeps sidebars, bylines and
    related-link lists on old table and div-soup layouts.
    """
    return density_body(html, drop)


def extract_body(html: str, rules: ContentRules | None) -> tuple[list[str], str]:
    """(paragraphs, path): path is ``rules``, ``generic`` or ``none``.

    The rules are trusted only when they yield ``rules.min_chars`` characters; a page
    whose selectors match nothing or too little goes to the generic path.
    """
    tree = parse_html(html)
    if tree is None:
        return [], "none"
    if rules is not None and rules.root:
        paragraphs = rules_body(tree, rules)
        if paragraphs and sum(len(p) for p in paragraphs) >= rules.min_chars:
            return paragraphs, "rules"
    paragraphs = generic_body(html, rules.drop if rules is not None else ())
    return paragraphs, ("generic" if paragraphs else "none")
