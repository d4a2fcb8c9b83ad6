"""Round 35: an unknown outlet's lead «X/ <role> ...» (the swapped-outlet measure's
misses), team-written sentences (outlets, people and figures invented, none in the
corpus): a name of one to three words opening a line, a slash, then (after its desk's
place) the role of the lead's speaker credits that outlet; a rubric, a place, a page label
or a phrase before the slash credits nothing."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution

HEAD = "افزایش تولید در استان\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the name, a slash, the role
        ("نسیم دریا/ مدیرکل شیلات هرمزگان گفت: ۱۲ قفس ماهی مستقر شد.", "نسیم دریا"),
        # the name, a slash, the desk's place glued, then the role
        ("چکاد نیوز/زنجان رئیس سازمان صمت استان گفت: ۸ واحد افتتاح شد.", "چکاد نیوز"),
        # after a dash that closes the headline on the same line
        (
            "از افتتاح ۸ واحد خبر داد. - سپیدرود/گیلان مدیرکل صنعت استان گفت: ۸ واحد افتتاح شد.",
            "سپیدرود",
        ),
        # must NOT credit: a place, a rubric, a page label, no role after the slash
        ("هرمزگان/ مدیرکل شیلات هرمزگان گفت: ۱۲ قفس مستقر شد.", None),
        ("اقتصادی/ مدیرکل شیلات هرمزگان گفت: ۱۲ قفس مستقر شد.", None),
        ("کد خبر/ مدیرکل شیلات هرمزگان گفت: ۱۲ قفس مستقر شد.", None),
        ("نسیم دریا/ ۱۲ قفس ماهی در سواحل استان مستقر شد.", None),
    ],
)
def test_slash_lead_brand(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want
