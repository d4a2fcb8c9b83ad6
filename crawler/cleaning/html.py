"""Article body from HTML: outlet rules first, a generic extractor behind them.

The rules path is exact where we know the markup; the generic path (trafilatura) keeps
unknown sites and drifted layouts working. Which path produced a body is reported so a
site whose rules stopped matching shows up in the crawl stats.
"""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.html
import trafilatura
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


def generic_body(html: str) -> list[str]:
    """Paragraphs found by trafilatura, tuned for precision (no comments, no tables)."""
    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=True,
    )
    if not text:
        return []
    return [line.strip() for line in text.split("\n") if line.strip()]


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
    paragraphs = generic_body(html)
    return paragraphs, ("generic" if paragraphs else "none")
