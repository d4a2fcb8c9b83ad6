"""Figures as real provincial copy writes them (issue 14), on sentences the team wrote in
the styles met in real articles: glued units, person-nights, adjectival volumes, sector
words the cue lists name (water, freight moved, licences, tourism stays), funds that are
the public budget, and lists of one generic noun that share their last item's subject."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record


def figures(text: str) -> list[tuple[float, str, str | None]]:
    return [
        (f["value"], f["unit"], f["subject"]) for f in extract_record(None, None, text)["figures"]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # units written glued or as adjectives
        ("صادرات این محصول ۹ درصدرشد داشت.", [(9, "percent", "exports")]),
        ("اقامت مسافران به ۲ میلیون نفرشب رسید.", [(2000000, "person", "tourism")]),
        (
            "از حجم ۵۰۰ میلیون متر مکعبی این سد ۳۰۰ میلیون متر مکعب پر شده است.",
            [(500000000, "m3", "capacity"), (300000000, "m3", "water")],
        ),
        ("شرکت‌ها ۴ و ۷ درصد از بازار را دارند.", [(4, "percent", None), (7, "percent", None)]),
        ("درآمد استان به میزان 12. 4 درصد رشد داشت.", [(12.4, "percent", "revenue")]),
        ("در سال 85 دستگاه‌های اجرایی ۱۲ دستگاه خودرو خریدند.", [(12, "count", "transport")]),
        ("۴۲۰ مسکن ملی در این شهر ساخته شد.", [(420, "count", "housing")]),
        ("در این بندر ۳ هزار و ۲۰۰teu کانتینر تخلیه شد.", [(3200, "count", "trade")]),
        (
            "۱۲۰ میلیارد ریال به کشاورزان پرداخت شد. در بخش دام نیز ۴۵ میلیارد به دامداران رسید.",
            [(120000000000, "IRR", None), (45000000000, "IRR", "livestock")],
        ),
        ("۱۸ میلیارد از این محل به ۳۰ نفر رسید.", [(30, "person", None)]),
        # sectors the cue lists name
        (
            "حجم آب ذخیره شده در مخازن سدهای شهرستان ۲۱۰ میلیون مترمکعب است.",
            [(210000000, "m3", "water")],
        ),
        ("بارندگی امسال ۲۵ درصد کاهش یافت.", [(25, "percent", "water")]),
        ("۳۵۰ هزار تن کالا با ناوگان جاده‌ای جابجایی شد.", [(350000, "ton", "transport")]),
        ("در این مدت ۴۲ فقره مجوز تاسیس صادر شد.", [(42, "count", "licences")]),
        ("۱۲ سد در استان فعال است.", [(12, "count", "water")]),
        ("۶۵ سازه آبخیزداری در استان ساخته شد.", [(65, "count", "water")]),
        ("بکارگیری ۳۱۰ نفر در این کارخانه انجام شد.", [(310, "person", "employment")]),
        ("۱۸ هزار نفر از موزه‌های شهر بازدید کردند.", [(18000, "person", "tourism")]),
        ("۹۰۰ هزار نفر در تعطیلات وارد استان شدند.", [(900000, "person", "tourism")]),
        ("تسهیلات سرمایه در گردش ۴۵ میلیارد ریال پرداخت شد.", [(45000000000, "IRR", "credit")]),
        # funds of the public budget, and funds lent
        (
            "اعتبارات تملک دارایی های سرمایه ای شهرستان ۸۰ میلیارد تومان است.",
            [(80000000000, "IRT", "budget")],
        ),
        ("۵۰ میلیارد ریال اعتبار برای آبرسانی روستاها ابلاغ شد.", [(50000000000, "IRR", "budget")]),
        (
            "۵۰ میلیارد ریال اعتبار تبصره ۱۸ به متقاضیان پرداخت شد.",
            [(50000000000, "IRR", "credit")],
        ),
        # prices
        ("نرخ هر کیلو گوشت گوسفندی ۶۵۰ هزار ریال اعلام شد.", [(650000, "IRR", "price")]),
        ("جو هر کیلوگرم به قیمت ۸ هزار تومان خریداری می‌شود.", [(8000, "IRT", "price")]),
        # a list of one generic noun shares the subject its last item names
        (
            "در شهر الف ۲۳۰ مورد، شهر ب ۱۴۰ مورد و شهر ج ۹۰ مورد شغل ایجاد شد.",
            [
                (230, "count", "employment"),
                (140, "count", "employment"),
                (90, "count", "employment"),
            ],
        ),
        (
            "برای ۹۰۰ واحد مسکن ملی زمین تامین شد."
            " شهرهای الف با ۳۰۰ واحد، ب ۲۵۰ واحد و ج ۱۲۰ واحد.",
            [
                (900, "count", "housing"),
                (300, "count", "housing"),
                (250, "count", "housing"),
                (120, "count", "housing"),
            ],
        ),
        (
            "۸ واحد نیروگاه خورشیدی افتتاح شد و ۱۲ واحد دو مگاواتی دیگر در حال نصب است.",
            [(8, "count", "electricity"), (12, "count", "electricity"), (2, "MW", "capacity")],
        ),
        (
            "مجموع سرمایه‌گذاری معادن ۶۸۰ میلیارد ریال با اشتغال ۹۰۰ نفر اعلام شد.",
            [(680000000000, "IRR", "investment"), (900, "person", "employment")],
        ),
        ("در این مدت ۵۲ فقره تذکر به واحدهای صنفی داده شد.", []),
    ],
)
def test_real_copy_figure(text: str, want: list[tuple[float, str, str | None]]) -> None:
    assert figures(text) == want
