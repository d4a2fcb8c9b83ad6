"""Round 36: a line of the opening that is wholly a known agency's name («واحد مرکزی خبر»
under the title, an image's Latin «alt» glued on) is the agency's byline, read last: a copy's
own «به گزارش X» or dateline wins, and a line holding more than the name is no byline.
Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "خرید ۱۲ هزار تن گندم در زنجان\n\nواحد مرکزی خبرalt\n"
            "گندمکاران ۱۲ هزار تن گندم تحویل دادند.",
            "خبرگزاری صداوسیما",
        ),
        (
            "تولید شیر ۵ درصد بیشتر شد\nخبرگزاری مهر\nدامداران استان ۵ درصد شیر بیشتر دادند.",
            "خبرگزاری مهر",
        ),
        # must NOT fire: the copy's own credit wins over an agency's name on a line
        (
            "تولید شیر بیشتر شد\nخبرگزاری مهر\nبه گزارش ایسنا، دامداران شیر بیشتر دادند.",
            "ایسنا",
        ),
        # must NOT fire: a line holding more than an agency's name
        (
            "تولید شیر بیشتر شد\nگزارش تصویری خبرگزاری مهر از دامداران\nدامداران شیر دادند.",
            None,
        ),
        # must NOT fire: no agency's name alone on a line
        ("تولید شیر بیشتر شد\nدامداران استان ۵ درصد شیر بیشتر دادند.", None),
    ],
)
def test_byline_agency(text: str, want: str | None) -> None:
    assert extract_attribution(text) == want
