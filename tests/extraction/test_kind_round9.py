"""Round-9 kind grammar, with sentences the team wrote (variants the development texts lack):
a plain present passive as a number's own verb announces an event to come (forecast), but
not in a headline, after the remainder («مابقی»), for what is habitual or for a percentage;
what one can do («می‌توان», «می‌تواند») is a forecast, but «می‌توان گفت» only states; money
named approved right after its unit («... تومان مصوب») is a target; a shortfall against
the normal is a change; a percentage after «معادل» restates an amount as its share."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from crawler.extraction.figures.extract import readings
from crawler.extraction.figures.kind import find_kind


def kind_of(text: str, nth: int = 0) -> str | None:
    return find_kind(list(readings(text))[nth][0])


@pytest.mark.parametrize(
    ("text", "nth", "kind"),
    [
        # a plain present passive: an event to come
        ("وی گفت: امسال ۳۰۰ هزار تن گندم از کشاورزان خریداری می‌شود.", 0, "forecast"),
        ("مدیرکل گفت: دو هزار نفر در دستگاه‌های اجرایی استخدام می‌شوند.", 0, "forecast"),
        ("در هفته دولت طرح‌هایی به ارزش ۸۰۰ میلیارد تومان افتتاح می‌شوند.", 0, "forecast"),
        ("برای تنظیم بازار ۵۰۰ تن برنج در استان توزیع می‌شود.", 0, "forecast"),
        # not for what happens every day, nor after the remainder, nor for a percentage
        ("روزانه ۳۰۰ تن مرغ در استان توزیع می‌شود.", 0, None),
        (
            # no forecast; the part set against the remainder is done (round 17)
            "از این مبلغ ۱۲ هزار میلیارد ریال پرداخت و مابقی به تدریج واریز می‌شود.",
            0,
            "actual",
        ),
        ("۴۰ درصد بنزین کشور از این پالایشگاه تامین می‌شود.", 0, "share"),
        # what one can do is a forecast; «می‌توان گفت» only states
        ("با تامین این اعتبار می‌توان ۵ هزار شغل جدید ایجاد کرد.", 0, "forecast"),
        ("این کارخانه می‌تواند سالی ۲۰۰ هزار تن سیمان تولید کند.", 0, "forecast"),
        ("می‌توان گفت در مجموع ۷۰۰ هزار تن کالا از مرز جابه‌جا شده است.", 0, "actual"),
        # a number before the modal is not what one can do
        ("اردبیل با داشتن چهار بازارچه مرزی می‌تواند دروازه تجارت باشد.", 0, None),
        # approved money right after its unit
        ("از ۲۵۰۰ میلیارد تومان مصوب سفر، ۹۰۰ میلیارد تومان پرداخت شده است.", 0, "target"),
        ("از ۲۵۰۰ میلیارد تومان مصوب سفر، ۹۰۰ میلیارد تومان پرداخت شده است.", 1, "actual"),
        # a shortfall against the normal is a change
        ("گزارش‌ها از عقب‌ماندگی ۳۵ درصدی بارش‌ها در حوضه حکایت دارد.", 0, "change"),
        ("بارش‌ها ۲۰ درصد عقب‌افتادگی دارد.", 0, "change"),
        # a percentage restating an amount is its share
        (
            "طول راه‌های استان ۸ هزار کیلومتر است که ۹۰۰ کیلومتر آن معادل ۱۱ درصد بزرگراه است.",
            2,
            "share",
        ),
        ("تولید ۵۰۰ تن افزایش یافت که معادل ۱۲ درصد رشد است.", 1, "change"),
    ],
)
def test_round9_kind(text: str, nth: int, kind: str | None) -> None:
    assert kind_of(text, nth) == kind


def test_headline_present_is_not_a_forecast() -> None:
    text = (
        "۵۰۰ نفر در معادن جنوب استان مشغول به کار می‌شوند\n"
        "رئیس سازمان گفت: ۱۵ معدن امسال به بهره برداری رسیده است."
    )
    assert extract_figures(text)[0].kind != "forecast"
