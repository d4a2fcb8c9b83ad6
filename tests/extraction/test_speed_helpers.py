"""The shortcuts taken for speed (round 9) give exactly what the plain code gives: the
tokens of a text from one split, the per-word opening codes of ``find_names`` (cold or
warm, kept or not), and ``fold``'s one-entry cache (by identity, never by content); and
round 14's: the marks test, the openers per first word, clause matches kept per pattern
identity, and the per-word memos."""

from __future__ import annotations

import re

import pytest

from crawler.extraction import names
from crawler.extraction.names import TOKEN_RE, find_names
from crawler.extraction.persian import _FOLD_PAIRS, _KEY_DROP_RE, fold, key

TEXTS = [
    "مهندس علی‌رضا کریمی، مدیرکل صنعت استان گفت: تولید ۲۵۰ هزار تن رسید.",
    "به گزارش ایرنا، سید محمدجواد حسینی‌نژاد (معاون استاندار) افزود ۱۲ درصد رشد داشت",
    "  ABC 123 — «امیر حسین رضایی» و کرامت الله احمدی در جلسه ۱۴۰۳/۰۲/۱۵ حضور داشتند؛ ",
    "",
    "۱۲۳۴",
    "فقط_یک_واژه",
]


def _plain_tokens(folded: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(folded)]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_from_one_split_are_the_token_pattern_words(text: str) -> None:
    folded = fold(text)
    assert names._tokens(folded) == _plain_tokens(folded)


def test_find_names_is_the_same_with_a_cold_a_warm_and_no_word_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = " ".join(TEXTS)
    monkeypatch.setattr(names, "_OPENS", {})
    cold = find_names(text)
    assert names._OPENS  # the words were kept
    assert find_names(text) == cold  # warm
    monkeypatch.setattr(names, "_OPENS", {})
    monkeypatch.setattr(names, "_OPENS_KEPT", 0)
    assert find_names(text) == cold and not names._OPENS  # nothing kept, same answer
    assert [text[a:b] for a, b in cold][:1] == ["علی‌رضا کریمی"]


def _plain_fold(text: str) -> str:
    for src, dst in _FOLD_PAIRS:
        text = text.replace(src, dst)
    return text


def test_fold_cache_serves_the_same_object_only() -> None:
    first = "كيك ۱۲۳ " * 40  # long enough to be kept
    second = "يك ٤٥ " * 60
    assert fold(first) == _plain_fold(first)
    assert fold(first) == _plain_fold(first)  # served from the cache
    assert fold(second) == _plain_fold(second)  # another text: folded afresh
    equal_copy = "".join(list(first))  # same content, another object
    assert equal_copy is not first and fold(equal_copy) == _plain_fold(first)
    short = "كيك"
    assert fold(short) == "کیک"


# ---------------------------------------------------------------- round 14 shortcuts
# Each shortcut is compared with the plain code it replaces, on inputs that take every
# branch (so a shortcut that drops a case fails here, not as a record that differs).

_MARKS_PLAIN_RE = re.compile("[\u0640\u064b-\u0655\u0670]|[ \t]{2}")  # the one-scan test


@pytest.mark.parametrize(
    "text",
    [
        "۲۰ هزار تن",  # nothing to drop
        "۲۰  هزار تن",  # two spaces
        "۲۰ \tهزار",  # space then tab
        "۲۰\t\tهزار",  # two tabs
        "۲۰\t هزار",  # tab then space
        "۲۰\tهزار",  # one tab: nothing to drop
        "هـزار",  # tatweel
        "تُن",  # a vowel mark
        "",
    ],
)
def test_unmarked_drops_exactly_what_the_one_scan_test_finds(text: str) -> None:
    from crawler.extraction.figures.extract import _unmarked

    clean, back = _unmarked(text)
    assert (back is None) == (_MARKS_PLAIN_RE.search(text) is None)
    if back is not None:
        assert clean == "".join(text[i] for i in back[:-1])
        assert _MARKS_PLAIN_RE.search(clean) is None


def test_opener_candidates_are_the_openers_tried_one_by_one() -> None:
    from crawler.extraction import openers

    words = [None, "به", "گزارش", "در", "همچنین", "ایرنا", "مدیرکل", "خبرگزاری", "یاسوج"]
    for word in words:
        for at_line in (False, True):
            plain = [(n, p) for n, p in openers.OPENERS if openers._tries(n, word, at_line)]
            assert list(openers._candidates(word, at_line)) == plain  # cold
            assert list(openers._candidates(word, at_line)) == plain  # kept
    names_for = {w: [n for n, _ in openers._candidates(w, False)] for w in ("به", None)}
    assert "credit" in names_for["به"] and names_for[None] == ["residue"]


def test_clause_matches_are_the_patterns_own_and_kept_per_pattern() -> None:
    from crawler.extraction.figures.model import Doc
    from crawler.extraction.lexicon import ACTUAL_RE, FORECAST_RE
    from crawler.extraction.sentences import Span

    text = "تولید ۲۰ هزار تن رسید و پیش بینی می شود ۳۰ هزار تن تولید خواهد شد"
    doc = Doc(text, fold(text), [Span(0, len(text))])
    span = Span(0, len(text))
    for regex in (ACTUAL_RE, FORECAST_RE):  # two patterns over one span: two entries
        plain = [m.span() for m in regex.finditer(doc.folded, 0, len(text))]
        assert [m.span() for m in doc.matches(regex, span)] == plain
        assert doc.matches(regex, span) is doc.matches(regex, span)  # found once
    assert [m.span() for m in doc.matches(FORECAST_RE, span)] != [
        m.span() for m in doc.matches(ACTUAL_RE, span)
    ]


@pytest.mark.parametrize("word", ["علی", "رضایی", "استان", "تهران", "امروز", "مدیرکل", "ب"])
def test_memoised_word_tests_answer_as_the_plain_functions(word: str) -> None:
    assert names.name_word(word) == names.name_word.__wrapped__(word)
    assert names.name_word(word, True) == names.name_word.__wrapped__(word, True)
    assert names.could_be_given(word) == names.could_be_given.__wrapped__(word)
    assert key(word + "‌ها") == _KEY_DROP_RE.sub("", fold(word + "‌ها"))
