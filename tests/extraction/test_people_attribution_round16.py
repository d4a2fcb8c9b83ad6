"""Round 16: people, roles and credits in the forms heldout14 showed, team-written sentences
(people, outlets and provinces invented, none in the corpus): a part of the day after a
speaker's name («X غروب یکشنبه», «X شامگاه سه‌شنبه») is no part of the name; a given name
before a verbal noun that opens an ezafe phrase («آرش اصلاح الگوی کشت») is no person; a
role before «و دیگر/سایر مسئولان ...» ends there; an outlet's name of two words joined by
«و» and a brand tail («کسب و کار نیوز») is kept whole when the credit runs on without a
comma."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people
from tests.extraction.probes import names_after_head as _names

HEAD = "افزایش تولید در استان\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "به گزارش خبرنگار ایسنا، کامبیز رستمی غروب دوشنبه در جلسه شورای اداری استان زنجان"
            " بابیان اینکه ۴۰۰ واحد صنعتی فعال است، گفت: تولید ۱۰ درصد رشد کرد.",
            "کامبیز رستمی",
        ),
        (
            "به گزارش فارس، بهرام نوروزی صبحگاه چهارشنبه در آیین افتتاح گفت: ۳۰۰ واحد مسکن"
            " در کرمان ساخته شد.",
            "بهرام نوروزی",
        ),
        (
            "به گزارش ایلنا، ژیلا مرادی شبانگاه پنجشنبه در نشست خبری گفت: صید میگو در"
            " بوشهر ۸ درصد بیشتر شد.",
            "ژیلا مرادی",
        ),
        (
            "به گزارش مهر، فرهاد سلطانی سحرگاه جمعه در بازدید از بندر گفت: تخلیه کالا در"
            " هرمزگان ۱۲ درصد افزایش یافت.",
            "فرهاد سلطانی",
        ),
    ],
)
def test_part_of_day_ends_a_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "سد مخزنی پر شد.\nآرش اصلاح الگوی کشت و بهره برداری بهینه از منابع آبی باید در"
        " دستور کار قرار گیرد، افزود: ۳۰ میلیارد تومان هزینه شد.",
        "سد مخزنی پر شد.\nکاوه توسعه زیرساخت‌های آبی و مدیریت مصرف باید در دستور کار قرار"
        " گیرد، افزود: ۲۰۰ میلیارد تومان اعتبار لازم است.",
        "بازار دام آرام شد.\nبهمن تامین نهاده‌های دامی را ضروری دانست و افزود: ۵۰ هزار تن"
        " جو در اردبیل توزیع شد.",
        "صادرات رونق گرفت.\nپیمان تسهیل صدور مجوزها در دستور کار است، افزود: ۱۲۰ مجوز در"
        " یزد صادر شد.",
    ],
)
def test_given_name_before_a_verbal_noun_is_no_person(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "به گزارش ایسنا، با حضور نادر کریمی نماینده مردم اراک در مجلس شورای اسلامی و دیگر"
            " مسئولان استانی ۲۰۰ واحد مسکن افتتاح شد.",
            "نماینده مردم اراک در مجلس شورای اسلامی",
        ),
        (
            "به گزارش ایرنا، با حضور مهدی صفری فرماندار بوشهر و سایر مسئولان شهرستان ۳ طرح"
            " صنعتی افتتاح شد.",
            "فرماندار بوشهر",
        ),
        (
            "به گزارش تسنیم، با حضور سارا نادری معاون استاندار گلستان و تنی چند از مدیران"
            " ۴۰ واحد تولیدی افتتاح شد.",
            "معاون استاندار گلستان",
        ),
        (
            "به گزارش فارس، با حضور کیوان شریفی مدیرکل راه و شهرسازی ایلام و کلیه اعضای"
            " شورای مسکن ۱۵۰ واحد مسکن تحویل شد.",
            "مدیرکل راه و شهرسازی ایلام",
        ),
    ],
)
def test_role_ends_before_another_group(text: str, role: str) -> None:
    people = extract_people(HEAD + text)[0]
    assert [p["role"] for p in people] == [role]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "به گزارش کسب و کار نیوز سید ناصر حسینی گفت: ۱۸ پروژه گازرسانی آماده است.",
            "کسب و کار نیوز",
        ),
        (
            "به گزارش صنعت و توسعه نیوز، تولید فولاد اصفهان ۵ درصد رشد کرد.",
            "صنعت و توسعه نیوز",
        ),
        (
            "به گزارش نفت و انرژی آنلاین مهندس رضا کاظمی اعلام کرد: تولید گاز ۴ درصد بیشتر شد.",
            "نفت و انرژی آنلاین",
        ),
        (
            "به گزارش پایگاه خبری دام و طیور پرس، تولید مرغ در مازندران ۹ درصد رشد کرد.",
            "دام و طیور پرس",
        ),
    ],
)
def test_joined_outlet_with_a_brand_tail_is_whole(text: str, outlet: str) -> None:
    assert extract_attribution(HEAD + text) == outlet


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "در جلسه شورای اشتغال استان قزوین استاندار قزوین گفت: ۱۰ هزار شغل ایجاد می‌شود."
            " کامرانی با تاکید بر توسعه شهرک‌ها افزود: ۲۰۰ پروژه افتتاح می‌شود.",
            ("کامرانی", "استاندار قزوین"),
        ),
        (
            "در نشست ستاد تنظیم بازار استان لرستان، مدیرکل غله لرستان گفت: ۸۰ هزار تن گندم"
            " خریداری شد. فتاحی افزود: ۳۰ درصد خرید به صورت نقدی بود.",
            ("فتاحی", "مدیرکل غله لرستان"),
        ),
        (
            "در آیین افتتاح طرح‌های آبرسانی سمنان مدیرعامل آب منطقه‌ای سمنان با بیان اینکه"
            " ۱۲ روستا آبدار شد، گفت: ۴۰ میلیارد تومان هزینه شد. جلالی‌پور افزود: ۳ طرح"
            " دیگر در دست اجراست.",
            ("جلالی‌پور", "مدیرعامل آب منطقه‌ای سمنان"),
        ),
    ],
)
def test_role_after_a_scene_goes_to_the_next_speaker(text: str, person: tuple[str, str]) -> None:
    people = extract_people(HEAD + text)[0]
    assert [(p["name"], p["role"]) for p in people] == [person]
