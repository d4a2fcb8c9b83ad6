"""Round 42 (second subjects helper, from heldout38's first-run misses): (1) a crop weighed
as the yield («... تن محصول», or a harvest verb after it) is production, not the farm
sector; goods weighed for distribution or seed keep their reading. Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("امسال ۸۰ هزار تن محصول از نخلستان‌های استان به دست می‌آید.", 80_000, "production"),
        ("بیش از ۱۲ هزار تن محصولات باغی در شهرستان انتظار می‌رود.", 12_000, "production"),
        ("امسال ۴۰ هزار تن انار از باغ‌های شهرستان برداشت می‌شود.", 40_000, "production"),
        ("۲۵ هزار تن خرما و ۹ هزار تن رطب از نخیلات استان برداشت شد.", 9_000, "production"),
        # must NOT fire: goods handed out, not harvested
        ("۲ هزار تن علوفه در بین دامداران استان توزیع شد.", 2_000, "agriculture"),
        # must NOT fire: a flow named keeps its reading
        ("۳۰ هزار تن محصول به کشورهای همسایه صادر شد.", 30_000, "exports"),
    ],
)
def test_crop_weighed_is_output(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_harvest_word_glued_to_the_word_before() -> None:
    text = "امسال ۱۱۰ هزار تن خرما در استانبرداشت می شود."
    assert figure_of(text, 110_000)["subject"] == "production"


def test_crop_in_a_store_stays_a_stock() -> None:
    # must NOT fire: the yield placed in cold stores is their stock
    text = "هم اکنون ۲۰ هزار تن محصول در سردخانه‌های شهرستان مانده است."
    assert figure_of(text, 20_000)["subject"] == "reserves"
