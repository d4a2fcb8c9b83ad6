"""Round 43 attribution phenomena (own sentences). A page showing an agency's copy prints a
credit line of fields parted by slashes, a numeric date first («1403/02/05 / خبرگزاری ایسنا
/ استان‌ها»), the mirror of «خبرگزاری ایسنا / 1404/06/22»: the agency spelt in full is the
credit (h39a01); an everyday word there («مهر») or a section is none. A hashtag's underscore
joins its words («#خبر_و_هنر»): no dash after a site's own name (h39a07). A source line
right after the end marker («انتهای پیام/ز» then «منبع: ایسنا») is the copy's origin, as
dev gold reads «منبع: X» at the end of another agency's page (22 texts of 22 credit the
source line): the cleaning keeps it as a credit line (h39b06)."""

import pytest

from crawler.cleaning.residual import clean_lines
from crawler.extraction.attribution import extract_attribution

BODY = "مدیرکل صنعت، معدن و تجارت استان گفت: ۸۳ پروانه اکتشاف صادر شد."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a dated credit line: date / agency / section
        (f"اکتشاف معادن رو به رشد است\n1403/02/05 / خبرگزاری ایسنا / استان‌ها\n\n{BODY}", "ایسنا"),
        (f"اکتشاف معادن رو به رشد است\n۱۴۰۲/۱۱/۰۳ / ایرنا\n\n{BODY}", "ایرنا"),
        # the cleaning's rewrap joined the line to the headline above it
        (f"اکتشاف معادن رو به رشد است 1403/02/05 / خبرگزاری ایسنا / استان‌ها\n\n{BODY}", "ایسنا"),
        # must not fire: an everyday word («مهر», a month) or a section after the date
        (f"اکتشاف معادن رو به رشد است\n1403/02/05 / مهر / اقتصادی\n\n{BODY}", None),
        (f"اکتشاف معادن رو به رشد است\n1403/02/05 / اقتصادی / استان‌ها\n\n{BODY}", None),
        # a hashtag line of the site: no outlet
        (f"#چشمه_و_هنر\n\n#خبر_و_هنر #خبر #اخبار\n\n{BODY}", None),
        ("#خبر_و_هنر\n\nرئیس اتحادیه فرش گفت: ۲۹ هزار متر فرش بافته شد.", None),
        # must not fire: a site's own name before a dash still credits it
        (f"چشمه نیوز - {BODY}", "چشمه نیوز"),
    ],
)
def test_round43_credit_lines(text: str, source: str | None) -> None:
    assert extract_attribution(text) == source


@pytest.mark.parametrize(
    ("lines", "credits"),
    [
        # a source line right after the end marker is kept as a credit line
        ([BODY, "انتهای پیام/ز", "منبع:ایسنا"], ["انتهای پیام/ز", "منبع:ایسنا"]),
        ([BODY, "انتهای پیام/", "", "منبع: ایرنا"], ["انتهای پیام/", "منبع: ایرنا"]),
        # glued to the last paragraph's end
        ([f"{BODY} انتهای پیام/", "منبع: ایرنا"], ["منبع: ایرنا"]),
        # must not fire: a source line far down the footer is no credit of this copy
        (
            [BODY, "انتهای پیام/", "اخبار پیشنهادی", "تبادل نظر", "منبع: ایرنا"],
            ["انتهای پیام/"],
        ),
    ],
)
def test_round43_source_after_end_marker(lines: list[str], credits: list[str]) -> None:
    assert clean_lines(lines).credits == credits


def test_round43_source_after_end_marker_credits_the_origin() -> None:
    text = f"به گزارش گروه استان‌های باشگاه خبرنگاران، {BODY}"
    credits = clean_lines([BODY, "انتهای پیام/ز", "منبع:ایسنا"]).credits
    assert extract_attribution(text, credits) == "ایسنا"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the page's call to join its own channel names the outlet (dev gold 2 of 2)
        (
            f"{BODY}\n\nبرای آگاهی از آخرین اخبار و پیوستن به کانال تلگرامی باشگاه خبرنگاران"
            " جوان اینجا کلیک کنید.",
            "باشگاه خبرنگاران جوان",
        ),
        (f"{BODY}\n\nعضویت در کانال تلگرامی خبرگزاری موج", "خبرگزاری موج"),
        # must not fire: an everyday word («مهر») or «ما» after «کانال تلگرامی»
        (f"{BODY}\n\nعضویت در کانال تلگرامی مهر", None),
        (f"{BODY}\n\nعضویت در کانال تلگرامی ما", None),
        # must not fire: a credit in the text wins over the channel
        (
            f"به گزارش ایرنا، {BODY}\n\nبرای پیوستن به کانال تلگرامی باشگاه خبرنگاران جوان"
            " اینجا کلیک کنید.",
            "ایرنا",
        ),
    ],
)
def test_round43_channel_call(text: str, source: str | None) -> None:
    assert extract_attribution(text) == source
