"""Round 30 wave 2: credits to outlets no list holds, read from the credit's structure
(team-written sentences; outlets, people and figures invented, none in the corpus):
an outlet whose name holds «از»/«در» inside a word («چشم‌انداز», «پرداز») is never cut
there in an interview cue (only a known agency's name takes a glued preposition: «مهراز»);
a site's own name opening the lead after a Latin date stamp («date 2025-08-22 X - ...»);
a site's own name before a dash whose speaker the given-name list does not hold
(«X - محبوب حیدری گفت:»); a dateline's place, a dash and a speaker before his verb is no
outlet («اردبیل - محبوب حیدری گفت:»)."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution

HEAD = "افزایش تولید در استان\n\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name with «انداز» (its «از» inside the word) before the verb
        (
            "کامران فتحی در گفت‌وگو با خبرنگار پایگاه خبری تحلیلی چشم‌انداز شرق اظهار کرد: "
            "تولید گندم ۲۰ درصد بیشتر شد.",
            "چشم‌انداز شرق",
        ),
        (
            "کامران فتحی در گفت‌وگو با خبرنگار سایت خبری نوپرداز گفت: صادرات ۱۲ درصد بیشتر شد.",
            "نوپرداز",
        ),
        # a name ending in «با» (an everyday word) before the verb
        (
            "کامران فتحی در گفت‌وگو با خبرنگار شیراز زیبا گفت: صادرات ۱۲ درصد بیشتر شد.",
            "شیراز زیبا",
        ),
        # a known agency's name with «از»/«در» glued on still reads as the agency
        (
            "کامران فتحی در گفت‌وگو با خبرنگار مهراز افزایش تولید خبر داد و گفت: "
            "تولید ۲۰ درصد بیشتر شد.",
            "خبرگزاری مهر",
        ),
        (
            "کامران فتحی در گفت‌وگو با خبرنگار ایسنادر ساری گفت: تولید ۲۰ درصد بیشتر شد.",
            "ایسنا",
        ),
    ],
)
def test_word_inner_preposition_is_no_cut(text: str, want: str) -> None:
    assert extract_attribution(HEAD + text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the site's name after a Latin date stamp, before a dash and a role
        (
            " date 2025 - 03 - 14 آوای دماوند - مدیرکل جهاد کشاورزی استان گفت: "
            "۴۰ هزار تن سیب برداشت شد.",
            "آوای دماوند",
        ),
        (
            " date 2025-03-14 آوای دماوند - مدیرکل جهاد کشاورزی استان گفت: ۴۰ هزار تن برداشت شد.",
            "آوای دماوند",
        ),
        ("۱۴۰۲/۰۵/۱۲ آوای دماوند - سیاوخش تندرو گفت: ۴۰ هزار تن برداشت شد.", "آوای دماوند"),
        # before a dash and a speaker whose given name no list holds
        (
            "رهنورد - سیاوخش تندرو گفت: ۳۰ هزار متقاضی مسکن در این استان تایید شدند.",
            "رهنورد",
        ),
        # must not fire: an organisation before the dash is the speaker's employer
        (
            "سازمان جهاد کشاورزی - سیاوخش تندرو گفت: ۳۰ هزار تن سیب برداشت شد.",
            None,
        ),
        # must not fire: a place, a dash, a speaker and his verb (no outlet at all)
        (
            "اردبیل - سیاوخش تندرو گفت: ۳۰ هزار تن سیب زمینی برداشت شد.",
            None,
        ),
        # must not fire: a Latin stamp, a rubric of two everyday words, then the role
        (
            " date 2025-03-14 تولید گندم - مدیرکل جهاد کشاورزی استان گفت: ۴۰ هزار تن گندم خرید شد.",
            None,
        ),
    ],
)
def test_lead_self_credit_by_structure(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the bare «به» before an outlet with its tail and the speech verb
        ("معاون شیلات استان با بیان این مطلب به گلبرگ نیوز گفت: ۴۸۲ تن میگو صید شد.", "گلبرگ نیوز"),
        # a talk cue, a name with a number glued on, a comma, the verb
        ("رضا جودکی روز جمعه در گفت و گو با آوا۳۶۰، افزود: سرمایه ۳۱ هزار میلیارد است.", "آوا۳۶۰"),
        ("رضا جودکی در گفتگو با سرو پرس، گفت: ۲۰ واحد صنعتی افتتاح شد.", "سرو پرس"),
        # must not fire: people whose last word is the everyday «خبر», a number after a space
        ("وی در گفت‌وگو با کارشناسان خبر، افزود: ۴۸۲ تن میگو صید شد.", None),
        ("وی در گفت‌وگو با فعالان فاز ۲، افزود: ۴۸۲ تن میگو صید شد.", None),
        ("وی در گفت‌وگو با ۲۰ کشاورز، افزود: ۴۸۲ تن میگو صید شد.", None),
    ],
)
def test_interview_outlet_by_its_tail(text: str, want: str | None) -> None:
    assert extract_attribution(HEAD + text) == want


_LEAD = (
    "افزایش تولید در استان\n\nبه گزارش آوای شهر، مدیر تنظیم بازار جهاد کشاورزی فارس گفت: "
    "این مرغ‌ها در فروشگاه‌ها عرضه می‌شود.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        # a surname the page broke into its own paragraph before «افزود:»
        (
            "کاظمی\n\nافزود: قیمت مرغ گرم ۱۲ هزار تومان است.",
            [("کاظمی", "مدیر تنظیم بازار جهاد کشاورزی فارس")],
        ),
        (
            "کاظمی\n\nادامه داد: قیمت مرغ گرم ۱۲ هزار تومان است.",
            [("کاظمی", "مدیر تنظیم بازار جهاد کشاورزی فارس")],
        ),
        # must not fire: a subheading of two everyday words before the verb's paragraph
        ("قیمت مرغ\n\nافزود: قیمت مرغ گرم ۱۲ هزار تومان است.", []),
    ],
)
def test_lone_surname_paragraph_before_the_verb(
    tail: str, want: list[tuple[str, str | None]]
) -> None:
    from crawler.extraction.people import extract_people

    got = [(p["name"], p["role"]) for p in extract_people(_LEAD + tail)[0]]
    assert got == want
