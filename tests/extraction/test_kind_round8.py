"""Round-8 kind grammar, with sentences the team wrote (variants the development texts lack):
a forecast cue («پیش‌بینی‌ها», «انتظار می‌رود», «برآورد می‌شود») governs the verbs of its
statement, also across a colon, but «انتظار می‌رود ... برسد» names a goal (target); «قرار
است ...» is a target; a habitual present with no cue has no kind; a condition closed by a
comma makes the present passive after it a forecast; a plan predicate after a number
(«... در برنامه بود») names a target; an amount named as estimated is a forecast; a
percentage quota, and a percentage a «سهم» names after it, are shares; a past verb closes a
number's statement before a later target cue; «قرار دارد» states what is."""

from __future__ import annotations

import pytest

from crawler.extraction.figures.extract import readings
from crawler.extraction.figures.kind import find_kind


def kind_of(text: str, nth: int = 0) -> str | None:
    return find_kind(list(readings(text))[nth][0])


@pytest.mark.parametrize(
    ("text", "nth", "kind"),
    [
        # a forecast cue before a colon governs the statement after it
        ("وی پیش‌بینی کرد: امسال ۴۰۰ هزار تن چغندر قند به کارخانه‌ها تحویل شود.", 0, "forecast"),
        ("مدیر شیلات پیش‌بینی می‌کند: امسال ۱۲ هزار تن ماهی صید می‌شود.", 0, "forecast"),
        (
            "وی پیش‌بینی کرد: ۳۰ هزار تن پسته برداشت خواهد شد و ۱۰ هزار تن صادر شود.",
            1,
            "forecast",
        ),
        # ... but not a past verb of its own, nor a colon after some other verb
        ("وی پیش‌بینی کرد: سال گذشته ۵۰۰ تن زعفران فروخته شد.", 0, "actual"),
        ("وی افزود: امسال ۴۰۰ هزار تن چغندر قند به کارخانه‌ها تحویل شد.", 0, "actual"),
        # the plural «پیش‌بینی‌ها», «برآورد می‌شود», «انتظار می‌رود» as forecast cues
        ("بر اساس پیش‌بینی‌ها امسال کشاورزان ۸۰ هزار تن برنج برداشت می‌کنند.", 0, "forecast"),
        ("طبق پیش‌بینی‌های کارشناسان ۶۰ هزار تن خرما در استان تولید می‌شود.", 0, "forecast"),
        ("برآورد می‌شود امسال ۹۰ هزار تن مرکبات در استان تولید شود.", 0, "forecast"),
        ("انتظار می‌رود امسال ۲۰۰ هزار تن گندم از کشاورزان خریداری شود.", 0, "forecast"),
        ("انتظار می‌رود صادرات استان ۱۵ درصد افزایش یابد.", 0, "forecast"),
        # «انتظار می‌رود ... برسد»: the goal, a target (as the seeds' gold)
        ("انتظار می‌رود ظرفیت تولید این کارخانه به ۳۰۰ هزار تن برسد.", 0, "target"),
        ("پیش‌بینی می‌شود ظرفیت تولید این کارخانه به ۳۰۰ هزار تن برسد.", 0, "forecast"),
        # «قرار است ...» is a target
        ("قرار است امسال ۳ میلیون تن سنگ آهن از این معدن استخراج شود.", 0, "target"),
        # a habitual present with no cue has no kind
        ("روزانه ۴۵ تن مرغ منجمد در استان توزیع می‌شود.", 0, None),
        ("ماهانه ۱۲۰ تن شکر بین نانوایی‌ها پخش می‌شود.", 0, None),
        # a condition closed by a comma: what follows from it is a forecast
        ("اگر این طرح اجرا شود، ۴ میلیون بشکه نفت از این میدان استخراج می‌شود.", 0, "forecast"),
        ("در صورت تأمین اعتبار، ۵۰۰ واحد مسکونی ساخته می‌شود.", 0, "forecast"),
        # a plan predicate closing the number's statement, not what follows it
        ("ساخت ۱۰ هزار واحد در برنامه بود که تاکنون ۴ هزار واحد تحویل شده است.", 0, "target"),
        ("ساخت ۱۰ هزار واحد در برنامه بود که تاکنون ۴ هزار واحد تحویل شده است.", 1, "actual"),
        ("احداث ۲۰۰ مگاوات نیروگاه بادی در برنامه است.", 0, "target"),
        # an amount named as estimated
        ("هزینه احداث این سد ۸۰۰ میلیارد تومان برآورد شده است.", 0, "forecast"),
        ("بر اساس برآوردها تا پایان سال ۷۰ درصد پساب شهر تصفیه می‌شود.", 0, "forecast"),
        # ... but an estimate of damage or of a reserve measures what was or is
        ("خسارت تگرگ به باغداران ۱۲۰ میلیارد تومان برآورد شده است.", 0, "actual"),
        ("وی ذخایر سنگ آهن این معدن را ۴۰ میلیون تن برآورد کرد.", 0, "actual"),
        # a percentage quota, a percentage a «سهم» names after it
        ("در این آزمون سهمیه پنج درصدی برای ایثارگران در نظر گرفته شده است.", 0, "share"),
        ("۴٫۵ درصد از کل اعتبارات سهم شهرستان کرج است.", 0, "share"),
        # an approval named as a whole: the part done is actual
        ("از مجموع ۱۲۰ مصوبه سفر، ۸۵ فقره اجرا شده است.", 0, "actual"),
        ("از مجموع مصوبات سفر، ۸۵ فقره به ارزش ۲۰۰ میلیارد ریال عملیاتی شده است.", 1, "actual"),
        # a past verb closes the number's statement before a later target cue
        (
            "سال گذشته به رشد ۴ درصدی صادرات رسیدیم و امسال رشد ۶ درصدی هدف‌گذاری شده است.",
            0,
            "change",
        ),
        # «قرار دارد» states what is
        ("این شهرستان با ۲۳ هزار هکتار باغ در رتبه نخست استان قرار دارد.", 0, "actual"),
    ],
)
def test_round8_kind(text: str, nth: int, kind: str | None) -> None:
    assert kind_of(text, nth) == kind
