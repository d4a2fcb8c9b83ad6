"""Round 38 figures: (1) a bare «متر» whose clause names land or floor space before it
(«متراژ زمین هر واحد ۳۰۰ متر», «زیربنای هر خانه ۱۲۰ متر») is square metres, as «۲۰۰ متر زمین»
already is; a length in another clause, or with no land noun, stays metres. (2) guides and
guards at work counted bare («۲۰ راهنما», «۱۵ نگهبان») are persons. Team-written
sentences."""

from __future__ import annotations

import pytest

from tests.extraction.probes import values_units


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("متراژ زمین هر واحد مسکونی در این طرح ۲۵۰ متر تعیین شد.", [(250, "m2")]),
        ("زیربنای هر خانه ۱۲۰ متر در نظر گرفته شده است.", [(120, "m2")]),
        ("به هر متقاضی زمینی با ۲۰۰ متر واگذار می‌شود.", [(200, "m2")]),
        # must NOT fire: a length with no land noun, or the land noun in another clause
        ("خط لوله گاز به طول ۸۰۰ متر اجرا شد.", [(800, "m")]),
        ("عملیات اجرای ۵۰۰ متر خط لوله آغاز شد.", [(500, "m")]),
        ("زمین واگذار شد. سپس ۴۰۰ متر شبکه فاضلاب اجرا شد.", [(400, "m")]),
        # must NOT fire: the adjectival «متری» is left as it was read
        ("ساختمان ۱۰ طبقه روی زمین ۶۰۰ متری ساخته می‌شود.", [(600, "m")]),
    ],
)
def test_bare_metre_after_land_noun(text: str, want: list[tuple[float, str]]) -> None:
    got = [(v, u) for v, u in values_units(text) if u in ("m", "m2")]
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("در ایستگاه‌های اطلاع‌رسانی با حضور ۲۰ راهنما به مسافران خدمات داده شد.", (20, "person")),
        ("این پارک با ۱۵ نگهبان اداره می‌شود.", (15, "person")),
        ("۳۰ محیط بان در این منطقه فعال هستند.", (30, "person")),
    ],
)
def test_people_at_work_counted(text: str, want: tuple[float, str]) -> None:
    assert want in values_units(text)
