"""Round 44 kinds. A change word right before a percentage in its adjectival form belongs
to that percentage: the amount after it («با رشد ۴۰ درصدی ۲ هزار تن کالا ترانزیت شد») is the
level reached, not a change. Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "امسال با رشد ۴۰ درصدی دو هزار و ۲۰۰ تن کالا از بندر ترانزیت شده است.",
            2200,
            "actual",
        ),
        (
            "صادرات استان با رشد ۵ درصدی ۳۰۰ میلیون دلار بوده است.",
            300_000_000,
            "actual",
        ),
        # must NOT change: the percentage keeps the change, an amount right after the cue
        # is a change
        (
            "امسال با رشد ۴۰ درصدی دو هزار و ۲۰۰ تن کالا از بندر ترانزیت شده است.",
            40,
            "change",
        ),
        (
            "تولید گندم امسال با افزایش ۲۰۰ هزار تن همراه بوده است.",
            200_000,
            "change",
        ),
    ],
)
def test_change_cue_of_the_percent_before(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


# «... با اعتبار ۵۰ میلیارد تومان و پیش‌بینی ایجاد اشتغال برای ۹۰۰ نفر مصوب شد»: a forecast
# noun after «و» with a number of its own forecasts that number only, not the ones before
# it nor one after it in a new statement
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی گفت: ۲۴۰ طرح با سرمایه‌گذاری ۵۰ میلیارد تومان و پیش‌بینی ایجاد اشتغال برای ۹۰۰ "
            "نفر در کارگروه مصوب شده که ۱۲۰ طرح تسهیلات خود را دریافت کرده‌اند.",
            240,
            "actual",
        ),
        (
            "وی گفت: ۲۴۰ طرح با سرمایه‌گذاری ۵۰ میلیارد تومان و پیش‌بینی ایجاد اشتغال برای ۹۰۰ "
            "نفر در کارگروه مصوب شده که ۱۲۰ طرح تسهیلات خود را دریافت کرده‌اند.",
            50_000_000_000,
            "actual",
        ),
        (
            "وی گفت: ۲۴۰ طرح با سرمایه‌گذاری ۵۰ میلیارد تومان و پیش‌بینی ایجاد اشتغال برای ۹۰۰ "
            "نفر در کارگروه مصوب شده که ۱۲۰ طرح تسهیلات خود را دریافت کرده‌اند.",
            120,
            "actual",
        ),
        # must NOT change: the number the forecast noun names, and a forecast verb after «و»
        (
            "وی گفت: ۲۴۰ طرح با سرمایه‌گذاری ۵۰ میلیارد تومان و پیش‌بینی ایجاد اشتغال برای ۹۰۰ "
            "نفر در کارگروه مصوب شده که ۱۲۰ طرح تسهیلات خود را دریافت کرده‌اند.",
            900,
            "forecast",
        ),
        (
            "تولید امسال به ۴۰۰ هزار تن می‌رسد و پیش‌بینی می‌شود صادرات ۳۰ درصد بیشتر شود.",
            30,
            "forecast",
        ),
    ],
)
def test_forecast_noun_after_and(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


# «۸۰ شهرک صنعتی مصوب ... وجود دارد که از این تعداد ۷۵ شهرک عملیاتی شده»: the part of the
# approved things a statement after «که» and a partitive reports done is actual
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "۴۰ ناحیه صنعتی مصوب در استان وجود دارد که از این تعداد ۳۲ ناحیه عملیاتی شده است.",
            32,
            "actual",
        ),
        (
            "۱۲۰ طرح مصوب در استان داریم که از مجموع آنها ۹۰ طرح به بهره‌برداری رسیده است.",
            90,
            "actual",
        ),
        # must NOT change: approved money, and a part still to come
        (
            "اعتبار مصوب استان ۴۰۰ میلیارد تومان است.",
            400_000_000_000,
            "target",
        ),
    ],
)
def test_part_of_the_approved_done(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind
