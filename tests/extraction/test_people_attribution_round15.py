"""Round 15: credits and people in the forms heldout13 showed, team-written sentences
(outlets, people and provinces invented or swapped, none in the corpus): a republished
story that says which site wrote it («وب‌سایت X در این باره نوشت»), also when the site's
first word is an everyday word («همشهری آنلاین»); a site whose masthead («گروه رسانه‌ای
X») is its only credit; an outlet's name joined by «و» («بانک و صنعت»); a lone surname
after an honorific before a role («مهندس X استاندار»); a given name that is also a town
before an everyday word («مهران شامل»)."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people

HEAD = "افزایش تولید در استان\n\n"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a republished story: «(وب‌)سایت/روزنامه X (در این باره|در گزارشی) نوشت»
        (
            HEAD + "وب سایت همشهری آنلاین در این مورد نوشت: قیمت مسکن در تهران ۳ درصد رشد کرد.",
            "همشهری آنلاین",
        ),
        (
            HEAD + "وب‌سایت نگاه زاگرس در این باره نوشت: تولید گندم لرستان ۱۲ درصد بیشتر شد.",
            "نگاه زاگرس",
        ),
        (
            HEAD + "روزنامه سپیده کارون در گزارشی نوشت: صادرات خرمای خوزستان ۲۰ درصد رشد کرد.",
            "سپیده کارون",
        ),
        (
            HEAD + "سایت خبری ندای سبلان در شماره امروز خود نوشت: ۴۰۰ واحد مسکن ساخته شد.",
            "ندای سبلان",
        ),
        (
            HEAD + "پایگاه خبری پیام هامون در این خصوص نوشت: برداشت پسته در سیستان آغاز شد.",
            "پیام هامون",
        ),
        # the masthead («گروه رسانه‌ای X») as the only credit
        (
            "گروه رسانه ای آوای دنا\n\nافزایش صادرات\n\nبهرام رستمی اظهار کرد: ۲۰ درصد رشد داشت.",
            "آوای دنا",
        ),
        (
            "گروه رسانه‌ای ستاره کویر\n\nشناسه خبر: 1234\n\nمدیرکل صمت یزد گفت: ۳۰ واحد فعال شد.",
            "ستاره کویر",
        ),
        (
            "موسسه رسانه‌ای نسیم هرمز\n\nرشد صید\n\nمدیرکل شیلات گفت: صید میگو ۱۰ درصد بیشتر شد.",
            "نسیم هرمز",
        ),
        # an outlet's name joined by «و», after its kind or alone, before the clause's end
        ("به گزارش پایگاه تحلیلی خبری بانک و صنعت ,حسن کریمی، تسهیلات بیشتر شد.", "بانک و صنعت"),
        ("به گزارش پایگاه خبری نفت و توسعه، تولید گاز در بوشهر ۵ درصد رشد کرد.", "نفت و توسعه"),
        ("به گزارش سایت خبری معدن و تجارت، صادرات سنگ آهن کرمان بیشتر شد.", "معدن و تجارت"),
        ("به گزارش روزنامه کار و تولید، ۳۰۰ شغل در قزوین ایجاد شد.", "کار و تولید"),
    ],
)
def test_round15_credits(text: str, outlet: str) -> None:
    assert extract_attribution(text) == outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a desk tail «و» still cuts: the credit goes on after the name
        ("به گزارش کاسپین‌نیوز و به نقل از روابط عمومی، تولید بیشتر شد.", "کاسپین‌نیوز"),
        ("به گزارش ندای البرز و خبرنگاران دیگر، تولید بیشتر شد.", "ندای البرز"),
        # a first line that is a headline, not a masthead
        ("گروه صنعتی بهمن تولید را افزایش داد\n\nمدیرعامل گفت: ۲۰ درصد رشد داشت.", None),
        # «X نوشت» without a kind of outlet: a person's note, no outlet
        (HEAD + "مدیرکل در این باره نوشت: تولید بیشتر شد.", None),
    ],
)
def test_round15_credits_not_overread(text: str, outlet: str | None) -> None:
    assert extract_attribution(text) == outlet


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "با پیگیری‌های مهندس شاهرخی استاندار محترم و نمایندگان استان با دکتر پورمحمدی "
            "معاون محترم رییس جمهور، ۷۲۴ میلیارد تومان اعتبار تخصیص یافت.",
            {"شاهرخی", "پورمحمدی"},
        ),
        (
            "با حضور دکتر کاظمی‌نژاد معاون وزیر نیرو و مهندس بهرامی مدیرعامل شرکت آب، سد افتتاح شد.",
            {"کاظمی نژاد", "بهرامی"},
        ),
        (
            "در نشستی با مهندس طاهرخانی فرماندار و دکتر سلیمانی رئیس دانشگاه، ۱۰ طرح تصویب شد.",
            {"طاهرخانی", "سلیمانی"},
        ),
    ],
)
def test_round15_honorific_surname_before_role(text: str, names: set[str]) -> None:
    found = {p["name"].replace("\u200c", " ") for p in extract_people(text)[0]}
    assert names <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "صادرات از مرزهای استان ایلام و مهران شامل ۶۷۲ قلم کالا بود.",
        "واردات از گمرک مهران شامل میوه و مصالح ساختمانی بود.",
        "کالاهای عبوری از مهران نیز ۲۰ درصد بیشتر شد.",
        "بازارچه مهران شامل ۴۰ غرفه است.",
    ],
)
def test_round15_town_given_name_before_everyday_word(text: str) -> None:
    found = {p["name"].replace("\u200c", " ") for p in extract_people(text)[0]}
    assert not any(n.startswith("مهران") for n in found), found


@pytest.mark.parametrize(
    "text",
    [
        "شهرستان رستم شامل سه بخش و ۴۰ روستا است.",
        "محصول برنج رستم حدود ۲۰ هزار تن برآورد شد.",
    ],
)
def test_round15_other_town_given_names(text: str) -> None:
    found = {p["name"] for p in extract_people(text)[0]}
    assert not any(n.startswith("رستم") for n in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("مهران کاظمی مدیرکل گمرک ایلام گفت: صادرات ۱۰ درصد رشد کرد.", "مهران کاظمی"),
        ("رستم قاسمی‌زاده رئیس جهاد کشاورزی گفت: برداشت آغاز شد.", "رستم قاسمی زاده"),
    ],
)
def test_round15_town_given_names_still_people(text: str, name: str) -> None:
    found = {p["name"].replace("\u200c", " ") for p in extract_people(text)[0]}
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "با پیگیری‌های مهندس شاهرخی استاندار محترم و نمایندگان استان، ۳۰ طرح تصویب شد.",
            "شاهرخی",
            "استاندار محترم",
        ),
        (
            "دکتر رحیمی وزیر نیرو و هیئت همراه از سد کرخه بازدید کردند.",
            "رحیمی",
            "وزیر نیرو",
        ),
        (
            "نشستی با مهندس کیانی معاون استاندار سمنان داشتند و ۱۲ طرح بررسی شد.",
            "کیانی",
            "معاون استاندار سمنان",
        ),
        (
            "مهندس توکلی مدیرعامل شرکت گاز و مسئولان استان از ۴ روستا بازدید کردند.",
            "توکلی",
            "مدیرعامل شرکت گاز",
        ),
    ],
)
def test_round15_role_ends_before_a_group_or_closing_verb(text: str, name: str, role: str) -> None:
    found = {p["name"]: p["role"] for p in extract_people(text)[0]}
    assert found.get(name) == role, found
