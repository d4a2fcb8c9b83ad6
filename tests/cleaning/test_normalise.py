"""ZWNJ: kept from HTML, restored where hazm's lexicon makes it certain, never invented."""

from __future__ import annotations

import pytest

from crawler.cleaning.normalise import normalise_text, restore_zwnj


@pytest.mark.parametrize(
    ("written", "fixed"),
    [
        ("مییابد", "می‌یابد"),
        ("خوشههای", "خوشه‌های"),
        ("شهرکهای", "شهرک‌های"),
        ("دستگاههای", "دستگاه‌های"),
        ("میشود", "می‌شود"),
        ("اولویتهای", "اولویت‌های"),
        ("سازمانها", "سازمان‌ها"),
        ("بینالملل", "بین‌الملل"),
    ],
)
def test_missing_zwnj_is_restored(written: str, fixed: str) -> None:
    assert normalise_text(written) == fixed


@pytest.mark.parametrize(
    "word",
    [
        "شهرها",
        "دانشگاه",
        "ماهیانه",
        "میزان",
        "میلیون",
        "میدان",
        "تنها",
        "آنها",
        "کالاهای",
        "تهران",
        "مهارت",
        "مجموعهای",
    ],
)
def test_ordinary_and_ambiguous_words_are_not_corrupted(word: str) -> None:
    assert restore_zwnj(word) == word
    assert normalise_text(word) == word


def test_zwnj_present_in_the_input_survives() -> None:
    text = "شهرک‌های صنعتی استان در سال گذشته ۱۲ درصد رشد داشته‌اند."
    assert normalise_text(text) == text


def test_digits_kept_as_written() -> None:
    assert normalise_text("صادرات 3.2 میلیارد دلار در ۱۴۰۳/۰۲/۲۳") == (
        "صادرات 3.2 میلیارد دلار در ۱۴۰۳/۰۲/۲۳"
    )
