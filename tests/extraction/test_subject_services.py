"""Subject phenomena of services and establishments (round 3b), on sentences the team
wrote: passengers of a transport mode are transport (travellers visiting stay tourism);
villages and households served take the good supplied; a status adjective does not hide
the qualifier of a counted «واحد»; a bare «واحد» counts what its clause is about; farms
counted by their own noun."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record
from crawler.extraction.lexicon import SUPPLY_RE


def subjects(text: str) -> list[tuple[float, str, str | None]]:
    return [
        (f["value"], f["unit"], f["subject"]) for f in extract_record(None, None, text)["figures"]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # passengers moved by a mode of transport
        (
            "در فروردین ۱۲ هزار مسافر از فرودگاه تبریز پرواز کردند.",
            [(12000, "person", "transport")],
        ),
        ("۴۵۰ هزار مسافر با قطار به مشهد رفتند.", [(450000, "person", "transport")]),
        (
            "ناوگان عمومی استان ۲ میلیون مسافر نوروزی را جابه‌جا کرد.",
            [(2000000, "person", "transport")],
        ),
        # travellers visiting, no mode: tourism
        ("امسال ۳ میلیون مسافر نوروزی وارد استان شدند.", [(3000000, "person", "tourism")]),
        ("۸۰۰ هزار گردشگر از پایانه‌های استان عبور کردند.", [(800000, "person", "tourism")]),
        # goods moved: transport
        ("میزان بار جابه‌جا شده در فرودگاه ۲۳۰ تن بود.", [(230, "ton", "transport")]),
        # the good supplied names the sector of villages and households served
        (
            "تاکنون ۳۱۰ روستا و ۲۵ واحد صنعتی گازرسانی شده است.",
            [(310, "count", "energy"), (25, "count", "industrial_units")],
        ),
        ("امسال به ۴۰ روستا و ۹ واحد صنعتی برق‌رسانی شد.", [(40, "count", "electricity")]),
        ("آبرسانی به ۱۸ روستا و ۲ شهرک صنعتی انجام شد.", [(18, "count", "water")]),
        # a status adjective before the qualifier
        ("در استان ۶۵ واحد فعال پرورش ماهی وجود دارد.", [(65, "count", "agricultural_units")]),
        ("۳۰ واحد راکد صنعتی دوباره راه‌اندازی شد.", [(30, "count", "industrial_units")]),
        ("۱۲ واحد غیرفعال دامداری احیا شد.", [(12, "count", "agricultural_units")]),
        # a farm counted by its own noun, then bare units inherit it
        (
            "از ۱۲۰ مرغداری استان ۱۵ واحد تعطیل است.",
            [(120, "count", "agricultural_units"), (15, "count", "agricultural_units")],
        ),
        # a bare «واحد» counts what its clause is about
        ("در طرح مسکن ملی بیرجند ۵۲۰ واحد تحویل شد.", [(520, "count", "housing")]),
        ("در اقامتگاه‌های بوم‌گردی ۴۰ واحد افتتاح شد.", [(40, "count", "tourism")]),
        # ... and a sector not counted in units only by the last resort (round 7)
        ("در بخش صنعت ۷۰ مورد ثبت شد.", [(70, "count", "manufacturing")]),
    ],
)
def test_service_subject(text: str, want: list[tuple[float, str, str | None]]) -> None:
    got = subjects(text)
    assert [g for g in got if g[0] in {w[0] for w in want}] == want


def test_supply_words_name_only_their_good() -> None:
    assert SUPPLY_RE.search("گازرسانی شد").lastgroup == "energy"
    assert SUPPLY_RE.search("آب رسانی شد").lastgroup == "water"
    assert SUPPLY_RE.search("برق رسانی شد").lastgroup == "electricity"
    assert SUPPLY_RE.search("راه سازی شد") is None
