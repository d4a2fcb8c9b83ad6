"""Subject conventions of round 7, on sentences the team wrote: power in MW or kW of a
plant, panels or a grid connection is capacity, energy and demand are electricity; a
reservoir's full volume is capacity, the share filled is water; production units in an
industrial setting are industrial units; «ظرفیت» heading a lodging phrase is capacity."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record


def subjects(text: str) -> list[tuple[float, str, str | None]]:
    return [
        (f["value"], f["unit"], f["subject"]) for f in extract_record(None, None, text)["figures"]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # installed capacity of plants
        ("وی گفت: ظرفیت نیروگاه‌های بادی استان به ۲۶۰ مگاوات رسید.", [(260, "MW", "capacity")]),
        # adjectival, per plant
        ("مدیرکل گفت: یک نیروگاه خورشیدی ۷ مگاواتی در شهرستان افتتاح شد.", [(7, "MW", "capacity")]),
        # kW of panels on roofs
        (
            "وی افزود: ۴۲ کیلووات پنل خورشیدی روی بام مدارس نصب شد.",
            [(42, "kW", "capacity")],
        ),
        # peak demand: electricity
        ("وی گفت: اوج مصرف برق استان دیروز به ۵۴۰۰ مگاوات رسید.", [(5400, "MW", "electricity")]),
        # peak named in the sentence before the anaphor
        (
            "پیک بار استان ساعت ۱۵ ثبت شد. این میزان به ۳۱۰۰ مگاوات رسید.",
            [(3100, "MW", "electricity")],
        ),
        # energy produced
        (
            "وی گفت: امسال ۹۰۰ میلیون کیلووات ساعت برق در نیروگاه‌ها تولید شد.",
            [(900000000, "kWh", "electricity")],
        ),
    ],
)
def test_power(text: str, want: list) -> None:
    got = subjects(text)
    for w in want:
        assert w in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the full volume of a dam
        ("وی گفت: حجم سد کرج ۲۰۵ میلیون متر مکعب است.", [(205000000, "m3", "capacity")]),
        (
            "مدیرعامل گفت: گنجایش مخزن سد طالقان را ۴۲۰ میلیون مترمکعب برشمرد.",
            [(420000000, "m3", "capacity")],
        ),
        # ponds' full volume
        (
            "در استان ۵۰۰ آب‌بندان با حجم ذخیره ۲۱۰ میلیون مترمکعب وجود دارد.",
            [(210000000, "m3", "capacity")],
        ),
        # what the dams hold now: water
        (
            "وی گفت: حجم ذخیره آب در سدهای استان به ۱۴۰ میلیون مترمکعب رسید.",
            [(140000000, "m3", "water")],
        ),
        # the share filled
        (
            "وی گفت: سد لار با ذخیره ۳۰ میلیون متر مکعب، معادل ۲۵ درصد ظرفیت خود پر است.",
            [(25, "percent", "water")],
        ),
        ("سد مارون با ۶۰ درصد پرشدگی در رده نخست قرار دارد.", [(60, "percent", "water")]),
    ],
)
def test_reservoirs(text: str, want: list) -> None:
    got = subjects(text)
    for w in want:
        assert w in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وی گفت: ۶۰ واحد تولیدی راکد مستقر در شهرک‌های استان احیا شد.",
            [(60, "count", "industrial_units")],
        ),
        (
            "در نیمه نخست سال ۱۴۰ واحد تولیدی صنعتی به بهره‌برداری رسید.",
            [(140, "count", "industrial_units")],
        ),
        # no industrial setting: production units stay
        (
            "وی گفت: ۳۰ واحد تولیدی از تسهیلات رونق تولید بهره‌مند شدند.",
            [(30, "count", "production_units")],
        ),
    ],
)
def test_industrial_setting(text: str, want: list) -> None:
    got = subjects(text)
    for w in want:
        assert w in got, got


def test_lodging_capacity() -> None:
    got = subjects("وی گفت: ظرفیت اسکان در هتل‌ها و اقامتگاه‌های بوم‌گردی استان ۴۵ هزار نفر است.")
    assert (45000, "person", "capacity") in got, got
