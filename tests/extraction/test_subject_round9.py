"""Subjects, round 9, on sentences the team wrote: the commodity decides a well or a
pipeline (oil and gas are not water), establishments are counted by sector (mines,
refineries, complexes, purchase centres; «تعداد معادن» names a generic count or a
multiple), the flow named beats the trucks named as its means, passengers of a named
means of travel are transport, money paid or sent through banks is credit, members of
cooperatives are cooperatives, container operations are trade, funds of the current
budget are the budget."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record


def subjects(text: str) -> list[tuple[float, str, str | None]]:
    return [
        (f["value"], f["unit"], f["subject"]) for f in extract_record(None, None, text)["figures"]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # oil drawn from a well: production, not water
        (
            "وی گفت: برداشت از چاه نفت شماره ۳ روزانه ۲۰ هزار لیتر است.",
            (20000, "litre", "production"),
        ),
        # barrels say oil though no oil word is named
        (
            "تولید این میدان با حفاری چاه‌های تازه به ۸۰ هزار بشکه در روز رسید.",
            (80000, "barrel", "production"),
        ),
        # gas wells and subsea pipelines counted: energy
        ("این منطقه ۲۱۰ حلقه چاه و ۱۲ پالایشگاه گاز دارد.", (210, "count", "energy")),
        (
            "در این میدان ۱۸۰۰ کیلومتر خطوط لوله دریایی و ۴۰ حلقه چاه گاز فعال است.",
            (1800, "km", "energy"),
        ),
        # a water well stays water, even near an oil word in another sentence
        (
            "وی گفت: ۱۲۰۰ حلقه چاه غیرمجاز در دشت پر شد. صنعت نفت هم کمک کرد.",
            (1200, "count", "water"),
        ),
        ("برای آبرسانی به روستاها ۳۰ حلقه چاه کنار خط لوله گاز حفر شد.", (30, "count", "water")),
    ],
)
def test_commodity_decides_wells_and_pipelines(text: str, want: tuple) -> None:
    assert want in subjects(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("تعداد معادن استان به ۷۲۰ مورد رسیده است.", (720, "count", "mining_units")),
        ("در استان ۵۱۰ معدن وجود دارد که ۴۰۰ فقره آن فعال است.", (400, "count", "mining_units")),
        ("آمارها رشد ۳ برابری تعداد معادن استان را نشان می‌دهد.", (3, "times", "mining_units")),
        ("تعداد واحدهای صنعتی فعال به ۹۰۰ واحد رسید.", (900, "count", "industrial_units")),
        ("تعداد کارخانجات استان به ۱۵۰ مورد رسید.", (150, "count", "production_units")),
        ("در این منطقه ۱۹ پالایشگاه فعال است.", (19, "count", "production_units")),
        ("وی از فعالیت ۱۴ مجتمع پتروشیمی خبر داد.", (14, "count", "production_units")),
        ("امسال ۵۲ مرکز خرید برای خرید گندم کشاورزان فعال شد.", (52, "count", "purchases")),
    ],
)
def test_establishments_by_sector(text: str, want: tuple) -> None:
    assert want in subjects(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the flow named wins over the trucks named as its means
        (
            "وی گفت: ۲۱۰ هزار تن کالا بوسیله ۹ هزار دستگاه کامیون از پایانه مرزی صادر شد.",
            (9000, "count", "exports"),
        ),
        (
            "امسال ۹۰ هزار تن کالا توسط ۴ هزار کامیون خارجی ترانزیت شده است.",
            (4000, "count", "transit"),
        ),
        # goods of several flows carried by wagons: transport
        (
            "۵۰۰ تن محموله ترانزیتی، ۳۰۰ تن صادراتی و ۲۰۰ تن وارداتی بوسیله ۷۰ دستگاه واگن حمل شد.",
            (70, "count", "transport"),
        ),
        # loading with no flow: transport
        (
            "همچنین ۸۰ هزار تن کالا توسط ۳ هزار کامیون در مرز بارگیری شد.",
            (3000, "count", "transport"),
        ),
    ],
)
def test_flow_named_beats_the_means(text: str, want: tuple) -> None:
    assert want in subjects(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "سالانه ۹ میلیون نفر معادل ۳۰ درصد مسافران شبکه ریلی کشور جابجا می‌شوند.",
            (9000000, "person", "transport"),
        ),
        (
            "سالانه ۹ میلیون نفر معادل ۳۰ درصد مسافران شبکه ریلی کشور جابجا می‌شوند.",
            (30, "percent", "transport"),
        ),
        (
            "دو کاروان با مجموع ظرفیت ۸۰ نفر با قطار مشهد- تهران اعزام می‌شوند.",
            (80, "person", "transport"),
        ),
        # a hotel's capacity in persons stays capacity
        ("این هتل با ظرفیت ۲۰۰ نفر افتتاح شد.", (200, "person", "capacity")),
        # travellers who came to the city, named before the number: tourism
        (
            "مسافر خارجی که امسال به مشهد آمده در فرودگاه ۵۰۰ هزار نفر بوده است.",
            (500000, "person", "tourism"),
        ),
    ],
)
def test_passengers_of_a_means_of_travel(text: str, want: tuple) -> None:
    assert want in subjects(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "برای اجرای این طرح‌ها ۹۰ میلیارد تومان از طریق بانک‌های عامل پرداخت شده "
            "که زمینه اشتغال ۲ هزار نفر را فراهم کرد.",
            (90000000000, "IRT", "credit"),
        ),
        (
            "شهرستان سقز ۴۰۰ طرح با ۶۰ میلیارد تومان و ایجاد ۹۰۰ فرصت شغلی "
            "را به بانک‌های عامل ارسال کرده است.",
            (60000000000, "IRT", "credit"),
        ),
        ("بیش از ۸۰۰ هزار نفر عضو تعاونی‌های استان هستند.", (800000, "person", "cooperatives")),
        (
            "وی گفت: ۷۰ درصد از عملیات کانتینری کشور در این بندر انجام می‌شود.",
            (70, "percent", "trade"),
        ),
        (
            "وی با بیان اینکه ۵۰۰ میلیارد تومان از منابع جاری برای تکمیل این پروژه‌ها "
            "هزینه شده، گفت: کار ادامه دارد.",
            (500000000000, "IRT", "budget"),
        ),
    ],
)
def test_money_persons_and_ports(text: str, want: tuple) -> None:
    assert want in subjects(text)
