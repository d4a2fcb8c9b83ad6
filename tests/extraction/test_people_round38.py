"""Round 38: people. A surname alone right after the credit that opens a sentence, its role
straight after it («به گزارش ...، X رئیس سازمان ...»), and the list of the accompanied
going on after a surname met alone («به همراه X معاون ...، Y مدیر ...»); a press office's
credit run into its speaker with no comma («به نقل از روابط عمومی <office> X Y گفت»)
names the office, not the speaker's role, and the speaker takes the lead's unnamed role.
Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(text)[0]]


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "به گزارش خبرنگار ما در استان البرز، کامرانی رئیس سازمان صمت استان از شهرک "
            "صنعتی بازدید کرد.",
            ["کامرانی"],
        ),
        # a word not shaped like a surname: the credit and the role anchor it
        (
            "به گزارش ایسنا، ملاحت مدیرکل بنادر استان از اسکله بازدید کرد.",
            ["ملاحت"],
        ),
        (
            "به گزارش ایسنا از قزوین، نیکنام فرماندار شهرستان تاکستان گفت: ۱۲ طرح آماده است.",
            ["نیکنام"],
        ),
        # must NOT fire: a role right after the credit names nobody
        ("به گزارش ایسنا، رئیس سازمان صمت استان از شهرک بازدید کرد.", []),
        # must NOT fire: a comma inside a list of places, no credit before it
        ("از بیستون، طاق بستان، تکیه معاون الملک دیدن کردند.", []),
        # must NOT fire: an everyday noun after the credit
        ("به گزارش ایسنا، تولید مدیران استان را نگران کرد.", []),
    ],
)
def test_surname_alone_after_credit_before_role(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "در این بازدید کامرانی رئیس سازمان به همراه عامری معاون تولیدات دامی، شفیعی "
            "مدیر جهاد کشاورزی شهرستان کرج و جمعی از کارشناسان حضور داشتند.",
            ["کامرانی", "عامری", "شفیعی"],
        ),
        (
            "استاندار به همراه جعفری معاون عمرانی، ملاحت مدیرکل راه و شهرسازی، صادقی "
            "فرماندار کرج و کارشناسان از پروژه بازدید کرد.",
            ["جعفری", "ملاحت", "صادقی"],
        ),
        # must NOT fire: the list goes on with no role after the word
        (
            "استاندار به همراه جعفری معاون عمرانی، کارشناسان و خبرنگاران از پروژه بازدید کرد.",
            ["جعفری"],
        ),
    ],
)
def test_accompanied_list_after_met_surname(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "برداشت انار آغاز شد\nمدیر جهاد کشاورزی شهرستان ساوه گفت: برداشت انار از باغ‌ها "
            "آغاز شده است.\nبه گزارش خبر ساوه به نقل از روابط عمومی معاونت سازمان و مدیریت "
            "جهاد کشاورزی شهرستان ساوه کامران نادری بیان کرد: ۱۲ هزار تن برداشت می‌شود.",
            [("کامران نادری", "مدیر جهاد کشاورزی شهرستان ساوه")],
        ),
        # the office's name alone, no lead role: no role at all (not the office's)
        (
            "به گزارش خبر ساوه به نقل از روابط عمومی مدیریت جهاد کشاورزی شهرستان ساوه "
            "کامران نادری بیان کرد: ۱۲ هزار تن برداشت می‌شود.",
            [("کامران نادری", None)],
        ),
        # must NOT fire: a role before the name with no press office is the name's
        (
            "به گزارش خبر ساوه مدیر جهاد کشاورزی شهرستان ساوه کامران نادری بیان کرد: ۱۲ هزار "
            "تن برداشت می‌شود.",
            [("کامران نادری", "مدیر جهاد کشاورزی شهرستان ساوه")],
        ),
    ],
)
def test_press_office_credit_names_no_role(text: str, want: list) -> None:
    assert _people(text) == want
