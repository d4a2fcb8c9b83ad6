"""The shortcuts taken for speed (round 9) give exactly what the plain code gives: the
tokens of a text from one split, the per-word opening codes of ``find_names`` (cold or
warm, kept or not), and ``fold``'s one-entry cache (by identity, never by content)."""

from __future__ import annotations

import pytest

from crawler.extraction import names
from crawler.extraction.names import TOKEN_RE, find_names
from crawler.extraction.persian import _FOLD_PAIRS, fold

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
