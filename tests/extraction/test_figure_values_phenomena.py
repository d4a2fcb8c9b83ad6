"""Which numbers are amounts and what they are worth, on sentences the team wrote:
population sizes and rate denominators are not amounts; glued number words, a repeated
scale, adjectival units and units glued to the next word are read as a reader would."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from crawler.extraction.numbers import parse_number


def amounts(text: str) -> list[tuple[int | float, str]]:
    return [(f.value, f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the size of a place describes it
        "۴۰۰ واحد مسکونی در شهرهای زیر ۵۰ هزار نفر استان ساخته شد.",
        "طرح در روستاهای بالای ۲۰۰ نفر اجرا می‌شود.",
        "این شهرستان با جمعیت ۳۰۰ هزار نفر در شمال استان است.",
        "استان با حدود دو میلیون و ۱۰۰ هزار نفر جمعیت ۱۴ شهرستان دارد.",
        # the denominator of a rate
        "نرخ خرید به ازای هر یک کیلوگرم اعلام شد.",
        "در هر ۱۰ هکتار یک چاه حفر می‌شود.",
    ],
)
def test_not_an_amount(text: str) -> None:
    assert [a for a in amounts(text) if a[1] in ("person", "kg", "hectare")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a population that is an economic fact stays an amount
        ("جمعیت شاغل استان ۳۲۰ هزار نفر است.", [(320000, "person")]),
        ("جمعیت تحت پوشش بیمه روستاییان ۹۰ هزار نفر است.", [(90000, "person")]),
        ("۲ هزار نفر در شهرهای استان مشغول به کار شدند.", [(2000, "person")]),
        ("قیمت هر کیلوگرم گوشت ۸۰۰ هزار تومان است.", [(800000, "IRT")]),
        # adjectival units and a unit glued to the next word
        ("یک نیروگاه ۲۵۰ کیلوواتی در شهرک افتتاح شد.", [(250, "kW")]),
        ("مخازن ۲۰ هزار لیتری در روستاها نصب شد.", [(20000, "litre")]),
        ("تولید سه و نیم برابرسال قبل شد.", [(3.5, "times")]),
        # traffic counts are counted
        ("در نوروز ۸۰۰ هزار تردد در مرزهای استان ثبت شد.", [(800000, "count")]),
    ],
)
def test_amounts_as_a_reader_reads_them(text: str, expected: list) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("words", "value"),
    [
        # number words glued through «و»
        ("سیصدوهشتادوچهار", 384),
        ("۱۲هزار و ششصدوپنجاه", 12650),
        ("دوهزار و پانصد", 2500),
        # a scale repeated after «و»: a slip for the group below, or a compound that adds
        ("۳ میلیارد و ۲۵۰ میلیارد", 3_250_000_000),
        ("۲۰ هزار میلیارد و ۵۰۰ میلیارد", 20_500_000_000_000),
        ("سه هزار و پانصد هزار", 3_500_000),
    ],
)
def test_number_values(words: str, value: int) -> None:
    assert parse_number(words) == value


def test_a_glued_and_inside_another_word_is_no_number() -> None:
    assert parse_number("روده") is None
    assert amounts("سه نفر از رودهن به کرج رفتند.") == [(3, "person")]
