"""Round 21's speed shortcuts give exactly what the plain code gives: each shortcut skips
work only where its result cannot differ, and each is compared here with the plain
computation on texts where it does and does not apply."""

from __future__ import annotations

import pytest

from crawler.extraction import names
from crawler.extraction.lexicon import GLUED_SPEECH_RE
from crawler.extraction.persian import fold

GLUED = [
    "مختار مهاجرگفت: تولید ۲۵۰ هزار تن رسید و رضا کریمی‌افزود :بیشتر شد.",
    "احمد رضاییگفت：صادرات رشد داشت؛ علی‌رضا محمدیافزود\u00a0: واردات کم شد: و گفت: نه",
    "گفت: افزود: خبرگزاری‌گفت:: و کریمیگفت\n: پایان",
    "مهاجرگفت",  # no colon after: nothing split
]


def _plain_unglue(folded: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Every token searched, as before the colon shortcut."""
    out: list[tuple[int, int, str]] = []
    for a, b, w in toks:
        m = GLUED_SPEECH_RE.search(folded, a, b + 2)
        if m and m.end() == b:
            out += [(a, m.start(), w[: m.start() - a]), (m.start(), b, w[m.start() - a :])]
        else:
            out.append((a, b, w))
    return out


@pytest.mark.parametrize("text", GLUED)
def test_unglue_speech_searches_only_before_a_colon_and_splits_the_same(text: str) -> None:
    folded = fold(text)
    split = names._TOKEN_SPLIT_RE.split(folded)
    toks, at = [], 0
    for i, piece in enumerate(split):
        if i % 2:
            toks.append((at, at + len(piece), piece))
        at += len(piece)
    assert names._unglue_speech(folded, toks) == _plain_unglue(folded, toks)


def test_unglue_speech_splits_a_glued_verb() -> None:
    folded = fold(GLUED[0])
    words = [w for _, _, w in names._tokens(folded)]
    assert "مهاجر" in words and "گفت" in words  # the shortcut still splits


def test_the_colon_shortcut_is_the_colon_the_glued_verb_pattern_looks_ahead_for() -> None:
    # the shortcut is exact only while the pattern ends in this look-ahead
    assert GLUED_SPEECH_RE.pattern.endswith(r"(?=\s?" + names.SPEECH_COLON + ")")
