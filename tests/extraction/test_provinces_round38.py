"""Round 38: a town written right before its own province with no join («شهرستان مبارکه
اصفهان», «کارخانه‌ای در میبد یزد»: an address) names one place once, as «X در Y» or «X، Y»
do: the province word is not a second mention, so it does not make that province a
secondary of a story that happens elsewhere. Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.provinces import province_mentions, rank_provinces


def _provinces(text: str) -> list[str]:
    return [p["name"] for p in rank_provinces([("body", m) for m in province_mentions(text)])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a buyer's address (town, then its province) in a story of another province
            "تولید سنگ آهن در مجتمع اردکان ۱۰ درصد بیشتر شد. بخشی از تولید در اردکان "
            "فرآوری و مابقی به کارخانه‌ای در نجف‌آباد اصفهان فروخته می‌شود. "
            "طرح توسعه اردکان نیز آغاز شد.",
            ["یزد"],
        ),
        (  # must NOT fire: the province named again on its own is a second mention
            "تولید سنگ آهن در مجتمع اردکان ۱۰ درصد بیشتر شد. بخشی از تولید در اردکان "
            "فرآوری و مابقی به کارخانه‌ای در نجف‌آباد اصفهان فروخته می‌شود. "
            "طرح توسعه اردکان در استان یزد نیز آغاز شد. مصرف استان اصفهان بالاست. "
            "صادرات استان یزد بیشتر شد.",
            ["یزد", "اصفهان"],
        ),
    ],
)
def test_town_then_its_province(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


@pytest.mark.parametrize(
    ("text", "nested"),
    [
        ("کارخانه‌ای در نجف‌آباد اصفهان", [False, True]),
        ("کارخانه‌ای در نجف‌آباد در استان اصفهان", [False, True]),
        # must NOT fire: a town of another province before the name
        ("بار از اردکان اصفهان را پر کرد", [False, False]),
        # must NOT fire: two provinces side by side (no town before)
        ("استان‌های یزد اصفهان", [False, False]),
    ],
)
def test_nested_marks(text: str, nested: list[bool]) -> None:
    assert [m.nested for m in province_mentions(text)] == nested
