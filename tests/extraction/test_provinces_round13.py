"""Round 13: a ranking told rank first («رتبه سوم را پس از خوزستان و کردستان به دست آورد»)
or with the leaders listed bare before the rank («پس از فارس و یزد رتبه سوم»): two provinces
or more ahead of the story's province are places of the same activity; one province named
bare stays a comparison (the team gold's reading). Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.provinces import province_mentions, rank_provinces


def _provinces(text: str) -> list[str]:
    return [p["name"] for p in rank_provinces([("body", m) for m in province_mentions(text)])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "گلستان در تحویل گندم رتبه سوم را پس از خوزستان و کردستان به دست آورد. "
            "خرید در گلستان ادامه دارد.",
            ["گلستان", "خوزستان", "کردستان"],
        ),
        (
            "کرمان در تولید پسته مقام سوم کشور را بعد از استان‌های فارس و یزد دارد. "
            "برداشت در کرمان ادامه دارد.",
            ["کرمان", "فارس", "یزد"],
        ),
        (
            "قزوین پس از تهران، اصفهان و البرز رتبه چهارم صادرات را دارد. صادرات قزوین بیشتر شد.",
            ["قزوین", "تهران", "اصفهان", "البرز"],
        ),
        (
            "مازندران در تولید مرکبات پس از گیلان و گلستان رتبه سوم است. "
            "برداشت مازندران ادامه دارد.",
            ["مازندران", "گیلان", "گلستان"],
        ),
    ],
)
def test_leaders_of_a_ranking_are_places(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # one province ahead, named bare, rank first: still a comparison
        (
            "اردبیل در تولید سیب‌زمینی رتبه دوم را پس از همدان دارد. برداشت اردبیل ادامه دارد.",
            "اردبیل",
        ),
        # a list after «پس از» with no ranking word: a comparison
        ("گلستان پس از خوزستان و کردستان بیشترین خرید را داشت. خرید گلستان بیشتر شد.", "گلستان"),
        # the rank word in another sentence: nothing
        (
            "رتبه گلستان بهتر شد. گلستان پس از خوزستان و کردستان خرید را آغاز کرد. "
            "گلستان خرید کرد.",
            "گلستان",
        ),
    ],
)
def test_comparisons_stay_out(text: str, primary: str) -> None:
    assert _provinces(text) == [primary]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a terminal named by its island town: the island's province is where oil is loaded
        (
            "نفت خام میدان‌های اهواز از پایانه صادراتی جزیره خارگ صادر می‌شود. "
            "تولید نفت در اهواز بیشتر شد. میدان اهواز فعال است.",
            ["خوزستان", "بوشهر"],
        ),
        # «خارک» (also an unripe date) counts after «جزیره»
        (
            "محموله از اسکله جزیره خارک بارگیری شد. صادرات خوزستان ادامه دارد. خوزستان صادر کرد.",
            ["خوزستان", "بوشهر"],
        ),
        # a border crossing named by its town
        (
            "سیب زنجان از پایانه مرزی آستارا به روسیه صادر شد. صادرات زنجان بیشتر شد.",
            ["زنجان", "گیلان"],
        ),
    ],
)
def test_port_or_crossing_town_is_a_place(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # «خارک» alone is the unripe date
        ("برداشت خارک در خوزستان آغاز شد. خرمای خوزستان رسید.", "خوزستان"),
        # a town where a speaker's office is, not a crossing
        (
            "مدیر پایانه مرزی آستارا گفت صادرات زنجان بیشتر شد. زنجان صادر کرد.",
            "زنجان",
        ),
    ],
)
def test_towns_not_crossings_stay_out(text: str, primary: str) -> None:
    assert _provinces(text) == [primary]
