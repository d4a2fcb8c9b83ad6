"""Round 28 (heldout25 first run): figure values, units and kinds, on team-written sentences.

Values and units:
- countries counted as destinations when the flow verb comes after a list of example countries
  («به ۸۰ کشور جهان نظیر آلمان، ... صادر می‌شود»); a meeting with the countries' officials
  whose clause has its own verb before an export word stays no figure;
- breakwaters counted («۶ موج شکن») are port facilities: a count below the open-count minimum;
- farming and housing sites counted («۷ سایت پرورش میگو», «۱۵ سایت نهضت ملی مسکن») are a
  count; news and web sites («سه سایت خبری») and executive bodies («۱۲ دستگاه اجرایی») are not;
- «میلون» is the everyday misspelling of «میلیون», glued or not («80میلون دلار»);
- a small percentage of oil revenue right after a budget word names the levy's budget line
  («اعتبار ردیف سه درصد نفت و گاز»): no figure; a share of the oil a province produces stays.

Kinds:
- a premise («با راه‌اندازی ...») whose amount has its own past verb after a list of places
  is actual; with a present or future verb it stays a forecast;
- a purpose phrase («با هدف حمایت ...») followed by «تا امروز» reports what is done so far;
- an amount before «عملکرد ... تعهد» is the performance, not the commitment;
- «... بوده و چند درخواست دیگر در دست بررسی است»: the progressive belongs to the next clause.
"""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from tests.extraction.probes import values_units as _figures


def _kinds(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


_COUNTRIES = (
    "آلمان، ایتالیا، کانادا، ژاپن، ترکیه، اسپانیا، لبنان، انگلیس، چین، مکزیک، عربستان، سوریه،"
    " ترکمنستان، اردن، عراق، روسیه"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # destinations after a list of examples
        (
            f"گلیم استان به ۸۰کشور جهان نظیر {_COUNTRIES} و کشورهای حاشیه خلیج فارس صادر می‌شود.",
            [(80, "count")],
        ),
        (f"محصولات این کارخانه به ۲۵ کشور از جمله {_COUNTRIES} صادر شده است.", [(25, "count")]),
        (f"استاندار با سفیران ۳۰ کشور مانند {_COUNTRIES} دیدار کرد و درباره صادرات گفتگو کرد.", []),
        # breakwaters
        (
            "این شهرستان با ۱۴ بندر صیادی، ۶ موج شکن و ۹ مرکز تخلیه صید خدمات می‌دهد.",
            [(14, "count"), (6, "count"), (9, "count")],
        ),
        ("ساخت ۳ موجشکن در بنادر استان آغاز شد.", [(3, "count")]),
        # sites
        (
            "شیلات استان از ۷ سایت پرورش میگو با ظرفیت ۸ هزار تن برخوردار است.",
            [(7, "count"), (8000, "ton")],
        ),
        ("آماده‌سازی ۱۵ سایت نهضت ملی مسکن در استان انجام شد.", [(15, "count")]),
        ("این گزارش در سه سایت خبری منتشر شد.", []),
        ("آگهی مزایده در ۴ سایت اینترنتی منتشر شد.", []),
        ("همکاری ۱۲ دستگاه اجرایی استان در این طرح ضروری است.", []),
        ("امسال ۲۰ دستگاه اتوبوس برای ناوگان خریداری شد.", [(20, "count")]),
        # a misspelt million
        ("ارزآوری صادرات میگو بیش از 80میلون دلار بود.", [(80000000, "USD")]),
        ("برای این طرح ۲۵ میلون دلار سرمایه‌گذاری شد.", [(25000000, "USD")]),
        # the name of a budget line
        ("اعتبار ردیف سه درصد نفت و گاز امسال ۴۰۰ میلیارد تومان است.", [(400000000000, "IRT")]),
        ("اعتبارات ۲ درصد نفت و گاز به استان ابلاغ شد.", []),
        ("این استان ۳ درصد نفت کشور را تولید می‌کند.", [(3, "percent")]),
        ("اعتبارات عمرانی ۳ درصد افزایش یافت.", [(3, "percent")]),
    ],
)
def test_round28_figures(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want


_TOWNS = "در شهرستان‌های شازند، خمین، آشتیان، کمیجان و فراهان"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a premise with its own past verb after a list of places
        (
            f"با راه‌اندازی این کارخانه‌ها زمینه اشتغال ۴۲۰ نفر {_TOWNS} فراهم شده است.",
            [(420, "actual")],
        ),
        (f"با راه‌اندازی این کارخانه‌ها برای ۴۲۰ نفر {_TOWNS} شغل ایجاد شد.", [(420, "actual")]),
        (f"با راه‌اندازی این کارخانه‌ها برای ۴۲۰ نفر {_TOWNS} شغل ایجاد می‌شود.", [(420, "forecast")]),
        (
            f"در صورت تکمیل این سد ۶ میلیون مترمکعب آب {_TOWNS} تامین می‌شود.",
            [(6000000, "forecast")],
        ),
        # a purpose phrase and then what is done so far
        (
            "با هدف حمایت از کشاورزان و بازار از آغاز مهر تا امروز در ۱۲ مرکز خرید ۷۳۰ تن"
            " سیب زمینی خریداری شده است.",
            [(12, "actual"), (730, "actual")],
        ),
        ("هدف ما خرید ۷۳۰ تن سیب زمینی از کشاورزان است.", [(730, "target")]),
        # the performance measured against a commitment
        (
            "پارسال با ایجاد ۱۲ هزار شغل، عملکرد استان در تحقق تعهد اشتغال به ۱۰۵ درصد رسید.",
            [(12000, "actual"), (105, "share")],
        ),
        ("امسال ایجاد ۱۲ هزار شغل تعهد استان است.", [(12000, "target")]),
        # a progressive in the next clause
        (
            "این نیروگاه‌ها شامل ۴ نیروگاه ۲۰ کیلوواتی و ۹ نیروگاه ۵ کیلوواتی بوده و چند درخواست"
            " دیگر در دست بررسی است.",
            [(4, "actual"), (20, "actual"), (9, "actual"), (5, "actual")],
        ),
        ("۳ هزار واحد مسکونی در دست ساخت است.", [(3000, None)]),
    ],
)
def test_round28_kinds(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want
