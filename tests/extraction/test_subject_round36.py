"""Round 36 (heldout33's subject misses, checked against the dev gold).

- a quota («سهمیه») in a text about loans is the loans allotted to a province or a scheme:
  money named as the quota right after the word («سهمیه ابلاغی ۲۰۰ میلیارد تومانی»), and a
  percentage paid out of the quota («۴۰ درصد پرداختی نسبت به سهمیه», «۶۰ درصد از کل
  سهمیه»), are credit, not the budget «ابلاغی» names nor the sector the sentence names
  (dev gold: 8 of 8 money or percentages beside a quota in texts about loans are credit;
  figures/defaults.py 'quota_of_loans'). A quota of an exam («سهمیه سه درصدی») or a text
  with no loans leaves it to the other rules.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of

_LOANS = "سقف تسهیلات اشتغال روستایی برای هر متقاضی ۳۰۰ میلیون تومان است.\n"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            _LOANS + "وی افزود: ۴۰ درصد پرداختی نسبت به سهمیه ابلاغی ۲۰۰ میلیارد تومانی "
            "در شهرستان‌های مرزی انجام شده است.",
            200_000_000_000,
            "credit",
        ),
        (
            _LOANS + "وی افزود: ۴۰ درصد پرداختی نسبت به سهمیه ابلاغی ۲۰۰ میلیارد تومانی "
            "در شهرستان‌های مرزی انجام شده است.",
            40,
            "credit",
        ),
        (
            _LOANS + "در میان شهرستان‌ها، شهرستان کنگاور با ۶۵ درصد پرداختی نسبت به سهمیه "
            "در رتبه نخست و بخش کشاورزی در رتبه بعد قرار دارد.",
            65,
            "credit",
        ),
        (
            _LOANS + "تاکنون ۷۰ درصد از کل سهمیه استان جذب شده است.",
            70,
            "credit",
        ),
    ],
)
def test_quota_of_loans(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


@pytest.mark.parametrize(
    ("text", "value", "not_want"),
    [
        # an exam's quota: a share set aside, no loans
        (
            "در این آزمون سهمیه سه درصدی برای ایثارگران در نظر گرفته شده است.",
            3,
            "credit",
        ),
        # no loans anywhere: the notified budget stays the budget
        (
            "اعتبارات عمرانی ابلاغی استان امسال ۲۰۰ میلیارد تومان است و سهمیه شهرستان‌ها "
            "جداگانه ابلاغ می‌شود.",
            200_000_000_000,
            "credit",
        ),
    ],
)
def test_quota_of_loans_not(text: str, value: float, not_want: str) -> None:
    assert figure_of(text, value)["subject"] != not_want


# - money spent on a firm's expansion plan («برای اجرای طرح توسعه این کارخانه ... هزینه
#   شده») is the investment in it, as money spent to set a plant up is (the lead's Round 24
#   ruling: a firm's expansion is investment; 'setting_up_words'; dev gold 1 of 1, none
#   against: «برای توسعه استان» with funds allotted, no spending verb, stays the budget).
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "برای اجرای طرح توسعه این کارخانه لبنیات بیش از ۵۰۰ میلیارد ریال هزینه شده "
            "و برای ۴۰ نفر اشتغال ایجاد شده است.",
            500_000_000_000,
            "investment",
        ),
        (
            "شرکت ذوب فلزات برای طرح توسعه خط تولید خود ۱۲۰ میلیارد تومان هزینه کرده است.",
            120_000_000_000,
            "investment",
        ),
        # funds allotted to develop the province, nothing spent: the budget
        (
            "۲۷۰ میلیارد تومان اعتبار ملی برای توسعه استان اختصاص یافت.",
            270_000_000_000,
            "budget",
        ),
    ],
)
def test_spent_on_expansion(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want


# - poultry units counted («۲ واحد مرغ تخمگذار», «۵ واحد طیور») are farms, agricultural
#   units, not the birds they keep ('nouns' in counted_nouns.json; dev gold 7 of 7 units of
#   birds or cattle counted are agricultural_units); the birds counted stay livestock.
@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "این شهرستان دارای ۳ واحد مرغ تخمگذار با ظرفیت ۲۰۰ هزار قطعه است.",
            3,
            "agricultural_units",
        ),
        ("در استان ۱۲ واحد طیور بومی فعال است.", 12, "agricultural_units"),
        ("در این شهرستان ۴ واحد بوقلمون گوشتی وجود دارد.", 4, "agricultural_units"),
    ],
)
def test_poultry_units(text: str, value: float, want: str) -> None:
    assert figure_of(text, value)["subject"] == want
