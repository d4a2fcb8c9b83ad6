"""Round 13b: an honorific glued to a given name that is also an everyday word, a
two-word surname closed by «الهی»/«اللهی», a letter's name after the closing slash, and
a republication line (team-written sentences)."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people


def _names(text: str) -> list[str]:
    return [p["name"].replace("\u200c", " ") for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("سیدامین قاسمی ضمن بیان این مطلب اظهار کرد: گردشگران بیشتر شدند.", "سیدامین قاسمی"),
        ("سیدامید کاظمی ضمن اشاره به این موضوع افزود: صادرات بیشتر شد.", "سیدامید کاظمی"),
        ("به گزارش ما، سیدپیمان نادری ضمن بیان این خبر گفت: تولید افزایش یافت.", "سیدپیمان نادری"),
    ],
)
def test_a_glued_honorific_anchors_an_everyday_given_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_an_everyday_given_name_alone_still_needs_an_anchor() -> None:
    # (round 42: «ضمن بیان» is a speech phrase as «با بیان» is, an anchor; a visit is none)
    assert _names("امید قاسمی ضمن بازدید از این کارخانه اظهار کرد: تولید بیشتر شد.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("به گزارش ما،عباس شمس الهی اظهار داشت: گاز روستاها وصل شد.", "عباس شمس الهی"),
        ("مهدی امین الهی در جلسه شورا گفت: تولید افزایش یافت.", "مهدی امین الهی"),
        ("رضا حبیب اللهی افزود: واردات کم شد.", "رضا حبیب اللهی"),
    ],
)
def test_a_surname_closed_by_elahi_keeps_both_words(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_elahi_as_divine_is_no_surname() -> None:
    assert _names("علی قاسمی گفت: به حول و قوه الهی تولید زیاد شد.") == ["علی قاسمی"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "به گزارش خبرگزاری فارس از یزد، علی احمدی گفت: تولید بیشتر شد.\nانتهای پیام/الف",
            "خبرگزاری فارس",
        ),
        ("به گزارش ایسنا، حسن کریمی گفت: صادرات بیشتر شد.\nانتهای پیام/ سین", "ایسنا"),
    ],
)
def test_a_letter_name_after_the_closing_slash_is_an_initial(text: str, agency: str) -> None:
    assert extract_attribution(text) == agency


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("رئیس سازمان گفت: ذخیره معادن بیشتر شد.\n\nبازنشر از : مهر\n\nمعادن", "خبرگزاری مهر"),
        ("مدیرکل گمرک گفت: صادرات بیشتر شد.\n\nبازنشر شده از: تسنیم", "خبرگزاری تسنیم"),
        ("مدیرکل گمرک گفت: صادرات بیشتر شد.\nبازنشر از ایلنا", "ایلنا"),
    ],
)
def test_a_republication_line_credits_its_source(text: str, agency: str) -> None:
    assert extract_attribution(text) == agency
