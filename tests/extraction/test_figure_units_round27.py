"""Round 27 (heldout24 first run): figure values and units, on team-written sentences.

- an amount with no unit between two prices in one money unit takes it also when the next
  price is a range («... ۴ هزار و ۵۰۰ و انار ۱۱ تا ۱۲ هزار تومان»);
- a bare year after «<month> ماه» is the date's year: it opens no list («فروردین ماه 1403،
  12 هزار نفر» is not 1403 thousand persons);
- «جمعیتی» alone before a population a service supplies («آب شرب جمعیتی بالغ بر ۹۰ هزار نفر را
  تأمین کرد») is its reach, a figure, as after «با جمعیتی»; a place's size stays none;
- a decimal right after «سال» is no year («جمعیت بالای ۱۰ سال ۱۱٫۲ درصد»): with a unit it is
  a quantity (a section number after «بند» stays a label);
- a number word glued to an approximation word before it («حدودهفت هزار», «بیش‌ازسه»,
  «بالغبردو») is read whole, not as its bare scale («هزار»); «بازده» stays no number;
- visits counted in thousands after the classifier «مورد» («۷۵۷ هزار مورد بازدید») are a
  flow, a count; a few inspection visits («۴۳ مورد بازدید») stay refused;
- «روستایی» sized by households right after it («۷۵۲ روستایی بالای ۲۰ خانوار») is villages
  (a count), and the household class is no figure; villagers stay persons;
- a tatweel right after digits is a numbered list item's dash («۱۰ـ گوجه»: no count);
- in a list of prices one per line, an item's price after «هر کیلوگرم» closing its line with
  no unit takes the money unit of the item before it; «هر شهرستان ۶۲۰۰» is no price.
"""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from tests.extraction.probes import values_units as _figures

_PRICES = (
    "۲ـ عدس هر کیلوگرم ۵۱۰۰ تومان\n\n۳ـ لوبیا هر کیلوگرم ۷۳۰۰\n\n۴ـ نخود هر کیلوگرم ۶۸۰۰ تومان"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # decimals after «سال»
        ("نرخ بیکاری افراد بالای ۱۵ سال ۹٫۴ درصد اعلام شد.", [(9.4, "percent")]),
        ("سهم جوانان بالای ۱۸ سال ۲۳.۵ درصد است.", [(23.5, "percent")]),
        ("طبق بند ۲.۱ آیین‌نامه اجرایی عمل شد.", []),
        # glued approximation words
        ("هم‌اکنون حدودهشت هزار واحد مسکونی در دست ساخت است.", [(8000, "count")]),
        ("بیش‌ازسه میلیون تن گندم خریداری شد.", [(3000000, "ton")]),
        ("بالغ‌بردو هزار میلیارد ریال تسهیلات پرداخت شد.", [(2000000000000, "IRR")]),
        ("حدود۱۲ هزار تن سیب صادر شد.", [(12000, "ton")]),
        ("بازده این سرمایه‌گذاری ۱۴ درصد است.", [(14, "percent")]),
        # visits counted after «مورد»
        ("در نوروز ۶۱۲ هزار و ۴۰۰ مورد بازدید از موزه‌های استان ثبت شد.", [(612400, "count")]),
        ("در این هفته ۳۸ مورد بازدید از نانوایی‌ها انجام شد.", []),
        # villages sized by households
        ("در استان ۶۳۰ روستایی بالای ۲۰ خانوار وجود دارد.", [(630, "count")]),
        ("گاز به ۴۵ روستایی با ۳۰۰ خانوار رسید.", [(45, "count"), (300, "count")]),
        ("امسال ۲ هزار روستایی در کارگاه‌ها مشغول به کار شدند.", [(2000, "person")]),
        # list item dashes and prices in a list
        (_PRICES, [(5100, "IRT"), (7300, "IRT"), (6800, "IRT")]),
        ("۱۲ـ گلخانه‌ها در این بخش فعال هستند.", []),
        ("قیمت مرغ ۸۰ هزار تومان است.\n\nتعداد واحدها در هر شهرستان ۶۲۰۰\n", [(80000, "IRT")]),
        # a price between two prices, the next one a range
        (
            "قیمت هر کیلو سیب ۳۰ هزار تومان، گلابی ۴ هزار و ۵۰۰ و انار ۱۱ تا ۱۲ هزار تومان است.",
            [(30000, "IRT"), (4500, "IRT"), (11000, "IRT"), (12000, "IRT")],
        ),
        # a year after «<month> ماه» opens no list
        (
            "از ۲۰ اسفند تا سوم فروردین ماه 1403، 12 هزار و 410 نفر از موزه‌ها دیدن کردند.",
            [(12410, "person")],
        ),
        ("در خرداد ماه 1402 واحد صنعتی جدید افتتاح شد.", []),
        # «جمعیتی» as the object a service supplies is its reach; a place's size is none
        ("با تکمیل سد می‌توان آب شرب جمعیتی بالغ بر ۹۰ هزار نفر را تأمین کرد.", [(90000, "person")]),
        ("آب مورد نیاز جمعیتی بالغ بر سه میلیون نفر از این سد تامین می‌شود.", [(3000000, "person")]),
        ("این شهرستان جمعیتی بالغ بر ۸۰ هزار نفر دارد.", []),
    ],
)
def test_round27_figures(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want


def test_round27_glued_approximation_is_kept() -> None:
    (f,) = extract_figures("هم‌اکنون حدودهشت هزار واحد مسکونی در دست ساخت است.")
    assert f.approx == "about"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the record path: hazm drops tatweels, so a list item's «۱۰ـ» must become a dash first
        (
            "۹ـ عدس هر کیلوگرم ۵۱۰۰ تومان\n\n۱۰ـ لوبیا هر کیلوگرم ۷۳۰۰ تومان",
            [(5100, "IRT"), (7300, "IRT")],
        ),
        ("۱۲ـ گلخانه در استان فعال است.", []),
        ("تولید ۲۰ هـزار تـن گندم", [(20000, "ton")]),
    ],
)
def test_round27_list_dash_through_normalisation(text: str, want: list[tuple[float, str]]) -> None:
    from crawler.cleaning.normalise import normalise_text

    assert _figures(normalise_text(text) or "") == want
