"""Round-10 kind, with sentences the team wrote: two or more reported percentages of one
sentence placed in sectors («۳۰ درصد در بخش کشاورزی، ۴۰ درصد در بخش صنعت») spread a
whole across them, so each is a share, even when the source's parts do not add up to a
hundred; a single percentage in a sector, or a change, keeps its own kind."""

from __future__ import annotations

import pytest

from crawler.extraction.figures import extract_figures


def percent_kinds(text: str) -> list[str | None]:
    return [f.kind for f in extract_figures(text) if f.unit == "percent"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "از شاغلان استان ۳۰ درصد در بخش کشاورزی، ۴۰ درصد در بخش صنعت و ۳۸ درصد در خدمات"
            " فعالیت دارند.",
            ["share", "share", "share"],
        ),
        (
            "از اعتبارات ۲۵ درصد در بخش معدن و ۱۵ درصد در حوزه گردشگری هزینه شده است.",
            ["share", "share"],
        ),
        (
            "شاغلان استان ۲۰ درصد در زیربخش زراعت و ۱۲ درصد در زیربخش دامداری کار می‌کنند.",
            ["share", "share"],
        ),
        # Arabic yeh in the sector word
        (
            "از اين تعداد ۳۵ درصد در بخش صنعت و ۶۵ درصد در بخش خدمات مشغول هستند.",
            ["share", "share"],
        ),
        # a change stays a change; one percentage in a sector alone is left to its clause
        ("اشتغال ۱۰ درصد در بخش صنعت افزایش یافت.", ["change"]),
        (
            "رشد ۱۲ درصدی در بخش صنعت و ۵ درصد در بخش کشاورزی ثبت شد.",
            ["change", "change"],
        ),
    ],
)
def test_round10_sector_parts(text: str, kinds: list[str | None]) -> None:
    assert percent_kinds(text) == kinds
