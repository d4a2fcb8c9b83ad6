"""Round 43 kinds. A habit word that belongs to another number of the clause («با ظرفیت
تولید سالانه یک میلیون تن») does not make the amount before it a rate: «... چهار میلیون تن
پیش‌بینی شده است» stays the estimate it states. Team-written sentences."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record
from tests.extraction.probes import figure_of


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی با بیان اینکه استخراج سنگ آهن طی دو سال آینده حدود سه میلیون تن پیش‌بینی "
            "شده است، هدف شرکت را احداث کارخانه با ظرفیت تولید سالانه یک میلیون تن ذکر کرد.",
            3_000_000,
            "forecast",
        ),
        (
            "مدیرعامل شرکت با بیان اینکه تولید کنسانتره در سال آینده ۸۰۰ هزار تن پیش‌بینی "
            "شده است، ظرفیت اسمی کارخانه را سالانه ۹۰۰ هزار تن اعلام کرد.",
            800_000,
            "forecast",
        ),
        # must NOT change: a price per unit in force carries no kind
        (
            "وی افزود: نرخ مصوب هر کیلوگرم شیر خام ۲۰ هزار تومان است.",
            20000,
            None,
        ),
    ],
)
def test_habit_of_another_number(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


# A stem that doubles as a verbal noun («رفت», «خرید», «پرداخت») closing its sentence
# before the full stop is the sentence's verb, a simple past: «... زیر کشت ارقام فجر و
# شمیم رفت.», «... به فروش رفت.» report what was done.
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی افزود: امسال سه هزار هکتار از زمین‌های استان در شهرستان‌های گچساران و باشت "
            "زیر کشت ارقام فجر و شمیم رفت.",
            3000,
            "actual",
        ),
        (
            "مدیر جهاد کشاورزی گفت: از محصول سیب این شهرستان تنها ۸۰۰ تن به فروش رفت.",
            800,
            "actual",
        ),
        # must NOT change: the stem as a noun before more words of the sentence
        (
            "وی گفت: هزینه رفت و آمد کارگران روزانه ۲۰۰ هزار تومان است.",
            200000,
            None,
        ),
        # must NOT change: a headline with no full stop, the noun «خرید» closing it
        (
            "افزایش ۲۰ درصدی خرید",
            20,
            "change",
        ),
    ],
)
def test_nominal_stem_closing_its_sentence(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


# «ابلاغی» (notified from above) names an amount set for the province: a target, as «مصوب»
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی گفت: سطح زیر کشت چغندر ۶ هزار هکتار است که نسبت به سطح ابلاغی ۷ هزار "
            "هکتاری، حدود هزار هکتار کاهش دارد.",
            7000,
            "target",
        ),
        (
            "مدیرکل گفت: اعتبار ابلاغی به استان برای مشاغل خانگی ۲۰۰ میلیارد ریال است.",
            2e11,
            "target",
        ),
        # must NOT change: the verbal noun «ابلاغ» before money paid out
        (
            "وی افزود: علاوه بر ابلاغ نقدی، مبلغ ۳۰۰ میلیارد تومان به صورت اسناد خزانه پرداخت شد.",
            3e11,
            "actual",
        ),
    ],
)
def test_notified_amount(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


def _percent_kinds(title: str, body: str, value: float) -> list[str | None]:
    figures = extract_record(title, None, body)["figures"]
    return sorted(
        (f["kind"] or "") for f in figures if f["value"] == value and f["unit"] == "percent"
    )


# A headline's growth and the body's share of the same value are two facts, not a copy
@pytest.mark.parametrize(
    ("title", "body", "kinds"),
    [
        (
            "افزایش ۳۵ درصدی تولید شیر در استان",
            "مدیرکل گفت: استان توانست در سال گذشته ۳۵ درصد تولید شیر کشور را به خود اختصاص دهد.",
            ["change", "share"],
        ),
        # must NOT change: the headline restating the body's growth is one figure
        (
            "افزایش ۳۵ درصدی تولید شیر در استان",
            "مدیرکل گفت: تولید شیر استان در سال گذشته ۳۵ درصد افزایش یافت.",
            ["change"],
        ),
        # must NOT change: a share restated is one figure
        (
            "سهم ۳۵ درصدی استان از تولید شیر کشور",
            "مدیرکل گفت: استان در سال گذشته ۳۵ درصد تولید شیر کشور را به خود اختصاص داد.",
            ["share"],
        ),
    ],
)
def test_growth_and_share_of_one_value(title: str, body: str, kinds: list[str]) -> None:
    assert _percent_kinds(title, body, 35) == kinds


# «از نتایج/دستاوردهای ... می‌توان به ... اشاره کرد»: the examples listed are results, done
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "وی گفت: از نتایج این اقدامات می‌توان به توسعه ۳۰۰ هکتاری شهرک صنعتی سلفچگان "
            "و بهره‌برداری از شهرک الغدیر اشاره کرد.",
            300,
            "actual",
        ),
        (
            "مدیرکل افزود: از دستاوردهای این طرح می‌توان به ایجاد ۲۵۰ فرصت شغلی در روستاها "
            "اشاره کرد.",
            250,
            "actual",
        ),
        # must NOT change: examples of large mines after a count of mines: no kind
        (
            "وی گفت: استان ۴۰۰ معدن دارد. از جمله معادن بزرگ استان می‌توان به معدن طلا با "
            "استخراج اسمی ۶۰۰ هزار تن در سال اشاره کرد.",
            600000,
            None,
        ),
    ],
)
def test_results_mentioned(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


# The last sentence of a page cut before its verb goes on with the statement before it
_OPENED = (
    "در شهرستان رفسنجان پروژه تولید کاشی با سرمایه‌گذاری ۵۰۰ میلیارد ریال و اشتغال "
    "برای ۳۰ نفر افتتاح شد.\n"
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            _OPENED + "در شهرستان بم هم پروژه تولید لوله با سرمایه‌گذاری ۷۰۰ میلیارد ریال و "
            "اشتغال ۴۵ نفر با دستور",
            45,
            "actual",
        ),
        (
            _OPENED + "در شهرستان بم هم پروژه تولید لوله با سرمایه‌گذاری ۷۰۰ میلیارد ریال و "
            "اشتغال ۴۵ نفر با دستور",
            7e11,
            "actual",
        ),
        # must NOT change: the sentence closed by a full stop is no cut one
        (
            _OPENED + "در شهرستان بم هم پروژه تولید لوله با سرمایه‌گذاری ۷۰۰ میلیارد ریال و "
            "اشتغال ۴۵ نفر.",
            45,
            None,
        ),
        # must NOT change: the cut sentence with a verb of its own keeps its reading
        (
            _OPENED + "در شهرستان بم پروژه تولید لوله با اشتغال ۴۵ نفر افتتاح خواهد شد و",
            45,
            "forecast",
        ),
    ],
)
def test_cut_last_sentence(text: str, value: float, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind
