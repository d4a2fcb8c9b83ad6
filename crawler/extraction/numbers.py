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

from crawler.extraction.lexicon import BETWEEN, NINE_BEFORE_UNITS
from crawler.extraction.number_atoms import GROUP, ORDINAL_TAIL_RE, Atom, Value, atoms
from crawler.extraction.persian import URL_RE, WB_R, alt, fold, has_url_mark


class NumberSpan(NamedTuple):
    """A number found in text: offsets into the ORIGINAL text, value, and the surface."""

    start: int
    end: int
    value: int | float
    surface: str


def _mask_urls(folded: str) -> str:
    """`folded` with every web address blanked out (same length, so offsets hold): the
    digits of an address (ids, paths, percent-encoded letters) are never figures."""
    if not has_url_mark(folded):
        return folded
    return URL_RE.sub(lambda m: " " * len(m.group()), folded)


_AND_GAP_RE = re.compile(r"\s*و\s*")
_SPACE_GAP_RE = re.compile(r"\s*")


def _place(atom: Atom) -> int:
    """Smallest place value a word occupies: what may follow it after «و»."""
    if atom.cls == "ten":
        return 10
    if atom.cls in ("hundred", "sad"):
        return 100
    return 0


def _whole(atom: Atom) -> bool:
    return atom.value.denominator == 1


class _Expr:
    """Accumulator for one number expression (standard scale-based reading)."""

    def __init__(self, atom: Atom) -> None:
        self.atoms = [atom]
        self.total: Value = 0
        self.cur: Value = 0
        self.last_scale: int | None = None
        self.point: tuple[Value, int] | None = None  # (whole part, atoms before «ممیز»)
        self.grouped = False  # «21 و 776 هزار میلیارد»: the next scale's group is below it
        self._apply(atom)

    def _close_point(self) -> None:
        """«سی و دو ممیز پنج» = 32.5: the part after «ممیز» becomes the decimals."""
        if self.point is None:
            return
        whole, at = self.point
        after = self.atoms[at + 1 :]
        if after and after[0].cls == "frac":  # «۴۶ ممیز ۳ دهم»: the tenths are the decimals
            self.total, self.cur, self.point = 0, whole + self.total + self.cur, None
            return
        one = after[0] if len(after) == 1 and after[0].cls == "digit" else None
        digits = one.end - one.start if one else None
        frac = self.total + self.cur
        digits = digits or len(str(int(frac)))
        self.total, self.cur, self.point = 0, whole + Fraction(frac, 10**digits), None

    def _apply(self, a: Atom) -> None:
        if a.cls == "point":
            self.point = (self.total + self.cur, len(self.atoms) - 1)
            self.total, self.cur, self.last_scale = 0, 0, None
        elif a.cls == "scale":
            self._close_point()
            scale = int(a.value)
            if self.grouped:  # «21 و 776 هزار»: 21.776 thousand, the «و» a thousands mark
                self.grouped = False
                self.total += self.cur * scale // 1000
            elif self.last_scale is None or scale < self.last_scale:
                self.total += (self.cur or 1) * scale
            elif scale == self.last_scale > 1000 and self.cur:
                # the same scale again after «و»: «۲۰ هزار میلیارد و ۵۰۰ میلیارد» adds; in
                # «۲ میلیارد و ۷۱۶ میلیارد» (a slip) the reader takes the group below it,
                # never a billion billions («سه هزار و پانصد هزار» is 3.5 million: below)
                compound = self.total >= scale * 1000
                self.total += self.cur * (scale if compound else scale // 1000)
            else:  # «۲۰ هزار میلیارد»: a bigger scale right after a smaller one multiplies all
                self.total = (self.total + self.cur) * scale
            self.last_scale = scale
            self.cur = 0
        elif a.cls == "sad" and self.cur and self.cur < 10:
            self.cur *= 100
        else:
            self.cur += a.value

    def _space_join(self, prev: Atom, nxt: Atom) -> bool:
        if nxt.cls == "scale":
            if prev.cls == "scale":
                return int(nxt.value) > int(prev.value)
            # «۲ هزار و ۴۰۰ میلیارد», «هزار و ۲۰۰ تریلیون»: a bigger scale multiplies all
            return prev.cls != "point"
        if nxt.cls == "sad":
            return prev.cls in ("one", "nine", "digit") and 0 < self.cur < 10
        if nxt.cls == "point":
            return self.point is None and prev.cls in GROUP and _whole(prev)
        if prev.cls == "point":  # «۱ ممیز ۲», and «۱ ممیز ۲ دهم» (one point two tenths)
            return (nxt.cls in GROUP and _whole(nxt)) or (nxt.cls == "frac" and nxt.value < 1)
        if prev.cls == "scale" and nxt.cls in GROUP and _whole(nxt):
            # «چهار هزار پانصد و سی», «۳۴ میلیون ۳۶۴ هزار»: a group without «و»
            return nxt.value < 1000 and nxt.value < prev.value
        return False

    def _and_join(self, prev: Atom, nxt: Atom) -> bool:
        if nxt.cls == "half":
            return prev.cls != "half"
        if nxt.cls == "frac":  # «پنج و هفت دهم»
            return prev.cls in GROUP and _whole(prev) and nxt.value < 1
        if nxt.cls == "sad":  # «یک میلیون و صد هزار»: a hundred of the next group
            return prev.cls == "scale"
        if nxt.cls in ("scale", "point") or prev.cls in ("frac", "point"):
            return False
        if prev.cls == "scale":
            return nxt.value < prev.value
        place = _place(prev)
        if place and nxt.cls == "digit":  # «صد و ۵۰»
            return _whole(nxt) and nxt.value < place
        return bool(place) and nxt.value < place

    def can_join(self, gap: str, nxt: Atom) -> bool:
        prev = self.atoms[-1]
        if not gap and nxt.cls == "half":  # «دونیم» = 2.5
            return prev.cls in GROUP and prev.cls != "digit"
        if _SPACE_GAP_RE.fullmatch(gap):
            return self._space_join(prev, nxt)
        if _AND_GAP_RE.fullmatch(gap):
            return self._and_join(prev, nxt)
        return False

    def add(self, nxt: Atom) -> None:
        self.atoms.append(nxt)
        self._apply(nxt)

    def groups(self, gap: str, nxt: Atom, after: Atom | None, folded: str) -> bool:
        """«21 و 776 هزار میلیارد ریال» (21,776 billion): a bare number of up to three
        digits, «و», then a group of exactly three digits and a scale of a thousand or more
        is one number whose «و» stands where the scale of the first part was left out
        (21 thousand billion and 776 billion). Without a scale after it, or with a group
        that is not three digits («۲ و ۳ میلیون»), «و» joins the items of a list."""
        prev = self.atoms[0]
        return (
            len(self.atoms) == 1
            and prev.cls == nxt.cls == "digit"
            and _AND_GAP_RE.fullmatch(gap) is not None
            and _whole(prev)
            and _whole(nxt)
            and prev.value < 1000
            and nxt.end - nxt.start == 3
            and folded[nxt.start : nxt.end].isdigit()
            and after is not None
            and after.cls == "scale"
            and int(after.value) >= 1000
            and _SPACE_GAP_RE.fullmatch(folded[nxt.end : after.start]) is not None
        )

    def add_group(self, nxt: Atom) -> None:
        self.atoms.append(nxt)
        self.cur = self.cur * 1000 + nxt.value
        self.grouped = True

    @property
    def value(self) -> Value:
        self._close_point()
        return self.total + self.cur

    def valid(self) -> bool:
        # A lone «نه» is the negation; a lone «ممیز» is a word.
        if self.atoms[-1].cls == "point":
            return False
        return not (len(self.atoms) == 1 and self.atoms[0].cls in ("nine", "point"))


def _to_number(v: Value) -> int | float:
    return int(v) if v.denominator == 1 else float(v)


def parse_number_spans(text: str) -> list[NumberSpan]:
    """Find every number expression in `text`, in order.

    Works on raw or hazm-normalised text; offsets and `surface` refer to `text` as given.
    """
    folded = _mask_urls(fold(text))
    found = atoms(folded)
    spans: list[NumberSpan] = []
    expr: _Expr | None = None
    for i, atom in enumerate(found):
        if expr is not None:
            gap = folded[expr.atoms[-1].end : atom.start]
            if len(gap) <= 4 and _year_before_thousands(expr, atom, found, i, folded):
                _flush(expr, text, folded, spans)
                expr = _Expr(atom)
                continue
            if len(gap) <= 4 and expr.can_join(gap, atom):
                expr.add(atom)
                continue
            after = found[i + 1] if i + 1 < len(found) else None
            if len(gap) <= 4 and expr.groups(gap, atom, after, folded):
                expr.add_group(atom)
                continue
            _flush(expr, text, folded, spans)
        expr = _Expr(atom)
    if expr is not None:
        _flush(expr, text, folded, spans)
    return spans


def _year_before_thousands(
    expr: _Expr, scale: Atom, found: list[Atom], i: int, folded: str
) -> bool:
    """«سال ۱۴۰۶، ۹۰۰ واحد و ۱۴۰۷ هزار و ۸۵۰ واحد» (round 31): a bare four-digit solar
    year right before «هزار و ...» is the year of the count that follows, not its
    thousands: nobody writes 1,407,850 as «۱۴۰۷ هزار و ۸۵۰» (it is «یک میلیون و ...»).
    Only with «و» after «هزار»: «۱۲۰۰ هزار تن» stays a number."""
    if len(expr.atoms) != 1 or scale.cls != "scale" or int(scale.value) != 1000:
        return False
    year = expr.atoms[0]
    if year.cls != "digit" or not 1300 <= year.value <= 1499:
        return False
    if year.end - year.start != 4 or not folded[year.start : year.end].isdigit():
        return False
    after = found[i + 1] if i + 1 < len(found) else None
    return after is not None and (
        _AND_GAP_RE.fullmatch(folded[scale.end : after.start]) is not None
    )


# «بین ۹۵۰ هزار و یک میلیون تن»: «بین» before two ends joined by «و»
_BETWEEN_BEFORE_RE = re.compile(r"(?:^|[^\w\u200c])(?:" + BETWEEN + r")\s?$")


def _rebuilt(found: list[Atom]) -> _Expr:
    expr = _Expr(found[0])
    for atom in found[1:]:
        expr.add(atom)
    return expr


def _between_ends(expr: _Expr, folded: str) -> list[_Expr]:
    """«بین ۹۵۰ هزار و یک میلیون»: after «بین», an «و» may join the two ends of a range
    rather than the parts of one number (never 950,001 million). The ends are split where
    the lower one stays below the upper one and within a tenth of it, the way ranges are
    written; «بین ۱۲ هزار و ۵۰۰ خانوار» (among 12,500) keeps its reading."""
    start = expr.atoms[0].start
    if len(expr.atoms) < 2 or expr.atoms[1].cls == "digit":
        return [expr]  # (a digit group after «و» joins only as «21 و 776 هزار»: one number)
    if not _BETWEEN_BEFORE_RE.search(folded, max(0, start - 6), start):
        return [expr]
    for i in range(len(expr.atoms) - 1, 0, -1):
        if not _AND_GAP_RE.fullmatch(folded[expr.atoms[i - 1].end : expr.atoms[i].start]):
            continue
        low, high = _rebuilt(expr.atoms[:i]), _rebuilt(expr.atoms[i:])
        if low.valid() and high.valid() and low.value < high.value <= 10 * low.value:
            return [low, high]
    return [expr]


# «حدود نه درصد»: a lone «نه» before these units is nine (number_words.json 'nine_before_units')
_NINE_UNIT_RE = re.compile(r"\s?(?:" + alt(NINE_BEFORE_UNITS) + r")(?:ی|ها)?" + WB_R)


def _nine_before_unit(expr: _Expr, folded: str) -> bool:
    """A lone «نه» counts as nine only when a unit the negation never precedes follows it."""
    return (
        len(expr.atoms) == 1
        and expr.atoms[0].cls == "nine"
        and _NINE_UNIT_RE.match(folded, expr.atoms[0].end) is not None
    )


def _flush(expr: _Expr, text: str, folded: str, spans: list[NumberSpan]) -> None:
    for part in _between_ends(expr, folded):
        start, end = part.atoms[0].start, part.atoms[-1].end
        if not (part.valid() or _nine_before_unit(part, folded)) or ORDINAL_TAIL_RE.match(
            folded, end
        ):
            continue
        spans.append(NumberSpan(start, end, _to_number(part.value), text[start:end]))


def parse_number(text: str) -> int | float | None:
    """Value of the single number expression that makes up `text` (None if not exactly one)."""
    spans = parse_number_spans(text)
    if len(spans) != 1 or text[: spans[0].start].strip() or text[spans[0].end :].strip():
        return None
    return spans[0].value
