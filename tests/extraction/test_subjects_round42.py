"""Round 42 subjects: (1) hectares whose own noun, right after the unit, is land named as
farmland («... هکتار از زمین‌های کشاورزی», «... هکتار اراضی زراعی») are cultivation, though a
dam or a water work named before the number gave them water; land set aside for building
and land not named as farmland keep their reading. Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("با آبگیری این سد ۶۲۰۰ هکتار از زمین‌های کشاورزی دشت آبی می‌شود.", 6200, "cultivation"),
        ("سد آب ۳۸۰۰ هکتار از زمین های کشاورزی پایین دست را تامین می‌کند.", 3800, "cultivation"),
        ("با انتقال آب از چاه‌ها ۱۲ هزار هکتار اراضی زراعی روستاها سیراب شد.", 12000, "cultivation"),
        ("آب رودخانه به ۹۰۰ هکتار از اراضی شالیزاری منطقه رسید.", 900, "cultivation"),
        # must NOT fire: land set aside for building keeps its purpose
        ("۷۵ هکتار زمین برای احداث نیروگاه خورشیدی واگذار شد.", 75, "electricity"),
        # must NOT fire: land of an industrial estate
        ("شهرک صنعتی تازه ۳۰۰ هکتار اراضی صنعتی دارد.", 300, "industrial_parks"),
    ],
)
def test_farmland_named_after_hectares(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("تعداد روستاهای گازدار شهرستان به ۲۱۰ روستا رسیده است.", 210, "energy"),
        ("شمار روستاهای برقدار منطقه اکنون ۸۵ روستا است.", 85, "electricity"),
        # the spaced form read the same before
        ("تعداد روستاهای گاز دار شهرستان به ۲۱۰ روستا رسیده است.", 210, "energy"),
    ],
)
def test_villages_with_a_utility_adjective(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "امسال با اجرای طرح‌های گازرسانی ۵ هزار مشترک خانگی و ۲۱۰ مشترک صنعتی اضافه شد.",
            210,
            "energy",
        ),
        ("با توسعه شبکه برق‌رسانی ۴۵۰ مشترک صنعتی به شبکه وصل شدند.", 450, "electricity"),
        ("در طرح آبرسانی روستایی ۹۰۰ انشعاب صنعتی نصب شد.", 900, "water"),
    ],
)
def test_subscribers_take_the_utility(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "مدیرکل غله و خدمات بازرگانی استان گفت: تاکنون مبلغ ۲ هزار میلیارد تومان به"
            " ۸۵ درصد از گندمکاران استان پرداخت شده است.",
            85,
            "purchases",
        ),
        ("مدیرکل غله و خدمات بازرگانی گفت: ۶۰ درصد از پول چایکاران واریز شد.", 60, "purchases"),
    ],
)
def test_share_paid_to_growers(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_insurance_share_paid_to_farmers_is_no_purchase() -> None:
    # must NOT fire: insurance paid to farmers is no purchase
    text = "تاکنون ۷۰ درصد از خسارت بیمه کشاورزان پرداخت شده است."
    assert figure_of(text, 70)["subject"] != "purchases"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "وی گفت: تعداد واحدهای دارای پروانه بهره برداری فرآوری و بسته بندی زعفران"
            " در استان ۱۲۱ واحد است.",
            121,
            "production_units",
        ),
        ("تعداد واحدهای دارای پروانه بسته‌بندی خرما در استان ۴۳ واحد است.", 43, "production_units"),
        # must NOT fire: a status with no qualifier after it names no units
        ("تعداد واحدهای دارای پروانه استان ۸۰ واحد است.", 80, None),
    ],
)
def test_units_with_a_licence_status(text: str, value: float, want: str | None) -> None:
    got = figure_of(text, value)["subject"]
    if want is None:
        assert got != "production_units"
    else:
        assert got == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "این تسهیلات به ۳۸ واحد تولیدی صنعتی و چهار واحد تولیدی کشاورزی پرداخت شد.",
            4,
            "agricultural_units",
        ),
        ("وزارت صنعت اعلام کرد ۲۵ واحد تولیدی کشاورزی وام گرفتند.", 25, "agricultural_units"),
        ("امسال ۶۰ واحد تولیدی صنعتی در استان راه اندازی شد.", 60, "industrial_units"),
        # must NOT fire: the general qualifier alone, in an industrial estate
        ("۱۲ واحد تولیدی در شهرک صنعتی افتتاح شد.", 12, "industrial_units"),
        # must NOT fire: two sectors coordinated stay production units in general
        ("۱۲ واحد تولیدی صنعتی و کشاورزی افتتاح شد.", 12, "production_units"),
    ],
)
def test_production_units_narrowed_by_a_sector(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "طی سال گذشته در مجموع ۴ میلیون تن کالا و بار در استان جابه‌جاشده بود.",
            4000000,
            "transport",
        ),
        ("امسال ۳۰۰ هزار تن کالا در استان جابجاشد.", 300000, "transport"),
        # must NOT fire: goods moved and exchanged at a border stay trade
        ("امسال ۵۰۰ هزار تن کالا از مرز جا به جا و مبادله شده است.", 500000, "trade"),
    ],
)
def test_goods_moved_with_a_glued_participle(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "معاون استانداری گفت: ۹۵۰ واحد صنعتی و کشاورزی استان امسال متقاضی دریافت"
            " تسهیلات رونق تولید هستند.",
            950,
            "credit",
        ),
        ("۴۰ واحد صنعتی متقاضیان وام بانکی هستند.", 40, "credit"),
        # must NOT fire: units that got the loan keep their label; the applicants come later
        ("۴۰ واحد صنعتی تسهیلات دریافت کردند و متقاضی وام جدید شدند.", 40, "industrial_units"),
    ],
)
def test_units_applying_for_loans(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "از ابتدای سال تا پایان آذرماه ۲۱۰ واحد کوچک، متوسط و بزرگ صنعتی وارد چرخه تولید شد.",
            210,
            "industrial_units",
        ),
        (
            "بانک با پرداخت تسهیلات به ۱۸ واحد بزرگ تولیدی به اشتغال کمک کرد.",
            18,
            "production_units",
        ),
        ("امسال ۵۵ واحد کوچک و متوسط صنعتی در استان راه اندازی شد.", 55, "industrial_units"),
    ],
)
def test_units_with_a_size_before_the_qualifier(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_a_size_alone_names_no_units() -> None:
    # must NOT fire: a size with no qualifier after it names no units
    text = "پنج شرکت بزرگ در استان ۴۰ واحد بزرگ دارند و سالانه کار می‌کنند."
    assert figure_of(text, 40)["subject"] not in ("industrial_units", "production_units")


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("بیش از ۱۱ هزار کشاورز استان در تولید توت فرنگی مشغول فعالیت هستند.", 11000, "employment"),
        ("در این شهرستان ۴ هزار باغدار به کار مشغولند.", 4000, "employment"),
        # must NOT fire: farmers who sold their crop are the purchase's
        ("امسال ۵۸ هزار کشاورز گندم خود را به دولت فروختند.", 58000, "purchases"),
        # must NOT fire: farm operators, a reading the lead left open, keep their sector
        ("۹۰ هزار بهره بردار بخش کشاورزی در استان مشغول کشت گندم هستند.", 90000, "agriculture"),
    ],
)
def test_farm_occupations_counted_at_work(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "حجم کل مخزن سدهای «مروک»، «ایوشان»، «کزنار» و «حوضیان» ۲۰۸ میلیون مترمکعب است.",
            208000000,
            "capacity",
        ),
        ("حجم کل سدهای کرخه، دز و کارون ۱۲ میلیارد مترمکعب است.", 12000000000, "capacity"),
        # must NOT fire: the water held now, named in the segment
        (
            "حجم کل مخزن سدهای «مروک»، «ایوشان» و «حوضیان» در حال حاضر ۱۱۰ میلیون مترمکعب است.",
            110000000,
            "water",
        ),
    ],
)
def test_full_volume_before_a_list_of_names(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want
