"""People on real copy, by phenomenon (round 3): everyday nouns and places that look
like names, reporters in bylines, firms named like people, roles across a comma or a
credit with no comma, and where a role ends. Sentences written by the team."""

from __future__ import annotations

import pytest

from crawler.extraction.people import extract_people


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    "text",
    [
        "صدور پروانه بهره‌برداری برای ۲۰ واحد صنعتی در استان انجام شد.",
        "امید است این طرح تا پایان سال افتتاح شود.",
        "این طرح نوید رونق تولید را می‌دهد.",
        "بهار امسال بارندگی در استان کم بود.",
        "آرامش بازار ارز به تولیدکنندگان کمک کرد.",
        "صندوق کارآفرینی امید ۵۰ طرح را تامین مالی کرد.",
        "برای ۱۲ کارگاه پروانه صنعتی صادر شد.",
    ],
)
def test_everyday_nouns_that_are_given_names_are_nobody(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "سفر به فریدون‌کنار و نوشهر در نوروز افزایش یافت.",  # a city: given name + word
        "بخش افزود: میزان واردات ۲۴ میلیون دلار بود.",  # a noun opening the clause
        "صادرات در نشست شورای اداری استان بررسی شد و استاندار گفت: رشد داشتیم.",
        "صبا فولاد در نشست هیئت مدیره افزود: تولید بالا رفت.",  # a firm
        "محصولات در جلسه کارگروه بررسی شد و مدیرکل گفت: قیمت ثابت است.",
    ],
)
def test_places_nouns_and_firms_are_nobody(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "قیمت مرغ در بازار ثابت ماند.\nتنظیم و انتشار: سارا محمدی",
        "قیمت مرغ در بازار ثابت ماند.\nخبرنگار: علی کریمی",
        "قیمت مرغ در بازار ثابت ماند.\nعلی کریمی (خبرنگار)",
        "قیمت مرغ در بازار ثابت ماند.\nزهرا احمدی - عکاس",
    ],
)
def test_bylines_are_not_people(text: str) -> None:
    assert people(text) == []


def test_reporter_between_credit_and_dash_is_not_the_speaker() -> None:
    text = "خبرگزاری مهر؛ زهرا احمدی - رضا نادری مدیرکل تعاون استان گفت: اشتغال بالا رفت."
    assert people(text) == [("رضا نادری", "مدیرکل تعاون استان")]


def test_given_name_that_is_also_a_place_with_a_surname_is_a_person() -> None:
    # «فردوس» is a city and a given name; the surname and the scene anchor make a person
    text = "فردوس کریمی در نشست ستاد اقتصاد مقاومتی استان افزود: ۳۰۰ میلیارد تومان هزینه شد."
    assert people(text) == [("فردوس کریمی", None)]


def test_name_anchored_by_scene_then_verb() -> None:
    text = "شهبازی‌نیا در جلسه شورای برنامه‌ریزی استان گفت: اعتبارات جذب شد."
    assert people(text) == [("شهبازی‌نیا", None)]


def test_credit_without_comma_running_into_the_role() -> None:
    text = (
        "به گزارش خبرنگار باشگاه خبرنگاران گیلان استاندار گیلان با اشاره به خرید برنج، "
        "گفت: قیمت بالا رفت.\nمهدی سعادتی افزود: این کار ادامه دارد."
    )
    assert people(text) == [("مهدی سعادتی", "استاندار گیلان")]


def test_credit_without_comma_before_a_ministry_role_with_commas() -> None:
    text = (
        "به گزارش ایسنا مدیرکل صنعت، معدن و تجارت استان یزد گفت: صادرات بالا رفت.\n"
        "علی حیدری افزود: این روند ادامه دارد."
    )
    assert people(text) == [("علی حیدری", "مدیرکل صنعت، معدن و تجارت استان یزد")]


def test_role_ends_before_where_it_was_said() -> None:
    text = "محمد رضایی، وزیر جهاد کشاورزی در شیراز گفت: خرید گندم آغاز شد."
    assert people(text) == [("محمد رضایی", "وزیر جهاد کشاورزی")]


def test_representative_keeps_in_parliament() -> None:
    text = "سارا نوری نماینده مردم یزد در مجلس شورای اسلامی گفت: بودجه کم است."
    assert people(text) == [("سارا نوری", "نماینده مردم یزد در مجلس شورای اسلامی")]


def test_unnamed_national_role_ends_at_the_country() -> None:
    text = (
        "رئیس سازمان برنامه و بودجه کشور افزایش ۴۵ درصدی بودجه عمرانی استان را مهم دانست.\n"
        "حسن رحیمی در شورای اداری استان افزود: بودجه بیشتر شد."
    )
    assert people(text) == [("حسن رحیمی", "رئیس سازمان برنامه و بودجه کشور")]


def test_interior_minister_keeps_the_country() -> None:
    text = (
        "معاون وزیر کشور در امور عمرانی از ۱۰ طرح بازدید کرد.\n"
        "مجید ناصری در این بازدید گفت: طرح‌ها پیش رفت."
    )
    assert people(text)[0][1].startswith("معاون وزیر کشور")


def test_role_after_person_named_in_passing_in_the_same_sentence() -> None:
    # the minister is named in passing; the speaker's role comes in a later sentence
    text = (
        "به گزارش کرد پرس، ارسلان نادری، در همایشی که با حضور احمد یزدانی، وزیر "
        "تعاون، کار و رفاه اجتماعی در سنندج برگزار شد، گفت: منابع بانکی ۷۷ همت بود.\n"
        "معاون هماهنگی امور اقتصادی استاندار کردستان افزود: سهم صنعت ۲۷ درصد است."
    )
    assert people(text) == [
        ("ارسلان نادری", "معاون هماهنگی امور اقتصادی استاندار کردستان"),
        ("احمد یزدانی", "وزیر تعاون، کار و رفاه اجتماعی"),
    ]
