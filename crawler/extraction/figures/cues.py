"""Reading cues around a number: which subject cue stands where, where the noun phrase
after a unit ends. Shared by the subject and kind rules."""

from __future__ import annotations

import re

from crawler.extraction.lexicon import (
    ACTUAL_RE,
    BARE_VERB_RE,
    CHANGE_RE,
    DOMAIN_SUBJECTS,
    FORECAST_RE,
    GENERIC_HEADS,
    HEAD_LINK_RE,
    HEAD_MODIFIER_RE,
    HEAD_PARTICIPLE_RE,
    NOT_A_WHOLE_RE,
    NP_STOP_RE,
    PREP_RE,
    RATED_AFTER_RE,
    SECTOR_WORD_RE,
    SUBJECT_RE,
    TARGET_RE,
    VERB_STOP_RE,
)
from crawler.extraction.sentences import Span

_WORD_RE = re.compile(r"\s?([^\W\d_]+)")
# what cuts a clause into comma-delimited segments (the kind rules look for the next one)
COMMA_RE = re.compile(r"[،,]")
# any digit (folded text: ASCII digits only)
DIGIT_RE = re.compile(r"\d")
# What may start right after the noun phrase of a unit.
_PREDICATE_STARTS = (
    NP_STOP_RE,
    PREP_RE,
    VERB_STOP_RE,
    BARE_VERB_RE,
    ACTUAL_RE,
    FORECAST_RE,
    TARGET_RE,
    CHANGE_RE,
)


def segment_start(folded: str, lo: int, hi: int) -> int:
    """Where the comma-delimited segment that ends at ``hi`` starts: right after the last
    comma in [lo, hi), else ``lo``. A list's items («... صادرات، ۲۰ درصد ...») are read
    each in its own segment, so a cue of the item before does not reach the number."""
    start = lo
    for m in COMMA_RE.finditer(folded, lo, hi):
        start = m.end()
    return start


def nearest(regex: re.Pattern[str], folded: str, lo: int, hi: int, point: int) -> int | None:
    """Distance from ``point`` to the nearest match of ``regex`` in [lo, hi), or None."""
    best: int | None = None
    for m in regex.finditer(folded, lo, hi):
        d = m.start() - point if m.start() >= point else point - m.end()
        if best is None or d < best:
            best = d
    return best


def subject_from(folded: str, lo: int, hi: int, *, allow_growth: bool, last: bool) -> str | None:
    """The first (or last) cue in [lo, hi); of adjacent cues the first, the head noun:
    «ظرفیت تولید» is capacity, «سهمیه تسهیلات اشتغال» credit. Read backwards (``last``), a
    cue inside a closed parenthesis glosses the noun before it and is skipped: «مبادلات
    تجاری (مجموع صادرات و واردات) با ۱۲ میلیارد دلار» is trade."""
    found: str | None = None
    head_end = -2
    glossed = last and ")" in folded[lo:hi]
    for m in SUBJECT_RE.finditer(folded, lo, hi):
        if m.lastgroup == "growth" and not allow_growth:
            continue
        if glossed and _in_gloss(folded, lo, hi, m.start()):
            continue
        adjacent = _next_to(folded, head_end, m.start())
        head_end = m.end()
        if adjacent and found is not None:
            # a domain beats a generic head: «تولید برق», «ظرفیت نیروگاه‌ها» are electricity
            if found in GENERIC_HEADS and m.lastgroup in DOMAIN_SUBJECTS:
                found = m.lastgroup
            continue
        found = rated_capacity(folded, m.lastgroup, m.end())
        if not last:
            return found
    return found


def _next_to(folded: str, head_end: int, start: int) -> bool:
    """A cue at ``start`` right after the cue ending at ``head_end``, or after a
    'head_modifiers' word between them («تولید واقعی انرژی خورشیدی», «تولید سالانه برق»)."""
    if start - head_end <= 1:
        return True
    if head_end < 0 or start - head_end > 12:
        return False
    m = HEAD_MODIFIER_RE.match(folded, head_end)
    return m is not None and m.end() >= start


def rated_capacity(folded: str, label: str | None, cue_end: int) -> str | None:
    """A production cue right before a rated word ('rated_words') names a capacity: the
    nominal output («استخراج اسمی معادن ... ۲ میلیون و ۸۰۰ هزار تن»), not output made."""
    if label == "production" and RATED_AFTER_RE.match(folded, cue_end):
        return "capacity"
    return label


def _in_gloss(folded: str, lo: int, hi: int, at: int) -> bool:
    """Whether ``at`` lies inside a parenthesis that closes before ``hi``; it may open
    before ``lo`` when a comma inside it started the segment («(صادرات، واردات)»)."""
    back = max(0, lo - 120)
    opened = folded.rfind("(", back, at)
    return opened > folded.rfind(")", back, at) and folded.find(")", at, hi) != -1


def predicate_at(rest: str) -> bool:
    """``rest`` starts with a verb, a preposition, a stop word or a change word: the noun
    phrase after a unit ended there."""
    return any(r.match(rest) for r in _PREDICATE_STARTS)


def bare_unit(folded: str, unit_end: int, end: int) -> bool:
    """Nothing but a verb, a preposition or a change word follows the unit."""
    rest = folded[unit_end:end].lstrip()
    return not rest or predicate_at(rest)


def _noun_before(folded: str, clause: Span, start: int) -> tuple[bool, bool]:
    """Whether a subject cue (not «رشد») ends right before the number («تسهیلات ۸ هزار
    ...»), and whether a linking word joins it to the number («سرمایه گذاری بالغ بر
    ۶۹۰۷ میلیارد تومان»: the cue is plainly the amount's head)."""
    head = folded[max(clause.start, start - 35) : start].rstrip()
    link = HEAD_LINK_RE.search(head)
    head = head[: link.start()].rstrip() if link else head
    participle = HEAD_PARTICIPLE_RE.search(head)  # «تسهیلات مصوب ۹۰۰ میلیارد ریال»
    head = head[: participle.start()].rstrip() if participle else head
    matches = list(SUBJECT_RE.finditer(head))
    last = matches[-1] if matches else None
    found = last is not None and last.end() == len(head) and last.lastgroup != "growth"
    return found, found and link is not None


def names_a_whole(folded: str, unit_end: int, end: int) -> bool:
    """The word after a percentage names what it is a part of (not a change, a verb, a
    preposition, a rate or a subject word that other rules read)."""
    m = _WORD_RE.match(folded, unit_end, end)
    if m is None:
        return False
    rest = folded[m.start(1) : end]
    return not (NOT_A_WHOLE_RE.match(rest) or predicate_at(rest))


def np_subject(
    folded: str, clause: Span, start: int, unit_end: int, *, part: bool = False
) -> str | None:
    """The cue in the noun phrase right after the unit; a cue that starts inside it may
    run over a preposition («مشغول به کار»). A preposition ends the phrase when the
    figure's noun came first: «تسهیلات ۸ هزار میلیارد ریالی به واحدهای صادرات‌محور» is
    credit; without a noun before, the complement tells («۲۵۰ هزار تن به مراکز خرید»).
    A cue linked to an amount by «بالغ بر», «به مبلغ» ... is its head, and the phrase after
    does not count; a percentage (``part``) is still a part of what follows it («هزینه
    گرمایش گلخانه‌ها بیش از ۴۰ درصد هزینه تولید است»)."""
    stop = NP_STOP_RE.search(folded, unit_end, clause.end)
    np_end = min(stop.start() if stop else clause.end, unit_end + 30)
    before, linked = _noun_before(folded, clause, start)
    if linked and not part:
        return None  # «سرمایه گذاری بالغ بر ۶۹۰۷ میلیارد تومان زمینه اشتغال ...»: the head
    if before:
        prep = PREP_RE.search(folded, unit_end, np_end)
        np_end = prep.start() if prep else np_end
    found: str | None = None
    head_end = -2
    for m in SUBJECT_RE.finditer(folded, unit_end, clause.end):
        if m.start() >= np_end and found is None:
            break
        if found is not None:
            # «۲۱۰ نفر ظرفیت اشتغال»: a domain right after a generic head names the figure
            adjacent = _next_to(folded, head_end, m.start())
            if adjacent and found in GENERIC_HEADS and m.lastgroup in DOMAIN_SUBJECTS:
                return m.lastgroup
            return found
        if m.lastgroup != "growth":
            found, head_end = m.lastgroup, m.end()
    return found


def sector_in_clause(
    folded: str, clause: Span, start: int, unit_end: int, *, np_only: bool = False
) -> str | None:
    """The sector word nearest the figure in its clause (see ``sector_named_nearby``)."""
    stop = NP_STOP_RE.search(folded, unit_end, clause.end)
    np_end = min(stop.start() if stop else clause.end, unit_end + 30)
    # searched to the clause end, so that a word cut at the window's end («بنیاد مس|کن»)
    # does not pass for another («مس»)
    after = SECTOR_WORD_RE.search(folded, unit_end, clause.end)
    m = after if after and after.start() < np_end else None
    if m or np_only:
        return m.lastgroup if m else None
    before = list(SECTOR_WORD_RE.finditer(folded, clause.start, start))
    if before:
        return before[-1].lastgroup
    return after.lastgroup if after else None  # (the same search, not run twice)
