"""Round 12 (figure values, kind, attribution), on sentences the team wrote.

- a price range whose two ends each carry the distributive word («از کیلویی X به کیلویی Y
  تومان») gives both ends the price's unit;
- a distance or an area written in kilometres describes a place, not an amount;
- «21 و 776 هزار میلیارد» is one number (the «و» stands where a scale was left out);
- commitments and needs are targets, a rate compared with a past period is a change, a
  percentage stated for what «مربوط به» names is a share;
- an unknown outlet whose name closes with «خبر» keeps it («ساجد خبر»)."""

from __future__ import annotations

import pytest

from crawler.extraction.attribution import extract_attribution
from crawler.extraction.figures import extract_figures
from crawler.extraction.numbers import parse_number_spans


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


def kinds(text: str) -> list[tuple[int | float, str | None]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قیمت مرغ از کیلویی ۳۰ هزار و ۵۰۰ به کیلویی ۳۴ هزار تومان رسید.",
            [(30500, "IRT"), (34000, "IRT")],
        ),
        (
            "نرخ شیر از لیتری ۱۲ هزار به لیتری ۱۵ هزار تومان افزایش یافت.",
            [(12000, "IRT"), (15000, "IRT")],
        ),
        (
            "قیمت تخم مرغ از شانه ای ۹۰ هزار به شانه ای ۱۱۰ هزار تومان رسید.",
            [(90000, "IRT"), (110000, "IRT")],
        ),
    ],
)
def test_per_unit_price_range(text: str, expected: list[tuple[int, str]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "این شهر مرزی با حدود ۱۸۰ کیلومتر فاصله تا مرکز استان در غرب قرار دارد.",
        "این استان با ۳۵ هزار کیلومتر مساحت در غرب کشور است.",
        "مساحت تحت پوشش این شرکت را ۵۲ هزار کیلومتر اعلام کرد.",
        "فاصله این بندر تا مرز ۳۰ کیلومتر است.",
    ],
)
def test_place_size_in_km_is_no_amount(text: str) -> None:
    assert [a for a in amounts(text) if a[1] == "km"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("امسال ۱۲۰ کیلومتر راه روستایی آسفالت شد.", [(120, "km")]),
        # an area word before an earlier number governs that one, not the length after it
        (
            "مساحت باغ‌ها ۲۰ درصد افزایش یافت و ۴۰ کیلومتر جاده دسترسی ساخته شد.",
            [(20, "percent"), (40, "km")],
        ),
    ],
)
def test_lengths_built_stay_amounts(text: str, expected: list[tuple[int, str]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مانده تسهیلات به ۱۲ و ۳۵۰ هزار میلیارد ریال رسید.", [12350000000000]),
        ("مانده تسهیلات به 9 و 125 هزار میلیارد ریال رسید.", [9125000000000]),
        # a list keeps its items: no scale after, or a group that is not three digits
        ("۲ و ۳ میلیون تن", [2, 3000000]),
        ("۲۱ و ۷۷۶ تن", [21, 776]),
        ("سال‌های ۱۴۰۲ و ۱۴۰۳", [1402, 1403]),
    ],
)
def test_and_as_a_dropped_scale(text: str, expected: list[int]) -> None:
    assert [s.value for s in parse_number_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شهرستان متعهد به ایجاد ۱۲۰۰ شغل در سال جاری است.", [(1200, "target")]),
        ("بانک‌ها متعهد شدند ۵۰۰ میلیارد تومان تسهیلات پرداخت کنند.", [(500000000000, "target")]),
        (
            "برای توسعه شهرستان نیاز به سرمایه‌گذاری ۴۰ هزار میلیارد تومانی داریم.",
            [(40000000000000, "target")],
        ),
        ("تکمیل سد به ۳۰۰ میلیارد تومان اعتبار نیاز دارد.", [(300000000000, "target")]),
        ("صادرات استان ۱۲ درصد نسبت به مدت مشابه سال قبل بیشتر شد.", [(12, "change")]),
        (
            "واردات با ۱۸ درصد پیشرفت نسبت به سال گذشته به ۵۰۰ هزار تن رسید.",
            [(18, "change"), (500000, "actual")],
        ),
        (
            "بار جابجا شده به ترتیب مربوط به سیمان ۴۰ درصد، آهن با ۲۵ درصد و غلات ۱۵ درصد بود.",
            [(40, "share"), (25, "share"), (15, "share")],
        ),
        (
            "بیشترین صادرات مربوط به محصولات لبنی با ۴۵ درصد و میوه با ۲۰ درصد است.",
            [(45, "share"), (20, "share")],
        ),
    ],
)
def test_kind(text: str, expected: list[tuple[int, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("به گزارش نوید خبر، علی رضایی مدیر کل گفت: حجم سد ۲۰ میلیون متر مکعب است.", "نوید خبر"),
        ("به گزارش البرز خبر، علی رضایی گفت: ۲۰ میلیون متر مکعب آب ذخیره شد.", "البرز خبر"),
        # a page label after the name is still cut
        ("به گزارش نوید، کد خبر ۱۲۳، علی رضایی گفت: ۲۰ میلیون متر مکعب آب ذخیره شد.", "نوید"),
    ],
)
def test_outlet_named_with_khabar(text: str, expected: str) -> None:
    assert extract_attribution(text) == expected
