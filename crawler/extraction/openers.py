"""Where a sentence's own words begin: what news copy puts before a speaker or a role.

A lead sentence is often «<dateline or credit> <role> گفت: ...» or «<credit>، <name>
افزود ...». The people stage reads speakers and unnamed roles at the start of a
sentence's body, so it first skips these openers, in the order of ``OPENERS`` and again
until none applies:
 - a credit «به گزارش X،» / «به گزارش X، مرکز Y ؛» / «... (ایسنا)، منطقه Y،» / «به نقل از
   X،» (also opened by «بنا»: «بنا به گزارش X،», «بنابر گزارش X،»), also when a line
   break cut «به» off («گزارش X،») or all of «به گزارش» (a known agency before «،»), and
   a credit with no comma that runs into the role opening the body;
 - a dateline «یاسوج-», «قصرشیرین- ایرنا-», «بیرجند - ایرنا -» (at most three words a side);
 - a lead prefix «خبرگزاری تسنیم:», «رکنا :», «ایلنا:», «خبرآنی/لرستان»;
 - a scene or linking phrase «در ادامه این نشست،», «همچنین» (crawler/data/speech.json);
 - page residue: quotes, dashes, a stray comma, a Latin/digit stamp («date 2025-09-02»).
Hard-wrapped copy (a line broken mid-phrase) is first read as running text (``unwrap``).
"""

from __future__ import annotations

import re

from crawler.extraction.attribution import canonical, join_broken_lead
from crawler.extraction.lexicon import (
    AGENCY_FIRST_WORDS,
    CLAUSE_OPENER_FIRST,
    CLAUSE_OPENER_RE,
    OPENER_RE,
    ROLE_HEAD_RE,
    SPEECH_CUE_RE,
    SPEECH_VERB_RE,
)
from crawler.extraction.provinces import NAME_RE as PLACE_RE

_P = r"[،,؛:]+"
CREDIT_RE = re.compile(
    r"\s*(?:(?:بنا\s?(?:به|بر)\s*|به\s*)?گزارش|به\s?نقل\s?از)[^،,؛:\n]{1,80}?\s?"
    + _P
    + r"(?:\s*(?:مرکز|استان|منطقه)\s[^،,؛:\n]{1,40}?\s?"
    + _P
    + r")?\s*"
)
# «به گزارش خبرنگار باشگاه خبرنگاران گیلان استاندار گیلان گفت»: a credit with no comma,
# running into the role that opens the body (cut before the first role head)
CREDIT_TO_ROLE_RE = re.compile(
    r"\s*(?:به\s*)?گزارش[^،,؛:\n]{1,80}?\s(?=" + ROLE_HEAD_RE.pattern + ")"
)
# «یاسوج-», «قصرشیرین- ایرنا-», «بيرجند - ايرنا -», «ارومیه - »: a few words then a dash
_WRAP_RE = re.compile(r"\n(?=[ \t]*[^\s])")  # one line break, more text after it
_CLOSING = frozenset(".!?؟:؛")
# «... توزیع است.\n\nرحیمی\n\nافزود: ...»: a speaker's name (one or two words) the page
# broke into its own paragraph, the next one opening with the speech verb and its colon
_LONE_SPEAKER_RE = re.compile(
    r"(?m)^[ \t]*[^\W\d_]{2,}(?:[ \t][^\W\d_]{2,})?(?P<gap>[ \t]*\n(?:[ \t]*\n)?[ \t]*)"
    r"(?=(?:" + SPEECH_VERB_RE.pattern + r")\s?:)"
)
# (the cheap test first: a line that opens with the verb and its colon)
_VERB_LINE_RE = re.compile(r"\n[ \t]*(?:" + SPEECH_VERB_RE.pattern + r")\s?:")
_DW = r"[^\s\-–—_:،,.]+"  # a dateline word
# The dateline and the lead prefix open with a look-ahead for the mark every match holds (a
# dash; a colon, slash or bar) before any character no match holds ahead of it, a scan of
# one character class in C that never backtracks (``*+``): tried at every sentence start,
# most of which hold none, they no longer backtrack through the first words to find out.
# (careless copy writes an underscore for the dash: «باشگاه خبرنگاران جوان _ X گفت»)
_DASH = "[-–—_]"
DATELINE_RE = re.compile(
    r"(?=[^\-–—_:،,.]*+[-–—_])"
    rf"\s*{_DW}(?:[ \t]{_DW}){{0,2}}[ \t]?{_DASH}"
    rf"(?:[ \t]?{_DW}(?:[ \t]{_DW}){{0,2}}[ \t]?{_DASH})?\s*"
)
# «خبرگزاری تسنیم:», «رکنا :», «باشگاه خبرنگاران جوان؛», «خبرآنی/لرستان», «X (x.ir) :»,
# «یزد| مدیرعامل ...» (a place and a bar, as some sites write their dateline)
_LW = r"[^\s:؛/|،,]+"  # a lead prefix word
LEAD_PREFIX_RE = re.compile(
    r"(?=[^:؛/|｜،,]*+[:؛/|｜])" + rf"\s*{_LW}(?:[ \t]{_LW}){{0,5}}[ \t]?[:؛/|｜][ \t]*"
)
# «دنیای اقتصاد، شیراز، X: مدیرکل ...»: a newspaper's dateline, the city after the
# agency's comma and then the reporter and a colon (read by the lead prefix)
_PLACE_COMMA_RE = re.compile(r"[ \t]*(?:" + PLACE_RE.pattern + r")[ \t]?[،,][ \t]*")
# «خبرگزاری صدا و سیما مرکز خوزستان، مدیرعامل ...»: an agency's name before a comma (the
# «به گزارش» before it lost to a line break); checked against the agencies data
AGENCY_RE = re.compile(r"\s*(?P<src>[^،,؛:\n]{2,60}?)\s?[،,؛:]+\s*")
# («️قائم‌مقام ...», «🔹 مدیرکل ...»: copy from a messenger channel opens lines with emoji,
# bullets and the emoji variation selector; they are no words of the body; «... است. | |
# X اظهار کرد»: the cell pipes of a page's table, its rows joined, are none either)
_SYMBOLS = "\u2010-\u2bff\u200d\ufe0e\ufe0f\U0001f000-\U0001faff"
RESIDUE_RE = re.compile(rf"(?:[\s«»\"'\-–—،,|{_SYMBOLS}]|[A-Za-z0-9][A-Za-z0-9\-/:.]*)+(?=\S)")

# the first word, when the text at a position opens with one (spaces before it allowed)
_FIRST_WORD_RE = re.compile(r"\s*([^\W\d_]+)?")

OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("residue", RESIDUE_RE),
    ("credit_to_role", CREDIT_TO_ROLE_RE),
    ("credit", CREDIT_RE),
    ("agency", AGENCY_RE),
    ("scene", OPENER_RE),
    ("linking", CLAUSE_OPENER_RE),
    ("dateline", DATELINE_RE),
    ("lead_prefix", LEAD_PREFIX_RE),
)
# The first word an opener can start with (a cheap test before its pattern); None: any.
_FIRST: dict[str, frozenset[str] | None] = {
    "credit": frozenset(("به", "گزارش", "بنا", "بنابه", "بنابر")),  # («بنا به گزارش X،»)
    "credit_to_role": frozenset(("به", "گزارش")),
    "agency": AGENCY_FIRST_WORDS,
    "scene": frozenset(("در",)),
    "linking": CLAUSE_OPENER_FIRST,
    "dateline": None,
    "lead_prefix": None,
}


def _tries(name: str, word: str | None, at_line: bool) -> bool:
    """Whether opener ``name`` can match where the first word is ``word``."""
    if name == "residue":
        return word is None
    if name in ("dateline", "lead_prefix"):
        return at_line
    first = _FIRST[name]
    return word is not None and (first is None or word in first)


# The openers ``_tries`` lets through, per first word and line start (a word decides it
# alone: remembered for the words seen, up to a bound).
_CANDIDATES: dict[tuple[str | None, bool], tuple[tuple[str, re.Pattern[str]], ...]] = {}
_CANDIDATES_KEPT = 50_000


def _candidates(word: str | None, at_line: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``OPENERS`` that can match where the first word is ``word``, in order."""
    found = _CANDIDATES.get((word, at_line))
    if found is None:
        found = tuple((name, p) for name, p in OPENERS if _tries(name, word, at_line))
        if len(_CANDIDATES) < _CANDIDATES_KEPT:
            _CANDIDATES[word, at_line] = found
    return found


def body_start(folded: str, start: int, end: int, line_start: bool = True) -> int:
    """Offset where the sentence ``folded[start:end]`` says its own words."""
    pos = start
    for _ in range(6):
        lead = _FIRST_WORD_RE.match(folded, pos, end)
        word = lead.group(1) if lead else None
        if lead and word:
            pos = lead.start(1)  # spaces before the first word are no words of the body
        at_line = line_start and _at_line(folded, pos)
        for name, pattern in _candidates(word, at_line):
            m = pattern.match(folded, pos, end)
            if m is None or m.end() <= pos:
                continue
            if name in ("dateline", "lead_prefix", "agency") and _speaks(m.group()):
                continue
            if name == "lead_prefix" and _speaker_semicolon(folded, m, end):
                continue
            if name == "agency" and canonical(m.group("src")) is None:
                continue
            pos = m.end()
            if name == "agency":
                place = _PLACE_COMMA_RE.match(folded, pos, end)
                pos = place.end() if place else pos
            if name == "lead_prefix" and m.group().rstrip().endswith("/"):
                place = PLACE_RE.match(folded, pos, end)
                pos = place.end() + 1 if place else pos
            break
        else:
            return pos
    return pos


def _at_line(folded: str, pos: int) -> bool:
    """Only openers (no sentence words) stand between the line start and ``pos``."""
    line = folded.rfind("\n", 0, pos) + 1
    head = folded[line:pos]
    return not head.strip() or head.rstrip().endswith(("-", "–", "—", ":", "/", "؛", "،", ","))


# «فتحی؛ رئیس سازمان ...: <quote>»: one word before a semicolon, then a role closed by a
# colon on the same line (``_speaker_semicolon``)
_ROLE_TO_COLON_RE = re.compile(r"[^\n:؛.]{4,90}?\s?:")


def _speaker_semicolon(folded: str, m: re.Match[str], end: int) -> bool:
    """The lead prefix ``m`` is a speaker's surname set off by a semicolon before the role
    that a colon closes («فتحی؛ رئیس سازمان جهاد کشاورزی استان: ...», a channel post's
    speaker line), not an outlet («ایلنا؛ مدیرکل ...»): one word no agency spells, then a
    role head. The body opens at the name, where the people stage reads its speaker."""
    prefix = m.group().strip()
    if not prefix.endswith("؛") or " " in prefix[:-1].strip():
        return False
    after = m.end()
    return (
        ROLE_HEAD_RE.match(folded, after, end) is not None
        and canonical(prefix[:-1]) is None
        and _ROLE_TO_COLON_RE.match(folded, after, end) is not None
    )


def _speaks(prefix: str) -> bool:
    """A sentence's own subject and verb («استاندار یزد گفت:»), not a dateline or prefix."""
    return ROLE_HEAD_RE.search(prefix) is not None or SPEECH_CUE_RE.search(prefix) is not None


def _joined_speaker(m: re.Match[str]) -> str:
    """``_LONE_SPEAKER_RE``'s match with the breaks after the name read as spaces."""
    return m.group()[: m.start("gap") - m.start()] + " " * len(m.group("gap"))


def unwrap(text: str) -> str:
    """Hard-wrapped copy (lines broken mid-sentence, «مدیرکل تعاون، کار\nو رفاه ...»)
    read as running text: a single line break after a line with no closing punctuation
    becomes a space (same length, so offsets hold). Only for texts wrapped like that:
    at least three such breaks after long lines. A credit lead broken before its closing
    mark is read whole in any text (``join_broken_lead``)."""
    text = join_broken_lead(text)
    if _VERB_LINE_RE.search(text):
        # (the breaks after the name read as spaces: same length, offsets hold)
        text = _LONE_SPEAKER_RE.sub(_joined_speaker, text)
    if text.count("\n") < 3:
        return text
    breaks, long_lines = [], 0
    for m in _WRAP_RE.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        if line and line[-1] not in _CLOSING:
            breaks.append(m.start())
            long_lines += len(line) > 40
    if long_lines < 3:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)
