"""Round 34, subject helper B (heldout31's subject misses outside farm and freight).

- Items of goods counted («قلم کالا», «قلم محصول») are a list's items, no subject, unless
  their clause says what happened to them: made or crossed after the number, the auxiliary
  there or dropped before «و» («... قلم کالا در استان تولید و ... قلم کالا ... صادر
  می‌شود»), or a flow noun right before the number («با صادرات ... قلم کالا»); the dev gold
  reads 5 of 5 such items by that flow. Items listed with no such word, and a bare «قلم»,
  keep no subject (the seeds' «قلم کالای تولیدی ... ثبت شده‌اند»).
- «سرمایه‌ای» written without its ZWNJ («با سرمایهای بالغ بر ... ریال», pages that drop
  ZWNJ) is the investment cue it is with one.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # items made, the auxiliary dropped before «و»; items exported
        (
            "وی گفت: اکنون حدود ۹۰۰ قلم کالا در این شهرستان تولید و ۴۲۰ قلم کالا به ۳۵ کشور"
            " صادر می‌شود.",
            900,
            "production",
        ),
        (
            "وی گفت: اکنون حدود ۹۰۰ قلم کالا در این شهرستان تولید و ۴۲۰ قلم کالا به ۳۵ کشور"
            " صادر می‌شود.",
            420,
            "exports",
        ),
        ("امسال ۲۱۰ قلم محصول از مرز این استان صادر شد.", 210, "exports"),
        ("سال گذشته ۸۰ قلم کالا از طریق این گمرک وارد شد.", 80, "imports"),
        # the flow noun right before the number
        ("این شهرستان با صادرات ۳۴۰ قلم کالا به ۲۰ کشور رتبه نخست را دارد.", 340, "exports"),
        # items of a list: no subject
        ("تاکنون ۱۷۵ قلم کالای تولیدی این کارخانه‌ها در سامانه ثبت شده‌اند.", 175, None),
        ("از ۴۸ قلم مشمول این طرح تنها ۶ قلم در استان تولید می‌شود.", 6, None),
        ("فهرست ۳۰ قلم کالا برای حمایت از تولید داخلی اعلام شد.", 30, None),
    ],
)
def test_goods_items_moved(text: str, value: float, subject: str | None) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("این ۱۴ واحد تولیدی با سرمایهای بالغ بر ۳۲۰ میلیارد ریال افتتاح شد.", 32e10, "investment"),
        ("این کارخانه با سرمایه ای حدود ۸۰ میلیارد تومان راه اندازی شد.", 8e10, "investment"),
        ("این کارخانه با سرمایه‌ای ۸۰ میلیارد تومان راه اندازی شد.", 8e10, "investment"),
    ],
)
def test_investment_without_zwnj(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # companies counted together with units of a kind: the units' label
        ("هم اکنون بیش از ۴۵ شرکت و واحد صنعتی فولاد در استان فعال است.", 45, "industrial_units"),
        # firms and institutes, bare units, companies alone: companies
        ("اکنون ۲۸۳ شرکت و موسسه حمل و نقل کالا در استان فعال است.", 283, "companies"),
        ("اکنون ۱۲۰ شرکت و واحد در این شهرک مستقر هستند.", 120, "companies"),
        ("اکنون ۱۲۰ شرکت دانش بنیان در استان فعال است.", 120, "companies"),
    ],
)
def test_companies_and_units(text: str, value: float, subject: str) -> None:
    assert figure_of(text, value)["subject"] == subject


_INDUSTRY = (
    "رئیس سازمان صنعت استان گفت: {} در استان آماده بهره برداری است. واحدهای صنعتی و صنایع"
    " استان و شهرک صنعتی و کارخانه‌ها و صنعت استان رشد داشته‌اند."
)


@pytest.mark.parametrize(
    ("phrase", "value", "subject"),
    [
        # industrial ventures stay projects, in an article plainly about industry
        ("۴۲ پروژه صنعتی", 42, "projects"),
        ("۴۲ طرح صنعتی", 42, "projects"),
    ],
)
def test_industrial_projects_stay_projects(phrase: str, value: float, subject: str) -> None:
    assert figure_of(_INDUSTRY.format(phrase), value)["subject"] == subject
