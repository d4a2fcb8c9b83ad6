"""Round 30, second wave (heldout27 and dev): figure values and kinds on team-written sentences.

- a unit word glued to the word after it when the source dropped the space («۴۰۰ کیلومترجاده»,
  «۸۰ میلیون لیترخواهد رسید», «۳۰ هکتارزمین») still closes the number as that unit, for
  every unit written long enough to be no other word's start; a word that only starts like a
  unit («تنظیم», «مترو», «کیلوولت») or the unit's own plural («کیلومترها») is no glued unit;
  the future auxiliary glued to the unit («لیترخواهد رسید») is the number's verb, a forecast;
- investors counted («۱۹ سرمایه‌گذار جذب شدند», «از این تعداد ۶ سرمایه‌گذار ...، سه
  سرمایه‌گذار ...») are a known counted noun: a count (the gold's unit, not persons) with the
  subject investment, so small counts and counts in words are read like other known nouns;
  the investment itself («سرمایه‌گذاری») is no investor;
- a decimal point written with a space after it before a scale or a percentage («۵. ۸ میلیون
  نفر», as one outlet writes them) is read as a decimal by the number reader, so it is no
  sentence end either: the amount keeps the verb of its sentence.
"""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from tests.extraction.probes import values_units as _figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وی از بازسازی ۴۰۰ کیلومترجاده روستایی در استان خبر داد.", [(400, "km")]),
        ("مصرف روزانه بنزین به ۶۰ میلیون لیترخواهد رسید.", [(60_000_000, "litre")]),
        ("امسال ۳۰ هکتارزمین به این طرح واگذار شد.", [(30, "hectare")]),
        ("صادرات استان به ۱۲ میلیون دلاررسید.", [(12_000_000, "USD")]),
        ("برای این طرح ۵۰ میلیارد ریالاعتبار اختصاص یافت.", [(50_000_000_000, "IRR")]),
        ("به هر واحد ۲۰۰ میلیون تومانوام پرداخت می‌شود.", [(200_000_000, "IRT")]),
        ("ظرفیت نیروگاه به ۱۲۰ مگاواتخواهد رسید.", [(120, "MW")]),
        ("روزانه ۹۰۰ کیلوگرمشیر در این واحد تولید می‌شود.", [(900, "kg")]),
        ("سدهای استان ۳۵۰ میلیون مترمکعبآب دارند.", [(350_000_000, "m3")]),
        # must not fire: a unit's own plural glued to it, words that only start like a unit
        ("طول این جاده‌ها ۴۰۰ کیلومترها را در بر می‌گیرد.", []),
        ("شبکه ۲۰ کیلوولت برق این شهرک تکمیل شد.", []),
        ("خط ۲ مترو این شهر سال آینده افتتاح می‌شود.", []),
        ("۳ تنظیم‌کننده بازار در این جلسه حضور داشتند.", []),
    ],
)
def test_unit_glued_to_next_word(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want


def _kinds(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("مصرف روزانه بنزین به ۶۰ میلیون لیترخواهد رسید.", [(60_000_000, "forecast")]),
        ("ظرفیت این نیروگاه سال آینده به ۱۲۰ مگاواتخواهد رسید.", [(120, "forecast")]),
        # must not fire: another word glued to the unit, a past verb
        ("امسال ۳۰ هکتارزمین به این طرح واگذار شد.", [(30, "actual")]),
    ],
)
def test_future_glued_to_unit(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want


def _counts(text: str) -> list[tuple[float, str, str | None]]:
    return [(f.value, f.unit, f.subject) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("امسال ۱۹ سرمایه‌گذار در شهرک‌های صنعتی استان جذب شدند.", [(19, "count", "investment")]),
        (
            "از این تعداد ۵ سرمایه‌گذار در شهرک صنعتی الف و دو سرمایه‌گذار در ناحیه صنعتی ب "
            "مستقر شده‌اند.",
            [(5, "count", "investment"), (2, "count", "investment")],
        ),
        # must not fire: the investment, not investors
        (
            "حجم سرمایه‌گذاری در این طرح ۴۰ میلیارد ریال است.",
            [(40_000_000_000, "IRR", "investment")],
        ),
    ],
)
def test_investors_counted(text: str, want: list[tuple[float, str, str | None]]) -> None:
    assert _counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a decimal point written with a space after it («۵. ۸ میلیون») is no sentence end:
        # the amount keeps its verb
        (
            "مدیرکل میراث فرهنگی از بازدید حدود ۴. ۶ میلیون نفر از موزه‌های استان خبر داد.",
            [(4_600_000, "actual")],
        ),
        ("در این مدت ۲. ۵ میلیون خودرو از استان خارج شده است.", [(2_500_000, "actual")]),
        # must not fire: a sentence that ends with a word, then a number opens the next
        (
            "تولید امسال به ۱۲ هزار تن رسید. ۵ میلیون تن نیز صادر شد.",
            [(12_000, "actual"), (5_000_000, "actual")],
        ),
    ],
)
def test_spaced_decimal_keeps_its_sentence(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want
