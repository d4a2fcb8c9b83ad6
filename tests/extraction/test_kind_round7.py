"""Round-7 kind grammar, with sentences the team wrote (variants the development texts lack):
the
«پیش‌بینی‌شده» participle is a plan only inside a programme or a budget; a budgeted amount
told in the past is what it was; a quota's own figure is not the next statement's; a
percentage a change verb takes as its object is the change; a premise («با ...،») makes
the present passive after it a forecast; a glued future auxiliary is future; a mandate and
an amount asked for are targets."""

from __future__ import annotations

import pytest

from crawler.extraction.figures.extract import readings
from crawler.extraction.figures.kind import find_kind


def kind_of(text: str, nth: int = 0) -> str | None:
    return find_kind(list(readings(text))[nth][0])


@pytest.mark.parametrize(
    ("text", "nth", "kind"),
    [
        ("با توجه به برنامه‌ریزی‌ها انتظار می‌رود پوشش بیمه به ۸۰ درصد برسد.", 0, "target"),
        # «پیش‌بینی‌شده»: a plan in a programme or a budget, an estimate otherwise
        ("در برنامه پنج‌ساله استان ساخت ۴ هزار واحد مسکونی پیش‌بینی شده است.", 0, "target"),
        ("سرمایه‌گذاری پیش‌بینی‌شده این کارخانه ۳۰۰ میلیارد تومان است.", 0, "forecast"),
        # a budgeted amount told in the past
        ("سال گذشته بودجه مصوب شهرداری ۹۰۰ میلیارد تومان بوده که امسال بیشتر شد.", 0, "actual"),
        ("ظرفیت مصوب نیروگاه‌های بادی استان به ۴۰ مگاوات رسیده است.", 0, "actual"),
        ("بودجه مصوب شهرداری برای امسال ۹۰۰ میلیارد تومان است.", 0, "target"),
        # a quota with its own figure, then what was done
        ("سهمیه استان ۵ هزار نفر بود که در شش ماه ۶ هزار نفر شغل ایجاد شد.", 1, "actual"),
        ("سهمیه استان ۵ هزار نفر بود که در شش ماه ۶ هزار نفر شغل ایجاد شد.", 0, "target"),
        (
            "هدف استان ۲ میلیارد دلار است که در صورت تحقق شاهد رشدی ۱۵ درصدی خواهیم بود.",
            1,
            "target",
        ),
        # a percentage a change verb takes as its object
        ("۱۵ درصد هزینه‌های انرژی را با نصب پنل‌ها کاهش داده‌ایم.", 0, "change"),
        ("۱۵ درصد هزینه‌های انرژی مربوط به روشنایی است.", 0, "share"),
        # a premise closed by a comma: what follows from it is a forecast
        ("با بهره‌برداری از این کارخانه، ۳۵۰ فرصت شغلی ایجاد می‌شود.", 0, "forecast"),
        ("امسال ۳۵۰ واحد مسکونی در روستاهای استان ساخته می‌شود.", 0, "forecast"),
        # the future auxiliary written glued to its verb
        ("۱۲۰ واحد مسکونی در دهه فجر افتتاح خواهدشد.", 0, "forecast"),
        # a mandate, an amount asked for
        ("در پی الزام ادارات به تأمین ۲۰ درصد برق خود از انرژی خورشیدی، پنل نصب شد.", 0, "target"),
        ("۳۰ طرح با اعتبار مورد نیاز ۴۰۰ میلیارد تومان بررسی شد.", 1, "target"),
        ("۳۰ طرح با اعتبار مورد نیاز ۴۰۰ میلیارد تومان بررسی شد.", 0, "actual"),
        ("۲۰۰ هزار تن گندم مورد نیاز کشور از این بندر تخلیه شد.", 0, "actual"),
    ],
)
def test_round7_kind(text: str, nth: int, kind: str | None) -> None:
    assert kind_of(text, nth) == kind
