"""The text-level residual filter that every body passes through.

HTML rules miss things and plain-text inputs have no markup at all, so furniture is
also recognised by its words: end markers («انتهای پیام/ش») and the in-article lines of
``crawler.cleaning.lexicon`` (player prompts, source and copyright lines), news codes, comment and
captcha prompts, AI-chat boxes, share prompts, dot rows and nav menus (runs of short
menu-like lines). Hard-wrapped lines are rejoined into paragraphs. The news id, tags and
credit lines («منبع: ایسنا», «انتهای پیام/ ایلنا») found among the furniture move to their
own fields instead of being lost: the agency a copy credits is often named only there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.cleaning.lexicon import END, SOURCE, TAGS, line_kind, strip_end_marker
from crawler.extraction.lexicon import news_id_source
from crawler.extraction.persian import GREGORIAN_MONTHS, JALALI_MONTHS, fold

# Spelling-tolerant pieces: ZWNJ, space or nothing between word parts; ي/ى and ك.
_J = r"[\u200c ]?"
_YE = "[یيى]"
_KAF = "[کك]"

# «کد خبر: 2772595» alone on a line: the id moves to its own field (the pattern is the
# extraction's news-id rule, anchored to the whole line)
NEWS_ID = re.compile(r"^\s*" + news_id_source(r"\s*") + r"\s*$")

_MONTHS = "|".join((*JALALI_MONTHS, *GREGORIAN_MONTHS))
_D = "[0-9۰-۹٠-٩]"
_WEEKDAY = rf"(?:(?:{_YE}{_KAF}|دو|سه|چهار|پنج){_J}شنبه|شنبه|جمعه)"

# Lines that are furniture by their shape, not their words (the worded ones are
# crawler/data/furniture_lines.json's groups): anchored, so a sentence is never dropped.
FURNITURE_SHAPES = tuple(
    re.compile(p)
    for p in (
        r"^[\s.…·•\-_=*]+$",  # dot and dash rows
        r"^\s*💬.*$",  # an AI-chat box's prompt
        # a dateline alone: «۱۸ اردیبهشت ۱۴۰۳ - ۱۰:۳۰», «شنبه ۲۳ اردیبهشت ۱۴۰۳»
        # (the day may be typed glued to its month: «۰۳شهریور ۱۴۰۲»)
        rf"^\s*(?:{_WEEKDAY}\s*[،,]?\s*)?{_D}{{1,2}}\s*(?:{_MONTHS})\s+{_D}{{4}}"
        rf"(?:\s*[-–|،,]?\s*(?:ساعت\s*)?{_D}{{1,2}}:{_D}{{2}})?\s*$",
        rf"^\s*{_D}{{4}}/{_D}{{1,2}}/{_D}{{1,2}}(?:\s*[-–|]?\s*{_D}{{1,2}}:{_D}{{2}})?\s*$",
        # an image or a bare address on its own line (text saved as Markdown, a copied
        # link): its digits and %-escapes are not the article's numbers
        r"^\s*!?\[[^\]]*\]\([^)\s]*\)\s*$",
        r"^\s*(?:https?://|www\.)\S+\s*$",
    )
)

# A line that ends a sentence (or introduces a quote) is never a hard wrap.
_TERMINAL = re.compile(r"[.!?؟:؛…»\")\]]\s*$")
_CONTINUATION_START = re.compile(r"^(?:و|که|را|نیز)\s")
_MENU_MAX_WORDS = 3
_MENU_MIN_RUN = 4


@dataclass
class Residual:
    """What the filter kept and what it moved out of the body."""

    paragraphs: list[str] = field(default_factory=list)
    news_id: str | None = None
    tags: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


def is_furniture(line: str) -> bool:
    """True when a whole line is page furniture: a worded one of the lexicon's groups
    (not a tags header: what follows it is kept as tags) or a furniture shape."""
    kind = line_kind(line)
    if kind is not None:
        return kind != TAGS
    folded = fold(line)  # «شهريور», «٠٣»: a dateline in any spelling
    return any(p.match(folded) for p in FURNITURE_SHAPES)


def _menu_like(line: str) -> bool:
    return len(line.split()) <= _MENU_MAX_WORDS and not _TERMINAL.search(line)


def _drop_menu_runs(lines: list[str], dropped: list[str]) -> list[str]:
    """Remove runs of ≥4 consecutive short, unpunctuated lines (nav menus, tag clouds)."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _menu_like(lines[j]):
            j += 1
        if j - i >= _MENU_MIN_RUN:
            dropped.extend(lines[i:j])
        else:
            kept.extend(lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return kept


def rejoin_wrapped(lines: list[str]) -> list[str]:
    """Join lines that a fixed-width wrap broke mid-sentence.

    A line is a continuation of the previous one when the previous does not end a
    sentence and either it was wrapped at (near) the widest line length, the next
    piece is a short tail, or the next starts with a conjunction. Short unpunctuated
    lines followed by long ones are subheadings and stay apart.
    """
    if len(lines) < 2:
        return lines
    widest = max(len(line) for line in lines)
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        wrapped = not _TERMINAL.search(prev) and (
            len(prev) >= 0.7 * widest
            or (len(line.split()) <= 6 and len(prev.split()) > 8)
            or (_CONTINUATION_START.match(line) and len(prev.split()) > 8)
        )
        if wrapped:
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


# how many lines after an end marker may still hold the copy's source line
_SOURCE_AFTER_END = 2


def _closing_source(lines: list[str], start: int, result: Residual) -> None:
    """A source line right after the end marker («انتهای پیام/ز» then «منبع: ایسنا»): the
    page's own credit of the copy, kept as a credit line (the rest after the marker is
    footer, dropped unread)."""
    seen = 0
    for raw in lines[start:]:
        line = raw.strip()
        if not line:
            continue
        if line_kind(line) == SOURCE:
            result.credits.append(line)
            return
        seen += 1
        if seen >= _SOURCE_AFTER_END:
            return


def clean_lines(
    lines: list[str], extra_patterns: tuple[re.Pattern[str], ...] = (), rejoin: bool = True
) -> Residual:
    """Filter furniture out of body lines; move the news id and tags to fields.

    ``rejoin`` is for text whose line breaks are not structure (plain text, ``<br>``
    runs); paragraphs from HTML blocks are already whole and are left as they are.
    """
    result = Residual()
    body: list[str] = []
    in_tags = False
    for at, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        kind = line_kind(line)
        if kind == END:
            result.dropped.append(line)
            result.credits.append(line)
            _closing_source(lines, at + 1, result)
            break
        line, ended = strip_end_marker(line)
        if ended:  # «… آغاز می‌شود. انتهای پیام/» in one paragraph
            result.dropped.append("(end marker)")
            if line:
                body.append(line)
            _closing_source(lines, at + 1, result)
            break
        if match := NEWS_ID.match(fold(line)):
            result.news_id = match.group("id")
            result.dropped.append(line)
            continue
        if kind == TAGS:
            in_tags = True
            result.dropped.append(line)
            continue
        if is_furniture(line) or any(p.search(line) for p in extra_patterns):
            if kind == SOURCE:
                result.credits.append(line)
            in_tags = False
            result.dropped.append(line)
            continue
        if in_tags and len(line.split()) <= 4:
            result.tags.append(line)
            continue
        in_tags = False
        body.append(line)
    body = _drop_menu_runs(body, result.dropped)
    result.paragraphs = rejoin_wrapped(body) if rejoin else body
    return result
