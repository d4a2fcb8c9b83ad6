"""Round 39: attribution. A site that credits itself in the lead keeps the credit when an
agency is quoted only in a later paragraph (a chain in the lead's own clause still gives
the agency); a blog's kind of outlet («وبلاگ») is cut before its name, like «سایت».
Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution

HEAD = "خرید تضمینی گندم ادامه دارد\n\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the site credits itself; an agency is quoted in a later paragraph only
        (
            "به گزارش دشت نوین، سعید کاظمی گفت: ۲۰ هزار تن گندم خریداری شد.\n"
            "وی افزود: مطالبات کشاورزان پرداخت می‌شود.\n"
            "به نقل از ایسنا، مدیرکل غله استان افزود: ۳۰۰ میلیارد تومان واریز شد.",
            "دشت نوین",
        ),
        (
            "به گزارش پایگاه خبری دشت نوین، مدیرکل غله استان گفت: ۲۰ هزار تن گندم خریداری شد.\n"
            "به نقل از خبرگزاری مهر، وی افزود: ۳۰۰ میلیارد تومان واریز شد.",
            "دشت نوین",
        ),
        # must stay the agency: the chain in the lead's own clause
        (
            "به گزارش دشت نوین به نقل از ایسنا، سعید کاظمی گفت: ۲۰ هزار تن گندم خریداری شد.",
            "ایسنا",
        ),
        (
            "به گزارش دشت نوین، به نقل از ایرنا، سعید کاظمی گفت: ۲۰ هزار تن گندم خریداری شد.",
            "ایرنا",
        ),
        # must stay the agency: a closing credit names who wrote the whole copy
        (
            "به گزارش دشت نوین، سعید کاظمی گفت: ۲۰ هزار تن گندم خریداری شد.\n"
            "وی افزود: ۳۰۰ میلیارد تومان واریز شد./ ایسنا",
            "ایسنا",
        ),
        # must stay the agency: no site credits itself, the quote names the source
        (
            "سعید کاظمی گفت: ۲۰ هزار تن گندم خریداری شد.\n"
            "به نقل از ایسنا، مدیرکل غله استان افزود: ۳۰۰ میلیارد تومان واریز شد.",
            "ایسنا",
        ),
    ],
)
def test_own_credit_over_a_later_paragraphs_quote(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("به گزارش وبلاگ دشت نوین، مدیرکل گاز گفت: ۹۰ درصد روستاها گاز دارند.", "دشت نوین"),
        ("به گزارش وب‌لاگ دشت نوین، مدیرکل گاز گفت: ۹۰ درصد روستاها گاز دارند.", "دشت نوین"),
        ("منبع: وبلاگ دشت نوین", "دشت نوین"),
        # the site kind as before
        ("به گزارش سایت دشت نوین، مدیرکل گاز گفت: ۹۰ درصد روستاها گاز دارند.", "دشت نوین"),
    ],
)
def test_blog_kind_cut_before_the_name(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an agency's desk and its place opening the lead is no outlet's own name
        (
            "مرکز یزد؛ استاندار گفت: ۱۲۰ طرح در هفته دولت افتتاح می‌شود.\n"
            "وی افزود: ۴۰ طرح کلنگ زنی می‌شود. /دشت نوین",
            "دشت نوین",
        ),
        ("مرکز یزد؛ استاندار گفت: ۱۲۰ طرح در هفته دولت افتتاح می‌شود.", None),
        # must stay: a site's own name opening the lead before a dash and a role
        ("دشت نوین - استاندار یزد گفت: ۱۲۰ طرح در هفته دولت افتتاح می‌شود.", "دشت نوین"),
    ],
)
def test_desk_place_is_no_self_brand(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want
