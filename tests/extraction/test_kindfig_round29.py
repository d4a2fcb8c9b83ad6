"""Round 29 (heldout26 first run): kinds on team-written sentences.

- a part of a whole (a «سهم» or a share measure such as «ضریب نفوذ», «شاخص بهره‌مندی»)
  whose own verb is a change still to come («افزایش می‌یابد», «ارتقا خواهد یافت», «رشد
  خواهد داشت») is what that part will be: a forecast, not the share it is today; the same
  change in the past stays a change, and a part stated with a copula stays a share.
"""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures
from tests.extraction.probes import values_units as _figures


def _kinds(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.kind) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a share word before, level to come
        ("سهم استان در صادرات غیرنفتی کشور به ۳.۲درصد افزایش می‌یابد.", [(3.2, "forecast")]),
        (
            "با راه‌اندازی این کارخانه‌ها سهم شهرستان از تولید سیمان به ۹ درصد افزایش خواهد یافت.",
            [(9, "forecast")],
        ),
        # a share measure before, change to come
        ("شاخص بهره‌مندی روستاهای شهرستان از آب سالم ۶ درصد ارتقا خواهد یافت.", [(6, "forecast")]),
        ("ضریب پوشش بیمه کشاورزان در سال آینده ۸ درصد رشد خواهد داشت.", [(8, "forecast")]),
        ("سهم این بخش در اقتصاد استان ۱۲ درصد کاهش پیدا می‌کند.", [(12, "forecast")]),
        # must not fire: the change is past, or the part is stated with a copula
        ("سهم استان از صادرات کشور سال گذشته ۲ درصد افزایش یافت.", [(2, "change")]),
        ("سهم استان از تولید برق کشور ۳ درصد است.", [(3, "share")]),
        ("شاخص دسترسی روستاییان به اینترنت به ۷۰ درصد رسیده است.", [(70, "share")]),
    ],
)
def test_share_to_change(text: str, want: list[tuple[float, str | None]]) -> None:
    assert _kinds(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # places whose residents a scheme serves are counted, year-like numbers too
        (
            "ساخت ۲۰ مجتمع آبرسانی برای جمعیت ساکن در ۱۹۸۷ روستا در دست اجراست.",
            [(20, "count"), (1987, "count")],
        ),
        (
            "ساخت ۱۲ مجتمع آبرسانی برای خانوارهای ساکن در ۴۵ روستای شهرستان آغاز شد.",
            [(12, "count"), (45, "count")],
        ),
        # must not fire: places that only say where the counted things are
        ("ساخت ۷۳۰ واحد مسکن در ۶۰ روستای شهرستان آغاز شد.", [(730, "count")]),
        ("۲۲ پروژه گازرسانی در ۱۷ شهر استان در دست اجراست.", [(22, "count")]),
    ],
)
def test_places_of_residents(text: str, want: list[tuple[float, str]]) -> None:
    assert _figures(text) == want
