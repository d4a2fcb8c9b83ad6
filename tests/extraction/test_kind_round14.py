"""Round 14 kind phenomena, each reproduced with sentences the team wrote (other sectors
and verb forms than the development texts): a named rule fires on its cue and stays
silent on a near miss. The same phenomena have rows in data/kind_coverage.tsv (groups
compared, glued, realised, budget, share, rank, referred, progressive)."""

from __future__ import annotations

import pytest

from crawler.extraction.figures.extract import readings
from crawler.extraction.figures.kind import (
    KindContext,
    budgeted,
    change_by_nature,
    ranked_by,
    realised,
    referred_event,
    share_of_whole,
    target_before,
    under_way,
)
from crawler.extraction.figures.model import Reading


def reading(text: str, nth: int = 0) -> Reading:
    return list(readings(text))[nth][0]


@pytest.mark.parametrize(
    ("rule", "fires", "silent", "kind"),
    [
        # a realised predicate ends the amount's statement, past a restated percentage
        (
            realised,
            "۳۱۰۰ شغل معادل ۱۰۴ درصد تعهد امسال تحقق یافت.",
            "تعهد امسال ۳۱۰۰ شغل است که باید محقق شود.",
            "actual",
        ),
        # money paid out of a budget is no budgeted amount; a budget bill names one
        (
            budgeted,
            "در لایحه بودجه سال آینده برای بیمارستان ۹۰۰ میلیارد تومان دیده شده است.",
            "از محل قانون بودجه ۹۰۰ میلیارد تومان به بیمارستان‌ها پرداخت شد.",
            "target",
        ),
        # a rate-change verb as a percentage's own verb, past a qualifier
        (
            change_by_nature,
            "مصرف آب کشاورزی ۱۸ درصد در قیاس با سال زراعی قبل پایین آمده است.",
            "مصرف آب کشاورزی ۱۸ درصد در قیاس با سال زراعی قبل بوده است.",
            "change",
        ),
        # a share verb of possession or responsibility
        (
            share_of_whole,
            "ناوگان جاده‌ای بیش از ۸۵ درصد و ۱۰ درصد حمل کالای استان را برعهده دارد.",
            "ناوگان جاده‌ای بیش از ۸۵ درصد و ۱۰ درصد رشد داشته است.",
            "share",
        ),
        # an event a speaker refers to; a clause the frame opens is not one
        (
            referred_event,
            "وی با اشاره به صید ۶ هزار تن ماهی از دریا گفت: صیادان بیمه شده‌اند.",
            "وی با اشاره به اینکه ۶ هزار تن ماهی در استان صید می‌شود گفت: بازار کشش دارد.",
            "actual",
        ),
        (
            referred_event,
            "وی با اشاره به افتتاح ۳۰ مدرسه در ماه آینده گفت: تجهیز آنها ادامه دارد.",
            "وی گفت: ۳۰ مدرسه در استان افتتاح شد.",
            "forecast",
        ),
        (
            referred_event,
            "مدیرکل با اشاره به تولید ۴ هزار تن عسل در استان گفت: بازار آن رونق دارد.",
            "مدیرکل با اشاره به رشد ۱۵ درصدی تولید عسل در استان گفت: بازار آن رونق دارد.",
            "actual",
        ),
        # what is being planned or approved is a plan, what is being built has no kind
        (
            under_way,
            "۸۰۰ هکتار گلخانه جدید در دست برنامه ریزی است.",
            "۸۰۰ هکتار گلخانه جدید در سال گذشته ساخته شد.",
            "target",
        ),
        # an amount in a «با» phrase that earns a rank
        (
            ranked_by,
            "این شهرستان با تولید ۹۰ هزار تن سیب‌زمینی رتبه دوم استان را دارد.",
            "این شهرستان ۹۰ هزار تن سیب‌زمینی تولید و رتبه دوم استان را کسب کرد.",
            "actual",
        ),
    ],
)
def test_kind_rule_alone(rule, fires: str, silent: str, kind: str) -> None:
    assert rule(KindContext(reading(fires))) == kind
    assert rule(KindContext(reading(silent))) is None


def test_fulfilled_commitment_is_no_target() -> None:
    """«تعهد ... محقق و برای ۱۸ هزار نفر شغل ایجاد شد»: the cue is fulfilled before the
    number, so ``target_before`` stays silent; without «محقق» it fires."""
    done = "تعهد اشتغال پارسال محقق و برای ۸ هزار نفر در بخش معدن شغل ایجاد شد."
    plan = "تعهد اشتغال امسال برای ۸ هزار نفر در بخش معدن است."
    assert target_before(KindContext(reading(done))) is None
    assert target_before(KindContext(reading(plan))) == "target"
