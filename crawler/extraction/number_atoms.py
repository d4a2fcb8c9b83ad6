"""Tokens of Persian number reading: digit groups and number words, found on folded text.

``numbers`` joins these atoms into expressions; this module only says where each atom is,
what class it has (digit, one, ten, hundred, scale, half, point, frac, ...) and its value.
Number words come from crawler/data/number_words.json. Real copy glues words together
(«دوهزار», «هزارو ۴۵۰», «۱۵میلیارد», «هزارتن») and writes decimals with «،», «/», «٫»,
«ممیز» or tenths («هفت دهم»): each is read here.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from crawler.extraction.lexicon import (
    FLOW_NOUN_RE,
    GLUED_APPROX_WORDS,
    GLUED_NUMBER_UNITS,
    NUMBER_WORDS,
    ORDINAL_ONES,
    SHARED_LETTER_UNITS,
    UNIT_AFTER_RE,
    VAGUE_QUANTITIES,
)
from crawler.extraction.persian import WB_L, WB_R, Prefiltered, alt, fold

# The number words by class (crawler/data/number_words.json).
ONES, NINE, TEENS, TENS, HUNDREDS, SAD, HALF, POINT = (
    NUMBER_WORDS[c] for c in ("ones", "nine", "teens", "tens", "hundreds", "sad", "half", "point")
)
_SCALES = NUMBER_WORDS["scales"]

Value = int | Fraction  # an exact value: a plain int when whole (int arithmetic is cheap)


def _exact(v: Fraction) -> Value:
    """``v`` as a plain int when it is whole: readings add and multiply a handful of values
    per number, and Fraction arithmetic costs a microsecond an operation."""
    return v.numerator if v.denominator == 1 else v


_ALL_WORDS: dict[str, tuple[str, Value]] = {}
for _table, _cls in (
    (ONES, "one"),
    (NINE, "nine"),
    (TEENS, "teen"),
    (TENS, "ten"),
    (HUNDREDS, "hundred"),
    (SAD, "sad"),
    (_SCALES, "scale"),
    (HALF, "half"),
    (POINT, "point"),
):
    for _w, _v in _table.items():
        _ALL_WORDS[_w] = (_cls, _exact(_v))


# Longest word first («یکصد» before «یک»), as a trie (persian.alt): every number word is
# one folded token, so its optional joins never come into play.
_WORD_ALT = alt(_ALL_WORDS)
_SCALE_ALT = alt(_SCALES)
_SCALE_START_RE = re.compile(_SCALE_ALT)
# Digit atoms, on folded text (ASCII digits). Thousands-grouped first, then a decimal comma
# (one or two digits after it, never three: «۳،۵», and «۵۱,۴ درصد» when a word follows;
# a bare «12,5» is a list), then plain/decimal.
# hazm's Normalizer spaces out punctuation between Persian digits («۳٫۷» -> «۳ ٫ ۷»,
# «۱٬۲۵۰» -> «۱ ٬ ۲۵۰», «1,250» -> «1 , 250», «۲/۵» -> «۲ / ۵»): accept that spelling too,
# except for «.», where a spaced dot is a sentence end.
_DIGITS = (
    r"\d{1,3}(?:(?:[,٬]|\s[,٬]\s)\d{3})+(?:(?:[.٫]|\s٫\s)\d+)?"
    # «۱،۲۰۰ میلیارد»: the Persian comma glued between digit groups of three separates
    # thousands (a list is written «۱۱۹، ۳۴», with a space)
    r"|\d{1,3}(?:،\d{3})+(?!\d)"
    r"|\d+(?:،|,(?=\d{1,2}\s?[^\W\d_]{2}))\d{1,2}(?!\d)"
    # «25. 2 درصد», «1. 6 میلیون»: a spaced decimal point before a percentage or a scale
    + rf"|\d{{1,3}}\.\s\d(?=\s?(?:درصد|[%٪]|{_SCALE_ALT}))"
    + r"|\d+(?:(?:[.٫/]|\s[٫/]\s)\d+)?"
)
_COMMA_DECIMAL_RE = re.compile(r"\d+[,،]\d{1,2}")
# A word atom may be glued to a joining «و» («بیست‌وپنج» -> «بیست وپنج» once folded,
# «هزارو ۴۵۰», «صدو پنجاه») or to a scale word («دوهزار»). A scale word may also be glued
# to the digits before it («۱۵میلیارد») or to the unit after it («هزارتن», «میلیاردریال»):
# group ``s``, checked in ``_atoms``.
# Words may also be glued through «و» to the next word («نهصدوهفتادوپنج»): checked in
# ``_atom`` (the word before the «و» must be an atom itself).
# «دونیم همت», «سهنیم میلیون»: a one glued to «نیم» is one and a half (checked in ``_atom``).
_HALF_ALT = alt(HALF)
# «۱ممیز ۲ دهم»: the decimal word glued to the digits before it when the space was dropped
_POINT_ALT = alt(POINT)
_GLUED_AND = rf"(?=و(?:[\s\d]|{_WORD_ALT}))"
# «چهاردرصد»: a number word glued to a unit after it (number_words.json 'glued_units')
# «صدرصد», «هفتادرصد»: the word's last letter is the unit's first («صد» + «درصد»)
_GLUED_UNIT = (
    "(?="
    + alt(GLUED_NUMBER_UNITS)
    + ")"
    + "".join(f"|(?<={re.escape(u[0])})(?={re.escape(u[1:])})" for u in SHARED_LETTER_UNITS)
)
# «حدودهفت هزار», «بیش‌ازسه میلیون», «بالغبردو»: a number word glued to an approximation
# word before it (approximation.json 'glued_to_number_words'; the word itself starts at a
# word boundary, so «بازده» is no «از» + «ده»). One fixed-width lookbehind per spelling,
# with the phrase's inner space kept or dropped.
_GLUED_APPROX = "|".join(
    rf"(?<=(?<![\w]){re.escape(spelling)})"
    for spelling in sorted(
        {v for w in GLUED_APPROX_WORDS for v in (fold(w), fold(w).replace(" ", ""))}
    )
)
# Every atom starts with a digit or the first letter of a number word: checking that first
# lets the scan skip most positions without trying the three branches (about twice as fast).
_FIRST = "".join(sorted(set("0123456789") | {w[0] for w in _ALL_WORDS}))
ATOM_RE = re.compile(
    rf"(?=[{re.escape(_FIRST)}])"
    rf"(?:(?P<d>(?<![\d.٫/,٬]){_DIGITS}(?![\d]))"
    rf"|(?P<w>(?:{WB_L}|(?<=و)|{_GLUED_APPROX}|(?={_HALF_ALT})|(?<=\d)(?={_POINT_ALT}))(?:{_WORD_ALT})"
    rf"(?:{WB_R}|{_GLUED_AND}|(?={_SCALE_ALT})|(?={_HALF_ALT}{WB_R})|{_GLUED_UNIT}))"
    rf"|(?P<s>(?:{_SCALE_ALT})(?:{WB_R}|{_GLUED_AND}|(?=[^\W\d_]))))"
)
# Searched through a trie of the digits and every number word, with no boundary test: it
# opens with literals, so the engine skips in C to where a digit or a number word starts
# (persian.Prefiltered; the atom pattern is tried there only: twice as fast a scan).
ATOM_SCAN = Prefiltered(ATOM_RE, re.compile(alt([*"0123456789", *_ALL_WORDS])))
# «هفت دهم», «۲ دهم»: a number of tenths or hundredths (crawler/data/number_words.json).
_FRACTION_FIRST = frozenset(w[0] for w in NUMBER_WORDS["fractions"])
_FRACTION_RE = re.compile(r"\s?(?P<f>" + alt(NUMBER_WORDS["fractions"]) + ")" + WB_R)

# Things made of digits that are not numbers: dates and times, blocked before atom reading.
# Every branch starts with the first digit itself, and «no digit before it» is checked
# after it (``(?<!\d\d)``): a pattern that opens with a character class lets the regex
# engine skip to the next digit in C instead of trying the pattern at every position
# (four times faster over an article than a leading ``(?<!\d)``).
BLOCK_RE = re.compile(
    r"\d(?<!\d\d)(?:\d{0,3}(?:[/\-.]|\s[/\-]\s)\d{1,2}(?:[/\-.]|\s[/\-]\s)\d{1,4}"  # 1403/02/23
    r"|(?<=1)[34]\d\d\s?/\s?(?:0?[1-9]|1[0-2])(?!\d)"  # 1403/02 (year/month)
    r"|\d?:\d{2}(?::\d{2})?)(?!\d)"  # 10:30, 10:30:15
)
# «ده‌ها هزار تن», «صدها میلیارد», «چند هزار»: a scale after a vague quantity is no number.
_VAGUE_BEFORE_RE = re.compile(WB_L + f"(?:{VAGUE_QUANTITIES})" + r"\s?$")
# After an atom: plural («میلیون‌ها», «ده‌ها»), ordinal («سی‌ام», «۲۰ام», «۱۲مین»).
_PLURAL_AFTER_RE = re.compile(r"\s?ها(?:ی|یی)?" + WB_R)
# («۱۲۰ م.م.ک» is a unit: million cubic metres, not an ordinal «م»).
_ORDINAL_AFTER_RE = re.compile(r"\s?(?:ام|امین|مین|م(?!\.\s?م))" + WB_R)
# «سی و سوم», «بیست و یکمین»: the expression before is part of an ordinal.
ORDINAL_TAIL_RE = re.compile(r"\s*و\s?(?:" + alt(ORDINAL_ONES) + r")(?:ین)?" + WB_R)
# Classes that make up a group below a thousand («سیصد و بیست», «۲۵۰»).
GROUP = frozenset({"digit", "one", "nine", "teen", "ten", "hundred"})
_WORDS = GROUP - {"digit"} | {"sad", "half"}
# What a scale word may be glued to: a number word («دوهزار») or a smaller scale («هزارمیلیارد»).
_GLUE_HOSTS = _WORDS | {"scale"}


class Atom(NamedTuple):
    start: int
    end: int
    cls: str  # digit | one | nine | teen | ten | hundred | sad | scale | half
    value: Value


@lru_cache(maxsize=4096)  # years, days, small counts: the same digit strings recur
def _digit_value(s: str) -> Value | None:
    if s.isascii() and s.isdigit():
        return int(s)
    if _COMMA_DECIMAL_RE.fullmatch(s):
        s = s.replace("،", ".").replace(",", ".")
    s = s.replace(" ", "").replace(",", "").replace("٬", "").replace("،", "")
    s = s.replace("٫", ".").replace("/", ".")
    if s.count(".") > 1:
        return None
    try:
        return Fraction(s)
    except (ValueError, ZeroDivisionError):
        return None


def _glued_scale_ok(folded: str, m: re.Match[str], out: list[Atom]) -> bool:
    """A scale word glued to its neighbours is read only when what it is glued to is a
    number before it («۱۵میلیارد», «دوهزار») and a boundary or a unit after it («هزارتن»)."""
    before = folded[m.start() - 1] if m.start() else " "
    glued_to_number = out and out[-1].end == m.start() and out[-1].cls in _GLUE_HOSTS
    if before.isalpha() and not glued_to_number:
        return False
    after = folded[m.end() : m.end() + 1]
    return (
        not after.isalpha()
        or after == "و"
        or _SCALE_START_RE.match(folded, m.end()) is not None  # «۱۲ هزارمیلیارد ریال»
        or UNIT_AFTER_RE.match(folded, m.end()) is not None
        # «۶۸۱ هزارسفر»: a flow counted only in thousands (trips, visits) glued to the
        # scale of the number before it (a bare «هزارسفر» is no number)
        or bool(out)
        and out[-1].end >= m.start() - 1
        and FLOW_NOUN_RE.match(folded, m.end()) is not None
    )


def _word_start_ok(folded: str, start: int, out: list[Atom]) -> bool:
    """A number word right after a glued «و» («...صدوهفتاد») continues the atom before
    that «و»; after «و» in any other word («روده») it is no number."""
    if start < 1 or folded[start - 1] != "و" or (start >= 2 and not folded[start - 2].isalpha()):
        return True
    return bool(out) and out[-1].end in (start - 1, start)  # «...صدوهفتاد», «دوهزار»


def _half_start_ok(folded: str, start: int, out: list[Atom]) -> bool:
    """«نیم» glued to the letters before it is a number only right after a number word
    («دونیم»); inside another word («تنظیم») it is none."""
    if start < 1 or not folded[start - 1].isalpha() or folded[start - 1] == "و":
        return True  # after «و» (``_word_start_ok`` has checked it): «دوونیم»
    return bool(out) and out[-1].end == start and out[-1].cls in _WORDS


def _atom(folded: str, m: re.Match[str], out: list[Atom]) -> Atom | None:
    rest = folded[m.end() : m.end() + 6]
    # (cheap tests first: every ordinal ending has its «م» in the first three characters,
    # after one space at most, and the plural its «ه» in the first two)
    if "م" in rest[:3] and _ORDINAL_AFTER_RE.match(rest):
        return None
    if m.group("d") is not None:
        val = _digit_value(m.group("d"))
        return None if val is None else Atom(m.start(), m.end(), "digit", val)
    if "ه" in rest[:2] and _PLURAL_AFTER_RE.match(rest):
        return None
    if m.group("w") is not None and not _word_start_ok(folded, m.start(), out):
        return None
    if m.group() in HALF and not _half_start_ok(folded, m.start(), out):
        return None
    if m.group("s") is not None and not _glued_scale_ok(folded, m, out):
        return None
    if m.group() in _SCALES and _VAGUE_BEFORE_RE.search(folded, max(0, m.start() - 10), m.start()):
        return None
    cls, val = _ALL_WORDS[m.group()]
    return Atom(m.start(), m.end(), cls, val)


def _with_fraction(folded: str, atom: Atom) -> Atom:
    """«هفت دهم» = 0.7, «۲ دهم» = 0.2: a whole number of tenths or hundredths."""
    if atom.cls not in GROUP or _FRACTION_FIRST.isdisjoint(folded[atom.end : atom.end + 2]):
        return atom
    f = _FRACTION_RE.match(folded, atom.end)
    if f is None or atom.value.denominator != 1:
        return atom
    share = NUMBER_WORDS["fractions"][f.group("f")]
    return Atom(atom.start, f.end(), "frac", atom.value * share)


def atoms(folded: str) -> list[Atom]:
    blocked = [(m.start(), m.end()) for m in BLOCK_RE.finditer(folded)]
    out: list[Atom] = []
    bi = 0
    for m in ATOM_SCAN.finditer(folded):
        while bi < len(blocked) and blocked[bi][1] <= m.start():
            bi += 1
        if bi < len(blocked) and blocked[bi][0] < m.end() and m.start() < blocked[bi][1]:
            continue
        atom = _atom(folded, m, out)
        if atom is not None:
            out.append(_with_fraction(folded, atom))
    return out
