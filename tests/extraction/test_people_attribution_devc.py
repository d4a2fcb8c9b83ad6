"""People, roles, attribution and provinces: phenomena first seen on dev-c (round 3), in
sentences written by the team. Each case names the general phenomenon it stands for."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record
from crawler.extraction.attribution import agency_spans, extract_attribution
from crawler.extraction.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(text)[0]]


def _provinces(body: str, title: str | None = None) -> list[str]:
    return [p["name"] for p in extract_record(title, None, body)["provinces"]]


# --- an agency whose name is also a province is no mention of that province ----------


@pytest.mark.parametrize(
    "body",
    [
        "علی نادری، مدیرکل گمرک در گفت‌وگو با فارس در ارومیه گفت: صادرات بیشتر شد.",
        "به گزارش فارس از تبریز، صادرات کالا از گمرک بیشتر شد.",
        "صادرات کالا از گمرک ارومیه بیشتر شد.\nمنبع: فارس",
    ],
)
def test_fars_agency_is_not_the_province(body: str) -> None:
    assert extract_attribution(body) == "خبرگزاری فارس"
    assert "فارس" not in _provinces(body)


def test_the_province_fars_is_still_read_beside_the_agency() -> None:
    body = "به گزارش خبرگزاری مهر، تولید گندم در استان فارس بیشتر شد."
    assert agency_spans(body) == []  # no agency named like a place: nothing masked
    assert _provinces(body) == ["فارس"]
    both = "به گزارش فارس، تولید گندم در استان فارس و شیراز بیشتر شد."
    assert _provinces(both) == ["فارس"]  # the second «فارس» is the province


# --- interviews: an everyday-word agency after «گفت‌وگو با»; glued «باخبرنگار» --------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("وی در گفت‌وگو با مهر در کرمان افزود: بار بیشتر شد.", "خبرگزاری مهر"),
        ("رضا امینی درگفت وگو باخبرنگارایسنا دراستان یزد اظهارکرد:کار زیاد است.", "ایسنا"),
        ("مدیرکل شیلات در مصاحبه با تسنیم در بندرعباس گفت: صید بیشتر شد.", "خبرگزاری تسنیم"),
        # a trip «به فارس» is no interview
        ("سفر به فارس در تعطیلات بیشتر شد و هتل‌ها پر بودند.", None),
    ],
)
def test_interview_cues(text: str, agency: str | None) -> None:
    assert extract_attribution(text) == agency


# --- a known agency right before a dash, also after a glued headline; banners ---------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("باشگاه خبرنگاران جوان - مدیرعامل آب منطقه‌ای گفت: سدها پر شد.", "باشگاه خبرنگاران جوان"),
        (
            " date 2024-05-01 ایلنا - مدیرکل کار استان گفت: بیکاری کم شد.",
            "ایلنا",
        ),
        (
            "۵ هزار مسافر جابجا شدند آراز خبر- مدیرکل فرودگاه‌ها گفت: مسافران بیشتر شدند.",
            "آراز خبر",
        ),
        ("ARAZKHABAR.IR\n\nرشد پروازها\nمدیرکل فرودگاه گفت: پرواز بیشتر شد.", "آراز خبر"),
        ("Iranian Agriculture News Agency\n\nتولید مرغ بیشتر شد.", "ایانا"),
        # a province before a dash is no agency
        ("استان فارس - تولید گندم افزایش یافت.", None),
        # the new agencies of the dev-c NOTES, with their spellings
        ("به گزارش ترند، تولید مس بیشتر شد.", "خبرگزاری ترند"),
        ("به گزارش بازار، نرخ مصوب تخم مرغ اعلام شد.", "تحلیل بازار"),
        ("به گزارش جهان‌بین نیوز، مسکن مهر تحویل شد.", "جهانبین نیوز"),
        ("بازار مسکن: قیمت‌ها بالا رفت.", None),
    ],
)
def test_dash_credits_banners_and_new_agencies(text: str, agency: str | None) -> None:
    assert extract_attribution(text) == agency


def test_role_after_a_glued_headline_and_agency_dash_goes_to_the_named_speaker() -> None:
    text = (
        "۵ هزار مسافر جابجا شدند آراز خبر- مدیرکل فرودگاه‌های آذربایجان غربی گفت: "
        "مسافران بیشتر شدند.\nبهرام نیک‌پور افزود: پروازها زیاد شد."
    )
    assert _people(text) == [("بهرام نیک‌پور", "مدیرکل فرودگاه‌های آذربایجان غربی")]


# --- names: glued compound given names; surnames that are nouns; quoted names ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "به نقل از محمدجعفر عظمایی، مدیر مجتمع مس اعلام کرد: تولید بیشتر شد.",
            [("محمدجعفر عظمایی", "مدیر مجتمع مس")],
        ),
        (
            "غلامعباس رستمی مدیرعامل شرکت گاز گفت: گاز وصل شد.",
            [("غلامعباس رستمی", "مدیرعامل شرکت گاز")],
        ),
        (
            "محمد کشاورزی مدیرکل تعاون استان گفت: کار زیاد است.",
            [("محمد کشاورزی", "مدیرکل تعاون استان")],
        ),
        (
            "«ناصر صنعت» روز دوشنبه در گفتگو با ایرنا اظهار کرد: کار زیاد است.",
            [("ناصر صنعت", None)],
        ),
        # a firm named with an everyday word and its trade stays no person
        ("امید سیمان اعلام کرد: تولید بالا رفت.", []),
        ("جهاد کشاورزی گفت: گندم خریده شد.", []),
    ],
)
def test_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


# --- roles: an office named as a role; a role glued to the next words ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "رضوانی مدیریت شعب بانک ملی استان کرمان گفت: وام داده شد.",
            [("رضوانی", "مدیریت شعب بانک ملی استان کرمان")],
        ),
        (
            "مدیریت امور شعب بانک سپه استان قم گفت: وام داده شد.\nاحمد توکلی افزود: کار زیاد است.",
            [("احمد توکلی", "مدیریت امور شعب بانک سپه استان قم")],
        ),
        # an everyday «مدیریت» opening a sentence is no unnamed speaker
        (
            "مدیریت مصرف آب از اولویت‌های استان است.\nاحمد توکلی افزود: کار زیاد است.",
            [("احمد توکلی", None)],
        ),
        # «مدیریت» inside an organisation's name is no role of its own
        (
            "به گزارش روابط عمومی سازمان مدیریت و برنامه‌ریزی استان با اعلام این خبر گفت: "
            "اعتبار داده شد.\nاحمد توکلی افزود: کار زیاد است.",
            [("احمد توکلی", None)],
        ),
        (
            "رضا نوری مدیرکل بنادر استان هرمزگاناز افزایش صادرات خبر داد و گفت: بار زیاد شد.",
            [("رضا نوری", "مدیرکل بنادر استان هرمزگان")],
        ),
        (
            "رضا نوری مدیرکل راه استان یزدبا اشاره به جاده‌ها گفت: راه ساخته شد.",
            [("رضا نوری", "مدیرکل راه استان یزد")],
        ),
        # «بندر» is no place «بن» with a glued «در»
        (
            "رضا نوری مدیرعامل پتروشیمی بندر امام گفت: تولید بیشتر شد.",
            [("رضا نوری", "مدیرعامل پتروشیمی بندر امام")],
        ),
    ],
)
def test_roles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


# --- provinces: a firm named after a place; a list of provinces counted in digits -------


@pytest.mark.parametrize(
    "body",
    [
        "استاندار سمنان گفت: بانک پارسیان و بانک ملی در استان سمنان وام دادند.",
        "مدیرکل بیمه سلامت استان سمنان گفت: بیمه البرز و بیمه آسیا خسارت دادند.",
    ],
)
def test_a_firm_named_after_a_place_is_no_province(body: str) -> None:
    assert _provinces(body) == ["سمنان"]


@pytest.mark.parametrize("count", ["۲", "2", "دو"])
def test_provinces_listed_after_a_count_in_digits_or_words(count: str) -> None:
    body = (
        "مدیرعامل شرکت گاز استان کرمان گفت: گاز به ۳۰ روستا رسید.\n"
        f"این شرکت گاز را در سطح {count} استان کرمان و هرمزگان توزیع می‌کند."
    )
    assert _provinces(body) == ["کرمان", "هرمزگان"]
