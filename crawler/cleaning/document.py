"""Plain-text pages: finding the supertitle, title and body in a flat run of lines.

Text exports of news pages put the روتیتر (a short line ending in «:») above the title,
the title on its own line, then the body. The residual filter has already removed nav
menus and footers, so the first remaining lines are the head of the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.cleaning.residual import clean_lines

_TITLE_MAX_WORDS = 25


@dataclass
class TextDocument:
    supertitle: str | None = None
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    news_id: str | None = None
    tags: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


def _is_head_line(line: str) -> bool:
    return len(line.split()) <= _TITLE_MAX_WORDS and not line.rstrip().endswith((".", "؟", "!"))


def split_text_document(text: str) -> TextDocument:
    """Supertitle, title and cleaned body paragraphs of a plain-text article."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    # The head is read before rejoining so a title is never glued to the lead.
    residual = clean_lines(lines, rejoin=False)
    head = residual.paragraphs
    doc = TextDocument(news_id=residual.news_id, tags=residual.tags, credits=residual.credits)
    i = 0
    if i < len(head) and head[i].endswith((":", "：")) and _is_head_line(head[i]):
        doc.supertitle = head[i].rstrip(":： ")
        i += 1
    if i < len(head) and _is_head_line(head[i]) and i + 1 < len(head):
        doc.title = head[i]
        i += 1
    doc.paragraphs = clean_lines(head[i:]).paragraphs
    return doc
