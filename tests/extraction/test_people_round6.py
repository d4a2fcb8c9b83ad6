"""Round 6: given names that are everyday words before an adverb or an adjective («ولی
همچنان», «صالح قطعی»), a manner adjective after «با حضور» («با حضور مجازی»), and a role
that runs through a list of goods («رئیس اتحادیه مرغ، تخم‌مرغ و ماهی»). Team-written
sentences (not copied from the corpus)."""

from __future__ import annotations

import pytest

from crawler.extraction.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    "text",
    [
        # «ولی» (but) and «صالح» (fit) before an adverb or a common adjective
        "بارش‌ها بیشتر شد ولی همچنان مدیریت مصرف آب لازم است.",
        "قیمت‌ها پایین آمد ولی هنوز مدیر بازار نگران است.",
        "افتتاح این طرح تا پایان سال صالح قطعی است.",
        "برداشت از سد کمال صالح نهایی شد و آب رهاسازی شد.",
        "تصمیم امید واقعی کشاورزان را زنده کرد.",
        # how someone attended, not who
        "با حضور مجازی رئیس جمهور، قرارداد طرح گاز به امضا رسید.",
        "با حضور تلفنی معاون وزیر، نشست سرمایه‌گذاری برگزار شد.",
    ],
)
def test_everyday_words_are_no_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ولی جهانی در جلسه گفت: تولید بیشتر شد.", [("ولی جهانی", None)]),
        (
            "صالح رضایی مدیرکل صنعت گفت: تولید بیشتر شد.",
            [("صالح رضایی", "مدیرکل صنعت")],
        ),
    ],
)
def test_the_same_given_names_with_a_surname_stay(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    assert _people(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "رئیس اتحادیه مرغ، تخم‌مرغ و ماهی همدان، از کاهش قیمت خبر داد.\n"
            "جواد عاشوری در گفت‌وگو با ما بیان کرد: قیمت ثابت است.",
            ("جواد عاشوری", "رئیس اتحادیه مرغ، تخم\u200cمرغ و ماهی همدان"),
        ),
        (
            "مهدی کریمی رئیس اتحادیه فروشندگان لوازم خانگی، صوتی و تصویری استان، "
            "گفت: بازار راکد است.",
            ("مهدی کریمی", "رئیس اتحادیه فروشندگان لوازم خانگی، صوتی و تصویری استان"),
        ),
        (
            "علی رضایی رئیس انجمن صنایع نان، شیرینی، کیک و ماکارونی کرمان، اظهار کرد: تولید کم شد.",
            ("علی رضایی", "رئیس انجمن صنایع نان، شیرینی، کیک و ماکارونی کرمان"),
        ),
        # a list of offices or a clause after the comma is not the role
        (
            "علی رضایی معاون استاندار، فرماندار و رئیس شورا، گفت: تولید کم شد.",
            ("علی رضایی", "معاون استاندار"),
        ),
        (
            "علی رضایی مدیرکل صنعت، از افزایش تولید و صادرات استان، خبر داد.",
            ("علی رضایی", "مدیرکل صنعت"),
        ),
    ],
)
def test_role_runs_through_a_list_of_goods(text: str, want: tuple[str, str]) -> None:
    assert _people(text)[0] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the role opens the lead, the name (after a two-word title) opens a later sentence
        (
            "به گزارش خبرگزاری صدا و سیما، مرکز فارس، معاون ستاد خدمات سفر استان فارس "
            "گفت: ۲ میلیون نفر آمدند.\n"
            "حجت‌الاسلام والمسلمین حسن مرادی درباره اسکان افزود: ظرفیت کافی است.",
            [("حسن مرادی", "معاون ستاد خدمات سفر استان فارس")],
        ),
        (
            "مدیرکل راه استان گفت: ۱۲ پروژه افتتاح شد.\n"
            "سردار دکتر رضا کرمی در ادامه افزود: کار ادامه دارد.",
            [("رضا کرمی", "مدیرکل راه استان")],
        ),
        # an agency's regional desk («منطقه X،») between the credit and the name
        (
            "استاندار ایلام گفت: بودجه امسال بیشتر شد. به گزارش خبرنگار خبرگزاری "
            "دانشجویان ایران (ایسنا)، منطقه ایلام، حسن مرادی در جمع خبرنگاران ادامه داد: "
            "کار ادامه دارد.",
            [("حسن مرادی", "استاندار ایلام")],
        ),
    ],
)
def test_role_handed_to_a_name_after_a_title_or_a_desk(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    assert _people(text) == want
