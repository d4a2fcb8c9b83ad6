"""Round 41 people phenomena (own sentences): a given name followed by a town or county
name is a dam, a road or a site named after the town («سدهای عالی حسین الشتر، زیبا رضا
خرم آباد ...»), never a person: a town is never a surname; a verb's end glued to a
speaker's given name when a headline's line break is lost («... پرداخت شدبهرام X ...») is
cut off; a verse's last word run into a speaker's surname («... نژند X» where «Y X» is the
speaker, named in full) is no second person; a two-part surname glued at first and later
written apart without the vowel between («سالاریکرمانی» / «سالار کرمانی») is one person.
Must-not-fire rows: a surname that is a place adjective («یزدی», «کرمانی») or a place
written as a surname («ملکشاهی») stays a person."""

import pytest

from crawler.extraction.people import extract_people


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_people(text)[0]]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a list of dams, each a given name then its town: no person
        (
            "وی گفت: عملیات اجرایی سه سد کاظم ازنا، عالی حسین الشتر و زیبا رضا خرم آباد"
            " به زودی آغاز می شود.",
            [],
        ),
        (
            "رحمانی افزود: هزینه احداث سد تاج امیر دلفان بیش از ۲۰ میلیارد ریال است.",
            ["رحمانی"],
        ),
        # a verb's end glued to the speaker's given name, the headline's break lost
        (
            "وام به واحدهای تولیدی استان پرداخت شدبهرام نیکنام روز شنبه در گفت و گو با"
            " ایرنا افزود: این وام به ۳۰ واحد رسید. نیکنام اظهار کرد: طرح آغاز شد.",
            ["بهرام نیکنام"],
        ),
        (
            "وام به واحدهای تولیدی استان پرداخت شدظفر نیکنام روز شنبه در گفت و گو با"
            " ایرنا افزود: این وام به ۳۰ واحد رسید. نیکنام اظهار کرد: طرح آغاز شد.",
            ["ظفر نیکنام"],
        ),
        # a verse's last word run into the speaker's surname (the date between them lost),
        # the speaker named in full later with a given name the lexicon holds
        (
            "سایت خبری\nشعری از دفتر: دلم بود غمین و نژند کاظمی در گفتگو با مهر:\n\n"
            "طرح راه آغاز می‌شود\n\nکرج – خبرگزاری مهر: مدیرکل راه استان گفت: طرح آغاز"
            " شد.\n\nرضا کاظمی در گفتگو با خبرنگار مهر گفت: کار آغاز شد.\n\nکاظمی تصریح"
            " کرد: راه ساخته می‌شود.",
            ["رضا کاظمی"],
        ),
        # a two-part surname glued at first, later written apart without the vowel between
        (
            "«حسین سالاریکرمانی» رییس سازمان صنعت استان اظهار کرد: تولید بالا رفت. سالار"
            " کرمانی در ادامه تصریح کرد: صادرات بیشتر شد.",
            ["حسین سالاریکرمانی"],
        ),
        # must not fire: a surname that is a place adjective, a role or speech anchoring it
        ("حسن یزدی، مدیرکل صنعت استان گفت: تولید بالا رفت.", ["حسن یزدی"]),
        ("محمود کرمانی در گفتگو با خبرنگار ایرنا اظهار کرد: صادرات بیشتر شد.", ["محمود کرمانی"]),
        # must not fire: a place spelled like a surname
        ("علی ملکشاهی، فرماندار شهرستان گفت: طرح آغاز شد.", ["علی ملکشاهی"]),
    ],
)
def test_people_round41(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_namesake_with_role_kept() -> None:
    # two people of one surname, the one with a given name the lexicon lacks has a role
    text = (
        "رضا کاظمی، مدیرکل راه استان گفت: طرح آغاز شد. کیارش کاظمی، فرماندار شهرستان"
        " نیز گفت: کار ادامه دارد."
    )
    assert _names(text) == ["رضا کاظمی", "کیارش کاظمی"]
