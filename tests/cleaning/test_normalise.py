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


@pytest.mark.parametrize(
    "number",
    ["۳٫۷", "۱۲٬۵۰۰", "1,250", "12,500,000", "۱۴۰۳/۰۲/۲۳", "3.7", "10:30", "۱٬۰۲۲٫۵"],
)
def test_numbers_stay_tight(number: str) -> None:
    """hazm writes «۳ ٫ ۷» and «1 , 250»; the record must read as the page did."""
    assert normalise_text(f"رقم {number} درصد") == f"رقم {number} درصد"


def test_list_separators_keep_their_space() -> None:
    """Only separators that were tight are joined: «۲، ۳» is a list, not a number."""
    assert normalise_text("بندهای ۲، ۳ و ۴") == "بندهای ۲، ۳ و ۴"
    assert "1,2" not in normalise_text("ردیف 1, 2 و 3")


def test_hazm_word_list_is_read_once_per_process() -> None:
    """The lexicon and both word tokenizers of hazm's Normalizer share one read."""
    import subprocess
    import sys

    code = (
        "from crawler.cleaning.normalise import normalise_text, _words_list_of\n"
        "normalise_text('کتابها را می خواند')\n"
        "info = _words_list_of.cache_info()\n"
        "print(info.misses, info.hits)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    misses, hits = map(int, done.stdout.split())
    assert misses == 1 and hits >= 2, (misses, hits)
