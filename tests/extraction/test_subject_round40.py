"""Round 40 subjects: (1) beds counted in a sentence about lodging are the place's lodging
stock, tourism, not a capacity; beds of establishments counted right before them («۲ هتل با
۱۲۰ تخت») and beds written as an adjective stay capacity, and beds with no lodging named
(a hospital's) keep their reading. (2) goods that came into the province with no border,
customs, port or foreign place named were carried in from the rest of the country:
transport, not imports; goods entering through a border or customs stay imports.
Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("اکنون ۴۲۰۰ تخت در هتل‌ها و مهمانپذیرهای استان آماده است.", 4200, "tourism"),
        ("ظرفیت هتل‌های شهر در سال گذشته دو هزار و ۳۰۰ تخت بود.", 2300, "tourism"),
        ("برای اسکان مهمانان نوروزی ۸۰۰ تخت در مدارس آماده شده است.", 800, "tourism"),
        ("ظرفیت واحدهای اقامتی استان اکنون به ۹ هزار تختخواب رسیده است.", 9000, "tourism"),
        # must NOT fire: beds of establishments counted right before them
        ("برای اسکان مسافران ۳ هتل با ۲۱۰ تخت آماده شده است.", 210, "capacity"),
        # must NOT fire: beds written as an adjective
        ("یک هتل ۱۵۰ تختی در مرکز استان افتتاح شد.", 150, "capacity"),
    ],
)
def test_lodging_beds(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_hospital_beds_are_not_lodging() -> None:
    # must NOT fire: beds with no lodging named keep the reading they had
    text = "بیمارستان جدید شهر با ۳۲۰ تخت به بهره برداری رسید."
    assert figure_of(text, 320)["subject"] != "tourism"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("در شش ماه نخست امسال ۳ میلیون تن کالا وارد استان شده است.", 3_000_000, "transport"),
        ("امسال ۸۵۰ هزار تن انواع کالا توسط کامیون‌ها وارد این استان شد.", 850_000, "transport"),
        (
            "در این مدت ۲ میلیون تن کالا وارد استان شده که این آمار افزایش ۱۲ درصدی را نشان میدهد.",
            12,
            "transport",
        ),
        # must NOT fire: goods entering through a border terminal or customs came from abroad
        ("۴۰ هزار تن کالا از طریق پایانه مرزی وارد استان شد.", 40_000, "imports"),
        ("۹۰ هزار تن کالا از گمرکات استان وارد کشور شد.", 90_000, "imports"),
        # must NOT fire: goods valued in a foreign currency are foreign trade
        ("۵۰ هزار تن کالا به ارزش ۲۰ میلیون دلار وارد این استان شد.", 50_000, "imports"),
    ],
)
def test_goods_brought_into_the_province(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("دو هزار نفر معادل ۸ درصد در خانه مسافرهای دارای مجوز اقامت داشتند.", 8, "tourism"),
        ("۹ هزار و ۲۰۰ نفر نیز معادل ۳۰ درصد در خانه مسافرهای غیر رسمی", 9200, "tourism"),
        ("۹ هزار و ۲۰۰ نفر نیز معادل ۳۰ درصد در خانه مسافرهای غیر رسمی", 30, "tourism"),
        ("۱۵ درصد در خانه مسافر های استان ماندند.", 15, "tourism"),
        # must NOT fire: a home with no «مسافر» stays housing
        ("۳۰ درصد خانه‌های روستایی استان مقاوم سازی شد.", 30, "housing"),
    ],
)
def test_guest_houses_are_lodging(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "تولید شلتوک در شالیزارهای استان امسال به ۸۰۰ هزار تن می‌رسد"
            " که این مقدار نسبت به پارسال ۱۲ درصد بیشتر است.",
            12,
            "production",
        ),
        (
            "برداشت سیب از باغ‌های استان به ۳۰۰ هزار تن رسید که این رقم ۹ درصد افزایش نشان می‌دهد.",
            9,
            "production",
        ),
        # must NOT fire: a cue of its own between the anaphor and the number
        (
            "تولید گندم در مزارع استان به ۸۰۰ هزار تن رسید"
            " که از این مقدار صادرات ۵ درصد افزایش یافت.",
            5,
            "exports",
        ),
    ],
)
def test_change_of_the_amount_referred_to(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("با راه اندازی این معدن، سالانه ۲۰۰ هزار تن کانسنگ", 200_000, "production"),
        ("در این معدن ۶ هزار تن ماده معدنی به دست آمد.", 6000, "production"),
        # must NOT fire: waste rock stripped at a mine stays mining
        ("در این معدن ۵۰ هزار تن باطله برداشت شد.", 50_000, "mining"),
    ],
)
def test_ore_weighed_is_output(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "طرح نهضت ملی مسکن در استان اجرا می‌شود. تاکنون برای ۱۲ هزار نفر تخصیص زمین"
            " انجام شده است.",
            12_000,
            "housing",
        ),
        ("طرح مسکن ملی ادامه دارد. به ۸۰۰ نفر زمین واگذار شد.", 800, "housing"),
        # must NOT fire: no housing scheme named before the persons
        ("برای ۵۰۰ نفر تخصیص زمین کشاورزی انجام شد.", 500, None),
    ],
)
def test_persons_given_land_in_a_housing_scheme(text: str, value: float, want: str | None) -> None:
    assert figure_of(text, value)["subject"] == want
