"""Round 13: a day glued after a surname, and an agency's provincial desk written with the
ezafe «ی» glued to its name (team-written sentences)."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people


def _names(text: str) -> list[str]:
    return [p["name"].replace("\u200c", " ") for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ایرج ولیپورروزیکشنبه در گفت و گو با خبرنگار افزود: اعتبار اختصاص یافت.", "ایرج ولیپور"),
        ("حسن رضاییامروزچهارشنبه در جلسه گفت: تولید افزایش یافت.", "حسن رضایی"),
        ("محمد کریمیجمعه گذشته گفت: قیمت کاهش یافت.", "محمد کریمی"),
        ("مهدی نوروزیدوشنبه در نشست خبری گفت: صادرات بیشتر شد.", "مهدی نوروزی"),
    ],
)
def test_a_day_glued_after_a_surname_is_no_part_of_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_surname_that_ends_like_a_day_word_is_kept() -> None:
    # «بهروز», «نوروز»: «روز» alone is never cut, only a weekday
    assert _names("علی پیروز گفت: تولید افزایش یافت.") == ["علی پیروز"]
    assert _names("حمید بهروز در جلسه گفت: تولید افزایش یافت.") == ["حمید بهروز"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("به گزارش ایلنای گلستان، روح اله مهری گفت: گندم خریداری شد.", "ایلنا"),
        ("به گزارش خبرگزاری ایسنای فارس، علی رضایی گفت: صادرات بیشتر شد.", "ایسنا"),
        ("به گزارش ایرنای خراسان رضوی، مدیرکل گمرک گفت: واردات کم شد.", "ایرنا"),
    ],
)
def test_an_agency_desk_with_a_glued_ezafe_is_the_agency(text: str, agency: str) -> None:
    assert extract_attribution(text) == agency


def test_transport_is_one_name_with_its_and() -> None:
    text = "به گزارش هفته‌نامه صنعت حمل و نقل، علی رضایی گفت: بار جابه‌جا شد."
    assert extract_attribution(text) == "صنعت حمل و نقل"
