"""Round 23 kind phenomena, each reproduced with sentences the team wrote (other sectors,
provinces and verb forms than the development texts): a named rule fires on its cue and
stays silent on a near miss. The same phenomena have rows in data/kind_coverage.tsv
(groups territory_quota, passed_budget, bracket_share, saving, coverage, plan)."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from crawler.extraction.figures.extract import readings
from crawler.extraction.figures.kind import (
    KindContext,
    passed_budget,
    realised,
    share_to_come,
    territory_quota,
)
from crawler.extraction.figures.model import Reading


def reading(text: str, nth: int = 0) -> Reading:
    return list(readings(text))[nth][0]


@pytest.mark.parametrize(
    ("rule", "fires", "silent", "kind"),
    [
        # money named as a province's or county's quota is what the scheme sets
        (
            territory_quota,
            "سهم شهرستان از تسهیلات مشاغل خانگی ۴۰ میلیارد تومان است.",
            "سهم شهرستان از تسهیلات مشاغل خانگی در سال گذشته ۴۰ میلیارد تومان بود.",
            "target",
        ),
        (
            territory_quota,
            "از ۳۲۰ میلیارد ریال سهم استان، ۲۰۰ میلیارد ریال جذب شد.",
            "۳۲۰ میلیارد ریال سهم استان تاکنون جذب شده است.",
            "target",
        ),
        # a budget a council passes, or a line allotted out of a named budget
        (
            passed_budget,
            "بودجه ۹۰۰ میلیارد تومانی دانشگاه در هیئت امنا تصویب شد.",
            "۹۰۰ میلیارد تومان از محل بودجه دانشگاه تاکنون هزینه شده است.",
            "target",
        ),
        (
            passed_budget,
            "۱۵ میلیارد تومان از اعتبارات ملی به آبرسانی روستایی ابلاغ شد.",
            "۱۵ میلیارد تومان از اعتبارات ملی به آبرسانی روستایی پرداخت شد.",
            "target",
        ),
        # a part of a whole reached at a time to come, with a future verb
        (
            share_to_come,
            "تا سال آینده ۹۸ درصد شهرهای استان به شبکه فاضلاب متصل خواهند شد.",
            "هم‌اکنون ۹۸ درصد شهرهای استان به شبکه فاضلاب متصل هستند.",
            "forecast",
        ),
    ],
)
def test_kind_rule_alone(rule, fires: str, silent: str, kind: str) -> None:
    assert rule(KindContext(reading(fires))) == kind
    assert rule(KindContext(reading(silent))) is None


def test_a_saving_realised_is_still_a_change() -> None:
    text = "با خاموشی تابلوهای تبلیغاتی صرفه‌جویی ۴۰ مگاواتی در مصرف برق محقق شد."
    assert realised(KindContext(reading(text))) is None
    assert [f.kind for f in extract_figures(text)] == ["change"]


def test_bracketed_percentages_are_the_parts_of_a_list() -> None:
    listed = "بیشترین محموله‌ها گندم (۳۰ درصد)، ذرت (۲۵ درصد) و جو (۱۰ درصد) بود."
    assert [f.kind for f in extract_figures(listed)] == ["share", "share", "share"]
    alone = "صادرات امسال ۴۰۰ هزار تن (۱۰ درصد) بود."
    assert [f.kind for f in extract_figures(alone) if f.unit == "percent"] != ["share"]
