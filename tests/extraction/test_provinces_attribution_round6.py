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


_CARGO = "۱۲ هزار تن کالا در بندر تخلیه شد."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the origin a reporting site names, known or not, over the site itself
        (
            f"به گزارش سلام نو به نقل از پایگاه اطلاع‌رسانی سازمان بنادر و دریانوردی، {_CARGO}",
            "پایگاه اطلاع‌رسانی سازمان بنادر و دریانوردی",
        ),
        (f"به گزارش کرمان نو به نقل از روزنامه صبح کرمان، {_CARGO}", "صبح کرمان"),
        # a press office or a person quoted is no origin: the site stays
        (f"به گزارش کرمان نو به نقل از روابط عمومی اداره کل بنادر، {_CARGO}", "کرمان نو"),
        (f"به گزارش کرمان نو به نقل از مدیرکل بنادر، {_CARGO}", "کرمان نو"),
        # a trip to a province named like an agency is no interview with it
        ("رئیس جمهور در سفر به استان فارس، از واگذاری ۱۲ هزار واحد خبر داد.", None),
        ("وزیر در سفر به شهر کرمان، از افتتاح ۳ طرح خبر داد.", None),
        (f"مدیرکل بنادر به فارس گفت: {_CARGO}", "خبرگزاری فارس"),
    ],
)
def test_origin_and_trips(text: str, want: str | None) -> None:
    assert extract_attribution(text) == want
