"""Round 23 (dev-f and heldout20 first runs): which numbers are figures, on team-written
sentences (our own words, sectors, provinces and outlets the corpus lacks).

- a month name with «ماه» before a bare two-digit number dates it («فروردین ماه ۹۸ سرریز
  شد», «اسفندماه ۹۹ پرآب شد»): the year, not a count of the word after it; an amount with
  its unit after the month stays a figure («در دی‌ماه ۴۱٫۲ درصد»);
- a budget law's year («قانون بودجه ۹۹ درآمد ...», «بودجه ۱۴۰۲ ...»): a two-digit year after
  «بودجه» before an unknown noun is no count (money after «بودجه» stays a figure);
- «مورد» in the idioms «مورد توجه», «مورد استفاده», «مورد استقبال» ... («قرار گرفتن») is
  no counted noun: the number before it is a year or a name («رویداد ساری ۲۰۲۲ مورد توجه»);
- a power unit misspelt by a slip of the keyboard or a dropped letter («۱۶۰ مگکاواتی
  نیروگاه», «نیروگاه ۳۰ مگواتی», «۸۵ کیلوات») is that unit, not a count of an unknown noun;
  a voltage («پست ۲۳۰ کیلوولتی») stays no figure;
- countries counted in a clause that sends goods to them («به ۴۰ کشور جهان صادر می‌شود»,
  «۲۵ کشور مقصد صادرات») are the destinations of exports, a figure; countries counted
  otherwise («۱۵ کشور برتر», «هیئت‌هایی از ۳۰ کشور») are no figure;
- a number word glued to a known counted noun when the space was dropped («چهارطرح»,
  «سه‌واحد», «پنج‌پروژه») is a count like «چهار طرح».
"""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from tests.extraction.probes import values_units as _figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a month and its year
        ("سد کرخه آخرین بار اردیبهشت ماه ۹۷ سرریز کرده بود.", []),
        ("تالاب انزلی اسفندماه ۹۹ پرآب شد و گردشگران زیادی آمدند.", []),
        ("این کارخانه از مهر ماه ۱۴۰۱ تعطیل شده است.", []),
        ("قیمت گوجه در آبان ماه ۳۵ درصد افزایش یافت.", [(35, "percent")]),
        ("در خرداد ماه ۱۲ هزار تن گندم در زنجان خریداری شد.", [(12000, "ton")]),
        ("نرخ تورم استان مرکزی در دی‌ماه ۴۱٫۲ درصد بود.", [(41.2, "percent")]),
        ("صادرات گیلان در تیر ماه ۷ درصد رشد کرد.", [(7, "percent")]),
        # a budget's year
        ("طبق قانون بودجه ۹۸ درآمد استان زنجان ۹۰۰ میلیارد ریال است.", [(900000000000, "IRR")]),
        ("در لایحه بودجه ۰۲ سهم استان گیلان افزایش یافت.", []),
        ("بودجه ۵۰۰ میلیارد ریالی شهرداری ارومیه تصویب شد.", [(500000000000, "IRR")]),
        # «مورد» in an idiom
        ("نمایشگاه کتاب تبریز ۲۰۲۳ مورد استقبال مردم قرار گرفت.", []),
        ("جشنواره انار ساوه ۱۴۰۲ مورد توجه گردشگران خارجی قرار گرفت.", []),
        ("طرح سامانه ۱۳۷ مورد استفاده شهروندان بندرعباس است.", []),
        ("در یزد ۳۴۰ مورد پروانه کسب صادر شد.", [(340, "count")]),
        # a rated power with a misspelt unit is that unit
        ("ساخت ۲۰۰ مگکاواتی نیروگاه بادی در منجیل آغاز می‌شود.", [(200, "MW")]),
        ("نیروگاه ۳۰ مگواتی زباله سوز در رشت ساخته می‌شود.", [(30, "MW")]),
        ("۸۵ کیلوات پنل خورشیدی روی بام مدارس قزوین نصب شد.", [(85, "kW")]),
        ("احداث ۴۰۰ مگاواتی نیروگاه سیکل ترکیبی در کرمان آغاز شد.", [(400, "MW")]),
        ("پست ۲۳۰ کیلوولتی شهرک صنعتی اشتهارد افتتاح شد.", []),
        # countries goods go to
        ("زعفران خراسان به ۴۰ کشور جهان صادر می‌شود.", [(40, "count")]),
        ("محصولات لبنی اردبیل به 12 کشور روسیه، عراق و ارمنستان صادر شد.", [(12, "count")]),
        ("۲۵ کشور مقصد صادرات کاشی یزد هستند.", [(25, "count")]),
        ("ایران در میان ۱۵ کشور برتر تولید زعفران است.", []),
        ("هیئت‌هایی از ۳۰ کشور در نمایشگاه تبریز شرکت کردند.", []),
        # a number word glued to its counted noun
        ("چهارطرح صنعتی در شهرستان ساوه افتتاح شد.", [(4, "count")]),
        ("سه‌واحد تولیدی در شهرک صنعتی بیرجند به بهره برداری رسید.", [(3, "count")]),
        ("پنج‌پروژه گردشگری در ماسال کلنگ زنی شد.", [(5, "count")]),
        ("این موضوع در استان مطرح شد و ۱۲ طرح تصویب شد.", [(12, "count")]),
    ],
)
def test_round23_units(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "زعفران خراسان به ۴۰ کشور جهان صادر می‌شود.",
        "پسته رفسنجان امسال به 18 کشور آسیایی و اروپایی صادر شد.",
        "۲۵ کشور مقصد صادرات کاشی یزد هستند.",
    ],
)
def test_destination_countries_are_exports(text: str) -> None:
    assert [f.subject for f in extract_figures(text)] == ["exports"]
