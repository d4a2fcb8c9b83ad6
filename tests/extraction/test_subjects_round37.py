"""Round 37 (subject helper; heldout34's misses, counted against the dev gold first):
team-written sentences (not corpus text), one row per variant, with the near misses the
rules must leave alone.

- hectares with no subject in a sentence that names greenhouses («گلخانه», «گلخانه‌ای»,
  «گلخانهای», in any spacing) are greenhouse land, cultivation, also in a greenhouse estate
  («شهرک گلخانه‌ای»), whose «شهرک» stopped the farmland default (dev gold: 9 of 9 hectares
  in a sentence naming greenhouses are cultivation; figures/defaults.py 'greenhouse_land').
- bare plots («قطعه») counted in such a sentence are the greenhouse units of the estate,
  agricultural_units (dev gold: plots read by the estate they lie in: industrial 2 of 2,
  housing 1 of 1, greenhouses 2 of 2; figures/subject.py 'plots_of_greenhouses'); plots of
  land for housing are left to their own words, and parts counted outside a greenhouse
  sentence too.
- persons counted never take investment: beside an investment they are the jobs it made,
  employment (dev gold: no person figure of about 960 is investment; 61 of 62 persons in a
  sentence naming investment are employment; figures/defaults.py
  'persons_are_no_investment'); money invested stays investment.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

GREENHOUSE_ROWS = [
    ("شهرک گلخانه‌ای این شهرستان با مساحت ۸۰ هکتار در حال ساخت است.", 80, "cultivation"),
    ("شهرک گلخانهای شهرستان با وسعت ۶۵ هکتار افتتاح شد.", 65, "cultivation"),
    ("شهرک گلخانه ای دشت با ۲۰۰ هکتار زمین آماده واگذاری است.", 200, "cultivation"),
    ("این مجموعه در قالب ۹۰ قطعه ۲ هکتاری گلخانه‌ای تفکیک شده است.", 90, "agricultural_units"),
    ("در شهرک گلخانه‌ای استان تاکنون ۳۶ قطعه از آن واگذار شده است.", 36, "agricultural_units"),
    ("این شهرک گلخانه‌ای به ۵۵ قطعه تقسیم شده است.", 55, "agricultural_units"),
    # near misses: an industrial estate's hectares, plots of housing land, parts counted
    ("شهرک صنعتی شهرستان با مساحت ۱۵۰ هکتار ساخته شد.", 150, "industrial_parks"),
    ("۳۰ قطعه زمین به متقاضیان مسکن واگذار شد و ۵۰ هکتار گلخانه ساخته شد.", 30, "housing"),
    ("تولید ۲۰ هزار قطعه خودرو در این شهر آغاز شد.", 20000, "manufacturing"),
]


@pytest.mark.parametrize(("text", "value", "subject"), GREENHOUSE_ROWS)
def test_greenhouse_land_and_plots(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject


PERSONS_BESIDE_INVESTMENT_ROWS = [
    (
        "۲۰ واحد صنعتی ۳۰۰ میلیارد ریال سرمایه‌گذاری کردند که برای ۶۴۰ نفر شغل ایجاد شد.",
        640,
        "employment",
    ),
    (
        "سرمایه‌گذاری واحدها ۹ هزار میلیارد ریال است که ۱۲ هزار نفر در آنها به کار گمارده شده‌اند.",
        12000,
        "employment",
    ),
    (
        "بیشترین سرمایه‌گذاری در صنایع تبدیلی انجام شده و ۸ هزار نفر در ۲۱۰ واحد فعالیت دارند.",
        8000,
        "employment",
    ),
    # near miss: the money invested stays investment
    (
        "۲۰ واحد صنعتی ۳۰۰ میلیارد ریال سرمایه‌گذاری کردند که برای ۶۴۰ نفر شغل ایجاد شد.",
        300e9,
        "investment",
    ),
]


@pytest.mark.parametrize(("text", "value", "subject"), PERSONS_BESIDE_INVESTMENT_ROWS)
def test_persons_beside_investment(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject
