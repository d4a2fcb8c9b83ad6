"""Round 38 (subjects of farming figures), team-written sentences (none in the corpus).

- The animal a farm raises names the farm: units counted before «مرغ گوشتی», «مرغ
  تخمگذار», «گاو شیری», «بوقلمون» («۱۰۱ واحد مرغ گوشتی», «۱۴۰۰ واحد تولیدکننده مرغ
  گوشتی») are farms, agricultural_units (dev gold: 13 of 13 units counted right before a
  livestock word), not the livestock the words name.
- Hectares in a sentence that names a modern irrigation system before them or in their
  clause («۸۰۰ هکتار سامانه آبیاری نوین افتتاح شد») measure the system, agriculture
  (real-text dev gold: 5 of 5), not the area sown; hectares of land named right after the
  unit («از اراضی کشاورزی», «از باغات») and land a dam irrigates stay cultivation.
- Money or a share in a sentence that names the growers' claims («مطالبات», «طلب» with
  «کشاورزان», «گندمکاران» ...) is what the buyer owes or paid for the crop: purchases
  (dev gold: every such figure), not the sale's revenue, a price or farming.
- A share of goods (or of their value) bought, «خریداری شده» in its noun phrase («۷۹ درصد
  از بهای برگ سبز چای خریداری شده»), is a share of the purchase (dev gold: 5 of 5).
- Money that «سرمایه‌گذاری» heads right after its unit («با اعتباری بالغ بر ۹۰۰ میلیارد
  تومان سرمایه‌گذاری») is the investment, whatever budget cue stands before it (dev gold:
  23 of 23).
- A bare «واحد» or «مورد» counted shortly after «تعداد (کل) واحدهای» and its qualifier
  («تعداد کل واحدهای مرغ گوشتی شهرستان، ۸۵ واحد») counts the units the qualifier names
  (dev gold: 5 of 6).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("در این شهرستان ۱۲۰ واحد مرغ گوشتی فعال است.", 120, "agricultural_units"),
        ("استان دارای ۴ واحد مرغ تخمگذار با ظرفیت ۶۰۰ هزار قطعه است.", 4, "agricultural_units"),
        ("هم اکنون ۲۳ واحد گاو شیری صنعتی در استان فعالیت دارند.", 23, "agricultural_units"),
        ("۸۵۰ واحد تولیدکننده مرغ گوشتی در استان وجود دارد.", 850, "agricultural_units"),
        ("۳ واحد مرغ مادر و ۲ واحد بوقلمون در دست احداث است.", 3, "agricultural_units"),
        # must stay: the birds counted are livestock, the capacity a capacity
        ("در این واحدها ۲ میلیون قطعه مرغ گوشتی پرورش یافت.", 2000000, "livestock"),
        ("۱۲ واحد دامی در روستا نگهداری می‌شود.", 12, "livestock"),
    ],
)
def test_farm_units_named_by_their_animal(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("امروز ۸۰۰ هکتار سامانه آبیاری نوین در شهرستان افتتاح شد.", 800, "agriculture"),
        ("وی گفت: ۴۲۰ هکتار از این سامانه قطره‌ای و ۱۸۰ هکتار بارانی است.", 180, "agriculture"),
        ("امسال ۲ هزار هکتار سیستم آبیاری تحت فشار اجرا می‌شود.", 2000, "agriculture"),
        ("رئیس جهاد کشاورزی گفت: ۶۵۰ هکتار آبیاری نوین در دست اجرا است.", 650, "agriculture"),
        # must stay: the farmland fitted (a land noun after the unit; team gold heldout3/4),
        # land a dam irrigates, land sown, a system named only after the clause
        ("امسال در ۲ هزار هکتار از باغات سیستم آبیاری تحت فشار اجرا می‌شود.", 2000, "cultivation"),
        ("۷۰۰ هکتار از اراضی کشاورزی به سامانه‌های نوین آبیاری مجهز شد.", 700, "cultivation"),
        ("این سد برای آبیاری ۱۲۰۰ هکتار از اراضی پایین دست ساخته شد.", 1200, "cultivation"),
        ("سطح زیر کشت گندم ۳۰ هزار هکتار است.", 30000, "cultivation"),
        (
            "وی با بیان اینکه مساحت اراضی کشاورزی استان ۴۰۰ هزار هکتار است، اظهار کرد:"
            " نیمی از آن مستعد سامانه‌های نوین آبیاری است.",
            400000,
            "cultivation",
        ),
    ],
)
def test_land_under_irrigation_systems(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("مطالبات کامل ۸۰ درصد از کشاورزان گندمکار استان پرداخت شد.", 80, "purchases"),
        (
            "کل مطالبات چغندرکاران بابت فروش ۹۰ هزار تن چغندر، ۲۴۰ میلیارد تومان بود.",
            240e9,
            "purchases",
        ),
        ("تاکنون ۶۰ درصد از طلب گندمکاران استان پرداخت شده است.", 60, "purchases"),
        (
            "۱۲ درصد کشاورزان هم بخشی از پول خود را گرفته و بخشی از مطالبه آنان مانده است.",
            12,
            "purchases",
        ),
        # must stay: a bank's claim, a loan, tonnes bought, farmers with no claim named
        ("مطالبات معوق بانک کشاورزی از کشاورزان ۳۰۰ میلیارد ریال است.", 300e9, "credit"),
        ("۵۰۰ میلیارد ریال تسهیلات به کشاورزان پرداخت شد.", 500e9, "credit"),
        ("درآمد کشاورزان از فروش زعفران ۳۰۰ میلیارد تومان بود.", 300e9, "revenue"),
    ],
)
def test_growers_claims_are_purchases(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


def test_price_per_kilo_beside_growers_claims_stays_a_price() -> None:
    text = "قیمت خرید هر کیلوگرم گندم ۲۰ هزار تومان تعیین شده و مطالبات کشاورزان پرداخت می‌شود."
    assert figure_of(text, 20000)["subject"] == "price"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("با پرداخت ۸۵ درصد از بهای گندم خریداری شده از کشاورزان موافقت شد.", 85, "purchases"),
        ("تاکنون ۶۰ درصد ارزش کلزای خریداری شده به حساب کشاورزان واریز شد.", 60, "purchases"),
        # must stay: a share of production, a change of the price
        ("۳۰ درصد گندم تولیدی استان در مزارع آبی برداشت شد.", 30, "production"),
        ("قیمت خرید تضمینی گندم ۲۵ درصد افزایش یافت.", 25, "price"),
    ],
)
def test_share_of_goods_bought_is_purchases(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "این طرح‌ها با اعتباری بالغ بر ۹۰۰ میلیارد تومان سرمایه‌گذاری افتتاح شد.",
            900e9,
            "investment",
        ),
        ("۲۰۰ میلیارد ریال سرمایه گذاری از سوی بخش خصوصی انجام شد.", 200e9, "investment"),
        ("کارخانه با ۵۰ میلیارد ریالی سرمایه‌گذاری به بهره برداری رسید.", 50e9, "investment"),
        # must stay: working capital is a loan, funds allotted a budget
        ("۳۰ میلیارد ریال تسهیلات سرمایه در گردش پرداخت شد.", 30e9, "credit"),
        ("اعتبار ۴۰ میلیارد ریالی برای این طرح عمرانی ابلاغ شد.", 40e9, "budget"),
    ],
)
def test_investment_heads_the_amount(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "تعداد کل واحدهای مرغ گوشتی شهرستان، ۸۵ واحد با ظرفیت ۲ میلیون قطعه است.",
            85,
            "agricultural_units",
        ),
        (
            "تعداد واحدهای بسته‌بندی و درجه‌بندی میوه ۳ واحد به ظرفیت ۵ هزار تن است.",
            3,
            "production_units",
        ),
        ("تعداد واحدهای صنعتی فعال شهرک ۱۲۰ مورد است.", 120, "industrial_units"),
        # must stay: a count after a verb, units named by their own qualifier
        ("تعداد واحدهای صنعتی افزایش یافت و ۴۰ واحد مسکونی ساخته شد.", 40, "housing"),
    ],
)
def test_units_counted_in_the_plural_before(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want
