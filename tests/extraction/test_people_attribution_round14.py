"""Round 14: unknown outlets credited in the forms provincial sites write (team-written
sentences; the outlets, people and provinces are invented or swapped, none is in the
corpus): a site's lead prefix with its kind of outlet or a slash and its desk's place, day
words between «به گزارش» and the name, a bracket repeating the name, a desk's place with
«از» glued on."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people

HEAD = "افزایش تولید در استان\n\n"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a lead prefix with the kind of outlet before the name (four or five words)
        (
            HEAD + "هفته‌نامه پیام کوهسار؛ بهرام رستمی، مدیرکل بنادر استان گفت: صادرات بیشتر شد.",
            "پیام کوهسار",
        ),
        (
            HEAD + "پایگاه خبری ستاره دماوند - مدیرکل صمت استان البرز از ایجاد ۴۰۰ شغل خبر داد.",
            "ستاره دماوند",
        ),
        (
            HEAD + "روزنامه نوای گیلان: رئیس سازمان جهاد کشاورزی گیلان گفت: برداشت چای آغاز شد.",
            "نوای گیلان",
        ),
        (
            HEAD + "پایگاه خبری تحلیلی دریچه سیستان - فرخ ناصری مدیرعامل شرکت آب گفت: ۳ سد پر شد.",
            "دریچه سیستان",
        ),
        # a slash and the desk's place after the name
        (HEAD + "چکاد شرق/خراسان رضوی معاون استاندار گفت: ۲۰ طرح افتتاح شد.", "چکاد شرق"),
        (HEAD + "ندای البرز/کرج مدیرکل راه و شهرسازی از ساخت ۹۰۰ واحد خبر داد.", "ندای البرز"),
        (HEAD + "- کاسپین‌نیوز/مازندران مدیرعامل شرکت گاز گفت: ۱۲ روستا گازدار شد.", "کاسپین‌نیوز"),
        (
            HEAD + "روزنامه سپیده هرمز/ رئیس اتاق بازرگانی گفت: صادرات ۱۰ درصد رشد کرد.",
            "سپیده هرمز",
        ),
        (
            HEAD + "خبرگزاری پیک البرز/قزوین مدیرکل غله گفت: خرید گندم آغاز شد.",
            "خبرگزاری پیک البرز",
        ),
        # day words between «به گزارش» and the name (no part of the day: «صبح ساحل» stays)
        ("به گزارش روز سه‌شنبه ندای البرز از کرج، تولید خودرو بیشتر شد.", "ندای البرز"),
        ("به گزارش امروز پنجشنبه خبر جنوب از بوشهر، صید میگو آغاز شد.", "خبر جنوب"),
        ("به گزارش روز شنبه کاسپین‌نیوز، قیمت برنج افزایش یافت.", "کاسپین‌نیوز"),
        ("به گزارش صبح ساحل، صادرات ماهی افزایش یافت.", "صبح ساحل"),
        # a bracket after the name repeats it or names the desk
        (
            "به گزارش خبرنگار دریچه سیستان(دریچه سیستان)، منطقه زاهدان، صادرات بیشتر شد.",
            "دریچه سیستان",
        ),
        ("به گزارش سایت خبری چکاد شرق (سایت خبری چکاد شرق)، ۴۰ شغل ایجاد شد.", "چکاد شرق"),
        ("به گزارش کاسپین‌نیوز (مازندران)، برداشت برنج آغاز شد.", "کاسپین‌نیوز"),
        # a desk's place with «از» glued on, with or without its ZWNJ
        ("به گزارش نوای گیلان ازرشت، برداشت چای آغاز شد.", "نوای گیلان"),
        ("به گزارش پیام کوهسار ازکهگیلویه‌وبویراحمد، ۳ سد پر شد.", "پیام کوهسار"),
        ("به گزارش ستاره دماوند ازخراسان‌شمالی، ۴۰ شغل ایجاد شد.", "ستاره دماوند"),
    ],
)
def test_unknown_outlet_in_a_provincial_credit(text: str, outlet: str) -> None:
    assert extract_attribution(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        # a rubric before a slash and a place is a subject, not an outlet
        HEAD + "گندم/زنجان مدیرکل غله استان زنجان گفت: خرید گندم آغاز شد.",
        HEAD + "قیمت مرغ/ رئیس اتحادیه مرغداران گفت: قیمت افزایش یافت.",
        # a speaker's role before a slash or a colon is no outlet
        HEAD + "استاندار زنجان/ رئیس سازمان گفت: ۲۰ طرح افتتاح شد.",
        HEAD + "مدیرکل غله استان فارس: خرید گندم آغاز شد.",
    ],
)
def test_no_outlet_before_a_slash_or_colon(text: str) -> None:
    assert extract_attribution(text) is None


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"].replace("\u200c", " "), p.get("role")) for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name no lexicon holds, then the outlet the speaker told and a speech verb
        ("سولماز میرقادری به «ایرنا» گفت: ۱۱ معدن جدید فعال شد.", "سولماز میرقادری"),
        ("کیارش بهمنیار به تسنیم گفت: صادرات زعفران افزایش یافت.", "کیارش بهمنیار"),
        ("آرتین کلانتری به پایگاه خبری آوای دنا اظهار کرد: قیمت مرغ ثابت ماند.", "آرتین کلانتری"),
        ("نیلوفر دهقانی‌پور به«دیار۲۴» افزود: ۳۰ واحد صنعتی فعال شد.", "نیلوفر دهقانی پور"),
    ],
)
def test_a_speaker_who_told_an_outlet(text: str, name: str) -> None:
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "افزایش قیمت مرغ به مردم گفت: قیمت ثابت ماند.",
        "این مقام مسئول به خبرنگاران گفت: قیمت ثابت ماند.",
        "مدیرکل غله استان به ایرنا گفت: خرید گندم آغاز شد.",
    ],
)
def test_no_speaker_before_a_told_outlet(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # «به گفته», «به اعتقاد» before a name no lexicon holds and its role
        (
            "به گفته آیسان سپهری معاون بازرگانی شرکت گل گهر، ۱۰ میلیون تن فروخته شد.",
            ("آیسان سپهری", "معاون بازرگانی شرکت گل گهر"),
        ),
        (
            "به اعتقاد سامان کلانتری، رئیس اتاق بازرگانی بوشهر، صادرات کم شد.",
            ("سامان کلانتری", "رئیس اتاق بازرگانی بوشهر"),
        ),
        # a given name ending in «ان» before a surname-shaped word is no plural
        (
            "در دیدار با آرمان کلانتری استاندار قزوین، طرح‌ها بررسی شد.",
            ("آرمان کلانتری", "استاندار قزوین"),
        ),
        # a number after the place closes the role
        (
            "با حضور آیسان سپهری استاندار کرمان ۱۰ طرح افتتاح شد.",
            ("آیسان سپهری", "استاندار کرمان"),
        ),
        (
            "رضا کلانتری مدیرکل صمت خراسان رضوی ۲۰۰ میلیارد تومان را پرداخت‌شده اعلام کرد.",
            ("رضا کلانتری", "مدیرکل صمت خراسان رضوی"),
        ),
        # a number inside an office follows its unit word and stays
        (
            "مهرداد کلانتری مدیر منطقه ۳ شهرداری شیراز گفت: ۱۰ طرح افتتاح شد.",
            ("مهرداد کلانتری", "مدیر منطقه ۳ شهرداری شیراز"),
        ),
    ],
)
def test_a_cued_name_and_its_role(text: str, person: tuple[str, str]) -> None:
    assert _people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "با حضور مدیران صنعتی استان ۱۰ طرح افتتاح شد.",
        "با حضور کارشناسان سازمان جهاد کشاورزی طرح افتتاح شد.",
        "به گفته کارشناسان اقتصادی بازار مسکن قیمت‌ها بالا رفت.",
        "به گفته مدیرکل غله استان، خرید گندم آغاز شد.",
    ],
)
def test_a_plural_after_a_cue_is_no_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # «فارس» before a dash and another name is the province's dateline, not the agency
        ("فارس - نگاه شمال: رئیس سازمان جهاد کشاورزی گفت: برداشت آغاز شد.", "نگاه شمال"),
        ("فارس - خبر جنوب - مدیرکل غله استان گفت: خرید گندم آغاز شد.", "خبر جنوب"),
        ("فارس - ایسنا - مدیرکل صمت استان گفت: ۲۰ واحد فعال شد.", "ایسنا"),
        ("فارس - پایگاه خبری دریچه سیستان: مدیرکل گفت: تولید افزایش یافت.", "دریچه سیستان"),
        # after a city, or before a place, «فارس» is the agency
        ("شیراز - فارس: مدیرکل غله استان گفت: خرید گندم آغاز شد.", "خبرگزاری فارس"),
        ("کرمان - مهر - مدیرکل غله استان گفت: خرید گندم آغاز شد.", "خبرگزاری مهر"),
    ],
)
def test_a_province_spelt_like_an_agency_opening_a_dateline(text: str, outlet: str) -> None:
    assert extract_attribution(text) == outlet


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a credit that runs into its speaker with no comma, the place right before the name
        (
            "به گزارش ایرنا از روابط عمومی شرکت آب و فاضلاب لرستان ژیار نوری زنوزی اظهار کرد: "
            "آبرسانی به ۱۲ روستا انجام شد.",
            "ژیار نوری زنوزی",
        ),
        (
            "به گزارش نگاه شمال از روابط عمومی اداره کل راهداری کرمان آرشام کلانتری گفت: "
            "۲۰ کیلومتر راه ساخته شد.",
            "آرشام کلانتری",
        ),
        (
            "به گزارش خبرنگار ما از شیراز کیانوش دهقان‌پور افزود: ۲۰ واحد فعال شد.",
            "کیانوش دهقان پور",
        ),
    ],
)
def test_a_credit_running_into_its_speaker(text: str, name: str) -> None:
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش روابط عمومی شرکت گاز استان یزد مدیرعامل این شرکت گفت: ۲۰ روستا گازدار شد.",
        "به گزارش ایسنا از کرمان قیمت مرغ افزایش یافت و مدیرکل گفت: عرضه کم است.",
    ],
)
def test_a_credit_running_into_a_role_names_no_one(text: str) -> None:
    assert [n for n, _ in _people(text)] == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a closing slash before an outlet whose name ends in a number
        ("مدیرکل غله استان گفت: خرید گندم آغاز شد. /دیار۲۴", "دیار۲۴"),
        ("مدیرکل غله استان گفت: خرید گندم آغاز شد. /خبر ۲۴", "خبر ۲۴"),
        ("مدیرکل صمت گفت: ۲۰ واحد فعال شد. /اقتصاد۲۴\n", "اقتصاد۲۴"),
        # a number alone or staff initials after the slash name no outlet
        ("مدیرکل غله استان گفت: خرید گندم به ۲۰ هزار تن رسید/ ۱۴۰۲", None),
        ("مدیرکل غله استان گفت: خرید گندم آغاز شد. /م.ع", None),
    ],
)
def test_a_closing_outlet_with_a_number(text: str, outlet: str | None) -> None:
    assert extract_attribution(text) == outlet
