"""Period: the time span a figure is about («۶ ماهه نخست امسال», «سال ۱۴۰۲»), the
nearest period phrase in its clause, else in its sentence (crawler/data/calendar.json)."""

from __future__ import annotations

from crawler.extraction.figures.model import Reading
from crawler.extraction.lexicon import COMPARISON_BASE_RE, PERIOD_RE


def find_period(r: Reading) -> str | None:
    """The nearest period phrase, one before the number preferred; a year after «نسبت به
    مدت مشابه» is the base of a comparison, not the figure's period."""
    folded, num = r.folded, r.num
    best: tuple[int, str] | None = None
    for span in (r.clause, r.sent):  # the phrases of each are found once for all its figures
        lo = span.start
        for m in r.doc.matches(PERIOD_RE, span):
            if m.start() <= num.start < m.end():
                continue
            if COMPARISON_BASE_RE.search(folded, max(lo, m.start() - 30), m.start()):
                continue
            d = num.start - m.end() if m.end() <= num.start else (m.start() - num.end) + 20
            if best is None or d < best[0]:
                best = (d, r.doc.text[m.start() : m.end()])
        if best:
            return best[1]
    return None
