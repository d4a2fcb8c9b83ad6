"""Round 38 (subjects B): lengths of works, team-written sentences (none in the corpus).

- A length in kilometres measures a work laid on the ground: a road right after its unit
  («۲۸ کیلومتر راه روستایی», «۱۲ هزار کیلومتر راه در استان») is construction (dev gold:
  12 of 13 road lengths construction; a railway stays transport); a length after «به طول»
  measures the work named first in its segment («احداث جاده روستای آب ... به طول ۱۲
  کیلومتر»: the road, not the village's «آب»; «خط انتقال آب به طول ...»: water); a money
  label read off the clause («... نیازمند ۱۵۰ میلیارد ریال اعتبار است») is never a length's.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # a road right after the unit: construction, whatever money the clause names
        (
            "مدیر راه شهرستان گفت: بهسازی ۳۴ کیلومتر راه روستایی"
            " نیازمند ۹۰ میلیارد ریال اعتبار است.",
            34,
            "construction",
        ),
        ("در این استان ۸ هزار و ۴۰۰ کیلومتر راه وجود دارد.", 8400, "construction"),
        (
            "تاکنون ۱۶ کیلومتر از جاده‌های روستایی این بخش با اعتبار استانی آسفالت شده است.",
            16,
            "construction",
        ),
        ("امسال ۴۵ کیلومتر بزرگراه با ۲ هزار میلیارد تومان اعتبار ساخته شد.", 45, "construction"),
        # «به طول»: the work named first in the segment, not a place's name after it
        ("عملیات احداث جاده روستای آب‌انجیر به طول ۹ کیلومتر آغاز شد.", 9, "construction"),
        ("عملیات احداث راه ارتباطی روستای سرچشمه آب به طول ۷ کیلومتر آغاز شد.", 7, "construction"),
        # must not fire: a pipe or a line of another sector keeps its sector
        ("احداث خط انتقال آب به طول ۱۴ کیلومتر به پایان رسید.", 14, "water"),
        ("اجرای ۶۵ کیلومتر شبکه توزیع گاز با اعتبار ۱۸ میلیارد تومان آغاز شد.", 65, "energy"),
        # must not fire: a railway is transport
        (
            "طول شبکه ریلی استان ۱۴۰۰ کیلومتر است و ۳۰۰ کیلومتر راه آهن جدید ساخته می‌شود.",
            300,
            "transport",
        ),
        # a length is never money: the sector the clause names
        (
            "برای تکمیل ۲۰ کیلومتر خط انتقال آب ۵۰ میلیارد تومان اعتبار نیاز است.",
            20,
            "water",
        ),
    ],
)
def test_length_of_a_work(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # a loan noun names the plans its recipients right before «به», a giving verb after
        (
            "مدیرکل گفت: این میزان تسهیلات به ۲۳۰ طرح در بخش‌های صنعت و کشاورزی پرداخت شد.",
            230,
            "credit",
        ),
        ("امسال وام به ۳۲۰ طرح کشاورزی استان اعطا شد.", 320, "credit"),
        ("این تسهیلات به ۷۵ طرح گردشگری اختصاص یافته است.", 75, "credit"),
        # plans counted in a sentence naming the loan portal
        (
            "۷۰۰ واحد در سامانه بهین‌یاب ثبت نام کرده‌اند که ۵۱۰ طرح در این سامانه پذیرفته شد.",
            510,
            "credit",
        ),
        ("۱۲۰ طرح از طرح‌های پذیرفته شده در سامانه بهین یاب در حال بررسی است.", 120, "credit"),
        # must not fire: public money to works, a loan noun far before «به», no loan
        ("مدیرکل گفت: به ۱۲۰ طرح عمرانی اعتبار پرداخت شد.", 120, "projects"),
        ("تسهیلات این صندوق، در ۲۱ ماه گذشته به ۵۲۰۰ طرح اقتصادی پرداخت شد.", 5200, "projects"),
        ("استاندار از ۴۰ طرح صنعتی در حال اجرا بازدید کرد.", 40, "projects"),
    ],
)
def test_plans_given_loans_round38(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # vehicles counted are transport (Round 7), also those travellers came in
        ("مسافران نوروزی با ۸۶ هزار وسیله نقلیه به استان سفر کرده‌اند.", 86000, "transport"),
        ("در ایام نوروز ۱۲۰ هزار وسیله نقلیه وارد استان شدند.", 120000, "transport"),
        # must not change: the flow named wins over the carrier, travellers stay tourism
        ("۳۰۰ وسیله نقلیه حامل کالا از مرز صادر شد.", 300, "exports"),
        ("در این مدت ۲ میلیون مسافر به استان سفر کردند.", 2000000, "tourism"),
    ],
)
def test_vehicles_counted(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # waste rock stripped at a mine: mining, not the output the clause names
        (
            "این معدن پارسال ۳ میلیون تن سنگ آهن تولید کرد"
            " و میزان باطله برداری نیز ۱۸ میلیون تن بود.",
            18000000,
            "mining",
        ),
        ("امسال ۲۰۰۰ تن کانسنگ تولید و ۴۰ هزار تن نیز باطله برداشت می‌شود.", 40000, "mining"),
        # must not change: the ore produced keeps production
        ("امسال ۲۰۰۰ تن کانسنگ تولید و ۴۰ هزار تن نیز باطله برداشت می‌شود.", 2000, "production"),
        # land is no capacity: the sector its clause names
        (
            "شهرک مسکونی جدید به مساحت ۳۲۰ هکتار ظرفیت ساخت ۱۵ هزار واحد مسکونی را دارد.",
            320,
            "housing",
        ),
        ("این بندر با ۱۸۰۰ هکتار مساحت، ظرفیت تخلیه ۵۰ میلیون تن کالا را دارد.", 1800, "transport"),
        # must not change: a capacity in tonnes stays a capacity
        (
            "این بندر با ۱۸۰۰ هکتار مساحت، ظرفیت تخلیه ۵۰ میلیون تن کالا را دارد.",
            50000000,
            "capacity",
        ),
    ],
)
def test_waste_and_land(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # the perfect verb with its joiner dropped still says exported
        ("بخشی از این محصولات به ارزش ۵۲ هزار دلار به عراق صادر شدهاند.", 52000, "exports"),
        ("این کالاها به ارزش ۳ میلیون دلار به کشورهای همسایه صادر شدهاست.", 3000000, "exports"),
        # must not change: the same amount bought, not exported
        ("این کالاها به ارزش ۳ میلیون دلار از کشاورزان خریداری شده است.", 3000000, "purchases"),
    ],
)
def test_exported_with_joiner_dropped(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject
