"""Round 34 (subject helper A; heldout31's freight misses, counted against the dev gold
first): team-written sentences (not corpus text), one row per variant, with the near misses
the rule must leave alone.

- vehicles counted (a carrier, «دستگاه ناوگان», or «دستگاه» standing alone) in a sentence
  whose only flow of goods is transit are the transit fleet: transit, in traffic too (dev
  gold: 11 of 11 vehicles counted beside transit); freight traffic with no flow named, a
  sentence naming exports as well, and machines counted stay as they were
  (figures/subject.py 'transit_fleet').
- growers' claims written in the singular or with a spaced plural («مطالبه کشاورزان»,
  «مطالبه های گندمکاران») and the growers' guaranteed sale («بابت فروش تضمینی گندم») are the
  state's guaranteed purchase, as «مطالبات کشاورزان» and «به دولت فروختند» already are
  (dev gold: 5 of 5 figures beside «مطالبه», 3 of 3 beside a guaranteed sale), not the
  farm sector the growers name nor the revenue «فروش» names.
- money at a guaranteed rate («با نرخ تضمینی ۱۸۰۰ تومان خریداری می‌شود») is the price per
  unit, as «نرخ خرید» and «قیمت خرید تضمینی» already are (dev gold: 3 of 3 money figures
  right after a guaranteed rate or price are price), not the purchase the verb names.
- a percentage with a comparative right after it («... که ۳۴ درصد بیشتر از سال قبل است»)
  compares the amount before it in its sentence: it takes that amount's subject, as a change
  word does (dev gold: 21 of 22 such percentages; figures/defaults.py 'change_of_previous').
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

TRANSIT_FLEET_ROWS = [
    ("در نه ماه گذشته ۴۵ هزار دستگاه ناوگان ترانزیتی از مرز استان تردد کرده‌اند.", 45000, "transit"),
    ("پایانه مرزی میرجاوه با ۱۲ هزار دستگاه، رتبه نخست ترانزیت کالا را دارد.", 12000, "transit"),
    (
        "این مرز با ثبت عبور ۸ هزار و ۴۰۰ دستگاه در صدر پایانه‌های ترانزیتی کشور است.",
        8400,
        "transit",
    ),
    ("امسال ۳ هزار کامیون ترانزیتی از گمرک استان تردد کردند.", 3000, "transit"),
    # near misses: freight traffic with no flow, two flows named, machines counted
    ("در حوزه حمل و نقل باری، تردد ناوگان به ۶۰ هزار دستگاه رسید.", 60000, "transport"),
    (
        "۵ هزار دستگاه کامیون حامل کالای صادراتی و ترانزیتی از این مرز خارج شد.",
        5000,
        "exports",  # carried_flow's nearest flow, left as it was
    ),
]


@pytest.mark.parametrize(("text", "value", "subject"), TRANSIT_FLEET_ROWS)
def test_transit_fleet(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


def test_machines_beside_transit_are_not_the_fleet() -> None:
    text = "برای توسعه پایانه ترانزیت ۲۰ دستگاه لیفتراک خریداری شد."
    assert _figure(text, 20)["subject"] != "transit"


PURCHASE_CLAIM_ROWS = [
    ("۲۰۰ میلیارد ریال از مطالبه کشاورزان هنوز پرداخت نشده است.", 200e9, "purchases"),
    ("مجموع مطالبه های گندمکاران استان ۹۰۰ میلیارد ریال است.", 900e9, "purchases"),
    ("کشاورزان بابت فروش تضمینی گندم ۴۵۰ میلیارد ریال دریافت کردند.", 450e9, "purchases"),
    # near miss: an ordinary sale stays revenue
    ("فروش این شرکت امسال به ۳۰۰ میلیارد ریال رسید.", 300e9, "revenue"),
]


@pytest.mark.parametrize(("text", "value", "subject"), PURCHASE_CLAIM_ROWS)
def test_growers_claims_and_guaranteed_sale(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


GUARANTEED_RATE_ROWS = [
    ("امسال جو با نرخ تضمینی ۱۸۰۰ تومان از کشاورزان خریداری می‌شود.", 1800, "price"),
    # near miss: the money paid for the purchase stays purchases
    ("تاکنون ۸۰۰ میلیارد ریال بابت خرید تضمینی گندم پرداخت شد.", 800e9, "purchases"),
]


@pytest.mark.parametrize(("text", "value", "subject"), GUARANTEED_RATE_ROWS)
def test_guaranteed_rate_is_a_price(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


COMPARED_ROWS = [
    (
        "از ترانزیت ۲۰ هزار تن کالا خبر داد و افزود: ارزش این کالاها ۸۰ میلیون دلار بوده"
        " که ۲۵ درصد بیشتر از سال قبل است.",
        25,
        "transit",
    ),
    ("صادرات استان به ۹ میلیون دلار رسید که ۱۲ درصد کمتر از پارسال است.", 12, "exports"),
]


@pytest.mark.parametrize(("text", "value", "subject"), COMPARED_ROWS)
def test_comparative_percentage_takes_the_amount_before(
    text: str, value: float, subject: str
) -> None:
    assert _figure(text, value)["subject"] == subject


def test_a_share_with_no_comparative_is_left_alone() -> None:
    text = "ارزش این کالاها ۸۰ میلیون دلار بوده و ۳۰ درصد آن سهم بخش خصوصی است."
    assert _figure(text, 30)["subject"] != "transit"
