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


# Names no lexicon holds (given names written here are outside the given-name lexicon, as
# a held-out text's are): what anchors them is the sentence, not the lexicon.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb of report with the colon that opens the quote closes the speaker's sentence
        (
            "به گزارش خبرنگار ما، هیربد بهرامی‌فر در گفتوگو با خبرنگاران اعلام کرد: ۱۲ هزار "
            "تن صادر شد.",
            ["هیربد بهرامی‌فر"],
        ),
        # a date after the time word: a weekday in brackets, digits and a month
        (
            "به گزارش ایسنا، هیربد طالبی امروز (دوشنبه) در بدو ورود به استان گفت: ۱۲ طرح "
            "افتتاح می‌شود.",
            ["هیربد طالبی"],
        ),
        (
            "به گزارش ایسنا، هیربد طالبی امروز سه‌شنبه ۹ آبان‌ماه ۱۴۰۲ در جلسه شورای اداری "
            "اظهار کرد: ۱۲ طرح افتتاح می‌شود.",
            ["هیربد طالبی"],
        ),
        # must NOT fire: a date after a time word, no speaker
        ("به گزارش ایسنا، برداشت گندم امروز (دوشنبه) در بدو فصل آغاز شد.", []),
        # must NOT fire: digits with no time word before them are no date
        ("به گزارش ایسنا، فرآوری ۱۲ هزار تن در استان اعلام کرد: خوب است.", []),
    ],
)
def test_unknown_given_name_after_credit_comma(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "به گزارش ساوه نیوز هیربد بهرامی‌فر عصر امروز در جلسه شورای اداری اظهار داشت: "
            "۱۲ طرح آماده است.",
            ["هیربد بهرامی‌فر"],
        ),
        (
            "به گزارش صبح زاگرس سیده کیانا طالبی افزود: ۱۲ طرح آماده است.",
            ["سیده کیانا طالبی"],
        ),
        (
            "به گزارش پایگاه خبری اداره کل راه و شهرسازی (کرمان) هیربد طالبی مدیر کل راه و "
            "شهرسازی کرمان گفت: ۱۲ کیلومتر راه ساخته شد.",
            ["هیربد طالبی"],
        ),
        # «میر» inside a surname is no honorific that opens a name
        (
            "به گزارش صداوسیمای مرکز کرمان سیده کیانا میر عمادی در بازدید از پست برق گفت: "
            "۱۲ مگاوات افزوده شد.",
            ["سیده کیانا میر عمادی"],
        ),
        # a title before the name
        (
            "به گزارش ساوه خبر /آقای هیربد قهرمانلو، از شرایط ثبت‌نام در طرح مسکن گفت: ۱۲ "
            "هزار نفر ثبت‌نام کردند.",
            ["هیربد قهرمانلو"],
        ),
        # must NOT fire: a role after the outlet is no name
        ("به گزارش ساوه نیوز مدیرکل راه و شهرسازی استان گفت: ۱۲ طرح آماده است.", []),
        # must NOT fire: the outlet ends with a place («... خراسان جنوبی»), then a role
        (
            "به گزارش خبرگزاری صداوسیمای خراسان جنوبی مدیرکل راه استان گفت: ۱۲ طرح آماده است.",
            [],
        ),
        # must NOT fire: a statement after the credit, no speaker
        ("به گزارش ساوه نیوز تولید گندم در استان به ۱۲ هزار تن رسید.", []),
    ],
)
def test_credit_run_into_unknown_name(text: str, want: list[str]) -> None:
    assert _names(text) == want
