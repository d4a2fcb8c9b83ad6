"""Patterns rewritten to be searched faster find exactly what their plain forms find.

``literal_led`` (a word list opening with literals), ``Prefiltered``/``LabelledWords`` (a
pattern tried only where a cheaper finder matches) and the rewritten sentence, dash, date
and clause patterns are checked against the plain patterns they replace, on sentences
written for the purpose (orders, shared first letters, boundaries, ranges).
"""

from __future__ import annotations

import re

import pytest

from crawler.extraction.lexicon import CLAUSE_END_RE, PERIOD_RE, SECTOR_WORD_RE, SUBJECT_RE
from crawler.extraction.number_atoms import ATOM_RE, ATOM_SCAN, BLOCK_RE
from crawler.extraction.persian import (
    RAW_JOIN,
    WB_CLASS,
    WB_L,
    WB_R,
    LabelledWords,
    Prefiltered,
    alt,
    fold,
    literal_led,
    seq,
    words_re,
)
from crawler.extraction.sentences import sentence_spans

# Shared first letters, a phrase inside a longer one, multiword phrases: the order given
# decides between «هدف» and «هدف گذاری» (a flat list, not longest first).
WORDS = ["هدف", "هدف گذاری", "هزینه", "صادرات", "صادرات کالا", "واردات", "تولید"]
TEXTS = [
    "هدف گذاری صادرات کالا و واردات تولیدی",
    "میزان هدفگذاری و هزینه‌های تولید در صادراتی که هدف بود",
    "بیهدف صادرات، واردات.تولید",
    "",
]


def _spans(pattern: re.Pattern[str] | Prefiltered, text: str, *bounds: int) -> list:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text, *bounds)]


@pytest.mark.parametrize("text", [fold(t) for t in TEXTS])
def test_literal_led_finds_what_the_plain_list_finds(text: str) -> None:
    plain = re.compile(WB_L + "(?:" + seq(WORDS) + ")" + WB_R)
    led = re.compile("(?:" + literal_led(WORDS, WB_CLASS) + ")" + WB_R)
    assert _spans(led, text) == _spans(plain, text)
    for lo in range(len(text)):  # the boundary looks before ``pos`` in both
        assert _spans(led, text, lo, len(text)) == _spans(plain, text, lo, len(text))
    assert words_re(WORDS).pattern == led.pattern


def test_literal_led_keeps_the_order_given_not_the_longest() -> None:
    led = re.compile("(?:" + literal_led(["هدف", "هدف گذاری"], WB_CLASS) + ")")
    assert led.match("هدف گذاری").group() == "هدف"
    assert re.compile(literal_led([], WB_CLASS)).pattern == rf"(?<!{WB_CLASS})"


def test_prefiltered_returns_the_exact_patterns_matches() -> None:
    exact = re.compile(WB_L + r"سال\s?\d{4}")
    finder = re.compile("سال")  # matches more often than the pattern: «سالانه», «سال گذشته»
    both = Prefiltered(exact, finder)
    text = "درآمد سالانه در سال گذشته و سال ۱۴۰۲ و خشکسال 1401 و سال1403"
    folded = fold(text)
    assert _spans(both, folded) == _spans(exact, folded)
    assert both.search(folded).group() == "سال 1402"
    assert both.search(folded, 0, 20) is None
    assert both.pattern == exact.pattern


def test_a_finder_that_misses_a_start_would_lose_matches() -> None:
    """Why the finders are built from every phrase: a missed opener loses its match."""
    exact = re.compile(WB_L + r"(?:نیمه|سال)\s?نخست")
    partial = Prefiltered(exact, re.compile(WB_L + "سال"))
    assert _spans(partial, fold("نیمه نخست")) != _spans(exact, fold("نیمه نخست"))


def test_labelled_words_give_the_first_label_that_matches() -> None:
    entries = [("exports", ["صادرات"]), ("goods", ["صادرات کالا", "کالا"]), ("trade", ["تجارت"])]
    labelled = LabelledWords(entries)
    plain = re.compile(
        WB_L + "(?:" + "|".join(f"(?P<{n}>{seq(w)})" for n, w in entries) + ")" + WB_R
    )
    for text in ("صادرات کالا و تجارت کالا", "کالاها صادراتی تجارت", "صادراتکالا"):
        folded = fold(text)
        assert _spans(labelled, folded) == _spans(plain, folded)
    assert labelled.search(fold("رشد صادرات کالا")).lastgroup == "exports"


SENTENCES = [
    "سهم ۱۵ درصدی تولید ناخالص داخلی کشاورزی در ۶ ماهه نخست امسال",
    "صادرات غیرنفتی استان در نیمه نخست سال گذشته و از ابتدای امسال تاکنون",
    "ساخت ۲۰۰ واحد مسکونی در اردیبهشت ماه ۱۴۰۳ و سال ۱۴۰۲ در برنامه هفتم",
    "درآمد گردشگری و صنایع دستی، معدن و خدمات بانکی و بیمه ۱۲ ماه منتهی به اسفند",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_labelled_and_period_patterns_find_what_their_exact_forms_find(sentence: str) -> None:
    folded = fold(sentence)
    for fast in (PERIOD_RE, SUBJECT_RE, SECTOR_WORD_RE):
        assert _spans(fast, folded) == _spans(fast.exact, folded)
        for lo in range(0, len(folded), 7):
            assert _spans(fast, folded, lo) == _spans(fast.exact, folded, lo)
    assert PERIOD_RE.search(folded) is not None  # every sentence names a period


def test_number_atoms_scan_finds_what_the_atom_pattern_finds() -> None:
    text = fold(
        "یک میلیارد و ۲۲ میلیون دلار، دوهزار و پانصد تن، ۱۵میلیارد ریال، سه‌ونیم درصد، "
        "هزارتن گندم، نهصدوهفتادوپنج نفر، ۱۴۰۲/۰۵/۱۲، دولت و سهم و دوره و نیمه"
    )
    assert _spans(ATOM_SCAN, text) == _spans(ATOM_RE, text)
    assert len(_spans(ATOM_SCAN, text)) > 10


# The plain forms the rewritten patterns replaced, kept here as the reference.
_PLAIN_SENT_END = re.compile(
    r"\n+|(?<=[.!?؟])"
    r"(?<!\.[^\W\d]\.)(?<!\.[^\W\d]{2}\.)(?<!\.\s[^\W\d]\.)(?<!\.\s[^\W\d]{2}\.)"
    r"(?!\s[^\W\d]{1,2}\.)(?=\s|$)"
)
_PLAIN_BLOCK = re.compile(
    r"(?<!\d)(?:\d{1,4}(?:[/\-.]|\s[/\-]\s)\d{1,2}(?:[/\-.]|\s[/\-]\s)\d{1,4}"
    r"|1[34]\d\d\s?/\s?(?:0?[1-9]|1[0-2])(?!\d)"
    r"|\d{1,2}:\d{2}(?::\d{2})?)(?!\d)"
)
_PLAIN_DASH = re.compile(r"(?<![-–—])[ \t]?[-–—](?![-–—])")
ODD_TEXTS = [
    "الف. ب\n\nج؟ د! ه.\nو... ز. ۴۸ هزار تی.ای. یو و تی. ای. یو است. پایان.",
    "تاریخ 1403/02/23 ساعت 10:30:15 و 1402/7 و ۱۲-۰۵-۱۴۰۲ و 12345/6/7 و 7.9 درصد",
    "ایرنا - خبر -- دیگر —ب  - ج\t-د ---",
]


def _plain_sentences(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PLAIN_SENT_END.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [s for s in spans if text[s[0] : s[1]].strip()]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_rewritten_scans_match_their_plain_forms(text: str) -> None:
    from crawler.extraction.attribution import _DASH_RE

    assert [tuple(s) for s in sentence_spans(text)] == _plain_sentences(text)
    assert _spans(BLOCK_RE, fold(text)) == _spans(_PLAIN_BLOCK, fold(text))
    assert _spans(_DASH_RE, text) == _spans(_PLAIN_DASH, text)


def test_clause_ends_match_the_plain_verb_list() -> None:
    from crawler.extraction.lexicon import _GRAMMAR

    plain = re.compile(
        r"[:؛]|(?<![\w\u200c])(?:"
        + seq(_GRAMMAR["finite_verbs"], RAW_JOIN)
        + r")(?:[\u200c ]?(?:"
        + seq(_GRAMMAR["auxiliaries"])
        + r"))?\s+و(?=\s)"
    )
    text = (
        "تولید ۲۰ درصد افزایش یافته است و صادرات رسید و واردات می‌شود و "
        "بازار داشت؛ او گفت: فروش کرده‌اند و نمی‌شود و خرید بودند و"
    )
    assert _spans(CLAUSE_END_RE, text) == _spans(plain, text)
    assert len(_spans(plain, text)) >= 5


def test_literal_led_kind_cues_find_what_their_plain_forms_find() -> None:
    """«که», «را», the present passive and the glued future, rewritten literal-led for the
    clause scans of the kind rules, find what the boundary-first patterns found, from
    every start (the boundary still looks before the window)."""
    from crawler.extraction.figures.kind import (
        NEXT_STATEMENT_RE,
        OBJECT_MARK_RE,
        PRESENT_PASSIVE_RE,
        THAT_RE,
    )
    from crawler.extraction.lexicon import (
        _KINDS,
        _NOT_PARTICIPLE,
        _PREDICTED,
        FORECAST_RE,
        GLUED_FUTURE_RE,
        PREDICTED_COLON_RE,
    )

    plain = {
        THAT_RE: re.compile(WB_L + r"که" + WB_R),
        NEXT_STATEMENT_RE: re.compile(r"[،,]|" + WB_L + r"که" + WB_R),
        OBJECT_MARK_RE: re.compile(WB_L + r"را" + WB_R),
        PRESENT_PASSIVE_RE: re.compile(WB_L + r"(?:می\s?شود|می\s?شوند|می\s?گردد)" + WB_R),
        GLUED_FUTURE_RE: re.compile(WB_L + "(?:" + seq(_KINDS["future"]) + r")(?=[^\W\d_])"),
        FORECAST_RE: re.compile(
            WB_L + "(?:" + alt(_KINDS["forecast"]) + ")" + WB_R + _NOT_PARTICIPLE
        ),
        PREDICTED_COLON_RE: re.compile(
            WB_L + "(?:" + seq(_PREDICTED) + ")" + WB_R + r"[^.!?؟؛:]{0,20}:"
        ),
    }
    text = fold(
        "۹۰ درصد آن که کهنه است، کالاها را که راه‌اندازی می‌شوند و ساخته میشود، "
        "تحویل می گردد و خواهدرسید که؛ کوکه رادیو را، میشودکه خواهند ساخت و "
        "پیش بینی می‌شود که برسد، پیش‌بینی‌شده و وی پیش‌بینی کرد: امسال خواهیم رسید"
    )
    for fast, slow in plain.items():
        assert _spans(fast, text), slow.pattern  # the text holds every cue
        for lo in range(len(text)):
            assert _spans(fast, text, lo) == _spans(slow, text, lo)
