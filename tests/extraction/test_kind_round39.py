"""Round 39 kinds: «مورد هدف» (targeted, «کشورهای مورد هدف») is an adjective like «بازارهای
هدف», no target; a subjunctive of reaching as the number's own verb («... دست یابیم و تلاش
می‌کنیم ...») closes its statement, so a target cue in the statement coordinated after it
is not the number's (a «پیش‌بینی می‌شود» before it then makes it a forecast). Team-written
sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "مدیرکل گمرک با اشاره به صادرات ۲ میلیارد و ۴۰۰ میلیون دلار کالا در نیمه نخست "
            "امسال به کشورهای مورد هدف، گفت: این کالاها از مرز شلمچه صادر شد.",
            2.4e9,
            "actual",
        ),
        (
            "وی گفت: ۸۰ میلیون دلار کالا به بازارهای مورد هدف صادر شد.",
            8e7,
            "actual",
        ),
        # must NOT change: a target named as the goal stays a target
        (
            "وی گفت: هدف ما صادرات ۵۰۰ میلیون دلار کالا تا پایان سال است.",
            5e8,
            "target",
        ),
    ],
)
def test_targeted_is_an_adjective(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی افزود: پیش‌بینی می‌شود تا پایان سال به ظرفیت ۳۰۰ مگاوات دست یابیم و تلاش "
            "می‌کنیم زودتر از موعد این کار را انجام دهیم.",
            300,
            "forecast",
        ),
        (
            "وی افزود: پیش‌بینی می‌شود امسال به تولید ۴۰ هزار تن برسیم و تلاش می‌کنیم "
            "بازار را تنظیم کنیم.",
            40000,
            "forecast",
        ),
        # must NOT change: the target cue in the number's own statement
        (
            "وی افزود: تلاش می‌کنیم تا پایان سال به ظرفیت ۳۰۰ مگاوات دست یابیم.",
            300,
            "target",
        ),
    ],
)
def test_reach_subjunctive_closes_the_statement(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی گفت: رشد گردشگران خارجی نسبت به مدت مشابه سال قبل ۲۵ درصد بود.",
            25,
            "change",
        ),
        (
            "وی گفت: افزایش صادرات محصولات لبنی استان در مقایسه با سال گذشته ۱۸ درصد است.",
            18,
            "change",
        ),
        # must NOT fire: no change named, a part of a whole compared with the past
        (
            "وی گفت: سهم گردشگران خارجی نسبت به مدت مشابه سال قبل ۲۵ درصد بود.",
            25,
            "share",
        ),
        # must NOT fire: a verb between the change and the percentage
        (
            "وی گفت: رشد گردشگری ادامه دارد و اشغال هتل‌ها نسبت به سال قبل ۶۰ درصد بود.",
            60,
            "actual",
        ),
    ],
)
def test_change_named_before_a_past_period(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی افزود: ۱۵ درصد به جای مانده در مناطق روستایی استان در شهرستان‌های دور قرار دارند.",
            15,
            "share",
        ),
        (
            "وی افزود: تنها هفت درصد اعتبار تخصیص یافت و ۹۳ درصد باقی‌مانده است.",
            93,
            "share",
        ),
        (
            "وی افزود: ۲۰ درصد باقیمانده سهام در اختیار کارکنان شرکت است.",
            20,
            "share",
        ),
        # must NOT fire: a rate in its adjectival form before the word
        (
            "وی افزود: افزایش ۱۲ درصدی صادرات در سال گذشته ثبت شد.",
            12,
            "change",
        ),
    ],
)
def test_remainder_is_a_share(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind
