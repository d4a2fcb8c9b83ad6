"""Round 33, second kind helper (dev's forecast-for-target misses).

- «پیش‌بینی شده است» as an amount's own verb with «برای» (a purpose or a beneficiary) in its
  statement provides the amount for it, a plan: a target («این اعتبار برای ۹۰۰ نفر پیش‌بینی
  شده است», «ساخت ۸ هزار واحد ... برای سال آینده پیش‌بینی شده است»); the dev gold reads such
  amounts target 5 of 5 kinded figures. With no «برای» the participle stays an estimate, a
  forecast («حداکثر مصرف برق ... ۲۹۶۰ مگاوات پیش‌بینی شده است», 3 of 3), and a participle
  before the amount («اشتغال پیش‌بینی‌شده ... ۵۰۰ نفر است») keeps Round 30's forecast.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # provided for a beneficiary or a purpose: target
        (
            "مدیرکل گفت: این میزان وام برای ۴ هزار و ۲۰۰ نفر پیش‌بینی شده است.",
            4200,
            "target",
        ),
        (
            "وی افزود: احداث ۳ هزار واحد مسکونی در این شهر برای سال آینده پیش‌بینی شده است.",
            3000,
            "target",
        ),
        (
            "وی گفت: ۱۲۰ میلیارد تومان اعتبار برای تکمیل راه‌های روستایی پیش بینی شده است.",
            120_000_000_000,
            "target",
        ),
        # no «برای»: an estimate, a forecast
        (
            "وی گفت: تا سال ۱۴۱۰ اوج مصرف برق استان ۳۵۰۰ مگاوات پیش‌بینی شده است.",
            3500,
            "forecast",
        ),
        (
            "وی گفت: جمعیت این شهر در سال ۱۴۱۵ حدود ۹ هزار و ۳۰۰ نفر پیش‌بینی شده است.",
            9300,
            "forecast",
        ),
        # the participle before the amount: Round 30's forecast, «برای» or not
        (
            "وی گفت: اشتغال پیش‌بینی‌شده برای این طرح‌ها ۶۵۰ نفر است.",
            650,
            "forecast",
        ),
    ],
)
def test_provided_for(text: str, value: float, kind: str) -> None:
    assert figure_of(text, value)["kind"] == kind
