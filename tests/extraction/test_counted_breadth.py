"""Counted things across the economy, places' sizes and glued number words, on sentences
the team wrote (round 3b): a count of flights, farms, stations or building stages is a
figure; a coastline or a province's area is not; «دونیم» is two and a half."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from crawler.extraction.numbers import parse_number


def amounts(text: str) -> list[tuple[int | float, str, str | None]]:
    return [(f.value, f.unit, f.subject) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # transport: flights and trains
        ("در این مدت ۳۱۲ پرواز از فرودگاه ارومیه انجام شد.", (312, "count", "transport")),
        ("روزانه ۱۴ قطار مسافری از ایستگاه حرکت می‌کند.", (14, "count", "transport")),
        # energy: fuel and CNG stations
        ("تاکنون ۴۸ جایگاه سی ان جی در استان گازرسانی شده است.", (48, "count", "energy")),
        ("۱۲ جایگاه سوخت جدید در جاده‌های استان افتتاح شد.", (12, "count", "energy")),
        # agriculture: poultry and dairy farms, digits glued to «از»
        ("از۱۲۰ مرغداری استان ۳۰ واحد غیرفعال است.", (120, "count", "agricultural_units")),
        ("۴۵ گاوداری صنعتی در شهرستان فعال است.", (45, "count", "agricultural_units")),
        # housing: progress of rural houses, counted by stage of building
        ("تاکنون ۲۱۰ فونداسیون و ۹۵ سقف اجرا شده است.", (210, "count", "housing")),
        ("۶۴ دیوارچینی در روستاهای شهرستان انجام شد.", (64, "count", "housing")),
        # tourism: complexes
        ("۳۵ مجموعه گردشگری میزبان مسافران نوروزی بودند.", (35, "count", "tourism_units")),
    ],
)
def test_counted_nouns_of_each_sector(text: str, expected: tuple) -> None:
    assert expected in amounts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("در سال گذشته ۱۸ هزار اشتغال در استان ایجاد شد.", 18000),
        ("۵۰۰ نیروی بومی در ساخت این واحدها مشغول به کار هستند.", 500),
        ("این کارخانه ۳۴۰ پرسنل دارد.", 340),
    ],
)
def test_workforce_counts_are_persons(text: str, value: int) -> None:
    assert (value, "person") in [(v, u) for v, u, _ in amounts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "استان هرمزگان با ۹۰۰ کیلومتر نوار ساحلی ظرفیت بالایی دارد.",
        "این استان ۲۳۰ کیلومتر مرز مشترک با عراق دارد.",
        "شرکت برق منطقه‌ای در محدوده‌ای به وسعت ۶۵ هزار کیلومتر مربع خدمات می‌دهد.",
        "پروژه در ۳ مرحله اجرا و واحدها تحویل شد.",
    ],
)
def test_sizes_of_places_and_stages_are_not_figures(text: str) -> None:
    assert amounts(text) == []


def test_a_built_length_stays_a_figure() -> None:
    assert (23, "km") in [(v, u) for v, u, _ in amounts("کانالی به طول ۲۳ کیلومتر احداث شد.")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("دونیم", 2.5), ("سهنیم میلیون", 3_500_000), ("دوونیم", 2.5), ("یک ونیم میلیارد", 1.5e9)],
)
def test_glued_half(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_half_inside_a_word_is_no_number() -> None:
    assert [(v, u) for v, u, _ in amounts("برای تنظیم بازار ۳ هزار تن برنج توزیع شد.")] == [
        (3000, "ton")
    ]
    assert parse_number("دونیمه") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("برای این طرح‌ها حدود دونیم همت اعتبار در نظر گرفته شده است.", (2_500_000_000_000, "IRT")),
        ("وام هر واحد ۴۰۰ میلیون تومانیاند.", (400_000_000, "IRT")),
        ("اقامت ۳ میلیون و ۵۰۰ هزار نفر_ شب ثبت شد.", (3_500_000, "person")),
    ],
)
def test_glued_units_and_person_nights(text: str, expected: tuple) -> None:
    assert expected in [(v, u) for v, u, _ in amounts(text)]
