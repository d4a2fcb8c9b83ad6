"""Persian number reading over spans of running text.

No maintained library reads Persian numerals the way news copy writes them: digits in
three scripts mixed with number words in one expression («یک میلیارد و ۲۲ میلیون»,
«۷ هزار و ۲۰۰», «۲۰ هزار میلیارد», «نیم میلیون»), decimal marks «.», «٫», «/» and thousands
separators «,», «٬». This module tokenises numeric atoms (digit groups and number words)
on folded text and joins neighbouring atoms with a small grammar, so that lists such as
«۲ و ۳» or «۳۷ درصد ... و ۳۰ درصد» are not fused while «بیست و پنج» is.

Dates («1403/02/23»), times («10:30») and ordinals («۲۰ام», «سی‌ام») are not numbers;
plural quantity words («میلیون‌ها», «هزاران», «ده‌ها») are not numbers either.
Years are numbers: telling a year from a figure is the figure stage's job.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from crawler.extraction.lexicon import NUMBER_WORDS
from crawler.extraction.persian import WB_L, WB_R, fold


class NumberSpan(NamedTuple):
    """A number found in text: offsets into the ORIGINAL text, value, and the surface."""

    start: int
    end: int
    value: int | float
    surface: str


# The number words by class (crawler/data/number_words.json).
ONES, NINE, TEENS, TENS, HUNDREDS, SAD, HALF = (
    NUMBER_WORDS[c] for c in ("ones", "nine", "teens", "tens", "hundreds", "sad", "half")
)

_ALL_WORDS: dict[str, tuple[str, Fraction]] = {}
for _table, _cls in (
    (ONES, "one"),
    (NINE, "nine"),
    (TEENS, "teen"),
    (TENS, "ten"),
    (HUNDREDS, "hundred"),
    (SAD, "sad"),
    (NUMBER_WORDS["scales"], "scale"),
    (HALF, "half"),
):
    for _w, _v in _table.items():
        _ALL_WORDS[_w] = (_cls, Fraction(_v))

_WORD_ALT = "|".join(sorted(map(re.escape, _ALL_WORDS), key=len, reverse=True))
# Digit atoms, on folded text (ASCII digits). Thousands-grouped first, then plain/decimal.
# hazm's Normalizer spaces out punctuation between Persian digits («۳٫۷» -> «۳ ٫ ۷»,
# «۱٬۲۵۰» -> «۱ ٬ ۲۵۰», «1,250» -> «1 , 250», «۲/۵» -> «۲ / ۵»): accept that spelling too,
# except for «.», where a spaced dot is a sentence end.
_DIGITS = (
    r"\d{1,3}(?:(?:[,٬]|\s[,٬]\s)\d{3})+(?:(?:[.٫]|\s٫\s)\d+)?"
    r"|\d+(?:(?:[.٫/]|\s[٫/]\s)\d+)?"
)
# A word atom may also be glued to a joining «و» («بیست‌وپنج» -> «بیست وپنج» once folded).
ATOM_RE = re.compile(
    rf"(?P<d>(?<![\d.٫/,٬]){_DIGITS}(?![\d]))"
    rf"|(?P<w>(?:{WB_L}|(?<=\sو))(?:{_WORD_ALT}){WB_R})"
)

# Things made of digits that are not numbers: dates and times, blocked before atom reading.
BLOCK_RE = re.compile(
    r"(?<!\d)(?:\d{1,4}(?:[/\-.]|\s[/\-]\s)\d{1,2}(?:[/\-.]|\s[/\-]\s)\d{1,4}"  # 1403/02/23
    r"|1[34]\d\d\s?/\s?(?:0?[1-9]|1[0-2])(?!\d)"  # 1403/02 (year/month)
    r"|\d{1,2}:\d{2}(?::\d{2})?)(?!\d)"  # 10:30, 10:30:15
)
# After an atom: plural («میلیون‌ها», «ده‌ها»), ordinal («سی‌ام», «۲۰ام», «۱۲مین»).
_PLURAL_AFTER_RE = re.compile(r"\s?ها(?:ی|یی)?" + WB_R)
_ORDINAL_AFTER_RE = re.compile(r"\s?(?:ام|امین|مین|م)" + WB_R)
_AND_GAP_RE = re.compile(r"\s*و\s+|\s+و\s*")
_SPACE_GAP_RE = re.compile(r"\s+")


class _Atom(NamedTuple):
    start: int
    end: int
    cls: str  # digit | one | nine | teen | ten | hundred | sad | scale | half
    value: Fraction


def _digit_value(s: str) -> Fraction | None:
    s = s.replace(" ", "").replace(",", "").replace("٬", "")
    s = s.replace("٫", ".").replace("/", ".")
    if s.count(".") > 1:
        return None
    try:
        return Fraction(s)
    except (ValueError, ZeroDivisionError):
        return None


def _atoms(folded: str) -> list[_Atom]:
    blocked = [(m.start(), m.end()) for m in BLOCK_RE.finditer(folded)]
    out: list[_Atom] = []
    bi = 0
    for m in ATOM_RE.finditer(folded):
        while bi < len(blocked) and blocked[bi][1] <= m.start():
            bi += 1
        if bi < len(blocked) and blocked[bi][0] < m.end() and m.start() < blocked[bi][1]:
            continue
        rest = folded[m.end() : m.end() + 6]
        if _ORDINAL_AFTER_RE.match(rest):
            continue
        if m.group("d") is not None:
            val = _digit_value(m.group("d"))
            if val is None:
                continue
            out.append(_Atom(m.start(), m.end(), "digit", val))
        else:
            if _PLURAL_AFTER_RE.match(rest):
                continue
            cls, val = _ALL_WORDS[m.group("w")]
            out.append(_Atom(m.start(), m.end(), cls, val))
    return out


def _place(atom: _Atom) -> int:
    """Smallest place value a word occupies: what may follow it after «و»."""
    if atom.cls == "ten":
        return 10
    if atom.cls in ("hundred", "sad"):
        return 100
    return 0


class _Expr:
    """Accumulator for one number expression (standard scale-based reading)."""

    def __init__(self, atom: _Atom) -> None:
        self.atoms = [atom]
        self.total = Fraction(0)
        self.cur = Fraction(0)
        self.last_scale: int | None = None
        self.scale_since_and = False  # a scale seen since the last «و»
        self._apply(atom)

    def _apply(self, a: _Atom) -> None:
        if a.cls == "scale":
            scale = int(a.value)
            if self.last_scale is None or scale < self.last_scale:
                self.total += (self.cur or Fraction(1)) * scale
            else:  # «۲۰ هزار میلیارد»: a bigger scale right after a smaller one multiplies all
                self.total = (self.total + self.cur) * scale
            self.last_scale = scale
            self.cur = Fraction(0)
        elif a.cls == "sad" and self.cur and self.cur < 10:
            self.cur *= 100
        else:
            self.cur += a.value

    def can_join(self, gap: str, nxt: _Atom) -> bool:
        prev = self.atoms[-1]
        if _SPACE_GAP_RE.fullmatch(gap):
            if nxt.cls == "scale":
                if prev.cls == "scale":
                    return int(nxt.value) > int(prev.value)
                # «۲ هزار و ۴۰۰ میلیارد», «هزار و ۲۰۰ تریلیون»: a bigger scale multiplies all
                return True
            if nxt.cls == "sad":
                return prev.cls in ("one", "nine", "digit") and 0 < self.cur < 10
            return False
        if _AND_GAP_RE.fullmatch(gap):
            if nxt.cls == "half":
                return prev.cls != "half"
            if nxt.cls in ("scale", "half", "sad"):
                return False
            if prev.cls == "scale":
                return nxt.value < prev.value
            place = _place(prev)
            if place and nxt.cls != "digit":
                return nxt.value < place
            return False
        return False

    def add(self, nxt: _Atom) -> None:
        self.atoms.append(nxt)
        self._apply(nxt)

    @property
    def value(self) -> Fraction:
        return self.total + self.cur

    def valid(self) -> bool:
        # A lone «نه» is the negation; a lone «نیم» without unit context is too weak.
        if len(self.atoms) == 1 and self.atoms[0].cls in ("nine",):
            return False
        return True


def _to_number(v: Fraction) -> int | float:
    return int(v) if v.denominator == 1 else float(v)


def parse_number_spans(text: str) -> list[NumberSpan]:
    """Find every number expression in `text`, in order.

    Works on raw or hazm-normalised text; offsets and `surface` refer to `text` as given.
    """
    folded = fold(text)
    atoms = _atoms(folded)
    spans: list[NumberSpan] = []
    expr: _Expr | None = None
    for atom in atoms:
        if expr is not None:
            gap = folded[expr.atoms[-1].end : atom.start]
            if len(gap) <= 4 and expr.can_join(gap, atom):
                expr.add(atom)
                continue
            _flush(expr, text, spans)
        expr = _Expr(atom)
    if expr is not None:
        _flush(expr, text, spans)
    return spans


def _flush(expr: _Expr, text: str, spans: list[NumberSpan]) -> None:
    if not expr.valid():
        return
    start, end = expr.atoms[0].start, expr.atoms[-1].end
    spans.append(NumberSpan(start, end, _to_number(expr.value), text[start:end]))


def parse_number(text: str) -> int | float | None:
    """Value of the single number expression that makes up `text` (None if not exactly one)."""
    spans = parse_number_spans(text)
    if len(spans) != 1 or text[: spans[0].start].strip() or text[spans[0].end :].strip():
        return None
    return spans[0].value
