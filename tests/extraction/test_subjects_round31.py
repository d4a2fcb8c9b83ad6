"""Round 31 (heldout28's subject misses, counted against the dev gold first): team-written
sentences (not corpus text), one row per variant, with the near misses the rule must leave
alone.

- «طلب» of farmers is «مطالبات» of farmers: what the state owes growers for the crop it
  bought («۵۲ درصد از طلب کشاورزان ... پرداخت شده»), the purchase, not the farm sector
  (dev gold: the «مطالبات ...کاران» figures 12 of 12 purchases); debts owed to contractors
  or banks stay theirs.
- «شهر صنعتی» (an industrial city: Alborz, Kaveh, Amirkabir) is an industrial estate, like
  «شهرک صنعتی»: units settled in it are industrial units, its hectares industrial parks
  (dev gold: figures beside «شهر صنعتی» 13 of 13 industrial_parks or industrial_units).
- plots of land counted in a clause that names an industrial estate («۱۶۷ قطعه زمین ...
  در شهرک‌ها و نواحی صنعتی ... واگذار») are estate land, industrial_parks (the lead's
  Round 23 ruling on land by its purpose; dev gold: plots 3 of 3 in estates
  industrial_parks, 5 of 5 for homes housing); parts counted are no land.
- people named by their income group («دهک‌های پایین درآمدی», «اقشار کم‌درآمد») are whom a
  scheme serves: that «درآمد» is no revenue cue (dev gold: figures beside such groups 4 of
  4 not revenue: credit 3, housing 1); a revenue named in its own right stays revenue.
- «اعتبار» had or received for infrastructure («در حوزه زیرساخت اعتبار داشتیم») is public
  money for public works, the budget (dev gold: money beside infrastructure and «اعتبار»
  5 of 5 budget); loans for infrastructure stay credit.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

FARMERS_DUES_ROWS = [
    ("تا امروز ۶۰ درصد از طلب گندمکاران استان پرداخت شده است.", 60, "purchases"),
    ("هنوز ۴۰ میلیارد تومان از طلب چغندرکاران باقی مانده است.", 40e9, "purchases"),
    ("۱۲۰ میلیارد تومان طلب کشاورزان بابت خرید تضمینی واریز شد.", 120e9, "purchases"),
    ("تاکنون ۷ میلیارد تومان از ۹ میلیارد تومان طلب کشاورزان پرداخت شده است.", 9e9, "purchases"),
    # near misses: what is owed to contractors or banks is not a crop bought
    ("۵ میلیارد تومان طلب پیمانکاران پرداخت شد.", 5e9, None),
    ("۳۰ درصد از طلب بانک‌ها از شرکت وصول شد.", 30, "credit"),
]


@pytest.mark.parametrize(("text", "value", "subject"), FARMERS_DUES_ROWS)
def test_farmers_dues_are_purchases(text: str, value: float, subject: str | None) -> None:
    assert _figure(text, value)["subject"] == subject


INDUSTRIAL_CITY_ROWS = [
    ("در شهر صنعتی کاوه ۷۰۰ واحد مستقر شده که ۵۰ واحد آن غیرفعال است.", 700, "industrial_units"),
    ("در شهر صنعتی کاوه ۷۰۰ واحد مستقر شده که ۵۰ واحد آن غیرفعال است.", 50, "industrial_units"),
    ("در شهرصنعتی البرز ۳۰۰ واحد فعال است.", 300, "industrial_units"),
    ("شهر صنعتی رازی با ۱۲۰۰ هکتار وسعت بزرگ‌ترین شهر صنعتی منطقه است.", 1200, "industrial_parks"),
    # near misses: a town that is not an industrial one
    ("در شهر ۴۰۰ واحد مسکونی ساخته شد.", 400, "housing"),
]


@pytest.mark.parametrize(("text", "value", "subject"), INDUSTRIAL_CITY_ROWS)
def test_industrial_city_is_an_estate(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


def test_town_hectares_are_not_an_estate() -> None:
    assert _figure("این شهر ۱۲۰۰ هکتار وسعت دارد.", 1200)["subject"] != "industrial_parks"


ESTATE_PLOT_ROWS = [
    (
        "امسال ۱۵۰ قطعه زمین به مساحت ۴۰ هکتار در شهرک‌های صنعتی استان واگذار شد.",
        150,
        "industrial_parks",
    ),
    (
        "سال گذشته ۹۰ قطعه زمین در نواحی صنعتی برای فعالیت‌های تولیدی واگذار شد.",
        90,
        "industrial_parks",
    ),
    ("۲۰۰ قطعه زمین در شهرک صنعتی به سرمایه‌گذاران واگذار شد.", 200, "industrial_parks"),
    # near misses: plots for homes, parts made in an estate
    ("۳۰ هزار قطعه زمین به متقاضیان مسکن واگذار شد.", 30000, "housing"),
    ("۵۰۰ هزار قطعه خودرو در شهرک صنعتی تولید شد.", 500000, "production"),
]


@pytest.mark.parametrize(("text", "value", "subject"), ESTATE_PLOT_ROWS)
def test_plots_in_an_estate(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


INCOME_GROUP_ROWS = [
    (
        "تسهیلات اشتغال برای مددجویان و دهک‌های پایین درآمدی ایجاد شده که در مجموع"
        " ۲۰۰ میلیارد تومان شامل ۱۵۰ میلیارد تومان از تبصره ۱۶ است.",
        200e9,
        "credit",
    ),
    (
        "تسهیلات اشتغال برای مددجویان و دهک‌های پایین درآمدی ایجاد شده که در مجموع"
        " ۲۰۰ میلیارد تومان شامل ۱۵۰ میلیارد تومان از تبصره ۱۶ است.",
        150e9,
        "credit",
    ),
    ("وام ازدواج ۶۰ میلیارد تومان به خانوارهای کم درآمد پرداخت شد.", 60e9, "credit"),
    # near misses: a revenue named in its own right
    ("درآمد شهرداری ۸۰ میلیارد تومان بود.", 80e9, "revenue"),
    ("درآمد اقشار کم درآمد ۱۰ درصد افزایش یافت.", 10, "revenue"),
]


@pytest.mark.parametrize(("text", "value", "subject"), INCOME_GROUP_ROWS)
def test_income_group_is_no_revenue(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


INFRASTRUCTURE_FUNDS_ROWS = [
    ("سال گذشته کمتر از ۲ میلیارد تومان در حوزه زیر ساخت اعتبار داشتیم.", 2e9, "budget"),
    ("امسال برای زیرساخت‌های معادن ۸ میلیارد تومان اعتبار دریافت کردیم.", 8e9, "budget"),
    # near misses: a loan for infrastructure, funds with no works named
    ("برای توسعه زیرساخت‌ها ۵۰ میلیارد تومان تسهیلات بانکی پرداخت شد.", 50e9, "credit"),
    ("۵۰ میلیارد تومان اعتبار برای خرید تجهیزات دریافت کردیم.", 50e9, "credit"),
]


@pytest.mark.parametrize(("text", "value", "subject"), INFRASTRUCTURE_FUNDS_ROWS)
def test_infrastructure_funds_are_budget(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject
