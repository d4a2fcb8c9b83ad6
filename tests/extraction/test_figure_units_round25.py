"""Round 25 (heldout22 first run): which numbers are figures, on team-written sentences.

- a count in its adjectival form («۳۰ عددی», «۱۲ تایی») sizes one pack or tray in a price
  list; it is no count the article reports («۳۰۰ عدد لاستیک» stays);
- «داریم», «دارند» right after a number are a verb, no counted noun («به ارزش ۱۸۶۰ داریم»:
  an amount with its scale and unit lost);
- the population a service reaches after «با جمعیتی» (the indefinite form) is a figure when
  the sentence says the service supplies it, as after «با جمعیت»; a town's size stays none.
"""

from __future__ import annotations

import pytest

from tests.extraction.probes import values_units as _figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("هر بسته ۱۰ عددی ماسک ۲۰ هزار تومان است.", [(20000, "IRT")]),
        ("قیمت جعبه ۱۲ تایی آب معدنی به ۹۰ هزار تومان رسید.", [(90000, "IRT")]),
        ("در این انبار ۳۰۰ عدد لاستیک توزیع شد.", [(300, "count")]),
        ("ما امسال در استان 450 داریم که باید تکمیل شود.", []),
        ("در شهرک صنعتی ۶۰ پروژه داریم که ۱۲ پروژه فعال است.", [(60, "count"), (12, "count")]),
        (
            "با این طرح ۱۸۰ خانوار با جمعیتی بالغ بر ۸۷۰ نفر از گاز بهره‌مند خواهند شد.",
            [(180, "count"), (870, "person")],
        ),
        (
            "گازرسانی به ۲۵ روستا با جمعیتی حدود ۹ هزار نفر در شهرستان رودبار انجام شد.",
            [(25, "count"), (9000, "person")],
        ),
        ("این شهر با جمعیتی بالغ بر ۸۰ هزار نفر در شمال استان قرار دارد.", []),
    ],
)
def test_round25_figures(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want
