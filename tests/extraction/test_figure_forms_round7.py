"""Figure values and units (round 7), on sentences the team wrote to cover how Persian
economic news writes numbers and units, beyond the texts seen so far: decimal marks
(«۲.۵», «۲٫۵», «۲/۵»), «نیم» and «و نیم», the Persian comma between thousands («۱،۲۰۰»),
scale words glued to each other or to the unit («هزارمیلیارد», «میلیاردریال»), tatweel and
vowel marks inside words («هـزار», «تُن»), abbreviated units with a scale in them («همت»,
«م.م.ک», «گیگاوات»), the colloquial «کیلو», a counted noun with «-ای» glued («قطعهای»), the
classifiers of each sector, and vague quantities that are no number («ده‌ها هزار تن»)."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # decimal marks and halves
        ("تولید گندم استان امسال به ۲.۵ میلیون تن رسید.", (2500000, "ton")),
        ("تولید گندم استان امسال به ۲٫۵ میلیون تن رسید.", (2500000, "ton")),
        ("تولید گندم استان امسال به ۲/۵ میلیون تن رسید.", (2500000, "ton")),
        ("تولید گندم استان امسال به دو و نیم میلیون تن رسید.", (2500000, "ton")),
        ("صادرات سیمان به نیم میلیون تن رسید.", (500000, "ton")),
        ("ارزش صادرات به یک و نیم میلیارد دلار رسید.", (1500000000, "USD")),
        ("نرخ تورم استان ۴۲/۵ درصد اعلام شد.", (42.5, "percent")),
        ("سهم بخش کشاورزی صفر ممیز هفت درصد است.", (0.7, "percent")),
        ("رشد اقتصادی هفت دهم درصد بود.", (0.7, "percent")),
        # thousands separators, glued scale words, mixed words and digits
        ("برای این طرح ۱،۲۰۰ میلیارد ریال هزینه شد.", (1200000000000, "IRR")),
        ("برای این طرح ۱,۲۰۰ میلیارد ریال هزینه شد.", (1200000000000, "IRR")),
        ("برای این طرح ۱۲ هزارمیلیارد ریال هزینه شد.", (12000000000000, "IRR")),
        ("برای این طرح ۵۰ میلیاردریال هزینه شد.", (50000000000, "IRR")),
        ("برای این طرح ۱۲ هزارو ۵۰۰ میلیارد ریال هزینه شد.", (12500000000000, "IRR")),
        ("برای این طرح ۱۲۰۰میلیاردتومان هزینه شد.", (1200000000000, "IRT")),
        ("مبلغ پنج میلیارد و ۳۰۰ میلیون ریال غرامت پرداخت شد.", (5300000000, "IRR")),
        ("یکهزار و دویست میلیارد ریال تسهیلات پرداخت شد.", (1200000000000, "IRR")),
        ("۲ میلیون و پانصد هزار تن کالا جابجا شد.", (2500000, "ton")),
        ("برای ۲۳هزار و ۴۵۰نفر شغل ایجاد شد.", (23450, "person")),
        ("بانک‌ها با سود ۱۵ درصدی تسهیلات دادند.", (15, "percent")),
        # tatweel and vowel marks inside a number word or a unit
        ("در این طرح ۳۰ هـزار تن کالا جابجا شد.", (30000, "ton")),
        ("روزانه ۱۰۰ تُن مرغ به تهران ارسال می‌شود.", (100, "ton")),
        ("۲۵ میلیـون تن گندم خریداری شد.", (25000000, "ton")),
        # abbreviated units that carry a scale
        ("برای این طرح ۳.۵ همت اعتبار تخصیص یافت.", (3500000000000, "IRT")),
        ("ذخیره سد به ۱۲۰ م.م.ک رسید.", (120000000, "m3")),
        ("ظرفیت نیروگاه‌های تجدیدپذیر کشور به ۱۲ گیگاوات رسید.", (12000, "MW")),
        # «کیلو» alone is the kilogram
        ("۲۵ کیلو گوشت میان نیازمندان توزیع شد.", (25, "kg")),
        ("۸۰ هزار کیلو برنج توزیع شد.", (80000, "kg")),
        # units written glued or apart
        ("۱۲۰ هزارتن محصول صادر شد.", (120000, "ton")),
        ("۵۰۰کیلوگرم مواد غذایی توزیع شد.", (500, "kg")),
        ("ذخیره سد به ۱۲۰ میلیون متر مکعب رسید.", (120000000, "m3")),
        ("ذخیره سد به ۱۲۰ میلیون مترمکعب رسید.", (120000000, "m3")),
        ("نیروگاه ۱۰ مگاوات‌ساعت برق تولید کرد.", (10, "MWh")),
        ("۲۵ میلیون کیلووات‌ساعت برق مصرف شد.", (25000000, "kWh")),
        ("روزانه ۲۵۰ هزار بشکه نفت تولید می‌شود.", (250000, "barrel")),
        ("ظرفیت پالایشگاه ۲۰ هزار بشکهای است.", (20000, "barrel")),
        ("روزانه ۳ میلیون لیتر شیر خام خریداری می‌شود.", (3000000, "litre")),
        ("۵۰۰هکتار باغ جدید احداث شد.", (500, "hectare")),
        ("۲۰ میلیون درهم کالا صادر شد.", (20000000, "AED")),
        ("۲۰ میلیون یوان کالا وارد شد.", (20000000, "CNY")),
        ("۸۳۱ میلیون یورو صادرات انجام شد.", (831000000, "EUR")),
        # classifiers and counted nouns by sector
        ("حدود ۹۰۰ هزار قطعهای جوجه ریزی شد.", (900000, "count")),
        ("۱۵۰ میلیون قطعه بچه ماهی در رودخانه رهاسازی شد.", (150000000, "count")),
        ("۱۲ هزار رأس دام سنگین بیمه شد.", (12000, "count")),
        ("۵۰۰ راس دام سبک واکسینه شد.", (500, "count")),
        ("۳ فروند هواپیما به ناوگان استان افزوده شد.", (3, "count")),
        ("۳ هزار حلقه چاه کشاورزی هوشمند شد.", (3000, "count")),
        ("۱۲ باب مدرسه در روستاها افتتاح شد.", (12, "count")),
        ("۷۰ هزار اصله نهال غرس شد.", (70000, "count")),
        ("۱۲ هزار فقره تسهیلات قرض‌الحسنه پرداخت شد.", (12000, "count")),
        ("۳۵ دستگاه اتوبوس به ناوگان اضافه شد.", (35, "count")),
        ("۲۰ هزار کندو زنبور عسل در استان فعال است.", (20000, "count")),
        ("در دهه فجر هزار جلد سند تک برگ صادر شد.", (1000, "count")),
        ("۲۰۰ فرصت شغلی در شهرک صنعتی ایجاد شد.", (200, "person")),
    ],
)
def test_forms_and_units_read(text: str, expected: tuple) -> None:
    assert expected in amounts(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a vague quantity before a scale is no number
        ("ده‌ها هزار تن کالا در بندر مانده است.", (1000, "ton")),
        ("صدها میلیارد ریال سرمایه جذب شد.", (1000000000, "IRR")),
        ("چند هزار نفر در این مراسم حاضر شدند.", (1000, "person")),
        # «م» after a number is an ordinal unless it opens «م.م.ک»
        ("۱۲۰ م.م.ک آب در سد ذخیره شد.", (120, "count")),
        # «گیگاوات» is not a counted noun
        ("۱۲ گیگاوات ظرفیت جدید نصب شد.", (12, "count")),
    ],
)
def test_not_read_as(text: str, wrong: tuple) -> None:
    assert wrong not in amounts(text)


def test_marks_keep_the_text_as_written() -> None:
    text = "مقدمه خبر. در این طرح ۳۰ هـزار تُن کالا جابجا شد."
    (fig,) = extract_figures(text)
    assert (fig.value, fig.unit) == (30000, "ton")
    assert fig.text == "۳۰ هـزار تُن"
    assert text[fig.start : fig.end] == fig.text
    assert fig.sentence == "در این طرح ۳۰ هـزار تُن کالا جابجا شد."
