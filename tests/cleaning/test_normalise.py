"""ZWNJ: kept from HTML, restored where hazm's lexicon makes it certain, never invented."""

from __future__ import annotations

from pathlib import Path

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


def test_hazm_word_list_is_read_once_per_process_and_not_at_all_when_cached(
    tmp_path,
) -> None:
    """The ZWNJ lexicon and hazm's Normalizer share one word table, built from one read
    of words.dat; with the cache built, a process reads it not at all."""
    import os
    import subprocess
    import sys

    code = (
        "import hazm.word_tokenizer\n"
        "from crawler.cleaning import hazm_data\n"
        "from crawler.cleaning.normalise import normalise_text\n"
        "normalise_text('کتابها را می خواند')\n"
        "assert hazm.word_tokenizer.words_list is hazm_data.words_list\n"
        "from crawler.cleaning.normalise import _lexicon, _normalizer\n"
        "assert _normalizer()._words is hazm_data.word_table() is _lexicon()[0]\n"
        "print(hazm_data._parsed.cache_info().misses)\n"
    )
    env = {**os.environ, "PNC_CACHE_DIR": str(tmp_path)}
    reads = []
    for _ in ("cold", "warm"):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        reads.append(int(done.stdout))
    assert reads == [1, 0]


_SAME_NORMALIZER = """
import sys
from pathlib import Path
from hazm import Normalizer
reference = Normalizer(persian_numbers=False, persian_style=False)  # hazm as shipped
from crawler.cleaning.normalise import _normalizer
from crawler.cleaning.hazm_data import cache_file
ours = _normalizer()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path("evaluation/gold").rglob("*.txt"))]
assert len(texts) > 50
differ = [t[:40] for t in texts if ours.normalize(t) != reference.normalize(t)]
print(len(differ), cache_file().is_file())
"""


def test_hazm_data_cache_gives_the_same_normalizer(tmp_path) -> None:
    """Built (cold cache) and loaded (warm cache), the Normalizer equals hazm's own."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PNC_CACHE_DIR": str(tmp_path)}
    for _ in ("cold", "warm"):
        done = subprocess.run(
            [sys.executable, "-c", _SAME_NORMALIZER],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert done.stdout.split() == ["0", "True"], done.stdout


def test_a_new_cache_file_replaces_stale_ones(tmp_path) -> None:
    """Files of an older layout, or of the current one unused for a month, are removed
    when the current file is written (each is ~15 MB); another install's recent file
    stays (two virtualenvs in use must not evict each other)."""
    import os
    import subprocess
    import sys
    import time

    from crawler.cleaning.hazm_data import FORMAT

    old_layout = tmp_path / "hazm-0.0-1.1-2.2.marshal"
    old_layout.write_bytes(b"old")
    unused = tmp_path / f"hazm-0.0-3.3-4.4-{FORMAT}.marshal"
    unused.write_bytes(b"old")
    month_ago = time.time() - 31 * 86400
    os.utime(unused, (month_ago, month_ago))
    recent = tmp_path / f"hazm-0.0-5.5-6.6-{FORMAT}.marshal"
    recent.write_bytes(b"other venv")
    unrelated = tmp_path / "vega-bundle.js"
    unrelated.write_text("kept")
    env = {**os.environ, "PNC_CACHE_DIR": str(tmp_path)}
    code = "from crawler.cleaning.normalise import normalise_text; normalise_text('کتابها')"
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert not old_layout.exists() and not unused.exists(), names
    assert recent.exists() and unrelated.exists(), names
    assert len([n for n in names if n.startswith("hazm-")]) == 2, names
