"""Round 27, wave 2 (dev's subject misses): team-written sentences (not corpus text), one row
per variant of each phenomenon, with the near misses each rule must leave alone.

- plans of a jobs scheme (the lead's Round 27 ruling): counted with a loan, funds, money or
  a bank in their sentence they are loan files, credit; with none they count jobs made,
  employment. A plan is of a jobs scheme when a jobs word follows its noun, when its
  sentence names jobs-scheme plans (a breakdown by trade), or when its noun names no
  sector and the text before it named a jobs scheme; plans sent or introduced to a bank
  are loan files in any scheme, unless a verb of their own comes first; plans whose funds
  are still needed, and works of a sector with no jobs scheme named, stay projects;
- the area of industrial estates and zones, land added to them and land in them allotted
  to investors are industrial_parks (the lead's Round 23 ruling), also after a contract
  cue the amount rule dropped; farmland named in another clause keeps its reading;
- power in MW is a capacity (the lead's Round 7 ruling) when a rating word stands before it
  in its clause, with no demand word between the clause's start (or its quote's colon) and
  the number, or when its clause says it was put into service; demand in that stretch
  keeps it electricity.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

SUBJECT_ROWS = [
    # jobs-scheme plans with a loan in their sentence: credit
    (
        "پارسال ۵۳۰ طرح اشتغال روستایی ۹۰ میلیارد تومان تسهیلات بانکی گرفتند.",
        530,
        "credit",
    ),
    (
        "تاکنون ۴۱۰ طرح اشتغال‌زایی با اعتبار ۶۰ میلیارد تومان در استان اجرا شده است.",
        410,
        "credit",
    ),
    # a bare plan after the text named a jobs scheme, with money in its sentence
    (
        "وام طرح‌های اشتغال خانگی در استان پرداخت می‌شود. در این مدت ۶۲۰ طرح به مبلغ "
        "۸۰ میلیارد ریال مصوب شده است.",
        620,
        "credit",
    ),
    # jobs-scheme plans with no loan stated: employment
    ("۹۵ طرح اشتغال خانگی در کمیته فنی شهرستان بررسی شد.", 95, "employment"),
    (
        "امسال ۸۴۰ طرح اشتغال برای مددجویان کمیته امداد ایجاد شده است.",
        840,
        "employment",
    ),
    # a breakdown of jobs-scheme plans by trade, in the same sentence
    (
        "از این تعداد ۳۱۰ طرح اشتغال در رسته خدمات و ۲۷۵ طرح دامپروری بوده است.",
        275,
        "employment",
    ),
    # plans sent or introduced to banks, in any scheme: credit
    ("در این مدت ۳۲۰۰ طرح به ۱۲ بانک عامل ارائه شده است.", 3200, "credit"),
    (
        "شهرستان مریوان ۴۴۰ طرح با ۳۰ میلیارد تومان را به بانک‌های عامل ارسال کرده است.",
        440,
        "credit",
    ),
    # must not fire: a verb of the plans' own before the bank
    (
        "۵۱۰ طرح در کمیته‌ها بررسی شد و ۳۰۰ طرح دیگر به بانک‌ها معرفی شد.",
        510,
        "projects",
    ),
    # must not fire: funds still needed, no loan given yet
    (
        "وام اشتغال روستایی ادامه دارد. در مرحله نخست ۶۴۰ طرح با اعتبار مورد نیاز ۲۰۰ "
        "میلیارد تومان پیش پذیرش شدند.",
        640,
        "projects",
    ),
    # must not fire: works of a sector, no jobs scheme named
    ("امسال ۲۸ طرح عمرانی با اعتبار ۵۰ میلیارد تومان افتتاح شد.", 28, "projects"),
    (
        "تسهیلات اشتغال به متقاضیان پرداخت شد. همچنین ۱۴ طرح صنعتی در شهرک افتتاح شد.",
        14,
        "projects",
    ),
]


ESTATE_LAND_ROWS = [
    ("شهرک صنعتی شماره سه قزوین ۴۲۰ هکتار مساحت دارد.", 420, "industrial_parks"),
    ("امسال ۳۵ هکتار به ناحیه صنعتی شهرستان افزوده می‌شود.", 35, "industrial_parks"),
    (
        "استان ۱۴ شهرک و ناحیه صنعتی به وسعت ۲ هزار و ۳۰۰ هکتار دارد.",
        2300,
        "industrial_parks",
    ),
    # land allotted to investors under contract, in the estates
    (
        "پارسال ۳۱۰ قرارداد واگذاری زمین به مساحت ۹۰ هکتار در نواحی صنعتی منعقد شد.",
        90,
        "industrial_parks",
    ),
    ("احداث شهرک صنعتی جدید با ۶۰ هکتار زمین در دست بررسی است.", 60, "industrial_parks"),
    # must not fire: farmland, with the estate in another sentence
    (
        "شهرک صنعتی شهرستان توسعه یافت. کشت گندم در ۱۸ هزار هکتار انجام شد.",
        18000,
        "cultivation",
    ),
]


POWER_ROWS = [
    (
        "وی با اشاره به رشد مصرف برق گفت: ظرفیت اتصال به شبکه در استان ۵ هزار مگاوات است.",
        5000,
        "capacity",
    ),
    (
        "ظرفیت قابل تولید برق استان تا پایان سال ۳۴۰۰ مگاوات است، در حالی که مصرف کمتر است.",
        3400,
        "capacity",
    ),
    ("تاکنون ۴۵۰ مگاوات از این نیروگاه‌ها وارد مدار شده است.", 450, "capacity"),
    # demand named in the frame before a comma is not the figure's own
    (
        "از زمان بروز کمبود برق، تاکنون ۲۵۰ مگاوات نیروگاه جدید وارد مدار شده است.",
        250,
        "capacity",
    ),
    # must not fire: demand between the rating word and the number, or before the service
    (
        "ظرفیت نیروگاه‌های استان ۲۰۰۰ مگاوات است و مصرف برق به ۱۸۰۰ مگاوات رسید.",
        1800,
        "electricity",
    ),
    ("اوج مصرف برق استان با وجود ظرفیت موجود به ۳۲۰۰ مگاوات رسید.", 3200, "electricity"),
    ("مصرف برق صنایع ۶۰۰ مگاوات است که در مدار شبکه سراسری تامین می‌شود.", 600, "electricity"),
]


@pytest.mark.parametrize(("text", "value", "want"), SUBJECT_ROWS + ESTATE_LAND_ROWS + POWER_ROWS)
def test_round27b_subjects(text: str, value: float, want: str | None) -> None:
    assert _figure(text, value)["subject"] == want
