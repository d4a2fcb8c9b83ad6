"""Round 38: attribution. A site's own name opening the lead before an underscore typed for
the dash («نگین دشت _ X گفت») credits the site as the dash does. Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution

HEAD = "جوازهای صنعتی افزایش یافت\n\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("آوای کویر _ هیربد طالبی گفت: ۱۲ جواز صادر شد.", "آوای کویر"),
        ("پایگاه خبری آوای کویر _ مدیرکل صمت استان گفت: ۱۲ جواز صادر شد.", "آوای کویر"),
        # the dash as before
        ("آوای کویر - هیربد طالبی گفت: ۱۲ جواز صادر شد.", "آوای کویر"),
        # must NOT fire: an underscore inside a word is no separator
        ("تولید_صنعتی استان افزایش یافت و مدیرکل گفت: ۱۲ جواز صادر شد.", None),
    ],
)
def test_underscore_for_the_dash_after_a_site_name(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want
