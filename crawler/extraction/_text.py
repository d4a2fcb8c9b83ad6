"""Shared text helpers for the extraction stages.

Everything here keeps string LENGTH unchanged (`fold`) so that offsets found in the folded
text are valid in the original: every stage matches on folded text but reports surfaces
sliced from what the caller gave us.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

ZWNJ = "\u200c"

# One-to-one character folding: digits to ASCII, Arabic letter forms to Persian ones, the
# zero-width non-joiner and bidi marks to a plain space. Pages drop or keep ZWNJ at random
# («خوشه‌های», «خوشههای», «خوشه های»), so treating it as a space and allowing an optional
# space inside multiword lexicon entries covers all three spellings.
_FOLD_MAP = {ord(d): str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")}
_FOLD_MAP.update({ord(d): str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")})
_FOLD_MAP.update(
    {
        ord("ي"): "ی",
        ord("ى"): "ی",
        ord("ك"): "ک",
        ord("ۀ"): "ه",
        ord("ة"): "ه",
        ord("أ"): "ا",
        ord("إ"): "ا",
        ord("\u200c"): " ",
        ord("\u200d"): " ",
        ord("\u200e"): " ",
        ord("\u200f"): " ",
        ord("\u00a0"): " ",
        ord("\u202f"): " ",
        ord("\ufeff"): " ",
    }
)


_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_MAP.items())


@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """Return `text` with digits, letter variants and ZWNJ folded, same length as the input.

    Chained str.replace (with an `in` pre-check) is several times faster than str.translate
    with a non-ASCII table; the cache serves the stages that fold the same document again.
    """
    for src, dst in _FOLD_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return text


_KEY_DROP_RE = re.compile(r"[\s\u200c\u200d\u0640،,.:؛;«»\"'()\[\]\-_/]+")


def key(text: str | None) -> str:
    """Comparison key: folded, with spaces, ZWNJ, tatweel and punctuation removed.

    Gold strings and outlet spellings differ only in these (شهرک‌های / شهرکهای / شهرک های).
    """
    if not text:
        return ""
    return _KEY_DROP_RE.sub("", fold(text))


def flex(phrase: str) -> str:
    """Regex source for a lexicon phrase where every space may be a space, ZWNJ or nothing."""
    parts = [re.escape(p) for p in fold(phrase).split()]
    return r"\s?".join(parts)


# Word boundary for Persian text: letters and digits are \w in Python's Unicode regexes.
WB_L = r"(?<![\w])"
WB_R = r"(?![\w])"


class Span(NamedTuple):
    start: int
    end: int


# Sentence ends: newline(s), or . ! ? ؟ followed by whitespace / end (so «7.9» and «1403/02/23»
# stay inside a sentence).
_SENT_END_RE = re.compile(r"\n+|(?<=[.!?؟])(?=\s|$)")
# A clause also ends where a finite verb is followed by «و» and a new statement:
# «هدف صادرات دو میلیارد دلار است و ۳۴۰۰ نفر مشغول به کار شدند» holds two figures with
# different subjects and kinds. Only verbs end a clause here, so «یک میلیارد و ۲۰۰
# میلیون» and «صنعت، معدن و تجارت» are never split.
_FINITE_VERBS = (
    "است|بود|شد|شدند|شده|رسید|رسیدند|رسیده|دارد|دارند|داشت|داشتند|داشته|کرد|کردند|کرده|"
    "یافت|یافتند|یافته|گرفت|گرفتند|گرفته|گردید|گردیدند|"
    r"می[\u200c ]?(?:شود|شوند|رسد|یابد|کند|کنند|دهد|دهند|گیرد)"
)
_CLAUSE_END_RE = re.compile(
    r"[:؛]|(?<![\w\u200c])(?:" + _FINITE_VERBS + r")(?:[\u200c ]?(?:است|اند|بود))?\s+و(?=\s)"
)


def sentence_spans(text: str) -> list[Span]:
    """Split text into sentence spans (offsets into `text`), dropping empty ones."""
    spans: list[Span] = []
    pos = 0
    for m in _SENT_END_RE.finditer(text):
        if m.start() > pos:
            spans.append(Span(pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append(Span(pos, len(text)))
    return [s for s in spans if text[s.start : s.end].strip()]


def clause_spans(text: str, sent: Span, statements: bool = True) -> list[Span]:
    """Split one sentence at «:», «؛» and «<verb> و»: «X گفت: Y» puts speaker and
    statement apart, «... است و ...» two statements (``statements=False``: not at «و»,
    for a figure whose own statement names no subject and continues the one before)."""
    spans: list[Span] = []
    pos = sent.start
    for m in _CLAUSE_END_RE.finditer(text, sent.start, sent.end):
        at_wa = m.group().endswith("و")  # the verb stays with its clause, «و» goes
        if at_wa and not statements:
            continue
        spans.append(Span(pos, m.end() - 1 if at_wa else m.start()))
        pos = m.end()
    spans.append(Span(pos, sent.end))
    return [s for s in spans if s.end > s.start]
