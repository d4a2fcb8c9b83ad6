"""Where a sentence's own words begin: what news copy puts before a speaker or a role.

A lead sentence is often «<dateline or credit> <role> گفت: ...» or «<credit>، <name>
افزود ...». The people stage reads speakers and unnamed roles at the start of a
sentence's body, so it first skips these openers, in the order of ``OPENERS`` and again
until none applies:
 - a credit «به گزارش X،» / «به گزارش X، مرکز Y ؛» / «به نقل از X،», also when a line
   break cut «به» off («گزارش X،») or all of «به گزارش» (a known agency before «،»);
 - a dateline «یاسوج-», «قصرشیرین- ایرنا-», «بیرجند - ایرنا -» (at most three words a side);
 - a lead prefix «خبرگزاری تسنیم:», «رکنا :», «ایلنا:», «خبرآنی/لرستان»;
 - a scene or linking phrase «در ادامه این نشست،», «همچنین» (crawler/data/speech.json);
 - page residue: quotes, dashes, a stray comma, a Latin/digit stamp («date 2025-09-02»).
"""

from __future__ import annotations

import re

from crawler.extraction.attribution import canonical
from crawler.extraction.lexicon import (
    AGENCY_FIRST_WORDS,
    CLAUSE_OPENER_RE,
    OPENER_RE,
    ROLE_HEAD_RE,
    SPEECH_CUE_RE,
)
from crawler.extraction.provinces import NAME_RE as PLACE_RE

_P = r"[،,؛:]+"
CREDIT_RE = re.compile(
    r"\s*(?:(?:به\s*)?گزارش|به\s?نقل\s?از)[^،,؛:\n]{1,80}?\s?"
    + _P
    + r"(?:\s*(?:مرکز|استان)\s[^،,؛:\n]{1,40}?\s?"
    + _P
    + r")?\s*"
)
# «یاسوج-», «قصرشیرین- ایرنا-», «بيرجند - ايرنا -», «ارومیه - »: a few words then a dash
_DW = r"[^\s\-–—:،,.]+"  # a dateline word
DATELINE_RE = re.compile(
    rf"\s*{_DW}(?:[ \t]{_DW}){{0,2}}[ \t]?[-–—](?:[ \t]?{_DW}(?:[ \t]{_DW}){{0,2}}[ \t]?[-–—])?\s*"
)
# «خبرگزاری تسنیم:», «رکنا :», «باشگاه خبرنگاران جوان؛», «خبرآنی/لرستان», «X (x.ir) :»
_LW = r"[^\s:؛/،,]+"  # a lead prefix word
LEAD_PREFIX_RE = re.compile(rf"\s*{_LW}(?:[ \t]{_LW}){{0,5}}[ \t]?[:؛/][ \t]*")
# «خبرگزاری صدا و سیما مرکز خوزستان، مدیرعامل ...»: an agency's name before a comma (the
# «به گزارش» before it lost to a line break); checked against the agencies data
AGENCY_RE = re.compile(r"\s*(?P<src>[^،,؛:\n]{2,60}?)\s?[،,؛:]+\s*")
RESIDUE_RE = re.compile(r"(?:[\s«»\"'\-–—،,]|[A-Za-z0-9][A-Za-z0-9\-/:.]*)+(?=\S)")

_FIRST_WORD_RE = re.compile(r"\s*([^\W\d_]+)")

OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("residue", RESIDUE_RE),
    ("credit", CREDIT_RE),
    ("agency", AGENCY_RE),
    ("scene", OPENER_RE),
    ("linking", CLAUSE_OPENER_RE),
    ("dateline", DATELINE_RE),
    ("lead_prefix", LEAD_PREFIX_RE),
)


def body_start(folded: str, start: int, end: int, line_start: bool = True) -> int:
    """Offset where the sentence ``folded[start:end]`` says its own words."""
    pos = start
    for _ in range(6):
        for name, pattern in OPENERS:
            if name in ("dateline", "lead_prefix") and not (line_start and _at_line(folded, pos)):
                continue
            if name == "agency" and not _agency_first(folded, pos, end):
                continue
            m = pattern.match(folded, pos, end)
            if m and name in ("dateline", "lead_prefix", "agency") and _speaks(m.group()):
                continue
            if m and name == "agency" and canonical(m.group("src")) is None:
                continue
            if m and m.end() > pos:
                pos = m.end()
                if name == "lead_prefix" and m.group().rstrip().endswith("/"):
                    place = PLACE_RE.match(folded, pos, end)
                    pos = place.end() + 1 if place else pos
                break
        else:
            return pos
    return pos


def _agency_first(folded: str, pos: int, end: int) -> bool:
    """The first word at ``pos`` may start an agency's name (a cheap check first)."""
    m = _FIRST_WORD_RE.match(folded, pos, end)
    return m is not None and m.group(1) in AGENCY_FIRST_WORDS


def _at_line(folded: str, pos: int) -> bool:
    """Only openers (no sentence words) stand between the line start and ``pos``."""
    line = folded.rfind("\n", 0, pos) + 1
    head = folded[line:pos]
    return not head.strip() or head.rstrip().endswith(("-", "–", "—", ":", "/", "؛", "،", ","))


def _speaks(prefix: str) -> bool:
    """A sentence's own subject and verb («استاندار یزد گفت:»), not a dateline or prefix."""
    return ROLE_HEAD_RE.search(prefix) is not None or SPEECH_CUE_RE.search(prefix) is not None
