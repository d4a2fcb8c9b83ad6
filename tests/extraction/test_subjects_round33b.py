"""Round 33 (second subject helper; dev's subject misses, counted against the dev gold
first): team-written sentences (not corpus text), one row per variant, with the near misses
the rule must leave alone.

- persons named right after «نفر» by an occupation counted as jobs («۲ هزار نفر صیاد»,
  «۵۰۰ نفر راننده») are people at work, employment, with no at-work verb too, not the
  catch or the sector the clause names (dev gold 11 of 12 such counts employment; the 12th,
  weavers applying for a loan, credit: a loan the cues read stays).
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import figure_of as _figure

OCCUPATION_ROWS = [
    ("حدود ۳ هزار نفر صیاد با ۲۰۰ فروند قایق به صید میگو می‌پردازند.", 3000, "employment"),
    ("با حضور ۱۵۰۰ نفر صیاد در فصل صید میگو، ۴ هزار تن میگو صید شد.", 1500, "employment"),
    ("در این شهرستان ۶۰۰ نفر ماهیگیر در دریاچه فعال‌اند.", 600, "employment"),
    ("۸۰۰ نفر راننده در بخش حمل و نقل کالا عضو این انجمن هستند.", 800, "employment"),
    ("امسال ۲۵۰ نفر قالیباف در روستاهای استان فرش تولید کردند.", 250, "employment"),
    # near misses: a loan the clause names, persons with no occupation, a tourist count
    ("۶۰۰ نفر بافنده برای دریافت تسهیلات به بانک معرفی شدند.", 600, "credit"),
    ("۲ هزار نفر از نمایشگاه صنایع دستی بازدید کردند.", 2000, "tourism"),
    ("۴۰۰ نفر صیاد بیمه شدند و ۱۲ هزار تن ماهی صید شد.", 12000, "production"),
]


@pytest.mark.parametrize(("text", "value", "subject"), OCCUPATION_ROWS)
def test_occupation_after_unit(text: str, value: float, subject: str) -> None:
    assert _figure(text, value)["subject"] == subject
