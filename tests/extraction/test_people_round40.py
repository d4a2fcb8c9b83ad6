"""Round 40 people and province phenomena (own sentences): a given name glued after a
title's last word («... ایران و جهاناسماعیل X»), a name with two given names whose second
is the surname («سعید محمد ...» then «محمد افزود»), an everyday word that is also a surname
(«کرد») where a speaker is anchored, a date glued to its month after an everyday-word given
name («مجید X 8اسفندماه در دیدار ...»), a village named with «حاج» ending a list of
villages, and a list of three provinces the story's province opens."""

import pytest

from crawler.extraction import extract_record
from crawler.extraction.people import extract_people


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name glued after a title's last word, its line break lost
        (
            "افزایش تولید ماهی در مازندران – خبرگزاری مهر | اخبار ایران و جهانابراهیم"
            " کاظمی در گفتگو با خبرنگار مهر اظهار کرد: تولید بالا رفت.\n\nکاظمی گفت:"
            " صادرات هم بیشتر شد.",
            ["ابراهیم کاظمی"],
        ),
        # a compound given name written as one word keeps its whole
        ("غلامحسین کاظمی در گفتگو با خبرنگار مهر اظهار کرد: x", ["غلامحسین کاظمی"]),
        # a surname and its suffix: no given name glued in the first word
        ("سلیمانی پور، مدیرعامل شرکت گاز استان گفت: x", ["سلیمانی پور"]),
        # two given names, the second the surname the speaker goes by alone later
        (
            "حسن رضا شامگاه سه‌شنبه پس از بازدید از کارخانه سیمان شهرستان در جمع خبرنگاران"
            " اظهار داشت: تولید بالا رفت. رضا افزود: صادرات هم بیشتر شد.",
            ["حسن رضا"],
        ),
        # an everyday word that is also a surname, the speaker anchored by the cue
        (
            "یوسف کرد روز یکشنبه در گفت‌وگو با خبرنگار ایرنا افزود: صادرات بالا رفت.",
            ["یوسف کرد"],
        ),
        ("مدیرکل گفت: x. یوسف کرد امروز در گفتگو با خبرنگاران گفت: y", ["یوسف کرد"]),
        # the verb «کرد» after a given name, no anchor: no person
        ("این جایزه را استاندار تقدیم علی کرد.", []),
        ("علی کرد.", []),
        # a date glued to its month between the name and the event
        ("مجید صابری 12اسفندماه در دیدار با مدیران استان گفت: x", ["مجید صابری"]),
        ("مجید صابری 12 اسفند در دیدار با مدیران استان گفت: x", ["مجید صابری"]),
        # a village named with «حاج» ending a list of villages: no person
        (
            "این طرح‌ها در روستاهای دره‌سبز، باغ نو و شهرک گلشن، چمن کوه وحاج تقی کریمان"
            " اجرا شده است.",
            [],
        ),
        ("این طرح در روستاهای دره‌سبز، باغ نو و حاج حسن رضایی اجرا شد.", []),
        # after the list, a speech cue: a person
        ("در روستاهای دره‌سبز، باغ نو و حاج تقی رضایی مدیرکل آب گفت: x", ["تقی رضایی"]),
    ],
)
def test_people_round40(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("body", "provinces"),
    [
        # the story's province opens a ranked list of three: the third shares it too
        (
            "مدیرکل میراث فرهنگی یزد گفت: یزد میزبان گردشگران است و یزد رتبه دارد. در"
            " نظرسنجی‌های اخیر یزد، هرمزگان و سیستان و بلوچستان به ترتیب در رده‌های اول"
            " تا سوم گردشگری قرار گرفتند.",
            ["یزد", "هرمزگان", "سیستان و بلوچستان"],
        ),
        # a comparison before the list pairs nothing
        (
            "مدیرکل میراث فرهنگی یزد گفت: یزد میزبان گردشگران است و یزد رتبه دارد. سهم یزد"
            " نسبت به فارس، کرمان و اصفهان بیشتر است.",
            ["یزد"],
        ),
    ],
)
def test_provinces_round40(body: str, provinces: list[str]) -> None:
    assert [p["name"] for p in extract_record(None, None, body)["provinces"]] == provinces
