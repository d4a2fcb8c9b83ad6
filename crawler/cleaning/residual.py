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

from crawler.cleaning.lexicon import END, SOURCE, line_kind, strip_end_marker
from crawler.extraction.persian import GREGORIAN_MONTHS, JALALI_MONTHS, fold

# Spelling-tolerant pieces: ZWNJ, space or nothing between word parts; ي/ى and ك.
_J = r"[\u200c ]?"
_YE = "[یيى]"
_KAF = "[کك]"

# Everything from an end marker on is furniture on every outlet we know.
END_MARKER = re.compile(rf"^\s*انتهای{_J}پیام\s*(?:[/\\|]\s*\S{{0,6}})?\s*$")
NEWS_ID = re.compile(rf"^\s*{_KAF}د\s*خبر\s*[:：]?\s*([0-9۰-۹٠-٩]{{3,12}})\s*$")
TAGS_HEADER = re.compile(rf"^\s*(?:برچسب{_J}ها|{_KAF}لید{_J}واژه{_J}ها|تگ{_J}ها)\s*[:：]?\s*$")

_MONTHS = "|".join((*JALALI_MONTHS, *GREGORIAN_MONTHS))
_D = "[0-9۰-۹٠-٩]"
_WEEKDAY = rf"(?:(?:{_YE}{_KAF}|دو|سه|چهار|پنج){_J}شنبه|شنبه|جمعه)"

# Lines that are furniture wherever they stand (anchored, so a sentence that merely
# mentions «نظر» or «ایمیل» is never dropped).
FURNITURE_LINES = tuple(
    re.compile(p)
    for p in (
        r"^[\s.…·•\-_=*]+$",  # dot and dash rows
        rf"^\s*سایر\s*زبان{_J}ها\s*$",
        rf"^\s*سایر\s*بخش{_J}ها\s*$",
        r"^\s*صفحه\s*(?:نخست|اصلی)\s*$",
        r"^\s*نظر\s*شما\s*[:：]?\s*$",
        r"^\s*ارسال\s*نظر\s*$",
        r"^\s*نظرات\s*$",
        r"^\s*تبادل\s*نظر\s*$",
        r"^\s*شما\s*در\s*حال\s*پاسخ\s*به\s*نظر.*هستید\.?\s*$",
        r"^\s*captcha\s*$",
        r"^\s*(?:کد\s*امنیتی|لطفا\s*کد).*$",
        r"^\s*آدرس\s*ایمیل\s*خود\s*را.*$",
        r"^\s*(?:نام|ایمیل|پست\s*الکترونیک)\s*[:：*]?\s*$",
        r"^\s*گفتگو\s*با\s*هوش\s*مصنوعی\s*$",
        r"^\s*💬.*$",
        rf"^\s*(?:اشتراک{_J}گذاری|{_KAF}پی\s*شد|لینک\s*{_KAF}وتاه|چاپ\s*خبر|ذخیره)\s*[:：]?.*$",
        r"^\s*(?:بیشتر\s*بخوانید|بیشتر)\s*[:：].*$",
        rf"^\s*این\s*خبر\s*(?:بروز|به{_J}روز)\s*رسانی\s*می{_J}شود.*$",
        rf"^\s*تهیه\s*شده\s*در\s*اداره\s*{_KAF}ل\s*رسانه{_J}های\s*نوین.*$",
        r"^\s*(?:منبع|source)\s*[:：]?\s*$",
        # a dateline alone: «۱۸ اردیبهشت ۱۴۰۳ - ۱۰:۳۰», «شنبه ۲۳ اردیبهشت ۱۴۰۳»
        rf"^\s*(?:{_WEEKDAY}\s*[،,]?\s*)?{_D}{{1,2}}\s+(?:{_MONTHS})\s+{_D}{{4}}"
        rf"(?:\s*[-–|،,]?\s*(?:ساعت\s*)?{_D}{{1,2}}:{_D}{{2}})?\s*$",
        rf"^\s*{_D}{{4}}/{_D}{{1,2}}/{_D}{{1,2}}(?:\s*[-–|]?\s*{_D}{{1,2}}:{_D}{{2}})?\s*$",
        # photo/video credits and captions' bylines: «عکس: روابط عمومی ...» (short)
        r"^\s*(?:عکس|تصویر|عکاس|فیلم|ویدئو|ویدیو|گرافیک)\s*[:：|]\s*.{0,60}$",
        r"^\s*(?:تعداد\s*)?بازدید\s*[:：]\s*[0-9۰-۹٠-٩,٬]+\s*$",
        r"^\s*(?:لینک\s*کوتاه|نسخه\s*چاپی|ارسال\s*به\s*دوستان)\s*[:：]?.{0,40}$",
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
    """True when a whole line is page furniture."""
    return any(p.match(line) for p in FURNITURE_LINES)


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
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        kind = line_kind(line)
        if END_MARKER.match(line) or kind == END:
            result.dropped.append(line)
            result.credits.append(line)
            break
        line, ended = strip_end_marker(line)
        if ended:  # «… آغاز می‌شود. انتهای پیام/» in one paragraph
            result.dropped.append("(end marker)")
            if line:
                body.append(line)
            break
        if match := NEWS_ID.match(line):
            result.news_id = fold(match.group(1))
            result.dropped.append(line)
            continue
        if TAGS_HEADER.match(line):
            in_tags = True
            result.dropped.append(line)
            continue
        if kind or is_furniture(line) or any(p.search(line) for p in extra_patterns):
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
