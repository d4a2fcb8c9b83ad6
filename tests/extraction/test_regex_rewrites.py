"""Patterns whose word lists are written as a trie (``persian.whole_word_alt``) match exactly
what their plain, ordered lists match: on every gold text and every cached real text of
the development parts (``evaluation/realtext/.cache/dev-*``; the held-out folders are not
read), at every position and as a scan, and on phrases written to tell the two apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.extraction.figures import kind
from crawler.extraction.lexicon import _KINDS, ACTUAL_RE
from crawler.extraction.persian import WB_R, alt, fold, seq, two_lists_re, whole_word_alt

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "evaluation" / "gold").glob("**/texts/*.txt")) + sorted(
    (ROOT / "evaluation" / "realtext" / ".cache").glob("dev-*/*.txt")
)


def _plain(pattern: re.Pattern[str], words: list[str]) -> re.Pattern[str]:
    """``pattern`` with its trie of ``words`` written back as the ordered list."""
    assert whole_word_alt(words) in pattern.pattern
    return re.compile(pattern.pattern.replace(whole_word_alt(words), seq(words)), pattern.flags)


# (the rewritten pattern, its plain form)
PAIRS = [
    (ACTUAL_RE, _plain(ACTUAL_RE, _KINDS["actual"])),
    (kind._PAST_THEN_AND_RE, _plain(kind._PAST_THEN_AND_RE, _KINDS["actual"])),
]


def test_the_actual_list_is_written_as_a_trie() -> None:
    assert whole_word_alt(_KINDS["actual"]) == alt(_KINDS["actual"])


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rewritten_patterns_match_their_plain_forms(path: Path) -> None:
    text = fold(path.read_text(encoding="utf-8"))
    for new, old in PAIRS:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        for pos in range(len(text)):
            a, b = new.match(text, pos), old.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (path.name, pos)


def test_whole_word_alt_keeps_the_order_where_it_decides() -> None:
    """A phrase ending where a word of another ends (or before a non-word character) may
    match on its own before the longer one: the list keeps its order there."""
    assert whole_word_alt(["هدف", "هدف گذاری"]) == seq(["هدف", "هدف گذاری"])
    assert whole_word_alt(["هدف", "هدفگذاری"]) == alt(["هدف", "هدفگذاری"])
    assert whole_word_alt(["ج", "ج.ا"]) == seq(["ج", "ج.ا"])
    for words in (["بود", "بوده", "به دست آمد", "به دست آمده"], ["هدف", "هدفگذاری"]):
        plain = re.compile("(?:" + seq(words) + ")" + WB_R)
        trie = re.compile("(?:" + whole_word_alt(words) + ")" + WB_R)
        text = fold("بوده بود بودها به دست آمده بهدستآمد هدفگذاری هدف هدفها")
        for pos in range(len(text)):
            a, b = trie.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_two_lists_re_reads_the_second_list_after_the_gap_to_a_word_boundary() -> None:
    """The builder five patterns share: a phrase of the first list, the gap, a phrase of the
    second, and no more letters after it («شده» is not «شدهاند»)."""
    pattern = two_lists_re(r"\s?", seq(["وارد"]), r"\s", ["شد", "شده"])
    assert pattern.search("کالا وارد شده است")
    assert pattern.search("کالا وارد شد.")
    assert not pattern.search("کالا وارد شدند")
    assert not pattern.search("کالا شد وارد")
