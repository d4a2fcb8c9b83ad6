"""Round 16: which numbers are figures. Team-written sentences (other sectors, provinces,
outlets and verb forms than the corpus) for the phenomena heldout14 showed: a bare number
right after a numbered facility is its number («اسکله ۳۲ بندر شهید رجایی»), and a count of
places that only says where the counted things are («۲۲ پروژه در ۱۷ شهر استان») or names
the whole set («تمامی ۲۶ شهر استان»). Places served or covered (also where the people
served live), and a facility's size in adjectival form, stay figures."""

from __future__ import annotations

import pytest

from crawler.extraction.figures.extract import extract_figures


def _values(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a numbered facility: berths, platforms, terminals, halls are numbered
        ("۴۵ هزار تن کنسانتره در اسکله ۱۴ بندر امام خمینی بارگیری شد.", 14),
        ("کشتی حامل ذرت در اسکله 21 بندر چابهار پهلو گرفت.", 21),
        ("تولید گاز از سکوی ۱۲ پارس جنوبی به ۲۰ میلیون مترمکعب رسید.", 12),
        ("۳۰۰ هزار مسافر از پایانه ۲ فرودگاه مشهد جابه‌جا شدند.", 2),
        ("بارگیری ۶۰ هزار تن گندم در ترمینال ۳ بندر بوشهر انجام شد.", 3),
        # places that say where counted things are, after «در», in the same clause
        ("۲۲ پروژه گازرسانی در ۱۷ شهر استان خوزستان افتتاح می‌شود.", 17),
        ("ساخت ۷۳۰ واحد مسکن روستایی در ۶۰ روستای قصرقند در حال انجام است.", 60),
        ("۴۰۰ کارگاه صنایع دستی در ۱۲ شهرستان استان کرمان فعال هستند.", 12),
        ("۱۸ طرح آبرسانی در ۹ بخش استان لرستان به بهره‌برداری رسید.", 9),
        # a word of totality names the whole set of places
        ("تمامی ۲۶ شهر استان سیستان و بلوچستان از این طرح بهره‌مند می‌شوند.", 26),
        ("همه ۱۴ شهرستان استان همدان به شبکه گاز متصل هستند.", 14),
    ],
)
def test_numbers_that_name_or_place(text: str, gone: int) -> None:
    assert gone not in [v for v, _ in _values(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # places served or covered are counts the article reports
        ("آبرسانی به ۱۳ شهر و ۱۱ روستای استان چهارمحال انجام شد.", (13, "count")),
        ("۱۳۰ روستا و چهار شهر استان تحت پوشش این طرح قرار می‌گیرند.", (130, "count")),
        ("گاز به ۹۲۴ روستا و ۴۲ واحد صنعتی رسید.", (924, "count")),
        # places where the people served live are the coverage, not a location
        ("این خط انتقال آب ۸۰ هزار نفر در ۳۴ روستای گیلان را تامین می‌کند.", (34, "count")),
        ("تانکرها به ۹ هزار نفر در ۲۱ روستای استان ایلام آب می‌رسانند.", (21, "count")),
        # a count of places not after another count
        ("تخلیه و بارگیری کالا در ۱۱ بندر استان بوشهر ۶ درصد افزایش یافت.", (11, "count")),
        ("امسال ۳۸ روستا در استان زنجان از آب شرب پایدار برخوردار شدند.", (38, "count")),
        # a count after a sentence end is its own figure
        ("۲۲ پروژه افتتاح شد. در ۱۷ شهر استان نیز گازرسانی انجام شد.", (22, "count")),
        # a facility's size in adjectival form is its capacity
        ("اسکله ۵۰۰۰ تنی بندر دیلم به بهره‌برداری رسید.", (5000, "ton")),
        # a count of berths is still a count
        ("۳۲ اسکله در بنادر هرمزگان فعال است.", (32, "count")),
    ],
)
def test_counts_that_stay(text: str, kept: tuple) -> None:
    assert kept in _values(text)
