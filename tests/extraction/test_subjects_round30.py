"""Round 30 (heldout27's subject misses, checked against the dev gold first): team-written
sentences (not corpus text), one row per variant, with the near misses the rule must leave
alone.

- investors counted («۱۲ سرمایه‌گذار», «سه سرمایه گذار») are a count of investment, not the
  sector of the estate they settle in (dev gold: 7 of 7 counted investors, in three texts,
  investment and in the unit count); before, the counted noun read as «سرمایه» alone and the
  estate's sector decided;
- a generic classifier («مورد», «فقره») counted in a clause about attracting investors or
  investment («بیشترین جذب سرمایه‌گذاران با ۳۱ مورد ...») counts the investors attracted:
  investment (dev gold 5 of 5, two texts).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

INVESTORS_ROWS = [
    ("امسال ۲۵ سرمایه‌گذار در شهرک‌های صنعتی استان جذب شدند.", 25, "investment", "count"),
    ("۴۰ سرمایه گذار در نواحی صنعتی استان زمین گرفتند.", 40, "investment", "count"),
    ("زمین به ۱۳۰ سرمایهگذار در شهرک صنعتی واگذار شد.", 130, "investment", "count"),
    (
        "از این تعداد ۸ سرمایه گذار در ناحیه صنعتی الف و چهار سرمایه گذار در ناحیه ب مستقر شدند.",
        4,
        "investment",
        "count",
    ),
    # near misses: money invested and units in an estate keep their labels
    ("در این شهرک ۳۰ میلیارد تومان سرمایه گذاری شد.", 30e9, "investment", "IRT"),
    ("در شهرک صنعتی ۴۵ واحد تولیدی فعال است.", 45, "industrial_units", "count"),
]


@pytest.mark.parametrize(("text", "value", "subject", "unit"), INVESTORS_ROWS)
def test_investors_counted(text: str, value: float, subject: str, unit: str) -> None:
    f = _figure(text, value)
    assert (f["subject"], f["unit"]) == (subject, unit)


ATTRACTED_ROWS = [
    (
        "بیشترین جذب سرمایه‌گذاران با ۱۸ مورد به شهرک صنعتی الف"
        " و سپس با ۹ مورد به شهرک ب اختصاص داشت.",
        18,
        "investment",
    ),
    (
        "بیشترین جذب سرمایه‌گذاران با ۱۸ مورد به شهرک صنعتی الف"
        " و سپس با ۹ مورد به شهرک ب اختصاص داشت.",
        9,
        "investment",
    ),
    (
        "شهرک صنعتی الف با ۷ مورد بیشترین میزان جذب سرمایه گذاری را به خود اختصاص داده است.",
        7,
        "investment",
    ),
    ("در جذب سرمایه خارجی ۱۲ فقره قرارداد امضا شد.", 12, "contracts"),
    # near misses: classifiers in a clause that attracts nothing; a noun of its own
    ("در استان ۴۰ واحد صنعتی فعال است و ۱۵ مورد دیگر در حال ساخت است.", 15, "industrial_units"),
    ("بیشترین صادرات با ۱۵ مورد به شهرک صنعتی الف اختصاص داشت.", 15, "manufacturing"),
    ("برای جذب سرمایه گذار ۲۰ واحد صنعتی راه اندازی شد.", 20, "industrial_units"),
]


@pytest.mark.parametrize(("text", "value", "subject"), ATTRACTED_ROWS)
def test_investors_attracted(text: str, value: float, subject: str | None) -> None:
    assert _figure(text, value)["subject"] == subject


# A speaker who reports the flow in the first person plural («صادر کردیم», «وارد کردیم»)
# names exports or imports as the passive does («صادر شد»), not the customs office's trade.
FIRST_PERSON_FLOW_ROWS = [
    ("مدیرکل گمرک استان گفت: امسال ۲۰۰ هزار تن از گمرک استان صادر کردیم.", 200000, "exports"),
    ("مدیرکل گمرک گفت: امسال ۹۰ میلیون دلار از گمرکات استان وارد کردیم.", 90000000, "imports"),
    ("مدیرکل گمرک گفت: پارسال ۴۰ هزار تن از این مرز صادر نمودیم.", 40000, "exports"),
    # near misses: the passive as before; an exchange is trade
    ("مدیرکل گمرک گفت: امسال ۱۵۰ هزار تن از گمرک استان صادر شد.", 150000, "exports"),
    ("مدیرکل گمرک گفت: امسال ۷۰ هزار تن در گمرک استان مبادله شد.", 70000, "trade"),
]


@pytest.mark.parametrize(("text", "value", "subject"), FIRST_PERSON_FLOW_ROWS)
def test_flow_in_the_first_person(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


# A part of the amount before («از این میزان ...») whose first verb after it is a flow of
# goods went out or came in: exports or imports, not the production of the whole, also with
# its value between the tonnes and the verb («... تن به ارزش ... دلار ... صادر شده»).
PART_CROSSING_ROWS = [
    (
        "پارسال ۳۰۰ هزار تن خرما در استان تولید شد که از این میزان ۹۰ هزار تن به ارزش"
        " ۸۰ میلیون دلار به کشورهای همسایه صادر شده است.",
        90000,
        "exports",
    ),
    (
        "وی درباره تولید و صادرات کشمش افزود: امسال ۵۰ هزار تن کشمش تولید شد که از این مقدار"
        " ۱۲ هزار تن به ارزش ۲۰ میلیون دلار به کشورهای هدف صادر شد.",
        12000,
        "exports",
    ),
    (
        "پارسال ۳۰۰ هزار تن خرما در استان تولید شد که از این میزان ۹۰ هزار تن به ارزش"
        " ۸۰ میلیون دلار به کشورهای همسایه صادر شده است.",
        80000000,
        "exports",
    ),
    # near misses: the whole keeps production; a part with no flow verb keeps it too;
    # a part whose first verb is another one (consumed) keeps it
    (
        "پارسال ۳۰۰ هزار تن خرما در استان تولید شد که از این میزان ۹۰ هزار تن به ارزش"
        " ۸۰ میلیون دلار به کشورهای همسایه صادر شده است.",
        300000,
        "production",
    ),
    (
        "پارسال ۸۰۰ هزار تن برنج در استان تولید شد که از این میزان ۱۰۰ هزار تن مصرف داخلی است.",
        100000,
        "production",
    ),
    (
        "امسال ۴۰۰ هزار تن پسته تولید شد که از این میزان ۱۵۰ هزار تن در داخل مصرف شد"
        " و مابقی صادر شد.",
        150000,
        "production",
    ),
]


@pytest.mark.parametrize(("text", "value", "subject"), PART_CROSSING_ROWS)
def test_part_crossing(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


# Power in MW with a plant noun right after its unit sizes the plants: capacity, though the
# sentence names the peak or the shortfall the plants are meant to meet (dev gold 15 of 15).
PLANTS_AFTER_POWER_ROWS = [
    (
        "در استان ۵۰۰ مگاوات نیروگاه خورشیدی در دست اجرا داریم تا ناترازی برق در پیک جبران شود.",
        500,
        "capacity",
    ),
    ("امسال ۱۲۰ مگاوات نیروگاههای تجدیدپذیر برای کاهش ناترازی برق احداث می‌شود.", 120, "capacity"),
    ("استان با ۹۰ مگاوات نیروگاه خورشیدی فعال رتبه نخست را دارد.", 90, "capacity"),
    # near misses: demand in MW with no plant noun after the unit stays electricity
    ("اوج مصرف برق استان در پیک تابستان به ۳۲۰۰ مگاوات رسید.", 3200, "electricity"),
    ("ناترازی برق استان در پیک امسال ۸۰۰ مگاوات برق بود.", 800, "electricity"),
]


@pytest.mark.parametrize(("text", "value", "subject"), PLANTS_AFTER_POWER_ROWS)
def test_plants_after_power(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject
