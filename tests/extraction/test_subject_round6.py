"""Subject phenomena of round 6, on sentences the team wrote: money right after a
distributive word («کیلویی», «شانه‌ای», «لیتری») is a price per unit, whatever verb of
sale closes the clause; a cue inside a parenthesis before the number glosses the noun
before it; the funds of municipalities and public bodies are the budget."""

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
        # per kilo, a range, sold
        (
            "رئیس اتحادیه گفت: گوشت گوسفندی در بازار کیلویی ۴۰۰ الی ۴۵۰ هزار تومان به فروش می‌رسد.",
            [(400000, "IRT", "price"), (450000, "IRT", "price")],
        ),
        # per tray
        (
            "وی افزود: تخم مرغ شانه‌ای ۱۲۰ هزار تومان فروخته می‌شود.",
            [(120000, "IRT", "price")],
        ),
        # per litre, a sector named in the clause
        (
            "شیر خام دامداران لیتری ۱۸ هزار تومان خریداری می‌شود.",
            [(18000, "IRT", "price")],
        ),
        # per square metre of housing
        (
            "آپارتمان‌های نوساز در مرکز شهر متری ۹۰ میلیون تومان معامله می‌شود.",
            [(90000000, "IRT", "price")],
        ),
    ],
)
def test_distributive_money_is_a_price(text: str, want: list) -> None:
    assert subjects(text) == want


def test_a_sale_without_a_distributive_word_stays_revenue() -> None:
    # the whole sale, not a price per unit
    got = subjects("شرکت در سال گذشته ۹۰۰ میلیارد تومان محصول به فروش رساند.")
    assert got == [(900000000000, "IRT", "revenue")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "حجم مبادلات تجاری (مجموع صادرات و واردات) استان با ۴.۲ میلیارد دلار "
            "رتبه نخست را داشت.",
            [(4200000000, "USD", "trade")],
        ),
        (
            "در این مدت مبادلات (صادرات، واردات و ترانزیت) بازارچه‌های مرزی به ارزش "
            "۳۰۰ میلیون دلار رسید.",
            [(300000000, "USD", "trade")],
        ),
    ],
)
def test_a_gloss_in_parenthesis_does_not_name_the_figure(text: str, want: list) -> None:
    assert subjects(text) == want


def test_a_cue_before_an_open_parenthesis_still_counts() -> None:
    # nothing glossed: the export cue before the number names it
    got = subjects("صادرات استان ۵۰۰ میلیون دلار (بدون احتساب میعانات) بود.")
    assert got == [(500000000, "USD", "exports")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "استاندار گفت: اعتبار شهرداری‌های استان امسال به ۲۸۰۰ میلیارد ریال رسیده است.",
            [(2800000000000, "IRR", "budget")],
        ),
        (
            "اعتبارات دهیاری‌های شهرستان ۴۰ میلیارد ریال است.",
            [(40000000000, "IRR", "budget")],
        ),
        # a bank lends to the municipality: credit
        (
            "بانک شهر ۵۰۰ میلیارد ریال تسهیلات به شهرداری پرداخت کرد.",
            [(500000000000, "IRR", "credit")],
        ),
    ],
)
def test_funds_of_municipalities_are_the_budget(text: str, want: list) -> None:
    assert subjects(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "در نوروز ۲۰ هزار نفر از طریق راه‌آهن و ۹۰ هزار نفر با وسایل حمل و نقل جاده‌ای "
            "به مشهد مشرف شده‌اند.",
            [(20000, "person", "tourism"), (90000, "person", "tourism")],
        ),
        (
            "امسال ۳۵ هزار نفر با قطار به استان سفر کرده‌اند.",
            [(35000, "person", "tourism")],
        ),
    ],
)
def test_persons_who_came_as_visitors_are_tourism(text: str, want: list) -> None:
    assert subjects(text) == want


def test_persons_moved_by_a_mode_of_travel_stay_transport() -> None:
    got = subjects("در نوروز ۲۰ هزار نفر از طریق راه‌آهن جابجا شدند.")
    assert got == [(20000, "person", "transport")]
