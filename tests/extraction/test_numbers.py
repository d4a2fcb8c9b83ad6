"""Table-driven tests of the Persian number reader (parse_number_spans)."""

from __future__ import annotations

import pytest

from crawler.data import load
from crawler.extraction import extract_figures, parse_number, parse_number_spans

# (text, expected list of values in order). Traps expect [] or the plain number only.
CASES: list[tuple[str, list[float]]] = [
    # digits in three scripts
    ("۱۲۳", [123]),
    ("١٢٣", [123]),
    ("123", [123]),
    ("۲۰ درصد", [20]),
    ("٣٥٦ واحد", [356]),
    ("۱۲ و 13 و ١٤", [12, 13, 14]),
    # thousands separators
    ("۱٬۲۵۰", [1250]),
    ("1,250", [1250]),
    ("1,250,000 تن", [1250000]),
    ("۱٬۲۵۰٬۰۰۰", [1250000]),
    ("12,5", [12, 5]),
    # decimals
    ("۲/۵ درصد", [2.5]),
    ("۳٫۷", [3.7]),
    ("4.5", [4.5]),
    ("7.9 دهم", [7.9]),
    ("۰٫۵", [0.5]),
    ("۲.۵ میلیارد", [2500000000]),
    ("۳٫۷ هزار میلیارد تومان", [3700000000000]),
    ("۱٬۲۵۰٫۵", [1250.5]),
    # as hazm's Normalizer spaces them out
    ("۳ ٫ ۷ هزار", [3700]),
    ("۱ ٬ ۲۵۰ میلیارد", [1250000000000]),
    ("1 , 250 , 000 تن", [1250000]),
    ("۲ / ۵ میلیون", [2500000]),
    ("1403 / 02 / 23", []),
    ("۱۴۰۳ / ۰۲", []),
    ("پایان جمله ۱۲ . سپس ۵", [12, 5]),
    # word numbers
    ("یک", [1]),
    ("دو", [2]),
    ("سه خوشه", [3]),
    ("ده", [10]),
    ("یازده", [11]),
    ("پانزده", [15]),
    ("نوزده", [19]),
    ("بیست", [20]),
    ("بیست و پنج", [25]),
    ("سی و هشت", [38]),
    ("نود و نه", [99]),
    ("صد", [100]),
    ("یکصد", [100]),
    ("سه صد", [300]),
    ("سیصد و پنجاه و دو", [352]),
    ("نهصد و نود و نه", [999]),
    ("دویست و یک", [201]),
    ("هزار", [1000]),
    ("یک هزار", [1000]),
    ("دو هزار و ۸۰۰ نفر", [2800]),
    ("بیست و نه هزار", [29000]),
    ("سه میلیون", [3000000]),
    ("صد و بیست هزار", [120000]),
    # combinations from the brief and the seeds
    ("یک میلیارد و ۲۲ میلیون دلار", [1022000000]),
    ("هزار و ۶۱ واحد", [1061]),
    ("۷ هزار و ۲۰۰", [7200]),
    ("7 هزار و 200 نفر", [7200]),
    ("۲۰ هزار میلیارد تومان", [20000000000000]),
    ("۱ هزار و ۷۰۰ پروانه", [1700]),
    ("۸۳۱ میلیون دلار", [831000000]),
    ("۲ میلیون و ۴۰۰ هزار تن", [2400000]),
    ("٤٨٥ میلیون", [485000000]),
    ("دو میلیون و ۵۰۰ هزار", [2500000]),
    ("۶ میلیارد و ۳۰۰ میلیون", [6300000000]),
    ("۲ هزار و ۴۰۰ میلیارد تومان", [2400000000000]),
    ("هزار و ۲۰۰ تریلیون ریال", [1200 * 10**12]),
    ("۱۲ هزار و ۵۰۰ میلیارد", [12500 * 10**9]),
    ("۵ تریلیون", [5 * 10**12]),
    ("یک میلیارد دلار", [1000000000]),
    # halves
    ("نیم", [0.5]),
    ("نیم میلیون", [500000]),
    ("یک و نیم میلیون", [1500000]),
    ("دو و نیم", [2.5]),
    ("نیم درصد", [0.5]),
    # multiples
    ("دو برابر", [2]),
    ("۲ برابر", [2]),
    # years are numbers (the figure stage drops them)
    ("سال ۱۴۰۳", [1403]),
    ("1402", [1402]),
    ("اصل ۹۰", [90]),
    # ZWNJ present / absent
    ("بیست‌وپنج", [25]),
    ("بیست و\u200cپنج", [25]),
    # traps: not numbers at all
    ("یکی از دستگاه ها", []),
    ("هزاران نفر", []),
    ("میلیون‌ها تومان", []),
    ("میلیون ها تومان", []),
    ("میلیونها تومان", []),
    ("ده‌ها واحد", []),
    ("صدها نفر", []),
    ("دوره آموزشی", []),
    ("سهم استان", []),
    ("هفته گذشته", []),
    ("با یکدیگر", []),
    ("صدور پروانه", []),
    ("صدای مردم", []),
    ("شصت", [60]),
    ("نه تنها", []),
    # a lone «نه» right before a unit that cannot follow the negation is nine
    ("حدود نه درصد", [9]),
    ("نه درصدی", [9]),
    ("نه نفر از کارکنان", [9]),
    ("نه هکتار باغ", [9]),
    ("نه تن", []),
    ("نه تنها ده درصد", [10]),
    # a number word ending in «د» glued to «درصد» shares its «د» («صد» + «درصد»)
    ("صدرصد", [100]),
    ("پیشرفت هفتادرصدی", [70]),
    ("نودرصد", [90]),
    ("سیصدرصد رشد", [300]),
    ("صدر مجلس", []),
    ("رصد بازار", []),
    ("دومین نمایشگاه", []),
    ("سی‌ام", []),
    ("۲۰ام", []),
    ("۱۲مین جشنواره", []),
    ("بیست و یکم", []),
    ("سی و سوم", []),
    ("چهل و دومین همایش", []),
    # dates and times are not decimals
    ("1403/02/23", []),
    ("۱۴۰۳/۰۲/۲۳", []),
    ("۱۴۰۳/۰۲", []),
    ("2024-05-12", []),
    ("ساعت 10:30", []),
    ("۱۰:۳۰:۱۵", []),
    # lists are not fused
    ("۲ و ۳", [2, 3]),
    ("۳۷ درصد اشتغال و ۳۰ درصد تولید", [37, 30]),
    ("دو و سه", [2, 3]),
    ("۱۳۷ پروانه و ۱۸۲ پروانه", [137, 182]),
    ("سال 1402 20 درصد", [1402, 20]),
    # issue 14: how real copy writes numbers
    # a group after a larger scale, with or without «و»
    ("سیصد و ده میلیون چهارصد و بیست هزار و ششصد", [310420600]),
    ("پنج هزار ششصد و چهل", [5640]),
    ("هفده هزار سی و یک", [17031]),
    ("۸ میلیون ۲۱۵ هزار", [8215000]),
    ("دو هزار ۷۵۰ میلیارد ریال", [2750000000000]),
    # glued forms
    ("سه‌هزار و ۶۰۰", [3600]),
    ("چهارهزار و سیصد", [4300]),
    ("هزارو ۲۸۰", [1280]),
    ("صدو هفتاد و دو", [172]),
    ("نودو پنج", [95]),
    ("۲۲میلیارد", [22000000000]),
    ("۶۰۰ هزارتن", [600000]),
    ("۴۰ میلیاردریال", [40000000000]),
    # mixed digits and words
    ("صد و ۲۵", [125]),
    ("یکصد و ۸", [108]),
    # decimals: «،», a tight «,» before a word, «ممیز», tenths
    ("۴،۲ میلیون", [4200000]),
    ("۶۷,۵ درصد", [67.5]),
    ("بیست و یک ممیز چهار", [21.4]),
    ("۷ ممیز ۲۵", [7.25]),
    ("سه ممیز پنج میلیون", [3500000]),
    ("هشت دهم درصد", [0.8]),
    ("دو و سه دهم", [2.3]),
    ("۴ و ۶ دهم میلیون", [4600000]),
    # never a scale times an equal or larger scale, never a glued non-number
    ("میلیون میلیون", [1000000, 1000000]),
    ("هزار هزار", [1000, 1000]),
    ("هزاران تن", []),
    ("ممیز", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_number_table(text: str, expected: list[float]) -> None:
    got = [s.value for s in parse_number_spans(text)]
    assert got == pytest.approx(expected)


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 80


def test_values_are_int_when_integral() -> None:
    assert isinstance(parse_number_spans("۲.۰ میلیون")[0].value, int)
    assert isinstance(parse_number_spans("نیم میلیون")[0].value, int)
    assert isinstance(parse_number_spans("۲/۵")[0].value, float)


def test_spans_point_into_original_text() -> None:
    text = "در ۶ ماه نخست امسال بیش از ۴۳۳ هزار تن کالا به ارزش ۲۶۳ میلیون دلار صادر شد"
    spans = parse_number_spans(text)
    assert [s.surface for s in spans] == ["۶", "۴۳۳ هزار", "۲۶۳ میلیون"]
    for s in spans:
        assert text[s.start : s.end] == s.surface
    # tuple-like too
    start, end, value, surface = spans[1]
    assert (value, surface) == (433000, "۴۳۳ هزار")


def test_parse_number_single_expression() -> None:
    assert parse_number("یک میلیارد و ۲۲ میلیون") == 1022000000
    assert parse_number("۲ و ۳") is None
    assert parse_number("سلام") is None


NUMBER_DATA = load("number_words.json")


@pytest.mark.parametrize("word", NUMBER_DATA["vague_quantities"])
def test_a_scale_after_a_vague_quantity_is_no_number(word: str) -> None:
    # written glued («ده‌ها» folds to «ده ها»; «دهها» too): the rule looks 10 characters back
    assert parse_number_spans(f"{word.replace(' ', '')} هزار تن") == []


@pytest.mark.parametrize("join", NUMBER_DATA["range_joins"])
def test_a_range_join_gives_the_first_end_the_unit_of_the_second(join: str) -> None:
    found = [(f.value, f.unit) for f in extract_figures(f"تولید گندم ۱۵ {join} ۲۰ هزار تن است.")]
    assert found == [(15000, "ton"), (20000, "ton")]


def test_from_to_joins_a_range_only_after_its_first_word() -> None:
    from_word, to_word = NUMBER_DATA["from_to"]
    text = f"تعداد بنادر {from_word} ۶۴ {to_word} ۷۰ بندر رسید."
    assert [f.value for f in extract_figures(text)] == [64, 70]
    assert [f.value for f in extract_figures(f"تعداد بنادر ۶۴ {to_word} ۷۰ بندر رسید.")] == [70]


@pytest.mark.parametrize("word", NUMBER_DATA["between"])
def test_between_splits_two_ends_joined_by_and(word: str) -> None:
    assert [s.value for s in parse_number_spans(f"{word} ۹۵۰ هزار و یک میلیون تن")] == [
        950000,
        1000000,
    ]
