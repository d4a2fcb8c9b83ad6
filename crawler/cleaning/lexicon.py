"""In-article furniture lines recognised by their words (``crawler/data/furniture_lines.json``).

Inside the article container many sites put lines that are not the article: end
markers of the agencies («انتهای پیام», «پایان خبر», «/ ن»), captions and prompts of
embedded players («برای مشاهده این ویدیو … نصب کنید», «دانلود فایل»), a source line
naming the site itself («منبع: …»), copyright lines («کلیه حقوق … محفوظ است»). Their
spellings vary, so they are data: phrases matched on whole, normalised lines with a
length bound, never patterns assembled here. The residual filter asks ``line_kind``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crawler.data import load
from crawler.extraction.persian import fold

END = "end_markers"
SOURCE = "source"  # «منبع: X»: dropped, but its words name the agency a copy credits
TAGS = "tags_header"  # «برچسب‌ها»: dropped; the short lines after it are the tags

# ZWNJ/ZWJ, tatweel and punctuation become spaces; ':' stays a word of its own (source
# and duration lines are told from sentences by it), and a bar is read as one («فیلم |
# بازدید ...», «عکس: ...»: a label and what it labels).
_NOISE = re.compile(r"[\u200c\u200d\u200e\u200f\u0640.,،؛;!?؟«»\"'()\[\]{}/\\\-–—_*•…]+")
_COLON = re.compile(r"\s*[:：|]\s*")
# An agency's closing code alone on a line: «/ ن», «ش/», «۷۲۲۲/۲۰۶۱», «/۶۸۲۲». At most
# two groups: a date («۱۴۰۳/۰۲/۱۵») has three.
_CODE = r"(?:[\u0600-\u06ff]{1,3}|[0-9۰-۹]{1,6})"
_CODE_LINE = re.compile(rf"^[\s/\\]*{_CODE}?(?:\s*/\s*{_CODE})?[\s/\\]*$")
CODE = "agency_code"


def normalise(line: str) -> str:
    """The form lines and phrases are compared in."""
    text = _COLON.sub(" : ", fold(line).lower())
    return " ".join(_NOISE.sub(" ", text).split())


@dataclass(frozen=True)
class Phrase:
    """One lexicon entry (see the data file's ``_about``)."""

    equals: str = ""
    starts: str = ""
    ends: str = ""
    contains: tuple[str, ...] = ()
    max_words: int = 40

    def matches(self, text: str, words: int) -> bool:
        if words > self.max_words:
            return False
        padded = f" {text} "
        return (
            (not self.equals or text == self.equals)
            and (not self.starts or padded.startswith(f" {self.starts} "))
            and (not self.ends or padded.endswith(f" {self.ends} "))
            and all(f" {c} " in padded for c in self.contains)
        )


@cache
def lexicon() -> dict[str, tuple[Phrase, ...]]:
    """Groups of phrases, normalised as lines are."""
    data = load("furniture_lines.json")
    groups = {}
    for group, entries in data.items():
        if group.startswith("_"):
            continue
        groups[group] = tuple(
            Phrase(
                equals=normalise(e.get("equals", "")),
                starts=normalise(e.get("starts", "")),
                ends=normalise(e.get("ends", "")),
                contains=tuple(normalise(c) for c in e.get("contains", ())),
                max_words=int(e.get("max_words", 40)),
            )
            for e in entries
        )
    return groups


def is_code_line(line: str) -> bool:
    """An agency's closing code alone on a line (it has a slash and nothing else)."""
    stripped = line.strip()
    return "/" in stripped and len(stripped) <= 14 and bool(_CODE_LINE.match(stripped))


def line_kind(line: str) -> str | None:
    """The lexicon group a whole line belongs to (``end_markers``, ``media`` …), or None.

    ``agency_code`` for a closing code alone on a line: dropped, but not an end marker
    (a stray number with a slash must not cut the body).
    """
    if is_code_line(line):
        return CODE
    text = normalise(line)
    if not text:
        return None
    words = len(text.split())
    for group, phrases in lexicon().items():
        if any(p.matches(text, words) for p in phrases):
            return group
    return None


def strip_end_marker(paragraph: str) -> tuple[str, bool]:
    """A paragraph with an end marker glued to its end («… است. انتهای پیام/») cut there.

    Returns (the text before the marker, whether one was found).
    """
    words = paragraph.split()
    for n in range(1, min(len(words), 5)):
        tail = " ".join(words[-n:])
        if line_kind(tail) == END:
            return " ".join(words[:-n]), True
    return paragraph, False
