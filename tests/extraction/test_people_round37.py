"""Round 37: people. A photo or text credit closing the story's last sentence on its own
line («... شد./عکس: X», «... است. عکس: X») credits the page, no person of the story; a
given name that also names a place («رستم», a county) inside a three-word name keeps the
given name before it («ابراهیم رستم گورانی»). Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction.people import extract_people


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("برداشت گندم در استان آغاز شد./عکس: کامران نادری\nنظرات", []),
        ("برداشت گندم در استان آغاز شد. عکس: کامران نادری\nنظرات", []),
        ("برداشت گندم در استان آغاز شد./ عکاس: کامران نادری\nنظرات", []),
        ("برداشت گندم آغاز شد./گزارش و عکس: کامران نادری\nنظرات", []),
        # must NOT fire: a speaker after a full stop, no credit label
        ("برداشت گندم آغاز شد. کامران نادری مدیر جهاد کشاورزی گفت: خوب است.", ["کامران نادری"]),
    ],
)
def test_credit_after_closing_mark(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "به گزارش ایرنا، ابراهیم رستم گورانی مدیر میراث فرهنگی قشم اظهار کرد: "
            "۲۰ هزار نفر آمدند.",
            ["ابراهیم رستم گورانی"],
        ),
        (
            "جواد رستم پور مدیرکل راه و شهرسازی استان گفت: ۱۲ کیلومتر راه ساخته شد.",
            ["جواد رستم پور"],
        ),
        # must NOT fire: the given-place word closes the name before a role («رستم مدیر»)
        ("ابراهیم رستم مدیر جهاد کشاورزی گفت: ۱۲ تن برداشت شد.", ["ابراهیم رستم"]),
    ],
)
def test_given_place_inside_three_word_name(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("مابقی را به فولاد مبارکه، فولاد کاوه جنوب و فولاد خراسان ارسال می کند.", []),
        ("محصول به سیمان بهمن شرق و سیمان تهران فروخته شد.", []),
        # must NOT fire: a surname in «ی» made of a compass word is a person's
        ("کاوه جنوبی مدیر جهاد کشاورزی گفت: ۱۲ تن برداشت شد.", ["کاوه جنوبی"]),
    ],
)
def test_compass_word_closes_a_firm(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "به گزارش ایلنا، میر حمید سید متین در سلسله برنامه های هفته دولت با اشاره به "
            "گازرسانی اظهار کرد: ۱۲ روستا گازدار شد.",
            ["میر حمید سید متین"],
        ),
        (
            "به گزارش ایلنا، میر حمید سید متین طی بازدید از روستاها اظهار کرد: ۱۲ روستا گازدار شد.",
            ["میر حمید سید متین"],
        ),
        # must NOT fire: an honorific before a given name opens the name, no surname
        ("سید فتح‌الله کاظمی افزود: ۱۲ تن صادر شد.", ["سید فتح‌الله کاظمی"]),
        ("محمدرضا سید کاظمی مدیرکل گمرک استان گفت: ۱۲ تن صادر شد.", ["محمدرضا سید کاظمی"]),
    ],
)
def test_honorific_opens_surname(text: str, want: list[str]) -> None:
    assert _names(text) == want


_LEAD = "مدیر اداره پنبه استان گفت: ۹ هزار تن پنبه به کارخانه‌ها تحویل شده است."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_LEAD + " کاظمی پیش بینی کرد تا پایان فصل ۶ هزار تن دیگر خرید شود.", ["کاظمی"]),
        (_LEAD + "کاظمی پیش‌بینی کرد که ۶ هزار تن دیگر خرید شود.", ["کاظمی"]),
        (_LEAD + " کاظمی برآورد کرد تا پایان فصل ۶ هزار تن دیگر خرید شود.", ["کاظمی"]),
        # must NOT fire: a pronoun or an everyday noun before the estimate
        (_LEAD + " وی پیش بینی کرد تا پایان فصل ۶ هزار تن دیگر خرید شود.", []),
        (_LEAD + " سازمان پیش بینی کرد تا پایان فصل ۶ هزار تن دیگر خرید شود.", []),
    ],
)
def test_estimate_verb_after_surname(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("گفتنی است دیدار با کاظمی، استاندار یزد برای هماهنگی سفر وزیر انجام شد.", ["کاظمی"]),
        (
            "به گزارش ایسنا، رییس سازمان به همراه رحیمیان معاون تولیدات دامی از شهرک بازدید کرد.",
            ["رحیمیان"],
        ),
        # must NOT fire: no role after the word, or a plural of people after the cue
        ("دیدار با کاظمی برای هماهنگی سفر وزیر انجام شد.", []),
        ("دیدار با اعضای شورای شهر برای هماهنگی انجام شد.", []),
        ("به همراه کارشناسان معاونت تولیدات دامی از شهرک بازدید شد.", []),
    ],
)
def test_met_surname_before_role(text: str, want: list[str]) -> None:
    assert _names(text) == want
