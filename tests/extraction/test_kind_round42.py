"""Round 42 kinds: a present copula as the number's own verb after a deadline that is the
clause's only target cue («تا پایان سال جاری ظرفیت ... ۵۰۰ مگاوات است») states where things
will stand by then, a forecast, as an indicative present does; a past imperfective after a
habit word («سالانه ۹۰ هزار تن ... صید می‌کرد») reports what was, actual. Team-written
sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of, values_units


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی گفت: ظرفیت تولید برق در استان تا پایان سال جاری ۱۸۰۰ مگاوات است.",
            1800,
            "forecast",
        ),
        (
            "مدیرکل افزود: تولید گندم استان تا پایان امسال ۴۵۰ هزار تن و تولید جو ۹۰ هزار تن است.",
            450000,
            "forecast",
        ),
        # must NOT change: a goal named beside the deadline keeps the target
        (
            "وی گفت: هدف ما تا پایان سال جاری ظرفیت ۱۸۰۰ مگاوات است.",
            1800,
            "target",
        ),
        # must NOT change: a perfect reports what was done by then
        (
            "وی گفت: تا پایان سال گذشته ظرفیت نیروگاه‌ها به ۱۲۰۰ مگاوات رسیده است.",
            1200,
            "actual",
        ),
        # must NOT change: a past copula of the number's own before the clause's «است»
        (
            "مدیرکل گمرک گفت: صادرات استان از ابتدای سال تا پایان مهر ۲۱۰ میلیون دلار "
            "بوده و صادرات صنعتی رو به رشد است.",
            2.1e8,
            "actual",
        ),
    ],
)
def test_state_at_a_deadline(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی افزود: صیادان استان سالانه ۹۰ هزار تن ماهی صید می‌کردند که امسال این رقم "
            "افزایش یافت.",
            90000,
            "actual",
        ),
        (
            "وی گفت: این کارخانه پیش از تعطیلی سالانه ۳۰ هزار تن شکر تولید می‌کرد.",
            30000,
            "actual",
        ),
        # must NOT change: a habit in the present states what happens as a rule
        (
            "وی گفت: این کارخانه سالانه ۳۰ هزار تن شکر تولید می‌کند.",
            30000,
            None,
        ),
        # must NOT change: a price per unit in the past is a level, no kind
        (
            "وی گفت: هر کیلو گوجه فرنگی در بازار ۲۵ هزار تومان به فروش می‌رسید.",
            25000,
            None,
        ),
    ],
)
def test_past_habit(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "مدیرعامل شرکت گاز گفت: ضریب نفوذ گاز روستایی استان به ۹۶ درصد افزایش یافته است.",
            96,
            "share",
        ),
        (
            "وی افزود: میزان برخورداری روستاها از آب شرب سالم به ۸۸ درصد ارتقا یافت.",
            88,
            "share",
        ),
        # must NOT change: a rate is no part of a whole
        (
            "وی افزود: نرخ بیکاری استان به ۱۱ درصد افزایش یافت.",
            11,
            "actual",
        ),
        # must NOT change: the size of a rise is a change
        (
            "وی افزود: ضریب نفوذ گاز روستایی استان ۶ درصد افزایش یافته است.",
            6,
            "change",
        ),
    ],
)
def test_part_of_a_whole_risen_to_a_level(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی گفت: ۳۰ هزار واحد مسکن از مجموع ۴۵ هزار واحد هدفگذاری شده در استان ساخته و "
            "تحویل داده شده است.",
            30000,
            "actual",
        ),
        (
            "مدیرکل افزود: ۱۲ طرح از کل ۲۰ طرح هدفگذاری شده امسال به بهره‌برداری رسید.",
            12,
            "actual",
        ),
        # must NOT change: the whole keeps the target its cue names
        (
            "وی گفت: ۳۰ هزار واحد مسکن از مجموع ۴۵ هزار واحد هدفگذاری شده در استان ساخته و "
            "تحویل داده شده است.",
            45000,
            "target",
        ),
        # must NOT change: with no whole between, the cue after the number is its own
        (
            "وی گفت: ۴۵ هزار واحد مسکن برای امسال هدفگذاری شده است.",
            45000,
            "target",
        ),
    ],
)
def test_target_of_the_whole(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی گفت: ۸۰۰ هزار فرصت شغلی برای کل کشور پیش‌بینی شده که سهم استان زنجان ۹ هزار "
            "شغل است.",
            9000,
            "target",
        ),
        (
            "مدیرکل افزود: سهم استان در سال جاری احداث ۲۰۰ مگاوات نیروگاه خورشیدی است.",
            200,
            "target",
        ),
        (
            "وی گفت: سهمیه استان در ساخت مسکن روستایی امسال ۴۵۰۰ واحد است.",
            4500,
            "target",
        ),
        # must NOT change: a territory's part of a harvest is no quota
        (
            "پیش‌بینی می‌شود امسال ۸۰۰ هزار تن سیب برداشت شود و سهم شهرستان مراغه ۲۰۰ هزار تن است.",
            200000,
            "forecast",
        ),
        # a quota stated with a past copula is still the quota (round 17/19), whatever was done
        (
            "وی گفت: سهم استان از این طرح ۳۰۰ واحد بود که همه آنها تحویل شد.",
            300,
            "target",
        ),
    ],
)
def test_quota_of_a_territory(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threshold with its noun elided before a compound verb: no count of «معرفی»
        (
            "در این طرح شهرهای اراک و ساوه بالای ۲۰۰ هزار معرفی شدند.",
            [],
        ),
        # an amount with its money unit elided before a passive: money, not a count
        (
            "وی گفت: اعتبار این طرح ۱۰۰ میلیارد تومان است که تاکنون ۴۵ میلیارد پرداخت شد.",
            [(1e11, "IRT"), (45e9, "IRT")],
        ),
        # must NOT change: an unknown noun counted before another verb stays a count
        (
            "در این مدت ۶۸۰۰ پایه برق نصب شد.",
            [(6800, "count")],
        ),
    ],
)
def test_compound_verb_nominal_is_not_counted(text: str, expected: list) -> None:
    assert values_units(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # «رفته» with its «است» dropped is a perfect, like «شده», «گرفته»
        (
            "امسال ۴۲ هزار هکتار از اراضی استان زیر کشت جو رفته و پیش‌بینی می‌شود ۹۰ هزار "
            "تن محصول برداشت شود.",
            42000,
            "actual",
        ),
        (
            "وی گفت: امسال ۳۰۰ تن خرما به فروش رفته که پیش‌بینی می‌شود این رقم افزایش یابد.",
            300,
            "actual",
        ),
        # must NOT change: the forecast's own amount
        (
            "امسال ۴۲ هزار هکتار از اراضی استان زیر کشت جو رفته و پیش‌بینی می‌شود ۹۰ هزار "
            "تن محصول برداشت شود.",
            90000,
            "forecast",
        ),
        # must NOT change: «رفته رفته» (little by little) is no verb
        (
            "وی گفت: رفته رفته ۵۰۰ واحد مسکونی ساخته خواهد شد.",
            500,
            "forecast",
        ),
    ],
)
def test_perfect_of_going(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # «توانسته» with its «است» dropped is a perfect: what the amount achieved
        (
            "مدیرکل گفت: استان با تولید ۲۵۰ هزار تن توانسته ۳۰ درصد بازار کشور را به خود "
            "اختصاص دهد گفت: این رقم بی‌سابقه است.",
            250000,
            "actual",
        ),
        # must NOT change: «خواهد توانست» is the future
        (
            "مدیرکل گفت: استان با تولید ۲۵۰ هزار تن خواهد توانست بازار را تامین کند.",
            250000,
            "forecast",
        ),
    ],
)
def test_perfect_of_being_able(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


def test_passive_after_noun_guard_holds() -> None:
    """units.open_count tests «ش» or «گرد» before matching 'passive_after_noun'."""
    from crawler.data import load

    words = load("counted_nouns.json")["open_count"]["passive_after_noun"]
    assert all("ش" in w or "گرد" in w for w in words)
