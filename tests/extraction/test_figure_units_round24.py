"""Round 24 (heldout21 and dev-g first runs): which numbers are figures, on team-written
sentences (our own words, sectors, provinces and outlets the corpus lacks).

- countries right after «به» in a clause that named the flow of goods BEFORE them («با
  صادرات ۱۲۰۰ قلم کالا به ۸۰ کشور جهان», «محصولات لبنی استان به ۱۸ کشور ...») are the
  destinations of exports, as when the flow follows them («به ۴۰ کشور صادر می‌شود»);
  countries visited or compared with stay no figure;
- a share placed in places after «در» («۷۰ درصد در ۱۲ شهر زندگی می‌کنند», «۶۰ درصد
  واحدها در ۹ شهرستان») says where the share is: the places are no figure, as places after
  a count of things done there are not (round 16); places served stay counts;
- a bare number before a noun in the Arabic plural in «ات» («۹۵ اعتبارات», «۸۰ تسهیلات»,
  «۴۰ خدمات»): one counts in the singular, so it is no count (a dropped «درصد», or a
  label); a singular ending in «ات» («۱۲ قنات») stays a count.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import values_units as _figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # countries after «به», the flow named before them
        (
            "استان فارس با صادرات ۱۲۰۰ قلم کالا به ۸۰ کشور جهان رتبه سوم را دارد.",
            [(1200, "count"), (80, "count")],
        ),
        ("محصولات صادراتی کرمان به ۳۵ کشور دنیا رسید.", [(35, "count")]),
        ("زعفران تربت‌حیدریه امسال به ۲۲ کشور صادر شد.", [(22, "count")]),
        # countries visited or ranked: no figure
        ("استاندار گیلان به ۳ کشور همسایه سفر کرد.", []),
        ("هیئت‌هایی از ۳۰ کشور در نمایشگاه حضور داشتند.", []),
        # a share placed in places: where it is
        (
            "جمعیت سمنان ۷۰۰ هزار نفر است که ۷۵ درصد در ۸ شهر زندگی می‌کنند.",
            [(700000, "person"), (75, "percent")],
        ),
        ("۶۰ درصد واحدهای صنعتی در ۹ شهرستان استان مستقر هستند.", [(60, "percent")]),
        # places served stay counts
        ("آبرسانی به ۴۰ روستای شهرستان بم انجام شد.", [(40, "count")]),
        # a number before a plural in «ات»
        ("وی گفت ۹۵ اعتبارات عمرانی استان جذب شده است.", []),
        ("مدیر بانک افزود ۸۰ تسهیلات اشتغال روستایی پرداخت شد.", []),
        ("در این مرکز ۴۰ خدمات الکترونیک ارائه می‌شود.", []),
        # a singular ending in «ات» stays a count
        ("۱۲ قنات در شهرستان گناباد مرمت شد.", [(12, "count")]),
        ("۱۸ کارخانجات فعال در شهرستان قزوین کار می‌کنند.", [(18, "count")]),
        ("۴۵ واحد صنعتی در شهرک صنعتی اراک فعال شد.", [(45, "count")]),
    ],
)
def test_round24_figures(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want
