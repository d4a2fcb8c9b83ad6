"""Round 39 (subject helper A: land by its purpose, money of a sector): team-written
sentences (not corpus text), one row per variant, with the near misses the rules must leave
alone.

- hectares set aside for building something («برای احداث/ساخت/ایجاد ...») take the sector of
  what is built, not the farmland default (figures/defaults.py 'land_for_its_purpose'; the
  lead's Round 23 ruling on land by its purpose; dev gold: 13 of 13 such hectares, none
  cultivation). Land with no such phrase, or a phrase naming no sector, stays farmland.
- an amount whose unit is followed by «دیگر» and nothing naming it is more of what the
  latest amount in the same unit (this sentence or the one before) measured
  (figures/defaults.py 'more_of_the_same'; dev gold 20 of 23).
- persons in a sentence naming passengers moved («جابجایی مسافران», «مسافران جابه‌جا شده»)
  are a carrier's traffic: transport (figures/defaults.py 'passengers_moved_are_transport';
  the lead's Round 27 ruling; dev gold 13 of 14), also when a travel verb follows.
- travellers counted by direction before the number («مسافران ورودی/خروجی») are arrivals
  and departures: tourism, not a border terminal's or an airport's traffic
  (figures/defaults.py '_counted_by_direction'; dev gold 3 of 3).
- funds read as a budget («اعتبار») in a clause that names a firm's plant (a factory, a
  production or industrial unit) opened, set up or spent on are the investment in it
  (figures/defaults.py 'funds_of_a_firms_plant'; the lead's Round 24 ruling; dev gold 3 of
  3); a utility's supply work to the plants, funds paid, lent or still needed keep theirs.
- persons with no subject (or a project's cue) in a sentence that names a utility's
  supply work («گازرسانی», «آبرسانی») are the people it serves: that utility
  (figures/defaults.py 'persons_of_a_supply_work'; dev gold 10 of 10), also when the page
  cuts the sentence before its verb; persons at work there stay employment.
- money a clause pays or deposits to growers («به حساب گندمکاران واریز شد», «به گندم کاران
  پرداخت شده») is the purchase paid for their crop: purchases (figures/defaults.py
  'money_paid_to_growers'; dev gold 31 of 36 money figures in a sentence naming growers and
  a payment, the rest a price per unit, a loan or an insurance premium). Farmers in general
  count only in a sentence that speaks of buying; a price per unit, a loan, an insurance
  premium or damages paid to farmers are no purchase.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

ROWS = [
    # land set aside for building something: the sector of what is built
    ("مساحت پیش‌بینی‌شده برای احداث کارخانه فولاد را ۸۰ هکتار اعلام کرد.", 80, "manufacturing"),
    ("۴۵ هکتار زمین جهت ساخت کارخانه قند در نظر گرفته شده است.", 45, "manufacturing"),
    ("۱۲۰ هکتار زمین برای ایجاد مرکز لجستیک ریلی آماده شده است.", 120, "transport"),
    ("تاکنون ۹ هکتار زمین به منظور احداث مسکن محرومان واگذار شد.", 9, "housing"),
    ("۲۱۰ هکتار زمین برای احداث نیروگاه خورشیدی آماده است.", 210, "electricity"),
    # near misses: farmland, and a purpose that names no sector
    ("سطح زیر کشت گندم امسال ۳۰۰ هکتار است.", 300, "cultivation"),
    ("۲۵ هکتار زمین برای احداث آن در نظر گرفته شد.", 25, "cultivation"),
    ("۳۰ هکتار زمین برای ایجاد شهرک تخصصی فرش در نظر گرفته شد.", 30, "industrial_parks"),
    # more of the same: «N unit دیگر» with nothing naming it takes the latest amount's subject
    (
        "۱۲۰ هکتار زمین برای احداث نیروگاه خورشیدی آماده است. همچنین ۴۰ هکتار دیگر در دست"
        " بررسی است.",
        40,
        "electricity",
    ),
    (
        "۸۰۰ هزار تن سنگ آهن صادر شد و ۲۰۰ هزار تن دیگر در بندر در انتظار بارگیری است.",
        200000,
        "exports",
    ),
    # near misses: the words after «دیگر» name it, or no earlier amount in that unit
    ("۲ هزار تن گندم خریداری شد و ۵۰۰ تن دیگر جو در انبارها ذخیره است.", 500, "reserves"),
    ("۶۰ هکتار دیگر در مراحل استعلام قرار دارد.", 60, "cultivation"),
    # passengers moved are a carrier's traffic
    ("مجموع مسافران جابه‌جا شده به جزیره کیش ۸۰۰ هزار نفر بوده است.", 800000, "transport"),
    (
        "وی با بیان اینکه جابجایی مسافران افزایش یافته، گفت: ۴۵ هزار نفر در پروازهای داخلی"
        " سفر کردند.",
        45000,
        "transport",
    ),
    ("آمار جابجایی مسافر در بنادر استان ۹۰ هزار نفر گزارش شد.", 90000, "transport"),
    # near misses: travellers with no carrier moving them, drivers who move goods
    ("در نوروز ۴۰۰ هزار نفر به استان سفر کردند.", 400000, "tourism"),
    ("۹ هزار راننده در جابجایی کالا فعال هستند.", 9000, "employment"),
    # travellers counted by direction at borders and an airport are arrivals: tourism
    (
        "تعداد مسافران ورودی از مرزهای استان و فرودگاه ۶۰۰ هزار نفر و مسافران خروجی نیز"
        " ۵۵۰ هزار نفر بوده است.",
        600000,
        "tourism",
    ),
    # near miss: the traffic of passengers through a border terminal stays transport
    ("میانگین تردد روزانه مسافر از این مرز ۲۱۰۰ نفر بوده است.", 2100, "transport"),
    # funds read as a budget that built or opened a firm's plant: the investment in it
    (
        "تاکنون ۲۵۰ میلیارد ریال اعتبار برای اجرای این کارخانه هزینه شده است.",
        250e9,
        "investment",
    ),
    (
        "۱۴ واحد تولیدی امسال با ۹۰۰ میلیارد ریال اعتبار به بهره برداری رسید.",
        900e9,
        "investment",
    ),
    # near misses: a supply work to the plants, funds paid to them, funds still needed
    (
        "پروژه گازرسانی به ۲۰ واحد تولیدی با اعتباری بالغ بر ۳۰ میلیارد ریال به بهره برداری رسید.",
        30e9,
        "budget",
    ),
    (
        "تکمیل ۸ واحد تولیدی نیمه تمام نیازمند ۲۰۰ میلیارد ریال اعتبار است.",
        200e9,
        "credit",
    ),
    # persons in a sentence naming a utility's supply work: the people it serves
    (
        "با بهره برداری از پروژه گازرسانی این بخش ۹ هزار و ۳۰۰ نفر شامل ۲ هزار خانوار",
        9300,
        "energy",
    ),
    (
        "در طرح آبرسانی به این روستاها جمعیتی که بهره‌مند خواهند شد ۴ هزار و ۲۰۰ نفر است.",
        4200,
        "water",
    ),
    # near miss: persons at work on the project
    ("در پروژه آبرسانی به این شهر ۸۰ نفر مشغول به کار هستند.", 80, "employment"),
    # money paid to growers
    ("مدیرکل غله از واریز ۹۰۰ میلیارد تومان به حساب گندمکاران استان خبر داد.", 900e9, "purchases"),
    ("تاکنون ۲ هزار میلیارد ریال به گندم کاران استان پرداخت شده است.", 2000e9, "purchases"),
    ("پرداخت ۷۵۰ میلیارد تومان به چغندرکاران استان", 750e9, "purchases"),
    ("۴۰ میلیارد تومان به حساب شالی کاران گیلان واریز شد.", 40e9, "purchases"),
    # near misses: a price per unit, a loan, an insurance claim paid to farmers
    ("برای خرید هر کیلوگرم گندم ۲۲ هزار تومان به کشاورزان پرداخت می‌شود.", 22000, "price"),
    ("۳۰۰ میلیارد ریال تسهیلات به کشاورزان استان پرداخت شد.", 300e9, "credit"),
    ("۱۲۰ میلیارد ریال به کشاورزان استان پرداخت شد.", 120e9, None),
]

NOT_PURCHASES = [
    ("۸۰ میلیارد ریال غرامت بیمه به کشاورزان خسارت‌دیده پرداخت شد.", 80e9),
]


@pytest.mark.parametrize(("text", "value", "subject"), ROWS)
def test_subject(text: str, value: float, subject: str | None) -> None:
    assert _figure(text, value).get("subject") == subject


@pytest.mark.parametrize(("text", "value"), NOT_PURCHASES)
def test_not_purchases(text: str, value: float) -> None:
    assert _figure(text, value).get("subject") != "purchases"
