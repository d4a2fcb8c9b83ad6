"""Round 17: roles, figures and credits in the forms heldout15 showed, team-written sentences
(people, outlets and provinces invented, none in the corpus).

Roles: a deputy's or director's portfolio is often a list of fields after a comma that runs
straight into the organisation with no comma after it («معاون برنامه‌ریزی، توسعه و فناوری
سازمان صنایع و معادن ...»); the whole list and the organisation are the role, as a list
closed by a comma already was («رئیس اتحادیه مرغ، تخم‌مرغ و ماهی همدان، ...»)."""

from __future__ import annotations

import pytest

from crawler.extraction.people import extract_people

HEAD = "افزایش تولید در استان\n\n"


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(HEAD + text)[0]]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "بهزاد کریمی معاون برنامه‌ریزی، توسعه و فناوری سازمان صنایع و معادن گیلان روز"
            " شنبه در گفتگو با خبرنگار ایرنا گفت: ۴۰۰ طرح تسهیلات گرفت.",
            "بهزاد کریمی",
            "معاون برنامه‌ریزی، توسعه و فناوری سازمان صنایع و معادن گیلان",
        ),
        (
            "لیلا احمدی، معاون بهره‌برداری، نگهداری و توسعه شرکت آب منطقه‌ای خوزستان گفت:"
            " ۳۰ میلیون متر مکعب آب ذخیره شد.",
            "لیلا احمدی",
            "معاون بهره‌برداری، نگهداری و توسعه شرکت آب منطقه‌ای خوزستان",
        ),
        (
            "به گزارش ایسنا، ناصر یزدانی مدیر بازرگانی، تدارکات و امور بین‌الملل اداره کل"
            " بنادر و دریانوردی بوشهر افزود: ۱۲ کشتی پهلو گرفت.",
            "ناصر یزدانی",
            "مدیر بازرگانی، تدارکات و امور بین‌الملل اداره کل بنادر و دریانوردی بوشهر",
        ),
        (
            "سعید رنجبر معاون اقتصادی، سرمایه‌گذاری و اشتغال استانداری کرمان اظهار کرد:"
            " ۵۰ طرح آماده است.",
            "سعید رنجبر",
            "معاون اقتصادی، سرمایه‌گذاری و اشتغال استانداری کرمان",
        ),
        (
            "مریم توکلی معاون آموزش، پژوهش و فناوری جهاد دانشگاهی یزد تصریح کرد: ۸۰ دوره"
            " برگزار شد.",
            "مریم توکلی",
            "معاون آموزش، پژوهش و فناوری جهاد دانشگاهی یزد",
        ),
        (
            "حمید شریفی معاون توسعه مدیریت، منابع و برنامه‌ریزی شهرداری تبریز گفت: ۲۰۰"
            " میلیارد تومان بودجه جذب شد.",
            "حمید شریفی",
            "معاون توسعه مدیریت، منابع و برنامه‌ریزی شهرداری تبریز",
        ),
    ],
)
def test_portfolio_list_runs_into_its_organisation(text: str, name: str, role: str) -> None:
    assert _roles(text) == [(name, role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the firms themselves (a plural), not an organisation closing a portfolio
        (
            "به گزارش ایرنا، کاوه صالحی مدیرکل گمرک کرمانشاه، صادرات و واردات شرکت‌ها را"
            " ۱۰ درصد بیشتر دانست و گفت: ۵۰ کامیون عبور کرد.",
            "مدیرکل گمرک کرمانشاه",
        ),
        # a list of other office holders is no portfolio
        (
            "علی رضایی معاون استاندار، فرماندار و رئیس سازمان صمت در بازدید گفت: ۲۰ طرح"
            " افتتاح شد.",
            "معاون استاندار",
        ),
    ],
)
def test_no_portfolio_without_an_organisation(text: str, role: str) -> None:
    assert [r for _, r in _roles(text)] == [role]
