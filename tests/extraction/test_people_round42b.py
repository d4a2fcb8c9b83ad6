"""Round 42 (second people helper) phenomena, own sentences: an agency's footer credits
its reporter and the editor who published it after a news code («۱۲۳۴/۵۶۷۸ خبرنگار: X **
انتشار دهنده: Y»): credit labels of a footer, not speakers (h38a12); a headline's last
word, a place, glued to the speaker's given name («... خراسان شمالیعلی X ... گفت», the
line break lost) is cut off the name (h38a12); names in a list after a company or plant
head noun («شرکت‌های X، Y، سلمان فارسی و Z») are companies named after people (h38a11);
an agency, a semicolon, a name and an underscore for a dash («باشگاه خبرنگاران جوان؛ X _
مدیرکل ...») is the reporter's byline, as the dev gold reads the same opener with a dash
2 of 2 (h19b04, h32a11); a sentence opening after a page's table pipes («... است. | | X
اظهار کرد») opens as any other, so an unnamed role of the lead goes to X (h38a03).
Must-not-fire rows: a label inside a sentence, a speaker after a news code, a place
before a spaced given name, a place alone, a speaker after a firm's list, attendees with
roles after a firm head, a semicolon opener with no dash."""

from __future__ import annotations

import pytest

from crawler.extraction.people import extract_people
from tests.extraction.probes import names_after_head as _names

LEAD = "مدیر کل صنعت استان گفت: تولید ۱۲ درصد بیشتر شد."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a footer after a news code: the reporter and the editor who published it
        (
            LEAD + "\n۷۱۸۶/۶۰۴۲ خبرنگار: مریم صالحی** انتشار دهنده: سید کاوه پرنیان",
            [],
        ),
        (LEAD + "\n۱۲۳۴/۵۶۷۸ خبرنگار: مریم صالحی", []),
        # other credit labels of a footer
        (LEAD + "\nمنتشر کننده: کاوه پرنیان", []),
        (LEAD + "\nسردبیر: کاوه پرنیان", []),
        (LEAD + "\nدبیر سرویس: کاوه پرنیان", []),
        (LEAD + "\n** ویرایش: کاوه پرنیان", []),
        # must not fire: a speaker after a news code
        (LEAD + "\n۷۱۸۶/۶۰۴۲ کاوه پرنیان مدیرکل صنعت استان گفت: کار تمام شد.", ["کاوه پرنیان"]),
    ],
)
def test_footer_credit_labels(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a province's last word glued to a given name
        (
            "رشد ۲۰ درصدی تولید مرغ در خراسان شمالیعلی آذرمهر سه شنبه در گفت و گو با"
            " ایرنا اظهار کرد: تولید ۱۲ درصد بیشتر شد.",
            ["علی آذرمهر"],
        ),
        # a city glued to a given name
        (
            "افزایش صادرات قزوینمحسن آذرمهر روز دوشنبه در گفت و گو با ایرنا گفت: صادرات"
            " ۱۲ درصد بیشتر شد.",
            ["محسن آذرمهر"],
        ),
        # must not fire: the name spaced from the place stays whole
        (
            "رشد تولید مرغ در خراسان شمالی علی آذرمهر سه شنبه در گفت و گو با ایرنا اظهار"
            " کرد: تولید بیشتر شد.",
            ["علی آذرمهر"],
        ),
        # must not fire: a place is no place and given name glued
        ("افزایش تولید در کرمانشاه سه شنبه در جلسه شورا بررسی شد.", []),
    ],
)
def test_place_glued_to_given_name(text: str, want: list[str]) -> None:
    assert [p["name"] for p in extract_people(text)[0]] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # companies named after people in a list after a company head
        (
            "شرکت توسعه با شش شرکت کشت و صنعت میرزا، دهخدا، امیرکبیر، سلمان فارسی و"
            " فارابی ۴۰ درصد نیاز کشور را تامین می کند.",
            [],
        ),
        (
            "کارخانه های قند اهواز، دزفول، نادر کریمی و شوش ۲۰ هزار تن قند تولید کردند.",
            [],
        ),
        # must not fire: a speaker after a list of firms
        (
            "شرکت های فولاد، مس و سیمان رشد کردند و کاوه پرنیان مدیرکل صنعت استان گفت:"
            " تولید بیشتر شد.",
            ["کاوه پرنیان"],
        ),
        # must not fire: attendees with roles after a firm head
        (
            "در جلسه مدیرعامل شرکت آب، مریم صالحی معاون استاندار، علی رضایی مدیرکل"
            " صنعت حضور داشتند.",
            ["مریم صالحی", "علی رضایی"],
        ),
    ],
)
def test_names_listed_after_firm_head(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the agency, a semicolon, the reporter and an underscore for the dash
        (
            "باشگاه خبرنگاران جوان؛ مریم صالحی _ مدیرکل راه و شهرسازی استان در نشست"
            " خبری گفت: ۲۰۰ واحد ساخته شد.",
            [],
        ),
        # must not fire: a semicolon opener with no dash is the speaker
        (
            "باشگاه خبرنگاران جوان؛ مریم صالحی مدیرکل راه و شهرسازی استان گفت: ۲۰۰ واحد ساخته شد.",
            ["مریم صالحی"],
        ),
        # an underscore for the dash of an agency's dateline (swap-names, h15b09)
        (
            "باشگاه خبرنگاران جوان _ سامیار میرعمادی گفت: جوازها ۲۰ درصد بیشتر شد.",
            ["سامیار میرعمادی"],
        ),
        ("ایرنا _ سامیار میرعمادی گفت: جوازها ۲۰ درصد بیشتر شد.", ["سامیار میرعمادی"]),
        # must not fire: an unnamed role after the same dateline
        ("باشگاه خبرنگاران جوان _ مدیرکل صنعت استان گفت: جوازها ۲۰ درصد بیشتر شد.", []),
    ],
)
def test_agency_semicolon_reporter_underscore(text: str, want: list[str]) -> None:
    assert _names(text) == want


def test_role_hands_over_past_table_pipes() -> None:
    text = (
        "مدیر کل شیلات استان گفت: ۱۶۰ هزار تن ماهی صید شد. | | نادر آذرمهر اظهار کرد:"
        " صید در فراساحل انجام میشود. |! [] () | وی افزود: خوب است."
    )
    assert extract_people(text)[0] == [{"name": "نادر آذرمهر", "role": "مدیر کل شیلات استان"}]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # «ضمن» before the verbal nouns «با» opens (swap-names, h11b05)
        (
            "به گزارش تمدن لر، ایلناز نیکخواه امروز چهارشنبه ضمن بیان خبر فوق اظهار کرد:"
            " ۲ میلیون نفر آمدند.",
            ["ایلناز نیکخواه"],
        ),
        ("ایلناز نیکخواه ضمن اشاره به افزایش تولید گفت: تولید ۲ میلیون تن شد.", ["ایلناز نیکخواه"]),
        ("ایلناز نیکخواه ضمن تاکید بر صادرات افزود: صادرات ۲۰ درصد بیشتر شد.", ["ایلناز نیکخواه"]),
        # must not fire: an everyday noun before the phrase
        ("تولید گندم ضمن بیان مشکلات بررسی شد و مدیر گفت: رقم بالاست.", []),
    ],
)
def test_zemn_speech_phrases(text: str, want: list[str]) -> None:
    assert _names(text) == want
