"""Round 6: provinces ahead of the story's province in a ranking are its places too («بعد
از استان‌های خوزستان و کردستان رتبه سوم»), a plain comparison is not; a brand written as a
hashtag is its words («#همدان_آنلاین»). Team-written sentences (not copied from the corpus)."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.provinces import province_mentions, rank_provinces


def _provinces(text: str) -> list[str]:
    return [p["name"] for p in rank_provinces([("body", m) for m in province_mentions(text)])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "گلستان امسال در خرید گندم بعد از استان‌های خوزستان و کردستان رتبه سوم را گرفت. "
            "خرید گندم در گلستان ادامه دارد.",
            ["گلستان", "خوزستان", "کردستان"],
        ),
        (
            "کرمان در تولید پسته پس از دو استان فارس و یزد در مقام سوم است. "
            "برداشت در کرمان ادامه دارد.",
            ["کرمان", "فارس", "یزد"],
        ),
        (
            "گیلان بعد از استان‌های مازندران و گلستان رتبه سوم تولید برنج را دارد. "
            "برداشت گیلان بیشتر شد.",
            ["گیلان", "مازندران", "گلستان"],
        ),
        # one province ahead, named bare: a comparison (the team gold's reading)
        (
            "اردبیل با تولید سیب‌زمینی پس از همدان رتبه دوم را دارد. برداشت اردبیل ادامه دارد.",
            ["اردبیل"],
        ),
        # a comparison with no ranking word: not places of the story
        (
            "گلستان پس از فارس و کرمان بیشترین خرید را داشت. خرید گلستان بیشتر شد.",
            ["گلستان"],
        ),
        (
            "رتبه گلستان بهتر شد. گلستان بعد از خوزستان و کردستان خرید را آغاز کرد. "
            "گلستان خرید کرد.",
            ["گلستان"],
        ),
    ],
)
def test_leaders_of_a_ranking(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


_BODY = "قیمت مرغ در بازار ثابت است."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f"رضا کریمی در گفت‌وگو با پایگاه خبری #همدان_آنلاین، بیان کرد: {_BODY}", "همدان آنلاین"),
        (f"به گزارش #کرمان_نو، {_BODY}", "کرمان نو"),
        (f"به گزارش #اخبار_اقتصادی_یزد از یزد، {_BODY}", "اخبار اقتصادی یزد"),
    ],
)
def test_hashtag_brand(text: str, want: str) -> None:
    assert extract_attribution(text) == want
