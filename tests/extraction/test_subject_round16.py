"""Round 16 subject rules: bare units in an industrial estate, and persons who left welfare
support for work. Team-written sentences (not corpus text), with the near misses each
rule must leave alone."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_record


def _subject(text: str, value: float) -> str | None:
    figures = [f for f in extract_record(None, None, text)["figures"] if f["value"] == value]
    assert figures, f"no figure of value {value} read from {text!r}"
    return figures[0]["subject"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("در شهرک صنعتی شکوهیه قم ۵۸۰ واحد مستقر است.", 580),
        ("ناحیه صنعتی کوهدشت با ۴۵ هکتار وسعت و ۳۷ واحد فعال افتتاح شد.", 37),
        ("در ۴ شهرک صنعتی سیستان و بلوچستان ۲۹۰ واحد مستقر شده‌اند.", 290),
    ],
)
def test_bare_units_in_an_estate_are_industrial_units(text: str, value: float) -> None:
    """The counted noun decides, not the place: not the estates, not manufacturing."""
    assert _subject(text, value) == "industrial_units"


def test_qualified_units_in_an_estate_keep_their_own_subject() -> None:
    """«واحد مسکونی» names its own subject, though an industrial estate is named."""
    text = "در کنار شهرک صنعتی خرمدره ۲۴۰ واحد مسکونی برای کارگران ساخته شد."
    assert _subject(text, 240) == "housing"


def test_bare_units_with_no_industrial_estate_are_not_industrial_units() -> None:
    """A residential town («شهرک مسکونی») is no industrial estate."""
    text = "در شهرک مسکونی پردیس ۳۰۰ واحد به متقاضیان تحویل شد."
    assert _subject(text, 300) != "industrial_units"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("امسال ۱۱۰۰ مددجو در استان سمنان خودکفا شدند.", 1100),
        ("سال گذشته ۴۲۰ مددجوی بوشهری از چرخه حمایت کمیته امداد خارج شدند.", 420),
    ],
)
def test_aid_clients_made_self_supporting_are_employment(text: str, value: float) -> None:
    assert _subject(text, value) == "employment"


def test_aid_clients_without_work_words_get_no_employment() -> None:
    """Aid clients counted for another reason (a grant) are not jobs."""
    text = "به ۱۵۰۰ مددجو در استان ایلام سبد غذایی اهدا شد."
    assert _subject(text, 1500) != "employment"


def test_a_tank_described_by_its_size_is_capacity() -> None:
    """«مخزن ... متر مکعبی»: the volume as an adjective of the tank is its capacity."""
    assert _subject("در شهر ایذه ساخت مخزن ۳ هزار متر مکعبی آغاز شد.", 3000) == "capacity"


def test_water_let_out_of_a_tank_stays_water() -> None:
    """A volume in cubic metres that is not an adjective of a tank is the water itself."""
    text = "از مخزن سد کرخه ۴۰ میلیون متر مکعب آب به پایین دست رها شد."
    assert _subject(text, 40000000) == "water"
