"""Round 38 kinds: money stated as a quota after it («... ریال تسهیلات، سهمیه روستایی ...
بوده که پرداخت شده است») with a past copula closing its statement is what the quota was,
actual (the lead's Round 23 ruling on money quotas with «بود/بوده»); a quota stated with a
present copula stays a target, and counts are left alone (dev gold reads a count quota with
«بود» as a target 7 times of 8). Team-written sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "معاون استاندار گفت: ۵۰۰ میلیارد ریال تسهیلات نیز، سهمیه روستایی استان در "
            "سال‌های گذشته بوده که به طور کامل پرداخت شده است.",
            5e11,
            "actual",
        ),
        (
            "وی افزود: ۲۰۰ میلیارد تومان اعتبار، سهمیه شهرستان از این طرح بود.",
            2e11,
            "actual",
        ),
        # must NOT fire: a present copula keeps the quota a target
        (
            "وی افزود: ۲۰۰ میلیارد تومان اعتبار، سهمیه شهرستان از این طرح است.",
            2e11,
            "target",
        ),
        # must NOT fire: a count quota with «بود» stays the target the gold reads
        (
            "مدیرکل گفت: امسال ۷۰۰۰ واحد مسکونی سهمیه استان در مقاوم‌سازی بوده است.",
            7000,
            "target",
        ),
    ],
)
def test_money_quota_with_past_copula(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value).get("kind") == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (  # a schedule, then a premise of opening, then the amount it brings
            "قرار است در آینده نزدیک با بهره برداری از کارخانه جدید، ۲ میلیون تن به "
            "ظرفیت تولید شرکت افزوده شود.",
            2e6,
            "forecast",
        ),
        (
            "مقرر است پس از راه اندازی این واحد ۳۰۰ نفر مشغول به کار شوند.",
            300,
            "forecast",
        ),
        # must NOT fire: a schedule with no premise stays the target it sets
        ("قرار است امسال ۵۰۰ واحد مسکونی به متقاضیان واگذار شود.", 500, "target"),
        # must NOT fire: a goal word, not a schedule
        (
            "هدف‌گذاری شده است با بهره برداری از این طرح ۴۰۰ نفر مشغول به کار شوند.",
            400,
            "target",
        ),
        # must NOT fire: a past verb reports the outcome done
        (
            "قرار است با بهره برداری از کارخانه، تولید افزایش یابد و تاکنون ۲۰۰ نفر مشغول "
            "به کار شده‌اند.",
            200,
            "actual",
        ),
    ],
)
def test_schedule_with_premise(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value).get("kind") == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("تولید به ۱۶ میلیون تن رسید که ۲۰ درصد از هدف برنامه بالاتر است.", 20, "change"),
        ("فروش امسال ۱۲ درصد از هدف تعیین شده کمتر بود.", 12, "change"),
        # must NOT fire: no comparative after the target, the cue is the goal
        ("رسیدن به ۳۰ درصد از هدف برنامه در دستور است.", 30, "target"),
    ],
)
def test_beyond_the_target_by(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value).get("kind") == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("وی افزود: برنامه تولید شرکت در سال جاری دستیابی به ۳ میلیون تن است.", 3e6, "target"),
        ("برنامه کشت سیب زمینی استان امسال ۲۰ هزار هکتار است.", 20000, "target"),
        # must NOT fire: no plan named, the copula states a level
        ("تولید شرکت در سال جاری ۳ میلیون تن است.", 3e6, "actual"),
    ],
)
def test_plan_of_an_activity(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value).get("kind") == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (  # a rate of change referred back at another time keeps its kind
            "صادرات استان نسبت به سال قبل ۱۰ درصد افزایش داشته و این رقم در ماه گذشته به ۳۵ "
            "درصد رسیده است.",
            35,
            "change",
        ),
        # must NOT fire: no figure referred back, the level reached stays actual
        (
            "صادرات استان نسبت به سال قبل ۱۰ درصد افزایش داشته و نرخ تورم به ۳۵ درصد رسیده است.",
            35,
            "actual",
        ),
    ],
)
def test_change_referred_back(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value).get("kind") == kind


def test_schedule_with_premise_to_reach_a_level_stays_target() -> None:
    # must NOT fire: a level to reach by a deadline is the goal the schedule sets
    text = (
        "قرار است ظرفیت تولید شمش با بهره برداری از طرح‌های جدید تا پایان سال ۱۴۰۵ به "
        "۱۵۰ هزار تن در سال برسد."
    )
    assert figure_of(text, 150000).get("kind") == "target"
