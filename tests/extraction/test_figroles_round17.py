"""Round 17: roles, figures and credits in the forms heldout15 showed, team-written sentences
(people, outlets and provinces invented, none in the corpus).

Roles: a deputy's or director's portfolio is often a list of fields after a comma that runs
straight into the organisation with no comma after it («معاون برنامه‌ریزی، توسعه و فناوری
سازمان صنایع و معادن ...»); the whole list and the organisation are the role, as a list
closed by a comma already was («رئیس اتحادیه مرغ، تخم‌مرغ و ماهی همدان، ...»).

Figures: «نفر» glued to the next word when the source dropped the space («۱۶ هزار نفرتعهد
اشتغال», «۴۵۰ نفرشاغل») is a count of persons, as «درصد» glued («۹۰ درصدروان») is a percent;
it is no count of an unknown noun «نفرتعهد». A word that only ends in «ها» («تنها» only)
before «بالای/زیر» is no plural naming a class of things by size («شناورهای بالای هزار تن»):
«گندم خریداری‌شده تنها بالای هشت هزار تن آن» is an amount.

Credits: a site that republishes an organisation's release «به نقل از روابط عمومی ...» credits
the organisation when the text gives the short name it goes by in brackets («... (ایمیدرو)»);
a press office with no short name is still no brand (the site keeps the credit), and a known
agency reporting the release keeps it too."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.figures import extract_figures
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
            "علی رضایی معاون استاندار، فرماندار و رئیس سازمان صمت در بازدید گفت: ۲۰ طرح افتتاح شد.",
            "معاون استاندار",
        ),
    ],
)
def test_no_portfolio_without_an_organisation(text: str, role: str) -> None:
    assert [r for _, r in _roles(text)] == [role]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("در سال گذشته ۱۶ هزار و ۷۳۲ نفرتعهد اشتغال استان بود.", 16732),
        ("امسال ۴۵۰ نفرشاغل جدید در شهرک صنعتی قزوین جذب شدند.", 450),
        ("برای ۱۲۰۰ نفرفرصت شغلی در طرح‌های گردشگری یزد ایجاد شد.", 1200),
        ("در بازارچه مرزی مریوان ۳ هزار نفرکارگر مشغول به کار هستند.", 3000),
        ("بیمه ۸۵۰ نفرکشاورز در شهرستان دزفول تمدید شد.", 850),
    ],
)
def test_person_unit_glued_to_the_next_word(text: str, value: int) -> None:
    figures = extract_figures(HEAD + text)
    assert [(f.value, f.unit) for f in figures] == [(value, "person")]


def test_plural_persons_is_no_glued_unit() -> None:
    units = [f.unit for f in extract_figures(HEAD + "۴۰ نفرات اعزامی به مرز رسیدند.")]
    assert "person" not in units


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("از مجموع گندم خریداری‌شده در استان تنها بالای هشت هزار تن آن آفت داشت.", 8000),
        ("از کل شیر تحویلی تنها بالای ۳۰۰ تن کیفیت ممتاز داشت.", 300),
        ("از زعفران صادراتی خراسان تنها بالای ۲ تن به اروپا رفت.", 2),
        ("از مجموع پسته برداشت شده در رفسنجان تنها زیر ۵ هزار تن آفت زده بود.", 5000),
    ],
)
def test_only_before_a_threshold_is_no_class(text: str, value: int) -> None:
    assert [(f.value, f.unit) for f in extract_figures(HEAD + text)] == [(value, "ton")]


@pytest.mark.parametrize(
    "text",
    [
        "کامیون‌های بالای ۱۰ تن از عبور در جاده منع شدند.",
        "وام‌های زیر ۱۰۰ میلیون تومان بدون ضامن پرداخت می‌شود.",
        "شناورهای تجاری بالای ۵ هزار تن در بندر پهلو می‌گیرند.",
    ],
)
def test_plural_before_a_threshold_stays_a_class(text: str) -> None:
    assert extract_figures(HEAD + text) == []


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "به گزارش قلم نیوز و به نقل از روابط عمومی سازمان توسعه و نوسازی معادن و صنایع"
            " معدنی ایران(ایمیدرو)، تولید آند ۱۰ درصد رشد کرد.",
            "ایمیدرو",
        ),
        (
            "به گزارش کرمان امروز به نقل از روابط عمومی سازمان گسترش و نوسازی صنایع ایران"
            " (ایدرو)، ۱۲ طرح افتتاح شد.",
            "ایدرو",
        ),
        (
            "به گزارش اخبار معدن، به نقل از روابط عمومی شرکت ملی صنایع مس ایران (فملی)، ۵۰"
            " هزار تن کاتد تولید شد.",
            "فملی",
        ),
        # a known agency reporting the release keeps the credit
        (
            "به گزارش ایلنا و به نقل از روابط عمومی سازمان گسترش و نوسازی صنایع ایران"
            " (ایدرو)، ۱۲ طرح افتتاح شد.",
            "ایلنا",
        ),
        # no short name: the press office is no brand, the site keeps the credit
        (
            "به گزارش تیکسر، به نقل از روابط عمومی سازمان صنعت، معدن و تجارت خراسان جنوبی،"
            " ۵۹ نوع ماده معدنی شناسایی شد.",
            "تیکسر",
        ),
        (
            "به گزارش پرتو جنوب به نقل از روابط عمومی استانداری فارس (۱۴۰۳)، مراکز خرید"
            " گندم فعال شد.",
            "پرتو جنوب",
        ),
    ],
)
def test_republished_release_credits_the_short_name(text: str, credit: str) -> None:
    assert extract_attribution("تولید مس\n\n" + text) == credit
