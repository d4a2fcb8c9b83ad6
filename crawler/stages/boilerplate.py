"""Page furniture out, article text in: the body from HTML or plain text (``crawler.cleaning``)."""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from functools import lru_cache
from typing import Any

from crawler.cleaning.document import split_text_document
from crawler.cleaning.html import extract_body
from crawler.cleaning.residual import clean_lines
from crawler.cleaning.rules import ContentRules
from crawler.extraction.persian import fold


@lru_cache(maxsize=64)
def _line_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


# Characters XML forbids: lxml refuses to set them as element text, so one stray \x1f
# in a page would crash the generic path. They never carry meaning in a news page.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# How far down the lead may sit below head furniture (bylines, datelines), and how
# short that furniture is; a longer paragraph above the lead is article text.
_LEAD_WINDOW = 4
_HEAD_MAX_WORDS = 15

BODY_TRUNCATED = "body_truncated"
DEFAULT_BODY_MAXCHARS = 100_000


def _same(a: str | None, b: str | None) -> bool:
    """The same words, however spelt: a title restated in the body in other digits or
    letters («۶۰۰ میلیارد» above, «600 میلیارد» below) is still the title."""
    return bool(a and b) and " ".join(fold(a).split()) == " ".join(fold(b).split())


def drop_head(paragraphs: list[str], item: MutableMapping[str, Any]) -> list[str]:
    """Remove title, supertitle and lead from the top of the body.

    The lead lives in ``lead``, never in the body too. On generic pages a byline or a
    dateline («ارسال شده در … توسط …») can sit above the lead inside the content
    container; when the lead is found within the first few paragraphs and only short
    lines precede it, they go with it.
    """
    heads = (item.get("title"), item.get("supertitle"))
    while paragraphs and any(_same(paragraphs[0], h) for h in heads):
        paragraphs = paragraphs[1:]
    lead = item.get("lead")
    for i, paragraph in enumerate(paragraphs[:_LEAD_WINDOW]):
        if _same(paragraph, lead):
            if all(len(p.split()) <= _HEAD_MAX_WORDS for p in paragraphs[:i]):
                return paragraphs[i + 1 :]
            break
    return paragraphs


def cap_paragraphs(paragraphs: list[str], max_chars: int) -> tuple[list[str], bool]:
    """The paragraphs that fit in ``max_chars`` (0: no cap), and whether any were cut.

    The longest real articles are a few tens of thousands of characters; a body of
    megabytes is a hostile or broken page, and normalisation and extraction cost grows
    with the text, so what they read is bounded.
    """
    if not max_chars:
        return paragraphs, False
    kept: list[str] = []
    total = 0
    for paragraph in paragraphs:
        if total + len(paragraph) > max_chars:
            room = max_chars - total
            if room > 0 and not kept:  # one giant paragraph: keep its start
                kept.append(paragraph[:room])
            return kept, True
        kept.append(paragraph)
        total += len(paragraph) + 2
    return kept, False


def strip_boilerplate(
    item: MutableMapping[str, Any], rules: ContentRules | None, max_chars: int = 0
) -> None:
    """Fill ``body`` (and ``content_path``) from the page HTML or plain-text input.

    The lead lives in ``lead`` or is the body's first paragraph, never both; the
    title is never repeated as the body's first line. The news id and tags found among
    the furniture fill their fields when the page did not. A body over ``max_chars``
    keeps its first paragraphs and says ``body_truncated``.
    """
    errors = item.setdefault("errors", [])
    if item.get("html"):
        paragraphs, path = extract_body(_XML_FORBIDDEN.sub("", item["html"]), rules)
        extra = _line_patterns(rules.drop_lines) if rules else ()
        residual = clean_lines(paragraphs, extra, rejoin=False)
        paragraphs = residual.paragraphs
    elif item.get("text_input"):
        doc = split_text_document(item["text_input"])
        residual = doc
        paragraphs, path = doc.paragraphs, "text"
        item["title"] = item.get("title") or doc.title
        item["supertitle"] = item.get("supertitle") or doc.supertitle
    else:
        item["body"], item["content_path"] = None, "none"
        errors.append("no_input")
        return
    paragraphs, cut = cap_paragraphs(drop_head(paragraphs, item), max_chars)
    if cut:
        errors.append(BODY_TRUNCATED)
    item["news_id"] = item.get("news_id") or residual.news_id
    item["tags"] = list(dict.fromkeys([*(item.get("tags") or []), *residual.tags]))
    item["credit_lines"] = list(residual.credits)
    item["body"] = "\n\n".join(paragraphs) or None
    item["content_path"] = path if item["body"] else "none"
    if not item["body"]:
        errors.append("no_body")
