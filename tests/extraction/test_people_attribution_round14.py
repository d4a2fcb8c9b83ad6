"""Round 14: unknown outlets credited in the forms provincial sites write (team-written
sentences; the outlets, people and provinces are invented or swapped, none is in the
corpus): a site's lead prefix with its kind of outlet or a slash and its desk's place, day
words between «به گزارش» and the name, a bracket repeating the name, a desk's place with
«از» glued on."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution

HEAD = "افزایش تولید در استان\n\n"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a lead prefix with the kind of outlet before the name (four or five words)
        (
            HEAD + "هفته‌نامه پیام کوهسار؛ بهرام رستمی، مدیرکل بنادر استان گفت: صادرات بیشتر شد.",
            "پیام کوهسار",
        ),
        (
            HEAD + "پایگاه خبری ستاره دماوند - مدیرکل صمت استان البرز از ایجاد ۴۰۰ شغل خبر داد.",
            "ستاره دماوند",
        ),
        (
            HEAD + "روزنامه نوای گیلان: رئیس سازمان جهاد کشاورزی گیلان گفت: برداشت چای آغاز شد.",
            "نوای گیلان",
        ),
        (
            HEAD + "پایگاه خبری تحلیلی دریچه سیستان - فرخ ناصری مدیرعامل شرکت آب گفت: ۳ سد پر شد.",
            "دریچه سیستان",
        ),
        # a slash and the desk's place after the name
        (HEAD + "چکاد شرق/خراسان رضوی معاون استاندار گفت: ۲۰ طرح افتتاح شد.", "چکاد شرق"),
        (HEAD + "ندای البرز/کرج مدیرکل راه و شهرسازی از ساخت ۹۰۰ واحد خبر داد.", "ندای البرز"),
        (HEAD + "- کاسپین‌نیوز/مازندران مدیرعامل شرکت گاز گفت: ۱۲ روستا گازدار شد.", "کاسپین‌نیوز"),
        (
            HEAD + "روزنامه سپیده هرمز/ رئیس اتاق بازرگانی گفت: صادرات ۱۰ درصد رشد کرد.",
            "سپیده هرمز",
        ),
        (
            HEAD + "خبرگزاری نسیم البرز/قزوین مدیرکل غله گفت: خرید گندم آغاز شد.",
            "خبرگزاری نسیم البرز",
        ),
        # day words between «به گزارش» and the name (no part of the day: «صبح ساحل» stays)
        ("به گزارش روز سه‌شنبه ندای البرز از کرج، تولید خودرو بیشتر شد.", "ندای البرز"),
        ("به گزارش امروز پنجشنبه خبر جنوب از بوشهر، صید میگو آغاز شد.", "خبر جنوب"),
        ("به گزارش روز شنبه کاسپین‌نیوز، قیمت برنج افزایش یافت.", "کاسپین‌نیوز"),
        ("به گزارش صبح ساحل، صادرات ماهی افزایش یافت.", "صبح ساحل"),
        # a bracket after the name repeats it or names the desk
        (
            "به گزارش خبرنگار دریچه سیستان(دریچه سیستان)، منطقه زاهدان، صادرات بیشتر شد.",
            "دریچه سیستان",
        ),
        ("به گزارش سایت خبری چکاد شرق (سایت خبری چکاد شرق)، ۴۰ شغل ایجاد شد.", "چکاد شرق"),
        ("به گزارش کاسپین‌نیوز (مازندران)، برداشت برنج آغاز شد.", "کاسپین‌نیوز"),
        # a desk's place with «از» glued on, with or without its ZWNJ
        ("به گزارش نوای گیلان ازرشت، برداشت چای آغاز شد.", "نوای گیلان"),
        ("به گزارش پیام کوهسار ازکهگیلویه‌وبویراحمد، ۳ سد پر شد.", "پیام کوهسار"),
        ("به گزارش ستاره دماوند ازخراسان‌شمالی، ۴۰ شغل ایجاد شد.", "ستاره دماوند"),
    ],
)
def test_unknown_outlet_in_a_provincial_credit(text: str, outlet: str) -> None:
    assert extract_attribution(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        # a rubric before a slash and a place is a subject, not an outlet
        HEAD + "گندم/زنجان مدیرکل غله استان زنجان گفت: خرید گندم آغاز شد.",
        HEAD + "قیمت مرغ/ رئیس اتحادیه مرغداران گفت: قیمت افزایش یافت.",
        # a speaker's role before a slash or a colon is no outlet
        HEAD + "استاندار زنجان/ رئیس سازمان گفت: ۲۰ طرح افتتاح شد.",
        HEAD + "مدیرکل غله استان فارس: خرید گندم آغاز شد.",
    ],
)
def test_no_outlet_before_a_slash_or_colon(text: str) -> None:
    assert extract_attribution(text) is None
