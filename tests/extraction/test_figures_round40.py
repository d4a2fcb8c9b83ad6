"""Round 40 (figures and kinds helper): team-written sentences (not corpus text), one row per
variant, with the near misses the rules must leave alone.

- the digits of a web address (a source line «منبع: https://...», a markdown link, a bare
  percent-encoded Persian slug «%D9%BE%DB%8C...») are never figures: the address is kept
  as written by the normaliser (hazm spaced it into «%D 9 %BE ...», read as percentages)
  and masked before numbers are read (crawler/extraction/persian.py 'URL_RE'). A real
  figure next to an address stays.
- a counted noun ending in a long vowel takes its ezafe «ی» («۸ روستای استان», «۷ روستای
  دیگر»): still a count of that noun, also below ten (crawler/extraction/lexicon.py
  'UNIT_AFTER_RE'; dev: four more gold counts of villages read, none lost). Villagers
  («روستایی») stay persons, a plural stays no count.
- «(از آن جمله) می‌توان به ... اشاره کرد» (one can mention) lists examples of what the
  sentence before stated, no ability (figures/kind.py 'examples_mentioned'; dev gold 9 of
  9): a number in the list takes the tense of the sentence before when it states an amount
  in the same unit word, and no kind otherwise. «می‌توان ... ایجاد کرد» stays a forecast.
- a forecast cue after the number whose own past verb, closed by a comma, stands between
  them («پارسال ۱۳۰ هزار گردشگر به یزد سفر کردند، پیش‌بینی کرد ...») forecasts what
  follows, not the number (figures/kind.py '_forecast_of_what_follows'; dev: h36b05 only,
  no other text moves).
- an amount stated with a copula, then «که» and a part of it reported realised («... ۲۴ هزار
  نفر بود که ۱۹ هزار نفر تحقق یافته بود») is the commitment: a target (figures/kind.py
  'realised_in_part'; dev gold 2 of 2); one with its own past verb stays actual.
- a back reference glued to «از» after a premise («با بهره برداری ازآن ۱۳۹۹ خانوار ...
  برخوردارمی‌شوند», spaces dropped) is the premise's object: the number after it is the
  outcome, a forecast, as with «از آن» (kind_cues.json 'premise_back_references').
"""

from __future__ import annotations

import pytest

from crawler.cleaning.normalise import normalise_text
from tests.extraction.probes import figure_of, values_units

SLUG = "%D9%BE%DB%8C%D8%B4-%D8%A8%DB%8C%D9%86%DB%8C-%DB%B1%DB%B2%DB%B0-%D8%AA%D9%86"

URL_ROWS = [
    # (text, the figures read)
    (f"تولید به ۱۲۰ تن رسید.منبع: https://www.example.com/news/5712279/{SLUG}", [(120, "ton")]),
    (f"سهم استان ۹ درصد است. منبع: http://example.ir/fa/news/88/{SLUG}", [(9, "percent")]),
    (
        "سهم استان ۹ درصد است (www.example.ir/news/12/84) و صادرات ۸۶ درصد رشد کرد.",
        [(9, "percent"), (86, "percent")],
    ),
    (
        f"[تصویر ۳ تن](https://cdn.example.com/thumb/7Mn/+{SLUG}) تولید ۴۰ تن بود.",
        [(3, "ton"), (40, "ton")],
    ),
    (f"برچسب‌ها: example.ir/tags/{SLUG} و تولید ۵۰ تن بود.", [(50, "ton")]),
    # must not fire: percentages written tight, a «%» sign, digits with no address
    ("رشد ۱۰% و ۲۰% بود.", [(10, "percent"), (20, "percent")]),
    ("سهم ۸۵٪ و ۸۷ درصد بود.", [(85, "percent"), (87, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), URL_ROWS)
def test_web_address_digits_are_no_figures(text: str, expected: list) -> None:
    assert values_units(normalise_text(text)) == expected
    assert values_units(text) == expected


def test_normaliser_keeps_a_web_address_as_written() -> None:
    url = f"https://www.example.com/news/5712279/{SLUG}"
    out = normalise_text(f"وجود دارد.منبع: {url} و سهم ۹ درصد است")
    assert url in out
    assert "۹ درصد" in out


EZAFE_ROWS = [
    ("امسال ۸ روستای استان از آب آشامیدنی برخوردار می‌شوند.", [(8, "count")]),
    ("گازرسانی به ۵ روستای شهرستان انجام شد.", [(5, "count")]),
    ("۱۲ روستای استان آبرسانی شد.", [(12, "count")]),
    ("برق ۷ روستای دیگر هم وصل شد.", [(7, "count")]),
    # must not fire: villagers are persons, a plural after the number counts nothing
    ("۱۲۰۰ روستایی وام گرفتند.", [(1200, "person")]),
    ("۸ روستاهای استان را دیدیم.", []),
]


@pytest.mark.parametrize(("text", "expected"), EZAFE_ROWS)
def test_ezafe_of_a_counted_noun(text: str, expected: list) -> None:
    assert values_units(text) == expected


MENTION_ROWS = [
    # (text, value, kind)
    (
        "در سه سال گذشته ۹۰ هزار میلیارد ریال در استان سرمایه‌گذاری شده است. از آن جمله"
        " می‌توان به سرمایه‌گذاری ۳۰۰ میلیارد ریال در پالایشگاه و ۴۰۰ میلیارد ریال در"
        " نیروگاه اشاره کرد.",
        400_000_000_000,
        "actual",
    ),
    (
        "در سه سال گذشته ۹۰ هزار میلیارد ریال در استان سرمایه‌گذاری شده است. از آن جمله"
        " می‌توان به سرمایه‌گذاری ۳۰۰ میلیارد ریال در پالایشگاه و ۴۰۰ میلیارد ریال در"
        " نیروگاه اشاره کرد.",
        300_000_000_000,
        "actual",
    ),
    (
        "امسال ۱۲ هزار میلیارد ریال در استان سرمایه‌گذاری خواهد شد. از جمله می‌توان به"
        " ۵۰۰ میلیارد ریال در صنایع غذایی اشاره کرد.",
        500_000_000_000,
        "forecast",
    ),
    # must not fire: no amount of this unit before (a count of mines, then tonnes)
    (
        "۶ معدن به سرمایه‌گذاران واگذار شده است. از جمله معادن بزرگ می‌توان به معدن طلا"
        " با استخراج ۶۶۰ هزار تن در سال اشاره کرد.",
        660_000,
        None,
    ),
    # must not fire: an ability, not the idiom
    ("با تامین اعتبار می‌توان ۱۱ هزار شغل ایجاد کرد.", 11_000, "forecast"),
]


@pytest.mark.parametrize(("text", "value", "kind"), MENTION_ROWS)
def test_examples_mentioned_take_the_tense_before(text: str, value: int, kind: str | None) -> None:
    assert figure_of(text, value)["kind"] == kind


PAST_BEFORE_FORECAST_ROWS = [
    (
        "وی با بیان اینکه پارسال ۱۳۰ هزار گردشگر خارجی به استان سفر کردند، پیش‌بینی کرد"
        " امسال این تعداد به ۱۱۰ هزار نفر برسد.",
        130_000,
        "actual",
    ),
    (
        "سال گذشته ۴۰ هزار تن گندم خریداری شد، پیش‌بینی می‌شود امسال بیشتر باشد.",
        40_000,
        "actual",
    ),
    # must not fire: the cue before the number, or no comma closing the past verb
    ("پیش‌بینی می‌شود امسال ۱۳۰ هزار گردشگر خارجی به استان سفر کنند.", 130_000, "forecast"),
    ("امسال ۲۰۰ هزار تن گندم برداشت خواهد شد.", 200_000, "forecast"),
]


@pytest.mark.parametrize(("text", "value", "kind"), PAST_BEFORE_FORECAST_ROWS)
def test_past_verb_closes_before_a_forecast(text: str, value: int, kind: str) -> None:
    assert figure_of(text, value)["kind"] == kind


REALISED_IN_PART_ROWS = [
    ("سال ۱۴۰۰ میزان اشتغال ۲۴ هزار نفر بود که ۱۹ هزار نفر تحقق یافته بود.", 24_000, "target"),
    ("اشتغال استان ۳۰ هزار نفر بوده است که تاکنون ۹۰ درصد آن محقق شده است.", 30_000, "target"),
    # the part realised stays actual; an amount with its own past verb stays actual
    ("سال ۱۴۰۰ میزان اشتغال ۲۴ هزار نفر بود که ۱۹ هزار نفر تحقق یافته بود.", 19_000, "actual"),
    ("پارسال ۱۳ هزار شغل ایجاد کردند که ۱۵۰ درصد تعهدات محقق شد.", 13_000, "actual"),
]


@pytest.mark.parametrize(("text", "value", "kind"), REALISED_IN_PART_ROWS)
def test_amount_realised_in_part_is_the_commitment(text: str, value: int, kind: str) -> None:
    assert figure_of(text, value)["kind"] == kind


GLUED_BACK_REFERENCE_ROWS = [
    ("با بهره برداری ازآن هزارو 399 خانوار از آب سالم برخوردارمیشوند.", 1399, "forecast"),
    ("با بهره برداری ازاین ۸۰۰ خانوار از گاز برخوردارمیشوند.", 800, "forecast"),
    # must not fire: an outcome reported done stays actual
    ("با بهره برداری ازآن ۸۰۰ خانوار از گاز برخوردار شدند.", 800, "actual"),
]


@pytest.mark.parametrize(("text", "value", "kind"), GLUED_BACK_REFERENCE_ROWS)
def test_glued_back_reference_is_the_premise_object(
    text: str, value: int, kind: str | None
) -> None:
    assert figure_of(text, value)["kind"] == kind
