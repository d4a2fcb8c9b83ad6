"""Round 17 kind phenomena, each reproduced with sentences the team wrote (other sectors
and verb forms than the development texts): a named rule fires on its cue and stays
silent on a near miss. The same phenomena have rows in data/kind_coverage.tsv (groups
progress, coverage, conditional, effort)."""

from __future__ import annotations

import pytest

from crawler.extraction.figures.extract import readings
from crawler.extraction.figures.kind import (
    KindContext,
    conditional_outcome,
    share_of_whole,
    target_before,
)
from crawler.extraction.figures.model import Reading


def reading(text: str, nth: int = 0) -> Reading:
    return list(readings(text))[nth][0]


@pytest.mark.parametrize(
    ("rule", "fires", "silent", "kind"),
    [
        # physical progress is the part of the work done; compared with last year, a change
        (
            share_of_whole,
            "ساخت ورزشگاه استانی تاکنون ۸۳ درصد پیشرفت فیزیکی داشته است.",
            "ساخت ورزشگاه استانی ۸۳ درصد پیشرفت نسبت به سال گذشته داشته است.",
            "share",
        ),
        (
            share_of_whole,
            "تصفیه‌خانه فاضلاب شهر با پیشرفت ۴۸ درصدی در حال ساخت است.",
            "تصفیه‌خانه فاضلاب شهر با ظرفیت ۴۸ درصدی کار می‌کند.",
            "share",
        ),
        # a coverage rate is a part of the whole population
        (
            share_of_whole,
            "میزان برخورداری عشایر از برق ۷۵ درصد است.",
            "تورم استان در این ماه ۷۵ درصد است.",
            "share",
        ),
        # the outcome of a premise is a forecast; reported done it is not
        (
            conditional_outcome,
            "کارخانه در صورت راه‌اندازی سالانه ۱۲ هزار تن کنسانتره تولید می‌کند.",
            "کارخانه پس از راه‌اندازی ۱۲ هزار تن کنسانتره تولید کرد.",
            "forecast",
        ),
        (
            conditional_outcome,
            "اگر اعتبار لازم برسد ۳۰۰ خانوار دیگر به شبکه آب وصل می‌شوند.",
            "با اجرای ۳۰۰ طرح آبخیزداری سیلاب مهار می‌شود.",
            "forecast",
        ),
        # an effort or wish of the speaker names a target; «با تلاش ...» tells who did it
        (
            target_before,
            "تلاش بر این است که ۹۰ کیلومتر راه روستایی آسفالت شود.",
            "با تلاش راهداران ۹۰ کیلومتر راه روستایی آسفالت شد.",
            "target",
        ),
    ],
)
def test_kind_rule_alone(rule, fires: str, silent: str, kind: str) -> None:
    assert rule(KindContext(reading(fires))) == kind
    assert rule(KindContext(reading(silent))) is None
