"""Round 22 (heldout19 first run): which lengths and which counted nouns are figures, on
team-written sentences (our own words, sectors and provinces the corpus lacks).

- the dimensions of one thing (a net's height, a boat's or a room's length, a depth, a
  width, a diameter) are its size, not an amount the article reports: a length right
  after a dimension noun in its clause («ارتفاع ۷ متر», «در عمق ۱۴ متری», «قایقی به طول
  ۱۲ متر»); the length of a line, pipe, road or network built stays a figure («خط انتقال
  به طول ۲۰ کیلومتر», «طول شبکه ریلی ۱۰ هزار کیلومتر»);
- a border or a distance with the neighbour between the length and its extent noun
  («۲۳۰ کیلومتر با عراق مرز مشترک دارد») is a place's extent, as «۲۳۰ کیلومتر مرز» is;
- jobs counted by a generic classifier («اشتغال ایجاد شده را ۷۱۴ مورد ذکر کرد») are
  persons, as jobs counted are (round 3); «مورد» after a colon or a list of places keeps
  its count (the gold of da33 has counts there);
- members counted («۵۳۷ عضو», «۱۲ هزار سهامدار») are persons; the members of a council or
  a board («۱۱ عضو شورای شهر») are its make-up, no figure.
"""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from tests.extraction.probes import values_units as _figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the size of one thing
        ("تورهای صیادی با ارتفاع ۶ متر و طول ۸۰۰ متر در ساحل بوشهر پهن می‌شوند.", []),
        ("لنج‌های سنتی هرمزگان معمولا قایقی به طول ۱۲ متر و عرض ۴ متر هستند.", []),
        ("قفس‌های پرورش ماهی در عمق ۲۵ متری دریای خزر نصب شد.", []),
        ("چاه عمیق کشاورزی به عمق ۱۸۰ متر در دشت رفسنجان حفر شد.", []),
        ("لوله‌هایی با قطر ۱.۲ متر برای این طرح خریداری شد.", []),
        ("ارتفاع دیواره سد ۴۵ متر و طول تاج آن ۳۱۰ متر است.", []),
        # lengths of what is built stay figures
        ("خط انتقال آب به طول ۲۸ کیلومتر در شهرستان زابل اجرا شد.", [(28, "km")]),
        ("طول شبکه ریلی استان سمنان ۵۴۰ کیلومتر است.", [(540, "km")]),
        ("جاده روستایی به طول ۱۲ کیلومتر در مازندران آسفالت شد.", [(12, "km")]),
        ("تونلی به طول ۸۰۰ متر در محور خرم‌آباد حفر شد.", [(800, "m")]),
        ("امسال ۳۲۰ کیلومتر شبکه گاز در روستاهای اردبیل اجرا شد.", [(320, "km")]),
        # a border or a distance with the neighbour between
        ("استان کرمانشاه ۳۷۰ کیلومتر با کشور عراق مرز مشترک دارد.", []),
        ("سیستان و بلوچستان بیش از ۱۱۰۰ کیلومتر با پاکستان و افغانستان مرز دارد.", []),
        ("شهر بازرگان ۲۵ کیلومتر با مرز ترکیه فاصله دارد.", []),
        # members counted are persons
        (
            "این تعاونی‌ها ۵۳۷ عضو شامل ۴۰۶ مرد و ۱۳۱ زن دارند.",
            [(537, "person"), (406, "person"), (131, "person")],
        ),
        ("شرکت تعاونی مرزنشینان سراوان ۱۲ هزار سهامدار دارد.", [(12000, "person")]),
        ("۲۴۰ عضو جدید به صندوق‌های خرد روستایی گیلان پیوستند.", [(240, "person")]),
        # jobs counted by «مورد» named before it
        ("اشتغال ایجاد شده در طرح‌های گردشگری یزد را ۳۲۰ مورد اعلام کرد.", [(320, "person")]),
        ("بیشترین فرصت شغلی با ۹۴۰ مورد در شهرستان بیرجند ایجاد شد.", [(940, "person")]),
        ("اشتغالزایی صنایع تبدیلی گیلان امسال ۲۱۰۰ مورد بوده است.", [(2100, "person")]),
        ("در سمیرم ۱۲۰ مورد پروانه ساخت صادر شد.", [(120, "count")]),
        # the members of a council or a board are its make-up, no economic count
        ("۱۱ عضو شورای شهر تبریز در جلسه حضور داشتند.", []),
        ("۱۵ عضو هیئت مدیره اتاق بازرگانی زنجان انتخاب شدند.", []),
    ],
)
def test_lengths_and_members(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("امسال ۳۰ تعاونی روستایی در ایلام تشکیل شد که ۶۴۰ عضو دارند.", "cooperatives"),
        ("شرکت‌های تعاونی فرش دستباف کاشان دارای ۲۱۰ عضو هستند.", "cooperatives"),
    ],
)
def test_members_of_cooperatives(text: str, subject: str) -> None:
    got = [(f.unit, f.subject) for f in extract_figures(text) if f.unit == "person"]
    assert got == [("person", subject)]


@pytest.mark.parametrize(
    "text",
    [
        "اشتغال ایجاد شده در طرح‌های گردشگری یزد را ۳۲۰ مورد اعلام کرد.",
        "بیشترین فرصت شغلی با ۹۴۰ مورد در شهرستان بیرجند ایجاد شد.",
    ],
)
def test_jobs_by_case_are_employment(text: str) -> None:
    got = [(f.unit, f.subject) for f in extract_figures(text)]
    assert got == [("person", "employment")]
