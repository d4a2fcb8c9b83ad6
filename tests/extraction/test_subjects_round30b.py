"""Round 30 wave 2 (dev's recurring subject misses, counted against the dev gold first):
team-written sentences (not corpus text), one row per variant, with the near misses the
rule must leave alone.

- a staple the country buys abroad by sea (grain, edible oil, sugar, feed) weighed right
  after its unit in a clause about a ship or a port («تخلیه ۷۵ هزار تن گندم», «بار این کشتی
  ۷۱ هزار تن گندم است») is imports, not the port's loading and unloading nor the farm
  sector (dev gold 12 of 13 such cargoes; the generic «کالای اساسی» unloaded stays trade,
  3 of 3).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

STAPLE_CARGO_ROWS = [
    ("با پهلوگیری کشتی در بندر امام، تخلیه و بارگیری ۵۰ هزار تن گندم آغاز شد.", 50000, "imports"),
    ("از ابتدای سال ۳۰ هزار تن برنج در اسکله بندر بوشهر تخلیه شده است.", 30000, "imports"),
    ("وی گفت بار این کشتی ۴۲ هزار تن ذرت است.", 42000, "imports"),
    ("یک فروند شناور حامل ۲۵ هزار تن روغن خام در بندر چابهار پهلو گرفت.", 25000, "imports"),
    ("۱۸ هزار تُن کنجاله سویا در حال تخلیه در بندر است.", 18000, "imports"),
    # near misses: generic goods unloaded, a haul, an export, a catch, no port at all
    ("امسال ۱۲ میلیون تن کالای اساسی در بندر امام تخلیه شد.", 12e6, "trade"),
    ("۲۰ هزار تن گندم از بندر امام به استان‌های شمالی حمل شد.", 20000, "transport"),
    ("۱۰ هزار تن برنج از بندر به عراق صادر شد.", 10000, "exports"),
    ("۵ هزار تن ماهی در اسکله صیادی تخلیه شد.", 5000, "production"),
    ("امسال ۸۰ هزار تن گندم از کشاورزان خریداری شد.", 80000, "purchases"),
]


@pytest.mark.parametrize(("text", "value", "subject"), STAPLE_CARGO_ROWS)
def test_staple_cargo_landed(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


# A text about public finance (public-funds words at least three times, loans rarer).
_BUDGET_TEXT = (
    "رئیس سازمان مدیریت و برنامه‌ریزی گفت: اعتبارات تملک دارایی‌های سرمایه‌ای استان در"
    " قانون بودجه امسال ۳۰۰ میلیارد تومان است که ابلاغ شد. {}"
)
# The same sentences where loans are the point: not a public-finance text.
_LOAN_TEXT = (
    "مدیر شعب بانک گفت: تسهیلات پرداختی بانک به متقاضیان وام و تسهیلات قرض‌الحسنه افزایش یافت. {}"
)

PUBLIC_FINANCE_ROWS = [
    (_BUDGET_TEXT.format("۵۰ میلیارد تومان برای آب شرب به این سرجمع افزوده شد."), 50e9, "budget"),
    (_BUDGET_TEXT.format("۸۰ میلیارد تومان در بخش کشاورزی هزینه می‌شود."), 80e9, "budget"),
    (_BUDGET_TEXT.format("۲۰ میلیارد تومان به راه‌های روستایی رسید."), 20e9, "budget"),
    # near misses: no public-finance text, or not money
    (_LOAN_TEXT.format("۵۰ میلیارد تومان برای آب شرب هزینه شد."), 50e9, "water"),
    # (round 42b: «به دست آمد» after a tonnage is output; the goods here are handed out)
    (_BUDGET_TEXT.format("۱۲ هزار تن گندم توزیع شد."), 12000, "agriculture"),
]


@pytest.mark.parametrize(("text", "value", "subject"), PUBLIC_FINANCE_ROWS)
def test_sector_money_of_public_finance(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


LODGING_USED_ROWS = [
    ("سطح اشغال اسکان‌های رسمی و موقت استان ۴۰ درصد از کل ظرفیت است.", 40, "tourism"),
    ("۵۵ درصد از ظرفیت اقامتگاه‌های استان استفاده شده است.", 55, "tourism"),
    ("۶۰ درصد ظرفیت هتل‌های شهر پر شده است.", 60, "tourism"),
    # near misses: a dam's capacity filled is water; a capacity with no lodging stays
    ("۳۰ درصد ظرفیت سد پر شده است.", 30, "water"),
    ("این کارخانه با ۷۰ درصد ظرفیت کار می‌کند.", 70, "capacity"),
]


@pytest.mark.parametrize(("text", "value", "subject"), LODGING_USED_ROWS)
def test_share_of_lodging_used(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject
