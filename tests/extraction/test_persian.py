"""The phrase alternation ``alt``: a trie that finds what a longest-first list finds."""

from __future__ import annotations

import re

import pytest

from crawler.extraction.persian import WB_L, WB_R, alt, flex, fold

PHRASES = [
    "هدف",
    "هدف گذاری",
    "هدف‌گذاری شده",
    "استان",
    "استان تهران",
    "تهران",
    "آذربایجان شرقی",
    "آذربایجان غربی",
    "ای",
    "ایران",
]
TEXTS = [
    "میزان هدف‌گذاری شده برای استان تهران",
    "هدفگذاری امسال در آذربایجانشرقی و آذربایجان غربی",
    "هدف ما ایران است و ای کاش استانی دیگر",
    "استان‌ها و تهرانی‌ها",
]


def _flat(words: list[str]) -> str:
    """The list form ``alt`` replaced: every phrase, longest first."""
    return "|".join(sorted((flex(w) for w in words), key=len, reverse=True))


@pytest.mark.parametrize("text", TEXTS)
def test_trie_finds_what_the_longest_first_list_finds(text: str) -> None:
    trie = re.compile(WB_L + "(?:" + alt(PHRASES) + ")" + WB_R)
    flat = re.compile(WB_L + "(?:" + _flat(PHRASES) + ")" + WB_R)
    folded = fold(text)
    assert [m.span() for m in trie.finditer(folded)] == [m.span() for m in flat.finditer(folded)]


def test_the_longest_phrase_wins_and_spaces_are_optional() -> None:
    rx = re.compile(WB_L + "(?:" + alt(PHRASES) + ")" + WB_R)
    assert rx.search(fold("میزان هدف‌گذاری شده")).group() == fold("هدف‌گذاری شده")
    assert rx.search("آذربایجانشرقی").group() == "آذربایجانشرقی"
    assert rx.search("استانی") is None


def test_no_phrases_match_nothing_and_specials_are_escaped() -> None:
    assert alt([]) == ""
    rx = re.compile(alt(["م.ن", "(الف)"]))
    assert rx.fullmatch("م.ن") and rx.fullmatch("(الف)") and not rx.fullmatch("مxن")
