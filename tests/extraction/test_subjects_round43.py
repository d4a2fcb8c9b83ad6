"""Round 43 subjects. Team-written sentences.

(1) Customs offices counted («از ۱۱ گمرک استان», «۹ گمرک فعال») are the customs network of
foreign trade, trade, though an export or import cue stands before the number (dev gold 6 of
6 customs-office counts with a subject are trade)."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("صادرات انواع کالا از ۱۴ گمرک استان به خارج از کشور انجام شد.", 14, "trade"),
        ("واردات مواد اولیه از طریق ۶ گمرک فعال استان ترخیص شد.", 6, "trade"),
        ("این استان با ۹ گمرک فعال در مرزهای غربی کشور قرار دارد.", 9, "trade"),
        # must NOT fire: tonnes exported through customs stay exports
        ("۲۰ هزار تن کالا از گمرک استان صادر شد.", 20000, "exports"),
    ],
)
def test_customs_offices_counted(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


# (2) A length or an area whose own noun, right after the unit, is an industrial estate
# measures the estate: industrial_parks (the lead's Round 23 ruling), not manufacturing.
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("از جمله اقدامات توسعه ۳۰۰ متری شهرک صنعتی شمالی است.", 300, "industrial_parks"),
        ("۱۲ هزار متر مربع از شهرک صنعتی غرب واگذار شد.", 12000, "industrial_parks"),
        ("امسال توسعه ۷۰۰ متری ناحیه صنعتی روستایی انجام شد.", 700, "industrial_parks"),
        # must NOT fire: a road named first keeps its own reading
        ("عملیات آسفالت ۴۰۰ متر جاده دسترسی شهرک صنعتی آغاز شد.", 400, "construction"),
    ],
)
def test_estate_named_after_a_length_or_area(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


# (3) Purchase places counted after the purchase their clause names: a date between them
# («تا ۲۵ آبان») is no other number; the broken plural after the number («۱۹ مراکز») is a
# place as «مرکز» is.
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("خرید توافقی ذرت تا ۳۰ مهر در ۲۴ مرکز استان ادامه دارد.", 24, "purchases"),
        ("خرید تضمینی گندم از ۱۵ خرداد در ۳۱ مراکز مجاز شهرستان انجام می‌شود.", 31, "purchases"),
        ("خرید تضمینی گندم در ۲۷ مراکز استان انجام می‌شود.", 27, "purchases"),
    ],
)
def test_purchase_places_past_a_date(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_purchase_places_not_past_an_amount() -> None:
    # must NOT fire: a tonnage, no date, stands between the purchase and the places
    text = "خرید ۵۰ هزار تن گندم پیش‌بینی شده و ۲۰ سیلو آماده است."
    assert figure_of(text, 20)["subject"] != "purchases"


# (4) Persons who benefit from works the clause refers back to are the people those works
# serve: the sector of the works the sentence before names.
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "عملیات آبرسانی به ۹ روستای بخش مرکزی آغاز شد. با اجرای این طرح‌ها ۲۴۰۰ نفر "
            "از اهالی منتفع می‌شوند.",
            2400,
            "water",
        ),
        (
            "گازرسانی به ۶ روستای کوهستانی به پایان رسید. با بهره‌برداری از این پروژه ۱۸۰۰ نفر "
            "از اهالی بهره‌مند شدند.",
            1800,
            "energy",
        ),
    ],
)
def test_beneficiaries_of_the_works(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_beneficiaries_with_no_works_referred_back() -> None:
    # must NOT fire: no works referred back to («این طرح»), the persons stay as they were
    text = "عملیات آبرسانی به ۹ روستای بخش مرکزی آغاز شد. امسال ۲۴۰۰ نفر در جشنواره شرکت کردند."
    assert figure_of(text, 2400)["subject"] != "water"


# (5) Ore and waste named together as one amount mined are the mine's output, production;
# waste stripped alone stays mining work (round 38).
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("میزان استخراج ماده معدنی و باطله امسال حدود ۶ میلیون تن است.", 6000000, "production"),
        ("استخراج سنگ معدن و باطله در سال آینده به ۳ میلیون تن می‌رسد.", 3000000, "production"),
        # must NOT fire: waste alone
        ("میزان باطله برداری امسال حدود ۹ میلیون تن بود.", 9000000, "mining"),
    ],
)
def test_ore_and_waste_mined_together(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


# (6) Households counted in a sentence that says they make their living from an activity
# are the livelihoods it gives: employment, not the sector of the activity.
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "هم اکنون ارتزاق بیش از ۲۰ هزار خانوار از طریق صید و صیادی انجام می‌شود.",
            20000,
            "employment",
        ),
        ("امرار معاش ۱۵ هزار خانوار روستایی از راه دامداری است.", 15000, "employment"),
        # must NOT fire: households served by a network, aid for their living
        ("۱۵ هزار خانوار روستایی از نعمت گاز بهره‌مند شدند.", 15000, "energy"),
    ],
)
def test_households_living_off_an_activity(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_households_given_living_aid_stay() -> None:
    # must NOT fire: aid for their living («کمک معیشتی») is no livelihood
    text = "کمک معیشتی به ۳۰ هزار خانوار نیازمند استان پرداخت شد."
    assert figure_of(text, 30000)["subject"] != "employment"


# (7) Money in a sentence naming a state trip to the province is the budget the trip
# approved, though loans are named with the funds as one package; the trip's loans stay
# credit.
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "در سفر استانی رئیس جمهور ۹۰ هزار میلیارد تومان اعتبار و تسهیلات برای استان "
            "پیش بینی شد.",
            90_000_000_000_000,
            "budget",
        ),
        (
            "از مجموع اعتبارات سفر اول رییس‌جمهور به استان تاکنون ۴ هزار میلیارد تومان "
            "اختصاص یافته است. وام‌های بانکی طرح‌ها نیز پرداخت شد.",
            4_000_000_000_000,
            "budget",
        ),
        # must NOT fire: the trip's own loans
        (
            "در جریان سفر رئیس‌جمهور ۲۰ هزار میلیارد تومان تسهیلات برای طرح‌های استان به تصویب رسید.",
            20_000_000_000_000,
            "credit",
        ),
    ],
)
def test_state_trip_funds(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want
