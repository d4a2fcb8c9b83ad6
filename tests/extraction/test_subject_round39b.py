"""Round 39 (subjects B): flows of goods read from their own verb, team-written sentences.

- Goods (or their value) in a statement of their own whose first verb after the number says
  which way they crossed («... تن کالا ... وارد کشور شده است») crossed that way, though an
  earlier statement of the clause («کالای صادر شده ... بوده است، همچنین ...») or the
  speaker's topic («با اشاره به صادرات ... گفت») named the other flow (dev gold: goods with
  «وارد کشور/استان شده» after them are imports 23 of 23).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # an earlier statement named exports; the goods' own verb says they came in
        (
            "مدیرکل گمرک گفت: وزن کالای صادر شده ۴ میلیون تن بوده است، همچنین در این مدت"
            " ۲ میلیون و ۳۰۰ هزار تن کالا به ارزش ۹۰۰ میلیون دلار از مرزهای استان وارد"
            " کشور شده است.",
            2300000,
            "imports",
        ),
        # the speaker's topic named exports
        (
            "وی با اشاره به صادرات استان گفت: در شش ماه امسال ۷۰۰ هزار تن کالا از گمرکات"
            " استان وارد کشور شد.",
            700000,
            "imports",
        ),
        # the other way round: imports before, goods going out after
        (
            "رئیس گمرک گفت: واردات استان ۳ میلیون تن بوده است، در همین مدت ۵۰۰ هزار تن"
            " کالا به عراق صادر شده است.",
            500000,
            "exports",
        ),
        # must not fire: the number's own segment names its flow
        (
            "مدیرکل گمرک گفت: کالای وارد شده ۲ میلیون تن بوده است، همچنین صادرات استان"
            " ۸۰۰ هزار تن کالا بود که از مرز وارد عراق شد.",
            800000,
            "exports",
        ),
        # must not fire: the flow verb is not the first verb after the number (made,
        # then partly brought in: not imports)
        (
            "مدیرکل گمرک با اشاره به صادرات گفت: ۹۰۰ هزار تن کالا تولید شده است که بخشی"
            " از آن وارد کشور شد.",
            900000,
            "production",
        ),
        # the same flow: nothing to change
        (
            "وی با اشاره به واردات گفت: ۶۰ هزار تن کالا از گمرک استان وارد کشور شد.",
            60000,
            "imports",
        ),
    ],
)
def test_goods_cross_by_their_own_verb(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # processing announced as a noun right before the amount: output, production
        (
            "مدیرکل صنعت از فرآوری ۳ میلیون مترمربع سنگ ساختمانی در استان خبر داد.",
            3000000,
            "production",
        ),
        ("معاون استاندار از فراوری ۲۰۰ هزار تن انواع سنگ تزئینی خبر داد.", 200000, "production"),
        # must not fire: processed goods exported stay exports
        (
            "در این مدت ۴۰۰ تن خرمای فرآوری‌شده به ۱۲ کشور صادر شده است.",
            400,
            "exports",
        ),
        # must not fire: a processing plant counted keeps its establishment label
        ("در استان ۱۸ واحد فرآوری سنگ فعالیت می‌کند.", 18, "production_units"),
    ],
)
def test_amount_processed_is_production(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # stone-cutting units process quarried stone: production units
        ("هم اکنون ۳۲۰ واحد سنگ بری در استان فعالیت می‌کند.", 320, "production_units"),
        ("تعداد ۴۵ واحد سنگبری فعال در شهرستان وجود دارد.", 45, "production_units"),
        # rice mills husk paddy: production units
        ("استان دارای ۹۰۰ واحد شالیکوبی است.", 900, "production_units"),
        ("در شهرستان ۱۲۰ واحد برنج کوبی فعال است.", 120, "production_units"),
        # must not fire: a mine counted keeps mining units
        ("در استان ۶۰ واحد معدنی سنگ ساختمانی فعال است.", 60, "mining_units"),
    ],
)
def test_stone_cutting_units(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # a plant being built: its progress is manufacturing works
        ("کارخانه سیمان شهرستان ۵۵ درصد پیشرفت فیزیکی دارد.", 55, "manufacturing"),
        ("پیشرفت فیزیکی کارخانه فولاد در دست ساخت به ۷۲ درصد رسیده است.", 72, "manufacturing"),
        # must not fire: a dam or homes keep their works sector, a port is construction
        ("سد شهرستان ۴۰ درصد پیشرفت فیزیکی دارد.", 40, "water"),
        ("واحدهای مسکن ملی شهر ۶۰ درصد پیشرفت فیزیکی دارند.", 60, "housing"),
        ("اسکله جدید بندر ۸۰ درصد پیشرفت فیزیکی دارد.", 80, "construction"),
    ],
)
def test_progress_of_a_plant(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # items of goods that reached the world's or foreign markets: exports
        (
            "این کالاها متنوع هستند و در مجموع ۴۵ نوع محصول به بازارهای جهانی راه یافته‌اند.",
            45,
            "exports",
        ),
        ("امسال ۱۲۰ قلم کالای استان به بازارهای خارجی راه یافت.", 120, "exports"),
        # must not fire: items made keep production
        ("در این واحدها ۹۰۰ نوع کالا تولید می‌شود.", 900, "production"),
    ],
)
def test_items_reaching_world_markets(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # foreign carriage (the customs term for goods carried across): transit
        (
            "مدیرکل گمرک گفت: میزان حمل و نقل خارجی ورودی در این مدت ۴۰ هزار تن کالا بوده است.",
            40000,
            "transit",
        ),
        (
            "میزان حمل ونقل خارجی خروجی در سه ماه گذشته ۱۲ هزار تن کالا به ارزش ۳۰ میلیون"
            " دلار بود.",
            12000,
            "transit",
        ),
        # must not fire: carriage in the province stays transport
        (
            "در این مدت ۵۰۰ هزار تن کالا توسط ناوگان حمل و نقل جاده‌ای استان جابجا شد.",
            500000,
            "transport",
        ),
    ],
)
def test_foreign_carriage_is_transit(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # land set aside to build a plant: the plant's sector, not farmland
        (
            "فرماندار مساحت پیش‌بینی شده برای احداث کارخانه سیمان را ۸۰ هکتار عنوان کرد.",
            80,
            "manufacturing",
        ),
        (
            "مدیرکل گفت: ۴۰۰ هکتار زمین جهت احداث واحدهای مسکونی در نظر گرفته شده است.",
            400,
            "housing",
        ),
        # must not fire: land for an industrial estate is the estate's
        (
            "برای ساماندهی کارگاه‌ها ۳۰ هکتار زمین برای ایجاد شهرک تخصصی فرش در نظر گرفته شد.",
            30,
            "industrial_parks",
        ),
        # must not fire: farmland with no purpose stays cultivation
        ("امسال ۱۲ هزار هکتار از اراضی استان زیر کشت گندم رفت.", 12000, "cultivation"),
    ],
)
def test_land_set_aside_takes_its_purpose(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject
