"""Round 4: unknown outlets' names cut to the brand, origin credits worded as borrowing,
an agency glued to a preposition, glued compound given names, destination provinces.
Team-written sentences (not copied from the corpus)."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.names import find_names
from crawler.extraction.persian import key
from crawler.extraction.provinces import province_mentions, rank_provinces


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("به گزارش پایگاه خبری نسیم کویر، مدیرکل صمت گفت: تولید افزایش یافت.", "نسیم کویر"),
        ("به گزارش سایت خبری تحلیلی صدای دماوند ، فرماندار گفت: بودجه رسید.", "صدای دماوند"),
        ("به گزارش پایگاه خبری وزارت نیرو، معاون وزیر گفت: سد پر شد.", "پایگاه خبری وزارت نیرو"),
        ("به گزارش\nجام جم آنلاین کرمان، مدیرکل گفت: صادرات رشد کرد.", "جام جم آنلاین"),
        ("به گزارش روزنامه جام جم، مدیرکل گفت: صادرات رشد کرد.", "جام جم"),
        (
            "دریچه کویر: مدیرکل گفت.\nسایت دریچه کویر، برگرفته از خبرگزاری ایسنا، تاریخ انتشار",
            "ایسنا",
        ),
        (
            "دنیای سنگ - معاون صمت از رشد خبر داد.\nعلی کریمی در گفتگو با خبرنگار ایرنادر "
            "سمنان از فعالیت ۲۰ واحد فرآوری خبر داد",
            "ایرنا",
        ),
        ("مدیرکل در این باره به تحریریه‌ی پایگاه خبری صدای البرز گفت: بارش کم بود.", "صدای البرز"),
        ("مدیرکل در گفت‌وگو با سایت خبری نوای زاگرس گفت: بارش کم بود.", "نوای زاگرس"),
    ],
)
def test_outlet_credits(text: str, want: str) -> None:
    assert key(extract_attribution(text)) == key(want)


def test_interview_with_an_organisation_base_is_no_brand() -> None:
    text = "مدیرکل در گفت‌وگو با پایگاه اطلاع‌رسانی استانداری گفت: بارش کم بود."
    assert extract_attribution(text) is None


@pytest.mark.parametrize("name", ["احمدرضا صادقی", "اکبررضا مرادی", "علیرضا کریمی"])
def test_glued_compound_given_names(name: str) -> None:
    text = f"{name}، ظرفیت مخزن را برشمرد و افزود: آب کم است."
    assert find_names(text) == [(0, len(name))]


def test_no_name_from_a_place_with_reza() -> None:
    assert find_names("خیابان امام رضا گفت") == []


def _provinces(text: str) -> list[str]:
    return [p["name"] for p in rank_provinces([("body", m) for m in province_mentions(text)])]


def test_destination_provinces_are_listed_cities_are_not() -> None:
    text = (
        "مدیرکل راهداری استان کرمان گفت: بار از استان کرمان حمل شد. بیشترین بار به مقاصد "
        "تهران، شیراز، مرز میلک، یزد و خوزستان حمل شده است. کرمان"
    )
    assert _provinces(text) == ["کرمان", "تهران", "یزد", "خوزستان"]


def test_a_single_trip_destination_adds_no_province_without_a_list_head() -> None:
    text = "مدیرکل راهداری استان کرمان گفت: بار از استان کرمان به تهران رفت. کرمان"
    assert _provinces(text) == ["کرمان"]
