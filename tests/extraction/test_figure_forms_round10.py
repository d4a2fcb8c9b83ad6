"""Which numbers become figures, and their unit (round 10), on sentences the team wrote:
a labour-force group sized as a population («نفر جمعیت فعال») is counted; applicants,
job seekers and registrants («ثبت‌نام») are persons; a unit glued to the preposition
after it («هکتاربا») is still the unit; a count in words with a scale word («یک هزار
زمین») is an open count; a number's words are compared folded; a bare number joined by
«و» to a label («ماده ۱۱ و ۱۲») is a label; «گ» typed as «ک» in the power units
(«مکاوات») reads as the unit. Each phenomenon in Persian letters and in Arabic yeh/kaf."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a labour-force group is a figure, in both letter forms
        ("استان ۸۵۰ هزار نفر جمعیت فعال دارد.", [(850000, "person")]),
        ("در اين شهرستان ۴۲ هزار نفر جمعيت شاغل وجود دارد.", [(42000, "person")]),
        ("يکميليون و ۲۰۰ هزار نفر جمعيت بيکار ثبت شده است.", [(1200000, "person")]),
        ("این بیمه ۳۰۰ هزار نفر جمعیت تحت پوشش دارد.", [(300000, "person")]),
        ("حدود دو میلیون نفر جمعیت غیرفعال در استان هستند.", [(2000000, "person")]),
        # a place's size stays no figure
        ("این شهر ۲۵ هزار نفر جمعیت دارد.", []),
        ("روستايي با ۱۲۰۰ نفر جمعيت در اين منطقه است.", []),
        # applicants and job seekers are persons, Persian or Arabic letters
        ("وام به ۱۶۶ متقاضي پرداخت شد.", [(166, "person")]),
        ("تسهیلات به ۴۰۰ متقاضی مسکن روستایی پرداخت شد.", [(400, "person")]),
        ("امسال ۲۴۰ کارجو در کارگاه‌های استان شاغل شدند.", [(240, "person")]),
        ("به ۹۰ مددجو وام اشتغال پرداخت شد.", [(90, "person")]),
        # a unit glued to the preposition after it
        ("شهرک به وسعت ۵۳۷ هکتاربا ۸۰ بهره بردار فعال است.", [(537, "hectare"), (80, "person")]),
        ("سهم صنعت ۱۸ درصددر اشتغال استان است.", [(18, "percent")]),
        ("۱۲۰ تناز این محصول صادر شد.", [(120, "ton")]),
        ("۴۵ میلیارد تومانبه طرح‌ها پرداخت شد.", [(45000000000, "IRT")]),
        # a glued word that is not a preposition is no unit: «مترو» is the metro
        ("خط ۳ مترو شهر تا پایان سال افتتاح می‌شود.", []),
        # a bare number joined by «و» to a label continues the labels
        ("کمیسیون‌های ماده ۱۱ و ۱۲ نظارت بر رانندگان را انجام می‌دهند.", []),
        ("طبق تبصره ۳ و ۴ دستگاه‌ها مکلف شدند.", []),
        ("آمار سال ۱۴۰۲ و ۱۴۰۳ منتشر شد.", []),
        # ... but not a quantity of another length or with a unit after the label
        ("در سال ۱۴۰۲ و ۸ درصد رشد داشت.", [(8, "percent")]),
        ("منطقه ۳۲ هکتار و ۴۵ هکتار باغ دارد.", [(32, "hectare"), (45, "hectare")]),
        # registrants are persons
        (
            "از ۱۳۱ هزار ثبت نام شده ۹۱ هزار نفر واجد شرایط هستند.",
            [(131000, "person"), (91000, "person")],
        ),
        ("تاکنون ۴۵ هزار ثبت‌نامی در سامانه داریم.", [(45000, "person")]),
        # a count written in words with a scale word is an open count; a few things are not
        ("یک هزار زمین برای ساخت مسکن واگذار شد.", [(1000, "count")]),
        ("دو هزار پایه برق در روستاها نصب شد.", [(2000, "count")]),
        ("سه بانک به این طرح وام دادند.", []),
        # a number's words are compared folded: a scale in Arabic yeh serves the list
        ("توليد ۲۰ و ۳۰ ميليون تن بود.", [(20000000, "ton"), (30000000, "ton")]),
        ("توليد ۲۰ و ۳۰ میلیون تن بود.", [(20000000, "ton"), (30000000, "ton")]),
        # «گ» typed as «ک» in power units
        ("ظرفیت این نیروگاه ۲۲۰ مکاوات است.", [(220, "MW")]),
        ("یک نیروگاه ۱۰ مکاواتی خورشیدی افتتاح شد.", [(10, "MW")]),
        ("ظرفیت نیروگاه‌های استان به ۳ کیکاوات رسید.", [(3000, "MW")]),
        ("امسال ۵۰۰ مکاوات ساعت برق تولید شد.", [(500, "MWh")]),
    ],
)
def test_round10_figure_forms(text: str, expected: list[tuple[int | float, str]]) -> None:
    assert amounts(text) == expected
