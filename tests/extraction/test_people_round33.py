"""Round 33: people and attribution in the forms heldout30 showed, team-written sentences
(people and places invented, none in the corpus): a name after a place word and the
relational adjective describing it («شهرک صنعتی X Y», «مجتمع مسکونی X Y», «پارک جنگلی X
Y») dedicates the place and is no person of the story; an agency's dateline with its
bureau's city before the dash («باشگاه خبرنگاران جوان شیراز - ...», glued after a headline
sentence) credits the agency."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record
from crawler.extraction.attribution import extract_attribution
from crawler.extraction.people import extract_people
from tests.extraction.probes import HEAD
from tests.extraction.probes import names_after_head as _names


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a place word, its adjective, then the name it is named after
        (
            "مدیرکل صنعت استان گفت: امیدواریم شهرک صنعتی امیر کبیر زودتر آماده شود.",
            [],
        ),
        (
            "فرماندار شهرستان گفت: ساخت مجتمع مسکونی حسین منصوری تا پایان سال تمام می‌شود.",
            [],
        ),
        (
            "رئیس اداره منابع طبیعی گفت: پارک جنگلی رضا کمالی به روی گردشگران باز است.",
            [],
        ),
        # must not fire: a title between («آقای»), or no place word before the adjective
        (
            "مدیر شرکت آقای علی رستمی گفت: تولید ۱۲ درصد بیشتر شد.",
            ["علی رستمی"],
        ),
        (
            "نماینده مجلس در نشست خبری علی رستمی گفت: تولید ۱۲ درصد بیشتر شد.",
            ["علی رستمی"],
        ),
        # the plain place word, unchanged
        (
            "مدیرکل صنعت استان گفت: شهرک امیر کبیر زودتر آماده می‌شود.",
            [],
        ),
    ],
)
def test_name_after_place_word_and_adjective(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the agency, its bureau's city, a dash: glued after the headline's sentence
        (
            "مدیر عامل شرکت گاز استان گفت: ۵۰ روستا گازدار می‌شوند. باشگاه خبرنگاران جوان"
            " شیراز - مدیر عامل شرکت گاز استان از افتتاح طرح‌ها خبر داد.",
            "باشگاه خبرنگاران جوان",
        ),
        (
            "تولید برنج بیشتر شد. ایرنا ساری - مدیر جهاد کشاورزی استان از افزایش تولید خبر داد.",
            "ایرنا",
        ),
        # must not fire: a place before the dash with no agency before it
        (
            "تولید برنج بیشتر شد. استان فارس شیراز - مدیر جهاد کشاورزی از افزایش تولید خبر داد.",
            None,
        ),
    ],
)
def test_agency_dateline_with_city(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a page's byline box: a bullet before the label
        ("معاون استاندار گفت: کار تمام شد.\n\n  • نویسنده : مریم صالحی\n  • منبع خبر : ایرنا", []),
        ("معاون استاندار گفت: کار تمام شد.\n\n▪ خبرنگار: مریم صالحی", []),
        # the label with no bullet, unchanged
        ("معاون استاندار گفت: کار تمام شد.\n\nنویسنده: مریم صالحی", []),
        # must not fire: a bullet before a speaker, no byline label
        ("• مریم صالحی مدیرکل صنعت استان گفت: کار تمام شد.", ["مریم صالحی"]),
    ],
)
def test_byline_after_bullet(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a speaker, then a province left from an office's lost name, then the speech verb
        (
            "به گزارش صنعت نیوز، حسن ملکوتی تهران اظهار کرد: صادرات ۱۲ درصد بیشتر شد.",
            ["حسن ملکوتی"],
        ),
        ("امید فرجادی یزد گفت: تولید ۱۲ درصد بیشتر شد.", ["امید فرجادی"]),
        # must not fire: a second surname made of a place's adjective stays whole
        ("محمد مرتضوی کرمانی گفت: تولید ۱۲ درصد بیشتر شد.", ["محمد مرتضوی کرمانی"]),
        # nor an everyday word before a province with no speech cue
        ("سفر امید تهران آغاز شد.", []),
    ],
)
def test_province_between_name_and_speech(text: str, want: list[str]) -> None:
    assert _names(text) == want


def _provinces(text: str) -> list[str]:
    return [p["name"] for p in extract_record(None, None, HEAD + text)["provinces"]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the agency's brands of several words in a site menu: no province
        (
            "اخبار فارس من ویدئو فارس نوجوان\n\nمدیرکل صنعت زنجان گفت: تولید ۱۲ درصد بیشتر شد.",
            ["زنجان"],
        ),
        # a credit line, unchanged
        ("تولید معدن در سمنان ۱۲ درصد بیشتر شد.\n\nمنبع: فارس نیوز", ["سمنان"]),
        # must not fire: the province itself, before an everyday word
        ("مدیرکل صنعت استان فارس گفت: تولید ۱۲ درصد بیشتر شد.", ["فارس"]),
        ("تولید در فارس ۱۲ درصد بیشتر شد و در فارس منطقه ویژه ساخته شد.", ["فارس"]),
    ],
)
def test_agency_brand_is_no_province(text: str, want: list[str]) -> None:
    assert _provinces(text) == want


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_people(HEAD + text)[0]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a list of officials visiting an event is no unnamed speaker: the role the text
        # gives the named speaker later is his
        (
            "رضا کاویانی در گفت‌وگو با خبرنگاران افزود: جشن تا ۱۲ فروردین برگزار می‌شود.\n"
            "استاندار همدان، معاون عمرانی استاندار، مدیرکل ورزش و جوانان و فرماندار ملایر"
            " از جشن دیدن کردند.\n"
            "کاویانی گفت: ۴۹ هزار نفر آمدند.\n"
            "مدیرکل میراث فرهنگی همدان اظهار کرد: ۱۸۱ هزار نفر بازدید کردند.",
            [("رضا کاویانی", "مدیرکل میراث فرهنگی همدان")],
        ),
        # must not fire: one role in apposition to another stays the speaker's
        (
            "رضا کاویانی در گفت‌وگو با خبرنگاران افزود: جشن تا ۱۲ فروردین برگزار می‌شود.\n"
            "مدیرکل میراث فرهنگی همدان، رئیس ستاد نوروزی استان گفت: ۴۹ هزار نفر آمدند.",
            [("رضا کاویانی", "مدیرکل میراث فرهنگی همدان")],
        ),
    ],
)
def test_officials_listed_are_no_speaker(text: str, want: list) -> None:
    assert _roles(text) == want
